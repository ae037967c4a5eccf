// Keeping acronym terms complete.  Documents get an acronym's term where
// their text spells out its expansion (DocumentBuilder, with the glossary
// known when they are written); definitions learnt later in a run, or in a
// later run, would leave earlier documents without it.  After each run the
// indexer adds the missing terms and records, in the index metadata, which
// glossary entries every document now honours: the daemon searches those
// by term alone and the rest by phrase.
#pragma once

#include <xapian.h>

#include <map>
#include <string>

namespace minutes::index {

/// ACRONYM -> expansion: the common list overlaid with the definitions the
/// index has learnt (the first definition of each acronym wins).  The
/// daemon's glossary is exactly this.
std::map<std::string, std::string> effective_glossary(const Xapian::Database& db);

/// The glossary entries every document honours with acronym terms.
std::map<std::string, std::string> indexed_acronyms(const Xapian::Database& db);
void record_indexed_acronyms(Xapian::WritableDatabase& db, const std::map<std::string, std::string>& glossary);

/// Adds the acronym term to every item of `db` (and to each of its
/// passages) that spells out `expansion` and lacks it.  Returns the items
/// changed.
std::size_t backfill_acronym(Xapian::WritableDatabase& db, const std::string& acronym, const std::string& expansion);

}  // namespace minutes::index
