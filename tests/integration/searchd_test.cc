// Runs the real minutes-searchd over an index of corpus/ built by the real
// minutes-index, and talks to it over HTTP with a plain socket client.
// Assertions are properties that follow from the corpus text (see
// corpus/README.md and corpus/seeds/), not recorded result lists.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include "http_client.h"
#include "test_support.h"

extern char** environ;

namespace fs = std::filesystem;
using nlohmann::json;
using minutes::test::http_get;
using minutes::test::HttpConnection;
using minutes::test::HttpResponse;
using minutes::test::TempDir;
using minutes::test::url_encode;

namespace {

const fs::path kSource = MINUTES_SOURCE_DIR;
const std::string kIndexBin = MINUTES_INDEX_BIN;
const std::string kSearchdBin = MINUTES_SEARCHD_BIN;

// Seed 000 (corpus/seeds/000_*.txt and its .meta.json).
const std::string kSeed000Council = "West Sussex County Council";
const std::string kSeed000Title = "Performance and Resources Report - Quarter 2";
// Seed 004: "A Chatterley Valley slippage update would be sent to Councillor Yates directly."
const std::string kSeed004Council = "Staffordshire County Council";

const std::set<std::string> kTypes{"decision", "action", "request", "discussion"};
const std::vector<std::string> kFacets{"portfolio", "quarter", "councillor", "committee", "council", "type"};

std::string read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_text(const fs::path& p, const std::string& text) {
  std::ofstream(p, std::ios::binary | std::ios::trunc) << text;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// ---------------------------------------------------------------------------
// The daemon as a child process.

struct Daemon {
  pid_t pid = -1;
  unsigned short port = 0;
  fs::path stderr_path;
  std::string error;  // why it could not start
};

std::string daemon_stderr(const Daemon& d) { return d.stderr_path.empty() ? "" : read_text(d.stderr_path); }

/// Starts minutes-searchd on 127.0.0.1 port 0 with stdout and stderr in
/// files under `logs`, and waits for "listening on port N" on stderr.
Daemon start_daemon(const fs::path& db, const fs::path& web_root, const fs::path& logs) {
  Daemon d;
  d.stderr_path = logs / "searchd.stderr";
  const auto out_path = logs / "searchd.stdout";
  std::vector<std::string> argv{kSearchdBin, "--db",      db.string(), "--listen", "127.0.0.1:0",
                                "--web-root", web_root.string(), "--threads", "4"};
  std::vector<char*> args;
  for (auto& a : argv) args.push_back(a.data());
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, d.stderr_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  const int rc = posix_spawn(&d.pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    d.pid = -1;
    d.error = "cannot spawn " + kSearchdBin;
    return d;
  }
  const std::regex listening("listening on port ([0-9]+)");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
  while (std::chrono::steady_clock::now() < deadline) {
    std::smatch m;
    const auto err = read_text(d.stderr_path);
    if (std::regex_search(err, m, listening)) {
      d.port = static_cast<unsigned short>(std::stoi(m[1].str()));
      return d;
    }
    int status = 0;
    if (::waitpid(d.pid, &status, WNOHANG) == d.pid) {
      d.pid = -1;
      d.error = "minutes-searchd exited before listening:\n" + err;
      return d;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  d.error = "minutes-searchd did not report its port within 15 s:\n" + read_text(d.stderr_path);
  return d;
}

/// SIGTERM, then waits up to `limit`; returns the exit status, 128+signal,
/// or -1 when it had to be killed.
int stop_daemon(Daemon& d, std::chrono::milliseconds limit) {
  if (d.pid <= 0) return -1;
  ::kill(d.pid, SIGTERM);
  const auto deadline = std::chrono::steady_clock::now() + limit;
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    if (::waitpid(d.pid, &status, WNOHANG) == d.pid) {
      d.pid = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ::kill(d.pid, SIGKILL);
  ::waitpid(d.pid, &status, 0);
  d.pid = -1;
  return -1;
}

// ---------------------------------------------------------------------------
// Query strings.

using Params = std::vector<std::pair<std::string, std::string>>;

std::string query_string(const Params& params) {
  std::string out;
  for (const auto& [k, v] : params) out += (out.empty() ? "" : "&") + url_encode(k) + "=" + url_encode(v);
  return out;
}

/// Unquotes the fields of a CSV text (RFC 4180: "" inside quotes, CRLF rows).
/// Records whether every field was quoted.
std::vector<std::vector<std::string>> parse_csv(const std::string& text, bool& all_quoted) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, in_quotes = false, at_start = true;
  all_quoted = true;
  auto end_field = [&] {
    if (!quoted) all_quoted = false;
    row.push_back(field);
    field.clear();
    quoted = false;
    at_start = true;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        in_quotes = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"' && at_start) {
      in_quotes = quoted = true;
      at_start = false;
    } else if (c == ',') {
      end_field();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      end_field();
      rows.push_back(std::move(row));
      row.clear();
      ++i;
    } else {
      field.push_back(c);
      at_start = false;
    }
  }
  if (!field.empty() || !row.empty()) {
    end_field();
    rows.push_back(std::move(row));
  }
  return rows;
}

// ---------------------------------------------------------------------------
// The shared daemon over the whole corpus.

class Searchd : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    const auto& root = dir_->path();
    // Web root with a page, a script, a subdirectory, and a symlink that
    // points at a file outside the root.
    web_ = new fs::path(root / "web");
    fs::create_directories(*web_ / "sub");
    write_text(*web_ / "index.html", "<!doctype html><title>Minutes Search</title><p>INDEX-PAGE</p>\n");
    write_text(*web_ / "app.js", "console.log('APP-SCRIPT');\n");
    write_text(*web_ / "sub" / "index.html", "<p>SUB-INDEX</p>\n");
    write_text(*web_ / "sub" / "page.txt", "SUB-PAGE\n");
    write_text(root / "secret.txt", "TOP-SECRET-OUTSIDE-THE-ROOT\n");
    fs::create_symlink(root / "secret.txt", *web_ / "escape.txt");
    fs::create_directory_symlink(root, *web_ / "escape-dir");

    const auto index = minutes::test::run({kIndexBin, "--db", (root / "db").string(), (kSource / "corpus").string()});
    if (index.exit_code != 0) {
      setup_error_ = new std::string("minutes-index failed:\n" + index.output);
      return;
    }
    daemon_ = new Daemon(start_daemon(root / "db", *web_, root));
    if (!daemon_->error.empty()) setup_error_ = new std::string(daemon_->error);
  }

  static void TearDownTestSuite() {
    if (daemon_ && daemon_->pid > 0) {
      // An idle keep-alive connection must not hold up a graceful shutdown.
      std::unique_ptr<HttpConnection> idle;
      try {
        idle = std::make_unique<HttpConnection>("127.0.0.1", daemon_->port);
        EXPECT_EQ(idle->get("/healthz").status, 200);
      } catch (const std::exception& e) {
        ADD_FAILURE() << "healthz before shutdown: " << e.what();
      }
      const auto started = std::chrono::steady_clock::now();
      const int status = stop_daemon(*daemon_, std::chrono::seconds(5));
      EXPECT_EQ(status, 0) << "minutes-searchd did not exit with 0 within 5 s of SIGTERM (-1: killed)\n"
                           << daemon_stderr(*daemon_);
      EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
      if (idle) {
        EXPECT_TRUE(idle->peer_closed()) << "the idle connection was not closed at shutdown";
      }
    }
    delete daemon_;
    delete setup_error_;
    delete web_;
    delete dir_;
    daemon_ = nullptr;
    setup_error_ = nullptr;
    web_ = nullptr;
    dir_ = nullptr;
  }

  void SetUp() override {
    if (setup_error_) GTEST_FAIL() << *setup_error_;
    ASSERT_NE(daemon_, nullptr);
  }

  static unsigned short port() { return daemon_->port; }

  static HttpResponse get(const std::string& target,
                          const std::vector<std::pair<std::string, std::string>>& headers = {}) {
    return http_get(port(), target, headers);
  }

  /// GET that must answer 200 with JSON; returns the parsed body.
  static json get_json(const std::string& target) {
    const auto r = get(target);
    EXPECT_EQ(r.status, 200) << target << "\n" << r.body;
    EXPECT_TRUE(r.header_or_empty("Content-Type").rfind("application/json", 0) == 0) << target;
    auto j = json::parse(r.body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << target << "\n" << r.body;
    return j.is_discarded() ? json::object() : j;
  }

  static json search(const Params& params) { return get_json("/api/search?" + query_string(params)); }

  /// Every item of a search, fetched with the largest page size.
  static std::vector<json> all_items(Params params) {
    params.emplace_back("size", "100");
    std::vector<json> out;
    for (unsigned page = 1; page < 20; ++page) {
      auto p = params;
      p.emplace_back("page", std::to_string(page));
      const auto r = search(p);
      if (!r.contains("results") || r["results"].empty()) break;
      for (const auto& hit : r["results"]) out.push_back(hit["item"]);
    }
    return out;
  }

  static json item_detail(const std::string& id) { return get_json("/api/items/" + url_encode(id)); }

  /// The id of seed 000's item, found by browsing its council.
  static std::string seed000_id() {
    const auto r = search({{"council", kSeed000Council}});
    for (const auto& hit : r["results"])
      if (hit["item"]["title"] == kSeed000Title) return hit["item"]["id"];
    ADD_FAILURE() << "seed 000 not found by browsing " << kSeed000Council;
    return {};
  }

  static std::set<std::string> ids_of(const std::vector<json>& items) {
    std::set<std::string> out;
    for (const auto& i : items) out.insert(i["id"].get<std::string>());
    return out;
  }

  /// Checks that facet counts agree with filtering: for each value shown,
  /// the total when that value is the facet's filter (added, or replacing
  /// the facet's own filter) equals the count shown.
  static void expect_facet_counts_match_totals(const Params& base) {
    const auto r = search(base);
    ASSERT_TRUE(r.contains("facets")) << r.dump();
    for (const auto& facet : kFacets) {
      ASSERT_TRUE(r["facets"].contains(facet)) << facet;
      for (const auto& fc : r["facets"][facet]) {
        Params p;
        for (const auto& kv : base)
          if (kv.first != facet) p.push_back(kv);
        p.emplace_back(facet, fc["value"].get<std::string>());
        p.emplace_back("size", "1");
        const auto filtered = search(p);
        EXPECT_EQ(filtered["total"], fc["count"])
            << "facet " << facet << "=" << fc["value"] << " over " << query_string(base);
      }
    }
  }

  static inline TempDir* dir_ = nullptr;
  static inline fs::path* web_ = nullptr;
  static inline Daemon* daemon_ = nullptr;
  static inline std::string* setup_error_ = nullptr;
};

// Snippets are HTML: only <mark> and </mark> as markup, everything else escaped.
void expect_safe_snippet(const std::string& snippet) {
  std::string rest = std::regex_replace(snippet, std::regex("</?mark>"), "");
  EXPECT_EQ(rest.find('<'), std::string::npos) << snippet;
  EXPECT_EQ(rest.find('>'), std::string::npos) << snippet;
  // Every '&' starts an entity.
  static const std::regex bare_amp("&(?!(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)");
  EXPECT_FALSE(std::regex_search(rest, bare_amp)) << snippet;
}

}  // namespace

// ---------------------------------------------------------------------------
// /api/search: shape

TEST_F(Searchd, SearchResponseShape) {
  const auto r = search({{"q", "transport"}});
  EXPECT_EQ(r["query"], "transport");
  EXPECT_TRUE(r["total"].is_number_unsigned());
  EXPECT_GT(r["total"].get<int>(), 0);
  EXPECT_TRUE(r["total_exact"].is_boolean());
  // Every facet says whether its counts are exact: the corpus's results are
  // small enough to count in full.
  for (const auto& f : kFacets) EXPECT_EQ(r.at("facets_exact").at(f), true) << f;
  EXPECT_EQ(r["page"], 1);
  EXPECT_EQ(r["size"], 10);
  EXPECT_TRUE(r["took_ms"].is_number());
  EXPECT_GE(r["took_ms"].get<double>(), 0.0);
  EXPECT_TRUE(r["suggestion"].is_null());
  EXPECT_TRUE(r["understood"].is_string());
  EXPECT_FALSE(r["understood"].get<std::string>().empty());
  ASSERT_TRUE(r["results"].is_array());
  ASSERT_FALSE(r["results"].empty());
  EXPECT_LE(r["results"].size(), 10u);
  for (const auto& hit : r["results"]) {
    const auto& item = hit["item"];
    for (const char* k : {"id", "title", "council", "committee", "date", "url", "quarter"})
      EXPECT_TRUE(item[k].is_string()) << k << " in " << item.dump();
    EXPECT_FALSE(item["id"].get<std::string>().empty());
    EXPECT_TRUE(std::regex_match(item["date"].get<std::string>(), std::regex("[0-9]{4}-[0-9]{2}-[0-9]{2}")));
    EXPECT_TRUE(std::regex_match(item["quarter"].get<std::string>(), std::regex("[0-9]{4}/[0-9]{2} Q[1-4]")))
        << item["quarter"];
    ASSERT_TRUE(item["portfolios"].is_array());
    for (const auto& p : item["portfolios"]) EXPECT_TRUE(p.is_string());
    EXPECT_TRUE(hit["score"].is_number());
    ASSERT_TRUE(hit["passages"].is_array());
    EXPECT_FALSE(hit["passages"].empty());
    for (const auto& p : hit["passages"]) {
      for (const char* k : {"id", "type", "minute", "portfolio", "snippet"}) EXPECT_TRUE(p[k].is_string()) << k;
      EXPECT_EQ(p["id"].get<std::string>().rfind(item["id"].get<std::string>() + ":", 0), 0u) << p["id"];
      EXPECT_TRUE(kTypes.count(p["type"].get<std::string>())) << p["type"];
    }
  }
  ASSERT_TRUE(r["facets"].is_object());
  for (const auto& f : kFacets) {
    ASSERT_TRUE(r["facets"][f].is_array()) << f;
    for (const auto& fc : r["facets"][f]) {
      EXPECT_TRUE(fc["value"].is_string());
      EXPECT_TRUE(fc["count"].is_number_unsigned());
      EXPECT_GT(fc["count"].get<int>(), 0);
    }
  }
}

TEST_F(Searchd, ResultsAreGroupedPerItem) {
  // Across every page of a broad query and of a browse, no item twice.
  for (const Params& base : {Params{{"q", "council"}}, Params{{"q", "transport"}}, Params{}}) {
    const auto items = all_items(base);
    EXPECT_EQ(ids_of(items).size(), items.size()) << query_string(base);
    const auto r = search(base);
    EXPECT_EQ(r["total"].get<std::size_t>(), items.size()) << query_string(base);
  }
  // Browsing everything gives every item of the corpus once: 70 samples + 2 seeds.
  EXPECT_EQ(all_items({}).size(), 72u);
}

TEST_F(Searchd, SnippetsMarkMatchesAndEscapeHtml) {
  for (const char* q : {"transport", "EHCP", "potholes", "budget", "family network pilot"}) {
    const auto r = search({{"q", q}});
    ASSERT_FALSE(r["results"].empty()) << q;
    bool marked = false;
    for (const auto& hit : r["results"])
      for (const auto& p : hit["passages"]) {
        const auto snippet = p["snippet"].get<std::string>();
        marked = marked || contains(snippet, "<mark>");
        expect_safe_snippet(snippet);
      }
    EXPECT_TRUE(marked) << q;
  }
  // Seed 004: "…reported to Safeguarding O&S Committee in due course."
  const auto r = search({{"q", "family network pilot"}, {"council", kSeed004Council}});
  ASSERT_FALSE(r["results"].empty());
  bool found = false;
  for (const auto& p : r["results"][0]["passages"])
    if (contains(p["snippet"].get<std::string>(), "O&amp;S")) found = true;
  EXPECT_TRUE(found) << r["results"][0].dump();
}

// ---------------------------------------------------------------------------
// Filters

namespace {

/// Whether an item (summary from a search) satisfies one filter value;
/// councillor and type need the item's passages.
bool satisfies(const json& item, const json& detail, const std::string& facet, const std::string& value) {
  if (facet == "portfolio") {
    for (const auto& p : item["portfolios"])
      if (p == value) return true;
    return false;
  }
  if (facet == "quarter") return item["quarter"] == value;
  if (facet == "committee") return item["committee"] == value;
  if (facet == "council") return item["council"] == value;
  if (facet == "councillor") {
    for (const auto& c : detail["item"]["councillors"])
      if (c["name"] == value || c["id"] == value) return true;
    return false;
  }
  if (facet == "type") {
    for (const auto& p : detail["passages"])
      if (p["type"] == value) return true;
    return false;
  }
  return false;
}

}  // namespace

TEST_F(Searchd, EachFilterReturnsOnlyMatchingItems) {
  const auto facets = search({})["facets"];
  for (const auto& facet : kFacets) {
    ASSERT_GE(facets[facet].size(), 2u) << facet;
    // The two most common values, and one rare one.
    std::vector<std::string> values{facets[facet][0]["value"].get<std::string>(),
                                    facets[facet][1]["value"].get<std::string>(),
                                    facets[facet].back()["value"].get<std::string>()};
    for (const auto& value : values) {
      const auto items = all_items({{facet, value}});
      EXPECT_FALSE(items.empty()) << facet << "=" << value;
      for (const auto& item : items) {
        const auto detail = (facet == "councillor" || facet == "type") ? item_detail(item["id"]) : json::object();
        EXPECT_TRUE(satisfies(item, detail, facet, value)) << facet << "=" << value << ": " << item.dump();
      }
    }
  }
}

TEST_F(Searchd, RepeatedFilterOrsDifferentFiltersAnd) {
  const auto facets = search({})["facets"];
  for (const auto& facet : kFacets) {
    const auto a = facets[facet][0]["value"].get<std::string>();
    const auto b = facets[facet][1]["value"].get<std::string>();
    const auto ta = search({{facet, a}, {"size", "1"}})["total"].get<std::size_t>();
    const auto tb = search({{facet, b}, {"size", "1"}})["total"].get<std::size_t>();
    const auto both = search({{facet, a}, {facet, b}, {"size", "1"}})["total"].get<std::size_t>();
    EXPECT_GE(both, std::max(ta, tb)) << facet << ": " << a << " OR " << b;
    EXPECT_LE(both, ta + tb) << facet;
    // The OR result is exactly the union.
    auto ua = ids_of(all_items({{facet, a}}));
    const auto ub = ids_of(all_items({{facet, b}}));
    ua.insert(ub.begin(), ub.end());
    EXPECT_EQ(ids_of(all_items({{facet, a}, {facet, b}})), ua) << facet;
  }
  // Different filters AND: at most each alone, and exactly the intersection.
  const std::vector<Params> pairs{
      {{"council", "Wealdmoor County Council"}, {"portfolio", "Learning and Skills"}},
      {{"type", "decision"}, {"committee", "Cabinet"}},
      {{"quarter", "2023/24 Q3"}, {"council", "Northbridge Borough Council"}},
      {{"councillor", "Helen Marchbank"}, {"type", "action"}},
  };
  for (const auto& pair : pairs) {
    const auto a = ids_of(all_items({pair[0]}));
    const auto b = ids_of(all_items({pair[1]}));
    const auto both = ids_of(all_items(pair));
    std::set<std::string> inter;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::inserter(inter, inter.begin()));
    EXPECT_LE(both.size(), std::min(a.size(), b.size())) << query_string(pair);
    EXPECT_TRUE(std::includes(inter.begin(), inter.end(), both.begin(), both.end())) << query_string(pair);
  }
  // Two different councils of one item cannot both hold: AND of them is empty,
  // OR of them is the sum (each item has exactly one council).
  const auto w = search({{"council", "Wealdmoor County Council"}, {"size", "1"}})["total"].get<std::size_t>();
  const auto n = search({{"council", "Northbridge Borough Council"}, {"size", "1"}})["total"].get<std::size_t>();
  EXPECT_EQ(search({{"council", "Wealdmoor County Council"}, {"council", "Northbridge Borough Council"}})["total"],
            w + n);
  EXPECT_EQ(search({{"council", "Wealdmoor County Council"}, {"committee", "Parish Council"}})["total"], 0);
}

