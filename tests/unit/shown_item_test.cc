// What a result page shows of an item is read from the JSON the indexer
// stores for it, by a different parser (simdjson) than the one that wrote
// it (nlohmann): every field must come back as written, escapes included,
// and stored data that is not an item must be refused by name.
#include <gtest/gtest.h>

#include "index/documents.h"
#include "search/shown_item.h"
#include "seed_items.h"

using namespace minutes;

namespace {

using test::analyse_seed;

void expect_shown_as_stored(const Item& item) {
  search::ShownItemReader reader;
  const auto shown = reader.read(index::item_json(item));
  EXPECT_EQ(shown.summary.id, item.id);
  EXPECT_EQ(shown.summary.title, item.meta.title);
  EXPECT_EQ(shown.summary.council, item.meta.council);
  EXPECT_EQ(shown.summary.committee, item.meta.committee);
  EXPECT_EQ(shown.summary.date, item.meta.date);
  EXPECT_EQ(shown.summary.url, item.meta.url);
  EXPECT_EQ(shown.summary.item_number, item.meta.item_number);
  EXPECT_EQ(shown.summary.quarter, item.quarter);
  EXPECT_EQ(shown.summary.portfolios, item.portfolios);
  ASSERT_EQ(shown.passages.size(), item.passages.size());
  for (std::size_t i = 0; i < item.passages.size(); ++i) {
    const auto& p = item.passages[i];
    EXPECT_EQ(shown.passages[i].type, to_string(p.type)) << i;
    EXPECT_EQ(shown.passages[i].minute, p.minute) << i;
    EXPECT_EQ(shown.passages[i].label, p.label) << i;
    EXPECT_EQ(shown.passages[i].portfolio, p.portfolio) << i;
    EXPECT_EQ(shown.passages[i].text, p.text) << i;
  }
}

}  // namespace

TEST(ShownItem, SeedsReadBackAsTheIndexerStoredThem) {
  for (const char* seed : {"000_bc0bbb8462091f85.txt", "004_3227bd4a6b4cdba0.txt"}) {
    SCOPED_TRACE(seed);
    const auto item = analyse_seed(seed);
    ASSERT_GT(item.passages.size(), 5u);
    ASSERT_FALSE(item.portfolios.empty());
    expect_shown_as_stored(item);
  }
}

TEST(ShownItem, EscapedCharactersReadBackAsWritten) {
  auto item = analyse_seed("004_3227bd4a6b4cdba0.txt");
  item.meta.title = "The \"Growing Our Own\" scheme \\ a back\\slash – £5m\tand a tab";
  item.passages.at(0).text = "Line one\nline two: \u00e9t\u00e9, \"quoted\", and a control \x01 byte";
  item.passages.at(1).portfolio = "";
  expect_shown_as_stored(item);
}

TEST(ShownItem, DataThatIsNotAnItemIsRefusedByName) {
  search::ShownItemReader reader;
  for (const char* bad : {"", "{\"id\": ", "[1, 2]", "{\"title\": 5}", "{\"passages\": [{\"text\": [\"x\"]}]}"}) {
    SCOPED_TRACE(bad);
    try {
      (void)reader.read(bad);
      ADD_FAILURE() << "accepted";
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find("unreadable item JSON"), std::string::npos) << e.what();
    }
  }
  // And the reader still reads good data after refusing bad.
  const auto shown = reader.read(R"({"id": "a1", "title": "Budget", "passages": [{"type": "decision", "text": "Agreed."}]})");
  EXPECT_EQ(shown.summary.title, "Budget");
  ASSERT_EQ(shown.passages.size(), 1u);
  EXPECT_EQ(shown.passages[0].type, "decision");
}
