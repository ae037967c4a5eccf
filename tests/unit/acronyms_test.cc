#include <gtest/gtest.h>

#include "acronyms.h"

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
