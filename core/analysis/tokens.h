// A light tokenizer for pattern matching in minutes text: words (letters,
// digits, inner apostrophes and hyphens), numbers, and punctuation marks,
// each with its byte offset.  Cheaper than regular expressions on the
// 350 MB archives the indexer must keep up with.
#pragma once

#include <string_view>
#include <vector>

namespace minutes::analysis {

enum class TokenKind { Word, Number, Punct };

struct Token {
  TokenKind kind;
  std::string_view text;
  std::size_t offset;

  bool is(std::string_view s) const;          // exact
  bool is_ci(std::string_view s) const;       // ASCII case-insensitive
  bool capitalised() const;                   // starts with an upper-case letter
  bool is_word() const { return kind == TokenKind::Word; }
  bool is_number() const { return kind == TokenKind::Number; }
  bool is_punct(char c) const { return kind == TokenKind::Punct && text.size() == 1 && text[0] == c; }
  int as_int() const;                         // -1 unless a number of at most 9 digits
};

/// Tokens of `s`; the views point into `s`.
std::vector<Token> tokenize(std::string_view s);

/// Bytes between the end of token i and the start of token i+1 contain no
/// space.
bool adjacent(const std::vector<Token>& tokens, std::size_t i);

}  // namespace minutes::analysis
