#include "search/searcher.h"

#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <unordered_set>

#include "index/sharded_index.h"
#include "search/facets.h"
#include "text.h"

namespace minutes::search {

using schema::FieldId;
using nlohmann::json;

namespace {

constexpr auto kRefreshInterval = std::chrono::milliseconds(500);
constexpr unsigned kMaxPageSize = 100;
constexpr unsigned kMaxPage = 10000;
// Facet counts visit every match up to about this many documents; beyond,
// they visit a fixed sample of 1 in 2^j items (sample terms) and scale up.
constexpr Xapian::doccount kFacetSample = 500;
// A facet pass over a phrase checks positions for each candidate (items
// with all its words); past about this many, it counts from a sample.
constexpr Xapian::doccount kPhraseCandidates = 500;

Xapian::Query kind(std::string_view k) { return Xapian::Query(schema::make_raw_term(FieldId::Kind, k)); }

/// Whether a term is free text of one kind of document: passages'
/// stemmed words, or items' itemtext terms.  Boolean terms (filters) are on
/// items and passages alike.
bool is_text_term(const std::string& whole, bool item_text) {
  std::string_view term(whole);
  if (term.size() > 1 && term[0] == 'Z') term.remove_prefix(1);  // stemmed
  const auto prefix = schema::prefix(FieldId::ItemText);
  if (item_text) return term.substr(0, prefix.size()) == prefix;
  return !term.empty() && !text::is_upper_ascii(term[0]);
}

/// Whether every document the query matches must have one of that kind's
/// text terms: then only that kind of document can match.
bool requires_text(const Xapian::Query& q, bool item_text) {
  const auto n = q.get_num_subqueries();
  switch (q.get_type()) {
    case Xapian::Query::LEAF_TERM:
      return q.get_terms_begin() != q.get_terms_end() && is_text_term(*q.get_terms_begin(), item_text);
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_PHRASE:
    case Xapian::Query::OP_NEAR:
      for (std::size_t i = 0; i < n; ++i)
        if (requires_text(q.get_subquery(i), item_text)) return true;
      return false;
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_SCALE_WEIGHT:
      return n > 0 && requires_text(q.get_subquery(0), item_text);
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_MAX:
    case Xapian::Query::OP_ELITE_SET:
      for (std::size_t i = 0; i < n; ++i)
        if (!requires_text(q.get_subquery(i), item_text)) return false;
      return n > 0;
    default:
      return false;
  }
}

/// Restricts a query to one kind of document; when its own text terms
/// already do, the kind filter is left out: a posting list intersection saved.
Xapian::Query only(std::string_view document_kind, const Xapian::Query& words, const Xapian::Query& filter) {
  if (requires_text(words, document_kind == schema::kKindItem)) return Xapian::Query(Xapian::Query::OP_FILTER, words, filter);
  return Xapian::Query(Xapian::Query::OP_FILTER, words, Xapian::Query(Xapian::Query::OP_AND, filter, kind(document_kind)));
}

/// Passages of items: to choose what to show under each.
Xapian::Query passages_only(const Xapian::Query& words, const Xapian::Query& filter) {
  return only(schema::kKindPassage, words, filter);
}

/// Searches rank item documents: the words over everything the item says,
/// filters over the union of its passages' facets.
Xapian::Query items_only(const Xapian::Query& words, const Xapian::Query& filter) {
  return only(schema::kKindItem, words, filter);
}

/// The phrase (and NEAR) subqueries of a query: matching them checks word
/// positions, so each candidate costs position list reads, and counting a
/// sparse result in full costs as much as ranking the words without their
/// filters.
void collect_phrases(const Xapian::Query& q, std::vector<Xapian::Query>& out) {
  if (q.get_type() == Xapian::Query::OP_PHRASE || q.get_type() == Xapian::Query::OP_NEAR) {
    out.push_back(q);
    return;
  }
  for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) collect_phrases(q.get_subquery(i), out);
}

std::string field_name(FieldId f) { return std::string(schema::field(f).name); }

std::vector<std::pair<std::string, std::string>> councillor_pairs(const json& list) {
  std::vector<std::pair<std::string, std::string>> out;
  if (!list.is_array()) return out;
  for (const auto& c : list) out.emplace_back(c.value("id", ""), c.value("name", ""));
  return out;
}

std::string describe_filters(const SearchRequest& r) {
  std::string out;
  for (const auto& [name, values] : r.filters) {
    out += "; " + name + ": ";
    for (std::size_t i = 0; i < values.size(); ++i) out += (i ? " or " : "") + values[i];
  }
  if (!r.from.empty()) out += "; from " + r.from;
  if (!r.to.empty()) out += "; to " + r.to;
  return out;
}

/// What names the exact state of every shard of the index at `path`, read
/// from disk: each shard's revision and identity (a compaction replaces a
/// shard's directory).  Empty when it cannot be told (remote shards).
std::string revision_key(const std::filesystem::path& path) {
  auto shard_key = [](const std::filesystem::path& dir) {
    struct stat st {};
    const auto ino = ::stat((dir / "iamglass").c_str(), &st) == 0 ? st.st_ino : 0;
    return std::to_string(ino) + ":" + std::to_string(Xapian::Database(dir.string()).get_revision()) + "/";
  };
  const auto stub = path / index::ShardedIndex::kStubName;
  try {
    if (!std::filesystem::exists(stub)) return shard_key(path);
    std::string key;
    for (const auto& shard : index::ShardedIndex::shard_names(stub)) key += shard_key(path / shard);
    return key;
  } catch (const Xapian::DatabaseOpeningError&) {
    // A shard being swapped for its compacted copy: no name for this
    // state, so it is not shared (the caller builds its own).
    return {};
  } catch (const std::runtime_error&) {
    // Remote shards (or a stub being rewritten): likewise unnamed.
    return {};
  }
}

/// Whether every shard of the index at `path` is a local database (a
/// remote one cannot run this program's own posting sources).
bool all_shards_local(const std::filesystem::path& path) {
  const auto stub = path / index::ShardedIndex::kStubName;
  if (!std::filesystem::exists(stub)) return true;
  try {
    index::ShardedIndex::shard_names(stub);
    return true;
  } catch (const std::runtime_error&) {
    return false;  // it names a remote shard (or is being rewritten: spans are an optimisation)
  }
}

/// The vocabulary (glossary, councillors, words for spelling), the facet
/// table and the passage spans are the same for every thread reading one
/// revision of an index: build them once.  The table and the spans hold
/// docids, so a revision must be named exactly (`key`); without one,
/// nothing is shared.
Searcher::Shared shared_state(const std::filesystem::path& path, const Xapian::Database& db, const std::string& key) {
  auto build = [&] {
    return Searcher::Shared{std::make_shared<const Vocabulary>(db), std::make_shared<const FacetTable>(db),
                            std::make_shared<const PassageSpans>(db, all_shards_local(path))};
  };
  if (key.empty()) return build();
  static std::mutex mutex;
  static std::map<std::string, std::pair<std::string, Searcher::Shared>> cache;
  std::lock_guard lock(mutex);
  auto& entry = cache[path.string()];
  if (!entry.second.vocabulary || entry.first != key) entry = {key, build()};
  return entry.second;
}

}  // namespace

