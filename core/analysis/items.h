// Extracted units -> agenda items: a whole meeting's minutes split at its
// numbered item headings ("84. Apologies (Item 1)", "<h4>2. MINUTES</h4>"),
// metadata merged from sidecars, format hints and the text, and every item
// analysed into passages and facets.
#pragma once

#include <string>
#include <vector>

#include "model.h"
#include "people.h"

namespace minutes::analysis {

struct ItemSource {
  std::string file_key;     // stable key of the source file
  std::string format;       // txt, html, pdf, xml
  std::string path_text;    // the path, for dates and names in it
  Metadata sidecar;         // <file>.meta.json: wins over everything
  Metadata meeting;         // meeting.json in the folder
  const Roster* roster = nullptr;                  // councillors.json, if any
  const std::vector<std::string>* known_councillors = nullptr;  // full names from earlier runs
};

/// A heading that opens an agenda item in a whole meeting's minutes.
struct ItemHeading {
  std::string number;  // "84", "4A"
  std::string title;   // "Apologies"
};

/// Recognises "84. Apologies (Item 1)", "1. WELCOME AND APOLOGIES",
/// "4A. ANNUAL RETURN"; nullopt otherwise.
std::optional<ItemHeading> parse_item_heading(const Block& block);

/// All items of one file, in order, with ids derived from the file key.
std::vector<Item> analyse_units(const std::vector<ExtractedUnit>& units, const ItemSource& source);

}  // namespace minutes::analysis
