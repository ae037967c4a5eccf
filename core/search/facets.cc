#include "search/facets.h"

#include <algorithm>

#include "text.h"

namespace minutes::search {

ItemFacetSpy::ItemFacetSpy(std::vector<schema::FieldId> fields, bool per_item)
    : fields_(std::move(fields)), per_item_(per_item), stats_(fields_.size()) {}

void ItemFacetSpy::count(std::size_t field_index, const std::string& value, std::uint64_t item) {
  if (value.empty()) return;
  auto& stats = stats_[field_index][value];
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
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    const auto raw = doc.get_value(schema::slot(fields_[i]));
    if (raw.empty()) continue;
    if (schema::field(fields_[i]).multi && raw.find(schema::kMultiSeparator) != std::string::npos) {
      for (const auto& v : schema::decode_multi(raw)) count(i, v, item);
    } else {
      count(i, raw, item);
    }
  }
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
