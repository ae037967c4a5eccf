#include "index/held_items.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace minutes::index {

namespace {

/// Names the failed call; `error` is errno as the call left it (0: the
/// call itself reported nothing, e.g. a write of no bytes).
std::runtime_error spool_error(const std::filesystem::path& dir, const char* what, int error) {
  return std::runtime_error(std::string("held items spool in ") + dir.string() + ": " + what + ": " +
                            (error ? std::strerror(error) : "no progress"));
}

}  // namespace

HeldItems::HeldItems(std::filesystem::path dir) : dir_(std::move(dir)) {}

HeldItems::~HeldItems() {
  if (fd_ >= 0) ::close(fd_);
}

void HeldItems::open_spool() {
  const auto path = dir_ / ".held-items";
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd_ < 0) throw spool_error(dir_, "cannot create", errno);
  // Unlinked at once: nothing to clean up after a crash or a kill.
  if (::unlink(path.c_str()) != 0) throw spool_error(dir_, "cannot unlink", errno);
}

void HeldItems::hold(std::string id_term, const Xapian::Document& doc, int sample_level) {
  if (fd_ < 0) open_spool();
  const auto bytes = doc.serialise();
  if (bytes.size() > UINT32_MAX) throw std::runtime_error("held items spool in " + dir_.string() + ": a document over 4 GB");
  std::size_t written = 0;
  while (written < bytes.size()) {
    const auto n = ::pwrite(fd_, bytes.data() + written, bytes.size() - written, static_cast<off_t>(end_ + written));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw spool_error(dir_, "cannot write", n < 0 ? errno : 0);
    written += static_cast<std::size_t>(n);
  }
  entries_.push_back({std::move(id_term), sample_level, end_, static_cast<std::uint32_t>(bytes.size())});
  end_ += bytes.size();
}

void HeldItems::release(const std::function<void(const std::string&, const Xapian::Document&)>& write) {
  std::stable_sort(entries_.begin(), entries_.end(),
                   [](const Entry& a, const Entry& b) { return a.sample_level > b.sample_level; });
  std::string bytes;
  for (const auto& e : entries_) {
    bytes.resize(e.length);
    std::size_t read = 0;
    while (read < e.length) {
      const auto n = ::pread(fd_, bytes.data() + read, e.length - read, static_cast<off_t>(e.offset + read));
      if (n < 0 && errno == EINTR) continue;
      if (n == 0) throw std::runtime_error("held items spool in " + dir_.string() + " is shorter than written");
      if (n < 0) throw spool_error(dir_, "cannot read back", errno);
      read += static_cast<std::size_t>(n);
    }
    write(e.id_term, Xapian::Document::unserialise(bytes));
  }
  entries_.clear();
  end_ = 0;
  if (fd_ >= 0 && ::ftruncate(fd_, 0) != 0) throw spool_error(dir_, "cannot truncate", errno);
}

}  // namespace minutes::index