int facet_sample_level(Xapian::doccount matches) {
  int j = 0;
  while (j < schema::kMaxSampleLevel && (matches >> j) > kFacetSample) ++j;
  return j;
}

Searcher::Searcher(std::filesystem::path db_path) : path_(std::move(db_path)) { open(); }

void Searcher::open() {
  try {
    db_ = Xapian::Database(path_.string());
  } catch (const Xapian::DatabaseNotFoundError&) {
    throw std::runtime_error("no index at " + path_.string() + ": run minutes-index --db " + path_.string() + " first");
  } catch (const Xapian::Error& e) {
    throw std::runtime_error("cannot open index " + path_.string() + ": " + e.get_description());
  }
  const auto version = db_.get_metadata(std::string(schema::kMetaSchemaVersion));
  if (version != schema::kSchemaVersion)
    throw std::runtime_error("index " + path_.string() + " has schema version \"" + version + "\", expected " +
                             std::string(schema::kSchemaVersion) + ": re-create it with minutes-index");
  load_vocabulary();
  last_check_ = std::chrono::steady_clock::now();
}

std::string Searcher::reopen_at_known_revision() {
  // Revisions read before and after the reopen agree: the database is at
  // exactly that state.  An index committing continuously gets no key.
  for (int attempt = 0; attempt < 3; ++attempt) {
    const auto before = revision_key(path_);
    db_.reopen();
    if (!before.empty() && revision_key(path_) == before) return before;
  }
  return {};
}

