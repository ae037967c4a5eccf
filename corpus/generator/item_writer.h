// Renders the agenda items of one meeting as minutes text files.
#pragma once

#include <string>
#include <vector>

#include "world.h"

namespace mcg {

struct RenderedItem {
  std::string file_name;  // "03-performance-and-resources-report-quarter-2.txt"
  std::string text;
};

/// Renders every agenda item of `meeting` into `items` (resized to
/// meeting.items; existing string capacity is reused).  Deterministic in
/// the plan and the meeting's key.
void render_meeting(const Plan& plan, const Meeting& meeting, std::vector<RenderedItem>& items);

/// Checks every template in the vocabulary for unknown slots and acronyms;
/// throws std::logic_error naming the first problem.
void validate_templates();

}  // namespace mcg
