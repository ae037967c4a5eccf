// Counting facet values per agenda item while Xapian visits the matching
// passages: an item with three matching decisions counts once for
// "decision".
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include "schema.h"
#include "search/types.h"

namespace minutes::search {

class ItemFacetSpy : public Xapian::MatchSpy {
 public:
  /// Counts the given facet fields; `per_item` dedups by the item slot
  /// (passage documents), otherwise every document is one item.
  ItemFacetSpy(std::vector<schema::FieldId> fields, bool per_item);

  void operator()(const Xapian::Document& doc, double weight) override;

  /// Counts of one facet, largest first, ties by value.
  std::vector<FacetCount> counts(schema::FieldId field) const;
  /// Distinct items seen (documents, when not counting per item).
  std::size_t items() const { return per_item_ ? items_.size() : documents_; }

 private:
  std::vector<schema::FieldId> fields_;
  bool per_item_;
  std::map<schema::FieldId, std::map<std::string, std::size_t>> counts_;
  std::unordered_set<std::string> seen_;  // field, value and item already counted
  std::unordered_set<std::string> items_;
  std::size_t documents_ = 0;
};

}  // namespace minutes::search
