// Counting facet values over item documents, from the in-memory facet
// table (one lookup per item, integer counters).  Not a Xapian MatchSpy:
// with several shards (Xapian 1.4) a spy is shown documents by their
// shard's own docids, which name no shard; an MSet's docids are global.
#pragma once

#include <xapian.h>

#include <array>
#include <cstdint>
#include <vector>

#include "schema.h"
#include "search/facet_table.h"
#include "search/types.h"

namespace minutes::search {

/// Largest count first, ties by value: how facet values are listed.
void sort_by_count(std::vector<FacetCount>& counts);

class FacetCounter {
 public:
  /// Counts the given facet fields; the table must outlive the counter.
  FacetCounter(const FacetTable& table, const std::vector<schema::FieldId>& fields);

  /// Counts an item document's values.
  void add(Xapian::docid item);

  /// Counts of one facet, largest first, ties by value.
  std::vector<FacetCount> counts(schema::FieldId field) const;
  /// Items counted.
  std::size_t items() const { return items_; }

 private:
  const FacetTable& table_;
  std::array<bool, schema::kFacetFields.size()> wanted_{};
  std::vector<std::uint32_t> counts_;  // by FacetTable::ValueId
  std::size_t items_ = 0;
};

}  // namespace minutes::search
