// Every item's facet values in memory, as small integers: what facet
// counting reads for each item it visits.  Reading an item's packed Facets
// slot from Xapian costs a B-tree lookup per item; a search counting a
// sample of 500 items would spend most of its facet time there.  One
// table per index generation, shared by every thread (like Lucene's doc
// values or Typesense's facet index): about 4 bytes per facet value.
#pragma once

#include <xapian.h>

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "schema.h"

namespace minutes::search {

class FacetTable {
 public:
  using ValueId = std::uint32_t;

  /// Reads the Facets slot of every item document of `db`.
  explicit FacetTable(const Xapian::Database& db);

  /// The facet values of the item document `did` (empty for documents
  /// that are not items).
  std::span<const ValueId> values_of(Xapian::docid did) const;
  /// Which facet (index into schema::kFacetFields) a value belongs to.
  std::size_t facet_of(ValueId id) const { return facet_of_[id]; }
  /// The value as items show it ("Learning and Skills", "2021/22 Q2").
  const std::string& value(ValueId id) const { return values_[id]; }
  /// Items having the value, over the whole index.
  std::uint32_t items_with(ValueId id) const { return items_with_[id]; }
  /// The values of one facet (index into schema::kFacetFields).
  const std::vector<ValueId>& values_of_facet(std::size_t facet) const { return by_facet_[facet]; }
  /// The value's place among its facet's values in byte order: ties
  /// between counts are broken by comparing integers, not strings.
  std::uint32_t value_rank(ValueId id) const { return value_rank_[id]; }
  /// Distinct values across all facets.
  std::size_t value_count() const { return values_.size(); }
  std::size_t item_count() const { return docids_.size(); }

 private:
  std::vector<Xapian::docid> docids_;  // item documents, ascending
  std::vector<std::uint32_t> starts_;  // per item: first index into ids_; one extra at the end
  std::vector<ValueId> ids_;
  std::vector<std::string> values_;    // by ValueId
  std::vector<std::uint8_t> facet_of_; // by ValueId
  std::vector<std::uint32_t> items_with_;  // by ValueId
  std::array<std::vector<ValueId>, schema::kFacetFields.size()> by_facet_;
  std::vector<std::uint32_t> value_rank_;  // by ValueId
};

}  // namespace minutes::search
