#include <gtest/gtest.h>

#include "schema.h"

using namespace minutes::schema;

TEST(Schema, NameRoundTripsToPrefixAndTerm) {
  for (const auto& f : kFields) {
    auto id = field_by_name(f.name);
    ASSERT_TRUE(id.has_value()) << f.name;
    EXPECT_EQ(&field(*id), &f);
  }
  EXPECT_EQ(make_term(FieldId::Portfolio, "Learning and Skills"), "XPlearning-and-skills");
  EXPECT_EQ(make_term(FieldId::Quarter, "2021/22 Q2"), "XQ2021/22-q2");
  EXPECT_FALSE(field_by_name("nonsense").has_value());
}

TEST(Schema, LongTermsAreHashedWithinXapiansLimit) {
  const std::string long_value(1000, 'a');
  const auto a = make_term(FieldId::Committee, long_value);
  const auto b = make_term(FieldId::Committee, long_value + "b");
  EXPECT_LE(a.size(), kMaxTermBytes);
  EXPECT_NE(a, b);
}

TEST(Schema, MultiValuesRoundTrip) {
  std::vector<std::string> v{"Finance", "Learning and Skills"};
  EXPECT_EQ(decode_multi(encode_multi(v)), v);
  EXPECT_TRUE(decode_multi("").empty());
}

TEST(Schema, FacetValuesRoundTripThroughOneSlot) {
  FacetValues v;
  v[0] = {"Finance", "Learning and Skills"};  // portfolio
  v[1] = {"2021/22 Q2"};                      // quarter
  v[3] = {"Cabinet"};                         // committee; councillors left empty
  v[5] = {"decision", "action"};              // type
  const auto packed = encode_facets(v);
  EXPECT_EQ(decode_facets(packed), v);
  std::vector<std::pair<std::size_t, std::string>> seen;
  for_each_facet_value(packed, [&](std::size_t facet, std::string_view value) { seen.emplace_back(facet, value); });
  const std::vector<std::pair<std::size_t, std::string>> expected{
      {0, "Finance"}, {0, "Learning and Skills"}, {1, "2021/22 Q2"}, {3, "Cabinet"}, {5, "decision"}, {5, "action"}};
  EXPECT_EQ(seen, expected);
  EXPECT_EQ(decode_facets(""), FacetValues{});
}

TEST(Schema, SampleLevelsMarkOneInTwoToTheJOfItems) {
  // Over many item ids, about 1 in 2^j has level j or more: the sample
  // terms XS<j> then select that share of the archive.
  constexpr int kIds = 1 << 16;
  std::array<int, kMaxSampleLevel + 1> at_least{};
  for (int i = 0; i < kIds; ++i) {
    const int level = sample_level(std::to_string(0x9e3779b9u * static_cast<unsigned>(i)) + "abc");
    ASSERT_GE(level, 0);
    ASSERT_LE(level, kMaxSampleLevel);
    for (int j = 0; j <= level; ++j) ++at_least[static_cast<std::size_t>(j)];
  }
  for (int j = 1; j <= 8; ++j) {
    const double expected = static_cast<double>(kIds) / static_cast<double>(1 << j);
    EXPECT_NEAR(at_least[static_cast<std::size_t>(j)], expected, expected * 0.15 + 10) << "level " << j;
  }
  EXPECT_EQ(sample_level("same id"), sample_level("same id"));
}
