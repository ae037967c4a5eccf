// The search core called directly, without sockets: an index of the seeds
// and two items written here, built in process by the indexer's own run.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>

#include "run.h"
#include "search/searcher.h"
#include "test_files.h"

using namespace minutes;
using namespace minutes::search;

namespace {

class SearchCore : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::filesystem::temp_directory_path() / ("minutes-core-test-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    const auto docs = dir_ / "minutes";
    std::filesystem::create_directories(docs);
    for (const char* seed : {"000_bc0bbb8462091f85.txt", "004_3227bd4a6b4cdba0.txt"}) {
      std::filesystem::copy_file(test::seed_path(seed), docs / seed);
      std::filesystem::copy_file(test::seed_path((std::string(seed) + ".meta.json").c_str()),
                                 docs / (std::string(seed) + ".meta.json"));
    }
    // Two items sharing words with each other but not all of them.
    std::ofstream(docs / "library.txt") << "Agenda item\n\nLibrary Opening Hours\n\n"
                                           "12.1     Members discussed library opening hours and volunteers.\n";
    std::ofstream(docs / "library.txt.meta.json")
        << R"({"council": "Test Borough Council", "committee": "Cabinet", "date": "2024-05-01"})";
    std::ofstream(docs / "museum.txt") << "Agenda item\n\nMuseum Volunteers\n\n"
                                          "7.1     The museum relied on volunteers at weekends.\n";
    std::ofstream(docs / "museum.txt.meta.json")
        << R"({"council": "Test Borough Council", "committee": "Cabinet", "date": "2024-06-01"})";
    indexer::IndexerConfig config;
    config.db = dir_ / "index";
    config.roots = {docs};
    config.threads = 2;
    config.progress = indexer::IndexerConfig::ProgressMode::Quiet;
    ASSERT_EQ(indexer::run_indexer(config), 0);
  }
  static void TearDownTestSuite() { std::filesystem::remove_all(dir_); }
  static Searcher searcher() { return Searcher(dir_ / "index"); }
  static inline std::filesystem::path dir_;
};

SearchRequest query(std::string q) {
  SearchRequest r;
  r.q = std::move(q);
  return r;
}

}  // namespace

TEST_F(SearchCore, ResultsAreItemsWithTheirBestPassages) {
  auto s = searcher();
  const auto r = s.search(query("growing our own"));
  ASSERT_EQ(r.total, 1u);
  ASSERT_EQ(r.results.size(), 1u);
  EXPECT_EQ(r.results[0].item.council, "West Sussex County Council");
  ASSERT_FALSE(r.results[0].passages.empty());
  EXPECT_EQ(r.results[0].passages[0].type, "action");
  EXPECT_NE(r.results[0].passages[0].snippet.find("<mark>growing</mark>"), std::string::npos);
}

TEST_F(SearchCore, AcronymAndExpansionFindEachOther) {
  auto s = searcher();
  const auto by_acronym = s.search(query("EHCPs"));
  const auto by_words = s.search(query("Education Health and Care Plan"));
  EXPECT_EQ(by_acronym.total, 2u) << "both seeds mention EHCPs or their expansion";
  EXPECT_EQ(by_words.total, by_acronym.total);
  EXPECT_NE(by_words.understood.find("EHCP also as"), std::string::npos) << by_words.understood;
}

TEST_F(SearchCore, MisspeltWordIsCorrectedAndSuggested) {
  auto s = searcher();
  const auto r = s.search(query("voluntters"));
  ASSERT_TRUE(r.suggestion.has_value());
  EXPECT_EQ(*r.suggestion, "volunteers");
  EXPECT_GE(r.total, 2u);
}

TEST_F(SearchCore, ItemsWithAllWordsComeFirstThenMostWords) {
  auto s = searcher();
  const auto r = s.search(query("library volunteers"));
  ASSERT_GE(r.results.size(), 2u);
  EXPECT_EQ(r.results[0].item.title, "Library Opening Hours");
  EXPECT_TRUE(r.results[0].all_words);
  EXPECT_FALSE(r.results[1].all_words);
  EXPECT_EQ(r.total, 1u) << "total counts items with every word";
  // Nothing has all three words: most of them, never zero.
  const auto none = s.search(query("library museum weekends"));
  EXPECT_GE(none.results.size(), 2u);
  EXPECT_NE(none.understood.find("most of them"), std::string::npos);
}

