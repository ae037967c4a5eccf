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