void Searcher::load_vocabulary() {
  // Built aside, then swapped in together: a failure leaves the old state
  // whole, and the next request tries again.
  reload_pending_ = true;
  const auto key = reopen_at_known_revision();
  auto shared = shared_state(path_, db_, key);
  auto builder = std::make_unique<QueryBuilder>(db_, *shared.vocabulary);
  shared_ = std::move(shared);
  vocabulary_ = shared_.vocabulary;
  builder_ = std::move(builder);
  forget_cached_items();
  last_reopen_ = std::chrono::system_clock::now();
  reload_pending_ = false;
}

bool Searcher::refresh() {
  const auto now = std::chrono::steady_clock::now();
  if (!reload_pending_ && now - last_check_ < kRefreshInterval) return false;
  last_check_ = now;
  if (!reload_pending_ && !db_.reopen()) return false;
  load_vocabulary();
  return true;
}

template <typename F>
auto Searcher::with_retry(F&& f) -> decltype(f()) {
  try {
    refresh();
    return f();
  } catch (const Xapian::DatabaseModifiedError&) {
    // The indexer committed twice while we read: reopen and try once more.
    load_vocabulary();
    return f();
  }
}

std::string Searcher::item_data(const std::string& id) {
  const auto term = schema::make_raw_term(FieldId::Id, "i:" + id);
  auto it = db_.postlist_begin(term);
  if (it == db_.postlist_end(term)) throw NotFound("no item \"" + id + "\"");
  return db_.get_document(*it).get_data();
}

ShownItem Searcher::read_shown_item(const std::string& id, const std::string& data) {
  try {
    auto item = item_reader_.read(data);
    // On-demand parsing checks only what it reads: an item whose data does
    // not name it is damaged (or the docid is not the item's).
    if (item.summary.id != id) throw std::runtime_error("its data names item \"" + item.summary.id + "\"");
    return item;
  } catch (const std::runtime_error& e) {
    throw std::runtime_error("item " + id + ": " + e.what());
  }
}

std::shared_ptr<const ShownItem> Searcher::shown_item(const RankedItem& ranked) {
  const auto& id = ranked.id;
  if (auto it = item_cache_.find(id); it != item_cache_.end()) return it->second;
  // By the docid the ranking found it at: looking its id term up in every
  // shard again cost a tenth of reading the item.
  auto item = std::make_shared<const ShownItem>(
      read_shown_item(id, db_.get_document(ranked.docid, Xapian::DOC_ASSUME_VALID).get_data()));
  // Bounded by dropping the oldest entry, one at a time: clearing the whole
  // cache when full freed 8,192 items at once, a 10 ms pause in the middle
  // of whichever search filled it.
  if (item_cache_.size() >= kItemCacheSize) {
    item_cache_.erase(item_cache_order_.front());
    item_cache_order_.pop_front();
  }
  item_cache_.emplace(id, item);
  item_cache_order_.push_back(id);
  return item;
}

