#include <gtest/gtest.h>

#include "text.h"

using namespace minutes::text;

TEST(Text, FindsInvalidUtf8) {
  EXPECT_FALSE(find_invalid_utf8("Council\xE2\x80\x99s \xC2\xA3" "7.7m").has_value());
  EXPECT_EQ(find_invalid_utf8("caf\xE9 latin-1"), 3u);
  EXPECT_EQ(find_invalid_utf8("truncated \xE2\x80"), 10u);
  EXPECT_EQ(find_invalid_utf8("overlong \xC0\xAF"), 9u);
}

TEST(Text, DecodesDoubleEncodedEntities) {
  EXPECT_EQ(decode_entities("Children&#39;s &amp; Families &pound;5"), "Children's & Families \xC2\xA3" "5");
  EXPECT_EQ(decode_entities("AT&T &unknown; &#0;"), "AT&T &unknown; &#0;");
}

TEST(Text, SlugsAndCase) {
  EXPECT_EQ(slugify("Children\xE2\x80\x99s Services"), "childrens-services");
  EXPECT_EQ(slugify("Nigel Jupp"), "nigel-jupp");
  EXPECT_EQ(title_case("WELCOME AND APOLOGIES"), "Welcome and Apologies");
  EXPECT_EQ(squeeze_spaces("  a \xC2\xA0\t b  "), "a b");
}
