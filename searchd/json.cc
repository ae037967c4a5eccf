#include "json.h"

namespace minutes::searchd {

using nlohmann::json;

namespace {

json item_json(const search::ItemSummary& i) {
  return json{{"id", i.id},           {"title", i.title},     {"council", i.council},
              {"committee", i.committee}, {"date", i.date},   {"url", i.url},
              {"quarter", i.quarter}, {"item_number", i.item_number}, {"portfolios", i.portfolios}};
}

json passage_hit_json(const search::PassageHit& p) {
  return json{{"id", p.id},     {"ordinal", p.ordinal},     {"type", p.type},       {"minute", p.minute},
              {"label", p.label}, {"portfolio", p.portfolio}, {"snippet", p.snippet}, {"score", p.score}};
}

json hits_json(const std::vector<search::ItemHit>& hits) {
  json out = json::array();
  for (const auto& h : hits) {
    json passages = json::array();
    for (const auto& p : h.passages) passages.push_back(passage_hit_json(p));
    out.push_back(json{{"item", item_json(h.item)},
                       {"score", h.score},
                       {"match", h.all_words ? "all" : "most"},
                       {"passages", passages}});
  }
  return out;
}

json pairs_json(const std::vector<std::pair<std::string, std::string>>& pairs, const char* k1, const char* k2) {
  json out = json::array();
  for (const auto& [a, b] : pairs) out.push_back(json{{k1, a}, {k2, b}});
  return out;
}

json counts_json(const std::vector<search::FacetCount>& counts) {
  json out = json::array();
  for (const auto& c : counts) out.push_back(json{{"value", c.value}, {"count", c.count}});
  return out;
}

}  // namespace

json to_json(const std::map<std::string, std::vector<search::FacetCount>>& facets) {
  json out = json::object();
  for (const auto& [name, counts] : facets) out[name] = counts_json(counts);
  return out;
}

json to_json(const search::SearchResponse& r) {
  return json{{"query", r.query},
              {"total", r.total},
              {"total_exact", r.total_exact},
              {"page", r.page},
              {"size", r.size},
              {"took_ms", r.took_ms},
              {"suggestion", r.suggestion ? json(*r.suggestion) : json(nullptr)},
              {"understood", r.understood},
              {"results", hits_json(r.results)},
              {"facets", to_json(r.facets)},
              {"facets_exact", r.facets_exact}};
}

json to_json(const search::ItemDetail& d) {
  json passages = json::array();
  for (const auto& p : d.passages) {
    json pj{{"ordinal", p.ordinal}, {"anchor", "p" + std::to_string(p.ordinal)}, {"type", p.type},
            {"minute", p.minute},   {"label", p.label},   {"portfolio", p.portfolio},
            {"text", p.text},       {"councillors", pairs_json(p.councillors, "id", "name")}};
    if (!p.lead.empty()) pj["lead"] = p.lead;
    if (!p.actor.empty()) pj["actor"] = p.actor;
    if (!p.actor_councillor.empty()) pj["actor_councillor"] = p.actor_councillor;
    if (!p.recipient.empty()) pj["recipient"] = p.recipient;
    passages.push_back(std::move(pj));
  }
  auto item = item_json(d.item);
  item["councillors"] = pairs_json(d.councillors, "id", "name");
  item["acronyms"] = pairs_json(d.acronyms, "acronym", "expansion");
  item["source"] = d.source;
  item["format"] = d.format;
  return json{{"item", item}, {"passages", passages}};
}

json to_json(const std::vector<search::Suggestion>& suggestions) {
  json out = json::array();
  for (const auto& s : suggestions) out.push_back(json{{"kind", s.kind}, {"value", s.value}, {"label", s.label}});
  return json{{"suggestions", out}};
}

json to_json(const search::CouncillorProfile& p) {
  return json{{"id", p.id},
              {"name", p.name},
              {"portfolios", counts_json(p.portfolios)},
              {"councils", counts_json(p.councils)},
              {"decisions", hits_json(p.decisions)},
              {"actions", hits_json(p.actions)}};
}

json error_json(int status, const std::string& message) {
  return json{{"error", {{"status", status}, {"message", message}}}};
}

}  // namespace minutes::searchd