Xapian::Query Searcher::passages_of(const std::vector<RankedItem>& items) const {
  std::vector<Xapian::docid> docids;
  for (const auto& item : items) docids.push_back(item.docid);
  if (auto q = shared_.passage_spans->passages_of(docids)) return *q;
  std::vector<Xapian::Query> terms;
  for (const auto& item : items) terms.emplace_back(schema::make_raw_term(FieldId::Item, item.id));
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

std::map<std::string, std::vector<PassageHit>> Searcher::best_passages(const Xapian::Query& words,
                                                                       const Xapian::Query& request_filter,
                                                                       const std::vector<RankedItem>& page,
                                                                       unsigned per_item) {
  std::map<std::string, std::vector<PassageHit>> by_item;
  if (page.empty() || per_item == 0) return by_item;
  // One pass for the whole page: the query's words within the page's
  // items and the request's filters (with type=decision an item shows its
  // decisions), collapsed to the best few passages of each item.
  auto pass = [&](const Xapian::Query& ranked_by, const std::vector<RankedItem>& items) {
    Xapian::Enquire enquire(db_);
    enquire.set_query(passages_only(ranked_by, Xapian::Query(Xapian::Query::OP_AND, request_filter,
                                                             passages_of(items))));
    enquire.set_collapse_key(schema::slot(FieldId::Item), per_item);
    // Without words to rank by: an item's passages in their order.  With
    // words, the ordinal only breaks ties; either way each hit's item (its
    // collapse key) and ordinal (its sort key) come with the MSet, read
    // from value streams during the match: no document is fetched.
    if (ranked_by.get_type() == Xapian::Query::LEAF_MATCH_ALL) enquire.set_sort_by_value(schema::slot(FieldId::Ordinal), false);
    else enquire.set_sort_by_relevance_then_value(schema::slot(FieldId::Ordinal), false);
    const auto mset = enquire.get_mset(0, static_cast<Xapian::doccount>(items.size() * per_item));
    for (auto m = mset.begin(); m != mset.end(); ++m) {
      const auto item_id = m.get_collapse_key();
      const auto ordinal = static_cast<int>(Xapian::sortable_unserialise(m.get_sort_key()));
      const auto ranked = std::find_if(items.begin(), items.end(), [&](const RankedItem& i) { return i.id == item_id; });
      if (ranked == items.end()) continue;  // cannot happen: the pass is within these items
      auto hit = passage_hit(*shown_item(*ranked), item_id, ordinal);
      if (!hit) continue;
      hit->score = m.get_weight();
      hit->snippet = mset.snippet(hit->text, 320, stemmer_, Xapian::MSet::SNIPPET_EXHAUSTIVE, "<mark>", "</mark>", "…");
      by_item[item_id].push_back(std::move(*hit));
    }
  };
  pass(words, page);
  // An item can match by its title alone, or by words in passages other
  // than those the filters choose: it shows its first chosen passages.
  std::vector<RankedItem> without;
  for (const auto& item : page)
    if (!by_item.count(item.id)) without.push_back(item);
  if (!without.empty() && words.get_type() != Xapian::Query::LEAF_MATCH_ALL) pass(match_all(), without);
  return by_item;
}

std::optional<PassageHit> Searcher::passage_hit(const ShownItem& item, const std::string& item_id, int ordinal) {
  if (ordinal < 0 || static_cast<std::size_t>(ordinal) >= item.passages.size()) return std::nullopt;
  const auto& p = item.passages[static_cast<std::size_t>(ordinal)];
  PassageHit hit;
  hit.id = item_id + ":" + std::to_string(ordinal);
  hit.ordinal = ordinal;
  hit.type = p.type;
  hit.minute = p.minute;
  hit.label = p.label;
  hit.portfolio = p.portfolio;
  hit.text = p.text;
  return hit;
}

Xapian::doccount Searcher::phrase_candidates(const Xapian::Query& words, const Xapian::Query& filter) {
  // Per phrase in the query (an acronym's expansions are several), the
  // items with all of its words in any order and the filters: the share of
  // items holding each word, multiplied as if words met independently,
  // times the share of items the filters keep.  Worked out from term
  // frequencies here: Xapian's own estimate of the AND is a whole number of
  // documents over the whole index, passages included, and for three
  // words ("the affordable housing") it came out as 0 before anything
  // could correct it, so the phrase's facets were counted in full (16 ms).
  std::vector<Xapian::Query> phrases;
  collect_phrases(words, phrases);
  if (phrases.empty()) return 0;
  const double items = static_cast<double>(std::max<std::size_t>(shared_.facets->item_count(), 1));
  const double documents = static_cast<double>(std::max<Xapian::doccount>(db_.get_doccount(), 1));
  double kept = 1;
  if (filter.get_type() != Xapian::Query::LEAF_MATCH_ALL) {
    Xapian::Enquire enquire(db_);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, kind(schema::kKindItem), filter));
    kept = std::min(1.0, static_cast<double>(enquire.get_mset(0, 0).get_matches_estimated()) / items);
  }
  double candidates = 0;
  for (const auto& phrase : phrases) {
    double share = kept;
    for (auto t = phrase.get_unique_terms_begin(); t != phrase.get_unique_terms_end(); ++t) {
      // Item text terms are on items only; anything else on any document.
      const double among = is_text_term(*t, true) ? items : documents;
      share *= std::min(1.0, static_cast<double>(db_.get_termfreq(*t)) / among);
    }
    candidates += items * share;
  }
  return static_cast<Xapian::doccount>(std::min(candidates, items));
}

