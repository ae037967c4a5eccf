// Command line of minutes-index.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace minutes::indexer {

struct IndexerConfig {
  std::filesystem::path db;
  std::vector<std::filesystem::path> roots;
  unsigned threads = 0;                      // 0: one per core
  std::uintmax_t max_file_bytes = 64u << 20; // larger files are skipped
  std::chrono::seconds pdf_timeout{30};
  std::size_t commit_every = 2000;           // files per commit (incremental runs)
  unsigned shards = 0;                       // shards of a new index; 0: one per thread
  enum class ProgressMode { Auto, Terminal, Log, Quiet } progress = ProgressMode::Auto;
  bool strict = false;                       // skipped files make the run fail too
  bool compact = false;                      // compact the shards after indexing
};

/// Parses argv; on --help prints usage and returns nullopt with exit code 0;
/// on bad usage prints the problem and returns nullopt with exit code 2.
std::optional<IndexerConfig> parse_command_line(int argc, char** argv, int& exit_code);

}  // namespace minutes::indexer
