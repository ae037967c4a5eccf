// What a result page shows of an item, read from the item document's
// stored JSON: its summary and its passages' display fields and text.
// Read for every item on every page whose item was not shown recently, so
// it is read with simdjson's on-demand parser, which skips what a page
// does not show (councillors, acronyms, source) and copies only the
// strings it keeps: about a tenth of the cost of building nlohmann's
// document tree of the whole item.  simdjson is included in shown_item.cc
// alone.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "search/types.h"

namespace minutes::search {

struct ShownItem {
  struct Passage {
    std::string type, minute, label, portfolio, text;
  };
  ItemSummary summary;
  std::vector<Passage> passages;  // in order: a passage's ordinal is its index
};

/// Reads stored item JSON; one per thread (it reuses its parser's buffers).
class ShownItemReader {
 public:
  ShownItemReader();
  ~ShownItemReader();
  ShownItemReader(const ShownItemReader&) = delete;
  ShownItemReader& operator=(const ShownItemReader&) = delete;

  /// Throws std::runtime_error naming what is wrong when `data` is not a
  /// JSON object or a field it reads has the wrong type.  Only what it
  /// reads is checked: fields it skips, and whether the object is an item
  /// at all, are not (the caller checks the id).
  ShownItem read(std::string_view data);

 private:
  struct Parser;
  std::unique_ptr<Parser> parser_;
};

}  // namespace minutes::search
