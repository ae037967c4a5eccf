// Every item's facet values in memory, as small integers: what facet
// counting reads for each item it visits.  Reading an item's packed Facets
// slot from Xapian costs a B-tree lookup per item; a search counting a
// sample of 500 items would spend most of its facet time there.  One
// table per index generation, shared by every thread (like Lucene's doc
// values or Typesense's facet index): about 4 bytes per facet value.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "schema.h"

namespace minutes::search {

class FacetTable {
 public:
  using ValueId = std::uint32_t;

  /// Reads the Facets and Item slots of every item document of `db`, a
  /// database of `shards` local shards (Xapian numbers their documents
  /// in turn: shard s's docid d is (d - 1) * shards + s + 1).
  FacetTable(const Xapian::Database& db, std::size_t shards);

  /// The facet values of the item document `did` (empty for documents
  /// that are not items).
  std::span<const ValueId> values_of(Xapian::docid did) const;
  /// Which facet (index into schema::kFacetFields) a value belongs to.
  std::size_t facet_of(ValueId id) const { return facet_of_[id]; }
  /// The value as items show it ("Learning and Skills", "2021/22 Q2").
  const std::string& value(ValueId id) const { return values_[id]; }
  /// Items having the value, over the whole index.
  std::uint32_t items_with(ValueId id) const { return items_with_[id]; }
  /// Distinct values across all facets.
  std::size_t value_count() const { return values_.size(); }
  std::size_t item_count() const { return docids_.size(); }

  // Where items are, for counting over the first matches of a search in
  // docid order (search/prefix_sample.h), which a Xapian 1.4 MatchSpy is
  // shown shard by shard with each shard's own docids.
  std::size_t shard_count() const { return shard_items_.size(); }
  Xapian::docid global_docid(std::size_t shard, Xapian::docid local) const {
    return static_cast<Xapian::docid>((local - 1) * shard_count() + shard + 1);
  }
  /// A hash of the item id (text::fnv1a64) of item document `did`;
  /// nullopt when `did` is no item.
  std::optional<std::uint64_t> item_key(Xapian::docid did) const;
  /// Items of shards before `shard`, and of `shard` up to docid `local`.
  std::size_t items_up_to(std::size_t shard, Xapian::docid local) const;

 private:
  void read_item_keys(const Xapian::Database& db);
  std::optional<std::size_t> row_of(Xapian::docid did) const;

  std::vector<Xapian::docid> docids_;  // item documents, ascending
  std::vector<std::uint32_t> starts_;  // per item: first index into ids_; one extra at the end
  std::vector<ValueId> ids_;
  std::vector<std::string> values_;    // by ValueId
  std::vector<std::uint8_t> facet_of_; // by ValueId
  std::vector<std::uint32_t> items_with_;  // by ValueId
  std::vector<std::uint64_t> item_keys_;   // by row
  std::vector<std::vector<Xapian::docid>> shard_items_;  // per shard: its items' global docids, ascending
};

}  // namespace minutes::search
