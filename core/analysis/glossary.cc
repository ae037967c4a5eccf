#include "glossary.h"

#include <algorithm>

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

std::vector<std::string> glossary_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (text::is_word_byte(c) || (c == '\'' && !word.empty())) {
      word.push_back(text::is_upper_ascii(c) ? static_cast<char>(c - 'A' + 'a') : c);
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

ExpansionFinder::ExpansionFinder(const std::map<std::string, std::string>& glossary) {
  for (const auto& [acronym, expansion] : glossary) add(acronym, expansion);
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

namespace {
/// The text lower-cased once, and its words as views into it (the same
/// words glossary_words() makes, without a string per word).
void split_words(std::string_view text, std::string& lower, std::vector<std::string_view>& words) {
  lower.assign(text);
  for (auto& c : lower)
    if (text::is_upper_ascii(c)) c = static_cast<char>(c - 'A' + 'a');
  words.clear();
  std::size_t start = std::string::npos;
  for (std::size_t i = 0; i <= lower.size(); ++i) {
    const char c = i < lower.size() ? lower[i] : ' ';
    const bool in_word = text::is_word_byte(c) || (c == '\'' && start != std::string::npos);
    if (in_word && start == std::string::npos) start = i;
    if (!in_word && start != std::string::npos) {
      words.emplace_back(lower.data() + start, i - start);
      start = std::string::npos;
    }
  }
}
}  // namespace

std::vector<std::string> ExpansionFinder::spelt_out(std::string_view text) const {
  std::vector<std::string> found;
  if (by_first_word_.empty()) return found;
  // Indexing calls this for every passage: reuse the buffers.
  thread_local std::string lower;
  thread_local std::vector<std::string_view> words;
  split_words(text, lower, words);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto it = by_first_word_.find(words[i]);
    if (it == by_first_word_.end()) continue;
    for (const auto& e : it->second) {
      const auto n = e.words.size();
      if (i + n > words.size()) continue;
      bool match = true;
      for (std::size_t k = 1; k < n && match; ++k) {
        const auto w = words[i + k];
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
