// A seed analysed as the indexer analyses it: its one agenda item.
#pragma once

#include <gtest/gtest.h>

#include "process.h"
#include "test_files.h"

namespace minutes::test {

inline Item analyse_seed(const char* name) {
  static indexer::IndexerConfig config;
  indexer::SharedContext context(config, {});
  const auto path = seed_path(name);
  const auto file = describe_source(path, path.parent_path());
  auto outcome = indexer::process_file(file, context);
  EXPECT_EQ(outcome.status, indexer::FileOutcome::Status::Indexed) << outcome.reason;
  EXPECT_EQ(outcome.items.size(), 1u);
  return outcome.items.at(0);
}

}  // namespace minutes::test
