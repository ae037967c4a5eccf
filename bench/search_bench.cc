// Search benchmark, in process: generates a realistic query mix from an
// index, and times it on bare Xapian (QueryParser + Enquire top 10, with
// and without exact facet counting) and on the search core (grouping,
// facets, snippets; no HTTP).  bench/search_bench.sh adds the HTTP figures.
//
//   search-bench mix   --db DIR --queries N [--seed S]   > mix.txt
//   search-bench bare  --db DIR --mix mix.txt [--rounds R]
//   search-bench core  --db DIR --mix mix.txt [--rounds R] [--facets no] [--slowest N]
//   search-bench http  --port P --mix mix.txt [--rounds R]
//   search-bench explain --db DIR --mix mix.txt          (the queries built)
//
// A mix line is a URL query string ("q=budget+overspend&type=decision").
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "bare_search.h"
#include "schema.h"
#include "search/query.h"
#include "search/searcher.h"
#include "search/vocabulary.h"
#include "text.h"

namespace {

using minutes::schema::FieldId;
using Clock = std::chrono::steady_clock;

std::map<std::string, std::string> options(int argc, char** argv) {
  std::map<std::string, std::string> o;
  for (int i = 2; i + 1 < argc; i += 2) o[argv[i]] = argv[i + 1];
  return o;
}

std::string url_encode(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '/') out.push_back(static_cast<char>(c));
    else if (c == ' ') out.push_back('+');
    else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

bool is_stopword(const std::string& w) {
  static const std::vector<std::string> stop{"the", "and", "of", "to", "a", "in", "that", "was", "for", "be", "on",
                                             "with", "had", "as", "it", "by", "at", "an", "is", "this", "were", "would",
                                             "from", "which", "been", "not", "or", "are", "their", "its", "has", "have"};
  return std::find(stop.begin(), stop.end(), w) != stop.end();
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  std::string w;
  for (char c : text + " ") {
    if (std::isalpha(static_cast<unsigned char>(c))) w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    else {
      if (w.size() >= 3 && !is_stopword(w)) out.push_back(w);
      w.clear();
    }
  }
  return out;
}

/// A passage's text as clauses (split at punctuation) of lower-case words,
/// stopwords kept: where a phrase someone copies from the text comes from.
std::vector<std::vector<std::string>> clauses_of(const std::string& text) {
  std::vector<std::vector<std::string>> out(1);
  std::string w;
  auto end_word = [&] {
    if (!w.empty()) out.back().push_back(w);
    w.clear();
  };
  const auto padded = text + ".";
  for (std::size_t i = 0; i < padded.size(); ++i) {
    const char c = padded[i];
    const auto u = static_cast<unsigned char>(c);
    if (std::isalpha(u)) {
      w.push_back(static_cast<char>(std::tolower(u)));
    } else if (c == '\'' && !w.empty() && std::isalpha(static_cast<unsigned char>(padded[i + 1]))) {
      w.push_back(c);  // "people's" is one word
    } else if (padded.compare(i, 3, "\xE2\x80\x99") == 0 && !w.empty() && i + 3 < padded.size() &&
               std::isalpha(static_cast<unsigned char>(padded[i + 3]))) {
      w.push_back('\'');  // and so is "people’s", typed with a plain apostrophe
      i += 2;
    } else if (c == ' ' || c == '\n' || c == '\t') {
      end_word();
    } else {  // punctuation, digits, apostrophes: the clause ends
      end_word();
      if (!out.back().empty()) out.emplace_back();
    }
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

/// Two or three consecutive words of one clause, at least one of them a
/// word that says something (not a stopword, three letters or more).
std::string phrase_from(const std::string& text, std::mt19937_64& rng) {
  const auto clauses = clauses_of(text);
  for (int attempt = 0; attempt < 20 && !clauses.empty(); ++attempt) {
    const auto& clause = clauses[rng() % clauses.size()];
    const auto len = 2 + rng() % 2;
    if (clause.size() < len) continue;
    const auto start = rng() % (clause.size() - len + 1);
    std::string phrase;
    bool telling = false;
    for (std::size_t i = 0; i < len; ++i) {
      const auto& word = clause[start + i];
      telling = telling || (word.size() >= 3 && !is_stopword(word));
      phrase += (i ? " " : "") + word;
    }
    if (telling) return phrase;
  }
  return {};
}

/// Queries drawn from real passages, so that they find something: one to
/// four different words, a fifth of them phrases as written in the text, a
/// third with one or two filters taken from the passage's own item.
int make_mix(const std::map<std::string, std::string>& o) {
  Xapian::Database db(o.at("--db"));
  const int n = std::stoi(o.count("--queries") ? o.at("--queries") : "500");
  std::mt19937_64 rng(std::stoull(o.count("--seed") ? o.at("--seed") : "1"));
  const auto items_term = minutes::schema::make_raw_term(FieldId::Kind, "item");
  // Items in the order of their ids, not of their docids: the mix depends
  // on the archive only, not on where the indexer put each document.
  std::vector<std::pair<std::string, Xapian::docid>> by_id;
  for (auto it = db.postlist_begin(items_term); it != db.postlist_end(items_term); ++it)
    by_id.emplace_back(db.get_document(*it).get_value(minutes::schema::slot(FieldId::Item)), *it);
  std::sort(by_id.begin(), by_id.end());
  std::vector<Xapian::docid> items;
  for (const auto& [id, did] : by_id) items.push_back(did);
  int made = 0;
  while (made < n) {
    const auto data = nlohmann::json::parse(db.get_document(items[rng() % items.size()]).get_data());
    const auto& passages = data["passages"];
    if (passages.empty()) continue;
    const auto& p = passages[rng() % passages.size()];
    const auto words = words_of(p.value("text", ""));
    if (words.size() < 4) continue;
    const auto kind = rng() % 10;
    std::string q;
    if (kind < 2) {  // a phrase of two or three consecutive words
      const auto phrase = phrase_from(p.value("text", ""), rng);
      if (phrase.empty()) continue;
      q = "\"" + phrase + "\"";
    } else {  // words people would type: no word twice
      std::vector<std::string> distinct = words;
      std::sort(distinct.begin(), distinct.end());
      distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
      // Fisher-Yates by hand: std::shuffle differs between standard
      // libraries, and a seed should give the same mix everywhere.
      for (std::size_t i = distinct.size(); i > 1; --i) std::swap(distinct[i - 1], distinct[rng() % i]);
      const auto count = std::min<std::size_t>(1 + rng() % 4, distinct.size());
      for (std::size_t i = 0; i < count; ++i) q += (i ? " " : "") + distinct[i];
    }
    std::string line = "q=" + url_encode(q);
    if (rng() % 3 == 0) {
      const std::vector<std::pair<std::string, std::string>> facets{
          {"type", p.value("type", "")}, {"quarter", data.value("quarter", "")},
          {"committee", data.value("committee", "")}, {"council", data.value("council", "")},
          {"portfolio", p.value("portfolio", "")}};
      const auto filters = 1 + rng() % 2;
      for (std::size_t i = 0; i < filters; ++i) {
        const auto& [name, value] = facets[rng() % facets.size()];
        if (!value.empty()) line += "&" + name + "=" + url_encode(value);
      }
    }
    std::cout << line << "\n";
    ++made;
  }
  return 0;
}

std::vector<minutes::search::SearchRequest> read_mix(const std::string& path) {
  std::ifstream in(path);
  std::vector<minutes::search::SearchRequest> mix;
  std::string line;
  auto decode = [](std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '+') out.push_back(' ');
      else if (s[i] == '%' && i + 2 < s.size()) {
        out.push_back(static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16)));
        i += 2;
      } else out.push_back(s[i]);
    }
    return out;
  };
  while (std::getline(in, line)) {
    minutes::search::SearchRequest r;
    std::stringstream parts(line);
    std::string pair;
    while (std::getline(parts, pair, '&')) {
      const auto eq = pair.find('=');
      const auto key = pair.substr(0, eq);
      const auto value = decode(pair.substr(eq + 1));
      if (key == "q") r.q = value;
      else r.filters[key].push_back(value);
    }
    mix.push_back(std::move(r));
  }
  return mix;
}

