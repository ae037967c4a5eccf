// Saved searches in other formats: an Atom feed (newest first, the alert a
// member subscribes to) and CSV of the matching passages.
#pragma once

#include <string>

#include "search/types.h"

namespace minutes::searchd {

/// Atom 1.0: one entry per agenda item.  `self` is the feed's own URL,
/// `base` the site root ("http://127.0.0.1:8080").
std::string atom_feed(const search::SearchResponse& r, const std::string& self, const std::string& base);

/// RFC 4180 CSV: one row per passage, with its item's metadata.
std::string passages_csv(const search::SearchResponse& r);

/// XML-escapes text (& < > " ').
std::string xml_escape(std::string_view s);

}  // namespace minutes::searchd
