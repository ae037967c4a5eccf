// Portable pseudo-random numbers for the corpus generator.
//
// std:: distributions are not specified bit-for-bit, so the same seed could
// give different corpora with different standard libraries.  Everything here
// is integer arithmetic on a fixed PRNG (splitmix64 for seeding and hashing,
// xoshiro256** for streams), so output depends only on the seed.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

namespace mcg {

inline std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

/// Mixes two values into a well-distributed 64-bit key (order matters).
inline std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
  std::uint64_t s = a ^ (b * 0xD1342543DE82EF95ull + 0x632BE59BD9B4E019ull);
  splitmix64(s);
  return splitmix64(s);
}

/// FNV-1a, for deriving stream keys from names.
inline std::uint64_t hash_str(std::string_view s) {
  std::uint64_t h = 0xCBF29CE484222325ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001B3ull;
  }
  return h;
}

/// xoshiro256** seeded through splitmix64.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) {
    std::uint64_t s = seed;
    for (auto& x : s_) x = splitmix64(s);
  }

  std::uint64_t next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }

  /// Uniform in [0, n) for 0 < n < 2^32 (multiply-shift; bias < 2^-32 * n).
  std::uint32_t below(std::uint32_t n) {
    return static_cast<std::uint32_t>(((next() >> 32) * n) >> 32);
  }
  std::size_t index(std::size_t n) {
    return below(static_cast<std::uint32_t>(n));
  }
  /// Uniform in [lo, hi], inclusive.
  int range(int lo, int hi) {
    return lo + static_cast<int>(below(static_cast<std::uint32_t>(hi - lo + 1)));
  }
  /// True with probability percent/100.
  bool chance(unsigned percent) { return below(100) < percent; }
  /// True with probability per_mille/1000.
  bool chance_pm(unsigned per_mille) { return below(1000) < per_mille; }

  template <class T>
  const T& pick(const std::vector<T>& v) {
    return v[index(v.size())];
  }

  template <class T>
  void shuffle(std::vector<T>& v) {
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[index(i)]);
  }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
  }
  std::uint64_t s_[4];
};

/// Zipf–Mandelbrot sampler over ranks 0..n-1 with weight 1/(rank + q),
/// tabulated as an integer CDF so that sampling is exact and portable.
/// Small q gives a steep head (word frequencies); large q flattens it.
class Zipf {
 public:
  Zipf() = default;
  Zipf(std::size_t n, std::uint32_t q) { build(n, q); }

  void build(std::size_t n, std::uint32_t q) {
    cdf_.clear();
    cdf_.reserve(n);
    std::uint64_t total = 0;
    for (std::size_t k = 0; k < n; ++k) {
      total += (1ull << 24) / (k + q) + 1;
      cdf_.push_back(static_cast<std::uint32_t>(total));
    }
  }

  std::size_t size() const { return cdf_.size(); }

  std::size_t sample(Rng& rng) const {
    const std::uint32_t r = rng.below(cdf_.back());
    return static_cast<std::size_t>(
        std::upper_bound(cdf_.begin(), cdf_.end(), r) - cdf_.begin());
  }

 private:
  std::vector<std::uint32_t> cdf_;
};

}  // namespace mcg
