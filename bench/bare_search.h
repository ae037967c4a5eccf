// Bare Xapian, the benchmarks' baseline: the query parsed with English
// stemming over the item documents' text, request filters as boolean
// filter terms, top ten.  search-bench times it in process; bare-searchd
// serves it behind the daemon's own HTTP layer.
#pragma once

#include <xapian.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "search/passage_spans.h"

namespace minutes::bench {

/// What a bare search does beside ranking the top ten.
enum class BareMode {
  /// Nothing: the baseline the targets are read against.
  TopTen,
  /// Every match's facet values read and counted by Xapian's own spy, as
  /// a plain search engine computing exact facet counts would.
  ExactCounts,
  /// The least minutes-searchd asks of Xapian beside ranking: one more pass
  /// over the query at the facet sample level it starts from (at most
  /// about 500 items), and one pass choosing passages within the ten
  /// items, with nothing counted, snippeted or read from them.  Its cost
  /// beside TopTen is a floor under what minutes-searchd can cost.
  Floor,
};

class BareSearch {
 public:
  /// The passage spans the floor needs are read at construction, and only
  /// for it: reading them warms pages the others would read cold.
  BareSearch(const std::string& db_path, BareMode mode);

  /// The top ten items for `q` within `filters` (facet name -> values, OR
  /// within a facet, AND across), with what the mode adds.
  Xapian::MSet search(const std::string& q, const std::map<std::string, std::vector<std::string>>& filters);

  Xapian::Database& db() { return db_; }

 private:
  /// Floor's two passes after the ranking.
  void floor_passes(const std::string& q, const Xapian::Query& ranked_query, const Xapian::MSet& top);

  Xapian::Database db_;
  Xapian::QueryParser parser_;
  Xapian::QueryParser passage_parser_;  // as passages hold words: stemmed, any of them
  BareMode mode_;
  std::unique_ptr<search::PassageSpans> spans_;  // Floor only
};

}  // namespace minutes::bench
