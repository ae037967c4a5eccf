#include <gtest/gtest.h>

#include "extract.h"
#include "passages.h"

using namespace minutes;
using namespace minutes::analysis;

namespace {
std::vector<Passage> passages_of(const std::string& text, CouncillorResolver* people = nullptr) {
  CouncillorResolver local;
  if (!people) people = &local;
  people->learn(text);
  return build_passages(extract::blocks_from_plain_text(text), PassageContext{people, {}});
}
}  // namespace

TEST(Passages, MinuteNumbersAndEnumerations) {
  EXPECT_EQ(split_minute_number("33.1     The Committee").first, "33.1");
  EXPECT_EQ(split_minute_number("68/18 Apologies").first, "68/18");
  EXPECT_EQ(split_minute_number("20/09/23 report").first, "");
  EXPECT_EQ(split_minute_number("1.5m was spent").first, "");
  EXPECT_EQ(split_enumeration("a)   That the report").first, "a");
  EXPECT_EQ(split_enumeration("(iv) Noted").first, "iv");
  EXPECT_EQ(split_enumeration("4.   Thanks those").first, "4");
  EXPECT_EQ(split_enumeration("Members asked").first, "");
}

TEST(Passages, ClassifiesByWording) {
  EXPECT_EQ(classify("A Chatterley Valley slippage update would be sent to Councillor Yates directly."),
            PassageType::Action);
  EXPECT_EQ(classify("The Clerk agreed to chase up again."), PassageType::Action);
  EXPECT_EQ(classify("The full list of schemes which had applied for covid funding was requested."),
            PassageType::Request);
  EXPECT_EQ(classify("Members requested a breakdown of agency spend by directorate."), PassageType::Request);
  EXPECT_EQ(classify("It was agreed that two ash trees should be felled."), PassageType::Decision);
  EXPECT_EQ(classify("The Committee felt that Economic trends were doing well."), PassageType::Discussion);
}

TEST(Passages, ResolutionPointsAreDecisionsUntilTheNextMinute) {
  const auto p = passages_of(
      "12.1 Members discussed the budget.\n\n12.2 RESOLVED – That the Committee:\n\n"
      "1.   Notes the report.\n\n2.   Asks for a further report.\n\n12.3 The Chairman closed the meeting.");
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(p[0].type, PassageType::Discussion);
  EXPECT_EQ(p[1].type, PassageType::Decision);
  EXPECT_EQ(p[1].minute, "12.2");
  EXPECT_EQ(p[1].label, "1");
  EXPECT_EQ(p[1].lead, "RESOLVED – That the Committee:");
  EXPECT_EQ(p[2].type, PassageType::Decision);
  EXPECT_EQ(p[3].type, PassageType::Discussion);
  EXPECT_EQ(p[3].minute, "12.3");
}

TEST(Passages, ActionMarkerSplitsABulletAndKeepsItsTopic) {
  CouncillorResolver people;
  const auto p = passages_of(
      "Children and Young People\n\n"
      "4.2     The Cabinet Member for Children and Young People, Cllr Russell, introduced the item.\n\n"
      "·       Staffing – Agency staff were still employed.  Action: The Cabinet Member for Children and "
      "Young People agreed to give members a briefing.",
      &people);
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[1].type, PassageType::Discussion);
  EXPECT_EQ(p[1].label, "Staffing");
  EXPECT_EQ(p[2].type, PassageType::Action);
  EXPECT_EQ(p[2].label, "Staffing");
  EXPECT_EQ(p[2].portfolio, "Children and Young People");
  EXPECT_EQ(p[2].actor_councillor.name, "Russell");
}

TEST(Passages, SupportingDocumentsEndTheMinutes) {
  const auto p = passages_of("The report was noted.\n\nSupporting documents:\n\nAppendix A PDF 119 KB");
  ASSERT_EQ(p.size(), 1u);
}
