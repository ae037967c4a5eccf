// The acronym glossary as the indexer applies it: wherever a text spells
// out an acronym's expansion ("Bus Service Improvement Plan", "Education,
// Health and Care Plans"), the document also gets the acronym's own term
// (schema field "acronym"), so that a search for the acronym needs one
// term, not a phrase checked against every document that has its words.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model.h"

namespace minutes::analysis {

/// Acronyms common in English local-government minutes, so that a search
/// finds them even where no document spells them out.
const std::vector<Acronym>& common_acronyms();

/// The words of a text as Xapian's term generator makes them, lower-cased:
/// "Education, Health and Care Plan" -> education health and care plan;
/// "children’s" -> children's.
std::vector<std::string> glossary_words(std::string_view text);

/// What a passage says, where its acronyms are looked for: its text, lead
/// and label on separate lines (so that no expansion spans two).  The
/// indexer and the end-of-run pass over stored items both use it.
std::string passage_spelling_text(std::string_view text, std::string_view lead, std::string_view label);

/// Finds spelt-out expansions of a set of acronyms in texts.
class ExpansionFinder {
 public:
  ExpansionFinder() = default;
  /// acronym (any case) -> expansion; expansions of fewer than two words
  /// are not looked for (a single word would match too much).
  explicit ExpansionFinder(const std::map<std::string, std::string>& glossary);
  explicit ExpansionFinder(const std::vector<Acronym>& glossary);

  /// Adds one more acronym (an item's own definitions, say).
  void add(std::string_view acronym, std::string_view expansion);
  /// Lower-case acronyms whose expansion, singular or with a plural last
  /// word, appears word for word in the text; each once.
  std::vector<std::string> spelt_out(std::string_view text) const;
  bool empty() const { return by_first_word_.empty(); }

 private:
  struct Entry {
    std::vector<std::string> words;
    std::string acronym;  // lower case
  };
  /// Lookups by string_view without building a std::string per word.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<Entry>, Hash, std::equal_to<>> by_first_word_;
};

}  // namespace minutes::analysis
