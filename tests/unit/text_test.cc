#include <gtest/gtest.h>

#include "text.h"

using namespace minutes::text;

TEST(Text, FindsInvalidUtf8) {
  EXPECT_FALSE(find_invalid_utf8("Council\xE2\x80\x99s \xC2\xA3" "7.7m").has_value());
  EXPECT_EQ(find_invalid_utf8("caf\xE9 latin-1"), 3u);
  EXPECT_EQ(find_invalid_utf8("truncated \xE2\x80"), 10u);
  EXPECT_EQ(find_invalid_utf8("overlong \xC0\xAF"), 9u);
}

TEST(Text, CutsUtf8AtCharacterBoundaries) {
  const std::string apostrophe = "children\xE2\x80\x99s";  // ’ is 3 bytes, at 8..10
  EXPECT_EQ(utf8_prefix(apostrophe, 8), "children");
  EXPECT_EQ(utf8_prefix(apostrophe, 9), "children");
  EXPECT_EQ(utf8_prefix(apostrophe, 10), "children");
  EXPECT_EQ(utf8_prefix(apostrophe, 11), "children\xE2\x80\x99");
  EXPECT_EQ(utf8_prefix(apostrophe, 100), apostrophe);
  EXPECT_EQ(utf8_prefix("\xC2\xA3" "5", 1), "");
}

TEST(Text, EscapesOnlyBytesThatBreakUtf8) {
  EXPECT_EQ(escape_invalid_utf8("caf\xE9-minutes.txt"), "caf%E9-minutes.txt");
  EXPECT_EQ(escape_invalid_utf8("caf\xC3\xA9 \xFF\xFE"), "caf\xC3\xA9 %FF%FE");
  EXPECT_EQ(escape_invalid_utf8("truncated \xE2\x80"), "truncated %E2%80");
  EXPECT_EQ(escape_invalid_utf8("plain 100%"), "plain 100%");
  EXPECT_FALSE(find_invalid_utf8(escape_invalid_utf8("\xC0\xAF\xED\xA0\x80")).has_value());
}

TEST(Text, ReplacesBytesThatBreakUtf8) {
  EXPECT_EQ(replace_invalid_utf8("caf\xE9!"), "caf\xEF\xBF\xBD!");
  EXPECT_EQ(replace_invalid_utf8("caf\xC3\xA9"), "caf\xC3\xA9");
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
