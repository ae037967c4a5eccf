#include "search/query.h"

#include <algorithm>
#include <set>

#include "dates.h"
#include "text.h"

namespace minutes::search {

using schema::FieldId;

namespace {

constexpr unsigned kParseFlags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                                 Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_PURE_NOT;

/// Field names usable in queries as boolean filters.
constexpr FieldId kQueryFilterFields[] = {FieldId::Portfolio, FieldId::Quarter, FieldId::Councillor,
                                          FieldId::Committee, FieldId::Council, FieldId::Type,
                                          FieldId::Year,      FieldId::Minute,  FieldId::Actor,
                                          FieldId::Recipient};

/// title:budget -> items whose title has the words (their S terms).  Over
/// passages, which have no title terms, it holds for all: the items shown
/// were already chosen by their titles.
class TitleFieldProcessor : public Xapian::FieldProcessor {
 public:
  explicit TitleFieldProcessor(bool passages) : passages_(passages) {}
  Xapian::Query operator()(const std::string& value) override {
    if (passages_) return match_all();
    Xapian::QueryParser qp;
    qp.set_stemmer(Xapian::Stem("english"));
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    qp.set_default_op(Xapian::Query::OP_AND);
    return qp.parse_query(value, Xapian::QueryParser::FLAG_PHRASE, std::string(schema::prefix(FieldId::Title)));
  }

 private:
  bool passages_;
};

/// "acronym:ehcp": the documents spelling the acronym's expansion out (the
/// indexer's acronym terms), on items and passages alike; weighted like words.
class AcronymFieldProcessor : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override {
    return Xapian::Query(schema::make_raw_term(FieldId::Acronym, text::to_lower_ascii(value)));
  }
};

/// Turns "councillor:yates" into the filter terms the index holds.
class FacetFieldProcessor : public Xapian::FieldProcessor {
 public:
  FacetFieldProcessor(const QueryBuilder& builder, FieldId field) : builder_(builder), field_(field) {}
  Xapian::Query operator()(const std::string& value) override {
    if (auto q = builder_.facet_value_query(field_, value)) return *q;
    return Xapian::Query();  // a value no document has
  }

 private:
  const QueryBuilder& builder_;
  FieldId field_;
};

struct QueryToken {
  std::string text;
  bool quoted = false;   // inside "..."
  bool plain = false;    // a bare word: no prefix, operator or sign
};

/// Splits a query string into whitespace-separated tokens, keeping quoted
/// phrases whole.
std::vector<QueryToken> split_query(const std::string& q) {
  std::vector<QueryToken> tokens;
  std::size_t i = 0;
  while (i < q.size()) {
    if (q[i] == ' ') { ++i; continue; }
    QueryToken t;
    if (q[i] == '"') {
      const auto close = q.find('"', i + 1);
      const auto end = close == std::string::npos ? q.size() : close + 1;
      t.text = q.substr(i, end - i);
      t.quoted = true;
      i = end;
    } else {
      auto end = q.find(' ', i);
      if (end == std::string::npos) end = q.size();
      // A prefix with a quoted value: portfolio:"learning and skills"
      const auto quote = q.find('"', i);
      if (quote != std::string::npos && quote < end) {
        const auto close = q.find('"', quote + 1);
        end = close == std::string::npos ? q.size() : std::min(q.size(), q.find(' ', close) == std::string::npos ? q.size() : q.find(' ', close));
      }
      t.text = q.substr(i, end - i);
      i = end;
    }
    const bool is_operator = t.text == "AND" || t.text == "OR" || t.text == "NOT" || t.text == "XOR";
    t.plain = !t.quoted && !is_operator && t.text.find_first_of(":+-()\"*") == std::string::npos;
    if (t.plain)
      for (char c : t.text)
        if (!text::is_word_byte(c) && c != '\'') t.plain = false;
    tokens.push_back(std::move(t));
  }
  return tokens;
}

std::string join(const std::vector<QueryToken>& tokens) {
  std::string out;
  for (const auto& t : tokens) {
    if (!out.empty()) out += ' ';
    out += t.text;
  }
  return out;
}

/// "Education, Health and Care Plan" -> "education health and care plan".
std::string phrase_words(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (text::is_word_byte(c) || c == '\'') out.push_back(text::is_upper_ascii(c) ? static_cast<char>(c - 'A' + 'a') : c);
    else if (!out.empty() && out.back() != ' ') out.push_back(' ');
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool has_capitals(std::string_view s) {
  int n = 0;
  for (char c : s) n += text::is_upper_ascii(c) ? 1 : 0;
  return n >= 2;
}

}  // namespace

/// A one-term query for one of the commonest English words.
static bool is_little_word(const Xapian::Query& q) {
  static const std::set<std::string> little{"a",  "an", "and", "are", "as",   "at",   "be",  "by", "for", "from",
                                            "in", "is", "it",  "of",  "on",   "or",   "that", "the", "this", "to",
                                            "was", "were", "with"};
  if (q.get_type() != Xapian::Query::LEAF_TERM) return false;
  const auto t = q.get_terms_begin();
  if (t == q.get_terms_end()) return false;
  const std::string term = *t;
  // Passage words are stemmed, Z-prefixed ("Zand").
  return little.count(term.size() > 1 && term[0] == 'Z' ? term.substr(1) : term) > 0;
}

static bool is_value_range(const Xapian::Query& q) {
  const auto t = q.get_type();
  return t == Xapian::Query::OP_VALUE_RANGE || t == Xapian::Query::OP_VALUE_GE || t == Xapian::Query::OP_VALUE_LE;
}

/// Whether the query holds anything passages cannot answer as it is.
static bool needs_rewrite(const Xapian::Query& q) {
  if (q.get_type() == Xapian::Query::OP_PHRASE || q.get_type() == Xapian::Query::OP_NEAR || is_value_range(q)) return true;
  for (std::size_t i = 0; i < q.get_num_subqueries(); ++i)
    if (needs_rewrite(q.get_subquery(i))) return true;
  return false;
}

Xapian::Query for_passages(const Xapian::Query& q) {
  if (!needs_rewrite(q)) return q;
  if (is_value_range(q)) return match_all();
  const bool phrase = q.get_type() == Xapian::Query::OP_PHRASE || q.get_type() == Xapian::Query::OP_NEAR;
  std::vector<Xapian::Query> subs;
  for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) {
    const auto sub = q.get_subquery(i);
    // A phrase's little words ("and" in "special educational needs and
    // disabilities") say nothing once the words need not be in order.
    if (phrase && q.get_num_subqueries() > 1 && is_little_word(sub)) continue;
    subs.push_back(for_passages(sub));
  }
  switch (q.get_type()) {
    case Xapian::Query::OP_PHRASE:
    case Xapian::Query::OP_NEAR:
      return Xapian::Query(Xapian::Query::OP_AND, subs.begin(), subs.end());
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
      return Xapian::Query(q.get_type(), subs.begin(), subs.end());
    default:
      return q;  // nothing the query parser makes here holds a phrase or a range
  }
}

