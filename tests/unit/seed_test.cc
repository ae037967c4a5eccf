// The seeds are two real agenda items as councils publish them: the
// extraction must get their structure exactly right.
#include <gtest/gtest.h>

#include <algorithm>

#include "process.h"
#include "seed_items.h"

using namespace minutes;

namespace {

using test::analyse_seed;

std::vector<const Passage*> of_type(const Item& item, PassageType type) {
  std::vector<const Passage*> out;
  for (const auto& p : item.passages)
    if (p.type == type) out.push_back(&p);
  return out;
}

std::vector<std::string> names(const std::vector<CouncillorRef>& refs) {
  std::vector<std::string> out;
  for (const auto& r : refs) out.push_back(r.name);
  return out;
}

bool starts(const Passage* p, std::string_view prefix) { return p->text.rfind(prefix, 0) == 0; }

}  // namespace

TEST(Seed000, FacetsOfThePerformanceReport) {
  const auto item = analyse_seed("000_bc0bbb8462091f85.txt");
  EXPECT_EQ(item.portfolios, (std::vector<std::string>{"Children and Young People", "Learning and Skills"}));
  EXPECT_EQ(item.quarter, "2021/22 Q2");
  EXPECT_EQ(names(item.councillors), (std::vector<std::string>{"Russell", "Nigel Jupp"}));
  EXPECT_EQ(item.meta.item_number, "33");
  EXPECT_EQ(item.meta.council, "West Sussex County Council");
  ASSERT_EQ(item.acronyms.size(), 2u);
  EXPECT_EQ(item.acronyms[0].acronym, "PRR");
  EXPECT_EQ(item.acronyms[0].expansion, "Performance and Resources report");
  EXPECT_EQ(item.acronyms[1].acronym, "EHCP");
  EXPECT_EQ(item.acronyms[1].expansion, "Education, Health and Care Plan");
}

TEST(Seed000, FourNumberedResolutionsAreDecisions) {
  const auto item = analyse_seed("000_bc0bbb8462091f85.txt");
  const auto decisions = of_type(item, PassageType::Decision);
  ASSERT_EQ(decisions.size(), 4u);
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(decisions[i]->minute, "33.6");
    EXPECT_EQ(decisions[i]->label, std::to_string(i + 1));
  }
  EXPECT_TRUE(starts(decisions[0], "Welcomes the format"));
  EXPECT_TRUE(starts(decisions[3], "Thanks those working together"));
  EXPECT_EQ(decisions[3]->lead, "Resolved – That the Committee:");
}

TEST(Seed000, GrowingOurOwnBriefingIsAnActionByTheCabinetMember) {
  const auto item = analyse_seed("000_bc0bbb8462091f85.txt");
  const auto actions = of_type(item, PassageType::Action);
  ASSERT_EQ(actions.size(), 1u);
  EXPECT_NE(actions[0]->text.find("growing our own"), std::string::npos);
  EXPECT_EQ(actions[0]->minute, "33.3");
  EXPECT_EQ(actions[0]->label, "Staffing vacancies");
  EXPECT_EQ(actions[0]->portfolio, "Children and Young People");
  EXPECT_EQ(actions[0]->actor_councillor.name, "Russell");
}

TEST(Seed000, PassagesCarryTheirSectionsPortfolioAndMinute) {
  const auto item = analyse_seed("000_bc0bbb8462091f85.txt");
  const auto it = std::find_if(item.passages.begin(), item.passages.end(),
                               [](const Passage& p) { return p.label == "Rereferrals"; });
  ASSERT_NE(it, item.passages.end());
  EXPECT_EQ(it->minute, "33.3");
  EXPECT_EQ(it->portfolio, "Children and Young People");
  const auto jupp = std::find_if(item.passages.begin(), item.passages.end(),
                                 [](const Passage& p) { return p.minute == "33.4"; });
  ASSERT_NE(jupp, item.passages.end());
  EXPECT_EQ(jupp->portfolio, "Learning and Skills");
  EXPECT_EQ(names(jupp->councillors), std::vector<std::string>{"Nigel Jupp"});
}

TEST(Seed004, FacetsOfTheIntegratedPerformanceReport) {
  const auto item = analyse_seed("004_3227bd4a6b4cdba0.txt");
  EXPECT_EQ(item.quarter, "2023/24 Q2");
  EXPECT_EQ(item.portfolios, std::vector<std::string>{"Finance"});
  EXPECT_EQ(names(item.councillors), std::vector<std::string>{"Yates"});
}

TEST(Seed004, LetteredResolutionsAreDecisions) {
  const auto item = analyse_seed("004_3227bd4a6b4cdba0.txt");
  const auto decisions = of_type(item, PassageType::Decision);
  ASSERT_EQ(decisions.size(), 4u);
  EXPECT_EQ(decisions[0]->label, "a");
  EXPECT_TRUE(starts(decisions[0], "That the Quarter 2 2023/24 Integrated Performance Report be noted"));
  EXPECT_EQ(decisions[1]->label, "b");
  EXPECT_EQ(decisions[2]->label, "c");
  EXPECT_EQ(decisions[3]->label, "d");
  EXPECT_TRUE(starts(decisions[3], "An update on the Chatterley valley scheme slippage"));
}

TEST(Seed004, ChatterleyValleyUpdateIsAnActionForCouncillorYates) {
  const auto item = analyse_seed("004_3227bd4a6b4cdba0.txt");
  const auto actions = of_type(item, PassageType::Action);
  const auto it = std::find_if(actions.begin(), actions.end(),
                               [](const Passage* p) { return p->text.find("Chatterley Valley") != std::string::npos; });
  ASSERT_NE(it, actions.end());
  EXPECT_EQ((*it)->recipient.name, "Yates");
  EXPECT_EQ((*it)->portfolio, "Finance");
}

TEST(Seed004, CovidSchemesAndSelfAssessmentPortalAreRequests) {
  const auto item = analyse_seed("004_3227bd4a6b4cdba0.txt");
  const auto requests = of_type(item, PassageType::Request);
  auto count_with = [&](std::string_view needle) {
    return std::count_if(requests.begin(), requests.end(),
                         [&](const Passage* p) { return p->text.find(needle) != std::string::npos; });
  };
  // Each is requested in the discussion and again under resolution c).
  EXPECT_EQ(count_with("applied for covid funding"), 2);
  EXPECT_EQ(count_with("self-assessment portal"), 2);
  EXPECT_EQ(count_with("SEND Accelerated Progress Plan"), 1);
}
