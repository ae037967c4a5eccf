// Item documents (and the file records naming them) the writer holds
// back until a commit, kept on disk rather than in memory: a run over a
// large archive holds every item it writes (each some KB serialised), and
// only a list of where each one lies stays in memory.  The spool is an
// unlinked file beside the shard, so it disappears with the process
// however that ends; a killed run loses what it held, but also the
// records that would have said those files were indexed, so the next run
// indexes them again.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace minutes::index {

class HeldItems {
 public:
  /// The level of documents written after every item (file records).
  static constexpr int kAfterItems = -1;

  /// The spool is created in `dir` when the first item is held.
  explicit HeldItems(std::filesystem::path dir);
  ~HeldItems();
  HeldItems(const HeldItems&) = delete;
  HeldItems& operator=(const HeldItems&) = delete;

  /// Holds a document, written later under its unique id term.  Deeper
  /// sample levels are written first; kAfterItems last.
  void hold(std::string id_term, const Xapian::Document& doc, int sample_level);
  std::size_t size() const { return entries_.size(); }

  /// Hands every held item to `write`, deepest sample level first, in the
  /// order they came within a level; then holds nothing.  Throws
  /// std::runtime_error naming the spool when it cannot be read back.
  void release(const std::function<void(const std::string& id_term, const Xapian::Document& doc)>& write);

 private:
  struct Entry {
    std::string id_term;
    int sample_level = 0;
    std::uint64_t offset = 0;
    std::uint32_t length = 0;
  };
  void open_spool();

  std::filesystem::path dir_;
  int fd_ = -1;
  std::uint64_t end_ = 0;
  std::vector<Entry> entries_;
};

}  // namespace minutes::index