Searcher::FacetPass Searcher::count_facet_pass(const Xapian::Query& words, const Xapian::Query& filter,
                                               const std::vector<FieldId>& fields,
                                               std::optional<Xapian::doccount> known_bound) {
  const auto query = items_only(words, filter);
  Xapian::Enquire enquire(db_);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  // Start from the sample level the result's size calls for, by an upper
  // bound: the ranking pass's, or else the one Xapian knows from term
  // statistics without matching (estimates of a top-10 match can be 100
  // times too low).  Step down while the sample is too small to say much.
  enquire.set_query(query);
  const auto at_most = known_bound ? *known_bound : enquire.get_mset(0, 0).get_matches_upper_bound();
  int level = facet_sample_level(at_most);
  // A phrase's bound is loose (its words often meet out of order), and a
  // pass at level j checks positions for 1 in 2^j of its candidates: with
  // phrases, stepping down stops where that is about kPhraseCandidates,
  // and a sparse sample there gives estimates rather than a pass costing
  // what ranking the words without their filters would.
  int floor = 0;
  // (Only a pass starting above level 0 can stop short of it.)
  const auto candidates = level > 0 ? phrase_candidates(words, filter) : 0;  // 0 without phrases
  while (floor < level && (candidates >> floor) > kPhraseCandidates) ++floor;
  while (true) {
    if (level > 0) {
      const Xapian::Query sample(schema::make_raw_term(FieldId::Sample, std::to_string(level)));
      enquire.set_query(items_only(words, Xapian::Query(Xapian::Query::OP_AND, filter, sample)));
    } else {
      enquire.set_query(query);
    }
    // The sample's (or small result's) items themselves, by global docid.
    FacetCounter counter(*shared_.facets, fields);
    // Asking for no more than can match: Xapian reserves room for as many
    // as are asked for.
    const auto matches = enquire.get_mset(0, std::clamp<Xapian::doccount>(at_most, 1, db_.get_doccount()));
    for (auto m = matches.begin(); m != matches.end(); ++m) counter.add(*m);
    const auto seen = counter.items();
    if (level > floor && seen < kFacetSample / 2) {
      // Too few: go to the level that the sample's own size calls for.
      const auto scaled = static_cast<Xapian::doccount>(std::max<std::size_t>(seen, 1) << level);
      // An empty sample of a result its upper bound called big: the bound
      // was loose (words that rarely meet), so count in full (or, for a
      // phrase, at its floor).
      level = std::max(floor, seen == 0 ? 0 : std::min(level - 1, facet_sample_level(scaled)));
      continue;
    }
    if (seen == 0 && level > 0 && level > floor - 2) {
      // Nothing at a phrase's floor: up to two levels denser (at most four
      // times its cost) rather than no facets at all for a result.
      --level;
      continue;
    }
    FacetPass out;
    out.exact = level == 0;
    out.sparse = level > 0 && seen < kFacetSample / 2;
    const std::size_t scale = std::size_t{1} << level;
    for (auto f : fields) {
      auto counts = counter.counts(f);
      for (auto& c : counts) c.count *= scale;
      out.counts[field_name(f)] = std::move(counts);
    }
    out.items = counter.items() * scale;
    return out;
  }
}

/// A filtered facet's one selected value matches exactly the result
/// itself: its count is the total, whatever a sample of the result
/// without that filter saw.
static void keep_selected_count(std::vector<FacetCount>& counts, const SearchRequest& request,
                                const std::string& facet, std::size_t total) {
  const auto selected = request.filters.find(facet);
  if (selected == request.filters.end() || selected->second.size() != 1) return;
  // Requests may name a value as its term does ("2021/22-q2").  One the
  // sample missed is added as named, except a councillor, named by id or
  // surname where the facet lists names.
  if (total == 0) return;
  const auto& value = selected->second.front();
  const auto wanted = schema::normalise_value(value);
  auto at = std::find_if(counts.begin(), counts.end(),
                         [&](const FacetCount& c) { return schema::normalise_value(c.value) == wanted; });
  if (at != counts.end()) at->count = total;
  else if (facet == field_name(FieldId::Councillor)) return;
  else counts.push_back({value, total});
  sort_by_count(counts);
}

std::vector<FieldId> Searcher::unfiltered_facets(const BuiltQuery& built) {
  std::vector<FieldId> plain;
  for (auto f : kFacetFields)
    if (!built.filter_by_facet.count(field_name(f))) plain.push_back(f);
  return plain;
}

