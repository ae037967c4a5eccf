#include "acronyms.h"

#include <algorithm>

#include "text.h"
#include "tokens.h"

namespace minutes::analysis {
namespace {

bool is_connector(const Token& t) {
  return t.is("and") || t.is("of") || t.is("the") || t.is("for") || t.is("in") || t.is("on") || t.is("to") ||
         t.is_punct('&');
}

/// "EHCP", "SEND", "EHCPs" -> the acronym's letters, or empty.
std::string acronym_letters(const Token& t) {
  std::string_view s = t.text;
  if (!t.is_word() || s.size() < 2 || s.size() > 10) return {};
  if (s.size() > 2 && s.back() == 's' && text::is_all_caps(s.substr(0, s.size() - 1))) s.remove_suffix(1);
  for (char c : s)
    if (!text::is_upper_ascii(c) && !text::is_digit(c)) return {};
  if (!text::is_upper_ascii(s[0])) return {};
  return std::string(s);
}

/// Matches the acronym's letters against word initials, connectors being
/// optional; words[first..last] inclusive.  Returns the index of the first
/// word used, or -1.
long match_backwards(const std::vector<Token>& t, long last, std::string_view letters) {
  // Small backtracking search; acronyms are short.
  struct State { long word; long letter; };
  std::vector<State> stack{{last, static_cast<long>(letters.size()) - 1}};
  while (!stack.empty()) {
    auto [w, l] = stack.back();
    stack.pop_back();
    if (l < 0) {
      // The expansion starts with a capitalised word: "Education, ...".
      const auto& first = t[static_cast<std::size_t>(w + 1)];
      if (first.is_word() && text::is_upper_ascii(first.text[0])) return w + 1;
      continue;
    }
    if (w < 0 || last - w > static_cast<long>(letters.size()) * 2 + 2) continue;
    const auto& tok = t[static_cast<std::size_t>(w)];
    if (tok.is_punct(',') || tok.is_punct('-')) {
      stack.push_back({w - 1, l});
      continue;
    }
    if (!tok.is_word() && !tok.is_punct('&')) continue;
    const char initial = tok.is_punct('&') ? '&' : tok.text[0];
    if (is_connector(tok)) stack.push_back({w - 1, l});  // skip the connector
    const char want = letters[static_cast<std::size_t>(l)];
    // Lower-case words may carry a letter too ("Resources report (PRR)");
    // the expansion as a whole must still start with a capital.
    const char upper = text::is_lower_ascii(initial) ? static_cast<char>(initial - 'a' + 'A') : initial;
    if (upper == want) stack.push_back({w - 1, l - 1});
  }
  return -1;
}

/// "Education, Health and Care Plans (EHCP)" defines the singular: the
/// glossary keeps "Plan", so that every document agrees on one expansion.
std::string singular(std::string expansion, std::string_view acronym) {
  const bool plural_acronym = !acronym.empty() && acronym.back() == 's';
  if (!plural_acronym && expansion.size() > 4 && expansion.back() == 's' && expansion[expansion.size() - 2] != 's' &&
      text::is_lower_ascii(expansion[expansion.size() - 2]))
    expansion.pop_back();
  return expansion;
}

void add(std::vector<Acronym>& out, std::string acronym, std::string expansion) {
  expansion = singular(std::move(expansion), acronym);
  for (const auto& a : out)
    if (a.acronym == acronym) return;
  out.push_back({std::move(acronym), std::move(expansion)});
}

}  // namespace

std::vector<Acronym> find_acronyms(std::string_view s) {
  std::vector<Acronym> out;
  const auto t = tokenize(s);
  for (std::size_t i = 1; i + 2 < t.size(); ++i) {
    if (!t[i].is_punct('(') || !t[i + 2].is_punct(')')) continue;
    // "Expansion Words (ACR)"
    if (auto letters = acronym_letters(t[i + 1]); !letters.empty()) {
      const long first = match_backwards(t, static_cast<long>(i) - 1, letters);
      if (first >= 0) {
        const auto begin = t[static_cast<std::size_t>(first)].offset;
        const auto end = t[i - 1].offset + t[i - 1].text.size();
        add(out, letters, text::squeeze_spaces(s.substr(begin, end - begin)));
      }
    }
  }
  // "ACR (Expansion Words)"
  for (std::size_t i = 0; i + 3 < t.size(); ++i) {
    auto letters = acronym_letters(t[i]);
    if (letters.empty() || !t[i + 1].is_punct('(')) continue;
    std::size_t close = i + 2;
    while (close < t.size() && close < i + 2 + letters.size() * 2 + 2 && !t[close].is_punct(')')) ++close;
    if (close >= t.size() || !t[close].is_punct(')') || close == i + 2) continue;
    if (match_backwards(t, static_cast<long>(close) - 1, letters) == static_cast<long>(i) + 2) {
      const auto begin = t[i + 2].offset;
      const auto end = t[close - 1].offset + t[close - 1].text.size();
      add(out, letters, text::squeeze_spaces(s.substr(begin, end - begin)));
    }
  }
  return out;
}

}  // namespace minutes::analysis
