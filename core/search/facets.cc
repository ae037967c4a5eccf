#include "search/facets.h"

#include <algorithm>

namespace minutes::search {

FacetCounter::FacetCounter(const FacetTable& table, const std::vector<schema::FieldId>& fields)
    : table_(table), counts_(table.value_count(), 0) {
  for (auto f : fields) {
    const auto facet = schema::facet_index(f);
    if (facet < wanted_.size()) wanted_[facet] = true;
  }
}

void FacetCounter::add(Xapian::docid item) {
  ++items_;
  for (const auto id : table_.values_of(item))
    if (wanted_[table_.facet_of(id)]) ++counts_[id];
}

void sort_by_count(std::vector<FacetCount>& counts) {
  std::sort(counts.begin(), counts.end(), [](const FacetCount& a, const FacetCount& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
}

std::vector<FacetCount> FacetCounter::counts(schema::FieldId field) const {
  std::vector<FacetCount> out;
  const auto facet = schema::facet_index(field);
  if (facet >= wanted_.size() || !wanted_[facet]) return out;
  for (std::size_t id = 0; id < counts_.size(); ++id)
    if (counts_[id] > 0 && table_.facet_of(static_cast<FacetTable::ValueId>(id)) == facet)
      out.push_back({table_.value(static_cast<FacetTable::ValueId>(id)), counts_[id]});
  sort_by_count(out);
  return out;
}

}  // namespace minutes::search
