// minutes-searchd: ranked, faceted search over a minutes index, over HTTP.
#include <charconv>
#include <iostream>
#include <string_view>
#include <thread>

#include "server.h"
#include "service.h"

namespace {

constexpr std::string_view kUsage = R"(Usage: minutes-searchd --db DIR [options]

Serves the index DIR built by minutes-index: the JSON API under /api/, an
Atom feed at /feed.atom, /healthz, /metrics, and the search page from the
web root.  New commits by the indexer are picked up without a restart.
Stops gracefully on SIGINT or SIGTERM.

Options:
  --db DIR           index directory (required)
  --listen ADDR:PORT address to listen on (default 127.0.0.1:8080; port 0 picks a free one)
  --web-root DIR     static files for the page (default: web)
  --threads N        worker threads (default: number of cores)
  --public-url URL   base URL used in feed links (default http://ADDR:PORT)
  -h, --help         show this help
)";

int usage_error(const std::string& message) {
  std::cerr << "minutes-searchd: " << message << "\n(run minutes-searchd --help for usage)\n";
  return 2;
}

void announce(unsigned short port) {
  std::cerr << "minutes-searchd: listening on port " << port << std::endl;
}

}  // namespace

int main(int argc, char** argv) {
  minutes::searchd::ServiceConfig service_config;
  minutes::searchd::ServerConfig server_config;
  server_config.threads = std::max(1u, std::thread::hardware_concurrency());
  service_config.web_root = "web";
  std::string public_url;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? std::string(argv[++i]) : std::string{}; };
    if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (arg == "--db") {
      service_config.db = value();
    } else if (arg == "--web-root") {
      service_config.web_root = value();
    } else if (arg == "--public-url") {
      public_url = value();
    } else if (arg == "--threads") {
      const auto v = value();
      unsigned n = 0;
      auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
      if (ec != std::errc{} || p != v.data() + v.size() || n == 0 || n > 256)
        return usage_error("--threads needs a number from 1 to 256");
      server_config.threads = n;
    } else if (arg == "--listen") {
      const auto v = value();
      const auto colon = v.rfind(':');
      unsigned port = 0;
      if (colon == std::string::npos) return usage_error("--listen needs ADDRESS:PORT, got \"" + v + "\"");
      auto [p, ec] = std::from_chars(v.data() + colon + 1, v.data() + v.size(), port);
      if (ec != std::errc{} || p != v.data() + v.size() || port > 65535)
        return usage_error("--listen has a bad port in \"" + v + "\"");
      server_config.address = v.substr(0, colon);
      server_config.port = static_cast<unsigned short>(port);
    } else {
      return usage_error("unknown argument " + std::string(arg));
    }
  }
  if (service_config.db.empty()) return usage_error("--db DIR is required");
  service_config.public_base = public_url.empty() ? "http://" + server_config.address + ":" +
                                                        std::to_string(server_config.port)
                                                  : public_url;
  try {
    minutes::searchd::Service service(service_config);
    std::cerr << "minutes-searchd: serving " << service_config.db.string() << " on http://" << server_config.address
              << ":" << server_config.port << " with " << server_config.threads << " threads\n";
    return minutes::searchd::run_server(service, server_config, announce);
  } catch (const std::exception& e) {
    std::cerr << "minutes-searchd: " << e.what() << "\n";
    return 3;
  }
}
