#include <gtest/gtest.h>

#include "acronyms.h"
#include "glossary.h"

using minutes::analysis::find_acronyms;

TEST(Acronyms, ExpansionBeforeAcronym) {
  const auto a = find_acronyms(
      "Transport of Children with an Education, Health and Care Plan (EHCP) and the Deprivation of Liberty "
      "Safeguarding (DOLS) orders; the Performance and Resources report (PRR).");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].acronym, "EHCP");
  EXPECT_EQ(a[0].expansion, "Education, Health and Care Plan");
  EXPECT_EQ(a[1].expansion, "Deprivation of Liberty Safeguarding");
  EXPECT_EQ(a[2].expansion, "Performance and Resources report");
}

TEST(Acronyms, PluralsReverseFormsAndNonMatches) {
  const auto a = find_acronyms(
      "more Education, Health and Care Plans (EHCPs) were issued. The MTFS (Medium Term Financial Strategy) "
      "was noted. The report (page 43) and the scheme (KCC) were discussed.");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].acronym, "EHCP");
  EXPECT_EQ(a[1].acronym, "MTFS");
  EXPECT_EQ(a[1].expansion, "Medium Term Financial Strategy");
}

// ---------------------------------------------------------------------------
// Spelt-out expansions, which the indexer gives acronym terms.


using minutes::analysis::ExpansionFinder;
using Glossary = std::map<std::string, std::string>;

TEST(ExpansionFinder, FindsExpansionsWordForWordIgnoringCaseAndPunctuation) {
  ExpansionFinder f(Glossary{{"EHCP", "Education, Health and Care Plan"}, {"BSIP", "Bus Service Improvement Plan"}});
  EXPECT_EQ(f.spelt_out("pupils with an education health and care plan were eligible"), std::vector<std::string>{"ehcp"});
  EXPECT_EQ(f.spelt_out("Education, Health and Care Plans (EHCPs) rose"), std::vector<std::string>{"ehcp"});
  EXPECT_EQ(f.spelt_out("The Bus Service Improvement Plan and the EHCP review"), std::vector<std::string>{"bsip"});
  // Each acronym once, however often spelt out; two acronyms in one text.
  EXPECT_EQ(f.spelt_out("bus service improvement plan; education, health and care plan; bus service improvement plan"),
            (std::vector<std::string>{"bsip", "ehcp"}));
}

TEST(ExpansionFinder, NeedsEveryWordInOrder) {
  ExpansionFinder f(Glossary{{"BSIP", "Bus Service Improvement Plan"}});
  EXPECT_TRUE(f.spelt_out("the bus service plan").empty());
  EXPECT_TRUE(f.spelt_out("improvement plan for the bus service").empty());
  EXPECT_TRUE(f.spelt_out("a bus service improvement").empty());  // the text ends first
  EXPECT_TRUE(f.spelt_out("BSIP").empty());                       // the acronym itself is a word of the text
}

TEST(ExpansionFinder, IgnoresOneWordExpansions) {
  ExpansionFinder f(Glossary{{"FOO", "Foo"}});
  EXPECT_TRUE(f.empty());
  EXPECT_TRUE(f.spelt_out("foo foo foo").empty());
}

TEST(ExpansionFinder, CommonListIsUsable) {
  std::map<std::string, std::string> common;
  for (const auto& a : minutes::analysis::common_acronyms()) common[a.acronym] = a.expansion;
  ExpansionFinder f(common);
  EXPECT_EQ(f.spelt_out("the Medium Term Financial Strategy was approved"), std::vector<std::string>{"mtfs"});
  EXPECT_EQ(f.spelt_out("a House in Multiple Occupation licence"), std::vector<std::string>{"hmo"});
}
