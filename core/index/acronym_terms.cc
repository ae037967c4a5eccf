#include "index/acronym_terms.h"

#include <nlohmann/json.hpp>
#include <set>

#include "glossary.h"
#include "schema.h"
#include "text.h"

namespace minutes::index {

using schema::FieldId;

std::map<std::string, std::string> effective_glossary(const Xapian::Database& db) {
  std::map<std::string, std::string> glossary;
  for (const auto& a : analysis::common_acronyms()) glossary[a.acronym] = a.expansion;
  const std::string prefix(schema::kMetaAcronymPrefix);
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it)
    glossary[(*it).substr(prefix.size())] = db.get_metadata(*it);
  return glossary;
}

std::map<std::string, std::string> indexed_acronyms(const Xapian::Database& db) {
  std::map<std::string, std::string> out;
  const auto record = nlohmann::json::parse(db.get_metadata(std::string(schema::kMetaAcronymsIndexed)), nullptr, false);
  if (!record.is_object()) return out;
  for (const auto& [acronym, expansion] : record.items())
    if (expansion.is_string()) out[acronym] = expansion.get<std::string>();
  return out;
}

void record_indexed_acronyms(Xapian::WritableDatabase& db, const std::map<std::string, std::string>& glossary) {
  db.set_metadata(std::string(schema::kMetaAcronymsIndexed), nlohmann::json(glossary).dump());
}

namespace {

/// Items whose positional text has the expansion (or its plural) as a
/// phrase and that lack the acronym term.
std::vector<Xapian::docid> items_missing_term(Xapian::Database& db, const std::vector<std::string>& words,
                                              const std::string& acronym_term) {
  const std::string xw(schema::prefix(FieldId::ItemText));
  auto phrase = [&](bool plural) {
    std::vector<Xapian::Query> terms;
    for (std::size_t i = 0; i < words.size(); ++i)
      terms.emplace_back(xw + words[i] + (plural && i + 1 == words.size() ? "s" : ""));
    return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), static_cast<Xapian::termcount>(terms.size()));
  };
  const Xapian::Query spelt(Xapian::Query::OP_OR, phrase(false), phrase(true));
  const Xapian::Query query(Xapian::Query::OP_AND_NOT,
                            Xapian::Query(Xapian::Query::OP_FILTER, spelt,
                                          Xapian::Query(schema::make_raw_term(FieldId::Kind, schema::kKindItem))),
                            Xapian::Query(acronym_term));
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  std::vector<Xapian::docid> ids;
  const auto mset = enquire.get_mset(0, db.get_doccount());
  for (auto m = mset.begin(); m != mset.end(); ++m) ids.push_back(*m);
  return ids;
}

/// Ordinals of an item's passages that spell the expansion out.
std::set<int> passages_spelling(const nlohmann::json& item, const analysis::ExpansionFinder& finder) {
  std::set<int> out;
  if (!item.contains("passages") || !item["passages"].is_array()) return out;
  for (const auto& p : item["passages"]) {
    std::string all = p.value("text", "");
    for (const char* part : {"lead", "label"})
      if (p.contains(part) && p[part].is_string()) all += "\n" + p[part].get<std::string>();
    if (!finder.spelt_out(all).empty()) out.insert(p.value("ordinal", -1));
  }
  return out;
}

}  // namespace

std::size_t backfill_acronym(Xapian::WritableDatabase& db, const std::string& acronym, const std::string& expansion) {
  const auto words = analysis::glossary_words(expansion);
  if (words.size() < 2) return 0;
  const auto lower = text::to_lower_ascii(acronym);
  const auto term = schema::make_raw_term(FieldId::Acronym, lower);
  if (term.size() > schema::kMaxTermBytes) return 0;
  analysis::ExpansionFinder finder;
  finder.add(acronym, expansion);

  std::size_t changed = 0;
  for (const auto did : items_missing_term(db, words, term)) {
    auto doc = db.get_document(did);
    doc.add_term(term);
    db.replace_document(did, doc);
    ++changed;
    const auto item = nlohmann::json::parse(doc.get_data(), nullptr, false);
    if (!item.is_object() || !item.contains("id")) continue;
    const auto ordinals = passages_spelling(item, finder);
    if (ordinals.empty()) continue;
    // The item's passages: its item term, kind passage.
    const Xapian::Query passages(Xapian::Query::OP_FILTER,
                                 Xapian::Query(schema::make_raw_term(FieldId::Item, item["id"].get<std::string>())),
                                 Xapian::Query(schema::make_raw_term(FieldId::Kind, schema::kKindPassage)));
    Xapian::Enquire enquire(db);
    enquire.set_query(passages);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    const auto mset = enquire.get_mset(0, db.get_doccount());
    std::vector<Xapian::docid> passage_ids(mset.begin(), mset.end());
    for (const auto pid : passage_ids) {
      auto passage = db.get_document(pid);
      const auto ordinal = static_cast<int>(Xapian::sortable_unserialise(passage.get_value(schema::slot(FieldId::Ordinal))));
      if (!ordinals.count(ordinal)) continue;
      passage.add_term(term);
      db.replace_document(pid, passage);
    }
  }
  return changed;
}

}  // namespace minutes::index