std::vector<std::string> plain_words(const std::string& q) {
  std::vector<std::string> words;
  for (const auto& t : split_query(q))
    if (t.plain) words.push_back(t.text);
  return words;
}

QueryBuilder::QueryBuilder(const Xapian::Database& db, const Vocabulary& vocabulary)
    : db_(db), vocabulary_(vocabulary) {}

std::optional<Xapian::Query> QueryBuilder::facet_value_query(FieldId field, const std::string& raw) const {
  const auto value = std::string(text::trim(raw));
  if (value.empty()) return std::nullopt;
  if (field == FieldId::Councillor || field == FieldId::Actor || field == FieldId::Recipient) {
    const auto ids = vocabulary_.councillor_ids(value);
    std::vector<Xapian::Query> terms;
    for (const auto& id : ids) {
      const auto term = schema::make_raw_term(field, id);
      if (db_.term_exists(term)) terms.emplace_back(term);
    }
    if (terms.empty()) return std::nullopt;
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  }
  const auto term = (field == FieldId::Minute || field == FieldId::Year || field == FieldId::Type)
                        ? schema::make_raw_term(field, field == FieldId::Type ? text::to_lower_ascii(value) : value)
                        : schema::make_term(field, value);
  if (!db_.term_exists(term)) return std::nullopt;
  return Xapian::Query(term);
}

Xapian::Query QueryBuilder::parse(const std::string& q, Xapian::Query::op default_op, bool passage_terms) const {
  Xapian::QueryParser qp;
  qp.set_database(db_);
  qp.set_stemmer(Xapian::Stem("english"));
  // Items hold exact and stemmed words (phrases are exact); passages hold
  // stemmed words only, as the indexer writes them.
  qp.set_stemming_strategy(passage_terms ? Xapian::QueryParser::STEM_ALL_Z : Xapian::QueryParser::STEM_SOME);
  qp.set_default_op(default_op);
  qp.add_boolean_prefix(std::string(schema::field(FieldId::Title).name), (new TitleFieldProcessor(passage_terms))->release());
  qp.add_prefix(std::string(schema::field(FieldId::Acronym).name), (new AcronymFieldProcessor)->release());
  for (auto field : kQueryFilterFields)
    qp.add_boolean_prefix(std::string(schema::field(field).name), (new FacetFieldProcessor(*this, field))->release());
  qp.add_rangeprocessor((new Xapian::DateRangeProcessor(schema::slot(FieldId::Date), "date:"))->release());
  try {
    const auto text_prefix = passage_terms ? std::string() : std::string(schema::prefix(FieldId::ItemText));
    return qp.parse_query(q, kParseFlags, text_prefix);
  } catch (const Xapian::QueryParserError& e) {
    throw BadRequest("cannot parse query \"" + q + "\": " + e.get_msg());
  }
}

