#include "server.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/version.hpp>
#include <atomic>
#include <chrono>
#include <iostream>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "json.h"

namespace minutes::searchd {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

constexpr std::size_t kHeaderLimit = 16 * 1024;
constexpr std::size_t kBodyLimit = 16 * 1024;  // the API is GET only
constexpr std::size_t kTargetLimit = 8 * 1024;
constexpr auto kReadTimeout = std::chrono::seconds(15);
constexpr auto kIdleTimeout = std::chrono::seconds(30);
constexpr auto kShutdownGrace = std::chrono::seconds(10);

std::mutex log_mutex;

void access_log(const std::string& peer, const std::string& method, const std::string& target, int status,
                std::size_t bytes, double ms) {
  char line[64];
  std::snprintf(line, sizeof line, " %d %zu %.2fms", status, bytes, ms);
  std::lock_guard lock(log_mutex);
  std::cout << peer << " " << method << " " << target << line << std::endl;
}

class Session;

/// Live sessions, so that shutdown can close the idle ones.
class SessionRegistry {
 public:
  void add(const std::shared_ptr<Session>& s) {
    std::lock_guard lock(mutex_);
    sessions_.insert(s);
  }
  void remove(const std::shared_ptr<Session>& s) {
    std::lock_guard lock(mutex_);
    sessions_.erase(s);
  }
  std::vector<std::shared_ptr<Session>> snapshot() {
    std::lock_guard lock(mutex_);
    std::vector<std::shared_ptr<Session>> out;
    for (const auto& w : sessions_)
      if (auto s = w.lock()) out.push_back(s);
    return out;
  }

 private:
  std::mutex mutex_;
  std::set<std::weak_ptr<Session>, std::owner_less<std::weak_ptr<Session>>> sessions_;
};

struct Shared {
  RequestHandler& handler;
  std::string name;
  SessionRegistry sessions;
  std::atomic<bool> stopping{false};
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket&& socket, Shared& shared) : stream_(std::move(socket)), shared_(shared) {
    beast::error_code ec;
    const auto ep = stream_.socket().remote_endpoint(ec);
    peer_ = ec ? std::string("-") : ep.address().to_string();
  }

  void run() {
    shared_.sessions.add(shared_from_this());
    net::dispatch(stream_.get_executor(), beast::bind_front_handler(&Session::do_read, shared_from_this()));
  }

  /// Closes the connection if it is waiting between requests.
  void close_if_idle() {
    net::post(stream_.get_executor(), [self = shared_from_this()] {
      if (!self->busy_) {
        beast::error_code ec;
        self->stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
        self->stream_.close();
      }
    });
  }

 private:
  void do_read() {
    busy_ = false;
    parser_.emplace();
    parser_->header_limit(kHeaderLimit);
    parser_->body_limit(kBodyLimit);
    stream_.expires_after(first_ ? kReadTimeout : kIdleTimeout);
    first_ = false;
    http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&Session::on_read, shared_from_this()));
  }

  void on_read(beast::error_code ec, std::size_t) {
    busy_ = true;
    if (ec == http::error::end_of_stream || ec == net::error::operation_aborted || ec == beast::error::timeout ||
        ec == net::error::connection_reset || ec == net::error::eof)
      return do_close();
    if (ec == http::error::body_limit) return reply_error(413, "request body too large");
    if (ec == http::error::header_limit) return reply_error(414, "request line or headers too large");
    if (ec) return reply_error(400, "malformed HTTP request: " + ec.message());
    handle(parser_->release());
  }

  /// An error the server answers itself, before any handler.
  static Response server_error(int status, const std::string& message) {
    auto r = error_response(status, message);
    r.route = "error";
    return r;
  }

  void reply_error(int status, const std::string& message) {
    keep_alive_ = false;
    send(server_error(status, message), "-", "-", std::chrono::steady_clock::now(), false);
  }

  void handle(http::request<http::string_body>&& req) {
    const auto started = std::chrono::steady_clock::now();
    keep_alive_ = req.keep_alive() && !shared_.stopping;
    Request r;
    r.method = std::string(req.method_string());
    r.target = std::string(req.target());
    Response resp;
    if (r.target.size() > kTargetLimit) {
      resp = server_error(414, "request target too long");
    } else if (!parse_target(r.target, r.path, r.params)) {
      resp = server_error(400, "malformed percent-encoding in the request target");
    } else if (const auto part = non_utf8_part(r.path, r.params)) {
      resp = server_error(400, *part + " is not UTF-8 once percent-decoded");
    } else {
      for (const auto& field : req) {
        std::string name(field.name_string());
        for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        r.headers[name] = std::string(field.value());
      }
      resp = shared_.handler.handle(r);
    }
    send(resp, r.method, r.target, started, req.method() == http::verb::head);
  }

  void send(const Response& resp, const std::string& method, const std::string& target,
            std::chrono::steady_clock::time_point started, bool head) {
    auto res = std::make_shared<http::response<http::string_body>>(static_cast<http::status>(resp.status), 11);
    res->set(http::field::server, shared_.name);
    if (!resp.content_type.empty()) res->set(http::field::content_type, resp.content_type);
    for (const auto& [name, value] : resp.headers) res->set(name, value);
    res->keep_alive(keep_alive_);
    res->body() = head ? std::string{} : resp.body;
    res->prepare_payload();
    if (head) res->content_length(resp.body.size());
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    shared_.handler.observe(resp, ms / 1000.0);
    access_log(peer_, method, target, resp.status, resp.body.size(), ms);
    response_ = res;
    http::async_write(stream_, *res, beast::bind_front_handler(&Session::on_write, shared_from_this()));
  }

  void on_write(beast::error_code ec, std::size_t) {
    response_.reset();
    if (ec || !keep_alive_ || shared_.stopping) return do_close();
    do_read();
  }

  void do_close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    shared_.sessions.remove(shared_from_this());
  }

  beast::tcp_stream stream_;
  Shared& shared_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::shared_ptr<void> response_;
  std::string peer_;
  bool keep_alive_ = true;
  bool busy_ = false;
  bool first_ = true;
};

