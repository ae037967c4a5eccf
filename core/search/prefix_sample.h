// Facet counts from the ranking pass itself, over its first matches.
//
// Xapian shows a MatchSpy every match, in docid order, until
// check_at_least documents have matched; only then does it start skipping
// documents that cannot reach the page.  The indexer writes items in a
// shuffled order (indexer/run.cc), so the first `size` matches are a fair
// random sample of the result: counted, and scaled by the share of the
// index they were drawn from, they estimate every facet's counts without a
// second pass.  With fewer matches than that, the spy saw them all and the
// counts are exact.
//
// With several shards, Xapian 1.4 matches one shard after another and
// shows the spy each shard's own docids.  The spy takes a new shard to
// begin where docids stop rising, and checks which shard it is in by the
// item id of the first document there and of every 64th: when anything
// disagrees it stops, and the searcher counts with a pass of its own.
#pragma once

#include <xapian.h>

#include <vector>

#include "search/facet_table.h"
#include "search/facets.h"

namespace minutes::search {

class PrefixSample : public Xapian::MatchSpy {
 public:
  /// Counts `fields` over the first `size` matches; `table` must outlive it.
  PrefixSample(const FacetTable& table, const std::vector<schema::FieldId>& fields, Xapian::doccount size);

  void operator()(const Xapian::Document& doc, double weight) override;

  /// What to pass as check_at_least.
  Xapian::doccount size() const { return size_; }
  /// Whether the counts can be trusted (every document placed in its shard).
  bool usable() const { return !lost_; }
  /// Whether the spy saw every match (fewer than `size`): exact counts.
  bool complete() const { return counted_ < size_; }
  std::size_t counted() const { return counted_; }
  /// Items in the whole index per item in the part the sample came from.
  double scale() const;
  const FacetCounter& counter() const { return counter_; }

 private:
  bool locate(const Xapian::Document& doc, Xapian::docid local, bool new_shard);

  const FacetTable& table_;
  FacetCounter counter_;
  Xapian::doccount size_;
  std::size_t counted_ = 0;
  std::size_t shard_ = 0;
  Xapian::docid last_local_ = 0;
  bool lost_ = false;
};

}  // namespace minutes::search
