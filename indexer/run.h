// One indexing run: crawl, compare signatures, index changed files on a
// pool of threads, remove vanished ones, report.
#pragma once

#include "options.h"

namespace minutes::indexer {

/// Runs the indexer; returns the process exit status (see --help).
int run_indexer(const IndexerConfig& config);

}  // namespace minutes::indexer
