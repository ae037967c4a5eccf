#include "search/facets.h"

#include <algorithm>

namespace minutes::search {

ItemFacetSpy::ItemFacetSpy(std::vector<schema::FieldId> fields, bool per_item)
    : fields_(std::move(fields)), per_item_(per_item) {}

void ItemFacetSpy::operator()(const Xapian::Document& doc, double) {
  const std::string item = per_item_ ? doc.get_value(schema::slot(schema::FieldId::Item)) : std::string{};
  ++documents_;
  if (per_item_) items_.insert(item);
  for (const auto field : fields_) {
    const auto raw = doc.get_value(schema::slot(field));
    if (raw.empty()) continue;
    const bool multi = schema::field(field).multi;
    auto count = [&](const std::string& value) {
      if (value.empty()) return;
      if (per_item_) {
        std::string key;
        key.reserve(item.size() + value.size() + 2);
        key += static_cast<char>(field);
        key += value;
        key += '\x1e';
        key += item;
        if (!seen_.insert(std::move(key)).second) return;
      }
      ++counts_[field][value];
    };
    if (multi) {
      for (const auto& v : schema::decode_multi(raw)) count(v);
    } else {
      count(raw);
    }
  }
}

std::vector<FacetCount> ItemFacetSpy::counts(schema::FieldId field) const {
  std::vector<FacetCount> out;
  auto it = counts_.find(field);
  if (it == counts_.end()) return out;
  for (const auto& [value, n] : it->second) out.push_back({value, n});
  std::sort(out.begin(), out.end(), [](const FacetCount& a, const FacetCount& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  return out;
}

}  // namespace minutes::search