void Searcher::count_facets(const BuiltQuery& built, const Xapian::Query& words, const RankedItems& ranked,
                            const SearchRequest& request, SearchResponse& response) {
  // Facets without an active filter are counted over the full result;
  // each filtered facet over the result without its own filter, so that
  // the page can offer its alternatives.  Each count visits at most about
  // kFacetSample documents: past that, a sample, and the counts say so.
  // The ranking pass's upper bound tells the first count how big the
  // result may be.
  if (ranked.exact && ranked.total_items == 0) {
    // Nothing matched: no pass needed (a phrase's pass can cost as much as
    // the ranking that found nothing).
    for (auto f : unfiltered_facets(built)) {
      response.facets[field_name(f)] = {};
      response.facets_exact[field_name(f)] = true;
    }
    response.total = 0;
    response.total_exact = true;
  } else {
    // When the ranking pass counted the result exactly (it often does for
    // small ones), that count chooses the sample level; else its bound.
    const auto size = ranked.exact ? static_cast<Xapian::doccount>(ranked.total_items) : ranked.upper_bound;
    auto main = count_facet_pass(words, built.filter, unfiltered_facets(built), size);
    for (auto& [name, counts] : main.counts) {
      response.facets[name] = std::move(counts);
      response.facets_exact[name] = main.exact;
    }
    // An exact count from the ranking beats the sample's estimate; a sparse
    // sample (a phrase's, see count_facet_pass) may have missed what the
    // ranking found.
    response.total = ranked.exact ? ranked.total_items
                     : main.sparse ? std::max<std::size_t>(main.items, ranked.total_items)
                                   : main.items;
    response.total_exact = ranked.exact || main.exact;
  }
  for (const auto& facet : built.filter_by_facet) {
    const auto& name = facet.first;
    std::vector<Xapian::Query> others;
    for (const auto& [other_name, q] : built.filter_by_facet)
      if (other_name != name) others.push_back(q);
    // The date range is not a facet: it always applies.
    if (built.date_range) others.push_back(*built.date_range);
    Xapian::Query without_own = others.empty() ? match_all()
                                               : Xapian::Query(Xapian::Query::OP_AND, others.begin(), others.end());
    auto own = count_facet_pass(words, without_own, {*schema::field_by_name(name)}, std::nullopt);
    response.facets[name] = std::move(own.counts[name]);
    if (!own.exact) keep_selected_count(response.facets[name], request, name, response.total);
    response.facets_exact[name] = own.exact;
  }
}

/// Each facet's list cut to the request's facet_size, largest counts
/// first (the lists are in that order), keeping every value the request
/// filters on wherever it stands; what was cut is counted, so that a page
/// can offer the rest.
static void limit_facet_lists(const SearchRequest& request, SearchResponse& response) {
  for (auto& [name, counts] : response.facets) {
    std::size_t left_out = 0;
    if (request.facet_size > 0 && counts.size() > request.facet_size) {
      const auto selected = request.filters.find(name);
      auto is_selected = [&](const FacetCount& c) {
        if (selected == request.filters.end()) return false;
        const auto value = schema::normalise_value(c.value);
        return std::any_of(selected->second.begin(), selected->second.end(),
                           [&](const std::string& v) { return schema::normalise_value(v) == value; });
      };
      std::vector<FacetCount> kept;
      for (std::size_t i = 0; i < counts.size(); ++i) {
        if (i < request.facet_size || is_selected(counts[i])) kept.push_back(std::move(counts[i]));
        else ++left_out;
      }
      counts = std::move(kept);
    }
    response.facets_more[name] = left_out;
  }
}

Searcher::RankedItems Searcher::rank_items(const BuiltQuery& built, const Xapian::Query& words, SortOrder sort,
                                           unsigned first, unsigned count) {
  Xapian::Enquire enquire(db_);
  enquire.set_query(items_only(words, built.filter));
  const bool browse = words.get_type() == Xapian::Query::LEAF_MATCH_ALL;
  if (sort == SortOrder::Newest || (browse && sort == SortOrder::Relevance))
    enquire.set_sort_by_value_then_relevance(schema::slot(FieldId::Date), true);
  else if (sort == SortOrder::Oldest)
    enquire.set_sort_by_value_then_relevance(schema::slot(FieldId::Date), false);
  const auto mset = enquire.get_mset(first, count);
  RankedItems out;
  out.upper_bound = mset.get_matches_upper_bound();
  out.total_items = mset.get_matches_estimated();
  out.exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
  for (auto m = mset.begin(); m != mset.end(); ++m)
    out.items.push_back({m.get_document().get_value(schema::slot(FieldId::Item)), m.get_weight(), *m});
  return out;
}

SearchResponse Searcher::search(const SearchRequest& request) {
  return with_retry([&] { return run_search(request); });
}

