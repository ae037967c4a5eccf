#include "bare_search.h"

#include "schema.h"
#include "search/searcher.h"

namespace minutes::bench {

using schema::FieldId;

BareSearch::BareSearch(const std::string& db_path, BareMode mode)
    : db_(db_path),
      mode_(mode),
      spans_(mode == BareMode::Floor ? std::make_unique<search::PassageSpans>(db_, true) : nullptr) {
  parser_.set_stemmer(Xapian::Stem("english"));
  parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser_.set_default_op(Xapian::Query::OP_AND);
  parser_.set_database(db_);
  passage_parser_.set_stemmer(Xapian::Stem("english"));
  passage_parser_.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
  passage_parser_.set_default_op(Xapian::Query::OP_OR);
  passage_parser_.set_database(db_);
}

Xapian::MSet BareSearch::search(const std::string& q, const std::map<std::string, std::vector<std::string>>& filters) {
  const bool exact_counts = mode_ == BareMode::ExactCounts;
  // The words as the index holds them with positions: the item documents'
  // text (one document per agenda item, like a plain index of the files
  // would have).
  auto query = parser_.parse_query(q, Xapian::QueryParser::FLAG_DEFAULT, std::string(schema::prefix(FieldId::ItemText)));
  for (const auto& [name, values] : filters) {
    std::vector<Xapian::Query> alternatives;
    for (const auto& v : values) {
      const auto field = schema::field_by_name(name);
      if (!field) throw std::invalid_argument("no facet \"" + name + "\"");
      alternatives.emplace_back(name == "type" ? schema::make_raw_term(FieldId::Type, v) : schema::make_term(*field, v));
    }
    query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                          Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end()));
  }
  Xapian::Enquire enquire(db_);
  enquire.set_query(query);
  // Exact counts: every match's facet values (the one Facets slot) read
  // and counted.
  Xapian::ValueCountMatchSpy spy(schema::slot(FieldId::Facets));
  if (exact_counts) enquire.add_matchspy(&spy);
  auto mset = enquire.get_mset(0, 10, exact_counts ? db_.get_doccount() : 0);
  // The results' documents, as any caller showing them would read them.
  for (auto m = mset.begin(); m != mset.end(); ++m) (void)m.get_document().get_data().size();
  if (mode_ == BareMode::Floor) floor_passes(q, query, mset);
  return mset;
}

void BareSearch::floor_passes(const std::string& q, const Xapian::Query& ranked_query, const Xapian::MSet& top) {
  // Facets through Xapian (as sharding over its remote backend needs): at
  // least one more pass over the query's posting lists, here at the sample
  // level minutes-searchd starts from (about 500 items at most; all
  // matches when fewer), each match only listed: no retry at a denser
  // level, no values counted, no pass per filtered facet.
  Xapian::Enquire facets(db_);
  facets.set_weighting_scheme(Xapian::BoolWeight());
  const int level = search::facet_sample_level(top.get_matches_upper_bound());
  if (level > 0) {
    const Xapian::Query sample(schema::make_raw_term(FieldId::Sample, std::to_string(level)));
    facets.set_query(Xapian::Query(Xapian::Query::OP_FILTER, ranked_query, sample));
  } else {
    facets.set_query(ranked_query);
  }
  (void)facets.get_mset(0, 1000);
  // Passages: the words over the passages of the ten items, found by
  // docid span (as minutes-searchd finds them), the best three per item.
  if (top.empty()) return;
  std::vector<Xapian::docid> items;
  for (auto m = top.begin(); m != top.end(); ++m) items.push_back(*m);
  const auto within = spans_->passages_of(items);
  if (!within) return;
  Xapian::Enquire passages(db_);
  passages.set_query(Xapian::Query(Xapian::Query::OP_FILTER, passage_parser_.parse_query(q), *within));
  passages.set_collapse_key(schema::slot(FieldId::Item), 3);
  (void)passages.get_mset(0, 30);
}

}  // namespace minutes::bench
