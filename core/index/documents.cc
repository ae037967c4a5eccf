#include "documents.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "schema.h"
#include "text.h"

namespace minutes::index {

using schema::FieldId;
using schema::make_raw_term;
using schema::make_term;
using nlohmann::json;

namespace {

// Gap between fields so that a phrase cannot match across them.
constexpr Xapian::termpos kFieldGap = 100;

json councillor_json(const CouncillorRef& c) { return json{{"id", c.id}, {"name", c.name}}; }

std::string date_value(const std::string& iso) {
  // "2021-11-17" -> "20211117": sorts as a string, fits DateRangeProcessor.
  std::string out;
  for (char c : iso)
    if (text::is_digit(c)) out.push_back(c);
  return out.size() == 8 ? out : std::string{};
}

}  // namespace

DocumentBuilder::DocumentBuilder() : stemmer_("english") {
  generator_.set_stemmer(stemmer_);
  generator_.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
}

std::string DocumentBuilder::item_id_term(const std::string& item_id) {
  return make_raw_term(FieldId::Id, "i:" + item_id);
}
std::string DocumentBuilder::file_id_term(const std::string& file_key) {
  return make_raw_term(FieldId::Id, "f:" + file_key);
}

void DocumentBuilder::add_item_terms(Xapian::Document& doc, const Item& item, bool with_file) {
  doc.add_boolean_term(make_raw_term(FieldId::Item, item.id));
  if (with_file) doc.add_boolean_term(make_raw_term(FieldId::File, item.file_key));
  if (!item.meta.council.empty()) doc.add_boolean_term(make_term(FieldId::Council, item.meta.council));
  if (!item.meta.committee.empty()) doc.add_boolean_term(make_term(FieldId::Committee, item.meta.committee));
  if (!item.quarter.empty()) doc.add_boolean_term(make_term(FieldId::Quarter, item.quarter));
  const auto date = date_value(item.meta.date);
  if (!date.empty()) doc.add_boolean_term(make_raw_term(FieldId::Year, date.substr(0, 4)));
  doc.add_value(schema::slot(FieldId::Item), item.id);
}

void DocumentBuilder::add_sample_terms(Xapian::Document& doc, const Item& item) {
  const int level = schema::sample_level(item.id);
  for (int j = 1; j <= level; ++j) doc.add_boolean_term(make_raw_term(FieldId::Sample, std::to_string(j)));
}

void DocumentBuilder::index_passage_text(const Passage& passage, bool positional) {
  auto index = [&](const std::string& text) {
    if (positional) {
      generator_.increase_termpos(kFieldGap);
      generator_.index_text(text, 1, std::string(schema::prefix(FieldId::ItemText)));
    } else {
      generator_.index_text_without_positions(text);
    }
  };
  index(passage.text);
  if (!passage.lead.empty()) index(passage.lead);
  if (!passage.label.empty() && passage.text.find(passage.label) == std::string::npos) index(passage.label);
  // "33.4" as users type it, besides the minute:33.4 filter term.
  if (!passage.minute.empty()) index(passage.minute);
}

const std::vector<std::vector<std::string>>& DocumentBuilder::spelt_acronyms(const Item& item) {
  if (spelt_for_ == &item) return spelt_;
  // The index's glossary and the item's own definitions.
  analysis::ExpansionFinder own;
  for (const auto& a : item.acronyms) own.add(a.acronym, a.expansion);
  auto find = [&](std::string_view text) {
    std::vector<std::string> found;
    if (glossary_) found = glossary_->spelt_out(text);
    for (auto& a : own.spelt_out(text))
      if (std::find(found.begin(), found.end(), a) == found.end()) found.push_back(std::move(a));
    return found;
  };
  spelt_.clear();
  spelt_.push_back(find(item.meta.title));
  for (const auto& p : item.passages) spelt_.push_back(find(analysis::passage_spelling_text(p.text, p.lead, p.label)));
  spelt_for_ = &item;
  return spelt_;
}

void DocumentBuilder::add_acronym_terms(Xapian::Document& doc, const std::vector<std::string>& acronyms) {
  for (const auto& a : acronyms) {
    const auto term = make_raw_term(FieldId::Acronym, a);
    if (term.size() <= schema::kMaxTermBytes) doc.add_term(term);
  }
}

Xapian::Document DocumentBuilder::item_document(const Item& item) {
  spelt_for_ = nullptr;  // found afresh for each item, then reused by its passages
  Xapian::Document doc;
  generator_.set_document(doc);
  // Searches rank items: the title and every passage as one positional
  // text, each part after a gap so that a phrase stays within one part.
  generator_.index_text(item.meta.title, 1, std::string(schema::prefix(FieldId::Title)));
  generator_.index_text(item.meta.title, 1, std::string(schema::prefix(FieldId::ItemText)));
  for (const auto& p : item.passages) index_passage_text(p, /*positional=*/true);
  for (const auto& acronyms : spelt_acronyms(item)) add_acronym_terms(doc, acronyms);
  doc.add_boolean_term(item_id_term(item.id));
  doc.add_boolean_term(make_raw_term(FieldId::Kind, schema::kKindItem));
  add_item_terms(doc, item, /*with_file=*/true);
  add_sample_terms(doc, item);
  for (const auto& p : item.portfolios) doc.add_boolean_term(make_term(FieldId::Portfolio, p));
  std::vector<std::string> councillor_names;
  for (const auto& c : item.councillors) {
    doc.add_boolean_term(make_raw_term(FieldId::Councillor, c.id));
    councillor_names.push_back(c.name);
  }
  std::vector<std::string> types;
  for (const auto& p : item.passages) {
    const std::string type(to_string(p.type));
    if (std::find(types.begin(), types.end(), type) == types.end()) types.push_back(type);
    if (!p.minute.empty()) doc.add_boolean_term(make_raw_term(FieldId::Minute, p.minute));
    if (!p.actor_councillor.id.empty()) doc.add_boolean_term(make_raw_term(FieldId::Actor, p.actor_councillor.id));
    if (!p.recipient.id.empty()) doc.add_boolean_term(make_raw_term(FieldId::Recipient, p.recipient.id));
  }
  for (const auto& t : types) doc.add_boolean_term(make_raw_term(FieldId::Type, t));
  // Facet and date values on items only: searches count and sort items, and
  // a slot's values stored densely, item after item, read fast.
  const auto date = date_value(item.meta.date);
  if (!date.empty()) doc.add_value(schema::slot(FieldId::Date), date);
  schema::FacetValues facets;
  auto set = [&](FieldId field, std::vector<std::string> values) { facets.at(schema::facet_index(field)) = std::move(values); };
  auto one = [](const std::string& v) { return v.empty() ? std::vector<std::string>{} : std::vector<std::string>{v}; };
  set(FieldId::Portfolio, item.portfolios);
  set(FieldId::Quarter, one(item.quarter));
  set(FieldId::Councillor, councillor_names);
  set(FieldId::Committee, one(item.meta.committee));
  set(FieldId::Council, one(item.meta.council));
  set(FieldId::Type, types);
  doc.add_value(schema::slot(FieldId::Facets), schema::encode_facets(facets));
  doc.set_data(item_json(item));
  return doc;
}

Xapian::Document DocumentBuilder::passage_document(const Item& item, const Passage& passage) {
  Xapian::Document doc;
  generator_.set_document(doc);
  // Positions live in the item document; here the words choose an item's
  // best passages and match passage-level filters, for which word counts
  // are enough.
  // Stemmed words alone: choosing passages needs no exact forms (phrases
  // and unstemmed words are matched on the item), and one term per word
  // instead of two halves what passages add to the index.
  generator_.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
  index_passage_text(passage, /*positional=*/false);
  generator_.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  // Passages are built after their item: its parts are spelt already
  // (an ordinal is the passage's position in its item).
  const auto& spelt = spelt_acronyms(item);
  if (passage.ordinal >= 0 && static_cast<std::size_t>(passage.ordinal) < item.passages.size())
    add_acronym_terms(doc, spelt[1 + static_cast<std::size_t>(passage.ordinal)]);

  // Passages carry no id or file term and no data: they are written and
  // deleted with their item (by its XI term), and their text lives once, in
  // the item's data.  Unique terms and records per passage would make up a
  // third of the indexing time.
  doc.add_boolean_term(make_raw_term(FieldId::Kind, schema::kKindPassage));
  add_item_terms(doc, item, /*with_file=*/false);
  const std::string type(to_string(passage.type));
  doc.add_boolean_term(make_raw_term(FieldId::Type, type));
  if (!passage.minute.empty()) doc.add_boolean_term(make_raw_term(FieldId::Minute, passage.minute));
  if (!passage.portfolio.empty()) doc.add_boolean_term(make_term(FieldId::Portfolio, passage.portfolio));
  for (const auto& c : passage.councillors) doc.add_boolean_term(make_raw_term(FieldId::Councillor, c.id));
  if (!passage.actor_councillor.id.empty()) doc.add_boolean_term(make_raw_term(FieldId::Actor, passage.actor_councillor.id));
  if (!passage.recipient.id.empty()) doc.add_boolean_term(make_raw_term(FieldId::Recipient, passage.recipient.id));
  // Values: only what choosing and ordering an item's passages reads.
  doc.add_value(schema::slot(FieldId::Ordinal), Xapian::sortable_serialise(passage.ordinal));
  return doc;
}

Xapian::Document DocumentBuilder::file_document(const FileRecord& record) {
  Xapian::Document doc;
  doc.add_boolean_term(file_id_term(record.key));
  doc.add_boolean_term(make_raw_term(FieldId::Kind, schema::kKindFile));
  doc.add_boolean_term(make_raw_term(FieldId::File, record.key));
  doc.set_data(json{{"key", record.key}, {"signature", record.signature}, {"format", record.format},
                    {"items", record.item_ids}}
                   .dump());
  return doc;
}

std::string item_json(const Item& item) {
  json councillors = json::array();
  for (const auto& c : item.councillors) councillors.push_back(councillor_json(c));
  json acronyms = json::object();
  for (const auto& a : item.acronyms) acronyms[a.acronym] = a.expansion;
  json passages = json::array();
  for (const auto& p : item.passages) passages.push_back(passage_json(item, p));
  return json{{"id", item.id},
              {"title", item.meta.title},
              {"council", item.meta.council},
              {"committee", item.meta.committee},
              {"date", item.meta.date},
              {"item_number", item.meta.item_number},
              {"url", item.meta.url},
              {"quarter", item.quarter},
              {"portfolios", item.portfolios},
              {"councillors", councillors},
              {"acronyms", acronyms},
              {"passages", passages},
              {"source", item.file_key},
              {"format", item.format}}
      .dump();
}

nlohmann::json passage_json(const Item& item, const Passage& p) {
  json councillors = json::array();
  for (const auto& c : p.councillors) councillors.push_back(councillor_json(c));
  json out{{"id", item.id + ":" + std::to_string(p.ordinal)},
           {"item", item.id},
           {"ordinal", p.ordinal},
           {"type", to_string(p.type)},
           {"minute", p.minute},
           {"label", p.label},
           {"portfolio", p.portfolio},
           {"councillors", councillors},
           {"text", p.text}};
  if (!p.lead.empty()) out["lead"] = p.lead;
  if (!p.actor.empty()) out["actor"] = p.actor;
  if (!p.actor_councillor.id.empty()) out["actor_councillor"] = councillor_json(p.actor_councillor);
  if (!p.recipient.id.empty()) out["recipient"] = councillor_json(p.recipient);
  return out;
}

}  // namespace minutes::index
