// Turning one source file into agenda items, with no Xapian involved, so
// that workers can do it in parallel.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "extract.h"
#include "index/documents.h"
#include "items.h"
#include "options.h"
#include "source.h"

namespace minutes::indexer {

/// Read-mostly state shared by workers: rosters (loaded once each) and
/// councillor names remembered from earlier runs.
class SharedContext {
 public:
  SharedContext(const IndexerConfig& config, std::map<std::string, std::vector<std::string>> known_councillors);

  /// The roster at this path, parsed once; nullptr if it cannot be read
  /// (the problem is reported once through `warn`).
  const analysis::Roster* roster(const std::filesystem::path& path, std::string& warning);
  const std::vector<std::string>* known_councillors(const std::string& council_slug) const;
  const IndexerConfig& config() const { return config_; }

 private:
  const IndexerConfig& config_;
  std::map<std::string, std::vector<std::string>> known_;
  std::mutex mutex_;
  std::map<std::string, std::unique_ptr<analysis::Roster>> rosters_;
};

struct FileOutcome {
  enum class Status { Indexed, Skipped, Failed } status = Status::Indexed;
  std::string reason;    // why skipped or failed
  std::string warning;   // a companion file problem; the file is still indexed
  std::vector<Item> items;
  index::FileRecord record;
};

/// Reads, extracts and analyses one file.  Never throws: bad input becomes
/// Skipped with a reason, anything unexpected becomes Failed.
FileOutcome process_file(const SourceFile& file, SharedContext& context);

}  // namespace minutes::indexer
