// Source files and the metadata that travels with them: a sidecar
// "<file>.meta.json", a "meeting.json" in the file's folder, and a
// "councillors.json" roster in the folder or any parent up to the crawl root.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "model.h"

namespace minutes {

inline constexpr std::string_view kSidecarSuffix = ".meta.json";
inline constexpr std::string_view kMeetingFile = "meeting.json";
inline constexpr std::string_view kRosterFile = "councillors.json";

struct SourceFile {
  std::filesystem::path path;
  std::string key;  // path relative to the crawl root's parent: "corpus/seeds/000.txt"
  std::uintmax_t size = 0;
  std::filesystem::path sidecar;  // empty when absent
  std::filesystem::path meeting;  // empty when absent
  std::filesystem::path roster;   // empty when absent
  std::string signature;          // size, mtimes of the file and its companions
};

/// True for files that are companions, not documents: sidecars, rosters,
/// and a folder's README or LICENCE.
bool is_companion_file(const std::filesystem::path& path);

/// Describes one document under `root`; finds its companions.
SourceFile describe_source(const std::filesystem::path& path, const std::filesystem::path& root);

/// The file-key prefix of every document under a crawl root ("corpus/").
std::string key_prefix_for_root(const std::filesystem::path& root);

/// Parses a sidecar or meeting.json; throws std::runtime_error naming the
/// problem ("date must be YYYY-MM-DD").
Metadata parse_metadata_json(std::string_view json);

/// Reads a whole file; throws std::runtime_error with the OS reason.
std::string read_file(const std::filesystem::path& path);

}  // namespace minutes
