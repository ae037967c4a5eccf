// The index schema: the one table of term prefixes and value slots that the
// indexer writes and the search daemon reads.  No prefix string literal or
// slot number appears anywhere else in the code base.
//
// Document kinds (each document carries exactly one "kind" term):
//   item     one agenda item, the unit searches rank: its title and every
//            passage's text as positional "itemtext" terms (a gap between
//            passages, so a phrase never spans two), title terms, metadata
//            terms, the union of its passages' facet terms and values,
//            data = item JSON (with the passages' text).
//   passage  one typed passage of an item (numbered minute paragraph,
//            bullet, resolution point, action, request): its words,
//            stemmed only (Z prefix), without positions (enough to pick an item's
//            best passages and to filter by passage-level facets), facet
//            terms, its item id and ordinal as values (facet and date
//            values are on items alone, so that their streams are dense);
//            no data and no id term (its text is in the item's data, and it
//            is deleted with its item through the item term).
// Items carry sample terms (see sample_level) so that facet counts over
// huge result sets can be estimated from a fixed share of the items.
//   file     bookkeeping for one source file: its signature (mtime, size,
//            sidecar mtimes) so that unchanged files are skipped quickly.
// A changed or removed file is dropped by deleting its items' terms (which
// its passages carry too) and its "file" term.
//
// Database metadata keys: see kMeta* below.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace minutes::schema {

// Bumped whenever terms, slots or document data change incompatibly.
inline constexpr std::string_view kSchemaVersion = "5";

enum class FieldKind : std::uint8_t {
  Boolean,   // exact filter term, no positions, no weight
  FreeText,  // probabilistic, positional, stemmed
  ValueOnly, // a value slot only
};

enum class FieldId : std::uint8_t {
  Id, Kind, File, Item, Title, Portfolio, Quarter, Councillor, Committee,
  Council, Type, Year, Minute, Actor, Recipient, Date, Ordinal, Body,
  ItemText, Sample, Facets, Acronym, PassageSpan,
};

struct Field {
  FieldId id;
  std::string_view name;    // name in queries and facets ("portfolio")
  std::string_view prefix;  // Xapian term prefix ("" = unprefixed)
  FieldKind kind;
  int slot;                 // value slot, or -1
  bool facet;               // counted as a facet by the daemon
  bool multi;               // slot holds several values (see encode_multi)
  std::string_view description;
};

inline constexpr int kNoSlot = -1;

