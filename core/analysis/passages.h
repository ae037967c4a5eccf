// Blocks of one agenda item -> typed passages: numbered minute paragraphs,
// bullets (keeping their topic label), resolution points, actions split off
// with "Action:", requests for information.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model.h"
#include "people.h"

namespace minutes::analysis {

struct PassageContext {
  const CouncillorResolver* people = nullptr;
  std::string item_minute;  // "84" when the item heading carried a number
};

/// Passages in order.  Headings set the section (and its portfolio) and
/// are not passages themselves.
std::vector<Passage> build_passages(const std::vector<Block>& blocks, const PassageContext& context);

/// Type of a free-standing passage from its wording (outside resolutions).
PassageType classify(std::string_view text);

/// "33.1 The Committee ..." -> "33.1" and the rest; also "68/18"; empty when absent.
std::pair<std::string, std::string_view> split_minute_number(std::string_view text);

/// "1. ", "a) ", "(b) ", "iv) " -> label and the rest; empty label when absent.
std::pair<std::string, std::string_view> split_enumeration(std::string_view text);

}  // namespace minutes::analysis
