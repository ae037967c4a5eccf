#include "http_types.h"

#include "text.h"

namespace minutes::searchd {

namespace {
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
}  // namespace

bool percent_decode(std::string_view in, std::string& out, bool plus_is_space) {
  out.clear();
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    const char c = in[i];
    if (c == '%') {
      if (i + 2 >= in.size() || hex_value(in[i + 1]) < 0 || hex_value(in[i + 2]) < 0) return false;
      out.push_back(static_cast<char>(hex_value(in[i + 1]) * 16 + hex_value(in[i + 2])));
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return true;
}

bool parse_target(std::string_view target, std::string& path, std::vector<std::pair<std::string, std::string>>& params) {
  const auto question = target.find('?');
  if (!percent_decode(target.substr(0, question), path, false)) return false;
  params.clear();
  if (question == std::string_view::npos) return true;
  auto query = target.substr(question + 1);
  while (!query.empty()) {
    const auto amp = query.find('&');
    const auto pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
    if (pair.empty()) continue;
    const auto eq = pair.find('=');
    std::string key, value;
    if (!percent_decode(pair.substr(0, eq), key, true)) return false;
    if (eq != std::string_view::npos && !percent_decode(pair.substr(eq + 1), value, true)) return false;
    params.emplace_back(std::move(key), std::move(value));
  }
  return true;
}

std::optional<std::string> non_utf8_part(const std::string& path,
                                         const std::vector<std::pair<std::string, std::string>>& params) {
  if (text::find_invalid_utf8(path)) return "the path";
  for (const auto& [name, value] : params) {
    // The name is shown escaped: it may be the very bytes at fault.
    if (text::find_invalid_utf8(name)) return "a parameter name (\"" + text::escape_invalid_utf8(name) + "\")";
    if (text::find_invalid_utf8(value)) return "parameter \"" + name + "\"";
  }
  return std::nullopt;
}

}  // namespace minutes::searchd
