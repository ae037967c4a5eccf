// minutes-corpus-gen: writes a deterministic synthetic archive of council
// committee minutes (see README.md for the layout).
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

#include "item_writer.h"
#include "world.h"

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kProg = "minutes-corpus-gen";

constexpr std::string_view kUsage =
    "Usage: minutes-corpus-gen --out DIR --items N [--seed S] [--councils K] [--threads T]\n"
    "\n"
    "Writes a deterministic synthetic archive of UK council committee minutes:\n"
    "  DIR/<council>/councillors.json\n"
    "  DIR/<council>/<committee>/<YYYY-MM-DD>/meeting.json\n"
    "  DIR/<council>/<committee>/<YYYY-MM-DD>/<NN>-<title>.txt   (one per agenda item)\n"
    "\n"
    "Options:\n"
    "  --out DIR      output directory (created if missing; existing files are overwritten)\n"
    "  --items N      number of agenda items to write (1 to 100000000)\n"
    "  --seed S       random seed, decimal or 0x-hex (default 1); same seed and N give a\n"
    "                 byte-identical tree\n"
    "  --councils K   number of councils (default: 5-20 depending on N, more for very large N)\n"
    "  --threads T    worker threads (default: hardware concurrency); does not affect output\n"
    "  -h, --help     show this help\n";

[[noreturn]] void usage_error(const std::string& msg) {
  std::fprintf(stderr, "%s: error: %s\n", kProg.data(), msg.c_str());
  std::fprintf(stderr, "Try '%s --help' for usage.\n", kProg.data());
  std::exit(2);
}

bool parse_u64(std::string_view s, std::uint64_t& out) {
  int base = 10;
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    s.remove_prefix(2);
    base = 16;
  }
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out, base);
  return ec == std::errc() && p == s.data() + s.size();
}

long long parse_count(std::string_view opt, std::string_view value, long long lo, long long hi) {
  std::uint64_t v = 0;
  if (!parse_u64(value, v) || v < static_cast<std::uint64_t>(lo) ||
      v > static_cast<std::uint64_t>(hi))
    usage_error("invalid value '" + std::string(value) + "' for " + std::string(opt) +
                " (expected an integer from " + std::to_string(lo) + " to " +
                std::to_string(hi) + ")");
  return static_cast<long long>(v);
}

struct Options {
  std::string out;
  long long items = -1;
  std::uint64_t seed = 1;
  int councils = 0;
  int threads = 0;
};

Options parse_args(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::fwrite(kUsage.data(), 1, kUsage.size(), stdout);
      std::exit(0);
    }
    std::string_view name = arg, value;
    bool inline_value = false;
    if (arg.starts_with("--")) {
      const std::size_t eq = arg.find('=');
      if (eq != std::string_view::npos) {
        name = arg.substr(0, eq);
        value = arg.substr(eq + 1);
        inline_value = true;
      }
    }
    const bool known = name == "--out" || name == "--items" || name == "--seed" ||
                       name == "--councils" || name == "--threads";
    if (!known) {
      if (arg.starts_with("-")) usage_error("unknown option '" + std::string(arg) + "'");
      usage_error("unexpected argument '" + std::string(arg) + "'");
    }
    if (!inline_value) {
      if (i + 1 >= argc) usage_error("option " + std::string(name) + " needs a value");
      value = argv[++i];
    }
    if (name == "--out") {
      if (value.empty()) usage_error("--out needs a non-empty directory name");
      o.out = std::string(value);
    } else if (name == "--items") {
      o.items = parse_count(name, value, 1, 100'000'000);
    } else if (name == "--seed") {
      if (!parse_u64(value, o.seed))
        usage_error("invalid value '" + std::string(value) + "' for --seed (expected an unsigned "
                    "64-bit integer, decimal or 0x-hex)");
    } else if (name == "--councils") {
      o.councils = static_cast<int>(parse_count(name, value, 1, 100'000));
    } else {
      o.threads = static_cast<int>(parse_count(name, value, 1, 256));
    }
  }
  if (o.out.empty()) usage_error("missing required option --out DIR");
  if (o.items < 0) usage_error("missing required option --items N");
  return o;
}

std::string json_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string roster_json(const mcg::Council& c) {
  std::string j = "{\n  \"council\": \"" + json_escape(c.name) + "\",\n  \"councillors\": [\n";
  for (std::size_t i = 0; i < c.councillors.size(); ++i) {
    const mcg::Councillor& p = c.councillors[i];
    j += "    {\"name\": \"" + json_escape(p.first + " " + p.last) + "\", \"roles\": [";
    for (std::size_t r = 0; r < p.roles.size(); ++r) {
      if (r) j += ", ";
      j += '"' + json_escape(p.roles[r]) + '"';
    }
    j += i + 1 < c.councillors.size() ? "]},\n" : "]}\n";
  }
  j += "  ]\n}\n";
  return j;
}

