// Runs the real minutes-index over corpus/ and over generated archives,
// then checks the index through Xapian directly.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <thread>

#include "index/documents.h"
#include "index/held_items.h"
#include "schema.h"
#include "search/passage_spans.h"
#include "search/searcher.h"
#include "source.h"
#include "test_support.h"

namespace fs = std::filesystem;
using minutes::schema::FieldId;
using minutes::schema::make_raw_term;
using minutes::schema::make_term;
using minutes::test::run;
using minutes::test::TempDir;

namespace {

const fs::path kSource = MINUTES_SOURCE_DIR;
const std::string kIndexBin = MINUTES_INDEX_BIN;
const std::string kGenBin = MINUTES_CORPUS_GEN_BIN;

minutes::test::RunResult index_paths(const fs::path& db, const std::vector<std::string>& paths,
                                     std::vector<std::string> extra = {}) {
  std::vector<std::string> argv{kIndexBin, "--db", db.string(), "--progress", "log"};
  argv.insert(argv.end(), extra.begin(), extra.end());
  argv.insert(argv.end(), paths.begin(), paths.end());
  return run(argv);
}

/// The number in "<label> N" of the run summary ("unchanged 44").
long summary_count(const std::string& output, const std::string& label) {
  std::smatch m;
  const std::regex re(label + " ([0-9]+)");
  if (!std::regex_search(output, m, re)) return -1;
  return std::stol(m[1].str());
}

Xapian::doccount count_term(const Xapian::Database& db, const std::string& term) { return db.get_termfreq(term); }

Xapian::doccount documents_with(const Xapian::Database& db, const std::string& term, std::string_view kind) {
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_AND, Xapian::Query(make_raw_term(FieldId::Kind, kind)),
                                  Xapian::Query(term)));
  return enquire.get_mset(0, db.get_doccount()).size();
}

Xapian::doccount count_items_with(const Xapian::Database& db, const std::string& term) {
  return documents_with(db, term, "item");
}

/// Items whose text matches, as the daemon searches them: words and phrases
/// over the item documents' positional text.
Xapian::MSet search(const Xapian::Database& db, const std::string& text) {
  Xapian::QueryParser qp;
  qp.set_stemmer(Xapian::Stem("english"));
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  qp.set_database(db);
  Xapian::Enquire enquire(db);
  enquire.set_query(qp.parse_query(text, Xapian::QueryParser::FLAG_DEFAULT, std::string(minutes::schema::prefix(FieldId::ItemText))));
  return enquire.get_mset(0, 100);
}

class CorpusIndex : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    const auto result = index_paths(dir_->path() / "db", {(kSource / "corpus").string()});
    output_ = new std::string(result.output);
    ASSERT_EQ(result.exit_code, 0) << result.output;
  }
  static void TearDownTestSuite() {
    delete dir_;
    delete output_;
  }
  static Xapian::Database db() { return Xapian::Database((dir_->path() / "db").string()); }
  static inline TempDir* dir_ = nullptr;
  static inline std::string* output_ = nullptr;
};

}  // namespace

TEST_F(CorpusIndex, ItemAndPassageCounts) {
  const auto d = db();
  // 70 sample items written for the corpus (see corpus/README.md) + 2 seeds.
  EXPECT_EQ(count_term(d, make_raw_term(FieldId::Kind, "item")), 72u);
  EXPECT_EQ(summary_count(*output_, "skipped"), 0) << *output_;
  // Every passage belongs to an item that exists and lists it.
  long total = 0;
  const auto item_kind = make_raw_term(FieldId::Kind, "item");
  for (auto it = d.postlist_begin(item_kind); it != d.postlist_end(item_kind); ++it) {
    const auto data = nlohmann::json::parse(d.get_document(*it).get_data());
    const auto id = data["id"].get<std::string>();
    const auto listed = static_cast<long>(data["passages"].size());
    // The item's term is on the item document and each of its passages.
    EXPECT_EQ(static_cast<long>(d.get_termfreq(make_raw_term(FieldId::Item, id))) - 1, listed) << id;
    EXPECT_GT(listed, 0) << "item " << data["title"] << " has no passages";
    total += listed;
  }
  const auto passage_kind = make_raw_term(FieldId::Kind, "passage");
  EXPECT_EQ(count_term(d, passage_kind), static_cast<Xapian::doccount>(total));
  EXPECT_NE(output_->find("(72 items, " + std::to_string(total) + " passages)"), std::string::npos) << *output_;
}

