// Plain data in and out of the search core: what a client asks, what the
// core answers.  No Xapian, no JSON, no HTTP here.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "schema.h"

namespace minutes::search {

/// A request the core cannot answer as asked: maps to HTTP 400.
class BadRequest : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Something asked for does not exist: maps to HTTP 404.
class NotFound : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class SortOrder { Relevance, Newest, Oldest };

/// The facets a request can filter on and the response counts.
using schema::kFacetFields;

struct SearchRequest {
  std::string q;
  /// Facet name ("portfolio") -> values; OR within a facet, AND across.
  std::map<std::string, std::vector<std::string>> filters;
  std::string from, to;  // YYYY-MM-DD, inclusive; empty = open
  SortOrder sort = SortOrder::Relevance;
  unsigned page = 1;
  unsigned size = 10;
  unsigned passages_per_item = 3;
  bool facets = true;
  /// The most values each facet lists, largest counts first, besides the
  /// values the request filters on; 0: every value.
  unsigned facet_size = 0;
};

struct PassageHit {
  std::string id;  // "<item>:<ordinal>"
  int ordinal = 0;
  std::string type, minute, label, portfolio;
  std::string snippet;  // HTML-escaped, matches in <mark>
  std::string text;     // plain text (for CSV and feeds)
  double score = 0;
};

struct ItemSummary {
  std::string id, title, council, committee, date, url, quarter, item_number;
  std::vector<std::string> portfolios;
};

struct ItemHit {
  ItemSummary item;
  double score = 0;
  bool all_words = true;  // false: shown after them, having most of the words
  std::vector<PassageHit> passages;
};

struct FacetCount {
  std::string value;
  std::size_t count = 0;
};

struct SearchResponse {
  std::string query;
  std::size_t total = 0;  // matching items
  bool total_exact = true;
  unsigned page = 1, size = 10;
  double took_ms = 0;
  std::vector<std::pair<std::string, double>> phases;  // phase name, ms
  std::optional<std::string> suggestion;  // a corrected query
  std::string understood;                 // how the query was read, in words
  std::vector<ItemHit> results;
  std::map<std::string, std::vector<FacetCount>> facets;
  // Per facet: false when its counts were scaled up from a sample of items.
  std::map<std::string, bool> facets_exact;
  // Per facet: how many values were left out of its list by facet_size.
  std::map<std::string, std::size_t> facets_more;
};

}  // namespace minutes::search
