#include "crawl.h"

#include <algorithm>

#include "extract.h"

namespace fs = std::filesystem;

namespace minutes::indexer {

std::vector<SourceFile> crawl(const fs::path& root, const std::function<void(const std::string&)>& warn) {
  std::vector<SourceFile> files;
  auto consider = [&](const fs::path& p) {
    if (is_companion_file(p)) return;
    if (extract::format_of(p) == extract::Format::Unsupported) return;
    files.push_back(describe_source(p, root));
  };
  std::error_code ec;
  if (fs::is_regular_file(root, ec)) {
    consider(root);
    return files;
  }
  if (!fs::is_directory(root, ec)) {
    warn("skipped: " + root.string() + ": no such file or directory");
    return files;
  }
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    warn("skipped: " + root.string() + ": " + ec.message());
    return files;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      warn("skipped: " + it->path().string() + ": " + ec.message());
      ec.clear();
      continue;
    }
    // Hidden files and folders (editor backups, .git) are not minutes.
    if (it->path().filename().string().rfind('.', 0) == 0) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec)) consider(it->path());
  }
  std::sort(files.begin(), files.end(), [](const SourceFile& a, const SourceFile& b) { return a.key < b.key; });
  return files;
}

}  // namespace minutes::indexer
