// What the index knows that queries are checked against: the acronym
// glossary (learnt by the indexer plus common local-government acronyms),
// the councillors of each council, and the words of the text for spelling
// suggestions.  Loaded once per database generation; read-only afterwards,
// so one instance is shared by every thread.
#pragma once

#include <xapian.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace minutes::search {

class Vocabulary {
 public:
  /// Reads glossary, councillors and words from the database.
  explicit Vocabulary(const Xapian::Database& db);

  /// Expansion of an acronym ("EHCP", "EHCPs", "ehcp"), if known.
  std::optional<std::string> expansion(std::string_view acronym) const;
  /// The glossary's spelling of an acronym ("ehcps" -> "EHCP"), if known.
  std::optional<std::string> canonical_acronym(std::string_view acronym) const;
  /// True when every document spelling the acronym's expansion out has its
  /// acronym term (see index/acronym_terms.h): one term finds them all.
  bool acronym_indexed(const std::string& canonical) const { return indexed_.count(canonical) > 0; }
  /// Every acronym with its expansion.
  const std::map<std::string, std::string>& glossary() const { return glossary_; }

  /// Councillor ids a user's text names: an id ("nigel-jupp"), a full name
  /// ("Nigel Jupp") or a surname ("jupp", "Yates").
  std::vector<std::string> councillor_ids(std::string_view text) const;
  /// Display name of a councillor id.
  std::optional<std::string> councillor_name(const std::string& id) const;
  /// All councillors: id -> display name.
  const std::map<std::string, std::string>& councillors() const { return councillors_; }

  /// True when the text has this (lower-case, unstemmed) word.
  bool has_word(const std::string& word) const { return word_freq_.count(word) > 0; }
  /// The most frequent indexed word one edit away (insert, delete,
  /// substitute, transpose), if any.
  std::optional<std::string> correction(const std::string& word) const;
  /// Words starting with a prefix, most frequent first.
  std::vector<std::string> completions(const std::string& prefix, std::size_t limit) const;

 private:
  void load_glossary(const Xapian::Database& db);
  void load_councillors(const Xapian::Database& db);
  void load_words(const Xapian::Database& db);

  std::map<std::string, std::string> glossary_;  // ACRONYM -> expansion
  std::set<std::string> indexed_;                // ACRONYMs with complete acronym terms
  std::map<std::string, std::string> councillors_;
  std::unordered_map<std::string, Xapian::doccount> word_freq_;
  std::unordered_multimap<std::string, std::string> deletes_;  // word with one letter deleted -> word
  std::vector<std::pair<std::string, Xapian::doccount>> sorted_words_;  // for prefix completion
};

}  // namespace minutes::search
