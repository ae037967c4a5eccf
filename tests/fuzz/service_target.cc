// The daemon's request handling, as the HTTP server calls it, over an index
// of corpus/: whatever the request target and headers, an answer and never
// an internal error.
//
// The input is a request target, then optional header lines ("name: value").
// Properties:
// - no 5xx answer: every problem with a request is the client's (4xx);
// - JSON answers parse, and error answers say what was wrong;
// - the Atom feed is well-formed XML.
// Hangs are libFuzzer's to catch (-timeout).
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <string>
#include <unistd.h>

#include "fuzz_target.h"
#include "http_types.h"
#include "run.h"
#include "service.h"
#include "text.h"

namespace {

using namespace minutes;

std::unique_ptr<searchd::Service> service;
std::filesystem::path index_dir;

void remove_index() {
  service.reset();  // closed before its files go
  std::error_code ignored;  // a temporary directory: nothing to report at exit
  std::filesystem::remove_all(index_dir, ignored);
}

searchd::Request request_from(std::string_view input) {
  searchd::Request r;
  r.method = "GET";
  const auto end_of_target = input.find('\n');
  r.target = std::string(input.substr(0, end_of_target));
  if (end_of_target == std::string_view::npos) return r;
  std::string_view rest = input.substr(end_of_target + 1);
  while (!rest.empty()) {
    const auto eol = rest.find('\n');
    const auto line = rest.substr(0, eol);
    if (const auto colon = line.find(':'); colon != std::string_view::npos) {
      std::string name(line.substr(0, colon));
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      auto value = line.substr(colon + 1);
      while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
      r.headers[name] = std::string(value);
    }
    if (eol == std::string_view::npos) break;
    rest.remove_prefix(eol + 1);
  }
  return r;
}

void check_answer(const searchd::Request& r, const searchd::Response& answer) {
  const auto what = r.target + " -> " + std::to_string(answer.status) + " " + answer.body.substr(0, 500);
  if (answer.status < 200 || answer.status >= 500) fuzz::fail("no request makes the daemon fail (5xx)", what);
  if (answer.content_type.rfind("application/json", 0) == 0) {
    const auto body = nlohmann::json::parse(answer.body, nullptr, false);
    if (body.is_discarded()) fuzz::fail("JSON answers parse", what);
    if (answer.status >= 400 && !(body.contains("error") && body["error"].contains("message")))
      fuzz::fail("error answers say what was wrong", what);
  }
  const bool is_text = answer.content_type.rfind("application/json", 0) == 0 ||
                       answer.content_type.rfind("application/atom+xml", 0) == 0 ||
                       answer.content_type.rfind("text/csv", 0) == 0;
  if (is_text && text::find_invalid_utf8(answer.body)) fuzz::fail("text answers are UTF-8", what);
  if (answer.content_type.rfind("application/atom+xml", 0) == 0) {
    // pugixml checks the structure; it neither decodes UTF-8 nor minds
    // the control characters XML 1.0 forbids, so those are checked here.
    pugi::xml_document feed;
    if (!feed.load_buffer(answer.body.data(), answer.body.size())) fuzz::fail("the Atom feed is well-formed XML", what);
    for (const char c : answer.body)
      if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r')
        fuzz::fail("the Atom feed holds no control characters", what);
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // The sample corpus indexed once per process, by the indexer's own run.
  index_dir = std::filesystem::temp_directory_path() / ("minutes-fuzz-index-" + std::to_string(::getpid()));
  std::atexit(remove_index);
  indexer::IndexerConfig config;
  config.db = index_dir;
  config.roots = {std::filesystem::path(MINUTES_SOURCE_DIR) / "corpus"};
  config.threads = 1;
  config.progress = indexer::IndexerConfig::ProgressMode::Quiet;
  if (const int status = indexer::run_indexer(config); status != 0) {
    std::fprintf(stderr, "fuzz: indexing corpus/ failed (exit %d)\n", status);
    std::exit(1);
  }
  service = std::make_unique<searchd::Service>(
      searchd::ServiceConfig{index_dir, std::filesystem::path(MINUTES_SOURCE_DIR) / "web", "http://127.0.0.1:8080"});
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto r = request_from(std::string_view(reinterpret_cast<const char*>(data), size));
  // What the server refuses before handing a request over (server.cc:
  // targets over 8 KiB, undecodable ones, ones that are not UTF-8).
  if (r.target.size() > 8 * 1024) return 0;
  if (!searchd::parse_target(r.target, r.path, r.params)) return 0;
  if (searchd::non_utf8_part(r.path, r.params)) return 0;
  check_answer(r, service->handle(r));
  return 0;
}
