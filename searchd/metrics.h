// Prometheus text-format metrics: requests by route and status, a latency
// histogram, index document count, last reopen.
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace minutes::searchd {

class Metrics {
 public:
  void observe(const std::string& route, int status, double seconds);
  /// The exposition text; index figures passed in by the caller.
  std::string render(unsigned long long documents, std::chrono::system_clock::time_point last_reopen) const;

 private:
  static constexpr std::array<double, 12> kBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                   0.05,   0.1,   0.25,   0.5,   1.0,  2.5};
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, unsigned long long> requests_;
  std::array<unsigned long long, kBuckets.size()> bucket_counts_{};
  unsigned long long count_ = 0;
  double sum_ = 0;
};

}  // namespace minutes::searchd
