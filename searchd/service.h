// The daemon's request handling without sockets: one route table, thin
// handlers that parse parameters, call the search core and serialise.
// Thread-safe: each thread gets its own Searcher (Xapian objects are not
// shared between threads).
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "http_types.h"
#include "metrics.h"
#include "search/searcher.h"
#include "static_files.h"

namespace minutes::searchd {

struct ServiceConfig {
  std::filesystem::path db;
  std::filesystem::path web_root;
  std::string public_base = "http://127.0.0.1:8080";  // for links in feeds
};

class Service : public RequestHandler {
 public:
  /// Opens the index once to check it; throws std::runtime_error naming the problem.
  explicit Service(ServiceConfig config);
  ~Service();

  /// Answers one request; never throws.
  Response handle(const Request& request) override;
  /// Counts the answer in /metrics, by route and status.
  void observe(const Response& response, double seconds) override;
  Metrics& metrics() { return metrics_; }

 private:
  using Handler = Response (Service::*)(const Request&, const std::string& tail);
  struct Route {
    std::string path;    // exact path, or a prefix ending in '/' for /api/items/{id}
    bool prefix;
    const char* name;    // for metrics
    Handler handler;
  };

  search::Searcher& searcher();
  Response route(const Request& request);

  Response get_search(const Request& r, const std::string&);
  Response get_search_csv(const Request& r, const std::string&);
  Response get_feed(const Request& r, const std::string&);
  Response get_item(const Request& r, const std::string& id);
  Response get_facets(const Request& r, const std::string&);
  Response get_suggest(const Request& r, const std::string&);
  Response get_councillor(const Request& r, const std::string& id);
  Response get_health(const Request& r, const std::string&);
  Response get_metrics(const Request& r, const std::string&);

  ServiceConfig config_;
  StaticFiles static_files_;
  Metrics metrics_;
  std::vector<Route> routes_;
  std::mutex searchers_mutex_;
  std::vector<std::unique_ptr<search::Searcher>> searchers_;  // owned here, one per thread
};

/// Search parameters from a query string; throws search::BadRequest naming
/// an unknown parameter or a bad value.
search::SearchRequest search_request_from(const Request& r);

}  // namespace minutes::searchd
