#include "http_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace minutes::test {

namespace {

std::string lower(std::string s) {
  for (auto& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return {};
  const auto e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

}  // namespace

std::optional<std::string> HttpResponse::header(const std::string& name) const {
  const auto wanted = lower(name);
  for (const auto& [k, v] : headers)
    if (lower(k) == wanted) return v;
  return std::nullopt;
}

HttpConnection::HttpConnection(const std::string& host, unsigned short port, std::chrono::milliseconds timeout)
    : host_(host + ":" + std::to_string(port)), timeout_(timeout) {
  fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd_ < 0) throw std::runtime_error(std::string("socket: ") + std::strerror(errno));
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  if (::inet_pton(AF_INET, host.c_str(), &addr.sin_addr) != 1) {
    ::close(fd_);
    throw std::runtime_error("not an IPv4 address: " + host);
  }
  if (::connect(fd_, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0) {
    const int e = errno;
    ::close(fd_);
    throw std::runtime_error("connect to " + host_ + ": " + std::strerror(e));
  }
  const int one = 1;
  ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

HttpConnection::~HttpConnection() {
  if (fd_ >= 0) ::close(fd_);
}

bool HttpConnection::send_raw(const std::string& bytes) {
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    const auto n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE || errno == ECONNRESET) return false;
      throw std::runtime_error(std::string("send: ") + std::strerror(errno));
    }
    sent += static_cast<std::size_t>(n);
  }
  return true;
}

bool HttpConnection::fill() {
  pollfd p{fd_, POLLIN, 0};
  const int ready = ::poll(&p, 1, static_cast<int>(timeout_.count()));
  if (ready == 0) throw std::runtime_error("timed out waiting for " + host_);
  if (ready < 0) throw std::runtime_error(std::string("poll: ") + std::strerror(errno));
  char buf[16384];
  for (;;) {
    const auto n = ::recv(fd_, buf, sizeof buf, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == ECONNRESET) return false;
    if (n < 0) throw std::runtime_error(std::string("recv: ") + std::strerror(errno));
    if (n == 0) return false;
    buffer_.append(buf, static_cast<std::size_t>(n));
    return true;
  }
}

std::string HttpConnection::read_line() {
  for (;;) {
    const auto eol = buffer_.find("\r\n");
    if (eol != std::string::npos) {
      auto line = buffer_.substr(0, eol);
      buffer_.erase(0, eol + 2);
      return line;
    }
    if (!fill()) throw std::runtime_error("connection closed in the middle of a response header");
  }
}

std::string HttpConnection::read_exactly(std::size_t n) {
  while (buffer_.size() < n)
    if (!fill()) throw std::runtime_error("connection closed in the middle of a response body");
  auto out = buffer_.substr(0, n);
  buffer_.erase(0, n);
  return out;
}

HttpResponse HttpConnection::read_response(bool head) {
  HttpResponse r;
  if (buffer_.empty() && !fill()) throw std::runtime_error("connection closed before a response");
  const auto status_line = read_line();
  // HTTP/1.1 200 OK
  const auto sp1 = status_line.find(' ');
  if (status_line.rfind("HTTP/1.", 0) != 0 || sp1 == std::string::npos)
    throw std::runtime_error("bad status line: " + status_line);
  r.status = std::stoi(status_line.substr(sp1 + 1, 3));
  if (status_line.size() > sp1 + 5) r.reason = status_line.substr(sp1 + 5);
  for (;;) {
    const auto line = read_line();
    if (line.empty()) break;
    const auto colon = line.find(':');
    if (colon == std::string::npos) throw std::runtime_error("bad header line: " + line);
    r.headers.emplace_back(line.substr(0, colon), trim(line.substr(colon + 1)));
  }
  if (head || r.status == 204 || r.status == 304 || r.status / 100 == 1) return r;
  if (lower(r.header_or_empty("Transfer-Encoding")).find("chunked") != std::string::npos) {
    for (;;) {
      const auto size_line = read_line();
      const auto size = std::stoul(size_line, nullptr, 16);
      if (size == 0) {
        while (!read_line().empty()) {
        }
        break;
      }
      r.body += read_exactly(size);
      read_line();
    }
  } else if (auto length = r.header("Content-Length")) {
    r.body = read_exactly(std::stoul(*length));
  } else {
    while (fill()) {
    }
    r.body = std::move(buffer_);
    buffer_.clear();
  }
  return r;
}

HttpResponse HttpConnection::request(const std::string& method, const std::string& target,
                                     const std::vector<std::pair<std::string, std::string>>& extra_headers,
                                     const std::string& body) {
  std::string out = method + " " + target + " HTTP/1.1\r\nHost: " + host_ + "\r\n";
  for (const auto& [k, v] : extra_headers) out += k + ": " + v + "\r\n";
  if (!body.empty()) out += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  out += "\r\n";
  out += body;
  send_raw(out);
  return read_response(method == "HEAD");
}

bool HttpConnection::peer_closed(std::chrono::milliseconds wait) {
  const auto saved = timeout_;
  timeout_ = wait;
  bool closed = false;
  try {
    closed = !fill();
  } catch (const std::runtime_error&) {
    closed = false;  // nothing within the wait: still open
  }
  timeout_ = saved;
  return closed;
}

HttpResponse http_get(unsigned short port, const std::string& target,
                      const std::vector<std::pair<std::string, std::string>>& extra_headers) {
  HttpConnection c("127.0.0.1", port);
  auto headers = extra_headers;
  headers.emplace_back("Connection", "close");
  return c.get(target, headers);
}

std::string url_encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
        c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  return out;
}

}  // namespace minutes::test
