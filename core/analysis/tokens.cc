#include "tokens.h"

#include "text.h"

namespace minutes::analysis {

bool Token::is(std::string_view s) const { return text == s; }
bool Token::is_ci(std::string_view s) const { return text::iequals(text, s); }
bool Token::capitalised() const { return !text.empty() && text::is_upper_ascii(text[0]); }

int Token::as_int() const {
  if (kind != TokenKind::Number || text.size() > 9) return -1;
  int v = 0;
  for (char c : text) v = v * 10 + (c - '0');
  return v;
}

namespace {

// Apostrophes inside words: ASCII ' and U+2019.
std::size_t apostrophe_len(std::string_view s, std::size_t i) {
  if (s[i] == '\'') return 1;
  if (s.substr(i, 3) == "\xE2\x80\x99") return 3;
  return 0;
}

bool is_letter_or_digit(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return text::is_word_byte(static_cast<char>(c));
  // Non-ASCII: treat as a letter unless it is punctuation we know of
  // (U+2013/2014 dashes, U+2018/2019/201C/201D quotes, U+2022 bullet, U+00A3 pound, U+00B7).
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) return false;
  if (c == 0xC2 && i + 1 < s.size()) {
    const auto d = static_cast<unsigned char>(s[i + 1]);
    if (d == 0xA3 || d == 0xB7 || d == 0xA0) return false;
  }
  return true;
}

std::size_t utf8_len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) return 2;
  if ((c & 0xF0) == 0xE0) return 3;
  if ((c & 0xF8) == 0xF0) return 4;
  return 1;
}

}  // namespace

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> tokens;
  tokens.reserve(s.size() / 5);
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { ++i; continue; }
    if (text::is_digit(c)) {
      std::size_t j = i;
      while (j < s.size() && text::is_digit(s[j])) ++j;
      // Ordinals and units stay with the number: "9th", "7.7m" is handled by callers.
      if (j < s.size() && text::is_word_byte(s[j]) && !text::is_digit(s[j])) {
        while (j < s.size() && is_letter_or_digit(s, j)) j += utf8_len(static_cast<unsigned char>(s[j]));
        tokens.push_back({TokenKind::Word, s.substr(i, j - i), i});
      } else {
        tokens.push_back({TokenKind::Number, s.substr(i, j - i), i});
      }
      i = j;
      continue;
    }
    if (is_letter_or_digit(s, i)) {
      std::size_t j = i;
      while (j < s.size()) {
        if (is_letter_or_digit(s, j)) { j += utf8_len(static_cast<unsigned char>(s[j])); continue; }
        // Inner apostrophe or hyphen followed by a letter continues the word.
        std::size_t joiner = apostrophe_len(s, j);
        if (joiner == 0 && s[j] == '-') joiner = 1;
        if (joiner > 0 && j + joiner < s.size() && is_letter_or_digit(s, j + joiner) &&
            !text::is_digit(s[j + joiner])) {
          j += joiner;
          continue;
        }
        break;
      }
      tokens.push_back({TokenKind::Word, s.substr(i, j - i), i});
      i = j;
      continue;
    }
    const std::size_t len = utf8_len(static_cast<unsigned char>(c));
    tokens.push_back({TokenKind::Punct, s.substr(i, len), i});
    i += len;
  }
  return tokens;
}

bool adjacent(const std::vector<Token>& tokens, std::size_t i) {
  if (i + 1 >= tokens.size()) return false;
  return tokens[i].offset + tokens[i].text.size() == tokens[i + 1].offset;
}

}  // namespace minutes::analysis
