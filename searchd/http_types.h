// The daemon's view of HTTP, free of Beast: what a handler gets and gives.
// server.cc converts between these and Beast's messages, so that routing
// and handlers are tested without sockets.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace minutes::searchd {

struct Request {
  std::string method;  // "GET"
  std::string target;  // "/api/search?q=budget"
  std::string path;    // "/api/search", percent-decoded
  std::vector<std::pair<std::string, std::string>> params;  // decoded, in order
  std::map<std::string, std::string> headers;               // lower-case names
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string route = "other";  // for metrics and the access log
};

/// What the HTTP server serves: it hands each parsed request to `handle`
/// and reports each answer's time to `observe`.  The daemon's Service is
/// one; a benchmark's bare Xapian handler is another, so that both are
/// measured behind the same HTTP layer.
class RequestHandler {
 public:
  virtual ~RequestHandler() = default;
  /// Answers one request; must not throw.  Called from any worker thread.
  virtual Response handle(const Request& request) = 0;
  /// Called once per answer sent, with the time taken to answer it.
  virtual void observe(const Response& response, double seconds) = 0;
};

/// "%2e%2E/x" -> "../x"; '+' -> ' ' when `plus_is_space`.  Invalid escapes
/// (%zz, truncated %4) return false.
bool percent_decode(std::string_view in, std::string& out, bool plus_is_space);

/// Splits a request target into a decoded path and decoded parameters;
/// false for an undecodable target.
bool parse_target(std::string_view target, std::string& path, std::vector<std::pair<std::string, std::string>>& params);

/// What in a parsed target is not UTF-8 once decoded ("the path", "parameter
/// \"q\""), for a 400 naming it; nullopt when everything is.  Answers echo
/// parameters (the query, feed titles), and none of them can carry bytes
/// that are not text.
std::optional<std::string> non_utf8_part(const std::string& path,
                                         const std::vector<std::pair<std::string, std::string>>& params);

}  // namespace minutes::searchd
