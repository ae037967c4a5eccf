// Counting facet values over the item documents Xapian visits.  Each item
// document carries all its facet values in one packed slot (see
// schema::encode_facets), so one value read per item counts every facet.
#pragma once

#include <xapian.h>

#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "schema.h"
#include "search/types.h"

namespace minutes::search {

class ItemFacetSpy : public Xapian::MatchSpy {
 public:
  /// Counts the given facet fields.
  explicit ItemFacetSpy(std::vector<schema::FieldId> fields);

  void operator()(const Xapian::Document& doc, double weight) override;

  /// Counts of one facet, largest first, ties by value.
  std::vector<FacetCount> counts(schema::FieldId field) const;
  /// Items the spy was shown.
  std::size_t items() const { return items_; }

 private:
  /// Lookups by string_view without building a std::string per value seen.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Counts = std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>>;

  std::vector<schema::FieldId> fields_;
  std::vector<Counts> counts_;                           // per field
  std::array<int, schema::kFacetFields.size()> wanted_;  // facet index -> index in fields_, or -1
  std::size_t items_ = 0;
};

}  // namespace minutes::search
