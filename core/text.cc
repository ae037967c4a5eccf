#include "text.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <unordered_map>

namespace minutes::text {

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word_byte(char c) {
  return is_upper_ascii(c) || is_lower_ascii(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80;
}

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string squeeze_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    // U+00A0 NBSP is C2 A0 in UTF-8.
    const bool nbsp = static_cast<unsigned char>(c) == 0xC2 && i + 1 < s.size() &&
                      static_cast<unsigned char>(s[i + 1]) == 0xA0;
    if (is_space(c) || nbsp) {
      space = true;
      if (nbsp) ++i;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (is_upper_ascii(c)) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

static char lower(char c) { return is_upper_ascii(c) ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

bool iends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}

std::size_t ifind(std::string_view haystack, std::string_view needle, std::size_t from) {
  if (needle.empty()) return from <= haystack.size() ? from : std::string_view::npos;
  const char first_l = lower(needle[0]);
  for (std::size_t i = from; i + needle.size() <= haystack.size(); ++i) {
    if (lower(haystack[i]) != first_l) continue;
    if (iequals(haystack.substr(i, needle.size()), needle)) return i;
  }
  return std::string_view::npos;
}

std::string slugify(std::string_view s) {
  std::string out;
  bool dash = false;
  for (unsigned char c : s) {
    if (std::isalnum(c)) {
      if (dash && !out.empty()) out.push_back('-');
      dash = false;
      out.push_back(lower(static_cast<char>(c)));
    } else if (c >= 0x80) {
      // Drop typographic apostrophes and other non-ASCII: "Children’s" -> "childrens".
      continue;
    } else if (c == '\'') {
      continue;
    } else {
      dash = true;
    }
  }
  return out;
}

std::uint64_t fnv1a64(std::string_view s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string hex64(std::uint64_t v) {
  std::array<char, 17> buf{};
  std::snprintf(buf.data(), buf.size(), "%016llx", static_cast<unsigned long long>(v));
  return std::string(buf.data(), 16);
}

std::optional<std::size_t> find_invalid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if (c < 0x80) { ++i; continue; }
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    else return i;
    if (i + len > s.size()) return i;
    for (std::size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Reject overlong forms, surrogates and out-of-range code points.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
      return i;
    i += len;
  }
  return std::nullopt;
}

std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  std::size_t end = max_bytes;
  // Back off continuation bytes (10xxxxxx) to the start of the character
  // the cut falls in, which is then left out.
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

namespace {

/// `s` with each byte that breaks UTF-8 replaced by `replacement(byte)`.
template <typename Replacement>
std::string rewrite_invalid_utf8(std::string_view s, Replacement replacement) {
  std::string out;
  out.reserve(s.size());
  while (!s.empty()) {
    const auto bad = find_invalid_utf8(s);
    if (!bad) break;
    out.append(s.substr(0, *bad));
    out += replacement(static_cast<unsigned char>(s[*bad]));
    s.remove_prefix(*bad + 1);
  }
  out.append(s);
  return out;
}

}  // namespace

std::string escape_invalid_utf8(std::string_view s) {
  return rewrite_invalid_utf8(s, [](unsigned char byte) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    return std::string{'%', kHex[byte >> 4], kHex[byte & 0xF]};
  });
}

std::string replace_invalid_utf8(std::string_view s) {
  return rewrite_invalid_utf8(s, [](unsigned char) { return std::string("\xEF\xBF\xBD"); });
}

std::string normalise_unicode_spacing(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\r') {
      if (i + 1 < s.size() && s[i + 1] == '\n') continue;
      out.push_back('\n');
      continue;
    }
    if (c == 0xC2 && i + 1 < s.size()) {
      const auto d = static_cast<unsigned char>(s[i + 1]);
      if (d == 0xA0) { out.push_back(' '); ++i; continue; }  // NBSP
      if (d == 0xAD) { ++i; continue; }                      // soft hyphen
    }
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      const auto d = static_cast<unsigned char>(s[i + 2]);
      // U+2000..U+200A spaces, U+202F narrow NBSP; U+200B zero width space.
      if ((d >= 0x80 && d <= 0x8A) || d == 0xAF) { out.push_back(' '); i += 2; continue; }
      if (d == 0x8B) { i += 2; continue; }
    }
    out.push_back(static_cast<char>(c));
  }
  return out;
}

static void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string decode_entities(std::string_view s) {
  static const std::unordered_map<std::string_view, std::uint32_t> named{
      {"amp", '&'},     {"lt", '<'},      {"gt", '>'},      {"quot", '"'},    {"apos", '\''},
      {"nbsp", 0xA0},   {"pound", 0xA3},  {"euro", 0x20AC}, {"ndash", 0x2013}, {"mdash", 0x2014},
      {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"hellip", 0x2026},
      {"bull", 0x2022}, {"middot", 0xB7}, {"copy", 0xA9}};
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') { out.push_back(s[i]); continue; }
    const auto semi = s.find(';', i + 1);
    if (semi == std::string_view::npos || semi - i > 10) { out.push_back('&'); continue; }
    const auto name = s.substr(i + 1, semi - i - 1);
    std::uint32_t cp = 0;
    bool ok = false;
    if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      const auto digits = name.substr(hex ? 2 : 1);
      ok = !digits.empty();
      for (char c : digits) {
        int v = is_digit(c) ? c - '0' : (hex && c >= 'a' && c <= 'f') ? c - 'a' + 10
                                        : (hex && c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
        if (v < 0 || cp > 0x10FFFF) { ok = false; break; }
        cp = cp * (hex ? 16u : 10u) + static_cast<std::uint32_t>(v);
      }
      if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) ok = false;
    } else if (auto it = named.find(name); it != named.end()) {
      cp = it->second;
      ok = true;
    }
    if (!ok) { out.push_back('&'); continue; }
    append_utf8(out, cp == 0xA0 ? ' ' : cp);
    i = semi;
  }
  return out;
}

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= s.size()) {
    const auto nl = s.find('\n', start);
    if (nl == std::string_view::npos) {
      if (start < s.size()) lines.push_back(s.substr(start));
      break;
    }
    lines.push_back(s.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

bool is_all_caps(std::string_view s) {
  bool letters = false;
  for (char c : s) {
    if (is_lower_ascii(c)) return false;
    if (is_upper_ascii(c)) letters = true;
  }
  return letters;
}

std::string title_case(std::string_view s) {
  static const std::array<std::string_view, 9> small{"and", "of", "the", "for", "to", "in", "on", "a", "an"};
  std::string out;
  std::size_t i = 0;
  bool first_word = true;
  while (i < s.size()) {
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    std::string word = to_lower_ascii(s.substr(i, j - i));
    bool is_small = false;
    for (auto w : small) is_small = is_small || word == w;
    if (!word.empty() && (first_word || !is_small) && is_lower_ascii(word[0]))
      word[0] = static_cast<char>(word[0] - 'a' + 'A');
    out += word;
    if (j < s.size()) out.push_back(' ');
    first_word = false;
    i = j + 1;
  }
  return out;
}

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool sp = is_space(c);
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

}  // namespace minutes::text