TEST_F(CorpusIndex, CouncilFacetCountsItems) {
  const auto d = db();
  EXPECT_EQ(count_items_with(d, make_term(FieldId::Council, "Wealdmoor County Council")), 21u);
  EXPECT_EQ(count_items_with(d, make_term(FieldId::Council, "Northbridge Borough Council")), 19u);
  EXPECT_EQ(count_items_with(d, make_term(FieldId::Council, "Ashcombe Vale District Council")), 9u);
  EXPECT_EQ(count_items_with(d, make_term(FieldId::Council, "Sallowfield Parish Council")), 21u);
  EXPECT_EQ(count_items_with(d, make_term(FieldId::Council, "West Sussex County Council")), 1u);
  EXPECT_EQ(count_items_with(d, make_term(FieldId::Council, "Staffordshire County Council")), 1u);
}

TEST_F(CorpusIndex, EveryItemHasDateYearQuarterAndCommittee) {
  const auto d = db();
  const auto item_kind = make_raw_term(FieldId::Kind, "item");
  for (auto it = d.postlist_begin(item_kind); it != d.postlist_end(item_kind); ++it) {
    const auto doc = d.get_document(*it);
    const auto data = nlohmann::json::parse(doc.get_data());
    const auto date = data["date"].get<std::string>();
    ASSERT_EQ(date.size(), 10u) << data["title"];
    EXPECT_EQ(doc.get_value(minutes::schema::slot(FieldId::Date)), date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2));
    EXPECT_FALSE(data["quarter"].get<std::string>().empty()) << data["title"];
    EXPECT_FALSE(data["committee"].get<std::string>().empty()) << data["title"];
    auto year_term = make_raw_term(FieldId::Year, date.substr(0, 4));
    auto t = doc.termlist_begin();
    t.skip_to(year_term);
    EXPECT_TRUE(t != doc.termlist_end() && *t == year_term);
  }
}

TEST_F(CorpusIndex, SeedFacetsAreFilterable) {
  const auto d = db();
  EXPECT_GE(count_items_with(d, make_term(FieldId::Quarter, "2021/22 Q2")), 1u);
  EXPECT_GE(count_items_with(d, make_term(FieldId::Quarter, "2023/24 Q2")), 1u);
  EXPECT_GE(count_items_with(d, make_term(FieldId::Portfolio, "Learning and Skills")), 1u);
  EXPECT_GE(count_items_with(d, make_raw_term(FieldId::Councillor, "nigel-jupp")), 1u);
  EXPECT_GE(count_items_with(d, make_raw_term(FieldId::Councillor, "yates")), 1u);
  // Passages of each type exist across the corpus.
  for (const char* type : {"decision", "action", "request", "discussion"})
    EXPECT_GT(count_term(d, make_raw_term(FieldId::Type, type)), 0u) << type;
  // The action for Councillor Yates is findable by recipient.
  EXPECT_GE(count_term(d, make_raw_term(FieldId::Recipient, "yates")), 1u);
}

TEST_F(CorpusIndex, TokensUsersTypeAreSearchableAsWritten) {
  const auto d = db();
  for (const char* q : {"\"2021/22\"", "£7.7m", "\"33.1\"", "S106", "EHCP", "\"2023-2027\"", "\"Q2\""})
    EXPECT_GT(search(d, q).size(), 0u) << q;
  EXPECT_EQ(search(d, "zzyzxnotaword").size(), 0u);
}

TEST_F(CorpusIndex, GlossaryIsStoredInMetadata) {
  const auto d = db();
  EXPECT_EQ(d.get_metadata("acronym:EHCP"), "Education, Health and Care Plan");
  EXPECT_FALSE(d.get_metadata("acronym:MTFS").empty());
  EXPECT_EQ(d.get_metadata(std::string(minutes::schema::kMetaSchemaVersion)), minutes::schema::kSchemaVersion);
}

TEST_F(CorpusIndex, RerunIsIdempotentAndQuick) {
  const auto before = db().get_doccount();
  const auto result = index_paths(dir_->path() / "db", {(kSource / "corpus").string()});
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(summary_count(result.output, "indexed"), 0) << result.output;
  EXPECT_EQ(summary_count(result.output, "unchanged"), summary_count(*output_, "indexed"));
  EXPECT_EQ(db().get_doccount(), before);
}