TEST_F(Searchd, FilterPassagesSatisfyPassageLevelFilters) {
  // With type=decision the passages shown for each item should be
  // decisions: the item is in the result because of its decision passages.
  for (const char* type : {"decision", "action"}) {
    for (const Params& base : {Params{{"type", type}}, Params{{"type", type}, {"q", "transport"}}}) {
      const auto r = search(base);
      ASSERT_FALSE(r["results"].empty()) << query_string(base);
      std::size_t shown = 0;
      std::vector<std::string> wrong;
      for (const auto& hit : r["results"])
        for (const auto& p : hit["passages"]) {
          ++shown;
          if (p["type"] != type) wrong.push_back(p["id"].get<std::string>() + " (" + p["type"].get<std::string>() + ")");
        }
      EXPECT_TRUE(wrong.empty()) << query_string(base) << ": " << wrong.size() << " of " << shown
                                 << " passages shown are not of type " << type << ", e.g. " << wrong.front();
    }
  }
}

TEST_F(Searchd, DateRangeFilter) {
  const auto items = all_items({{"from", "2022-01-01"}, {"to", "2023-12-31"}});
  ASSERT_FALSE(items.empty());
  for (const auto& i : items) {
    EXPECT_GE(i["date"].get<std::string>(), "2022-01-01");
    EXPECT_LE(i["date"].get<std::string>(), "2023-12-31");
  }
  // from and to are inclusive: the corpus has items on 2021-11-18 (W) and 2025-03-06 (W, the newest).
  const auto day = all_items({{"from", "2021-11-18"}, {"to", "2021-11-18"}});
  ASSERT_FALSE(day.empty());
  for (const auto& i : day) EXPECT_EQ(i["date"], "2021-11-18");
  // Open-ended ranges split the corpus.
  const auto before = search({{"to", "2022-12-31"}})["total"].get<std::size_t>();
  const auto after = search({{"from", "2023-01-01"}})["total"].get<std::size_t>();
  EXPECT_EQ(before + after, 72u);
  EXPECT_EQ(search({{"from", "2025-03-07"}})["total"], 0);
  // And with another filter.
  for (const auto& i : all_items({{"from", "2024-01-01"}, {"council", "Wealdmoor County Council"}})) {
    EXPECT_GE(i["date"].get<std::string>(), "2024-01-01");
    EXPECT_EQ(i["council"], "Wealdmoor County Council");
  }
}