// clang-format off
inline constexpr std::array<Field, 23> kFields{{
  {FieldId::Id,         "id",         "Q",  FieldKind::Boolean,   kNoSlot, false, false, "unique document id: i:<item>, f:<file>"},
  {FieldId::Kind,       "kind",       "XK", FieldKind::Boolean,   kNoSlot, false, false, "document kind: item, passage, file"},
  {FieldId::File,       "file",       "XF", FieldKind::Boolean,   kNoSlot, false, false, "source file key (path below the crawl root's parent)"},
  {FieldId::Item,       "item",       "XI", FieldKind::Boolean,   1,       false, false, "agenda item id; slot is the collapse key grouping passages by item"},
  {FieldId::Title,      "title",      "S",  FieldKind::FreeText,  kNoSlot, false, false, "item title words (title:budget)"},
  {FieldId::Portfolio,  "portfolio",  "XP", FieldKind::Boolean,   kNoSlot, true,  true,  "cabinet portfolio (portfolio:\"learning and skills\")"},
  {FieldId::Quarter,    "quarter",    "XQ", FieldKind::Boolean,   kNoSlot, true,  false, "UK financial-year quarter (quarter:2021/22-q2)"},
  {FieldId::Councillor, "councillor", "XC", FieldKind::Boolean,   kNoSlot, true,  true,  "councillor named or resolved from a role (councillor:nigel-jupp)"},
  {FieldId::Committee,  "committee",  "XM", FieldKind::Boolean,   kNoSlot, true,  false, "committee (committee:cabinet)"},
  {FieldId::Council,    "council",    "XO", FieldKind::Boolean,   kNoSlot, true,  false, "council (council:kent-county-council)"},
  {FieldId::Type,       "type",       "XT", FieldKind::Boolean,   kNoSlot, true,  true,  "passage type: decision, action, request, discussion"},
  {FieldId::Year,       "year",       "XY", FieldKind::Boolean,   kNoSlot, false, false, "calendar year of the meeting (year:2021)"},
  {FieldId::Minute,     "minute",     "XN", FieldKind::Boolean,   kNoSlot, false, false, "minute number (minute:33.4)"},
  {FieldId::Actor,      "actor",      "XA", FieldKind::Boolean,   kNoSlot, false, false, "councillor who is to act on an action"},
  {FieldId::Recipient,  "recipient",  "XR", FieldKind::Boolean,   kNoSlot, false, false, "councillor an action is for"},
  {FieldId::Date,       "date",       "",   FieldKind::ValueOnly, 0,       false, false, "meeting date as YYYYMMDD (sorting, date ranges)"},
  {FieldId::Ordinal,    "ordinal",    "",   FieldKind::ValueOnly, 8,       false, false, "passage position in its item (sortable_serialise)"},
  {FieldId::Body,       "text",       "",   FieldKind::FreeText,  kNoSlot, false, false, "passage words, English-stemmed only (Z prefix), without positions"},
  {FieldId::ItemText,   "itemtext",   "XW", FieldKind::FreeText,  kNoSlot, false, false, "item title and passages' words, English-stemmed, positional"},
  {FieldId::Sample,     "sample",     "XS", FieldKind::Boolean,   kNoSlot, false, false, "facet sampling: XS<j> on 1 in 2^j items"},
  {FieldId::Facets,     "facets",     "",   FieldKind::ValueOnly, 2,       false, false, "an item's facet values, all in one slot (encode_facets): one read per item counted"},
  {FieldId::Acronym,    "acronym",    "XE", FieldKind::FreeText,  kNoSlot, false, false, "acronym whose expansion the text spells out (XEehcp), on items and passages"},
  {FieldId::PassageSpan, "passages",  "",   FieldKind::ValueOnly, 3,       false, false, "an item's passages: the first one's docid in its shard and how many (encode_passage_span)"},
}};
// clang-format on

// Compile-time checks of the table, in the spirit of mu's mu-fields.cc.
namespace detail {
constexpr bool ids_in_order() {
  for (std::size_t i = 0; i < kFields.size(); ++i)
    if (static_cast<std::size_t>(kFields[i].id) != i) return false;
  return true;
}
constexpr bool unique_names_prefixes_slots() {
  for (std::size_t i = 0; i < kFields.size(); ++i)
    for (std::size_t j = i + 1; j < kFields.size(); ++j) {
      if (kFields[i].name == kFields[j].name) return false;
      if (!kFields[i].prefix.empty() && kFields[i].prefix == kFields[j].prefix) return false;
      if (kFields[i].slot != kNoSlot && kFields[i].slot == kFields[j].slot) return false;
    }
  return true;
}
constexpr bool boolean_fields_have_prefixes() {
  for (const auto& f : kFields) {
    if (f.kind == FieldKind::Boolean && f.prefix.empty()) return false;
    // Facet values live together in the Facets slot, not in slots of their own.
    if (f.facet && f.slot != kNoSlot) return false;
    // Custom multi-letter prefixes start with X (Xapian convention).
    if (f.prefix.size() > 1 && f.prefix[0] != 'X') return false;
  }
  return true;
}
}  // namespace detail
static_assert(detail::ids_in_order(), "kFields rows must follow FieldId order");
static_assert(detail::unique_names_prefixes_slots(), "field names, prefixes and slots must be unique");
static_assert(detail::boolean_fields_have_prefixes(), "boolean fields need prefixes; facets share the Facets slot");

constexpr const Field& field(FieldId id) { return kFields[static_cast<std::size_t>(id)]; }
constexpr std::string_view prefix(FieldId id) { return field(id).prefix; }
/// The field's value slot; asking for one a field does not have is a bug
/// (and a compile error where evaluated at compile time).
constexpr unsigned slot(FieldId id) {
  if (field(id).slot == kNoSlot) throw std::logic_error("schema field has no value slot");
  return static_cast<unsigned>(field(id).slot);
}

/// The facets, in the order the Facets slot holds them.
inline constexpr std::array<FieldId, 6> kFacetFields{FieldId::Portfolio, FieldId::Quarter, FieldId::Councillor,
                                                     FieldId::Committee, FieldId::Council,   FieldId::Type};