TEST(IndexUpdates, ChangedFilesReindexedRemovedFilesDeleted) {
  TempDir dir;
  const auto corpus = dir.path() / "minutes";
  fs::copy(kSource / "corpus" / "seeds", corpus, fs::copy_options::recursive);
  ASSERT_EQ(index_paths(dir.path() / "db", {corpus.string()}).exit_code, 0);
  {
    // A new minute before the trailing "Supporting documents:".
    const auto path = corpus / "000_bc0bbb8462091f85.txt";
    auto text = minutes::read_file(path);
    const auto at = text.rfind("Supporting documents:");
    ASSERT_NE(at, std::string::npos);
    text.insert(at, "33.7     The Committee noted the zebracrossing survey.\n\n");
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
  }
  fs::remove(corpus / "004_3227bd4a6b4cdba0.txt");
  const auto result = index_paths(dir.path() / "db", {corpus.string()});
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(summary_count(result.output, "indexed"), 1) << result.output;
  EXPECT_EQ(summary_count(result.output, "removed"), 1) << result.output;
  Xapian::Database d((dir.path() / "db").string());
  EXPECT_EQ(count_term(d, make_raw_term(FieldId::Kind, "item")), 1u);
  EXPECT_EQ(count_term(d, make_raw_term(FieldId::File, "minutes/004_3227bd4a6b4cdba0.txt")), 0u);
  EXPECT_EQ(search(d, "zebracrossing").size(), 1u);
}

/// Writes one agenda item as a text file with its metadata sidecar.
void write_item(const fs::path& path, const std::string& title, const std::string& date, const std::string& body) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << "Agenda item\n\n" << title << "\n\n" << body << "\n";
  std::ofstream(path.string() + ".meta.json")
      << nlohmann::json{{"council", "Testshire County Council"}, {"committee", "Cabinet"}, {"date", date},
                        {"item", "5"}, {"title", title}}
             .dump();
}

TEST(IndexAcronyms, ExpansionsSpeltOutGetTheAcronymTermEvenWhenLearntLater) {
  TempDir dir;
  const auto root = dir.path() / "minutes";
  const auto db_path = (dir.path() / "db").string();
  const auto wrp = make_raw_term(FieldId::Acronym, "wrp");
  const auto mtfs = make_raw_term(FieldId::Acronym, "mtfs");
  // Spelt out, never defined here: the common list's MTFS at once; WRP
  // means nothing yet.
  write_item(root / "a" / "5-widgets.txt", "Widgets", "2023-05-01",
             "5.1     The Committee noted progress on the Widget Replacement Programme across the county.\n\n"
             "5.2     The Medium Term Financial Strategy was noted.\n\n"
             "5.3     Members asked when the Widget Replacement Programme would end.");
  const auto first = index_paths(db_path, {root.string()});
  ASSERT_EQ(first.exit_code, 0) << first.output;
  // A fresh index: the common list was applied as documents were written.
  EXPECT_EQ(first.output.find("acronym terms added"), std::string::npos) << first.output;
  {
    Xapian::Database d(db_path);
    EXPECT_EQ(documents_with(d, wrp, "item"), 0u);
    EXPECT_EQ(documents_with(d, mtfs, "item"), 1u);
    EXPECT_EQ(documents_with(d, mtfs, "passage"), 1u);  // 5.2 only
  }
  // A later meeting defines WRP: the earlier item gets its term too.
  write_item(root / "b" / "7-wrp.txt", "WRP update", "2023-09-01",
             "7.1     The Widget Replacement Programme (WRP) is on budget.");
  const auto result = index_paths(db_path, {root.string()});
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("acronym terms added to 1 earlier item in"), std::string::npos) << result.output;
  Xapian::Database d(db_path);
  EXPECT_EQ(d.get_metadata("acronym:WRP"), "Widget Replacement Programme");
  EXPECT_EQ(documents_with(d, wrp, "item"), 2u);
  EXPECT_EQ(documents_with(d, wrp, "passage"), 3u);  // 5.1, 5.3 and 7.1
  const auto indexed = nlohmann::json::parse(d.get_metadata(std::string(minutes::schema::kMetaAcronymsIndexed)));
  auto recorded = [&](const std::string& acronym, const std::string& expansion) {
    return std::find(indexed.begin(), indexed.end(), nlohmann::json::array({acronym, expansion})) != indexed.end();
  };
  EXPECT_TRUE(recorded("WRP", "Widget Replacement Programme")) << indexed.dump();
  EXPECT_TRUE(recorded("MTFS", "Medium Term Financial Strategy")) << indexed.dump();
  // The item that gained the term weighs it as if built with it: once per
  // part spelling it out (5.1 and 5.3); passages once each.
  std::map<std::string, Xapian::termcount> item_wdf;
  for (auto t = d.postlist_begin(wrp); t != d.postlist_end(wrp); ++t) {
    const auto data = nlohmann::json::parse(d.get_document(*t).get_data(), nullptr, false);
    if (data.is_object()) item_wdf[data.value("title", "")] = t.get_wdf();
    else EXPECT_EQ(t.get_wdf(), 1u);
  }
  EXPECT_EQ(item_wdf, (std::map<std::string, Xapian::termcount>{{"Widgets", 2}, {"WRP update", 1}}));
  // Nothing new to add on a re-run; a new file spelling WRP out gets the
  // term as it is written.
  write_item(root / "c" / "9-widgets-again.txt", "Widgets again", "2024-01-10",
             "9.1     The Widget Replacement Programme was extended.");
  const auto again = index_paths(db_path, {root.string()});
  ASSERT_EQ(again.exit_code, 0) << again.output;
  EXPECT_EQ(again.output.find("acronym terms added"), std::string::npos) << again.output;
  Xapian::Database after(db_path);
  EXPECT_EQ(documents_with(after, wrp, "item"), 3u);
  EXPECT_EQ(documents_with(after, wrp, "passage"), 4u);
}

