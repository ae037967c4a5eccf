#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <set>

#include "acronyms.h"
#include "glossary.h"
#include "text.h"

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
  EXPECT_TRUE(f.spelt_out("bus services improvement plan").empty());  // only the last word may be plural
}

TEST(ExpansionFinder, BreaksWordsWhereXapiansTermGeneratorDoes) {
  ExpansionFinder f(Glossary{{"BSIP", "Bus Service Improvement Plan"}, {"CYPS", "Children's and Young People's Services"}});
  // Curly quotes, dashes and bullets are breaks, not letters.
  EXPECT_EQ(f.spelt_out("the \u201cBus Service Improvement Plan\u201d was noted"), std::vector<std::string>{"bsip"});
  EXPECT_EQ(f.spelt_out("the Bus Service Improvement Plan\u2014which was noted"), std::vector<std::string>{"bsip"});
  EXPECT_EQ(f.spelt_out("\u2022Bus Service Improvement Plans\u2022"), std::vector<std::string>{"bsip"});
  // A curly apostrophe inside a word is the word's, as TermGenerator keeps it.
  EXPECT_EQ(f.spelt_out("Children\u2019s and Young People\u2019s Services"), std::vector<std::string>{"cyps"});
}

// The finder and the index agree: whatever text it finds an expansion in,
// Xapian's TermGenerator gives the phrase the backfill and searches use.
TEST(ExpansionFinder, AgreesWithTermGeneratorPhrases) {
  const Glossary glossary{{"BSIP", "Bus Service Improvement Plan"}, {"CYPS", "Children's and Young People's Services"},
                          {"O&S", "Overview and Scrutiny"}};
  const std::vector<std::string> texts{
      "The Bus Service Improvement Plan was approved.",
      "\u201cBus Service Improvement Plans\u201d \u2014 all of them",
      "bus service, improvement plan",
      "Bus-Service Improvement-Plan",
      "Children\u2019s and Young People\u2019s Services",
      "Childrens and Young Peoples Services",
      "the Overview & Scrutiny Committee",
      "the Overview and Scrutiny Committee",
      "Overview and\nScrutiny",
  };
  ExpansionFinder finder(glossary);
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::TermGenerator generator;
  for (const auto& t : texts) {
    Xapian::Document doc;
    generator.set_document(doc);
    generator.index_text(t);
    db.add_document(doc);
  }
  for (const auto& [acronym, expansion] : glossary) {
    const auto words = minutes::analysis::glossary_words(expansion);
    auto phrase = [&](bool plural) {
      std::vector<Xapian::Query> terms;
      for (std::size_t i = 0; i < words.size(); ++i) terms.emplace_back(words[i] + (plural && i + 1 == words.size() ? "s" : ""));
      return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), static_cast<Xapian::termcount>(terms.size()));
    };
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, phrase(false), phrase(true)));
    std::set<Xapian::docid> by_xapian;
    const auto mset = enquire.get_mset(0, 100);
    for (auto m = mset.begin(); m != mset.end(); ++m) by_xapian.insert(*m);
    for (std::size_t i = 0; i < texts.size(); ++i) {
      const auto found = finder.spelt_out(texts[i]);
      const bool by_finder = std::find(found.begin(), found.end(), minutes::text::to_lower_ascii(acronym)) != found.end();
      EXPECT_EQ(by_finder, by_xapian.count(static_cast<Xapian::docid>(i + 1)) > 0) << acronym << " in: " << texts[i];
    }
  }
}

TEST(ExpansionFinder, IgnoresOneWordExpansions) {
  ExpansionFinder f(Glossary{{"FOO", "Foo"}});
  EXPECT_TRUE(f.empty());
  EXPECT_TRUE(f.spelt_out("foo foo foo").empty());
}

TEST(ExpansionFinder, CommonListIsUsable) {
  ExpansionFinder f(minutes::analysis::common_acronyms());
  EXPECT_EQ(f.spelt_out("the Medium Term Financial Strategy was approved"), std::vector<std::string>{"mtfs"});
  EXPECT_EQ(f.spelt_out("a House in Multiple Occupation licence"), std::vector<std::string>{"hmo"});
}
