#include "schema.h"

#include <cctype>

#include "text.h"

namespace minutes::schema {

std::optional<FieldId> field_by_name(std::string_view name) {
  for (const auto& f : kFields)
    if (f.name == name) return f.id;
  return std::nullopt;
}

std::string normalise_value(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  bool pending_dash = false;
  for (unsigned char c : value) {
    const bool keep = std::isalnum(c) || c == '/' || c == '.' || c == '&' || c >= 0x80;
    if (!keep) {
      pending_dash = !out.empty();
      continue;
    }
    if (pending_dash) out.push_back('-');
    pending_dash = false;
    out.push_back(static_cast<char>(std::tolower(c)));
  }
  return out;
}

static std::string limit_term(std::string term) {
  if (term.size() <= kMaxTermBytes) return term;
  // Keep a readable head and make the tail unique with a hash.
  const std::string tail = "#" + text::hex64(text::fnv1a64(term));
  term.resize(kMaxTermBytes - tail.size());
  // Do not leave a partial UTF-8 sequence at the cut.
  while (!term.empty() && (static_cast<unsigned char>(term.back()) & 0xC0) == 0x80) term.pop_back();
  if (!term.empty() && static_cast<unsigned char>(term.back()) >= 0xC0) term.pop_back();
  return term + tail;
}

std::string make_term(FieldId field_id, std::string_view value) {
  return limit_term(std::string(prefix(field_id)) + normalise_value(value));
}

std::string make_raw_term(FieldId field_id, std::string_view value) {
  return limit_term(std::string(prefix(field_id)) + std::string(value));
}

std::string encode_multi(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) {
    if (!out.empty()) out.push_back(kMultiSeparator);
    out += v;
  }
  return out;
}

std::string encode_passage_span(PassageSpan span) {
  // Two fixed-width big-endian words: no parsing to speak of when the
  // daemon reads every item's span.
  std::string out(8, '\0');
  for (int i = 0; i < 4; ++i) {
    out[static_cast<std::size_t>(i)] = static_cast<char>((span.first >> (24 - 8 * i)) & 0xff);
    out[static_cast<std::size_t>(4 + i)] = static_cast<char>((span.count >> (24 - 8 * i)) & 0xff);
  }
  return out;
}

std::optional<PassageSpan> decode_passage_span(std::string_view encoded) {
  if (encoded.size() != 8) return std::nullopt;
  auto word = [&](std::size_t at) {
    std::uint32_t w = 0;
    for (std::size_t i = 0; i < 4; ++i) w = (w << 8) | static_cast<unsigned char>(encoded[at + i]);
    return w;
  };
  return PassageSpan{word(0), word(4)};
}

std::vector<std::string> decode_multi(std::string_view encoded) {
  std::vector<std::string> out;
  if (encoded.empty()) return out;
  std::size_t start = 0;
  while (true) {
    const auto sep = encoded.find(kMultiSeparator, start);
    out.emplace_back(encoded.substr(start, sep - start));
    if (sep == std::string_view::npos) break;
    start = sep + 1;
  }
  return out;
}

std::string encode_facets(const FacetValues& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i) out.push_back(kFacetSeparator);
    out += encode_multi(values[i]);
  }
  return out;
}

FacetValues decode_facets(std::string_view encoded) {
  FacetValues out;
  for_each_facet_value(encoded, [&](std::size_t facet, std::string_view value) {
    if (facet < out.size()) out[facet].emplace_back(value);
  });
  return out;
}

int sample_level(std::string_view item_id) {
  // FNV's low bits follow the last bytes closely; a finaliser spreads them.
  std::uint64_t h = text::fnv1a64(item_id);
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  int level = 0;
  while (level < kMaxSampleLevel && (h & 1) == 0) {
    h >>= 1;
    ++level;
  }
  return level;
}

}  // namespace minutes::schema
