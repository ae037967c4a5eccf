#include "progress.h"

#include <cstdio>
#include <iostream>

namespace minutes::indexer {

std::string format_duration(double seconds) {
  if (seconds < 0) seconds = 0;
  const auto s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%ldh%02ldm", s / 3600, (s % 3600) / 60);
  else if (s >= 60) std::snprintf(buf, sizeof buf, "%ldm%02lds", s / 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%lds", s);
  return buf;
}

Progress::Progress(Style style, std::size_t total_files, std::uintmax_t total_bytes)
    : style_(style), total_files_(total_files), total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()), last_render_(start_) {}

double Progress::elapsed_seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::file_done(std::uintmax_t bytes) {
  std::lock_guard lock(mutex_);
  ++done_files_;
  done_bytes_ += bytes;
  render(done_files_ == total_files_);
}

void Progress::render(bool force) {
  if (style_ == Style::Quiet) return;
  const auto now = std::chrono::steady_clock::now();
  const auto interval = style_ == Style::Terminal ? std::chrono::milliseconds(200) : std::chrono::milliseconds(10000);
  if (!force && now - last_render_ < interval) return;
  if (style_ == Style::Log && force && done_files_ == total_files_ && total_files_ < 1000) return;
  last_render_ = now;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(done_files_) / elapsed : 0;
  const double mb_rate = elapsed > 0 ? static_cast<double>(done_bytes_) / 1e6 / elapsed : 0;
  const double fraction = total_bytes_ ? static_cast<double>(done_bytes_) / static_cast<double>(total_bytes_)
                                       : static_cast<double>(done_files_) / static_cast<double>(std::max<std::size_t>(1, total_files_));
  const double left = fraction > 0 ? elapsed / fraction - elapsed : 0;
  char line[200];
  std::snprintf(line, sizeof line, "%zu/%zu files (%.0f%%), %.0f files/s, %.1f MB/s, %s left", done_files_,
                total_files_, fraction * 100, rate, mb_rate, format_duration(left).c_str());
  if (style_ == Style::Terminal) {
    std::cerr << "\r\033[K" << line << std::flush;
    line_shown_ = true;
  } else {
    std::cerr << "progress: " << line << "\n";
  }
}

void Progress::message(const std::string& text) {
  std::lock_guard lock(mutex_);
  if (line_shown_) std::cerr << "\r\033[K";
  std::cerr << text << "\n";
  if (line_shown_) {
    line_shown_ = false;
    render(true);
  }
}

void Progress::finish() {
  std::lock_guard lock(mutex_);
  if (line_shown_) std::cerr << "\r\033[K" << std::flush;
  line_shown_ = false;
}

}  // namespace minutes::indexer
