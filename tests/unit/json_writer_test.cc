// The daemon's JSON writer: what it writes must parse (by nlohmann, as
// any client's parser would) back to exactly what was written, whatever
// the text holds.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

#include "json_writer.h"

using minutes::searchd::JsonWriter;
using nlohmann::json;

TEST(JsonWriter, NestedValuesParseBackAsWritten) {
  const std::string awkward = "quote \" backslash \\ slash / newline \n tab \t bell \x07 nul-free \x1f end";
  const std::string unicode = "caf\u00e9 \u2013 \xF0\x9F\x98\x80 \u00a3";
  JsonWriter w;
  w.begin_object().field("awkward", awkward).field("unicode", unicode);
  w.key("numbers").begin_array().number(0.1).number(1e300).number(-2.5e-7).number(-3LL).number(
      std::numeric_limits<unsigned long long>::max());
  w.end_array();
  w.key("flags").begin_array().boolean(true).boolean(false).null().end_array();
  w.key("empty_object").begin_object().end_object().key("empty_array").begin_array().end_array();
  w.key("nested").begin_array().begin_object().field("a", "1").end_object().begin_object().end_object().end_array();
  w.end_object();
  const auto text = w.take();
  const auto j = json::parse(text);
  EXPECT_EQ(j["awkward"], awkward);
  EXPECT_EQ(j["unicode"], unicode);
  EXPECT_EQ(j["numbers"][0].get<double>(), 0.1);
  EXPECT_EQ(j["numbers"][1].get<double>(), 1e300);
  EXPECT_EQ(j["numbers"][2].get<double>(), -2.5e-7);
  EXPECT_EQ(j["numbers"][3].get<long long>(), -3);
  EXPECT_EQ(j["numbers"][4].get<unsigned long long>(), std::numeric_limits<unsigned long long>::max());
  EXPECT_EQ(j["flags"], json::parse("[true, false, null]"));
  EXPECT_TRUE(j["empty_object"].is_object() && j["empty_object"].empty());
  EXPECT_TRUE(j["empty_array"].is_array() && j["empty_array"].empty());
  EXPECT_EQ(j["nested"], json::parse(R"([{"a": "1"}, {}])"));
  // Control characters are escaped, never written raw.
  for (char c = 1; c < 0x20; ++c) EXPECT_EQ(text.find(c), std::string::npos) << static_cast<int>(c);
}

TEST(JsonWriter, DoublesReadBackExactlyAndStayDoubles) {
  for (double d : {0.0, 12.0, -3.0, 1e300, 0.0001, -1.5, 1.0 / 3, 2.0 / 3, 12.345678901234567, 5e-324, 1.7976931348623157e308, 123456789.0}) {
    JsonWriter w;
    w.begin_array().number(d).end_array();
    const auto read = json::parse(w.take())[0];
    EXPECT_TRUE(read.is_number_float()) << read.dump();
    EXPECT_EQ(read.get<double>(), d);
  }
}

TEST(JsonWriter, WholeDoublesKeepAFraction) {
  JsonWriter w;
  w.begin_array().number(0.0).number(-3.0).number(1e21).number(2.5).number(7LL).end_array();
  EXPECT_EQ(w.take(), "[0.0,-3.0,1e+21,2.5,7]");
}

TEST(JsonWriter, NotANumberIsNull) {
  JsonWriter w;
  w.begin_array().number(std::nan("")).number(std::numeric_limits<double>::infinity()).number(-HUGE_VAL).end_array();
  EXPECT_EQ(w.take(), "[null,null,null]");
}

TEST(JsonWriter, BytesThatAreNotUtf8BecomeReplacementCharacters) {
  const std::string replacement = "\xEF\xBF\xBD";
  const std::vector<std::pair<std::string, std::string>> cases{
      {"a\xC3(b", "a" + replacement + "(b"},                  // a lead byte without its continuation
      {"\xC0\xAF", replacement + replacement},                // an overlong '/'
      {"\xED\xA0\x80", replacement + replacement + replacement},  // a UTF-16 surrogate
      {"\xF4\x90\x80\x80", replacement + replacement + replacement + replacement},  // past U+10FFFF
      {"end \xE2\x82", "end " + replacement},                  // cut short at the end: one sequence
      {"\xE2\x82(", replacement + "("},                           // cut short in the middle
      {"\xFF", replacement},
      {"ok \xE2\x82\xAC", "ok \xE2\x82\xAC"},                  // the euro sign, valid
  };
  for (const auto& [in, expected] : cases) {
    JsonWriter w;
    w.begin_array().string(in).end_array();
    const auto text = w.take();
    EXPECT_EQ(json::parse(text)[0].get<std::string>(), expected) << text;
  }
}

TEST(JsonWriter, TakeLeavesAnEmptyWriter) {
  JsonWriter w;
  w.begin_object().field("a", "b").end_object();
  EXPECT_EQ(w.take(), R"({"a":"b"})");
  w.begin_array().number(1LL).number(2LL).end_array();
  EXPECT_EQ(w.take(), "[1,2]");
}
