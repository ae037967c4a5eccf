// Where each item's passages are, so that choosing the passages shown
// under a page's items needs no item-term lookup per item.  A query over
// passages restricted by the page's item terms looks up each term in every
// shard, a B-tree descent each: for a page of 10 items, 20 descents before
// any passage is matched.  The indexer writes an item's passages one
// after another and records their docids on the item (schema::PassageSpan);
// here a posting source yields exactly those docids, shard by shard.
//
// Docids can move (a compaction that renumbers them, which minutes-index
// never asks for): a span is kept only if its ends are still its item's
// passages, and pages with an item without one choose by item terms.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "schema.h"

namespace minutes::search {

class PassageSpans {
 public:
  /// Reads every item's span, keeping those that still fit.  None are used
  /// when `local_shards` is false (a remote shard cannot run this
  /// program's posting source) or the shards cannot be told apart (a
  /// shard without a UUID).
  PassageSpans(const Xapian::Database& db, bool local_shards);

  /// A query matching just the passages of the given item documents (by
  /// global docid), or nothing when any of them has no known span.
  std::optional<Xapian::Query> passages_of(const std::vector<Xapian::docid>& items) const;

  /// Items with a span that fits.
  std::size_t size() const { return items_.size(); }

 private:
  std::vector<std::string> shard_uuids_;  // in the database's shard order
  std::vector<Xapian::docid> items_;      // item documents, ascending
  std::vector<schema::PassageSpan> spans_;
};

}  // namespace minutes::search
