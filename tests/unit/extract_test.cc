#include <gtest/gtest.h>

#include "extract.h"
#include <fstream>

#include "source.h"

#include "test_files.h"

using namespace minutes;
using namespace minutes::extract;

TEST(PlainText, HeadingsParagraphsAndBullets) {
  const auto blocks = blocks_from_plain_text(
      "Agenda item\n\nLearning and Skills\n\n33.4     The Cabinet Member\nintroduced the item.\n\n"
      "\xC2\xB7       Rereferrals \xE2\x80\x93 The table\n\xE2\x80\xA2 Second point\n");
  ASSERT_EQ(blocks.size(), 5u);
  EXPECT_EQ(blocks[0].kind, BlockKind::Heading);
  EXPECT_EQ(blocks[1].text, "Learning and Skills");
  EXPECT_EQ(blocks[2].kind, BlockKind::Paragraph);
  EXPECT_EQ(blocks[2].text, "33.4 The Cabinet Member introduced the item.");
  EXPECT_EQ(blocks[3].kind, BlockKind::ListItem);
  EXPECT_EQ(blocks[3].text, "Rereferrals \xE2\x80\x93 The table");
  EXPECT_EQ(blocks[4].text, "Second point");
}

TEST(PdfText, PageBreaksAndEnumerations) {
  const auto blocks = blocks_from_pdf_text(
      "84.    Apologies\n(Item 1)\n\nApologies were received from\nMrs C Bell.\n\n"
      "(a) The One You Kent service campaign continued to encourage\n\n                2\n\f"
      "   people to set goals.\n(b) Second point.\n");
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[0].text, "84. Apologies (Item 1)");
  EXPECT_EQ(blocks[1].text, "Apologies were received from Mrs C Bell.");
  EXPECT_EQ(blocks[2].text, "(a) The One You Kent service campaign continued to encourage people to set goals.");
  EXPECT_EQ(blocks[3].text, "(b) Second point.");
}

TEST(Html, DropsBoilerplateAndKeepsStructure) {
  const auto unit = extract_html(R"(<html><head><title>x</title><script>var a=1;</script></head><body>
    <nav><a href="/">Home</a></nav><div id="modgov"><div class="mgLinks"><ul class="mgActionList"><li>Link</li></ul></div>
    <h1 class="mgMainTitleTxt">Agenda item</h1><h2 class="mgSubTitleTxt">Budget &amp; Council Tax</h2>
    <div class="mgWordPara"><p class="MsoNormal">The Committee
    noted the&nbsp;report.</p><p>&nbsp;</p><ul><li>Council&amp;#39;s reserves</li></ul></div>
    <ul class="mgBulletList"><li>Appendix PDF 119 KB</li></ul><footer>Copyright</footer></div></body></html>)");
  EXPECT_EQ(unit.hints.title, "Budget & Council Tax");
  ASSERT_EQ(unit.blocks.size(), 4u);
  EXPECT_EQ(unit.blocks[0].kind, BlockKind::Heading);
  EXPECT_EQ(unit.blocks[2].text, "The Committee noted the report.");
  EXPECT_EQ(unit.blocks[3].kind, BlockKind::ListItem);
  EXPECT_EQ(unit.blocks[3].text, "Council's reserves");
}

TEST(Html, TimeElementsGiveTheDateOnlyWhenTheyHoldOne) {
  auto date_of = [](const std::string& datetime) {
    return extract_html("<p><time datetime=\"" + datetime + "\">then</time> The Committee met.</p>").hints.date;
  };
  EXPECT_EQ(date_of("2023-11-08"), "2023-11-08");
  EXPECT_EQ(date_of("2023-11-08T10:00"), "2023-11-08");
  EXPECT_EQ(date_of("2023-11-0\x04 8"), "");  // Gumbo makes \x04 a U+FFFD
  EXPECT_EQ(date_of("2023-13-08"), "");
  EXPECT_EQ(date_of("2023-11-08garbage"), "");
  EXPECT_EQ(date_of("next week"), "");
}

