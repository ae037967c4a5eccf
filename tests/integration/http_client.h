// A tiny blocking HTTP/1.1 client over POSIX sockets, for tests that talk to
// the real minutes-searchd: one connection, requests in sequence on it
// (keep-alive), raw bytes when a test needs a malformed request.  Bodies are
// read by Content-Length, chunked encoding, or to the end of the connection.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace minutes::test {

struct HttpResponse {
  int status = 0;
  std::string reason;
  std::vector<std::pair<std::string, std::string>> headers;  // names as sent
  std::string body;

  /// The first header with this name (case-insensitive); nullopt if absent.
  std::optional<std::string> header(const std::string& name) const;
  /// The header's value, or "" when absent.
  std::string header_or_empty(const std::string& name) const { return header(name).value_or(""); }
};

class HttpConnection {
 public:
  /// Connects to host:port (numeric IPv4); throws std::runtime_error on failure.
  HttpConnection(const std::string& host, unsigned short port,
                 std::chrono::milliseconds timeout = std::chrono::seconds(10));
  ~HttpConnection();
  HttpConnection(const HttpConnection&) = delete;
  HttpConnection& operator=(const HttpConnection&) = delete;

  /// Sends one request and reads its response.  Adds Host, and
  /// Content-Length when there is a body; `extra_headers` are sent as given.
  HttpResponse request(const std::string& method, const std::string& target,
                       const std::vector<std::pair<std::string, std::string>>& extra_headers = {},
                       const std::string& body = {});
  HttpResponse get(const std::string& target,
                   const std::vector<std::pair<std::string, std::string>>& extra_headers = {}) {
    return request("GET", target, extra_headers);
  }

  /// Writes bytes as they are (for malformed requests); throws on failure
  /// other than the peer having closed (EPIPE/ECONNRESET), which returns false.
  bool send_raw(const std::string& bytes);
  /// Reads one response; `head` when it answers a HEAD request (no body).
  /// Throws std::runtime_error on timeout or when the peer closes first.
  HttpResponse read_response(bool head = false);
  /// True when the server has closed the connection (EOF within `wait`).
  bool peer_closed(std::chrono::milliseconds wait = std::chrono::milliseconds(1000));

 private:
  bool fill();  // reads more into buffer_; false on EOF
  std::string read_line();
  std::string read_exactly(std::size_t n);

  int fd_ = -1;
  std::string host_;
  std::string buffer_;
  std::chrono::milliseconds timeout_;
};

/// One request on a fresh connection.
HttpResponse http_get(unsigned short port, const std::string& target,
                      const std::vector<std::pair<std::string, std::string>>& extra_headers = {});

/// Percent-encodes a query-string component (space as %20).
std::string url_encode(const std::string& s);

}  // namespace minutes::test
