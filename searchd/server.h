// The HTTP/1.1 server: Boost.Beast, asynchronous, a pool of threads, one
// strand per connection, keep-alive, header and body limits, read and idle
// timeouts, graceful shutdown.  Beast is included in server.cc only.
#pragma once

#include <memory>
#include <string>

#include "http_types.h"

namespace minutes::searchd {

struct ServerConfig {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;
  unsigned threads = 2;
  std::string name = "minutes-searchd";  // in messages and the Server header
};

/// Runs the server until SIGINT or SIGTERM; in-flight requests finish.
/// Returns the process exit status.  `on_listening` gets the bound port
/// (useful with port 0).
int run_server(RequestHandler& handler, const ServerConfig& config, void (*on_listening)(unsigned short port) = nullptr);

}  // namespace minutes::searchd
