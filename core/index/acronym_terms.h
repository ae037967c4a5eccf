// Keeping acronym terms complete.  Documents get an acronym's term (XE)
// where their text spells out one of its expansions (DocumentBuilder, with
// the glossary known when they are written); definitions learnt later in a
// run, or in a later run, would leave earlier documents without it.  After
// each run the indexer adds the missing terms and records, in the index
// metadata, which (acronym, expansion) pairs every document now honours:
// the daemon searches an acronym by its term alone when all its pairs are
// recorded, and by phrases otherwise.
#pragma once

#include <xapian.h>

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "model.h"

namespace minutes::index {

using AcronymPair = std::pair<std::string, std::string>;  // ACRONYM, expansion

/// Every (acronym, expansion) pair documents get terms for: the common
/// list, then every learnt definition, so that an acronym whose learnt
/// meaning differs from the common one is tagged for both.
std::vector<Acronym> indexing_glossary(const Xapian::Database& db);

/// ACRONYM -> expansion as searches expand it: a learnt definition (the
/// index keeps the first of each) overrides the common list's.
std::map<std::string, std::string> effective_glossary(const std::vector<Acronym>& indexing);

/// The pairs every document honours (the record), and writing it.
std::set<AcronymPair> indexed_acronyms(const Xapian::Database& db);
void record_indexed_acronyms(Xapian::WritableDatabase& db, const std::vector<Acronym>& glossary);

/// Adds the acronym's term to every item of `db` that spells out
/// `expansion` (title or passage) and to each such passage, where missing,
/// with the weight the indexer would have given.  Returns items changed.
std::size_t backfill_acronym(Xapian::WritableDatabase& db, const std::string& acronym, const std::string& expansion);

}  // namespace minutes::index
