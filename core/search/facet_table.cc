#include "search/facet_table.h"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace minutes::search {

FacetTable::FacetTable(const Xapian::Database& db) {
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
  for (ValueId id = 0; id < values_.size(); ++id) by_facet_[facet_of_[id]].push_back(id);
  value_rank_.assign(values_.size(), 0);
  for (auto& ids : by_facet_) {
    std::sort(ids.begin(), ids.end(), [&](ValueId a, ValueId b) { return values_[a] < values_[b]; });
    for (std::uint32_t rank = 0; rank < ids.size(); ++rank) value_rank_[ids[rank]] = rank;
  }
}

std::span<const FacetTable::ValueId> FacetTable::values_of(Xapian::docid did) const {
  const auto at = std::lower_bound(docids_.begin(), docids_.end(), did);
  if (at == docids_.end() || *at != did) return {};
  const auto row = static_cast<std::size_t>(at - docids_.begin());
  return {ids_.data() + starts_[row], ids_.data() + starts_[row + 1]};
}

}  // namespace minutes::search
