// Small text utilities shared by extractors and analysers.  Everything here
// works on UTF-8 byte strings and treats non-ASCII bytes as letters.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace minutes::text {

std::string_view trim(std::string_view s);
/// Trims and collapses runs of whitespace (including NBSP and tabs) to one space.
std::string squeeze_spaces(std::string_view s);
std::string to_lower_ascii(std::string_view s);
bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view s, std::string_view prefix);
bool iends_with(std::string_view s, std::string_view suffix);
/// Case-insensitive (ASCII) search; npos when absent.
std::size_t ifind(std::string_view haystack, std::string_view needle, std::size_t from = 0);

/// "Children and Young People" -> "children-and-young-people".
std::string slugify(std::string_view s);

std::uint64_t fnv1a64(std::string_view s);
std::string hex64(std::uint64_t v);

/// Offset of the first byte that breaks UTF-8 validity, or nullopt when valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

/// At most `max_bytes` of valid UTF-8 `s`, never ending inside a character.
std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes);

/// `s` with every byte that breaks UTF-8 written as "%XX" (file names in
/// another encoding, "caf\xE9.txt" -> "caf%E9.txt"); valid text unchanged.
std::string escape_invalid_utf8(std::string_view s);

/// `s` with every byte that breaks UTF-8 replaced by U+FFFD.
std::string replace_invalid_utf8(std::string_view s);

/// Replaces typographic variants that defeat matching: NBSP and other
/// Unicode spaces become ' ', soft hyphens vanish, CRLF becomes LF.
std::string normalise_unicode_spacing(std::string_view s);

/// Decodes the HTML character references that survive a first decoding in
/// double-encoded sources ("&#39;", "&amp;", "&pound;", "&nbsp;" ...).
std::string decode_entities(std::string_view s);

/// Splits on '\n'.
std::vector<std::string_view> split_lines(std::string_view s);

bool is_upper_ascii(char c);
bool is_lower_ascii(char c);
bool is_digit(char c);
/// A letter for our purposes: ASCII letter or any non-ASCII byte.
bool is_word_byte(char c);

/// True when the string has letters and none of them is lower case.
bool is_all_caps(std::string_view s);
/// "WELCOME AND APOLOGIES" -> "Welcome and Apologies".
std::string title_case(std::string_view s);

/// Number of whitespace-separated words.
std::size_t word_count(std::string_view s);

}  // namespace minutes::text
