// minutes-inspect: shows what the indexer extracts from files, as JSON,
// without touching an index.  For checking a council's documents before
// indexing them, and for debugging extraction.
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "index/documents.h"
#include "options.h"
#include "process.h"

int main(int argc, char** argv) {
  if (argc < 2 || std::string_view(argv[1]) == "--help" || std::string_view(argv[1]) == "-h") {
    std::cout << "Usage: minutes-inspect FILE...\n"
                 "Prints, for each minutes file, the agenda items and typed passages the\n"
                 "indexer would extract from it, as one JSON object per line.\n";
    return argc < 2 ? 2 : 0;
  }
  minutes::indexer::IndexerConfig config;
  minutes::indexer::SharedContext context(config, {});
  int status = 0;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path path(argv[i]);
    const auto file = minutes::describe_source(path, path.parent_path().empty() ? "." : path.parent_path());
    const auto outcome = minutes::indexer::process_file(file, context);
    if (!outcome.warning.empty()) std::cerr << outcome.warning << "\n";
    if (outcome.status != minutes::indexer::FileOutcome::Status::Indexed) {
      std::cerr << "skipped: " << path.string() << ": " << outcome.reason << "\n";
      status = 1;
      continue;
    }
    for (const auto& item : outcome.items) {
      std::cout << nlohmann::json::parse(minutes::index::item_json(item)).dump(2) << "\n";
    }
  }
  return status;
}