std::string meeting_json(const mcg::Council& c, std::string_view committee, const mcg::Meeting& m) {
  std::string j = "{\n  \"council\": \"" + json_escape(c.name) + "\",\n";
  j += "  \"committee\": \"" + json_escape(committee) + "\",\n";
  j += "  \"date\": \"" + mcg::iso_date(m.date) + "\",\n";
  j += "  \"url\": \"https://democracy." + c.slug +
       ".example.gov.uk/ieListDocuments.aspx?MId=" + std::to_string(m.mid) + "\"\n}\n";
  return j;
}

/// First I/O error wins; workers stop once one is recorded.
struct ErrorBox {
  std::mutex mu;
  std::string message;
  std::atomic<bool> failed{false};
  void set(std::string msg) {
    std::lock_guard<std::mutex> lock(mu);
    if (!failed.exchange(true)) message = std::move(msg);
  }
};

bool write_file(const std::string& path, std::string_view data, ErrorBox& err) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) {
    err.set("cannot create " + path + ": " + std::strerror(errno));
    return false;
  }
  const bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
  const bool closed = std::fclose(f) == 0;
  if (!ok || !closed) {
    err.set("cannot write " + path + ": " + std::strerror(errno));
    return false;
  }
  return true;
}

void make_dirs(const std::string& path, ErrorBox& err) {
  std::error_code ec;
  fs::create_directories(path, ec);
  if (ec) err.set("cannot create directory " + path + ": " + ec.message());
}

}  // namespace

int main(int argc, char** argv) {
  const Options opt = parse_args(argc, argv);
  const auto t0 = std::chrono::steady_clock::now();

  try {
    mcg::validate_templates();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: internal error: %s\n", kProg.data(), e.what());
    return 1;
  }

  {
    std::error_code ec;
    if (fs::exists(opt.out, ec) && !fs::is_directory(opt.out, ec))
      usage_error("--out " + opt.out + " exists and is not a directory");
    if (fs::is_directory(opt.out, ec) && !fs::is_empty(opt.out, ec))
      std::fprintf(stderr, "%s: note: %s is not empty; files of the same name are overwritten\n",
                   kProg.data(), opt.out.c_str());
  }

  const mcg::Plan plan = mcg::make_plan(opt.seed, opt.items, opt.councils);
  const mcg::Vocabulary& v = mcg::vocab();

  ErrorBox err;
  std::atomic<long long> files{0}, bytes{0};
  const std::string root = opt.out;
  for (const mcg::Council& c : plan.councils) {
    const std::string cdir = root + "/" + c.slug;
    for (const mcg::Committee& cm : c.committees) make_dirs(cdir + "/" + cm.slug, err);
    const std::string roster = roster_json(c);
    if (write_file(cdir + "/councillors.json", roster, err)) {
      ++files;
      bytes += static_cast<long long>(roster.size());
    }
  }
  if (err.failed) {
    std::fprintf(stderr, "%s: error: %s\n", kProg.data(), err.message.c_str());
    return 1;
  }

  int threads = opt.threads;
  if (threads <= 0) threads = static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 16u));
  std::atomic<std::size_t> next{0};
  auto worker = [&]() {
    std::vector<mcg::RenderedItem> items;
    std::string path;
    long long my_files = 0, my_bytes = 0;
    for (;;) {
      const std::size_t i = next.fetch_add(1);
      if (i >= plan.meetings.size() || err.failed) break;
      const mcg::Meeting& m = plan.meetings[i];
      const mcg::Council& c = plan.councils[static_cast<std::size_t>(m.council)];
      const mcg::Committee& cm = c.committees[static_cast<std::size_t>(m.committee)];
      const std::string dir = root + "/" + c.slug + "/" + cm.slug + "/" + mcg::iso_date(m.date);
      std::error_code ec;
      fs::create_directory(dir, ec);
      if (ec) {
        err.set("cannot create directory " + dir + ": " + ec.message());
        break;
      }
      const std::string meta = meeting_json(c, v.committees[static_cast<std::size_t>(cm.def)].name, m);
      if (!write_file(dir + "/meeting.json", meta, err)) break;
      ++my_files;
      my_bytes += static_cast<long long>(meta.size());
      try {
        mcg::render_meeting(plan, m, items);
      } catch (const std::exception& e) {
        err.set(std::string("internal error: ") + e.what());
        break;
      }
      for (const mcg::RenderedItem& it : items) {
        path.assign(dir);
        path += '/';
        path += it.file_name;
        if (!write_file(path, it.text, err)) break;
        ++my_files;
        my_bytes += static_cast<long long>(it.text.size());
      }
    }
    files += my_files;
    bytes += my_bytes;
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();

  if (err.failed) {
    std::fprintf(stderr, "%s: error: %s\n", kProg.data(), err.message.c_str());
    return 1;
  }
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("%s: %lld items in %zu meetings of %zu councils: %lld files, %lld bytes, %.2f s -> %s\n",
              kProg.data(), plan.items, plan.meetings.size(), plan.councils.size(), files.load(),
              bytes.load(), secs, opt.out.c_str());
  return 0;
}
