#include "bare_search.h"

#include "schema.h"

namespace minutes::bench {

using schema::FieldId;

BareSearch::BareSearch(const std::string& db_path) : db_(db_path) {
  parser_.set_stemmer(Xapian::Stem("english"));
  parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser_.set_default_op(Xapian::Query::OP_AND);
  parser_.set_database(db_);
}

Xapian::MSet BareSearch::search(const std::string& q, const std::map<std::string, std::vector<std::string>>& filters,
                                bool exact_counts) {
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
  return mset;
}

}  // namespace minutes::bench
