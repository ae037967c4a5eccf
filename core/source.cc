#include "source.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <sys/stat.h>

#include "dates.h"
#include "schema.h"
#include "text.h"

namespace fs = std::filesystem;

namespace minutes {

// Bump when extraction or analysis changes what a file yields, so that the
// next run re-indexes every file rather than skipping it as unchanged.
static constexpr std::string_view kAnalysisVersion = "a2";  // a2: titles cut at characters; dates only when dates

bool is_companion_file(const fs::path& path) {
  const auto name = path.filename().string();
  if (text::iends_with(name, kSidecarSuffix) || name == kMeetingFile || name == kRosterFile) return true;
  // A folder's README, LICENCE or build file is not minutes.
  for (std::string_view doc : {"readme", "licence", "license", "changelog", "cmakelists"})
    if (text::istarts_with(name, doc)) return true;
  return false;
}

static std::string mtime_of(const fs::path& p) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return "-";
  return std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec) + ":" +
         std::to_string(st.st_size);
}

std::string key_prefix_for_root(const fs::path& root) {
  const auto canonical = fs::weakly_canonical(root);
  auto name = canonical.filename().string();
  if (name.empty()) name = canonical.parent_path().filename().string();
  // Escaped as the rest of the keys under it are (describe_source).
  return text::escape_invalid_utf8(name) + "/";
}

SourceFile describe_source(const fs::path& path, const fs::path& root) {
  SourceFile f;
  f.path = path;
  const auto canonical_root = fs::weakly_canonical(root);
  const auto canonical = fs::weakly_canonical(path);
  // Keys are stored as JSON and shown: a name in another encoding (Latin-1
  // "café" from an old share) is escaped, not a reason to stop the run.
  if (fs::is_regular_file(canonical_root)) {
    f.key = text::escape_invalid_utf8(canonical.filename().string());
  } else {
    f.key = key_prefix_for_root(root) +
            text::escape_invalid_utf8(canonical.lexically_relative(canonical_root).generic_string());
  }
  std::error_code ec;
  f.size = fs::file_size(path, ec);
  if (ec) f.size = 0;

  const auto sidecar = fs::path(path.string() + std::string(kSidecarSuffix));
  if (fs::exists(sidecar, ec)) f.sidecar = sidecar;
  const auto meeting = path.parent_path() / kMeetingFile;
  if (fs::exists(meeting, ec)) f.meeting = meeting;
  // The nearest roster walking up to the crawl root.
  for (auto dir = canonical.parent_path();; dir = dir.parent_path()) {
    if (fs::exists(dir / kRosterFile, ec)) {
      f.roster = dir / kRosterFile;
      break;
    }
    if (dir == canonical_root || !dir.has_parent_path() || dir == dir.parent_path() ||
        dir.lexically_relative(canonical_root).string().rfind("..", 0) == 0)
      break;
  }
  f.signature = std::string(schema::kSchemaVersion) + "/" + std::string(kAnalysisVersion) + "|" + mtime_of(path);
  for (const auto* companion : {&f.sidecar, &f.meeting, &f.roster})
    f.signature += "|" + (companion->empty() ? std::string("-") : mtime_of(*companion));
  return f;
}

Metadata parse_metadata_json(std::string_view json_text) {
  const auto j = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) throw std::runtime_error("not valid JSON");
  if (!j.is_object()) throw std::runtime_error("expected a JSON object");
  Metadata m;
  auto field = [&](const char* name, std::string& out) {
    if (!j.contains(name)) return;
    const auto& v = j[name];
    if (v.is_string()) out = text::squeeze_spaces(v.get<std::string>());
    else if (v.is_number_integer()) out = std::to_string(v.get<long long>());
    else throw std::runtime_error(std::string("\"") + name + "\" must be a string");
  };
  field("council", m.council);
  field("committee", m.committee);
  field("date", m.date);
  field("item", m.item_number);
  field("title", m.title);
  field("url", m.url);
  if (!m.date.empty()) {
    if (!analysis::parse_iso_date(m.date)) throw std::runtime_error("\"date\" must be YYYY-MM-DD, got \"" + m.date + "\"");
  }
  return m;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(std::string("cannot open: ") + std::strerror(errno));
  std::string data;
  in.seekg(0, std::ios::end);
  const auto size = in.tellg();
  if (size > 0) {
    data.resize(static_cast<std::size_t>(size));
    in.seekg(0);
    in.read(data.data(), size);
    data.resize(static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) throw std::runtime_error(std::string("read error: ") + std::strerror(errno));
  return data;
}

}  // namespace minutes
