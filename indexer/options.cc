#include "options.h"

#include <charconv>
#include <iostream>
#include <string_view>
#include <thread>

namespace minutes::indexer {
namespace {

constexpr std::string_view kUsage = R"(Usage: minutes-index --db DIR [options] PATH...

Indexes council meeting minutes (.txt .md .html .htm .pdf .xml) found under
each PATH into the index DIR (a Xapian stub database over one glass shard
per core), creating it if needed.  Re-running is
idempotent: unchanged files are skipped, changed ones re-indexed, files gone
from PATH removed from the index.

Companion files: <file>.meta.json (council, committee, date, item, title,
url), meeting.json in a meeting's folder, councillors.json roster in a
council's folder.

Options:
  --db DIR              index directory (required)
  --threads N           worker threads (default: number of cores)
  --max-file-size MB    skip files larger than this (default 64)
  --pdf-timeout S       seconds allowed for pdftotext per PDF (default 30)
  --commit-every N      files between commits on incremental runs (default 2000)
  --shards N            shards of a new index (default: one per thread);
                        an existing index keeps the shards it has
  --progress MODE       auto, terminal, log or quiet (default auto: a live
                        line on a terminal, log lines otherwise)
  --compact             compact every shard after indexing (in parallel):
                        about half the size and faster searches, for a
                        large first build; best with no daemon running
  --strict              exit non-zero when any file was skipped
  -h, --help            show this help

Exit status: 0 when every file was indexed or skipped as unreadable input,
1 when a file failed (or, with --strict, was skipped), 2 on bad usage,
3 when the index cannot be opened or written.
)";

bool parse_number(std::string_view s, std::uintmax_t& out) {
  const auto* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, out);
  return ec == std::errc{} && ptr == end;
}

}  // namespace

std::optional<IndexerConfig> parse_command_line(int argc, char** argv, int& exit_code) {
  IndexerConfig config;
  auto fail = [&](const std::string& message) -> std::optional<IndexerConfig> {
    std::cerr << "minutes-index: " << message << "\n(run minutes-index --help for usage)\n";
    exit_code = 2;
    return std::nullopt;
  };
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&](std::string_view name) -> std::optional<std::string_view> {
      if (i + 1 >= argc) return std::nullopt;
      (void)name;
      return std::string_view(argv[++i]);
    };
    auto number = [&](std::string_view name, std::uintmax_t& out) -> bool {
      auto v = value(name);
      return v && parse_number(*v, out);
    };
    std::uintmax_t n = 0;
    if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      exit_code = 0;
      return std::nullopt;
    } else if (arg == "--db") {
      auto v = value(arg);
      if (!v || v->empty()) return fail("--db needs a directory");
      config.db = std::string(*v);
    } else if (arg == "--threads") {
      if (!number(arg, n) || n == 0 || n > 256) return fail("--threads needs a number from 1 to 256");
      config.threads = static_cast<unsigned>(n);
    } else if (arg == "--max-file-size") {
      if (!number(arg, n) || n == 0) return fail("--max-file-size needs a positive number of megabytes");
      config.max_file_bytes = n << 20;
    } else if (arg == "--pdf-timeout") {
      if (!number(arg, n) || n == 0) return fail("--pdf-timeout needs a positive number of seconds");
      config.pdf_timeout = std::chrono::seconds(n);
    } else if (arg == "--commit-every") {
      if (!number(arg, n) || n == 0) return fail("--commit-every needs a positive number");
      config.commit_every = n;
    } else if (arg == "--shards") {
      if (!number(arg, n) || n == 0 || n > 64) return fail("--shards needs a number from 1 to 64");
      config.shards = static_cast<unsigned>(n);
    } else if (arg == "--progress") {
      auto v = value(arg);
      if (!v) return fail("--progress needs auto, terminal, log or quiet");
      if (*v == "auto") config.progress = IndexerConfig::ProgressMode::Auto;
      else if (*v == "terminal") config.progress = IndexerConfig::ProgressMode::Terminal;
      else if (*v == "log") config.progress = IndexerConfig::ProgressMode::Log;
      else if (*v == "quiet") config.progress = IndexerConfig::ProgressMode::Quiet;
      else return fail("--progress must be auto, terminal, log or quiet, not \"" + std::string(*v) + "\"");
    } else if (arg == "--compact") {
      config.compact = true;
    } else if (arg == "--strict") {
      config.strict = true;
    } else if (!arg.empty() && arg[0] == '-') {
      return fail("unknown option " + std::string(arg));
    } else {
      config.roots.emplace_back(std::string(arg));
    }
  }
  if (config.db.empty()) return fail("--db DIR is required");
  if (config.roots.empty()) return fail("give at least one PATH to index");
  if (config.threads == 0) config.threads = std::max(1u, std::thread::hardware_concurrency());
  return config;
}

}  // namespace minutes::indexer
