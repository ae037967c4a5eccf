#include <gtest/gtest.h>

#include "dates.h"

using namespace minutes::analysis;

TEST(Quarter, ExplicitForms) {
  EXPECT_EQ(find_quarter("", "the Integrated Performance Report for Quarter 2 2023/24 which", ""), "2023/24 Q2");
  EXPECT_EQ(find_quarter("", "figures for Q3 2022/23 show", ""), "2022/23 Q3");
  EXPECT_EQ(find_quarter("", "the 2022/23 Q3 position", ""), "2022/23 Q3");
  EXPECT_EQ(find_quarter("", "as at the end of September 2021 (Quarter 2) quarterly", ""), "2021/22 Q2");
  EXPECT_EQ(find_quarter("", "covering July to September 2021 only", ""), "2021/22 Q2");
  EXPECT_EQ(find_quarter("", "from January to March 2024", ""), "2023/24 Q4");
  EXPECT_EQ(find_quarter("", "quarter two 2024/2025", ""), "2024/25 Q2");
}

TEST(Quarter, ExplicitYearBeatsBareQuarter) {
  EXPECT_EQ(find_quarter("", "compared to the quarter 1 forecast. Quarter 2 2023/24 report", "2023-12-01"),
            "2023/24 Q2");
}

TEST(Quarter, BareQuarterPlacedByMeetingDate) {
  // Quarter 2 (Jul-Sep) reported at a November meeting: that year's.
  EXPECT_EQ(find_quarter("Performance Report - Quarter 2", "", "2021-11-17"), "2021/22 Q2");
  // Quarter 4 (Jan-Mar) reported in June: the previous financial year's.
  EXPECT_EQ(find_quarter("Quarter 4 monitoring", "", "2022-06-10"), "2021/22 Q4");
}

TEST(Quarter, FallsBackToMeetingDateOrNothing) {
  EXPECT_EQ(find_quarter("Apologies", "None were received.", "2025-01-30"), "2024/25 Q4");
  EXPECT_EQ(find_quarter("Apologies", "None were received.", ""), "");
  // A month in passing is not a reporting period.
  EXPECT_EQ(find_quarter("", "the meeting held on 9 January 2025", "2025-05-01"), "2025/26 Q1");
}

TEST(Dates, IsoDatesMustExist) {
  EXPECT_TRUE(parse_iso_date("2024-02-29").has_value());
  EXPECT_TRUE(parse_iso_date("2000-02-29").has_value());
  EXPECT_FALSE(parse_iso_date("2021-02-29").has_value());
  EXPECT_FALSE(parse_iso_date("1900-02-29").has_value());
  EXPECT_FALSE(parse_iso_date("2021-04-31").has_value());
  EXPECT_FALSE(parse_iso_date("2021-13-01").has_value());
  EXPECT_FALSE(parse_iso_date("2021-11-17x").has_value());
  EXPECT_FALSE(parse_iso_date("2021-11-1").has_value());
}

TEST(Dates, FindsDatesInTextAndPaths) {
  EXPECT_EQ(find_date_in_text("held on Thursday, 30 January 2025.")->iso(), "2025-01-30");
  EXPECT_EQ(find_date_in_text("on the 14th October 2020 at")->iso(), "2020-10-14");
  EXPECT_EQ(find_date_in_text("Date of decision: 19/10/2015")->iso(), "2015-10-19");
  EXPECT_FALSE(find_date_in_text("31 February 2020").has_value());
  EXPECT_EQ(find_date_in_path("council/cabinet/2021-11-17/03.txt")->iso(), "2021-11-17");
  EXPECT_EQ(find_date_in_path("minutes_20201014.html")->iso(), "2020-10-14");
  EXPECT_FALSE(find_date_in_path("item-12345678901.txt").has_value());
}

TEST(Quarter, QuarterOfMonthFollowsTheFinancialYear) {
  EXPECT_EQ(quarter_of_month(2021, 4).label(), "2021/22 Q1");
  EXPECT_EQ(quarter_of_month(2021, 12).label(), "2021/22 Q3");
  EXPECT_EQ(quarter_of_month(2022, 3).label(), "2021/22 Q4");
  EXPECT_EQ(quarter_of_month(2099, 7).label(), "2099/00 Q2");
}
