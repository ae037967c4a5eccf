// bare-searchd: bare Xapian (bare_search.h) behind the daemon's own HTTP
// layer (searchd/server.cc), for search_bench.sh to load with wrk beside
// minutes-searchd.  Its throughput is the most a server of top-ten
// results can answer here through that layer: what minutes-searchd's
// grouping, facets, passages and JSON cost under load is the ratio of the
// two.  Not a product: GET /api/search only, answering the ten items'
// ids and weights.  With --floor yes, each search also makes the two
// Xapian passes minutes-searchd makes beside ranking, with nothing else
// (BareMode::Floor): the most the daemon's design could answer here.
//
//   bare-searchd --db DIR [--port P] [--threads N] [--floor yes|no]
#include <iostream>
#include <memory>
#include <string>
#include <thread>

#include "bare_search.h"
#include "json.h"
#include "json_writer.h"
#include "schema.h"
#include "server.h"

namespace {

using minutes::searchd::Request;
using minutes::searchd::Response;

class BareHandler : public minutes::searchd::RequestHandler {
 public:
  BareHandler(std::string db_path, minutes::bench::BareMode mode) : db_path_(std::move(db_path)), mode_(mode) {}

  Response handle(const Request& request) override {
    using minutes::searchd::error_response;
    Response response;
    response.route = "search";
    try {
      if (request.path != "/api/search") return error_response(404, "only /api/search is served");
      std::string q;
      std::map<std::string, std::vector<std::string>> filters;
      for (const auto& [name, value] : request.params) {
        if (name == "q") q = value;
        else filters[name].push_back(value);
      }
      const auto mset = searcher().search(q, filters);
      // Written as the daemon writes its own answers.
      minutes::searchd::JsonWriter w;
      w.begin_object().number_field("total", mset.get_matches_estimated()).key("results").begin_array();
      for (auto m = mset.begin(); m != mset.end(); ++m) {
        w.begin_object().field("id", m.get_document().get_value(minutes::schema::slot(minutes::schema::FieldId::Item)));
        w.number_field("score", m.get_weight()).end_object();
      }
      response.body = w.end_array().end_object().take();
    } catch (const Xapian::Error& e) {
      return error_response(500, e.get_description());
    } catch (const std::invalid_argument& e) {  // an unknown filter
      return error_response(400, e.what());
    } catch (const std::exception& e) {
      return error_response(500, e.what());
    }
    return response;
  }

  void observe(const Response&, double) override {}

 private:
  /// One Xapian database per worker thread: Xapian objects are not shared
  /// between threads.
  minutes::bench::BareSearch& searcher() {
    thread_local std::unique_ptr<minutes::bench::BareSearch> own;
    if (!own) own = std::make_unique<minutes::bench::BareSearch>(db_path_, mode_);
    return *own;
  }

  std::string db_path_;
  minutes::bench::BareMode mode_;
};

}  // namespace

int main(int argc, char** argv) {
  std::string db;
  auto mode = minutes::bench::BareMode::TopTen;
  minutes::searchd::ServerConfig config;
  config.name = "bare-searchd";
  config.threads = std::max(1u, std::thread::hardware_concurrency());
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    const std::string value = argv[i + 1];
    if (arg == "--db") db = value;
    else if (arg == "--port") config.port = static_cast<unsigned short>(std::stoi(value));
    else if (arg == "--threads") config.threads = static_cast<unsigned>(std::stoi(value));
    else if (arg == "--floor" && (value == "yes" || value == "no"))
      mode = value == "yes" ? minutes::bench::BareMode::Floor : minutes::bench::BareMode::TopTen;
    else {
      std::cerr << "bare-searchd: unknown option " << arg << "\n";
      return 2;
    }
  }
  if (db.empty()) {
    std::cerr << "Usage: bare-searchd --db DIR [--port P] [--threads N] [--floor yes|no]\n";
    return 2;
  }
  try {
    minutes::bench::BareSearch check(db, mode);  // fail here, not at the first request
  } catch (const Xapian::Error& e) {
    std::cerr << "bare-searchd: " << e.get_description() << "\n";
    return 1;
  }
  BareHandler handler(db, mode);
  return minutes::searchd::run_server(handler, config, [](unsigned short port) {
    std::cerr << "bare-searchd: listening on port " << port << std::endl;
  });
}
