#include "search/facets.h"

#include <algorithm>

#include "text.h"

namespace minutes::search {

ItemFacetSpy::ItemFacetSpy(std::vector<schema::FieldId> fields, bool per_item)
    : fields_(std::move(fields)), per_item_(per_item), stats_(fields_.size()) {
  wanted_.fill(-1);
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    const auto at = std::find(schema::kFacetFields.begin(), schema::kFacetFields.end(), fields_[i]);
    if (at != schema::kFacetFields.end()) wanted_[static_cast<std::size_t>(at - schema::kFacetFields.begin())] = static_cast<int>(i);
  }
}

void ItemFacetSpy::count(std::size_t field_index, std::string_view value, std::uint64_t item) {
  if (value.empty()) return;
  auto& field_stats = stats_[field_index];
  auto it = field_stats.find(value);
  if (it == field_stats.end()) it = field_stats.emplace(std::string(value), ValueStats{}).first;
  auto& stats = it->second;
  if (!per_item_) {
    ++stats.documents;
    return;
  }
  if (stats.last_item == item) return;
  stats.last_item = item;
  stats.items.insert(item);
}

void ItemFacetSpy::operator()(const Xapian::Document& doc, double) {
  ++documents_;
  std::uint64_t item = 0;
  if (per_item_) {
    // Item ids are 64-bit hashes already; hashing their text again is cheap
    // and keeps this independent of the id format.
    item = text::fnv1a64(doc.get_value(schema::slot(schema::FieldId::Item))) | 1;
    if (item != last_item_) {
      items_.insert(item);
      last_item_ = item;
    }
  }
  // One value read per document: every facet is in the Facets slot.
  const auto packed = doc.get_value(schema::slot(schema::FieldId::Facets));
  schema::for_each_facet_value(packed, [&](std::size_t facet, std::string_view value) {
    if (facet < wanted_.size() && wanted_[facet] >= 0) count(static_cast<std::size_t>(wanted_[facet]), value, item);
  });
}

std::vector<FacetCount> ItemFacetSpy::counts(schema::FieldId field) const {
  std::vector<FacetCount> out;
  const auto at = std::find(fields_.begin(), fields_.end(), field);
  if (at == fields_.end()) return out;
  for (const auto& [value, stats] : stats_[static_cast<std::size_t>(at - fields_.begin())])
    out.push_back({value, per_item_ ? stats.items.size() : stats.documents});
  std::sort(out.begin(), out.end(), [](const FacetCount& a, const FacetCount& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  return out;
}

}  // namespace minutes::search