SearchResponse Searcher::run_search(const SearchRequest& request) {
  const auto started = std::chrono::steady_clock::now();
  if (request.size == 0 || request.size > kMaxPageSize)
    throw BadRequest("size must be from 1 to " + std::to_string(kMaxPageSize));
  if (request.page == 0 || request.page > kMaxPage) throw BadRequest("page must be from 1 to " + std::to_string(kMaxPage));
  const auto built = builder_->build(request);

  SearchResponse response;
  response.query = request.q;
  response.page = request.page;
  response.size = request.size;
  // Where the time goes, phase by phase, for benchmarks.
  auto mark = started;
  auto lap = [&](const char* phase) {
    const auto now = std::chrono::steady_clock::now();
    response.phases.emplace_back(phase, std::chrono::duration<double, std::milli>(now - mark).count());
    mark = now;
  };
  lap("parse");

  const unsigned first = (request.page - 1) * request.size;
  Xapian::Query words = built.all_words;
  auto ranked = rank_items(built, words, request.sort, first, request.size);
  lap("rank");
  const std::string unit = "items";
  std::string how;
  bool relaxed = false;
  if (request.q.empty()) {
    how = "every " + unit.substr(0, unit.size() - 1);
  } else if (ranked.upper_bound == 0 && built.relaxable) {
    words = built.any_words;
    relaxed = true;
    ranked = rank_items(built, words, request.sort, first, request.size);
    lap("relax");
    how = "no " + unit.substr(0, unit.size() - 1) + " has all of the words, so " + unit + " with most of them";
  } else {
    how = built.words.size() > 1 ? unit + " with all of the words" : unit + " matching the query";
  }
  if (!built.corrected_q.empty()) {
    response.suggestion = built.corrected_q;
    how += " (searched for \"" + built.corrected_q + "\" because \"" + request.q + "\" matched nothing)";
  }
  for (const auto& [acronym, expansion] : built.acronyms) how += "; " + acronym + " also as \"" + expansion + "\"";
  how += describe_filters(request);
  how += request.sort == SortOrder::Newest || (request.q.empty() && request.sort == SortOrder::Relevance) ? "; newest first"
         : request.sort == SortOrder::Oldest ? "; oldest first" : "; best first";
  response.understood = how;
  response.total = ranked.total_items;
  response.total_exact = ranked.exact;

  // The page's items with their best passages; passages are chosen by the
  // query's words over passages (for a relaxed query, by its words too).
  const Xapian::Query& display = built.display_words;
  auto add_hits = [&](const std::vector<RankedItem>& items, const Xapian::Query& passages_by, bool all_words) {
    std::vector<RankedItem> page;
    for (const auto& item : items) {
      if (response.results.size() + page.size() >= request.size) break;
      const bool shown = std::any_of(response.results.begin(), response.results.end(),
                                     [&](const ItemHit& h) { return h.item.id == item.id; });
      const bool listed = std::any_of(page.begin(), page.end(), [&](const RankedItem& p) { return p.id == item.id; });
      if (!shown && !listed) page.push_back(item);
    }
    auto passages = best_passages(passages_by, built.passage_filter, page, request.passages_per_item);
    for (const auto& item : page) {
      ItemHit hit;
      hit.item = shown_item(item)->summary;
      hit.score = item.weight;
      hit.all_words = all_words;
      hit.passages = std::move(passages[item.id]);
      response.results.push_back(std::move(hit));
    }
  };
  add_hits(ranked.items, display, !relaxed);
  lap("passages");
  if (request.facets) {
    count_facets(built, words, ranked, request, response);
    limit_facet_lists(request, response);
    lap("facets");
  }
  // Items with all of the words come first; when they do not fill the
  // first page, items with most of the words follow them.
  const bool all_first = built.relaxable && request.page == 1 && !response.results.empty() &&
                         response.results.size() < request.size && !relaxed;
  if (all_first) {
    const Xapian::Query most(Xapian::Query::OP_AND_NOT, built.any_words, built.all_words);
    const auto before = response.results.size();
    add_hits(rank_items(built, most, request.sort, 0, request.size).items, display, false);
    if (response.results.size() > before) response.understood += "; then items with most of the words";
    lap("most_words");
  }
  response.took_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return response;
}

SearchResponse Searcher::search_all(SearchRequest request, unsigned limit) {
  request.page = 1;
  request.size = std::min(limit, kMaxPageSize);
  request.passages_per_item = 1000;
  request.facets = false;
  SearchResponse all = search(request);
  // Totals without facet counting are estimates: page on until a page
  // comes back short.
  bool full_page = all.results.size() >= request.size;
  while (all.results.size() < limit && full_page) {
    ++request.page;
    auto more = search(request);
    full_page = more.results.size() >= request.size;
    for (auto& r : more.results) all.results.push_back(std::move(r));
  }
  return all;
}

