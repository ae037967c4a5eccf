// Acronym definitions written out in minutes: "Education, Health and Care
// Plan (EHCP)" and the reverse "EHCP (Education, Health and Care Plan)".
#pragma once

#include <string_view>
#include <vector>

#include "model.h"

namespace minutes::analysis {

/// Definitions in order of first appearance, one per acronym.  Plural forms
/// ("EHCPs") are recorded under the singular.
std::vector<Acronym> find_acronyms(std::string_view text);

}  // namespace minutes::analysis
