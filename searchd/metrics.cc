#include "metrics.h"

#include <cstdio>

namespace minutes::searchd {

void Metrics::observe(const std::string& route, int status, double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{route, status}];
  for (std::size_t i = 0; i < kBuckets.size(); ++i)
    if (seconds <= kBuckets[i]) ++bucket_counts_[i];
  ++count_;
  sum_ += seconds;
}

std::string Metrics::render(unsigned long long documents, std::chrono::system_clock::time_point last_reopen) const {
  std::lock_guard lock(mutex_);
  std::string out;
  char line[256];
  out += "# HELP minutes_http_requests_total HTTP requests by route and status.\n";
  out += "# TYPE minutes_http_requests_total counter\n";
  for (const auto& [key, n] : requests_) {
    std::snprintf(line, sizeof line, "minutes_http_requests_total{route=\"%s\",status=\"%d\"} %llu\n",
                  key.first.c_str(), key.second, n);
    out += line;
  }
  out += "# HELP minutes_http_request_duration_seconds Time to answer a request.\n";
  out += "# TYPE minutes_http_request_duration_seconds histogram\n";
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    std::snprintf(line, sizeof line, "minutes_http_request_duration_seconds_bucket{le=\"%g\"} %llu\n", kBuckets[i],
                  bucket_counts_[i]);
    out += line;
  }
  std::snprintf(line, sizeof line,
                "minutes_http_request_duration_seconds_bucket{le=\"+Inf\"} %llu\n"
                "minutes_http_request_duration_seconds_sum %.6f\n"
                "minutes_http_request_duration_seconds_count %llu\n",
                count_, sum_, count_);
  out += line;
  out += "# HELP minutes_index_documents Documents in the index (items, passages, files).\n";
  out += "# TYPE minutes_index_documents gauge\n";
  out += "minutes_index_documents " + std::to_string(documents) + "\n";
  out += "# HELP minutes_index_last_reopen_timestamp_seconds When the index was last (re)opened.\n";
  out += "# TYPE minutes_index_last_reopen_timestamp_seconds gauge\n";
  out += "minutes_index_last_reopen_timestamp_seconds " +
         std::to_string(std::chrono::duration_cast<std::chrono::seconds>(last_reopen.time_since_epoch()).count()) + "\n";
  return out;
}

}  // namespace minutes::searchd