TEST(IndexBadInput, SkipsEachBadFileWithItsReasonAndCarriesOn) {
  TempDir dir;
  const auto in = dir.path() / "in";
  fs::create_directories(in);
  auto write = [&](const char* name, const std::string& bytes) {
    std::ofstream(in / name, std::ios::binary) << bytes;
  };
  write("empty.txt", "");
  write("binary.txt", std::string("PK\x03\x04\0\0\x14\0", 8));
  write("latin1.txt", "Agenda item\n\nCaf\xE9 licence\n");
  write("truncated.pdf", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog");
  write("broken.xml", "<meeting><agendaitems><agendaitem>");
  write("big.txt", std::string(2u << 20, 'a'));
  fs::copy(kSource / "corpus" / "seeds" / "000_bc0bbb8462091f85.txt", in / "good.txt");
  const auto result = index_paths(dir.path() / "db", {in.string()}, {"--max-file-size", "1"});
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(summary_count(result.output, "indexed"), 1) << result.output;
  EXPECT_EQ(summary_count(result.output, "skipped"), 6) << result.output;
  EXPECT_EQ(summary_count(result.output, "failed"), 0) << result.output;
  const std::vector<std::pair<std::string, std::string>> expected{
      {"empty.txt", "empty file"},          {"binary.txt", "binary content"},
      {"latin1.txt", "not valid UTF-8"},   {"truncated.pdf", "pdftotext failed"},
      {"broken.xml", "XML parse error"},    {"big.txt", "file too large"}};
  for (const auto& [name, reason] : expected) {
    const auto line = "skipped: " + (in / name).string() + ": " + reason;
    EXPECT_NE(result.output.find(line), std::string::npos) << line << "\n" << result.output;
  }
  // --strict turns skipped files into a failing exit status.
  const auto strict = index_paths(dir.path() / "db2", {in.string()}, {"--max-file-size", "1", "--strict"});
  EXPECT_EQ(strict.exit_code, 1);
}

// A file name in another encoding (Latin-1 "café" from an old share) once
// stopped the whole run: its key could not be stored as JSON.
TEST(IndexBadInput, FileNamesInAnotherEncodingAreIndexedUnderAnEscapedKey) {
  TempDir dir;
  const auto in = dir.path() / "in";
  fs::create_directories(in);
  std::ofstream(in / "caf\xE9-licence.txt", std::ios::binary)
      << "Caf\xC3\xA9 licence\n\nResolved \xE2\x80\x93 That the licence be granted.\n";
  fs::copy(kSource / "corpus" / "seeds" / "000_bc0bbb8462091f85.txt", in / "good.txt");
  const auto result = index_paths(dir.path() / "db", {in.string()});
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(summary_count(result.output, "indexed"), 2) << result.output;
  EXPECT_EQ(summary_count(result.output, "failed"), 0) << result.output;
  Xapian::Database db((dir.path() / "db").string());
  EXPECT_TRUE(db.term_exists(minutes::index::DocumentBuilder::file_id_term("in/caf%E9-licence.txt")));
  // The escaped key is stable: a second run finds the file unchanged.
  const auto again = index_paths(dir.path() / "db", {in.string()});
  EXPECT_EQ(summary_count(again.output, "unchanged"), 2) << again.output;
  EXPECT_EQ(summary_count(again.output, "indexed"), 0) << again.output;
}

// A crawl root named in another encoding: its files' keys begin with its
// escaped name, so a file deleted under it is removed from the index.
TEST(IndexBadInput, FilesDeletedUnderARootNamedInAnotherEncodingAreRemoved) {
  TempDir dir;
  const auto root = dir.path() / "Caf\xE9 minutes";
  fs::create_directories(root);
  fs::copy(kSource / "corpus" / "seeds" / "000_bc0bbb8462091f85.txt", root / "a.txt");
  fs::copy(kSource / "corpus" / "seeds" / "004_3227bd4a6b4cdba0.txt", root / "b.txt");
  const auto first = index_paths(dir.path() / "db", {root.string()});
  EXPECT_EQ(summary_count(first.output, "indexed"), 2) << first.output;
  EXPECT_TRUE(Xapian::Database((dir.path() / "db").string())
                  .term_exists(minutes::index::DocumentBuilder::file_id_term("Caf%E9 minutes/b.txt")));
  fs::remove(root / "b.txt");
  const auto second = index_paths(dir.path() / "db", {root.string()});
  EXPECT_EQ(second.exit_code, 0) << second.output;
  EXPECT_EQ(summary_count(second.output, "removed"), 1) << second.output;
  EXPECT_EQ(summary_count(second.output, "unchanged"), 1) << second.output;
}

TEST(IndexUsage, BadCommandLinesExitTwoWithAMessage) {
  auto r = run({kIndexBin});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("--db DIR is required"), std::string::npos);
  r = run({kIndexBin, "--db", "/tmp/x", "--threads", "zero", "corpus"});
  EXPECT_EQ(r.exit_code, 2);
  r = run({kIndexBin, "--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.output.find("Usage: minutes-index"), std::string::npos);
}

namespace {

/// Kills an indexing run once its index has committed something (or as
/// soon as the index exists), then re-runs it.
void kill_and_rerun(const std::vector<std::string>& extra, bool wait_for_commit) {
  TempDir dir;
  const auto archive = dir.path() / "archive";
  const auto gen = run({kGenBin, "--out", archive.string(), "--items", "3000", "--seed", "7"});
  ASSERT_EQ(gen.exit_code, 0) << gen.output;
  const auto db_path = dir.path() / "db";
  std::vector<std::string> argv{kIndexBin, "--db", db_path.string(), "--progress", "quiet"};
  argv.insert(argv.end(), extra.begin(), extra.end());
  argv.push_back(archive.string());
  const pid_t pid = minutes::test::start(argv);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  bool killed_mid_run = false;
  while (std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == pid) break;  // finished before we could kill it
    bool ready = !wait_for_commit;
    if (wait_for_commit) {
      try {
        ready = Xapian::Database(db_path.string()).get_doccount() > 0;
      } catch (const Xapian::Error&) {
      }
    } else {
      ready = fs::exists(db_path / "XAPIANDB");
    }
    if (ready) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      killed_mid_run = true;
      break;
    }
  }
  ASSERT_TRUE(killed_mid_run) << "the run ended before it could be killed";
  // The killed run left an index that opens.
  EXPECT_NO_THROW(Xapian::Database(db_path.string()).get_doccount());
  const auto rerun = index_paths(db_path, {archive.string()}, extra);
  ASSERT_EQ(rerun.exit_code, 0) << rerun.output;
  Xapian::Database d(db_path.string());
  EXPECT_EQ(count_term(d, make_raw_term(FieldId::Kind, "item")), 3000u);
  EXPECT_EQ(count_term(d, make_raw_term(FieldId::Kind, "file")), 3000u);
  // Every passage once: none left over from the killed run.
  std::size_t passages = 0;
  const auto item_kind = make_raw_term(FieldId::Kind, "item");
  for (auto it = d.postlist_begin(item_kind); it != d.postlist_end(item_kind); ++it)
    passages += nlohmann::json::parse(d.get_document(*it).get_data())["passages"].size();
  EXPECT_EQ(count_term(d, make_raw_term(FieldId::Kind, "passage")), passages);
}

/// Sets an environment variable for the indexers a test starts.
struct ScopedEnv {
  ScopedEnv(const char* name, const char* value) : name_(name) { ::setenv(name, value, 1); }
  ~ScopedEnv() { ::unsetenv(name_); }
  const char* name_;
};

}  // namespace

