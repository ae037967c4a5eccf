#include "search/shown_item.h"

#include <simdjson.h>

#include <stdexcept>

namespace minutes::search {

namespace od = simdjson::ondemand;

struct ShownItemReader::Parser {
  od::parser parser;
};

namespace {

/// A string field; null (never written by the indexer, but harmless) as empty.
std::string string_of(od::value value) {
  if (value.is_null()) return {};
  return std::string(std::string_view(value.get_string()));
}

std::vector<std::string> strings_of(od::value value) {
  std::vector<std::string> out;
  for (auto element : value.get_array()) out.push_back(string_of(element.value()));
  return out;
}

ShownItem::Passage passage_of(od::object object) {
  ShownItem::Passage p;
  for (auto field : object) {
    const std::string_view key = field.unescaped_key();
    if (key == "type") p.type = string_of(field.value());
    else if (key == "minute") p.minute = string_of(field.value());
    else if (key == "label") p.label = string_of(field.value());
    else if (key == "portfolio") p.portfolio = string_of(field.value());
    else if (key == "text") p.text = string_of(field.value());
    // Anything else (councillors, lead, actor…) is skipped unparsed.
  }
  return p;
}

}  // namespace

ShownItemReader::ShownItemReader() : parser_(std::make_unique<Parser>()) {}
ShownItemReader::~ShownItemReader() = default;

ShownItem ShownItemReader::read(std::string_view data) {
  // On-demand parsing reads a little past the end of its input.
  const simdjson::padded_string padded(data);
  ShownItem item;
  try {
    auto document = parser_->parser.iterate(padded);
    for (auto field : document.get_object()) {
      const std::string_view key = field.unescaped_key();
      auto& s = item.summary;
      if (key == "id") s.id = string_of(field.value());
      else if (key == "title") s.title = string_of(field.value());
      else if (key == "council") s.council = string_of(field.value());
      else if (key == "committee") s.committee = string_of(field.value());
      else if (key == "date") s.date = string_of(field.value());
      else if (key == "url") s.url = string_of(field.value());
      else if (key == "quarter") s.quarter = string_of(field.value());
      else if (key == "item_number") s.item_number = string_of(field.value());
      else if (key == "portfolios") s.portfolios = strings_of(field.value());
      else if (key == "passages")
        for (auto passage : field.value().get_array()) item.passages.push_back(passage_of(passage.get_object()));
    }
  } catch (const simdjson::simdjson_error& e) {
    throw std::runtime_error(std::string("unreadable item JSON: ") + e.what());
  }
  return item;
}

}  // namespace minutes::search
