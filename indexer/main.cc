// minutes-index: council meeting minutes -> a faceted Xapian index.
#include <iostream>

#include "options.h"
#include "run.h"

int main(int argc, char** argv) {
  int exit_code = 0;
  const auto config = minutes::indexer::parse_command_line(argc, argv, exit_code);
  if (!config) return exit_code;
  try {
    return minutes::indexer::run_indexer(*config);
  } catch (const std::exception& e) {
    std::cerr << "minutes-index: " << e.what() << "\n";
    return 3;
  }
}
