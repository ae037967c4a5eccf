#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

#include "extract.h"

extern char** environ;

namespace minutes::extract {
namespace {

/// Owns a file descriptor.
class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { reset(); }
  int get() const { return fd_; }
  void reset() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_;
};

/// Owns a child process: killed and reaped unless waited for.
class Child {
 public:
  explicit Child(pid_t pid) : pid_(pid) {}
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;
  ~Child() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      int status = 0;
      ::waitpid(pid_, &status, 0);
    }
  }
  int wait() {
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
    return status;
  }

 private:
  pid_t pid_;
};

constexpr std::size_t kMaxPdfText = 64u << 20;  // more text than any minutes hold

}  // namespace

std::string pdf_to_text(const std::filesystem::path& path, std::chrono::seconds timeout) {
  std::array<int, 2> out_pipe{};
  if (::pipe(out_pipe.data()) != 0) throw ExtractError(std::string("pipe: ") + std::strerror(errno));
  Fd read_end(out_pipe[0]);
  Fd write_end(out_pipe[1]);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, write_end.get(), STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, read_end.get());
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  const std::string file = path.string();
  std::array<char*, 7> argv{const_cast<char*>("pdftotext"), const_cast<char*>("-layout"),
                            const_cast<char*>("-enc"), const_cast<char*>("UTF-8"),
                            const_cast<char*>(file.c_str()), const_cast<char*>("-"), nullptr};
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, "pdftotext", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw ExtractError(std::string("cannot run pdftotext (install poppler-utils): ") + std::strerror(rc));
  Child child(pid);
  write_end.reset();

  std::string output;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::array<char, 65536> buf{};
  while (true) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) throw ExtractError("pdftotext timed out after " + std::to_string(timeout.count()) + " s");
    pollfd pfd{read_end.get(), POLLIN, 0};
    const int ready = ::poll(&pfd, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) continue;  // timeout is rechecked at the top
    const ssize_t n = ::read(read_end.get(), buf.data(), buf.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    output.append(buf.data(), static_cast<std::size_t>(n));
    if (output.size() > kMaxPdfText) throw ExtractError("PDF text exceeds 64 MiB");
  }
  const int status = child.wait();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw ExtractError("pdftotext failed (exit status " +
                       std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status)) +
                       "): damaged or truncated PDF");
  return output;
}

}  // namespace minutes::extract
