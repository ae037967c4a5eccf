// One council, one canonical councillor: after a run, a surname-only or
// initials-only councillor ("Russell", "R W Gough") that matches exactly
// one fuller name in the same council ("Sarah Russell", "Roger Gough") is
// merged into it across every document, whichever file named whom first.
#pragma once

#include <xapian.h>

#include <map>
#include <string>

#include "model.h"

namespace minutes::index {

/// Merges to make among one council's councillors (id -> display name):
/// less specific id -> the canonical councillor it is.
std::map<std::string, CouncillorRef> plan_councillor_merges(const std::map<std::string, std::string>& members);

/// Rewrites every document of the council that names `from_id` (terms,
/// value slot, JSON data) to name `to` instead.  Returns documents changed.
std::size_t apply_councillor_merge(Xapian::WritableDatabase& db, const std::string& council,
                                   const std::string& from_id, const std::string& from_name,
                                   const CouncillorRef& to);

}  // namespace minutes::index