// ---------------------------------------------------------------------------
// Facets

TEST_F(Searchd, FacetsCountItems) {
  for (const Params& base : {Params{}, Params{{"q", "transport"}}, Params{{"q", "budget"}}}) {
    const auto r = search(base);
    // Every item has exactly one council, committee and quarter.
    for (const char* f : {"council", "committee", "quarter"}) {
      std::size_t sum = 0;
      for (const auto& fc : r["facets"][f]) sum += fc["count"].get<std::size_t>();
      EXPECT_EQ(sum, r["total"].get<std::size_t>()) << f << " over " << query_string(base);
    }
    for (const auto& f : kFacets)
      for (const auto& fc : r["facets"][f]) EXPECT_LE(fc["count"].get<std::size_t>(), r["total"].get<std::size_t>());
    // Listed largest count first; equal counts by value, as bytes compare.
    for (const auto& f : kFacets) {
      const auto& list = r["facets"][f];
      for (std::size_t i = 1; i < list.size(); ++i) {
        const auto before = std::make_pair(-list[i - 1]["count"].get<long>(), list[i - 1]["value"].get<std::string>());
        const auto after = std::make_pair(-list[i]["count"].get<long>(), list[i]["value"].get<std::string>());
        EXPECT_LT(before, after) << f << " over " << query_string(base) << " at " << i;
      }
    }
  }
}

TEST_F(Searchd, FacetsIgnoreTheirOwnFilter) {
  const auto r = search({{"type", "decision"}});
  std::map<std::string, std::size_t> types;
  for (const auto& fc : r["facets"]["type"]) types[fc["value"].get<std::string>()] = fc["count"].get<std::size_t>();
  for (const auto& t : kTypes) EXPECT_GT(types[t], 0u) << t << " missing from facets.type with type=decision";
  EXPECT_EQ(types["decision"], r["total"].get<std::size_t>());
  // The other facets do honour the type filter.
  std::size_t councils = 0;
  for (const auto& fc : r["facets"]["council"]) councils += fc["count"].get<std::size_t>();
  EXPECT_EQ(councils, r["total"].get<std::size_t>());
}

TEST_F(Searchd, FacetCountEqualsTotalWhenAddedAsFilter) {
  expect_facet_counts_match_totals({{"q", "transport"}});
  expect_facet_counts_match_totals({{"type", "decision"}});
  expect_facet_counts_match_totals({{"q", "transport"}, {"type", "decision"}, {"council", "Wealdmoor County Council"}});
  expect_facet_counts_match_totals({{"q", "budget"}, {"portfolio", "Finance and Resources"}});
}

TEST_F(Searchd, FacetCountsHonourTheDateRange) {
  expect_facet_counts_match_totals({{"type", "decision"}, {"from", "2024-01-01"}});
  expect_facet_counts_match_totals({{"q", "transport"}, {"council", "Wealdmoor County Council"}, {"to", "2022-12-31"}});
}

TEST_F(Searchd, FacetsEndpointCountsTheWholeIndex) {
  const auto all = get_json("/api/facets");
  ASSERT_TRUE(all["facets"].is_object());
  for (const auto& f : kFacets) ASSERT_TRUE(all["facets"][f].is_array()) << f;
  std::map<std::string, std::size_t> councils;
  for (const auto& fc : all["facets"]["council"]) councils[fc["value"].get<std::string>()] = fc["count"].get<std::size_t>();
  // corpus/README.md: Wealdmoor 21, Northbridge 19, Ashcombe Vale 9, Sallowfield 21; one item per seed.
  EXPECT_EQ(councils["Wealdmoor County Council"], 21u);
  EXPECT_EQ(councils["Northbridge Borough Council"], 19u);
  EXPECT_EQ(councils["Ashcombe Vale District Council"], 9u);
  EXPECT_EQ(councils["Sallowfield Parish Council"], 21u);
  EXPECT_EQ(councils[kSeed000Council], 1u);
  EXPECT_EQ(councils[kSeed004Council], 1u);
  std::size_t sum = 0;
  for (const auto& fc : all["facets"]["committee"]) sum += fc["count"].get<std::size_t>();
  EXPECT_EQ(sum, 72u);
  EXPECT_EQ(get("/api/facets?q=x").status, 400);
}

