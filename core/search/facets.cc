#include "search/facets.h"

#include <algorithm>

namespace minutes::search {

ItemFacetSpy::ItemFacetSpy(std::vector<schema::FieldId> fields) : fields_(std::move(fields)), counts_(fields_.size()) {
  wanted_.fill(-1);
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    const auto facet = schema::facet_index(fields_[i]);
    if (facet < wanted_.size()) wanted_[facet] = static_cast<int>(i);
  }
}

void ItemFacetSpy::operator()(const Xapian::Document& doc, double) {
  ++items_;
  // One value read per item: every facet is in the Facets slot.
  const auto packed = doc.get_value(schema::slot(schema::FieldId::Facets));
  schema::for_each_facet_value(packed, [&](std::size_t facet, std::string_view value) {
    if (facet >= wanted_.size() || wanted_[facet] < 0 || value.empty()) return;
    auto& field_counts = counts_[static_cast<std::size_t>(wanted_[facet])];
    auto it = field_counts.find(value);
    if (it == field_counts.end()) it = field_counts.emplace(std::string(value), 0).first;
    ++it->second;
  });
}

std::vector<FacetCount> ItemFacetSpy::counts(schema::FieldId field) const {
  std::vector<FacetCount> out;
  const auto at = std::find(fields_.begin(), fields_.end(), field);
  if (at == fields_.end()) return out;
  for (const auto& [value, n] : counts_[static_cast<std::size_t>(at - fields_.begin())]) out.push_back({value, n});
  std::sort(out.begin(), out.end(), [](const FacetCount& a, const FacetCount& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  return out;
}

}  // namespace minutes::search