/// Accepts connections and hands each to the next worker in turn.
class Listener : public std::enable_shared_from_this<Listener> {
 public:
  using Loops = std::vector<std::unique_ptr<net::io_context>>;
  /// Accepts on the first loop; `loops` must outlive the listener.
  Listener(const Loops& loops, tcp::endpoint endpoint, Shared& shared)
      : acceptor_(*loops.front()), loops_(loops), shared_(shared) {
    acceptor_.open(endpoint.protocol());
    acceptor_.set_option(net::socket_base::reuse_address(true));
    acceptor_.bind(endpoint);
    acceptor_.listen(net::socket_base::max_listen_connections);
  }
  unsigned short port() const { return acceptor_.local_endpoint().port(); }
  void run() { do_accept(); }
  /// Called on the acceptor's own loop (the signal handler's): no
  /// connection is accepted after it returns.
  void stop() {
    beast::error_code ec;
    acceptor_.close(ec);
  }

 private:
  void do_accept() {
    auto& worker = *loops_[next_++ % loops_.size()];
    acceptor_.async_accept(worker, beast::bind_front_handler(&Listener::on_accept, shared_from_this()));
  }
  void on_accept(beast::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted || !acceptor_.is_open() || shared_.stopping) return;
    if (!ec) std::make_shared<Session>(std::move(socket), shared_)->run();
    do_accept();
  }

  tcp::acceptor acceptor_;
  const Loops& loops_;
  std::size_t next_ = 0;
  Shared& shared_;
};

}  // namespace

int run_server(RequestHandler& handler, const ServerConfig& config, void (*on_listening)(unsigned short)) {
  // One event loop per thread, each serving its own connections in turn.
  // (One loop shared by every thread, with a strand per connection, let a
  // few connections wait seconds under load while others were served.)
  const unsigned threads = std::max(1u, config.threads);
  Listener::Loops loops;
  for (unsigned i = 0; i < threads; ++i) loops.push_back(std::make_unique<net::io_context>(1));
  auto& main_loop = *loops.front();
  // Loops wait for connections until shutdown begins.
  std::vector<net::executor_work_guard<net::io_context::executor_type>> keep_running;
  for (auto& loop : loops) keep_running.push_back(net::make_work_guard(*loop));

  Shared shared{handler, config.name, {}, {}};
  std::shared_ptr<Listener> listener;
  try {
    listener = std::make_shared<Listener>(loops, tcp::endpoint(net::ip::make_address(config.address), config.port),
                                          shared);
  } catch (const std::exception& e) {
    std::cerr << config.name << ": cannot listen on " << config.address << ":" << config.port << ": " << e.what() << "\n";
    return 3;
  }
  listener->run();
  if (on_listening) on_listening(listener->port());

  auto stop_all = [&] {
    for (auto& loop : loops) loop->stop();
  };
  net::signal_set signals(main_loop, SIGINT, SIGTERM);
  net::steady_timer grace(main_loop);
  signals.async_wait([&](const beast::error_code& ec, int) {
    if (ec) return;
    std::cerr << config.name << ": shutting down\n";
    shared.stopping = true;
    listener->stop();
    for (auto& s : shared.sessions.snapshot()) s->close_if_idle();
    // Requests in flight have this long to finish.
    grace.expires_after(kShutdownGrace);
    grace.async_wait([&](const beast::error_code& e) {
      if (!e) stop_all();
    });
  });

  std::vector<std::thread> pool;
  for (unsigned i = 1; i < threads; ++i) pool.emplace_back([loop = loops[i].get()] { loop->run(); });
  // Once every session has closed and the listener stopped, the only work
  // left is the grace timer and the loops' guards: end them, so that every
  // run() returns at once.
  std::thread watcher([&] {
    while (!main_loop.stopped()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      if (shared.stopping && shared.sessions.snapshot().empty()) {
        net::post(main_loop, [&] {
          grace.cancel();
          signals.cancel();
          for (auto& guard : keep_running) guard.reset();
        });
        break;
      }
    }
  });
  main_loop.run();
  // Every session closed and the loops' guards released: each worker's
  // run() returns once its last handler has; after the grace period they
  // were stopped already.  Either way, nothing is cut short here.
  for (auto& t : pool) t.join();
  watcher.join();
  return 0;
}

}  // namespace minutes::searchd