TEST(IndexKill, RunKilledAfterCommitsThenCompleted) {
  kill_and_rerun({"--commit-every", "100", "--threads", "2"}, true);
}

TEST(IndexKill, RunKilledBeforeAnyCommitThenCompleted) {
  kill_and_rerun({"--threads", "2"}, false);
}

// Xapian also commits on its own every so many changes: a run killed
// between its own commits must leave no file record whose items were never
// written (the next run would call that file unchanged) and no passages
// twice.
TEST(IndexKill, RunKilledAfterXapiansOwnFlushesThenCompleted) {
  const ScopedEnv flush_often("XAPIAN_FLUSH_THRESHOLD", "2000");
  kill_and_rerun({"--threads", "2", "--commit-every", "100000"}, true);
}

namespace {

/// How far apart two facet distributions are: half the sum of the
/// differences of each value's share (0 the same, 1 nothing in common).
double distance(const std::vector<minutes::search::FacetCount>& a, const std::vector<minutes::search::FacetCount>& b) {
  std::map<std::string, std::pair<double, double>> shares;
  double total_a = 0, total_b = 0;
  for (const auto& c : a) total_a += static_cast<double>(c.count);
  for (const auto& c : b) total_b += static_cast<double>(c.count);
  for (const auto& c : a) shares[c.value].first = static_cast<double>(c.count) / total_a;
  for (const auto& c : b) shares[c.value].second = static_cast<double>(c.count) / total_b;
  double sum = 0;
  for (const auto& [value, pair] : shares) sum += std::abs(pair.first - pair.second);
  return sum / 2;
}

/// The distance a fair sample of `n` items drawn from `truth` is expected
/// to have from it by chance (the mean absolute deviation of each share).
double chance_distance(const std::vector<minutes::search::FacetCount>& truth, double n) {
  double total = 0, sum = 0;
  for (const auto& c : truth) total += static_cast<double>(c.count);
  for (const auto& c : truth) {
    const double p = static_cast<double>(c.count) / total;
    sum += std::sqrt(2 / M_PI) * std::sqrt(p * (1 - p) / n);
  }
  return sum / 2;
}

}  // namespace