void report(const char* what, std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  double sum = 0;
  for (double m : ms) sum += m;
  auto pct = [&](double p) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(p * static_cast<double>(ms.size())))]; };
  std::printf("%s: n=%zu mean=%.3f ms p50=%.3f ms p90=%.3f ms p99=%.3f ms max=%.3f ms\n", what, ms.size(),
              sum / static_cast<double>(ms.size()), pct(0.50), pct(0.90), pct(0.99), ms.back());
}

/// Bare Xapian (bare_search.h), alone or with what `mode` adds.
int time_bare(const std::map<std::string, std::string>& o, minutes::bench::BareMode mode) {
  minutes::bench::BareSearch bare(o.at("--db"), mode);
  const auto mix = read_mix(o.at("--mix"));
  const int rounds = std::stoi(o.count("--rounds") ? o.at("--rounds") : "3");
  std::vector<double> ms;
  for (int round = 0; round < rounds; ++round)
    for (const auto& r : mix) {
      const auto start = Clock::now();
      (void)bare.search(r.q, r.filters);
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
  using minutes::bench::BareMode;
  report(mode == BareMode::ExactCounts ? "bare xapian, exact facet counts"
         : mode == BareMode::Floor     ? "bare xapian, top 10 and the floor passes"
                                       : "bare xapian, top 10",
         ms);
  return 0;
}

int time_core(const std::map<std::string, std::string>& o) {
  // Opening builds what every index generation needs (vocabulary, facet
  // table, passage spans): the daemon pays it again at each reopen.
  const auto opening = Clock::now();
  minutes::search::Searcher searcher(o.at("--db"));
  std::cout << "search core: opening the index took "
            << std::chrono::duration<double, std::milli>(Clock::now() - opening).count() << " ms\n";
  const auto mix = read_mix(o.at("--mix"));
  const int rounds = std::stoi(o.count("--rounds") ? o.at("--rounds") : "3");
  // --facets no: the core without facet counting, to see what they cost.
  const bool facets = !o.count("--facets") || o.at("--facets") != "no";
  std::vector<double> ms;
  std::map<std::string, std::vector<double>> phases;
  std::vector<std::pair<double, std::string>> timed;  // ms, query and its split
  std::map<std::size_t, std::pair<std::size_t, double>> by_size;  // result size bucket -> queries, ms
  for (int round = 0; round < rounds; ++round)
    for (auto r : mix) {
      r.facets = facets;
      const auto start = Clock::now();
      const auto response = searcher.search(r);
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
      std::size_t bucket = 0;
      while (bucket < 100000 && response.total > bucket) bucket = bucket ? bucket * 10 : 1;
      by_size[bucket].first++;
      by_size[bucket].second += ms.back();
      for (const auto& [phase, took] : response.phases) phases[phase].push_back(took);
      std::string split;
      for (const auto& [phase, took] : response.phases) split += " " + phase + "=" + std::to_string(took);
      timed.emplace_back(ms.back(), "q=" + r.q + " (" + std::to_string(r.filters.size()) + " filters):" + split);
    }
  report(facets ? "search core (grouping, facets, snippets)" : "search core without facets", ms);
  // The split: how often each phase ran, and its total share per query.
  for (const auto& [phase, took] : phases) {
    double sum = 0;
    for (double t : took) sum += t;
    std::printf("  phase %-10s ran %5zu times, %.3f ms per query\n", phase.c_str(), took.size(),
                sum / static_cast<double>(ms.size()));
  }
  // How big the results of the mix are, and what each size costs.
  std::size_t previous = 0;
  for (const auto& [bucket, stat] : by_size) {
    std::printf("  results %zu to %zu items: %zu queries, %.3f ms mean\n", previous ? previous + 1 : bucket ? 1 : 0,
                bucket, stat.first, stat.second / static_cast<double>(stat.first));
    previous = bucket;
  }
  // --slowest N: the slowest queries with their split, to see what p99 is made of.
  const auto slowest = static_cast<std::size_t>(std::stoul(o.count("--slowest") ? o.at("--slowest") : "0"));
  std::sort(timed.begin(), timed.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = 0; i < slowest && i < timed.size(); ++i)
    std::printf("  slow %.2f ms %s\n", timed[i].first, timed[i].second.c_str());
  return 0;
}

/// The Xapian queries the core builds for each mix line, with what each
/// costs to rank (top 10) and to count: to see why a query is slow.
int explain(const std::map<std::string, std::string>& o) {
  Xapian::Database db(o.at("--db"));
  minutes::search::Vocabulary vocabulary(db);
  minutes::search::QueryBuilder builder(db, vocabulary);
  for (const auto& r : read_mix(o.at("--mix"))) {
    const auto built = builder.build(r);
    std::printf("q=%s\n  all_words: %s\n  display:   %s\n  filter:    %s\n", r.q.c_str(),
                built.all_words.get_description().c_str(), built.display_words.get_description().c_str(),
                built.filter.get_description().c_str());
  }
  return 0;
}

/// One keep-alive connection; each request sent after the last answer.
int time_http(const std::map<std::string, std::string>& o) {
  std::ifstream in(o.at("--mix"));
  std::vector<std::string> mix;
  for (std::string line; std::getline(in, line);) mix.push_back(line);
  const int rounds = std::stoi(o.count("--rounds") ? o.at("--rounds") : "3");
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(std::stoi(o.at("--port"))));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    std::cerr << "cannot connect\n";
    return 1;
  }
  int one = 1;
  ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  std::vector<double> ms;
  std::string buffer;
  std::size_t errors = 0;
  for (int round = 0; round < rounds; ++round)
    for (const auto& line : mix) {
      const auto start = Clock::now();
      const auto request = "GET /api/search?" + line + " HTTP/1.1\r\nHost: bench\r\n\r\n";
      if (::send(fd, request.data(), request.size(), 0) < 0) return 1;
      // Read headers, then Content-Length bytes of body.
      std::size_t header_end;
      while ((header_end = buffer.find("\r\n\r\n")) == std::string::npos) {
        char chunk[65536];
        const auto n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0) return 1;
        buffer.append(chunk, static_cast<std::size_t>(n));
      }
      const auto headers = minutes::text::to_lower_ascii(buffer.substr(0, header_end));
      const auto cl = headers.find("content-length:");
      const auto length = std::stoul(headers.substr(cl + 15));
      while (buffer.size() < header_end + 4 + length) {
        char chunk[65536];
        const auto n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0) return 1;
        buffer.append(chunk, static_cast<std::size_t>(n));
      }
      if (buffer.compare(9, 3, "200") != 0) ++errors;
      buffer.erase(0, header_end + 4 + length);
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
  ::close(fd);
  report("minutes-searchd over HTTP, one keep-alive connection", ms);
  std::printf("non-200 answers: %zu\n", errors);
  return errors ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "Usage: search-bench mix|bare|bare-counts|bare-floor|core|http [--db DIR] [--mix FILE] [--port P] [--queries N] [--rounds R]\n";
    return 2;
  }
  const std::string mode = argv[1];
  const auto o = options(argc, argv);
  try {
    if (mode == "mix") return make_mix(o);
    if (mode == "bare") return time_bare(o, minutes::bench::BareMode::TopTen);
    if (mode == "bare-counts") return time_bare(o, minutes::bench::BareMode::ExactCounts);
    if (mode == "bare-floor") return time_bare(o, minutes::bench::BareMode::Floor);
    if (mode == "core") return time_core(o);
    if (mode == "http") return time_http(o);
    if (mode == "explain") return explain(o);
  } catch (const std::exception& e) {
    std::cerr << "search-bench: " << e.what() << "\n";
    return 1;
  } catch (const Xapian::Error& e) {
    std::cerr << "search-bench: " << e.get_description() << "\n";
    return 1;
  }
  std::cerr << "unknown mode " << mode << "\n";
  return 2;
}
