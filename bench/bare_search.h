// Bare Xapian, the benchmarks' baseline: the query parsed with English
// stemming over the item documents' text, request filters as boolean
// filter terms, top ten.  search-bench times it in process; bare-searchd
// serves it behind the daemon's own HTTP layer.
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

namespace minutes::bench {

class BareSearch {
 public:
  explicit BareSearch(const std::string& db_path);

  /// The top ten items for `q` within `filters` (facet name -> values, OR
  /// within a facet, AND across).  With `exact_counts`, every match's facet
  /// values are also read and counted by Xapian's own spy, as a plain
  /// search engine computing exact facet counts would.
  Xapian::MSet search(const std::string& q, const std::map<std::string, std::vector<std::string>>& filters,
                      bool exact_counts);

  Xapian::Database& db() { return db_; }

 private:
  Xapian::Database db_;
  Xapian::QueryParser parser_;
};

}  // namespace minutes::bench