/// A facet's position in kFacetFields (and in the Facets slot), or
/// kFacetFields.size() for a field that is not a facet.
constexpr std::size_t facet_index(FieldId id) {
  for (std::size_t i = 0; i < kFacetFields.size(); ++i)
    if (kFacetFields[i] == id) return i;
  return kFacetFields.size();
}

/// One item's values of each facet, in kFacetFields order (councillors by name).
using FacetValues = std::array<std::vector<std::string>, kFacetFields.size()>;

/// The field with this query/facet name, if any.
std::optional<FieldId> field_by_name(std::string_view name);

// Document kinds (values of the Kind field).
inline constexpr std::string_view kKindItem = "item";
inline constexpr std::string_view kKindPassage = "passage";
inline constexpr std::string_view kKindFile = "file";

// Database metadata keys.
inline constexpr std::string_view kMetaSchemaVersion = "schema_version";
// "acronym:EHCP" -> "Education, Health and Care Plan"
inline constexpr std::string_view kMetaAcronymPrefix = "acronym:";
// "acronyms_indexed" -> JSON [["EHCP", "Education, Health and Care Plan"], ...]:
// the (acronym, expansion) pairs every document spelling one out has the
// acronym's term for (see index/acronym_terms.h); other acronyms are
// searched by phrases.
inline constexpr std::string_view kMetaAcronymsIndexed = "acronyms_indexed";
// "councillors:<council-key>" -> JSON array of {id, name, roles, portfolios}
inline constexpr std::string_view kMetaCouncillorsPrefix = "councillors:";
// "last_indexed" -> ISO time of the last completed run
inline constexpr std::string_view kMetaLastIndexed = "last_indexed";

/// Xapian's hard limit on term length is 245 bytes; we keep a margin.
inline constexpr std::size_t kMaxTermBytes = 240;

/// Normalises a facet value for use in a boolean term: lower case, runs of
/// spaces and punctuation other than / . - & become one '-', trimmed.
/// "Learning and Skills" -> "learning-and-skills", "2021/22 Q2" -> "2021/22-q2".
/// The daemon applies the same function to filter values from users.
std::string normalise_value(std::string_view value);

/// Builds prefix + normalise_value(value), hashing over-long terms so that
/// every term fits Xapian's limit.
std::string make_term(FieldId field, std::string_view value);

/// Builds prefix + value verbatim (value already normalised, e.g. ids),
/// still enforcing the length limit.
std::string make_raw_term(FieldId field, std::string_view value);

/// How many sample terms an item carries: the number of low zero bits of
/// a hash of its id, capped.  XS<j> for j in
/// 1..level then marks a fixed, well-spread 1 in 2^j of all items.
inline constexpr int kMaxSampleLevel = 12;
int sample_level(std::string_view item_id);

/// Every facet's values in one value: facets separated by an ASCII record
/// separator, a facet's values by the unit separator (see encode_multi).
inline constexpr char kFacetSeparator = '\x1e';
std::string encode_facets(const FacetValues& values);
FacetValues decode_facets(std::string_view encoded);

/// Calls f(facet_index, value) for each value of an encoded Facets slot,
/// without allocating: what facet counting does for every item it visits.
template <typename F>
void for_each_facet_value(std::string_view encoded, F&& f) {
  std::size_t facet = 0, start = 0;
  for (std::size_t i = 0; i <= encoded.size(); ++i) {
    const bool end = i == encoded.size();
    if (!end && encoded[i] != kFacetSeparator && encoded[i] != '\x1f') continue;
    if (i > start) f(facet, encoded.substr(start, i - start));
    if (!end && encoded[i] == kFacetSeparator) ++facet;
    start = i + 1;
  }
}

/// Where an item's passages are: written one after another just before the
/// item is held back, they are `count` documents from docid `first` of
/// the item's own shard.  Lets the daemon choose passages without looking
/// up an item term per result (see search/passage_spans.h).
struct PassageSpan {
  std::uint32_t first = 0, count = 0;
};
std::string encode_passage_span(PassageSpan span);
/// Nothing when the value is not an encoded span.
std::optional<PassageSpan> decode_passage_span(std::string_view encoded);

/// Several values in one slot, separated by an ASCII unit separator.
inline constexpr char kMultiSeparator = '\x1f';
std::string encode_multi(const std::vector<std::string>& values);
std::vector<std::string> decode_multi(std::string_view encoded);

}  // namespace minutes::schema
