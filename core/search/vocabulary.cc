#include "search/vocabulary.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "index/acronym_terms.h"
#include "schema.h"
#include "text.h"

namespace minutes::search {
namespace {


std::string upper(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (text::is_lower_ascii(c)) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

/// Unstemmed, alphabetic terms are the words of the text.
bool is_word_term(const std::string& term) {
  if (term.size() < 3 || term.size() > 30) return false;
  for (char c : term)
    if (!text::is_lower_ascii(c)) return false;
  return true;
}

}  // namespace

Vocabulary::Vocabulary(const Xapian::Database& db) {
  load_glossary(db);
  load_councillors(db);
  load_words(db);
}

void Vocabulary::load_glossary(const Xapian::Database& db) {
  const auto indexing = index::indexing_glossary(db);
  glossary_ = index::effective_glossary(indexing);
  // An acronym is searched by its term alone when every document spelling
  // out any of its expansions has that term.
  const auto recorded = index::indexed_acronyms(db);
  for (const auto& entry : glossary_) {
    const auto& acronym = entry.first;  // not a structured binding: clang 14 cannot capture those
    const bool complete = std::all_of(indexing.begin(), indexing.end(), [&](const Acronym& a) {
      return a.acronym != acronym || recorded.count({a.acronym, a.expansion});
    });
    if (complete) indexed_.insert(acronym);
  }
}

void Vocabulary::load_councillors(const Xapian::Database& db) {
  const std::string prefix(schema::kMetaCouncillorsPrefix);
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    const auto registry = nlohmann::json::parse(db.get_metadata(*it), nullptr, false);
    if (!registry.is_object() || !registry.contains("members")) continue;
    for (const auto& [id, name] : registry["members"].items())
      if (name.is_string()) councillors_[id] = name.get<std::string>();
  }
  // Councillors named in documents but merged or never registered still
  // have terms; give them a name from their id.
  const auto xc = std::string(schema::prefix(schema::FieldId::Councillor));
  for (auto t = db.allterms_begin(xc); t != db.allterms_end(xc); ++t) {
    const auto id = (*t).substr(xc.size());
    if (councillors_.count(id)) continue;
    std::string spaced(id);
    std::replace(spaced.begin(), spaced.end(), '-', ' ');
    councillors_[id] = text::title_case(spaced);
  }
}

void Vocabulary::load_words(const Xapian::Database& db) {
  // The words as written are the items' exact itemtext terms.
  const std::string prefix(schema::prefix(schema::FieldId::ItemText));
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    const auto term = (*t).substr(prefix.size());
    if (!is_word_term(term)) continue;
    word_freq_.emplace(term, t.get_termfreq());
    sorted_words_.emplace_back(term, t.get_termfreq());
    for (std::size_t i = 0; i < term.size(); ++i) deletes_.emplace(term.substr(0, i) + term.substr(i + 1), term);
  }
}

std::optional<std::string> Vocabulary::canonical_acronym(std::string_view acronym) const {
  auto key = upper(acronym);
  if (glossary_.count(key)) return key;
  if (key.size() > 2 && key.back() == 'S' && glossary_.count(key.substr(0, key.size() - 1))) return key.substr(0, key.size() - 1);
  return std::nullopt;
}

std::optional<std::string> Vocabulary::expansion(std::string_view acronym) const {
  const auto key = canonical_acronym(acronym);
  if (!key) return std::nullopt;
  return glossary_.at(*key);
}

std::vector<std::string> Vocabulary::councillor_ids(std::string_view raw) const {
  const auto slug = text::slugify(raw);
  std::vector<std::string> ids;
  if (slug.empty()) return ids;
  if (councillors_.count(slug)) return {slug};
  for (const auto& [id, name] : councillors_) {
    // Surname: the last part of the id ("nigel-jupp" ends with "jupp").
    const auto dash = id.rfind('-');
    const auto surname = dash == std::string::npos ? id : id.substr(dash + 1);
    if (surname == slug || (id.size() > slug.size() && id.compare(id.size() - slug.size(), slug.size(), slug) == 0 &&
                            id[id.size() - slug.size() - 1] == '-'))
      ids.push_back(id);
  }
  return ids;
}

std::optional<std::string> Vocabulary::councillor_name(const std::string& id) const {
  if (auto it = councillors_.find(id); it != councillors_.end()) return it->second;
  return std::nullopt;
}

std::optional<std::string> Vocabulary::correction(const std::string& word) const {
  if (word.size() < 3 || has_word(word)) return std::nullopt;
  std::optional<std::string> best;
  Xapian::doccount best_freq = 0;
  auto consider = [&](const std::string& candidate) {
    const auto it = word_freq_.find(candidate);
    if (it != word_freq_.end() && it->second > best_freq) {
      best = candidate;
      best_freq = it->second;
    }
  };
  // Deletion in the query word: "transpport" -> "transport".
  for (std::size_t i = 0; i < word.size(); ++i) consider(word.substr(0, i) + word.substr(i + 1));
  // Insertion: "transpot" is "transport" with a letter deleted.
  auto range = deletes_.equal_range(word);
  for (auto it = range.first; it != range.second; ++it) consider(it->second);
  // Substitution and transposition: both share a one-letter deletion.
  for (std::size_t i = 0; i < word.size(); ++i) {
    const auto deleted = word.substr(0, i) + word.substr(i + 1);
    auto r = deletes_.equal_range(deleted);
    for (auto it = r.first; it != r.second; ++it)
      if (it->second.size() == word.size()) consider(it->second);
  }
  return best;
}

std::vector<std::string> Vocabulary::completions(const std::string& prefix, std::size_t limit) const {
  std::vector<std::pair<std::string, Xapian::doccount>> found;
  auto it = std::lower_bound(sorted_words_.begin(), sorted_words_.end(), prefix,
                             [](const auto& entry, const std::string& p) { return entry.first < p; });
  for (; it != sorted_words_.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) found.push_back(*it);
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < found.size() && i < limit; ++i) out.push_back(found[i].first);
  return out;
}

}  // namespace minutes::search
