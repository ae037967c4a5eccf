#include <gtest/gtest.h>

#include "people.h"

using namespace minutes::analysis;

namespace {
std::vector<std::string> names(const std::vector<minutes::CouncillorRef>& refs) {
  std::vector<std::string> out;
  for (const auto& r : refs) out.push_back(r.name);
  return out;
}
}  // namespace

TEST(NameMentions, TitlesInitialsAndLists) {
  const auto m = find_name_mentions(
      "Cllr. O. Williams took the Chair. Apologies from Cllrs. Kim Davies, Hubert Gwynne and Doris Jones. "
      "Mr R W Gough (Chairman) and County Councillor Joseph Davies.");
  ASSERT_EQ(m.size(), 6u);
  EXPECT_EQ(m[0].initials, "O");
  EXPECT_EQ(m[0].surname, "Williams");
  EXPECT_EQ(m[1].forenames, std::vector<std::string>{"Kim"});
  EXPECT_EQ(m[3].surname, "Jones");
  EXPECT_EQ(m[4].initials, "R W");
  EXPECT_FALSE(m[4].councillor_title);
  EXPECT_EQ(m[5].surname, "Davies");
}

TEST(NameMentions, StopsAtPlacesTitlesAndSentenceEnds) {
  const auto m = find_name_mentions(
      "Cllr Martin Storey Norfolk County Council, Cllr Sue Lintern Chair Cllr Daphne Clements. "
      "It was forwarded to Councillors. Noted");
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].forenames, std::vector<std::string>{"Martin"});
  EXPECT_EQ(m[0].surname, "Storey");
  EXPECT_EQ(m[1].surname, "Lintern");
  EXPECT_EQ(m[2].surname, "Clements");
}

TEST(Roles, PortfoliosEndAtCommasLowerCaseWordsAndLineBreaks) {
  const auto r = find_role_mentions(
      "The Cabinet Member for Children and Young People, Cllr Russell, introduced. "
      "The Cabinet Member for Learning and Skills agreed. Report of the Cabinet Member for Finance\nThe Leader");
  ASSERT_GE(r.size(), 3u);
  EXPECT_EQ(r[0].portfolio, "Children and Young People");
  EXPECT_EQ(r[1].portfolio, "Learning and Skills");
  EXPECT_EQ(r[2].portfolio, "Finance");
}

TEST(Resolver, SurnameAndFullNameBecomeOnePerson) {
  CouncillorResolver people;
  const std::string text =
      "Cllr Russell introduced the item. Later Councillor Sarah Russell answered. Cllr. S. Russell agreed.";
  people.learn(text);
  EXPECT_EQ(names(people.resolve_all(text)), std::vector<std::string>{"Sarah Russell"});
}

TEST(Resolver, RolesBindToTheNamedHolder) {
  CouncillorResolver people;
  const std::string text =
      "The Cabinet Member for Children and Young People, Cllr Russell, introduced the item. "
      "Mr Watkins, Cabinet Member for Adult Social Care, provided an update.";
  people.learn(text);
  EXPECT_EQ(people.holder_of("cabinet member for children and young people")->name, "Russell");
  EXPECT_FALSE(people.holder_of("cabinet member for adult social care").has_value())
      << "Mr Watkins without initials and unknown is not taken as a councillor";
  EXPECT_EQ(names(people.resolve_all("The Cabinet Member for Children and Young People agreed to")),
            std::vector<std::string>{"Russell"});
}

TEST(Resolver, OfficersAreNotCouncillors) {
  CouncillorResolver people;
  const std::string text =
      "PRESENT: Mr R W Gough (Chairman), Mrs S Chandler. IN ATTENDANCE: Dr A Ghosh (Director of Public Health), "
      "Mrs A Beer (Chief Executive). Mr Watts (General Counsel) confirmed. Later Mr Watts said. "
      "Kevin Kent, Emergency Planning Officer, attended. Mrs Chandler spoke.";
  people.learn(text);
  EXPECT_EQ(names(people.resolve_all(text)), (std::vector<std::string>{"R W Gough", "S Chandler"}));
}

TEST(Resolver, RosterResolvesRolesAndSurnames) {
  const auto roster = parse_roster(R"({"council": "Staffordshire County Council", "councillors": [
      {"name": "Alan White", "roles": ["Leader of the Council"]},
      {"name": "Ian Parry", "roles": ["Cabinet Member for Finance"]},
      {"name": "Kath Yates"}]})");
  CouncillorResolver people;
  people.add_roster(roster);
  const std::string text =
      "The Leader of the Council introduced the report. An update would be sent to Councillor Yates directly.";
  people.learn(text);
  EXPECT_EQ(names(people.resolve_all(text)), (std::vector<std::string>{"Kath Yates", "Alan White"}));
  EXPECT_EQ(people.holder_of("cabinet member for finance")->id, "ian-parry");
}

TEST(Roster, BadRosterNamesTheProblem) {
  EXPECT_THROW(parse_roster("[]"), std::runtime_error);
  try {
    parse_roster(R"({"councillors": [{"roles": []}]})");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("name"), std::string::npos);
  }
}

TEST(Portfolio, HeadingsNameKnownOrCommonPortfolios) {
  EXPECT_EQ(heading_portfolio("Learning and Skills", {}), "Learning and Skills");
  EXPECT_EQ(heading_portfolio("Highways & Transport", {}), "Highways and Transport");
  EXPECT_EQ(heading_portfolio("Integrated Children's Services", {"Integrated Children's Services"}),
            "Integrated Children's Services");
  EXPECT_FALSE(heading_portfolio("Supporting documents", {}).has_value());
}
