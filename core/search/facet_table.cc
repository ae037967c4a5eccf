#include "search/facet_table.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "text.h"

namespace minutes::search {

FacetTable::FacetTable(const Xapian::Database& db, std::size_t shards) : shard_items_(std::max<std::size_t>(shards, 1)) {
  std::array<std::unordered_map<std::string, ValueId>, schema::kFacetFields.size()> known;
  const auto slot = schema::slot(schema::FieldId::Facets);
  // The slot's value stream visits item documents only (passages and file
  // records have no Facets value), in ascending docid order.
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
    docids_.push_back(it.get_docid());
    starts_.push_back(static_cast<std::uint32_t>(ids_.size()));
    schema::for_each_facet_value(*it, [&](std::size_t facet, std::string_view value) {
      if (facet >= known.size() || value.empty()) return;
      auto [at, added] = known[facet].try_emplace(std::string(value), static_cast<ValueId>(values_.size()));
      if (added) {
        values_.emplace_back(value);
        facet_of_.push_back(static_cast<std::uint8_t>(facet));
      }
      ids_.push_back(at->second);
    });
  }
  starts_.push_back(static_cast<std::uint32_t>(ids_.size()));
  items_with_.assign(values_.size(), 0);
  for (const auto id : ids_) ++items_with_[id];
  read_item_keys(db);
  for (const auto did : docids_) shard_items_[(did - 1) % shard_items_.size()].push_back(did);
}

void FacetTable::read_item_keys(const Xapian::Database& db) {
  // Passages have the Item slot too: walk both ascending streams together.
  item_keys_.assign(docids_.size(), 0);
  const auto slot = schema::slot(schema::FieldId::Item);
  std::size_t row = 0;
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot) && row < docids_.size(); ++it) {
    while (row < docids_.size() && docids_[row] < it.get_docid()) ++row;
    if (row < docids_.size() && docids_[row] == it.get_docid()) item_keys_[row] = text::fnv1a64(*it);
  }
}

std::optional<std::size_t> FacetTable::row_of(Xapian::docid did) const {
  const auto at = std::lower_bound(docids_.begin(), docids_.end(), did);
  if (at == docids_.end() || *at != did) return std::nullopt;
  return static_cast<std::size_t>(at - docids_.begin());
}

std::optional<std::uint64_t> FacetTable::item_key(Xapian::docid did) const {
  const auto row = row_of(did);
  if (!row) return std::nullopt;
  return item_keys_[*row];
}

std::size_t FacetTable::items_up_to(std::size_t shard, Xapian::docid local) const {
  std::size_t n = 0;
  for (std::size_t s = 0; s < shard && s < shard_items_.size(); ++s) n += shard_items_[s].size();
  if (shard < shard_items_.size()) {
    const auto& mine = shard_items_[shard];
    n += static_cast<std::size_t>(std::upper_bound(mine.begin(), mine.end(), global_docid(shard, local)) - mine.begin());
  }
  return n;
}

std::span<const FacetTable::ValueId> FacetTable::values_of(Xapian::docid did) const {
  const auto row = row_of(did);
  if (!row) return {};
  return {ids_.data() + starts_[*row], ids_.data() + starts_[*row + 1]};
}

}  // namespace minutes::search