TEST_F(Searchd, FacetsEndpointAgreesWithFiltering) {
  // The whole-index facets are what the page offers before any search: each
  // count should be what filtering by that value gives, and the same as
  // browsing everything.
  const auto all = get_json("/api/facets");
  const auto browse = search({});
  for (const auto& f : kFacets) {
    std::map<std::string, std::size_t> a, b;
    for (const auto& fc : all["facets"][f]) a[fc["value"].get<std::string>()] = fc["count"].get<std::size_t>();
    for (const auto& fc : browse["facets"][f]) b[fc["value"].get<std::string>()] = fc["count"].get<std::size_t>();
    EXPECT_EQ(a, b) << "/api/facets vs /api/search facets: " << f;
    for (const auto& [value, count] : a)
      EXPECT_EQ(search({{f, value}, {"size", "1"}})["total"].get<std::size_t>(), count)
          << "/api/facets " << f << "=" << value;
  }
  // The same from the items' side: an item listing a portfolio is found by it.
  std::map<std::string, std::set<std::string>> by_portfolio;
  for (const auto& item : all_items({}))
    for (const auto& p : item["portfolios"]) {
      const auto name = p.get<std::string>();
      if (!by_portfolio.count(name)) by_portfolio[name] = ids_of(all_items({{"portfolio", name}}));
      EXPECT_TRUE(by_portfolio[name].count(item["id"].get<std::string>()))
          << item["title"] << " lists portfolio \"" << name << "\" but portfolio=" << name << " does not find it";
    }
}

// ---------------------------------------------------------------------------
// Sorting, paging, browsing

TEST_F(Searchd, SortNewestAndOldest) {
  for (const char* q : {"transport", ""}) {
    const auto newest = all_items({{"q", q}, {"sort", "newest"}});
    const auto oldest = all_items({{"q", q}, {"sort", "oldest"}});
    ASSERT_GT(newest.size(), 3u) << q;
    EXPECT_EQ(newest.size(), oldest.size());
    for (std::size_t i = 1; i < newest.size(); ++i)
      EXPECT_GE(newest[i - 1]["date"].get<std::string>(), newest[i]["date"].get<std::string>()) << q << " #" << i;
    for (std::size_t i = 1; i < oldest.size(); ++i)
      EXPECT_LE(oldest[i - 1]["date"].get<std::string>(), oldest[i]["date"].get<std::string>()) << q << " #" << i;
    EXPECT_EQ(ids_of(newest), ids_of(oldest));
  }
  // Across page boundaries too.
  const auto p1 = search({{"sort", "newest"}, {"size", "5"}});
  const auto p2 = search({{"sort", "newest"}, {"size", "5"}, {"page", "2"}});
  EXPECT_GE(p1["results"].back()["item"]["date"].get<std::string>(),
            p2["results"].front()["item"]["date"].get<std::string>());
  EXPECT_EQ(p1["results"].front()["item"]["date"], "2025-03-06");  // the newest sample (corpus/README.md)
  EXPECT_EQ(search({{"sort", "oldest"}, {"size", "1"}})["results"][0]["item"]["date"], "2020-07-15");
}

TEST_F(Searchd, PagingAndSize) {
  const auto p1 = search({{"q", "council"}, {"size", "3"}});
  const auto p2 = search({{"q", "council"}, {"size", "3"}, {"page", "2"}});
  const auto total = p1["total"].get<std::size_t>();
  ASSERT_GT(total, 6u);
  EXPECT_EQ(p1["results"].size(), 3u);
  EXPECT_EQ(p2["results"].size(), 3u);
  EXPECT_EQ(p1["size"], 3);
  EXPECT_EQ(p2["page"], 2);
  EXPECT_EQ(p2["total"], p1["total"]);
  std::set<std::string> a, b;
  for (const auto& h : p1["results"]) a.insert(h["item"]["id"].get<std::string>());
  for (const auto& h : p2["results"]) b.insert(h["item"]["id"].get<std::string>());
  for (const auto& id : b) EXPECT_FALSE(a.count(id)) << id << " on pages 1 and 2";
  // Every page together is the whole result, once.
  std::set<std::string> seen;
  std::size_t rows = 0;
  for (unsigned page = 1; page <= (total + 2) / 3; ++page) {
    const auto r = search({{"q", "council"}, {"size", "3"}, {"page", std::to_string(page)}});
    for (const auto& h : r["results"]) {
      seen.insert(h["item"]["id"].get<std::string>());
      ++rows;
    }
  }
  EXPECT_EQ(rows, total);
  EXPECT_EQ(seen.size(), total);
  // Past the end: 200 with no results.
  const auto past = get("/api/search?q=council&size=3&page=" + std::to_string(total / 3 + 5));
  EXPECT_EQ(past.status, 200);
  const auto pj = json::parse(past.body);
  EXPECT_TRUE(pj["results"].empty());
  EXPECT_EQ(pj["total"], total);
  // Largest size.
  EXPECT_EQ(search({{"size", "100"}})["results"].size(), 72u);
}

TEST_F(Searchd, EmptyQueryWithFiltersBrowsesNewestFirst) {
  const auto r = search({{"council", "Sallowfield Parish Council"}, {"size", "100"}});
  EXPECT_EQ(r["total"], 21);
  ASSERT_EQ(r["results"].size(), 21u);
  for (std::size_t i = 1; i < r["results"].size(); ++i)
    EXPECT_GE(r["results"][i - 1]["item"]["date"].get<std::string>(), r["results"][i]["item"]["date"].get<std::string>());
  EXPECT_TRUE(contains(r["understood"].get<std::string>(), "newest first")) << r["understood"];
  for (const auto& h : r["results"]) EXPECT_FALSE(h["passages"].empty());
}

// ---------------------------------------------------------------------------
// Query understanding

TEST_F(Searchd, AcronymAndExpansionBothFindSeed000) {
  const auto id = seed000_id();
  ASSERT_FALSE(id.empty());
  for (const char* q : {"EHCP", "Education Health and Care Plan", "ehcps"}) {
    const auto ids = ids_of(all_items({{"q", q}}));
    EXPECT_TRUE(ids.count(id)) << q;
  }
  const auto r = search({{"q", "EHCP"}});
  EXPECT_TRUE(contains(r["understood"].get<std::string>(), "Education, Health and Care Plan")) << r["understood"];
  // Seed 004 writes "Education, Health and Care Plans (EHCP)": found by both too.
  for (const char* q : {"EHCP", "Education Health and Care Plan"}) {
    bool found = false;
    for (const auto& i : all_items({{"q", q}})) found = found || i["council"] == kSeed004Council;
    EXPECT_TRUE(found) << q;
  }
}

TEST_F(Searchd, OneLetterTypoIsCorrected) {
  const auto r = search({{"q", "transpot"}});
  EXPECT_EQ(r["suggestion"], "transport");
  EXPECT_GT(r["total"].get<int>(), 0);
  EXPECT_EQ(r["total"], search({{"q", "transport"}, {"size", "1"}})["total"]);
  EXPECT_TRUE(contains(r["understood"].get<std::string>(), "transport")) << r["understood"];
  // A correct word is not "corrected".
  EXPECT_TRUE(search({{"q", "transport"}})["suggestion"].is_null());
}

TEST_F(Searchd, MissingWordsRelaxTheQuery) {
  // "xqzvjw" is in no document; "potholes" is (corpus/README.md topics).
  const auto alone = all_items({{"q", "potholes"}});
  ASSERT_FALSE(alone.empty());
  const auto r = search({{"q", "potholes xqzvjw"}});
  EXPECT_GT(r["total"].get<int>(), 0);
  EXPECT_TRUE(contains(r["understood"].get<std::string>(), "most of them")) << r["understood"];
  EXPECT_EQ(ids_of(all_items({{"q", "potholes xqzvjw"}})), ids_of(alone));
  // Three words, one missing.
  EXPECT_GT(search({{"q", "school transport xqzvjw"}})["total"].get<int>(), 0);
  // All words present: not relaxed.
  const auto both = search({{"q", "school transport"}});
  EXPECT_FALSE(contains(both["understood"].get<std::string>(), "most of them")) << both["understood"];
}

