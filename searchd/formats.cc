#include "formats.h"

#include <ctime>

#include "text.h"

namespace minutes::searchd {

std::string xml_escape(std::string_view s) {
  // Feeds echo the query and quote item text; a byte that is not UTF-8
  // would make the whole feed unreadable to a strict parser.
  if (text::find_invalid_utf8(s)) return xml_escape(text::replace_invalid_utf8(s));
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // XML 1.0 forbids most control characters.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r') continue;
        out.push_back(c);
    }
  }
  return out;
}

namespace {

std::string rfc3339_date(const std::string& iso_date) {
  return iso_date.size() == 10 ? iso_date + "T00:00:00Z" : std::string("1970-01-01T00:00:00Z");
}

std::string csv_field(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += "\"\"";
    else out.push_back(c);
  }
  return out + "\"";
}

}  // namespace

std::string atom_feed(const search::SearchResponse& r, const std::string& self, const std::string& base) {
  std::string updated = "1970-01-01T00:00:00Z";
  for (const auto& hit : r.results)
    if (rfc3339_date(hit.item.date) > updated) updated = rfc3339_date(hit.item.date);
  std::string out;
  out += "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  out += "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n";
  out += "  <title>" + xml_escape("Minutes Search: " + (r.query.empty() ? std::string("all minutes") : r.query)) + "</title>\n";
  out += "  <subtitle>" + xml_escape(r.understood) + "</subtitle>\n";
  out += "  <id>" + xml_escape(self) + "</id>\n";
  out += "  <link rel=\"self\" href=\"" + xml_escape(self) + "\"/>\n";
  out += "  <updated>" + updated + "</updated>\n";
  out += "  <author><name>Minutes Search</name></author>\n";
  for (const auto& hit : r.results) {
    const auto link = base + "/item.html?id=" + hit.item.id;
    std::string summary;
    for (const auto& p : hit.passages) summary += "[" + p.type + (p.minute.empty() ? "" : " " + p.minute) + "] " + p.text + "\n";
    out += "  <entry>\n";
    out += "    <title>" + xml_escape(hit.item.title + " — " + hit.item.committee + ", " + hit.item.council) + "</title>\n";
    out += "    <id>urn:minutes-search:item:" + xml_escape(hit.item.id) + "</id>\n";
    out += "    <link href=\"" + xml_escape(link) + "\"/>\n";
    out += "    <updated>" + rfc3339_date(hit.item.date) + "</updated>\n";
    out += "    <summary>" + xml_escape(summary) + "</summary>\n";
    out += "  </entry>\n";
  }
  out += "</feed>\n";
  return out;
}

std::string passages_csv(const search::SearchResponse& r) {
  std::string out = "item_id,date,council,committee,title,quarter,minute,type,portfolio,text,url\r\n";
  for (const auto& hit : r.results)
    for (const auto& p : hit.passages) {
      const std::string fields[] = {hit.item.id, hit.item.date, hit.item.council, hit.item.committee, hit.item.title,
                                    hit.item.quarter, p.minute, p.type, p.portfolio, p.text, hit.item.url};
      for (std::size_t i = 0; i < std::size(fields); ++i) out += (i ? "," : "") + csv_field(fields[i]);
      out += "\r\n";
    }
  return out;
}

}  // namespace minutes::searchd
