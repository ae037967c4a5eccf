#include <cstdio>
#include <cstdlib>

#include "fuzz_target.h"

namespace minutes::fuzz {

void fail(std::string_view property, std::string_view detail) {
  std::fprintf(stderr, "fuzz: broken property: %.*s\n  %.*s\n", static_cast<int>(property.size()), property.data(),
               static_cast<int>(detail.size() > 2000 ? 2000 : detail.size()), detail.data());
  std::abort();
}

}  // namespace minutes::fuzz
