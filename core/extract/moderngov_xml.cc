#include <pugixml.hpp>

#include "extract.h"
#include "text.h"

namespace minutes::extract {
namespace {

/// Text of a child element, trimmed; ModernGov pads numbers with spaces.
std::string child_text(const pugi::xml_node& node, const char* name) {
  return std::string(text::trim(node.child(name).text().as_string()));
}

/// "10/02/2026" -> "2026-02-10"; empty when not a dd/mm/yyyy date.
std::string iso_from_dmy(std::string_view dmy) {
  dmy = text::trim(dmy);
  if (dmy.size() != 10 || dmy[2] != '/' || dmy[5] != '/') return {};
  for (std::size_t i : {0, 1, 3, 4, 6, 7, 8, 9})
    if (!text::is_digit(dmy[i])) return {};
  return std::string(dmy.substr(6, 4)) + "-" + std::string(dmy.substr(3, 2)) + "-" + std::string(dmy.substr(0, 2));
}

std::string committee_of(const pugi::xml_node& meeting, const pugi::xml_node& item) {
  for (const char* name : {"committeetitle", "committeename", "refertocommittee"}) {
    auto direct = child_text(meeting, name);
    if (!direct.empty()) return direct;
  }
  for (const char* name : {"refertocommittee"}) {
    auto v = child_text(item, name);
    if (!v.empty()) return v;
  }
  auto doc_committee = item.child("linkeddocuments").child("linkeddoc").child("committeetitle");
  return std::string(text::trim(doc_committee.text().as_string()));
}

/// "Councillor Basil Curley" from each attendee's name attribute.
std::vector<std::string> attendees_of(const pugi::xml_node& meeting) {
  std::vector<std::string> names;
  for (auto attendee : meeting.child("attendees").children("attendee")) {
    auto name = text::squeeze_spaces(text::decode_entities(attendee.attribute("name").as_string()));
    if (!name.empty()) names.push_back(std::move(name));
  }
  return names;
}

}  // namespace

std::vector<ExtractedUnit> extract_moderngov_xml(std::string_view xml) {
  pugi::xml_document doc;
  const auto parsed = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed)
    throw ExtractError("XML parse error at byte " + std::to_string(parsed.offset) + ": " + parsed.description());
  const auto meeting = doc.child("meeting");
  if (!meeting) throw ExtractError("XML is not a ModernGov GetMeeting response (no <meeting> root)");

  Metadata meeting_meta;
  meeting_meta.date = iso_from_dmy(child_text(meeting, "meetingdate"));
  const auto attendees = attendees_of(meeting);

  std::vector<ExtractedUnit> units;
  for (auto item : meeting.child("agendaitems").children("agendaitem")) {
    // The minutes HTML arrives escaped once by XML; entities inside it are
    // often escaped twice, which extract_html's entity pass undoes.
    const std::string minutes_html = item.child("minutesnonemptyhtmlbody").text().as_string();
    if (text::trim(minutes_html).empty()) continue;
    ExtractedUnit unit = extract_html(minutes_html);
    unit.single_item = true;
    unit.attendees = attendees;
    unit.hints.title = text::squeeze_spaces(text::decode_entities(child_text(item, "agendaitemtitle")));
    unit.hints.item_number = child_text(item, "minutesitemnumber");
    if (unit.hints.item_number.empty()) unit.hints.item_number = child_text(item, "agendaitemnumber");
    unit.hints.committee = text::decode_entities(committee_of(meeting, item));
    unit.hints.date = iso_from_dmy(child_text(item, "meetingdate"));
    unit.hints.fill_from(meeting_meta);
    units.push_back(std::move(unit));
  }
  return units;
}

}  // namespace minutes::extract