ExpandedQuery QueryBuilder::expand_acronyms(const std::string& q, BuiltQuery& built) const {
  auto tokens = split_query(q);
  // Two spellings of each expanded token: `ranking` finds the documents
  // (by the acronym term alone where the index has it complete: a phrase
  // would be checked in every document with its words), `display` also
  // names the expansion's words, so that passages showing them rank and
  // highlight them.
  std::vector<std::string> display(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) display[i] = tokens[i].text;
  auto alternatives = [&](const std::string& acronym, const std::string& phrase) {
    const auto canonical = vocabulary_.canonical_acronym(acronym).value_or(acronym);
    const auto as_written = acronym + " OR " + acronym + "s";
    const auto term = std::string(schema::field(FieldId::Acronym).name) + ":" + text::to_lower_ascii(canonical);
    const auto phrases = "\"" + phrase + "\" OR \"" + phrase + "s\"";
    const bool indexed = vocabulary_.acronym_indexed(canonical);
    return std::pair{"(" + as_written + " OR " + (indexed ? term : phrases) + ")",
                     "(" + as_written + " OR " + phrases + (indexed ? " OR " + term : "") + ")"};
  };
  // Acronym -> (acronym OR plural OR its term or "expansion(s)").
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    auto& t = tokens[i];
    if (!t.plain) continue;
    auto expansion = vocabulary_.expansion(t.text);
    if (!expansion) continue;
    const bool written_as_acronym = has_capitals(t.text) || text::to_lower_ascii(t.text) != "send";
    if (!written_as_acronym) continue;
    // "EHCPs" is the plural of EHCP, but "MTFS" is an acronym of its own.
    auto acronym = t.text;
    if (text::to_lower_ascii(acronym) != text::to_lower_ascii(vocabulary_.canonical_acronym(acronym).value_or(acronym)))
      acronym.pop_back();
    built.acronyms.emplace_back(acronym, *expansion);
    std::tie(t.text, display[i]) = alternatives(acronym, phrase_words(*expansion));
    t.plain = false;
  }
  // Expansion written out -> also its acronym.
  for (const auto& [acronym, expansion] : vocabulary_.glossary()) {
    const auto target = phrase_words(expansion);
    const auto n = static_cast<std::size_t>(std::count(target.begin(), target.end(), ' ') + 1);
    if (n < 2) continue;
    for (std::size_t i = 0; i + n <= tokens.size(); ++i) {
      std::string window;
      bool all_plain = true;
      for (std::size_t k = 0; k < n; ++k) {
        all_plain = all_plain && (tokens[i + k].plain || tokens[i + k].quoted);
        if (!window.empty()) window += ' ';
        window += phrase_words(tokens[i + k].text);
      }
      const bool quoted_whole =
          tokens[i].quoted && (phrase_words(tokens[i].text) == target || phrase_words(tokens[i].text) == target + "s");
      if (quoted_whole || (all_plain && (window == target || window == target + "s"))) {
        std::tie(tokens[i].text, display[i]) = alternatives(acronym, target);
        tokens[i].plain = tokens[i].quoted = false;
        const auto span = quoted_whole ? 1 : n;
        tokens.erase(tokens.begin() + static_cast<long>(i) + 1, tokens.begin() + static_cast<long>(i + span));
        display.erase(display.begin() + static_cast<long>(i) + 1, display.begin() + static_cast<long>(i + span));
        built.acronyms.emplace_back(acronym, expansion);
      }
    }
  }
  ExpandedQuery out{join(tokens), {}};
  for (const auto& d : display) out.display += (out.display.empty() ? "" : " ") + d;
  return out;
}

std::string QueryBuilder::correct_spelling(const std::string& q) const {
  auto tokens = split_query(q);
  bool changed = false;
  for (auto& t : tokens) {
    if (!t.plain) continue;
    const auto lower = text::to_lower_ascii(t.text);
    if (vocabulary_.has_word(lower) || vocabulary_.expansion(t.text)) continue;
    if (auto fix = vocabulary_.correction(lower)) {
      t.text = *fix;
      changed = true;
    }
  }
  return changed ? join(tokens) : std::string{};
}

