// SearchRequest -> Xapian queries.  The QueryParser is configured from the
// schema table: field prefixes (councillor:yates, portfolio:"learning and
// skills", quarter:2021/22-q2, type:action, committee:, council:, minute:33.4,
// year:2021, title:), date ranges (date:2021-04-01..2022-03-31), English
// stemming, phrases without stemming, AND / OR / NOT, + and -.  Request
// filters are OR within a facet and AND across facets, applied as filters.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "search/types.h"
#include "search/vocabulary.h"

namespace minutes::search {

/// A query with its acronyms expanded, for finding documents and for
/// choosing and highlighting passages.
struct ExpandedQuery {
  std::string ranking;
  std::string display;
};

struct BuiltQuery {
  // Queries match item documents (all their passages' words, and the union
  // of their passages' facets): "SEND transport" with type=decision finds
  // the items about SEND transport that resolved something, whether or not
  // the resolution repeats the words.  The passages shown are chosen by
  // display_words and the filters.
  Xapian::Query all_words;     // default AND; MatchAll when q is empty
  Xapian::Query any_words;     // default OR, for when nothing has every word
  /// The query over passages, any word sufficing: picks an item's passages to show.
  Xapian::Query display_words;
  bool relaxable = false;      // plain words only: relaxing makes sense
  Xapian::Query filter;        // every request filter ANDed (MatchAll if none)
  Xapian::Query passage_filter;  // the facet filters alone: passages carry no dates
  std::map<std::string, Xapian::Query> filter_by_facet;  // each facet's own filter
  std::optional<Xapian::Query> date_range;               // from/to, not a facet
  std::string corrected_q;     // q with misspelt words corrected ("" if none)
  std::vector<std::string> words;  // plain words of q, for "understood"
  std::vector<std::pair<std::string, std::string>> acronyms;  // expanded: ACR -> expansion
};

class QueryBuilder {
 public:
  QueryBuilder(const Xapian::Database& db, const Vocabulary& vocabulary);

  /// Throws BadRequest naming the problem: an unparseable query, an unknown
  /// facet or filter value, a malformed date.
  BuiltQuery build(const SearchRequest& request) const;

  /// The filter term query for one facet value from a user; nullopt when
  /// no such value is indexed.
  std::optional<Xapian::Query> facet_value_query(schema::FieldId field, const std::string& value) const;

 private:
  /// Parses into item terms (itemtext prefix) or passage terms (unprefixed).
  Xapian::Query parse(const std::string& q, Xapian::Query::op default_op, bool passage_terms = false) const;
  ExpandedQuery expand_acronyms(const std::string& q, BuiltQuery& built) const;
  std::string correct_spelling(const std::string& q) const;

  const Xapian::Database& db_;
  const Vocabulary& vocabulary_;
};

/// A fresh query matching every document.  Xapian's Query::MatchAll is a
/// shared static whose reference count is not atomic: copying it from
/// several threads corrupts memory, so it is never used here.
inline Xapian::Query match_all() { return Xapian::Query(std::string()); }

/// The same query as passage documents can answer it: they have no
/// positions, so a phrase (or NEAR) means "all its words" (its little
/// words dropped), and no dates, so a date range leaves them all in.
Xapian::Query for_passages(const Xapian::Query& q);

/// The plain (unprefixed, unquoted, operator-free) words of a query string.
std::vector<std::string> plain_words(const std::string& q);

}  // namespace minutes::search