ItemDetail Searcher::item(const std::string& id) {
  return with_retry([&] {
    const auto raw = item_data(id);
    ItemDetail d;
    // The summary as result pages read it; the rest, which only this
    // endpoint shows, from the whole JSON.
    d.item = read_shown_item(id, raw).summary;
    const auto data = json::parse(raw, nullptr, false);
    if (!data.is_object()) throw std::runtime_error("item " + id + " has unreadable data");
    d.councillors = councillor_pairs(data["councillors"]);
    for (const auto& [acr, exp] : data["acronyms"].items()) d.acronyms.emplace_back(acr, exp.get<std::string>());
    d.source = data.value("source", "");
    d.format = data.value("format", "");
    for (const auto& p : data["passages"]) {
      PassageDetail pd;
      pd.ordinal = p.value("ordinal", 0);
      pd.type = p.value("type", "");
      pd.minute = p.value("minute", "");
      pd.label = p.value("label", "");
      pd.portfolio = p.value("portfolio", "");
      pd.lead = p.value("lead", "");
      pd.text = p.value("text", "");
      pd.actor = p.value("actor", "");
      pd.councillors = councillor_pairs(p["councillors"]);
      if (p.contains("actor_councillor")) pd.actor_councillor = p["actor_councillor"].value("id", "");
      if (p.contains("recipient")) pd.recipient = p["recipient"].value("id", "");
      d.passages.push_back(std::move(pd));
    }
    return d;
  });
}

std::map<std::string, std::vector<FacetCount>> Searcher::all_facets() {
  return with_retry([&] {
    // Item documents carry the union of their passages' facets; the
    // table has every item's counted already.
    const auto& table = *shared_.facets;
    std::map<std::string, std::vector<FacetCount>> out;
    for (auto f : kFacetFields) out[field_name(f)];
    for (FacetTable::ValueId id = 0; id < table.value_count(); ++id)
      out[field_name(kFacetFields[table.facet_of(id)])].push_back({table.value(id), table.items_with(id)});
    for (auto& [name, counts] : out) sort_by_count(counts);
    return out;
  });
}

std::vector<Suggestion> Searcher::suggest(const std::string& raw, std::size_t limit) {
  return with_retry([&] {
    std::vector<Suggestion> out;
    const auto prefix = text::to_lower_ascii(text::trim(raw));
    if (prefix.empty()) return out;
    auto starts_or_contains_word = [&](const std::string& value) {
      const auto lower = text::to_lower_ascii(value);
      return lower.rfind(prefix, 0) == 0 || lower.find(" " + prefix) != std::string::npos;
    };
    for (const auto& [id, name] : vocabulary_->councillors())
      if (out.size() < limit && starts_or_contains_word(name)) out.push_back({"councillor", id, name});
    const auto facets = all_facets();
    for (const char* facet : {"portfolio", "committee"})
      for (const auto& fc : facets.at(facet))
        if (out.size() < limit && starts_or_contains_word(fc.value)) out.push_back({facet, fc.value, fc.value});
    // The last word of what was typed is completed from the text's words.
    const auto space = prefix.rfind(' ');
    const auto head = space == std::string::npos ? std::string{} : prefix.substr(0, space + 1);
    const auto last = space == std::string::npos ? prefix : prefix.substr(space + 1);
    if (last.size() >= 2)
      for (const auto& w : vocabulary_->completions(last, limit))
        if (out.size() < limit) out.push_back({"word", head + w, head + w});
    return out;
  });
}

CouncillorProfile Searcher::councillor(const std::string& id) {
  auto name = vocabulary_->councillor_name(id);
  if (!name || !db_.term_exists(schema::make_raw_term(FieldId::Councillor, id)))
    throw NotFound("no councillor \"" + id + "\"");
  CouncillorProfile profile;
  profile.id = id;
  profile.name = *name;
  SearchRequest r;
  r.filters["councillor"] = {id};
  r.size = 50;
  r.sort = SortOrder::Newest;
  const auto all = search(r);
  profile.portfolios = all.facets.at("portfolio");
  profile.councils = all.facets.at("council");
  for (const char* type : {"decision", "action"}) {
    r.filters["type"] = {type};
    r.facets = false;
    auto typed = search(r);
    // Filters hold for an item when any passage meets each; only items
    // with a passage that is of this type and names them are theirs.
    auto& list = std::string_view(type) == "decision" ? profile.decisions : profile.actions;
    for (auto& hit : typed.results)
      if (!hit.passages.empty()) list.push_back(std::move(hit));
  }
  return profile;
}

}  // namespace minutes::search
