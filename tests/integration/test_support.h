// Helpers for tests that run the real programs: temporary directories and
// child processes.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace minutes::test {

/// A fresh directory under the system temp dir, removed on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

struct RunResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

/// Runs a program to completion, capturing its output.
RunResult run(const std::vector<std::string>& argv);

/// Starts a program in the background with output discarded; returns its pid.
pid_t start(const std::vector<std::string>& argv);

}  // namespace minutes::test
