// Counting facet values per agenda item while Xapian visits the matching
// passages: an item with three matching decisions counts once for
// "decision".
#pragma once

#include <xapian.h>

#include <array>
#include <functional>
#include <map>
#include <string_view>
#include <string>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "schema.h"
#include "search/types.h"

namespace minutes::search {

class ItemFacetSpy : public Xapian::MatchSpy {
 public:
  /// Counts the given facet fields; `per_item` dedups by the item slot
  /// (passage documents), otherwise every document is one item.
  ItemFacetSpy(std::vector<schema::FieldId> fields, bool per_item);

  void operator()(const Xapian::Document& doc, double weight) override;

  /// Counts of one facet, largest first, ties by value.
  std::vector<FacetCount> counts(schema::FieldId field) const;
  /// Documents the spy was shown.
  std::size_t documents() const { return documents_; }
  /// Distinct items seen (documents, when not counting per item).
  std::size_t items() const { return per_item_ ? items_.size() : documents_; }

 private:
  /// Items counted for one value; passages of an item arrive together, so
  /// the last item seen answers most lookups without hashing.
  struct ValueStats {
    std::unordered_set<std::uint64_t> items;
    std::uint64_t last_item = 0;
    std::size_t documents = 0;
  };
  void count(std::size_t field_index, std::string_view value, std::uint64_t item);

  /// Lookups by string_view without building a std::string per value seen.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  std::vector<schema::FieldId> fields_;
  bool per_item_;
  std::vector<std::unordered_map<std::string, ValueStats, Hash, std::equal_to<>>> stats_;  // per field
  std::array<int, schema::kFacetFields.size()> wanted_;  // facet index -> index in fields_, or -1
  std::unordered_set<std::uint64_t> items_;
  std::uint64_t last_item_ = 0;
  std::size_t documents_ = 0;
};

}  // namespace minutes::search
