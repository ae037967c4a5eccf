#include "glossary.h"

#include <algorithm>

#include <xapian.h>

#include "text.h"

namespace minutes::analysis {

const std::vector<Acronym>& common_acronyms() {
  static const std::vector<Acronym> list{
      {"SEND", "Special Educational Needs and Disabilities"},
      {"EHCP", "Education, Health and Care Plan"},
      {"MTFS", "Medium Term Financial Strategy"},
      {"MTFP", "Medium Term Financial Plan"},
      {"CIL", "Community Infrastructure Levy"},
      {"DSG", "Dedicated Schools Grant"},
      {"HRA", "Housing Revenue Account"},
      {"LGA", "Local Government Association"},
      {"ASC", "Adult Social Care"},
      {"LAC", "Looked After Children"},
      {"CAMHS", "Child and Adolescent Mental Health Services"},
      {"DOLS", "Deprivation of Liberty Safeguards"},
      {"PFI", "Private Finance Initiative"},
      {"NHS", "National Health Service"},
      {"ICB", "Integrated Care Board"},
      {"LEP", "Local Enterprise Partnership"},
      {"SENCO", "Special Educational Needs Coordinator"},
      {"O&S", "Overview and Scrutiny"},
      {"KPI", "Key Performance Indicator"},
      {"FOI", "Freedom of Information"},
      {"HMO", "House in Multiple Occupation"},
      {"LTP", "Local Transport Plan"},
      {"PRR", "Performance and Resources Report"},
  };
  return list;
}

namespace {
bool is_apostrophe(unsigned ch) { return ch == '\'' || ch == 0x2019 || ch == 0x201b; }

/// Splits text into lower-cased words as Xapian's TermGenerator does, so
/// that an expansion found here is the phrase the index holds: word
/// characters by Unicode category, an apostrophe kept only between two of
/// them (as '), everything else a break.  Reuses `words`' strings.
std::size_t split_words(std::string_view text, std::vector<std::string>& words) {
  std::size_t n = 0;
  bool in_word = false;
  const char* p = text.data();
  const char* const end = p + text.size();
  // The next character and the position after it; ASCII without decoding.
  auto next = [&](const char* at, unsigned& ch) {
    if (static_cast<unsigned char>(*at) < 0x80) {
      ch = static_cast<unsigned char>(*at);
      return at + 1;
    }
    Xapian::Utf8Iterator it(at, static_cast<std::size_t>(end - at));
    ch = *it;
    ++it;
    return it.raw();
  };
  auto is_word = [](unsigned ch) {
    if (ch < 0x80) return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
    return Xapian::Unicode::is_wordchar(ch);
  };
  while (p < end) {
    unsigned ch;
    const char* after = next(p, ch);
    bool joins = false;
    if (in_word && is_apostrophe(ch) && after < end) {
      unsigned following;
      next(after, following);
      joins = is_word(following);
    }
    p = after;
    if (!is_word(ch) && !joins) {
      in_word = false;
      continue;
    }
    if (!in_word) {
      if (n == words.size()) words.emplace_back();
      words[n++].clear();
      in_word = true;
    }
    auto& word = words[n - 1];
    if (joins) word += '\'';
    else if (ch < 0x80) word += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    else Xapian::Unicode::append_utf8(word, Xapian::Unicode::tolower(ch));
  }
  return n;
}
}  // namespace

std::vector<std::string> glossary_words(std::string_view text) {
  std::vector<std::string> words;
  words.resize(split_words(text, words));
  return words;
}

std::string passage_spelling_text(std::string_view text, std::string_view lead, std::string_view label) {
  std::string all(text);
  for (const auto part : {lead, label})
    if (!part.empty()) (all += '\n') += part;
  return all;
}

ExpansionFinder::ExpansionFinder(const std::map<std::string, std::string>& glossary) {
  for (const auto& [acronym, expansion] : glossary) add(acronym, expansion);
}

ExpansionFinder::ExpansionFinder(const std::vector<Acronym>& glossary) {
  for (const auto& a : glossary) add(a.acronym, a.expansion);
}

void ExpansionFinder::add(std::string_view acronym, std::string_view expansion) {
  auto words = glossary_words(expansion);
  if (words.size() < 2) return;
  const auto lower = text::to_lower_ascii(acronym);
  auto& entries = by_first_word_[words.front()];
  const bool known = std::any_of(entries.begin(), entries.end(),
                                 [&](const Entry& e) { return e.acronym == lower && e.words == words; });
  if (!known) entries.push_back({std::move(words), lower});
}

std::vector<std::string> ExpansionFinder::spelt_out(std::string_view text) const {
  std::vector<std::string> found;
  if (by_first_word_.empty()) return found;
  // Indexing calls this for every passage: reuse the words' buffers.
  thread_local std::vector<std::string> words;
  const auto count = split_words(text, words);
  for (std::size_t i = 0; i < count; ++i) {
    const auto it = by_first_word_.find(words[i]);
    if (it == by_first_word_.end()) continue;
    for (const auto& e : it->second) {
      const auto n = e.words.size();
      if (i + n > count) continue;
      bool match = true;
      for (std::size_t k = 1; k < n && match; ++k) {
        const std::string_view w = words[i + k];
        // The last word may be plural: "Plans", "Boards".
        match = w == e.words[k] || (k + 1 == n && w.size() == e.words[k].size() + 1 && w.back() == 's' &&
                                    w.substr(0, e.words[k].size()) == e.words[k]);
      }
      if (match && std::find(found.begin(), found.end(), e.acronym) == found.end()) found.push_back(e.acronym);
    }
  }
  return found;
}

}  // namespace minutes::analysis