TEST_F(Searchd, FieldSyntaxInQuery) {
  // councillor:yates: only seed 004 names Councillor Yates.
  {
    const auto items = all_items({{"q", "councillor:yates"}});
    ASSERT_FALSE(items.empty());
    for (const auto& i : items) {
      const auto d = item_detail(i["id"]);
      bool named = false;
      for (const auto& c : d["item"]["councillors"]) named = named || c["id"] == "yates";
      EXPECT_TRUE(named) << i.dump();
    }
  }
  // type:action: every passage shown is an action.
  {
    const auto r = search({{"q", "type:action"}, {"size", "100"}});
    EXPECT_EQ(r["total"], search({{"type", "action"}, {"size", "1"}})["total"]);
    for (const auto& h : r["results"])
      for (const auto& p : h["passages"]) EXPECT_EQ(p["type"], "action") << p["id"];
  }
  // quarter:2021/22-q2: the same items as the quarter filter.
  {
    const auto items = all_items({{"q", "quarter:2021/22-q2"}});
    ASSERT_FALSE(items.empty());
    for (const auto& i : items) EXPECT_EQ(i["quarter"], "2021/22 Q2") << i.dump();
    EXPECT_EQ(ids_of(items), ids_of(all_items({{"quarter", "2021/22 Q2"}})));
    EXPECT_TRUE(ids_of(items).count(seed000_id()));
  }
  // minute:33.4: seed 000's minute 33.4 is Cllr Nigel Jupp introducing Learning and Skills.
  {
    const auto r = search({{"q", "minute:33.4"}, {"size", "100"}});
    ASSERT_FALSE(r["results"].empty());
    bool seed = false;
    for (const auto& h : r["results"]) {
      seed = seed || h["item"]["id"] == seed000_id();
      for (const auto& p : h["passages"]) EXPECT_EQ(p["minute"], "33.4") << p["id"];
    }
    EXPECT_TRUE(seed);
  }
  // "2023-2027" as a phrase: every item found has the token in its text.
  {
    const auto items = all_items({{"q", "\"2023-2027\""}});
    EXPECT_GE(items.size(), 2u);  // W 2024-11-21 and A 2024-03-13 (corpus/README.md)
    for (const auto& i : items) {
      const auto d = item_detail(i["id"]);
      bool has = contains(i["title"].get<std::string>(), "2023-2027");
      for (const auto& p : d["passages"]) has = has || contains(p["text"].get<std::string>(), "2023-2027");
      EXPECT_TRUE(has) << i.dump();
    }
  }
  // Q2 2021/22: no passage has both tokens, so the query relaxes to the
  // items with either.
  {
    const auto r = search({{"q", "Q2 2021/22"}});
    EXPECT_GT(r["total"].get<int>(), 0);
    auto either = ids_of(all_items({{"q", "Q2"}}));
    const auto year = ids_of(all_items({{"q", "2021/22"}}));
    EXPECT_FALSE(either.empty());
    EXPECT_FALSE(year.empty());
    either.insert(year.begin(), year.end());
    EXPECT_EQ(ids_of(all_items({{"q", "Q2 2021/22"}})), either) << r["understood"];
  }
  // Filters in the query combine with the words.
  {
    const auto items = all_items({{"q", "transport council:\"Wealdmoor County Council\""}});
    ASSERT_FALSE(items.empty());
    for (const auto& i : items) EXPECT_EQ(i["council"], "Wealdmoor County Council");
  }
}

// ---------------------------------------------------------------------------
// Items and councillors

TEST_F(Searchd, ItemDetailListsEveryPassageInOrder) {
  const auto id = seed000_id();
  ASSERT_FALSE(id.empty());
  const auto d = item_detail(id);
  EXPECT_EQ(d["item"]["id"], id);
  EXPECT_EQ(d["item"]["title"], kSeed000Title);
  EXPECT_EQ(d["item"]["council"], kSeed000Council);
  EXPECT_EQ(d["item"]["date"], "2021-11-17");
  ASSERT_TRUE(d["passages"].is_array());
  ASSERT_GT(d["passages"].size(), 10u);
  std::set<std::string> minutes;
  for (std::size_t i = 0; i < d["passages"].size(); ++i) {
    const auto& p = d["passages"][i];
    EXPECT_EQ(p["ordinal"], i);
    EXPECT_EQ(p["anchor"], "p" + std::to_string(i));
    EXPECT_TRUE(kTypes.count(p["type"].get<std::string>())) << p["type"];
    EXPECT_TRUE(p["minute"].is_string());
    EXPECT_TRUE(p["portfolio"].is_string());
    EXPECT_TRUE(p["councillors"].is_array());
    EXPECT_FALSE(p["text"].get<std::string>().empty());
    minutes.insert(p["minute"].get<std::string>());
  }
  // Minutes 33.1 to 33.6 are all there, in order of first appearance.
  std::vector<std::string> order;
  for (const auto& p : d["passages"])
    if (const auto m = p["minute"].get<std::string>(); !m.empty() && (order.empty() || order.back() != m))
      order.push_back(m);
  EXPECT_EQ(order, (std::vector<std::string>{"33.1", "33.2", "33.3", "33.4", "33.5", "33.6"}));
  // 33.4: "The Cabinet Member for Learning and Skills, Cllr Nigel Jupp, introduced…"
  bool jupp = false;
  for (const auto& p : d["passages"])
    if (p["minute"] == "33.4") {
      EXPECT_EQ(p["portfolio"], "Learning and Skills");
      for (const auto& c : p["councillors"]) jupp = jupp || c["id"] == "nigel-jupp";
    }
  EXPECT_TRUE(jupp);
  // 33.6 is the resolution: decisions.
  for (const auto& p : d["passages"])
    if (p["minute"] == "33.6") {
      EXPECT_EQ(p["type"], "decision") << p["text"];
    }
  // Search hits point at these passages.
  // (Held in a variable: a range-for over a member of a temporary reads
  // freed memory, which AddressSanitizer caught here.)
  const auto hits = search({{"q", "EHCP"}, {"council", kSeed000Council}});
  for (const auto& hit : hits["results"])
    for (const auto& p : hit["passages"]) {
      const auto ordinal = std::stoul(p["id"].get<std::string>().substr(id.size() + 1));
      ASSERT_LT(ordinal, d["passages"].size());
      EXPECT_EQ(p["type"], d["passages"][ordinal]["type"]);
      EXPECT_EQ(p["minute"], d["passages"][ordinal]["minute"]);
      EXPECT_EQ(p["portfolio"], d["passages"][ordinal]["portfolio"]);
    }
}

