#include "static_files.h"

#include <fstream>
#include <sstream>

#include "text.h"

namespace fs = std::filesystem;

namespace minutes::searchd {
namespace {

std::string content_type_for(const fs::path& p) {
  const auto ext = text::to_lower_ascii(p.extension().string());
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json") return "application/json";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  if (ext == ".woff2") return "font/woff2";
  return "application/octet-stream";
}

Response not_found() {
  Response r;
  r.status = 404;
  r.content_type = "text/plain; charset=utf-8";
  r.body = "Not found\n";
  r.route = "static";
  return r;
}

}  // namespace

StaticFiles::StaticFiles(fs::path root) {
  std::error_code ec;
  root_ = fs::canonical(root, ec);
  if (ec) root_ = fs::weakly_canonical(root);
}

Response StaticFiles::serve(const std::string& path, const std::map<std::string, std::string>& headers) const {
  std::string relative = path == "/" || path.empty() ? std::string("index.html") : path.substr(1);
  // Refuse anything that could leave the root before touching the disk:
  // NUL bytes, backslashes, "..", hidden files.
  if (relative.find('\0') != std::string::npos || relative.find('\\') != std::string::npos) return not_found();
  for (const auto& part : fs::path(relative))
    if (part == ".." || part.string().rfind('.', 0) == 0) return not_found();
  std::error_code ec;
  auto full = fs::canonical(root_ / relative, ec);
  if (ec) return not_found();
  if (fs::is_directory(full, ec)) full = fs::canonical(full / "index.html", ec);
  if (ec) return not_found();
  // Symlinks are resolved by canonical(): the target must still be inside.
  const auto rel = full.lexically_relative(root_);
  if (rel.empty() || rel.begin()->string() == ".." || !fs::is_regular_file(full, ec)) return not_found();

  const auto size = fs::file_size(full, ec);
  const auto mtime = fs::last_write_time(full, ec).time_since_epoch().count();
  const auto etag = "\"" + std::to_string(size) + "-" + std::to_string(mtime) + "\"";
  Response r;
  r.route = "static";
  r.content_type = content_type_for(full);
  r.headers.emplace_back("ETag", etag);
  // HTML revalidates every time so a new release shows at once; assets
  // are revalidated by ETag after a short while.
  r.headers.emplace_back("Cache-Control", full.extension() == ".html" ? "no-cache" : "public, max-age=300");
  r.headers.emplace_back("X-Content-Type-Options", "nosniff");
  if (auto it = headers.find("if-none-match"); it != headers.end() && it->second == etag) {
    r.status = 304;
    r.content_type.clear();
    return r;
  }
  std::ifstream in(full, std::ios::binary);
  std::ostringstream body;
  body << in.rdbuf();
  r.body = body.str();
  return r;
}

}  // namespace minutes::searchd
