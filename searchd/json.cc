#include "json.h"

#include "json_writer.h"

namespace minutes::searchd {

namespace {

void write_summary_fields(JsonWriter& w, const search::ItemSummary& i) {
  w.field("id", i.id).field("title", i.title).field("council", i.council).field("committee", i.committee);
  w.field("date", i.date).field("url", i.url).field("quarter", i.quarter).field("item_number", i.item_number);
  w.key("portfolios").begin_array();
  for (const auto& p : i.portfolios) w.string(p);
  w.end_array();
}

void write_passage_hit(JsonWriter& w, const search::PassageHit& p) {
  w.begin_object().field("id", p.id).number_field("ordinal", p.ordinal).field("type", p.type);
  w.field("minute", p.minute).field("label", p.label).field("portfolio", p.portfolio);
  w.field("snippet", p.snippet).number_field("score", p.score).end_object();
}

void write_hits(JsonWriter& w, const std::vector<search::ItemHit>& hits) {
  w.begin_array();
  for (const auto& h : hits) {
    w.begin_object().key("item").begin_object();
    write_summary_fields(w, h.item);
    w.end_object().number_field("score", h.score).field("match", h.all_words ? "all" : "most");
    w.key("passages").begin_array();
    for (const auto& p : h.passages) write_passage_hit(w, p);
    w.end_array().end_object();
  }
  w.end_array();
}

void write_pairs(JsonWriter& w, const std::vector<std::pair<std::string, std::string>>& pairs, const char* k1,
                 const char* k2) {
  w.begin_array();
  for (const auto& [a, b] : pairs) w.begin_object().field(k1, a).field(k2, b).end_object();
  w.end_array();
}

void write_counts(JsonWriter& w, const std::vector<search::FacetCount>& counts) {
  w.begin_array();
  for (const auto& c : counts) w.begin_object().field("value", c.value).number_field("count", c.count).end_object();
  w.end_array();
}

void write_facets(JsonWriter& w, const std::map<std::string, std::vector<search::FacetCount>>& facets) {
  w.begin_object();
  for (const auto& [name, counts] : facets) {
    w.key(name);
    write_counts(w, counts);
  }
  w.end_object();
}

void write_passage_detail(JsonWriter& w, const search::PassageDetail& p) {
  w.begin_object().number_field("ordinal", p.ordinal).field("anchor", "p" + std::to_string(p.ordinal));
  w.field("type", p.type).field("minute", p.minute).field("label", p.label).field("portfolio", p.portfolio);
  w.field("text", p.text).key("councillors");
  write_pairs(w, p.councillors, "id", "name");
  // Present only when the passage has them.
  if (!p.lead.empty()) w.field("lead", p.lead);
  if (!p.actor.empty()) w.field("actor", p.actor);
  if (!p.actor_councillor.empty()) w.field("actor_councillor", p.actor_councillor);
  if (!p.recipient.empty()) w.field("recipient", p.recipient);
  w.end_object();
}

}  // namespace

std::string search_json(const search::SearchResponse& r) {
  JsonWriter w;
  w.begin_object().field("query", r.query).number_field("total", r.total).key("total_exact").boolean(r.total_exact);
  w.number_field("page", r.page).number_field("size", r.size).number_field("took_ms", r.took_ms);
  w.key("suggestion");
  if (r.suggestion) w.string(*r.suggestion);
  else w.null();
  w.field("understood", r.understood).key("results");
  write_hits(w, r.results);
  w.key("facets");
  write_facets(w, r.facets);
  w.key("facets_exact").begin_object();
  for (const auto& [name, exact] : r.facets_exact) w.key(name).boolean(exact);
  w.end_object().key("facets_more").begin_object();
  for (const auto& [name, more] : r.facets_more) w.number_field(name, more);
  w.end_object().end_object();
  return w.take();
}

std::string item_detail_json(const search::ItemDetail& d) {
  JsonWriter w;
  w.begin_object().key("item").begin_object();
  write_summary_fields(w, d.item);
  w.key("councillors");
  write_pairs(w, d.councillors, "id", "name");
  w.key("acronyms");
  write_pairs(w, d.acronyms, "acronym", "expansion");
  w.field("source", d.source).field("format", d.format).end_object();
  w.key("passages").begin_array();
  for (const auto& p : d.passages) write_passage_detail(w, p);
  w.end_array().end_object();
  return w.take();
}

std::string facets_json(const std::map<std::string, std::vector<search::FacetCount>>& facets) {
  JsonWriter w;
  w.begin_object().key("facets");
  write_facets(w, facets);
  w.end_object();
  return w.take();
}

std::string suggestions_json(const std::vector<search::Suggestion>& suggestions) {
  JsonWriter w;
  w.begin_object().key("suggestions").begin_array();
  for (const auto& s : suggestions)
    w.begin_object().field("kind", s.kind).field("value", s.value).field("label", s.label).end_object();
  w.end_array().end_object();
  return w.take();
}

std::string councillor_json(const search::CouncillorProfile& p) {
  JsonWriter w;
  w.begin_object().field("id", p.id).field("name", p.name).key("portfolios");
  write_counts(w, p.portfolios);
  w.key("councils");
  write_counts(w, p.councils);
  w.key("decisions");
  write_hits(w, p.decisions);
  w.key("actions");
  write_hits(w, p.actions);
  w.end_object();
  return w.take();
}

std::string health_json(std::size_t documents) {
  JsonWriter w;
  w.begin_object().field("status", "ok").number_field("documents", documents).end_object();
  return w.take();
}

Response json_response(int status, std::string body) {
  Response r;
  r.status = status;
  r.content_type = "application/json";
  r.body = std::move(body);
  return r;
}

Response error_response(int status, const std::string& message) {
  return json_response(status, error_json(status, message));
}

std::string error_json(int status, const std::string& message) {
  JsonWriter w;
  w.begin_object().key("error").begin_object().number_field("status", status).field("message", message);
  w.end_object().end_object();
  return w.take();
}

}  // namespace minutes::searchd
