// English stemming that remembers the words it has stemmed.  Xapian's
// snippets stem every word of every passage shown to find the query's
// stemmed terms in it: about 26 passages a page, and Snowball takes some
// 280 ns a word where a lookup takes a tenth of that (minutes repeat the
// same few thousand words).  Not thread-safe: one per Searcher.
#pragma once

#include <xapian.h>

namespace minutes::search {

/// A Xapian::Stem for English whose results for up to `capacity` distinct
/// words are remembered (past that, each new word makes it forget one).
Xapian::Stem remembering_english_stemmer(std::size_t capacity = 50000);

}  // namespace minutes::search