TEST_F(Searchd, UnknownItemIs404Json) {
  for (const char* target : {"/api/items/no-such-item", "/api/items/", "/api/items/a/b"}) {
    const auto r = get(target);
    EXPECT_EQ(r.status, 404) << target;
    EXPECT_TRUE(r.header_or_empty("Content-Type").rfind("application/json", 0) == 0) << target;
    const auto j = json::parse(r.body, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << r.body;
    EXPECT_EQ(j["error"]["status"], 404);
  }
}

TEST_F(Searchd, SuggestCompletesWordsAndCouncillors) {
  const auto words = get_json("/api/suggest?q=tra");
  ASSERT_TRUE(words["suggestions"].is_array());
  ASSERT_FALSE(words["suggestions"].empty());
  bool transport = false;
  for (const auto& s : words["suggestions"]) {
    EXPECT_TRUE(s["kind"].is_string() && s["value"].is_string() && s["label"].is_string()) << s.dump();
    if (s["kind"] == "word") {
      EXPECT_EQ(s["value"].get<std::string>().rfind("tra", 0), 0u) << s.dump();
    } else {
      EXPECT_TRUE(contains(lower(s["label"].get<std::string>()), "tra")) << s.dump();
    }
    transport = transport || (s["kind"] == "word" && s["value"] == "transport");
  }
  EXPECT_TRUE(transport) << words.dump();
  const auto jupp = get_json("/api/suggest?q=jupp");
  bool found = false;
  for (const auto& s : jupp["suggestions"])
    found = found || (s["kind"] == "councillor" && s["value"] == "nigel-jupp" && s["label"] == "Nigel Jupp");
  EXPECT_TRUE(found) << jupp.dump();
  EXPECT_LE(get_json("/api/suggest?q=tra&limit=2")["suggestions"].size(), 2u);
  EXPECT_TRUE(get_json("/api/suggest?q=")["suggestions"].empty());
  EXPECT_EQ(get("/api/suggest?q=tra&x=1").status, 400);
}

TEST_F(Searchd, CouncillorProfile) {
  const auto p = get_json("/api/councillors/nigel-jupp");
  EXPECT_EQ(p["id"], "nigel-jupp");
  EXPECT_EQ(p["name"], "Nigel Jupp");
  bool ls = false;
  for (const auto& fc : p["portfolios"]) ls = ls || fc["value"] == "Learning and Skills";
  EXPECT_TRUE(ls) << p.dump();
  ASSERT_FALSE(p["councils"].empty());
  EXPECT_EQ(p["councils"][0]["value"], kSeed000Council);
  EXPECT_TRUE(p["decisions"].is_array());
  EXPECT_TRUE(p["actions"].is_array());
  // Seed 004's action names Councillor Yates as its recipient.
  const auto y = get_json("/api/councillors/yates");
  EXPECT_EQ(y["councils"][0]["value"], kSeed004Council);
  ASSERT_FALSE(y["actions"].empty()) << y.dump();
  EXPECT_EQ(y["actions"][0]["item"]["council"], kSeed004Council);
  // Lists are newest first and each item names the councillor.
  const auto m = get_json("/api/councillors/helen-marchbank");
  for (const char* list : {"decisions", "actions"}) {
    for (std::size_t i = 1; i < m[list].size(); ++i)
      EXPECT_GE(m[list][i - 1]["item"]["date"].get<std::string>(), m[list][i]["item"]["date"].get<std::string>());
    for (const auto& hit : m[list]) {
      const auto d = item_detail(hit["item"]["id"]);
      bool named = false;
      for (const auto& c : d["item"]["councillors"]) named = named || c["id"] == "helen-marchbank";
      EXPECT_TRUE(named) << hit["item"].dump();
    }
  }
  const auto missing = get("/api/councillors/no-such-councillor");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(json::parse(missing.body)["error"]["status"], 404);
}

TEST_F(Searchd, CouncillorProfileListsShowDecisionAndActionPassages) {
  for (const char* id : {"yates", "helen-marchbank", "gareth-pellow"}) {
    const auto p = get_json(std::string("/api/councillors/") + id);
    for (const auto& [list, type] : {std::pair{"decisions", "decision"}, std::pair{"actions", "action"}}) {
      std::size_t shown = 0;
      std::vector<std::string> wrong;
      for (const auto& hit : p[list])
        for (const auto& passage : hit["passages"]) {
          ++shown;
          if (passage["type"] != type)
            wrong.push_back(passage["id"].get<std::string>() + " (" + passage["type"].get<std::string>() + ")");
        }
      EXPECT_TRUE(wrong.empty()) << "/api/councillors/" << id << " " << list << ": " << wrong.size() << " of "
                                 << shown << " passages are not of type " << type << ", e.g. " << wrong.front();
    }
  }
}

// ---------------------------------------------------------------------------
// Feed and CSV

TEST_F(Searchd, AtomFeedIsWellFormedAndNewestFirst) {
  for (const std::string q : {"transport", "", "<b>&amp; \"O&S\" 'x'"}) {
    const auto r = get("/feed.atom?q=" + url_encode(q));
    ASSERT_EQ(r.status, 200) << q << "\n" << r.body;
    EXPECT_EQ(r.header_or_empty("Content-Type").rfind("application/atom+xml", 0), 0u) << r.header_or_empty("Content-Type");
    pugi::xml_document doc;
    const auto parsed = doc.load_buffer(r.body.data(), r.body.size());
    ASSERT_TRUE(parsed) << q << ": " << parsed.description() << " at " << parsed.offset << "\n" << r.body;
    const auto feed = doc.child("feed");
    ASSERT_TRUE(feed);
    EXPECT_STREQ(feed.attribute("xmlns").value(), "http://www.w3.org/2005/Atom");
    EXPECT_TRUE(feed.child("title"));
    EXPECT_TRUE(feed.child("id"));
    EXPECT_TRUE(feed.child("updated"));
    std::vector<std::string> updated;
    for (auto e : feed.children("entry")) {
      EXPECT_TRUE(e.child("title"));
      EXPECT_TRUE(e.child("id"));
      EXPECT_TRUE(e.child("link").attribute("href"));
      updated.push_back(e.child_value("updated"));
    }
    const auto total = search({{"q", q}, {"size", "1"}})["total"].get<std::size_t>();
    EXPECT_EQ(updated.size(), std::min<std::size_t>(total, 50)) << q;
    for (std::size_t i = 1; i < updated.size(); ++i) EXPECT_GE(updated[i - 1], updated[i]) << q;
    if (!updated.empty()) {
      EXPECT_EQ(std::string(feed.child_value("updated")), updated.front());
    }
    if (q.empty()) {
      EXPECT_EQ(updated.size(), 50u);
    }
    // xmllint, where installed, agrees.
    if (fs::exists("/usr/bin/xmllint")) {
      const auto file = dir_->path() / "feed.xml";
      write_text(file, r.body);
      const auto lint = minutes::test::run({"/usr/bin/xmllint", "--noout", file.string()});
      EXPECT_EQ(lint.exit_code, 0) << lint.output;
    }
  }
  EXPECT_EQ(get("/feed.atom?bogus=1").status, 400);
}

TEST_F(Searchd, CsvExportHasOneQuotedRowPerPassage) {
  const auto r = get("/api/search.csv?q=EHCP");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.header_or_empty("Content-Type").rfind("text/csv", 0), 0u);
  bool all_quoted = false;
  const auto rows = parse_csv(r.body, all_quoted);
  ASSERT_GT(rows.size(), 1u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"item_id", "date", "council", "committee", "title", "quarter", "minute",
                                               "type", "portfolio", "text", "url"}));
  EXPECT_EQ(r.body.rfind("item_id,date,", 0), 0u);
  std::set<std::string> items, passages;
  const auto hits = search({{"q", "EHCP"}, {"size", "100"}});
  std::set<std::string> hit_items;
  for (const auto& h : hits["results"]) hit_items.insert(h["item"]["id"].get<std::string>());
  for (std::size_t i = 1; i < rows.size(); ++i) {
    ASSERT_EQ(rows[i].size(), 11u) << "row " << i;
    items.insert(rows[i][0]);
    EXPECT_TRUE(passages.insert(rows[i][0] + "\n" + rows[i][9]).second) << "passage twice: " << rows[i][9];
    const auto text = lower(rows[i][9]);
    EXPECT_TRUE(contains(text, "ehcp") || contains(text, "education, health and care plan")) << rows[i][9];
    EXPECT_TRUE(kTypes.count(rows[i][7])) << rows[i][7];
  }
  EXPECT_EQ(items, hit_items);
  // Data rows are quoted (the header is bare).
  std::string body_only = r.body.substr(r.body.find("\r\n") + 2);
  bool quoted = false;
  parse_csv(body_only, quoted);
  EXPECT_TRUE(quoted);
  // Browsing one item exports every passage of it.
  const auto one = get("/api/search.csv?council=" + url_encode(kSeed000Council));
  ASSERT_EQ(one.status, 200);
  const auto one_rows = parse_csv(one.body, all_quoted);
  EXPECT_EQ(one_rows.size() - 1, item_detail(seed000_id())["passages"].size());
}

TEST_F(Searchd, DateRangeKeepsPassagesAndCsvRows) {
  // Dates are on items; the passages shown and exported must not be lost
  // to a date range, given as parameters or in the query.
  for (const Params& p : {Params{{"q", "transport"}, {"from", "2021-01-01"}, {"to", "2025-12-31"}},
                          Params{{"q", "transport date:2021-01-01..2025-12-31"}}}) {
    const auto r = search(p);
    ASSERT_FALSE(r["results"].empty()) << query_string(p);
    for (const auto& hit : r["results"]) EXPECT_FALSE(hit["passages"].empty()) << query_string(p) << ": " << hit["item"]["title"];
    bool marked = false;
    for (const auto& hit : r["results"])
      for (const auto& passage : hit["passages"]) marked = marked || contains(passage["snippet"].get<std::string>(), "<mark>");
    EXPECT_TRUE(marked) << query_string(p);
  }
  const auto csv = get("/api/search.csv?q=transport&from=2021-01-01&to=2025-12-31");
  ASSERT_EQ(csv.status, 200);
  bool all_quoted = false;
  EXPECT_GT(parse_csv(csv.body, all_quoted).size(), 1u) << csv.body;
}

TEST_F(Searchd, TitlePrefixFindsItemsByTheirTitles) {
  for (const char* q : {"title:transport", "title:\"home to school\"", "title:performance councillor:yates"}) {
    const auto r = search({{"q", q}, {"size", "100"}});
    ASSERT_FALSE(r["results"].empty()) << q;
    for (const auto& hit : r["results"]) {
      const auto title = lower(hit["item"]["title"].get<std::string>());
      const std::string word = contains(q, "home") ? "home to school" : contains(q, "performance") ? "performance" : "transport";
      EXPECT_TRUE(contains(title, word)) << q << ": " << title;
      EXPECT_FALSE(hit["passages"].empty()) << q << ": " << title;
    }
  }
  EXPECT_TRUE(search({{"q", "title:zzyzxnotaword"}})["results"].empty());
}

