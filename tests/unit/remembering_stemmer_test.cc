// The remembering stemmer must stem exactly as Snowball English does, the
// first time a word is seen, when it is remembered, and after it has
// forgotten everything at its capacity.  That it is faster is measured in
// bench/RESULTS.md, not here.
#include <gtest/gtest.h>

#include "search/remembering_stemmer.h"
#include "seed_items.h"

using namespace minutes;

TEST(RememberingStemmer, StemsEveryWordOfTheSeedsAsSnowballDoes) {
  const Xapian::Stem snowball("english");
  // A capacity far below the seeds' vocabulary: it forgets words all along.
  auto remembering = search::remembering_english_stemmer(50);
  std::size_t words = 0;
  for (const char* seed : {"000_bc0bbb8462091f85.txt", "004_3227bd4a6b4cdba0.txt"}) {
    for (int pass = 0; pass < 2; ++pass) {  // the second pass meets words it has seen
      for (const auto& passage : test::analyse_seed(seed).passages) {
        std::string word;
        for (char c : passage.text + " ") {
          if (std::isalpha(static_cast<unsigned char>(c))) {
            word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
          } else if (!word.empty()) {
            ASSERT_EQ(remembering(word), snowball(word)) << word;
            ++words;
            word.clear();
          }
        }
      }
    }
  }
  EXPECT_GT(words, 1000u);
  EXPECT_EQ(remembering("transport"), "transport");
  EXPECT_EQ(remembering("decisions"), "decis");
  EXPECT_NE(remembering.get_description().find("remembering"), std::string::npos);
}
