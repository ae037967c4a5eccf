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
  // Ordered as sort_by_count orders them, by integers (a value's rank
  // among its facet's values stands for its text); strings are copied
  // only for the values counted.
  std::vector<FacetTable::ValueId> seen;
  for (const auto id : table_.values_of_facet(facet))
    if (counts_[id] > 0) seen.push_back(id);
  std::sort(seen.begin(), seen.end(), [&](FacetTable::ValueId a, FacetTable::ValueId b) {
    return counts_[a] != counts_[b] ? counts_[a] > counts_[b] : table_.value_rank(a) < table_.value_rank(b);
  });
  out.reserve(seen.size());
  for (const auto id : seen) out.push_back({table_.value(id), counts_[id]});
  return out;
}

}  // namespace minutes::search