TEST_F(Searchd, AlternativeOfWordsAndFilterListsEachItemOnce) {
  // Passages also carry the councillor and year terms: an OR of a word and
  // a filter must still rank items, each once.
  const auto r = search({{"q", "(transport OR councillor:yates) year:2023"}, {"size", "100"}});
  ASSERT_FALSE(r["results"].empty());
  std::set<std::string> ids;
  for (const auto& hit : r["results"]) EXPECT_TRUE(ids.insert(hit["item"]["id"].get<std::string>()).second) << hit["item"]["title"];
  EXPECT_EQ(r["total"].get<std::size_t>(), ids.size());
}

TEST_F(Searchd, CsvExportRespectsPassageFilters) {
  const auto r = get("/api/search.csv?type=action");
  ASSERT_EQ(r.status, 200);
  bool all_quoted = false;
  const auto rows = parse_csv(r.body, all_quoted);
  ASSERT_GT(rows.size(), 1u);
  std::size_t wrong = 0;
  for (std::size_t i = 1; i < rows.size(); ++i) wrong += rows[i][7] != "action";
  EXPECT_EQ(wrong, 0u) << "of " << rows.size() - 1 << " rows";
}

// ---------------------------------------------------------------------------
// Health and metrics

TEST_F(Searchd, HealthAndMetrics) {
  const auto h = get_json("/healthz");
  EXPECT_EQ(h["status"], "ok");
  const auto documents = h["documents"].get<std::size_t>();
  EXPECT_GT(documents, 72u);
  ASSERT_EQ(get("/api/search?q=budget").status, 200);
  const auto m = get("/metrics");
  ASSERT_EQ(m.status, 200);
  EXPECT_EQ(m.header_or_empty("Content-Type").rfind("text/plain", 0), 0u);
  EXPECT_TRUE(contains(m.body, "minutes_http_requests_total{route=\"search\",status=\"200\"} ")) << m.body;
  EXPECT_TRUE(contains(m.body, "# TYPE minutes_http_request_duration_seconds histogram"));
  EXPECT_TRUE(contains(m.body, "minutes_http_request_duration_seconds_bucket{le=\"+Inf\"} "));
  EXPECT_TRUE(contains(m.body, "minutes_http_request_duration_seconds_sum "));
  EXPECT_TRUE(contains(m.body, "minutes_http_request_duration_seconds_count "));
  EXPECT_TRUE(contains(m.body, "minutes_index_documents " + std::to_string(documents) + "\n")) << m.body;
  // Every sample line is "name{labels} number" or "name number".
  std::istringstream lines(m.body);
  std::string line;
  const std::regex sample(R"(^[a-z_]+(\{[^}]*\})? [0-9.e+-]+$)");
  while (std::getline(lines, line))
    if (!line.empty() && line[0] != '#') {
      EXPECT_TRUE(std::regex_match(line, sample)) << line;
    }
  // The counter counts.
  auto count_of = [](const std::string& body) {
    std::smatch s;
    std::regex_search(body, s, std::regex(R"(minutes_http_requests_total\{route="search",status="200"\} ([0-9]+))"));
    return std::stol(s[1].str());
  };
  const auto before = count_of(m.body);
  ASSERT_EQ(get("/api/search?q=budget").status, 200);
  EXPECT_EQ(count_of(get("/metrics").body), before + 1);
}

// ---------------------------------------------------------------------------
// Errors

namespace {

void expect_json_error(const HttpResponse& r, int status, const std::string& mention = {}) {
  EXPECT_EQ(r.status, status) << r.body.substr(0, 300);
  EXPECT_EQ(r.header_or_empty("Content-Type").rfind("application/json", 0), 0u) << r.header_or_empty("Content-Type");
  const auto j = json::parse(r.body, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << r.body;
  ASSERT_TRUE(j.contains("error") && j["error"].is_object()) << r.body.substr(0, 300);
  EXPECT_EQ(j["error"]["status"], status);
  EXPECT_TRUE(j["error"]["message"].is_string());
  if (!mention.empty()) {
    EXPECT_TRUE(contains(j["error"]["message"].get<std::string>(), mention)) << r.body;
  }
}

}  // namespace

TEST_F(Searchd, FacetSizeListsTheLargestCountsAndSaysHowManyMore) {
  const Params base{{"q", "budget"}};
  const auto all = search(base);
  auto limited_params = base;
  limited_params.emplace_back("facet_size", "2");
  const auto limited = search(limited_params);
  EXPECT_EQ(limited["total"], all["total"]);
  bool some_cut = false;
  for (const auto& f : kFacets) {
    const auto& full = all["facets"][f];
    const auto& cut = limited["facets"][f];
    ASSERT_LE(cut.size(), 2u) << f;
    // The first values of the whole list, and how many were left out.
    for (std::size_t i = 0; i < cut.size(); ++i) EXPECT_EQ(cut[i], full[i]) << f << " at " << i;
    EXPECT_EQ(limited["facets_more"][f].get<std::size_t>(), full.size() - cut.size()) << f;
    EXPECT_EQ(all["facets_more"][f].get<std::size_t>(), 0u) << f;
    some_cut = some_cut || full.size() > 2;
  }
  EXPECT_TRUE(some_cut) << "no facet had more than 2 values: the test shows nothing";
  // A value the request filters on stays listed wherever its count puts it.
  const auto& councils = all["facets"]["council"];
  ASSERT_GT(councils.size(), 2u);
  const auto smallest = councils.back()["value"].get<std::string>();
  auto filtered = search({{"q", "budget"}, {"council", smallest}, {"facet_size", "1"}});
  std::vector<std::string> listed;
  for (const auto& c : filtered["facets"]["council"]) listed.push_back(c["value"].get<std::string>());
  EXPECT_NE(std::find(listed.begin(), listed.end(), smallest), listed.end()) << filtered["facets"]["council"].dump();
  EXPECT_LE(listed.size(), 2u);
  // facet_size must be a positive whole number.
  expect_json_error(get("/api/search?q=budget&facet_size=0"), 400);
  expect_json_error(get("/api/search?q=budget&facet_size=ten"), 400);
}

TEST_F(Searchd, BadParametersAre400) {
  expect_json_error(get("/api/search?q=x&colour=red"), 400, "colour");
  expect_json_error(get("/api/search.csv?colour=red"), 400, "colour");
  expect_json_error(get("/api/search?council=Nowhere+Council"), 400, "Nowhere Council");
  expect_json_error(get("/api/search?portfolio=Underwater+Basketry"), 400, "Underwater Basketry");
  expect_json_error(get("/api/search?councillor=nobody-at-all"), 400, "nobody-at-all");
  expect_json_error(get("/api/search?type=gossip"), 400, "gossip");
  expect_json_error(get("/api/search?quarter=2099%2F00+Q9"), 400);
  for (const char* bad : {"page=0", "page=-1", "page=x", "page=", "size=0", "size=101", "size=ten", "sort=random",
                          "from=yesterday", "from=20240101", "to=2024-1-1", "from=2024-06-01&to=2024-01-01"})
    expect_json_error(get(std::string("/api/search?q=budget&") + bad), 400, "");
}

TEST_F(Searchd, ImpossibleDatesAre400) {
  for (const char* bad : {"from=2024-13-01", "to=2024-02-30", "from=2024-00-10"})
    expect_json_error(get(std::string("/api/search?q=budget&") + bad), 400, "");
}

TEST_F(Searchd, UnbalancedQueriesAre400) {
  for (const char* q : {"\"school transport", "(school OR transport", "school transport)", "AND school", "school OR"})
    expect_json_error(get("/api/search?q=" + url_encode(q)), 400);
}

TEST_F(Searchd, MethodAndRouteErrors) {
  HttpConnection c("127.0.0.1", port());
  auto post = c.request("POST", "/api/search?q=x", {}, "q=x");
  expect_json_error(post, 405);
  EXPECT_TRUE(contains(post.header_or_empty("Allow"), "GET"));
  expect_json_error(c.request("DELETE", "/api/items/x"), 405);
  EXPECT_EQ(c.request("PUT", "/index.html", {}, "x").status, 405);
  expect_json_error(c.get("/api/nope"), 404);
  expect_json_error(c.get("/api/"), 404);
  // HEAD is answered like GET, without a body.
  const auto head = c.request("HEAD", "/api/search?q=budget");
  EXPECT_EQ(head.status, 200);
  EXPECT_TRUE(head.body.empty());
  EXPECT_EQ(c.get("/healthz").status, 200);  // still the same connection
}

TEST_F(Searchd, OversizedAndMalformedRequests) {
  {
    HttpConnection c("127.0.0.1", port());
    const auto r = c.get("/api/search?q=" + std::string(10 * 1024, 'a'));
    expect_json_error(r, 414);
  }
  {
    HttpConnection c("127.0.0.1", port());
    const std::string body(100 * 1024, 'x');
    std::string req = "POST /api/search HTTP/1.1\r\nHost: t\r\nContent-Length: " + std::to_string(body.size()) +
                      "\r\n\r\n";
    c.send_raw(req + body);
    const auto r = c.read_response();
    EXPECT_EQ(r.status, 413) << r.body;
  }
  for (const char* raw : {"GARBAGE\r\n\r\n", "GET\r\n\r\n", "GET /healthz HTTP/9.9 extra\r\n\r\n",
                          "GET /healthz HTTP/1.1\r\nno colon here\r\n\r\n"}) {
    HttpConnection c("127.0.0.1", port());
    c.send_raw(raw);
    const auto r = c.read_response();
    EXPECT_EQ(r.status, 400) << raw;
  }
  {
    // Bad percent-encoding in the target.
    HttpConnection c("127.0.0.1", port());
    expect_json_error(c.get("/api/search?q=%zz"), 400);
  }
  // Bytes that are not text once decoded, named; a feed echoing them was
  // not valid XML (found in review of the fuzz target's Atom check).
  for (const auto& [target, named] : std::vector<std::pair<std::string, std::string>>{
           {"/feed.atom?q=caf%E9", "parameter \"q\""},
           {"/api/search?q=ok&committee=%FF%FE", "parameter \"committee\""},
           {"/api/search?%C0%AF=1", "a parameter name (\"%C0%AF\")"},
           {"/api/items/caf%E9", "the path"}}) {
    HttpConnection c("127.0.0.1", port());
    expect_json_error(c.get(target), 400, named + " is not UTF-8");
  }
  // Still healthy afterwards.
  EXPECT_EQ(get("/healthz").status, 200);
  EXPECT_EQ(search({{"q", "budget"}})["results"].empty(), false);
}

// ---------------------------------------------------------------------------
// Static files

TEST_F(Searchd, StaticFilesWithTypesAndCaching) {
  const auto index = get("/");
  ASSERT_EQ(index.status, 200);
  EXPECT_TRUE(contains(index.body, "INDEX-PAGE"));
  EXPECT_EQ(index.header_or_empty("Content-Type").rfind("text/html", 0), 0u);
  EXPECT_FALSE(index.header_or_empty("Cache-Control").empty());
  EXPECT_TRUE(contains(get("/index.html").body, "INDEX-PAGE"));
  const auto js = get("/app.js");
  ASSERT_EQ(js.status, 200);
  EXPECT_TRUE(contains(js.body, "APP-SCRIPT"));
  EXPECT_EQ(js.header_or_empty("Content-Type").rfind("text/javascript", 0), 0u);
  EXPECT_FALSE(js.header_or_empty("Cache-Control").empty());
  EXPECT_TRUE(contains(get("/sub/page.txt").body, "SUB-PAGE"));
  EXPECT_TRUE(contains(get("/sub/").body, "SUB-INDEX"));
  EXPECT_EQ(get("/missing.html").status, 404);
  // Conditional requests.
  const auto etag = js.header("ETag");
  ASSERT_TRUE(etag.has_value());
  HttpConnection c("127.0.0.1", port());
  const auto not_modified = c.get("/app.js", {{"If-None-Match", *etag}});
  EXPECT_EQ(not_modified.status, 304);
  EXPECT_TRUE(not_modified.body.empty());
  EXPECT_EQ(c.get("/app.js", {{"If-None-Match", "\"other\""}}).status, 200);
  EXPECT_EQ(c.get("/", {{"If-None-Match", index.header_or_empty("ETag")}}).status, 304);
}

TEST_F(Searchd, StaticFilesNeverLeaveTheRoot) {
  const std::string secret = "TOP-SECRET-OUTSIDE-THE-ROOT";
  for (const char* target :
       {"/../secret.txt", "/../../secret.txt", "/%2e%2e/secret.txt", "/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E/%2E%2E/etc/passwd", "/sub/../../secret.txt", "/sub/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt",
        "/..%2Fsecret.txt", "/sub%2F..%2F..%2Fsecret.txt", "/%2F..%2Fsecret.txt", "/escape.txt", "/escape-dir/secret.txt",
        "/sub/..%5c..%5csecret.txt", "/.%2e/secret.txt", "//../secret.txt", "/escape.txt%00.html"}) {
    HttpConnection c("127.0.0.1", port());
    const auto r = c.get(target);
    EXPECT_TRUE(r.status == 404 || r.status == 400) << target << " -> " << r.status;
    EXPECT_FALSE(contains(r.body, secret)) << target;
    EXPECT_FALSE(contains(r.body, "root:")) << target;
  }
  EXPECT_EQ(get("/healthz").status, 200);
}

// ---------------------------------------------------------------------------
// Keep-alive

TEST_F(Searchd, SeveralRequestsOnOneConnection) {
  HttpConnection c("127.0.0.1", port());
  const auto id = seed000_id();
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(c.get("/healthz").status, 200);
    const auto s = c.get("/api/search?q=transport");
    ASSERT_EQ(s.status, 200);
    EXPECT_FALSE(json::parse(s.body)["results"].empty());
    EXPECT_EQ(c.get("/api/items/" + id).status, 200);
    EXPECT_EQ(c.get("/api/search?bogus=1").status, 400);  // an API error keeps the connection
    EXPECT_EQ(c.get("/api/items/nope").status, 404);
    EXPECT_EQ(c.get("/app.js").status, 200);
    EXPECT_NE(s.header_or_empty("Connection"), "close");
  }
  EXPECT_FALSE(c.peer_closed(std::chrono::milliseconds(200)));
  // Connection: close is honoured.
  const auto last = c.get("/healthz", {{"Connection", "close"}});
  EXPECT_EQ(last.status, 200);
  EXPECT_TRUE(c.peer_closed());
}

