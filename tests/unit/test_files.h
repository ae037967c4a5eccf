// Paths of test inputs, and reading them.
#pragma once

#include <filesystem>
#include <string>

#include "source.h"

namespace minutes::test {

inline std::filesystem::path source_dir() { return MINUTES_SOURCE_DIR; }
inline std::filesystem::path seed_path(const char* name) { return source_dir() / "corpus" / "seeds" / name; }
inline std::filesystem::path real_dir() { return MINUTES_SHARED_REAL_DIR; }
inline std::string read(const std::filesystem::path& p) { return minutes::read_file(p); }

}  // namespace minutes::test