// Over more than about 500 matching items, facet counts are scaled up from
// the items carrying a sample term: close to the truth, and said to be
// estimates facet by facet.
TEST(IndexFacetSample, SampledCountsAreNearTheTruthAndSaySo) {
  TempDir tmp;
  const auto archive = tmp.path() / "archive";
  ASSERT_EQ(run({kGenBin, "--out", archive.string(), "--items", "3000", "--seed", "5", "--councils", "6"}).exit_code, 0);
  const auto db = tmp.path() / "db";
  ASSERT_EQ(index_paths(db, {archive.string()}, {"--threads", "2"}).exit_code, 0);
  minutes::search::Searcher searcher(db);
  const auto truth = searcher.all_facets();

  const auto all = searcher.search(minutes::search::SearchRequest{});  // browse everything
  EXPECT_EQ(all.total, 3000u);  // Xapian knows this without counting
  EXPECT_TRUE(all.total_exact);
  for (const char* facet : {"council", "committee", "quarter", "portfolio", "type"}) {
    SCOPED_TRACE(facet);
    EXPECT_FALSE(all.facets_exact.at(facet));
    // A sample of 1 in 8 of 3,000 items: each facet within twice what
    // chance gives a fair sample of 300 (leaving out one council in six
    // would be 0.17 off, twice chance 0.10).
    EXPECT_LT(distance(all.facets.at(facet), truth.at(facet)), 2 * chance_distance(truth.at(facet), 300));
  }
  std::size_t councils = 0;
  for (const auto& c : all.facets.at("council")) councils += c.count;
  EXPECT_NEAR(static_cast<double>(councils), 3000.0, 450.0);

  // A filtered facet is counted over the result without its own filter
  // (here everything, so sampled); a small result's facets are exact.
  minutes::search::SearchRequest one_council;
  one_council.filters["council"] = {truth.at("council").back().value};
  const auto filtered = searcher.search(one_council);
  EXPECT_FALSE(filtered.facets_exact.at("council"));
  EXPECT_LT(distance(filtered.facets.at("council"), truth.at("council")), 2 * chance_distance(truth.at("council"), 300));
  minutes::search::SearchRequest small = one_council;
  small.filters["quarter"] = {truth.at("quarter").back().value};
  const auto few = searcher.search(small);
  ASSERT_LE(few.total, 500u);
  EXPECT_TRUE(few.total_exact);
  EXPECT_TRUE(few.facets_exact.at("committee"));
  std::size_t committees = 0;
  for (const auto& c : few.facets.at("committee")) committees += c.count;
  EXPECT_EQ(committees, few.total);  // each item has one committee

  // A phrase with a council filter: the council facet comes from a sample
  // of the phrase over every council, but the selected council's count is
  // the result's own (exact) total.
  minutes::search::SearchRequest phrase = one_council;
  phrase.q = "\"the council\"";
  phrase.filters["type"] = {"decision"};
  const auto quoted = searcher.search(phrase);
  ASSERT_GT(quoted.total, 0u);
  EXPECT_TRUE(quoted.total_exact);
  EXPECT_GE(quoted.total, quoted.results.size());
  EXPECT_FALSE(quoted.facets_exact.at("council"));
  const auto& council_counts = quoted.facets.at("council");
  const auto selected = std::find_if(council_counts.begin(), council_counts.end(),
                                     [&](const auto& c) { return c.value == one_council.filters["council"].front(); });
  ASSERT_NE(selected, council_counts.end());
  EXPECT_EQ(selected->count, quoted.total);
  EXPECT_GT(council_counts.size(), 1u);  // the other councils, estimated
  // The same with the council named as its term is (lower case, hyphens:
  // "walhill-county-council"): the listed value's count, not a second entry.
  phrase.filters["council"] = {minutes::schema::normalise_value(one_council.filters["council"].front())};
  const auto named = searcher.search(phrase);
  EXPECT_EQ(named.total, quoted.total);
  EXPECT_EQ(named.facets.at("council").size(), council_counts.size());
  for (const auto& c : named.facets.at("council"))
    if (c.value == selected->value) {
      EXPECT_EQ(c.count, quoted.total);
    }

  // A rare phrase of common words: its facets come from a sample rather
  // than from checking positions in every item having its words.
  minutes::search::SearchRequest rare;
  rare.q = "\"be forecast\"";
  const auto sparse = searcher.search(rare);
  ASSERT_GT(sparse.total, 0u);
  EXPECT_LT(sparse.total, 100u);
  EXPECT_GE(sparse.total, sparse.results.size());
  EXPECT_FALSE(sparse.facets_exact.at("council"));
  EXPECT_FALSE(sparse.facets.at("council").empty());
}