TEST(Metadata, SidecarDatesMustBeRealDates) {
  EXPECT_EQ(parse_metadata_json(R"({"date": "2021-11-17"})").date, "2021-11-17");
  for (const char* bad : {R"({"date": "2021-13-17"})", R"({"date": "2021-1x-17"})", R"({"date": "17/11/2021"})"})
    EXPECT_THROW(parse_metadata_json(bad), std::runtime_error) << bad;
}

TEST(ModernGovXml, OneUnitPerItemWithMinutes) {
  const auto units = extract_moderngov_xml(R"(<?xml version="1.0" encoding="utf-8"?>
<meeting><meetingdate>10/02/2026</meetingdate><agendaitems>
<agendaitem><agendaitemtitle>Budget&amp;#39;s Review</agendaitemtitle><agendaitemnumber> 4</agendaitemnumber>
<minutesnonemptyhtmlbody>&lt;p&gt;Costs of &amp;amp;pound;7.7m were noted.&lt;/p&gt;</minutesnonemptyhtmlbody>
<minutesitemnumber> 12</minutesitemnumber><refertocommittee>Audit Committee</refertocommittee></agendaitem>
<agendaitem><agendaitemtitle>Empty</agendaitemtitle><minutesnonemptyhtmlbody>
</minutesnonemptyhtmlbody></agendaitem></agendaitems>
<attendees><attendee name="Councillor Basil Curley"/></attendees></meeting>)");
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(units[0].hints.title, "Budget's Review");
  EXPECT_EQ(units[0].hints.item_number, "12");
  EXPECT_EQ(units[0].hints.date, "2026-02-10");
  EXPECT_EQ(units[0].hints.committee, "Audit Committee");
  ASSERT_EQ(units[0].blocks.size(), 1u);
  EXPECT_EQ(units[0].blocks[0].text, "Costs of \xC2\xA3" "7.7m were noted.");
  EXPECT_EQ(units[0].attendees, std::vector<std::string>{"Councillor Basil Curley"});
}

TEST(ExtractFile, BadInputIsRejectedWithAReason) {
  ExtractOptions options;
  auto reason = [&](const char* name, std::string_view bytes) {
    try {
      extract_file(name, bytes, options);
    } catch (const ExtractError& e) {
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  EXPECT_EQ(reason("a.txt", "  \n "), "empty file");
  EXPECT_NE(reason("a.txt", std::string_view("abc\0def", 7)).find("binary"), std::string::npos);
  EXPECT_NE(reason("a.html", "caf\xE9").find("not valid UTF-8 (byte 0xE9 at offset 3)"), std::string::npos);
  EXPECT_NE(reason("a.pdf", "hello").find("not a PDF"), std::string::npos);
  EXPECT_NE(reason("a.xml", "<meeting><agendaitems>").find("XML parse error"), std::string::npos);
  EXPECT_NE(reason("a.doc", "x").find("unsupported"), std::string::npos);
}

TEST(Pdf, TruncatedPdfIsRejectedNotFatal) {
  const auto path = test::source_dir() / "corpus";
  // Find one PDF in the corpus and cut it in half.
  std::filesystem::path pdf;
  for (const auto& e : std::filesystem::recursive_directory_iterator(path))
    if (e.path().extension() == ".pdf") pdf = e.path();
  ASSERT_FALSE(pdf.empty()) << "the corpus should hold a PDF";
  const auto bytes = test::read(pdf);
  const auto cut = std::filesystem::temp_directory_path() / "minutes-truncated-test.pdf";
  {
    std::ofstream out(cut, std::ios::binary);
    out << bytes.substr(0, bytes.size() / 3);
  }
  EXPECT_THROW(extract_file(cut, bytes.substr(0, bytes.size() / 3), ExtractOptions{}), ExtractError);
  std::filesystem::remove(cut);
  // The whole file reads.
  const auto units = extract_file(pdf, bytes, ExtractOptions{});
  ASSERT_EQ(units.size(), 1u);
  EXPECT_GT(units[0].blocks.size(), 10u);
}
