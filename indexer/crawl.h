// Finding the documents under the paths given on the command line.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "source.h"

namespace minutes::indexer {

/// Every supported document under root (or root itself when it is a
/// file), sorted by key.  Unreadable directories are reported through
/// `warn` and skipped.
std::vector<SourceFile> crawl(const std::filesystem::path& root, const std::function<void(const std::string&)>& warn);

}  // namespace minutes::indexer
