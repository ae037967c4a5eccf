#include "service.h"

#include <charconv>
#include <iostream>
#include <thread>

#include "formats.h"
#include "json.h"

namespace minutes::searchd {

namespace {

const std::vector<std::string> kFilterParams{"portfolio", "quarter", "councillor", "committee", "council", "type"};

unsigned parse_positive(const std::string& name, const std::string& value) {
  unsigned n = 0;
  const auto* end = value.data() + value.size();
  auto [ptr, ec] = std::from_chars(value.data(), end, n);
  if (value.empty() || ec != std::errc{} || ptr != end || n == 0)
    throw search::BadRequest("\"" + name + "\" must be a positive whole number, got \"" + value + "\"");
  return n;
}

std::string param(const Request& r, const std::string& name) {
  for (const auto& [k, v] : r.params)
    if (k == name) return v;
  return {};
}

}  // namespace

search::SearchRequest search_request_from(const Request& r) {
  search::SearchRequest s;
  for (const auto& [key, value] : r.params) {
    if (key == "q") s.q = value;
    else if (std::find(kFilterParams.begin(), kFilterParams.end(), key) != kFilterParams.end()) {
      if (!value.empty()) s.filters[key].push_back(value);
    } else if (key == "from") s.from = value;
    else if (key == "to") s.to = value;
    else if (key == "sort") {
      if (value == "relevance" || value.empty()) s.sort = search::SortOrder::Relevance;
      else if (value == "newest") s.sort = search::SortOrder::Newest;
      else if (value == "oldest") s.sort = search::SortOrder::Oldest;
      else throw search::BadRequest("\"sort\" must be relevance, newest or oldest, got \"" + value + "\"");
    } else if (key == "page") s.page = parse_positive(key, value);
    else if (key == "size") s.size = parse_positive(key, value);
    else if (key == "facet_size") s.facet_size = parse_positive(key, value);
    else throw search::BadRequest("unknown parameter \"" + key + "\"");
  }
  if (s.q.size() > 1000) throw search::BadRequest("\"q\" is longer than 1000 characters");
  return s;
}

Service::Service(ServiceConfig config) : config_(std::move(config)), static_files_(config_.web_root) {
  search::Searcher check(config_.db);  // fail at start, not at the first request
  routes_ = {
      {"/api/search.csv", false, "search_csv", &Service::get_search_csv},
      {"/api/search", false, "search", &Service::get_search},
      {"/api/items/", true, "item", &Service::get_item},
      {"/api/facets", false, "facets", &Service::get_facets},
      {"/api/suggest", false, "suggest", &Service::get_suggest},
      {"/api/councillors/", true, "councillor", &Service::get_councillor},
      {"/feed.atom", false, "feed", &Service::get_feed},
      {"/healthz", false, "health", &Service::get_health},
      {"/metrics", false, "metrics", &Service::get_metrics},
  };
}

Service::~Service() = default;

search::Searcher& Service::searcher() {
  // One Searcher per thread and Service; the Service owns them.
  thread_local std::map<const Service*, search::Searcher*> mine;
  auto& slot = mine[this];
  if (!slot) {
    auto fresh = std::make_unique<search::Searcher>(config_.db);
    std::lock_guard lock(searchers_mutex_);
    slot = fresh.get();
    searchers_.push_back(std::move(fresh));
  }
  return *slot;
}

Response Service::handle(const Request& request) {
  try {
    return route(request);
  } catch (const search::BadRequest& e) {
    return error_response(400, e.what());
  } catch (const search::NotFound& e) {
    return error_response(404, e.what());
  } catch (const Xapian::Error& e) {
    std::cerr << "minutes-searchd: index error on " << request.target << ": " << e.get_description() << "\n";
    return error_response(503, "the index could not be read: " + e.get_msg());
  } catch (const std::exception& e) {
    std::cerr << "minutes-searchd: error on " << request.target << ": " << e.what() << "\n";
    return error_response(500, std::string("internal error: ") + e.what());
  }
}

void Service::observe(const Response& response, double seconds) {
  metrics_.observe(response.route, response.status, seconds);
}

Response Service::route(const Request& request) {
  const bool get_like = request.method == "GET" || request.method == "HEAD";
  for (const auto& r : routes_) {
    const bool match = r.prefix ? request.path.rfind(r.path, 0) == 0 : request.path == r.path;
    if (!match) continue;
    if (!get_like) {
      auto resp = error_response(405, request.method + " is not allowed on " + request.path);
      resp.headers.emplace_back("Allow", "GET, HEAD");
      resp.route = r.name;
      return resp;
    }
    const auto tail = r.prefix ? request.path.substr(r.path.size()) : std::string{};
    auto resp = (this->*r.handler)(request, tail);
    resp.route = r.name;
    return resp;
  }
  if (request.path.rfind("/api/", 0) == 0) {
    auto resp = error_response(404, "no API endpoint " + request.path);
    resp.route = "api_unknown";
    return resp;
  }
  if (!get_like) return error_response(405, request.method + " is not allowed");
  return static_files_.serve(request.path, request.headers);
}

Response Service::get_search(const Request& r, const std::string&) {
  return json_response(200, search_json(searcher().search(search_request_from(r))));
}

Response Service::get_search_csv(const Request& r, const std::string&) {
  auto request = search_request_from(r);
  Response resp;
  resp.content_type = "text/csv; charset=utf-8";
  resp.headers.emplace_back("Content-Disposition", "attachment; filename=\"minutes-search.csv\"");
  resp.body = passages_csv(searcher().search_all(request, 2000));
  return resp;
}

Response Service::get_feed(const Request& r, const std::string&) {
  auto request = search_request_from(r);
  request.sort = search::SortOrder::Newest;
  request.size = 50;
  request.page = 1;
  request.facets = false;
  Response resp;
  resp.content_type = "application/atom+xml; charset=utf-8";
  resp.body = atom_feed(searcher().search(request), config_.public_base + r.target, config_.public_base);
  return resp;
}

Response Service::get_item(const Request&, const std::string& id) {
  if (id.empty() || id.find('/') != std::string::npos) throw search::NotFound("no item \"" + id + "\"");
  return json_response(200, item_detail_json(searcher().item(id)));
}

Response Service::get_facets(const Request& r, const std::string&) {
  if (!r.params.empty()) throw search::BadRequest("unknown parameter \"" + r.params.front().first + "\"");
  return json_response(200, facets_json(searcher().all_facets()));
}

Response Service::get_suggest(const Request& r, const std::string&) {
  for (const auto& [k, v] : r.params)
    if (k != "q" && k != "limit") throw search::BadRequest("unknown parameter \"" + k + "\"");
  const auto limit_text = param(r, "limit");
  const unsigned limit = limit_text.empty() ? 8 : std::min(parse_positive("limit", limit_text), 50u);
  return json_response(200, suggestions_json(searcher().suggest(param(r, "q"), limit)));
}

Response Service::get_councillor(const Request&, const std::string& id) {
  return json_response(200, councillor_json(searcher().councillor(id)));
}

Response Service::get_health(const Request&, const std::string&) {
  return json_response(200, health_json(searcher().document_count()));
}

Response Service::get_metrics(const Request&, const std::string&) {
  Response resp;
  resp.content_type = "text/plain; version=0.0.4; charset=utf-8";
  auto& s = searcher();
  s.refresh();
  resp.body = metrics_.render(s.document_count(), s.last_reopen());
  return resp;
}

}  // namespace minutes::searchd
