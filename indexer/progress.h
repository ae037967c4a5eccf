// Progress of a run: a live line on a terminal (files done of total, rate,
// time left), plain log lines otherwise.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>

namespace minutes::indexer {

class Progress {
 public:
  enum class Style { Terminal, Log, Quiet };
  Progress(Style style, std::size_t total_files, std::uintmax_t total_bytes);

  /// Called by workers after each file; prints at most a few times a second.
  void file_done(std::uintmax_t bytes);
  /// Prints a message on its own line without garbling the live line.
  void message(const std::string& line);
  /// Clears the live line.
  void finish();

  double elapsed_seconds() const;

 private:
  void render(bool force);

  Style style_;
  std::size_t total_files_;
  std::uintmax_t total_bytes_;
  std::size_t done_files_ = 0;
  std::uintmax_t done_bytes_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_render_;
  bool line_shown_ = false;
  std::mutex mutex_;
};

/// "3m12s", "45s", "1h02m".
std::string format_duration(double seconds);

}  // namespace minutes::indexer
