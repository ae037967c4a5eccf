// Static files from web/: correct content types and caching headers, and no
// way out of the web root (.., percent-encoded forms, symlinks).
#pragma once

#include <filesystem>

#include "http_types.h"

namespace minutes::searchd {

class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root);
  /// Serves `path` (already percent-decoded); "/" means index.html.
  Response serve(const std::string& path, const std::map<std::string, std::string>& headers) const;

 private:
  std::filesystem::path root_;  // canonical
};

}  // namespace minutes::searchd
