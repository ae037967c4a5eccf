#include "index/councillor_merge.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <vector>

#include "schema.h"
#include "text.h"

namespace minutes::index {
namespace {

struct NameParts {
  std::string forenames;  // "Sarah"
  std::string initials;   // "S" or "R W"
  std::string surname;
};

/// "Sarah Russell" / "R W Gough" / "Russell" -> parts.
NameParts parts_of(const std::string& name) {
  NameParts p;
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < name.size()) {
    const auto j = std::min(name.find(' ', i), name.size());
    if (j > i) words.push_back(name.substr(i, j - i));
    i = j + 1;
  }
  if (words.empty()) return p;
  p.surname = words.back();
  words.pop_back();
  for (const auto& w : words) {
    if (w.size() == 1 && text::is_upper_ascii(w[0])) {
      if (!p.initials.empty()) p.initials += ' ';
      p.initials += w;
    } else {
      if (!p.forenames.empty()) p.forenames += ' ';
      p.forenames += w;
      if (p.initials.empty()) p.initials = w.substr(0, 1);
    }
  }
  return p;
}

void replace_in_json(nlohmann::json& data, const std::string& from_id, const CouncillorRef& to) {
  const nlohmann::json replacement{{"id", to.id}, {"name", to.name}};
  if (data.contains("councillors") && data["councillors"].is_array()) {
    nlohmann::json merged = nlohmann::json::array();
    for (const auto& c : data["councillors"]) {
      const auto& entry = c.value("id", "") == from_id ? replacement : c;
      if (std::find(merged.begin(), merged.end(), entry) == merged.end()) merged.push_back(entry);
    }
    data["councillors"] = merged;
  }
  for (const char* key : {"actor_councillor", "recipient"})
    if (data.contains(key) && data[key].value("id", "") == from_id) data[key] = replacement;
  // An item's data holds its passages, each with its own councillors.
  if (data.contains("passages") && data["passages"].is_array())
    for (auto& passage : data["passages"]) replace_in_json(passage, from_id, to);
}

}  // namespace

std::map<std::string, CouncillorRef> plan_councillor_merges(const std::map<std::string, std::string>& members) {
  std::map<std::string, CouncillorRef> merges;
  for (const auto& [id, name] : members) {
    const auto mine = parts_of(name);
    if (!mine.forenames.empty()) continue;  // already as specific as it gets
    const CouncillorRef* match = nullptr;
    CouncillorRef candidate;
    int matches = 0;
    for (const auto& [other_id, other_name] : members) {
      if (other_id == id) continue;
      const auto theirs = parts_of(other_name);
      if (theirs.forenames.empty() && (theirs.initials.empty() || !mine.initials.empty())) continue;
      if (!text::iequals(theirs.surname, mine.surname)) continue;
      // "R W Gough" agrees with "Roger Gough" (first initial); "Russell" with anyone.
      if (!mine.initials.empty() && theirs.initials.substr(0, 1) != mine.initials.substr(0, 1)) continue;
      candidate = {other_id, other_name};
      match = &candidate;
      ++matches;
    }
    if (match && matches == 1) merges[id] = *match;
  }
  // Follow chains ("Russell" -> "S Russell" -> "Sarah Russell").
  for (auto& [from, to] : merges)
    for (int hop = 0; hop < 4 && merges.count(to.id); ++hop) to = merges.at(to.id);
  return merges;
}

std::size_t apply_councillor_merge(Xapian::WritableDatabase& db, const std::string& council,
                                   const std::string& from_id, const std::string& from_name, const CouncillorRef& to) {
  using schema::FieldId;
  const auto from_term = schema::make_raw_term(FieldId::Councillor, from_id);
  const auto to_term = schema::make_raw_term(FieldId::Councillor, to.id);
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(from_term),
                                  Xapian::Query(schema::make_term(FieldId::Council, council))));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const auto matches = enquire.get_mset(0, db.get_doccount());
  std::vector<Xapian::docid> ids;
  for (auto it = matches.begin(); it != matches.end(); ++it) ids.push_back(*it);

  const auto slot = schema::slot(FieldId::Facets);
  constexpr auto kCouncillorFacet = schema::facet_index(FieldId::Councillor);
  for (const auto docid : ids) {
    auto doc = db.get_document(docid);
    doc.remove_term(from_term);
    doc.add_boolean_term(to_term);
    for (auto field : {FieldId::Actor, FieldId::Recipient}) {
      const auto term = schema::make_raw_term(field, from_id);
      auto t = doc.termlist_begin();
      t.skip_to(term);
      if (t != doc.termlist_end() && *t == term) {
        doc.remove_term(term);
        doc.add_boolean_term(schema::make_raw_term(field, to.id));
      }
    }
    // Items list their councillors' names among their facet values.
    const auto packed = doc.get_value(slot);
    if (!packed.empty()) {
      auto facets = schema::decode_facets(packed);
      auto& names = facets[kCouncillorFacet];
      std::vector<std::string> merged;
      for (auto& n : names) {
        if (n == from_name) n = to.name;
        if (std::find(merged.begin(), merged.end(), n) == merged.end()) merged.push_back(n);
      }
      names = std::move(merged);
      doc.add_value(slot, schema::encode_facets(facets));
    }
    const auto data_text = doc.get_data();
    if (!data_text.empty()) {
      auto data = nlohmann::json::parse(data_text, nullptr, false);
      if (data.is_object()) {
        replace_in_json(data, from_id, to);
        doc.set_data(data.dump());
      }
    }
    db.replace_document(docid, doc);
  }
  return ids.size();
}

}  // namespace minutes::index
