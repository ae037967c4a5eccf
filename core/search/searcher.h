// The search core: everything minutes-searchd answers, callable without a
// socket.  One Searcher per thread (Xapian objects are not thread-safe);
// each holds its own read-only view of the index and reopens it when the
// indexer has committed.
#pragma once

#include <xapian.h>

#include <chrono>
#include <deque>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "search/facet_table.h"
#include "search/passage_spans.h"
#include "search/query.h"
#include "search/remembering_stemmer.h"
#include "search/shown_item.h"
#include "search/types.h"
#include "search/vocabulary.h"

namespace minutes::search {

struct PassageDetail {
  int ordinal = 0;
  std::string type, minute, label, portfolio, lead, text, actor;
  std::vector<std::pair<std::string, std::string>> councillors;  // id, name
  std::string actor_councillor, recipient;                        // ids
};

struct ItemDetail {
  ItemSummary item;
  std::vector<std::pair<std::string, std::string>> councillors;  // id, name
  std::vector<std::pair<std::string, std::string>> acronyms;     // ACR, expansion
  std::vector<PassageDetail> passages;
  std::string source, format;
};

struct Suggestion {
  std::string kind;   // word, councillor, portfolio, committee
  std::string value;  // what to search or filter by
  std::string label;  // what to show
};

struct CouncillorProfile {
  std::string id, name;
  std::vector<FacetCount> portfolios;
  std::vector<FacetCount> councils;
  std::vector<ItemHit> decisions;  // newest first
  std::vector<ItemHit> actions;    // newest first
};

class Searcher {
 public:
  /// What every Searcher of one index generation shares.
  struct Shared {
    std::shared_ptr<const Vocabulary> vocabulary;
    std::shared_ptr<const FacetTable> facets;
    std::shared_ptr<const PassageSpans> passage_spans;
  };

  /// Opens the index; throws std::runtime_error naming the problem
  /// (missing, not an index, wrong schema version).
  explicit Searcher(std::filesystem::path db_path);

  SearchResponse search(const SearchRequest& request);
  /// For exports: up to `limit` items matching a request, each with every
  /// passage that has any of the words and meets the filters (all of its
  /// passages meeting the filters when it matched by its title alone).
  SearchResponse search_all(SearchRequest request, unsigned limit);
  ItemDetail item(const std::string& id);
  /// Every facet value with its item count, over the whole index.
  std::map<std::string, std::vector<FacetCount>> all_facets();
  std::vector<Suggestion> suggest(const std::string& prefix, std::size_t limit);
  CouncillorProfile councillor(const std::string& id);

  /// Reopens the index if the indexer has committed since; true if it had.
  bool refresh();
  Xapian::doccount document_count() const { return db_.get_doccount(); }
  std::chrono::system_clock::time_point last_reopen() const { return last_reopen_; }

 private:
  template <typename F>
  auto with_retry(F&& f) -> decltype(f());
  void open();
  void load_vocabulary();
  /// Reopens the database and names its exact revision (empty if unsure).
  std::string reopen_at_known_revision();
  SearchResponse run_search(const SearchRequest& request);
  /// An item a search found: its id, weight and document.
  struct RankedItem {
    std::string id;
    double weight = 0;
    Xapian::docid docid = 0;
  };
  /// The best `per_item` passages of each of the page's items, by item id.
  std::map<std::string, std::vector<PassageHit>> best_passages(const Xapian::Query& words,
                                                               const Xapian::Query& request_filter,
                                                               const std::vector<RankedItem>& items,
                                                               unsigned per_item);
  /// The passages of the given items: by where the indexer wrote them when
  /// every one's span is known (and fits), else by their item terms.
  Xapian::Query passages_of(const std::vector<RankedItem>& items) const;
  /// What a result shows of an item, kept for the items shown recently
  /// (result pages show the same popular items again and again).
  /// A ranked item's, read from its document (whose docid the ranking gave).
  std::shared_ptr<const ShownItem> shown_item(const RankedItem& item);
  /// The item's stored JSON text; NotFound when there is no such item.
  std::string item_data(const std::string& id);
  /// What pages show of item `id`, from its stored JSON; throws
  /// std::runtime_error naming the item when the data is unreadable or
  /// names another item.
  ShownItem read_shown_item(const std::string& id, const std::string& data);
  /// A passage of an item, without score or snippet.
  static std::optional<PassageHit> passage_hit(const ShownItem& item, const std::string& item_id, int ordinal);
  struct RankedItems {
    std::vector<RankedItem> items;
    std::size_t total_items = 0;                         // matching items, exact when `exact`
    bool exact = false;
    Xapian::doccount upper_bound = 0;                    // matching items at most
  };
  RankedItems rank_items(const BuiltQuery& built, const Xapian::Query& words, SortOrder sort, unsigned first,
                         unsigned count);
  struct FacetPass {
    std::map<std::string, std::vector<FacetCount>> counts;
    std::size_t items = 0;
    bool exact = true;
    bool sparse = false;  // a phrase's sample, stopped short: may have missed matches
  };
  /// Facet counts of `fields` over the items matching words and filter,
  /// from a sample of items when there are many (`known_bound`: how many can match at most, if known).
  FacetPass count_facet_pass(const Xapian::Query& words, const Xapian::Query& filter,
                             const std::vector<schema::FieldId>& fields, std::optional<Xapian::doccount> known_bound);
  /// About how many items a facet pass checks positions for (0 when the
  /// query has no phrase).
  Xapian::doccount phrase_candidates(const Xapian::Query& words, const Xapian::Query& filter);
  static std::vector<schema::FieldId> unfiltered_facets(const BuiltQuery& built);
  void count_facets(const BuiltQuery& built, const Xapian::Query& words, const RankedItems& ranked,
                    const SearchRequest& request, SearchResponse& response);

  /// Recently shown items, dropped on every reopen; about 8 KB each.
  std::unordered_map<std::string, std::shared_ptr<const ShownItem>> item_cache_;
  std::deque<std::string> item_cache_order_;  // oldest first: evicted one at a time
  ShownItemReader item_reader_;
  static constexpr std::size_t kItemCacheSize = 8192;
  void forget_cached_items() {
    item_cache_.clear();
    item_cache_order_.clear();
  }

  std::filesystem::path path_;
  Xapian::Database db_;
  Shared shared_;                                 // this index generation's
  std::shared_ptr<const Vocabulary> vocabulary_;  // = shared_.vocabulary
  std::unique_ptr<QueryBuilder> builder_;
  Xapian::Stem stemmer_ = remembering_english_stemmer();  // for snippets
  std::chrono::steady_clock::time_point last_check_;
  bool reload_pending_ = false;  // a reopen whose state failed to load
  std::chrono::system_clock::time_point last_reopen_;
};

/// The sample level a facet count starts from for a result of at most
/// `matches` items: the smallest j such that 1 in 2^j of them is at most
/// about 500 items (0: count them all).  Public for the benchmarks' floor.
int facet_sample_level(Xapian::doccount matches);

}  // namespace minutes::search
