// Genuine published minutes from ../shared/real (not part of the project):
// the extractors must cope with their real shapes.  Skipped cleanly where
// that folder is absent.
#include <gtest/gtest.h>

#include <algorithm>

#include "process.h"
#include "test_files.h"

using namespace minutes;

namespace {

std::filesystem::path real(const char* relative) { return test::real_dir() / relative; }

indexer::FileOutcome analyse(const std::filesystem::path& path) {
  static indexer::IndexerConfig config;
  indexer::SharedContext context(config, {});
  return indexer::process_file(describe_source(path, path.parent_path()), context);
}

#define SKIP_WITHOUT(path)                                                       \
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "absent: " << (path).string()

bool names_councillor(const Item& item, std::string_view name) {
  return std::any_of(item.councillors.begin(), item.councillors.end(),
                     [&](const CouncillorRef& c) { return c.name == name; });
}

}  // namespace

TEST(RealMinutes, PrintedMinutesPdfSplitsIntoNumberedItems) {
  const auto path = real("kent-county-council-minutes-pdf/cabinet-2025-01-30-printed-minutes.pdf");
  SKIP_WITHOUT(path);
  const auto outcome = analyse(path);
  ASSERT_EQ(outcome.status, indexer::FileOutcome::Status::Indexed) << outcome.reason;
  ASSERT_GE(outcome.items.size(), 5u);
  const auto& first = outcome.items.front();
  EXPECT_EQ(first.meta.item_number, "84");
  EXPECT_EQ(first.meta.title, "Apologies");
  EXPECT_EQ(first.meta.council, "Kent County Council");
  EXPECT_EQ(first.meta.committee, "Cabinet");
  EXPECT_EQ(first.meta.date, "2025-01-30");
  const auto& minutes_item = outcome.items.at(2);
  EXPECT_EQ(minutes_item.meta.item_number, "86");
  ASSERT_FALSE(minutes_item.passages.empty());
  EXPECT_EQ(minutes_item.passages.front().type, PassageType::Decision);
  // Members from PRESENT are councillors; officers IN ATTENDANCE are not.
  const auto& updates = outcome.items.at(3);
  EXPECT_TRUE(names_councillor(updates, "R W Gough"));
  for (const auto& item : outcome.items) {
    EXPECT_FALSE(names_councillor(item, "A Ghosh")) << item.meta.title;
    EXPECT_FALSE(names_councillor(item, "Watts")) << item.meta.title;
  }
}

TEST(RealMinutes, WebServiceXmlYieldsItemsWithMinutesOnly) {
  const auto with = real("moderngov-markup/mgWebService-GetMeeting-manchester-4967-with-minutes.xml");
  SKIP_WITHOUT(with);
  const auto outcome = analyse(with);
  ASSERT_EQ(outcome.status, indexer::FileOutcome::Status::Indexed) << outcome.reason;
  ASSERT_EQ(outcome.items.size(), 2u);
  EXPECT_EQ(outcome.items[0].meta.date, "2026-02-10");
  EXPECT_EQ(outcome.items[0].meta.committee, "Audit Committee");
  EXPECT_EQ(outcome.items[1].meta.title, "Work Programme");
  EXPECT_EQ(outcome.items[1].meta.item_number, "9");

  const auto cancelled = analyse(real("moderngov-markup/mgWebService-GetMeeting-manchester-4966-cancelled-no-minutes.xml"));
  EXPECT_EQ(cancelled.status, indexer::FileOutcome::Status::Skipped);
  EXPECT_NE(cancelled.reason.find("no agenda item with minutes"), std::string::npos);
}

TEST(RealMinutes, CommunityCouncilHtmlSplitsAtNumberedHeadings) {
  const auto path = real("community-council-minutes-html/minutes_2020-10.html");
  SKIP_WITHOUT(path);
  const auto outcome = analyse(path);
  ASSERT_EQ(outcome.status, indexer::FileOutcome::Status::Indexed) << outcome.reason;
  ASSERT_GE(outcome.items.size(), 6u);
  EXPECT_EQ(outcome.items[0].meta.title, "Welcome and Apologies");
  EXPECT_EQ(outcome.items[0].meta.date, "2020-10-14");
  // "Cllr. O. Williams" and "Owen Williams" of the PRESENT list are one person.
  EXPECT_TRUE(names_councillor(outcome.items[0], "Owen Williams"));
  // "It was proposed by Cllr. G. Evans, seconded by ... and unanimously agreed"
  const auto& confirm = outcome.items[1];
  ASSERT_FALSE(confirm.passages.empty());
  EXPECT_EQ(confirm.passages[0].type, PassageType::Decision);
}

TEST(RealMinutes, EveryRealFileIsIndexedOrSkippedWithAReason) {
  SKIP_WITHOUT(test::real_dir());
  std::size_t indexed = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(test::real_dir())) {
    if (!entry.is_regular_file() || extract::format_of(entry.path()) == extract::Format::Unsupported) continue;
    if (is_companion_file(entry.path())) continue;
    const auto outcome = analyse(entry.path());
    EXPECT_NE(outcome.status, indexer::FileOutcome::Status::Failed) << entry.path() << ": " << outcome.reason;
    if (outcome.status == indexer::FileOutcome::Status::Skipped) {
      EXPECT_FALSE(outcome.reason.empty());
      continue;
    }
    ++indexed;
    for (const auto& item : outcome.items) EXPECT_FALSE(item.passages.empty()) << entry.path();
  }
  EXPECT_GE(indexed, 30u);
}