// The writer holds item documents back and writes them together, deepest
// sample level first, so that in every shard each sample is one run of
// docids (a facet count over it then reads that stretch of each posting
// list only) and the items are one run too.
TEST(IndexLayout, EachSampleIsOneRunOfDocidsPerShard) {
  TempDir tmp;
  const auto archive = tmp.path() / "archive";
  ASSERT_EQ(run({kGenBin, "--out", archive.string(), "--items", "1200", "--seed", "9"}).exit_code, 0);
  const auto db = tmp.path() / "db";
  ASSERT_EQ(index_paths(db, {archive.string()}, {"--threads", "2"}).exit_code, 0);
  std::size_t shards = 0, sampled = 0;
  auto docids_of = [](const Xapian::Database& shard, const std::string& term) {
    return std::vector<Xapian::docid>(shard.postlist_begin(term), shard.postlist_end(term));
  };
  for (const auto& entry : fs::directory_iterator(db)) {
    if (!fs::exists(entry.path() / "iamglass")) continue;
    ++shards;
    SCOPED_TRACE(entry.path().filename().string());
    const Xapian::Database shard(entry.path().string());
    const auto items = docids_of(shard, make_raw_term(FieldId::Kind, "item"));
    ASSERT_GT(items.size(), 400u);
    EXPECT_EQ(items.back() - items.front() + 1, items.size());  // the items: one run
    for (int j = 1; j <= 5; ++j) {
      SCOPED_TRACE("XS" + std::to_string(j));
      const auto docids = docids_of(shard, make_raw_term(FieldId::Sample, std::to_string(j)));
      ASSERT_GT(docids.size(), 3u);
      if (j == 1) sampled += docids.size();
      EXPECT_EQ(docids.back() - docids.front() + 1, docids.size());  // one run
      EXPECT_EQ(docids.front(), items.front());                       // deepest first
    }
  }
  EXPECT_EQ(shards, 2u);
  // About half of all items carry XS1, and every one was written.
  EXPECT_NEAR(static_cast<double>(sampled), 600.0, 90.0);
  EXPECT_EQ(count_term(Xapian::Database(db.string()), make_raw_term(FieldId::Kind, "item")), 1200u);
}