// ---------------------------------------------------------------------------
// The indexer commits while the daemon runs.

class SearchdReopen : public ::testing::Test {};

TEST_F(SearchdReopen, NewDocumentsAppearWithoutRestart) {
  TempDir dir;
  const auto corpus = dir.path() / "minutes";
  fs::copy(kSource / "corpus" / "seeds", corpus, fs::copy_options::recursive);
  const auto db = dir.path() / "db";
  const auto first = minutes::test::run({kIndexBin, "--db", db.string(), corpus.string()});
  ASSERT_EQ(first.exit_code, 0) << first.output;
  fs::create_directories(dir.path() / "web");
  write_text(dir.path() / "web" / "index.html", "<p>x</p>");
  auto daemon = start_daemon(db, dir.path() / "web", dir.path());
  // Never leave the daemon behind when an assertion returns early.
  struct Reaper {
    Daemon& d;
    ~Reaper() {
      if (d.pid > 0) stop_daemon(d, std::chrono::seconds(2));
    }
  } reaper{daemon};
  ASSERT_TRUE(daemon.error.empty()) << daemon.error;
  const unsigned short port = daemon.port;
  auto total_for = [&](const std::string& q) {
    const auto r = http_get(port, "/api/search?q=" + url_encode(q));
    EXPECT_EQ(r.status, 200) << r.body;
    const auto j = json::parse(r.body, nullptr, false);
    return j.is_discarded() ? -1 : j["total"].get<int>();
  };
  const std::string word = "snorkelwaffle";
  EXPECT_EQ(total_for(word), 0);
  EXPECT_EQ(json::parse(http_get(port, "/healthz").body)["documents"].get<int>() > 0, true);
  {
    // A copy of seed 000 with a minute holding the new word.
    auto text = read_text(corpus / "000_bc0bbb8462091f85.txt");
    const auto at = text.rfind("Supporting documents:");
    ASSERT_NE(at, std::string::npos);
    text.insert(at, "33.7     The Committee noted the " + word + " survey.\n\n");
    write_text(corpus / "010_added.txt", text);
    fs::copy_file(corpus / "000_bc0bbb8462091f85.txt.meta.json", corpus / "010_added.txt.meta.json");
  }
  const auto second = minutes::test::run({kIndexBin, "--db", db.string(), corpus.string()});
  ASSERT_EQ(second.exit_code, 0) << second.output;
  int found = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (std::chrono::steady_clock::now() < deadline && (found = total_for(word)) == 0)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  ASSERT_EQ(found, 1) << "the daemon did not pick up the new commit within 5 s";
  // Each worker thread's view reopens at most every 0.5 s: after that,
  // every request (4 worker threads, fresh connections) sees the new item.
  std::this_thread::sleep_for(std::chrono::milliseconds(700));
  for (int i = 0; i < 8; ++i) EXPECT_EQ(total_for(word), 1);
  const auto r = json::parse(http_get(port, "/api/search?q=" + word).body);
  ASSERT_EQ(r["results"].size(), 1u);
  EXPECT_TRUE(contains(r["results"][0]["passages"][0]["snippet"].get<std::string>(), "<mark>" + word + "</mark>"));
  // The old documents are still served alongside.
  EXPECT_GT(total_for("EHCP"), 0);
  const int status = stop_daemon(daemon, std::chrono::seconds(5));
  EXPECT_EQ(status, 0) << daemon_stderr(daemon);
}
