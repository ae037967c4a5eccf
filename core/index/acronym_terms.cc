#include "index/acronym_terms.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "glossary.h"
#include "schema.h"
#include "text.h"

namespace minutes::index {

using schema::FieldId;

namespace {

std::vector<Acronym> learnt(const Xapian::Database& db) {
  std::vector<Acronym> out;
  const std::string prefix(schema::kMetaAcronymPrefix);
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it)
    out.push_back({(*it).substr(prefix.size()), db.get_metadata(*it)});
  return out;
}

bool has_term(const Xapian::Document& doc, const std::string& term) {
  auto t = doc.termlist_begin();
  t.skip_to(term);
  return t != doc.termlist_end() && *t == term;
}

/// Items whose positional text has the expansion (or its plural) as a
/// phrase and that lack the acronym's term: the candidates, checked
/// against their stored text after.  An item that has the term already
/// was written knowing this acronym, and its passages with it.  (Should it
/// have the term from another expansion only, a passage spelling this one
/// may lack it: searches for the acronym still find the item, and choose
/// its passages by the expansion's words too.)
std::vector<Xapian::docid> items_spelling(Xapian::Database& db, const std::vector<std::string>& words,
                                          const std::string& acronym_term) {
  const std::string xw(schema::prefix(FieldId::ItemText));
  auto phrase = [&](bool plural) {
    std::vector<Xapian::Query> terms;
    for (std::size_t i = 0; i < words.size(); ++i)
      terms.emplace_back(xw + words[i] + (plural && i + 1 == words.size() ? "s" : ""));
    return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), static_cast<Xapian::termcount>(terms.size()));
  };
  Xapian::Enquire enquire(db);
  const Xapian::Query spelt(Xapian::Query::OP_FILTER, Xapian::Query(Xapian::Query::OP_OR, phrase(false), phrase(true)),
                           Xapian::Query(schema::make_raw_term(FieldId::Kind, schema::kKindItem)));
  enquire.set_query(Xapian::Query(Xapian::Query::OP_AND_NOT, spelt, Xapian::Query(acronym_term)));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const auto mset = enquire.get_mset(0, db.get_doccount());
  return {mset.begin(), mset.end()};
}

/// For each part of an item (title, then each passage by ordinal) whether
/// it spells the expansion out, as DocumentBuilder reads them.
std::map<int, bool> parts_spelling(const nlohmann::json& item, const analysis::ExpansionFinder& finder) {
  std::map<int, bool> out;  // -1: the title
  out[-1] = !finder.spelt_out(item.value("title", "")).empty();
  if (!item.contains("passages") || !item["passages"].is_array()) return out;
  for (const auto& p : item["passages"]) {
    const auto all = analysis::passage_spelling_text(p.value("text", ""), p.value("lead", ""), p.value("label", ""));
    out[p.value("ordinal", -2)] = !finder.spelt_out(all).empty();
  }
  return out;
}

/// The item's passage documents by ordinal.
std::map<int, Xapian::docid> passage_docs(Xapian::Database& db, const std::string& item_id) {
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(schema::make_raw_term(FieldId::Item, item_id)),
                                  Xapian::Query(schema::make_raw_term(FieldId::Kind, schema::kKindPassage))));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_sort_by_value(schema::slot(FieldId::Ordinal), false);
  std::map<int, Xapian::docid> out;
  const auto mset = enquire.get_mset(0, db.get_doccount());
  for (auto m = mset.begin(); m != mset.end(); ++m)
    out[static_cast<int>(Xapian::sortable_unserialise(m.get_sort_key()))] = *m;
  return out;
}

}  // namespace

std::vector<Acronym> indexing_glossary(const Xapian::Database& db) {
  std::vector<Acronym> out = analysis::common_acronyms();
  for (auto& a : learnt(db))
    if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(std::move(a));
  return out;
}

std::map<std::string, std::string> effective_glossary(const std::vector<Acronym>& indexing) {
  // Learnt definitions come after the common list, so they win.
  std::map<std::string, std::string> glossary;
  for (const auto& a : indexing) glossary[a.acronym] = a.expansion;
  return glossary;
}

std::set<AcronymPair> indexed_acronyms(const Xapian::Database& db) {
  std::set<AcronymPair> out;
  const auto record = nlohmann::json::parse(db.get_metadata(std::string(schema::kMetaAcronymsIndexed)), nullptr, false);
  if (!record.is_array()) return out;
  for (const auto& pair : record)
    if (pair.is_array() && pair.size() == 2 && pair[0].is_string() && pair[1].is_string())
      out.emplace(pair[0].get<std::string>(), pair[1].get<std::string>());
  return out;
}

void record_indexed_acronyms(Xapian::WritableDatabase& db, const std::vector<Acronym>& glossary) {
  auto record = nlohmann::json::array();
  for (const auto& a : glossary) record.push_back({a.acronym, a.expansion});
  db.set_metadata(std::string(schema::kMetaAcronymsIndexed), record.dump());
}

std::size_t backfill_acronym(Xapian::WritableDatabase& db, const std::string& acronym, const std::string& expansion) {
  const auto words = analysis::glossary_words(expansion);
  if (words.size() < 2) return 0;
  const auto term = schema::make_raw_term(FieldId::Acronym, text::to_lower_ascii(acronym));
  if (term.size() > schema::kMaxTermBytes) return 0;
  analysis::ExpansionFinder finder;
  finder.add(acronym, expansion);

  std::size_t changed = 0;
  for (const auto did : items_spelling(db, words, term)) {
    auto doc = db.get_document(did);
    const auto item = nlohmann::json::parse(doc.get_data(), nullptr, false);
    if (!item.is_object() || !item.contains("id") || !item["id"].is_string()) continue;
    const auto parts = parts_spelling(item, finder);
    Xapian::termcount spelling = 0;
    for (const auto& [part, spelt] : parts) spelling += spelt ? 1 : 0;
    if (spelling == 0) continue;
    bool item_changed = false;
    // The item: one occurrence per part spelling it out, as when built.
    if (!has_term(doc, term)) {
      doc.add_term(term, spelling);
      db.replace_document(did, doc);
      item_changed = true;
    }
    for (const auto& [ordinal, pid] : passage_docs(db, item["id"].get<std::string>())) {
      const auto at = parts.find(ordinal);
      if (at == parts.end() || !at->second) continue;
      auto passage = db.get_document(pid);
      if (has_term(passage, term)) continue;
      passage.add_term(term);
      db.replace_document(pid, passage);
      item_changed = true;
    }
    changed += item_changed ? 1 : 0;
  }
  return changed;
}

}  // namespace minutes::index
