#include "model.h"

namespace minutes {

void Metadata::fill_from(const Metadata& other) {
  auto fill = [](std::string& mine, const std::string& theirs) {
    if (mine.empty()) mine = theirs;
  };
  fill(council, other.council);
  fill(committee, other.committee);
  fill(date, other.date);
  fill(item_number, other.item_number);
  fill(title, other.title);
  fill(url, other.url);
}

std::string_view to_string(PassageType t) {
  switch (t) {
    case PassageType::Decision: return "decision";
    case PassageType::Action: return "action";
    case PassageType::Request: return "request";
    case PassageType::Discussion: return "discussion";
  }
  return "discussion";
}

}  // namespace minutes