TEST_F(SearchCore, FiltersChooseItemsAndPassages) {
  auto s = searcher();
  SearchRequest r;
  r.filters["type"] = {"decision"};
  r.filters["council"] = {"Staffordshire County Council"};
  const auto decisions = s.search(r);
  ASSERT_EQ(decisions.total, 1u);
  for (const auto& p : decisions.results[0].passages) EXPECT_EQ(p.type, "decision");
  // The type facet ignores its own filter and offers the alternatives.
  const auto& types = decisions.facets.at("type");
  EXPECT_GE(types.size(), 3u);
  EXPECT_THROW(
      [&] {
        SearchRequest bad;
        bad.filters["portfolio"] = {"No Such Portfolio"};
        s.search(bad);
      }(),
      BadRequest);
}

TEST_F(SearchCore, CouncillorBySurnameAndRoleResolvedActions) {
  auto s = searcher();
  const auto r = s.search(query("councillor:russell type:action"));
  ASSERT_EQ(r.total, 1u);
  EXPECT_NE(r.results[0].passages[0].snippet.find("growing our own"), std::string::npos);
  const auto profile = s.councillor("yates");
  EXPECT_EQ(profile.name, "Yates");
  EXPECT_FALSE(profile.actions.empty());
}

TEST_F(SearchCore, ItemDetailHasEveryPassageInOrder) {
  auto s = searcher();
  const auto hit = s.search(query("Chatterley")).results.at(0);
  const auto detail = s.item(hit.item.id);
  ASSERT_GT(detail.passages.size(), 20u);
  for (std::size_t i = 0; i < detail.passages.size(); ++i) EXPECT_EQ(detail.passages[i].ordinal, static_cast<int>(i));
  EXPECT_THROW(s.item("nonexistent"), NotFound);
}

// Item data is read by a parser that checks only what it reads: data that
// does not name its item (damaged, or a docid that is not the item's) must
// be an error naming the item, never a result showing an empty item.
TEST(SearchCoreDamagedIndex, ItemDataNamingAnotherItemIsAnErrorNamingIt) {
  const auto dir = std::filesystem::temp_directory_path() / ("minutes-damaged-test-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "minutes");
  for (const std::string seed : {"004_3227bd4a6b4cdba0.txt", "004_3227bd4a6b4cdba0.txt.meta.json"})
    std::filesystem::copy_file(test::seed_path(seed.c_str()), dir / "minutes" / seed);
  indexer::IndexerConfig config;
  config.db = dir / "index";
  config.roots = {dir / "minutes"};
  config.threads = 1;
  config.progress = indexer::IndexerConfig::ProgressMode::Quiet;
  ASSERT_EQ(indexer::run_indexer(config), 0);

  const auto id = Searcher(config.db).search(query("Chatterley")).results.at(0).item.id;
  {
    // The item's data, altered to name another item, as damage would.
    Xapian::WritableDatabase db(config.db.string());
    const auto term = schema::make_raw_term(schema::FieldId::Id, "i:" + id);
    const auto docid = *db.postlist_begin(term);
    auto doc = db.get_document(docid);
    auto data = doc.get_data();
    const auto at = data.find("\"" + id + "\"");
    ASSERT_NE(at, std::string::npos);
    data.replace(at + 1, id.size(), std::string(id.size(), 'x'));
    doc.set_data(data);
    db.replace_document(docid, doc);
    db.commit();
  }
  Searcher damaged(config.db);
  for (auto read : std::vector<std::function<void()>>{[&] { damaged.search(query("Chatterley")); },
                                                      [&] { damaged.item(id); }}) {
    try {
      read();
      ADD_FAILURE() << "damaged item data was shown";
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find("item " + id), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find("names item"), std::string::npos) << e.what();
    }
  }
  std::filesystem::remove_all(dir);
}