// An item records where its passages are (a PassageSpan: their docids in
// its shard), so that the daemon chooses passages without looking up an
// item term per result.  The spans name exactly each item's passages, in
// either shard; after a compaction that renumbers docids most name other
// documents: those are dropped, and the daemon shows the same passages.
TEST(PassageSpans, NameEachItemsPassagesAndRenumberingIsCaught) {
  TempDir tmp;
  const auto db_dir = tmp.path() / "db";
  ASSERT_EQ(index_paths(db_dir, {(kSource / "corpus").string()}, {"--threads", "2"}).exit_code, 0);
  const Xapian::Database db(db_dir.string());
  const minutes::search::PassageSpans spans(db, true);
  auto matches = [](const Xapian::Database& d, const Xapian::Query& q) {
    Xapian::Enquire enquire(d);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_query(q);
    const auto mset = enquire.get_mset(0, d.get_doccount());
    std::vector<Xapian::docid> out(mset.begin(), mset.end());
    std::sort(out.begin(), out.end());
    return out;
  };
  const auto item_kind = make_raw_term(FieldId::Kind, "item");
  const auto passage_kind = Xapian::Query(make_raw_term(FieldId::Kind, "passage"));
  std::vector<Xapian::docid> items(db.postlist_begin(item_kind), db.postlist_end(item_kind));
  ASSERT_EQ(items.size(), 72u);
  EXPECT_EQ(spans.size(), 72u);
  std::set<Xapian::docid> shards_seen;
  for (const auto item : items) {
    const auto id = db.get_document(item).get_value(minutes::schema::slot(FieldId::Item));
    const auto by_span = spans.passages_of({item});
    ASSERT_TRUE(by_span) << id;
    const auto expected =
        matches(db, Xapian::Query(Xapian::Query::OP_FILTER, passage_kind, Xapian::Query(make_raw_term(FieldId::Item, id))));
    ASSERT_FALSE(expected.empty()) << id;
    EXPECT_EQ(matches(db, *by_span), expected) << id;
    shards_seen.insert((item - 1) % 2);
  }
  EXPECT_EQ(shards_seen.size(), 2u);
  // Several items at once, from both shards.
  const auto all = spans.passages_of(items);
  ASSERT_TRUE(all);
  EXPECT_EQ(matches(db, *all), matches(db, passage_kind));

  // Xapian's compaction into one database renumbers every docid.
  const auto merged_dir = tmp.path() / "merged";
  Xapian::Database(db_dir.string()).compact(merged_dir.string());
  const Xapian::Database merged(merged_dir.string());
  const minutes::search::PassageSpans stale(merged, true);
  const std::vector<Xapian::docid> merged_items(merged.postlist_begin(item_kind), merged.postlist_end(item_kind));
  // Those that no longer fit are dropped; those kept still fit.
  EXPECT_LT(stale.size(), 36u);
  for (const auto item : merged_items) {
    const auto id = merged.get_document(item).get_value(minutes::schema::slot(FieldId::Item));
    const auto expected = matches(
        merged, Xapian::Query(Xapian::Query::OP_FILTER, passage_kind, Xapian::Query(make_raw_term(FieldId::Item, id))));
    if (const auto q = stale.passages_of({item})) {
      EXPECT_EQ(matches(merged, *q), expected) << id;
    }
  }
  minutes::search::Searcher original(db_dir), renumbered(merged_dir);
  for (const char* q : {"transport", "budget", "school", "Councillor", ""}) {
    minutes::search::SearchRequest r;
    r.q = q;
    r.size = 100;
    if (std::string(q).empty()) r.filters["type"] = {"decision"};
    auto passages_by_item = [&](minutes::search::Searcher& s) {
      std::map<std::string, std::vector<std::string>> out;
      for (const auto& hit : s.search(r).results)
        for (const auto& p : hit.passages) out[hit.item.id].push_back(p.id + " " + p.snippet);
      return out;
    };
    const auto before = passages_by_item(original), after = passages_by_item(renumbered);
    ASSERT_FALSE(before.empty()) << q;
    EXPECT_EQ(before, after) << q;
  }
}

// The spool behind that layout: items come back deepest level first, in
// the order they came within a level, and the spool is empty (and
// reusable) afterwards.
TEST(HeldItems, ReleasesDeepestFirstInArrivalOrder) {
  TempDir tmp;
  minutes::index::HeldItems held(tmp.path());
  auto doc = [](const std::string& text) {
    Xapian::Document d;
    d.set_data(text);
    d.add_posting("word", 3);
    return d;
  };
  held.hold("a", doc("first, level 0"), 0);
  held.hold("b", doc("second, level 2"), 2);
  held.hold("c", doc("third, level 0"), 0);
  held.hold("d", doc("fourth, level 2"), 2);
  held.hold("e", doc("fifth, level 1"), 1);
  EXPECT_EQ(held.size(), 5u);
  std::vector<std::string> order;
  held.release([&](const std::string& id, const Xapian::Document& d) {
    order.push_back(id + "=" + d.get_data());
    EXPECT_EQ(*d.termlist_begin().positionlist_begin(), 3u);  // positions survive the spool
  });
  EXPECT_EQ(order, (std::vector<std::string>{"b=second, level 2", "d=fourth, level 2", "e=fifth, level 1",
                                             "a=first, level 0", "c=third, level 0"}));
  EXPECT_EQ(held.size(), 0u);
  held.hold("f", doc("after release"), 0);
  order.clear();
  held.release([&](const std::string& id, const Xapian::Document& d) { order.push_back(id + "=" + d.get_data()); });
  EXPECT_EQ(order, std::vector<std::string>{"f=after release"});
  // Nothing of the spool is left in the directory.
  EXPECT_TRUE(fs::is_empty(tmp.path()));
}