/// Xapian's parser quietly reinterprets broken syntax; users get told.
void check_syntax(const std::string& q) {
  int depth = 0;
  std::size_t quotes = 0;
  for (char c : q) {
    if (c == '"') ++quotes;
    if (quotes % 2) continue;
    if (c == '(') ++depth;
    if (c == ')' && --depth < 0) throw BadRequest("unbalanced parentheses in \"" + q + "\": a ')' has no '('");
  }
  if (depth > 0) throw BadRequest("unbalanced parentheses in \"" + q + "\": a '(' is not closed");
  if (quotes % 2) throw BadRequest("unbalanced quotes in \"" + q + "\": a phrase is not closed");
  const auto tokens = split_query(q);
  auto is_binary = [](const std::string& t) { return t == "AND" || t == "OR" || t == "XOR"; };
  if (!tokens.empty() && (is_binary(tokens.front().text) || is_binary(tokens.back().text) || tokens.back().text == "NOT"))
    throw BadRequest("the operator in \"" + q + "\" needs words on both sides");
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i)
    if (is_binary(tokens[i].text) && is_binary(tokens[i + 1].text))
      throw BadRequest("two operators in a row in \"" + q + "\"");
}

BuiltQuery QueryBuilder::build(const SearchRequest& request) const {
  BuiltQuery built;
  const auto q = std::string(text::trim(request.q));
  check_syntax(q);
  built.words = plain_words(q);
  if (q.empty()) {
    built.all_words = built.any_words = built.display_words = match_all();
  } else {
    built.corrected_q = correct_spelling(q);
    const auto expanded = expand_acronyms(built.corrected_q.empty() ? q : built.corrected_q, built);
    built.all_words = parse(expanded.ranking, Xapian::Query::OP_AND);
    // Passages worth showing have any of the words (most first) and meet
    // the query's own field filters (see for_passages).
    built.display_words = for_passages(parse(expanded.display, Xapian::Query::OP_OR, /*passage_terms=*/true));
    // Relaxing to "most of the words" only makes sense for plain words.
    const auto tokens = split_query(q);
    built.relaxable = tokens.size() > 1 && std::all_of(tokens.begin(), tokens.end(), [](const QueryToken& t) {
      // Words as written ("2021/22", "S106", "£7.7m") relax like plain words;
      // operators, prefixes, signs and phrases mean the user chose the logic.
      return !t.quoted && t.text != "AND" && t.text != "OR" && t.text != "NOT" && t.text != "XOR" &&
             t.text.find_first_of(":()\"") == std::string::npos && t.text[0] != '+' && t.text[0] != '-';
    });
    built.any_words = built.relaxable ? parse(expanded.ranking, Xapian::Query::OP_OR) : built.all_words;
  }

  std::vector<Xapian::Query> facet_filters;
  for (const auto& [name, values] : request.filters) {
    const auto id = schema::field_by_name(name);
    const bool is_facet = id && std::find(std::begin(kFacetFields), std::end(kFacetFields), *id) != std::end(kFacetFields);
    if (!is_facet) throw BadRequest("unknown filter \"" + name + "\"");
    std::vector<Xapian::Query> alternatives;
    for (const auto& value : values) {
      auto one = facet_value_query(*id, value);
      if (!one) throw BadRequest("unknown " + name + " \"" + value + "\"");
      alternatives.push_back(*one);
    }
    if (alternatives.empty()) continue;
    Xapian::Query facet(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
    built.filter_by_facet[name] = facet;
    facet_filters.push_back(facet);
  }
  built.passage_filter = facet_filters.empty()
                             ? match_all()
                             : Xapian::Query(Xapian::Query::OP_AND, facet_filters.begin(), facet_filters.end());
  // Dates: YYYYMMDD values in the date slot (of items).
  auto date_bound = [](const std::string& iso, const char* which) {
    if (!analysis::parse_iso_date(iso))
      throw BadRequest(std::string("\"") + which + "\" must be a real date YYYY-MM-DD, got \"" + iso + "\"");
    return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
  };
  if (!request.from.empty() || !request.to.empty()) {
    const auto lo = request.from.empty() ? std::string("00000000") : date_bound(request.from, "from");
    const auto hi = request.to.empty() ? std::string("99999999") : date_bound(request.to, "to");
    if (lo > hi) throw BadRequest("\"from\" is after \"to\"");
    built.date_range = Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::slot(FieldId::Date), lo, hi);
    facet_filters.push_back(*built.date_range);
  }
  built.filter = facet_filters.empty()
                     ? match_all()
                     : Xapian::Query(Xapian::Query::OP_AND, facet_filters.begin(), facet_filters.end());
  return built;
}

}  // namespace minutes::search
