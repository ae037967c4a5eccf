// The writable side of the index: one source file's documents replaced or
// removed as a unit, signatures remembered, glossary and councillor
// registries kept in metadata.  Not thread-safe (Xapian objects are not):
// one writer per thread or a lock around it.
//
// Where documents land matters to searching.  Facet counts read a sample
// of items (the XS<j> terms, see schema::sample_level); Xapian matches in
// docid order, so a sample spread over the whole index makes each word's
// posting list be read end to end however small the sample.  The writer
// therefore holds item documents back (on disk, see held_items.h) and
// writes them together at each commit, deepest sample level first: the
// items of each sample XS<j> are then one run of docids, and counting a
// sample of 1 in 2^j reads about 1 in 2^j of each posting list.  Items
// also end up together rather than each among its passages, which makes
// the boolean terms they share with passages cheaper to intersect when
// ranking.  Within a level items keep the order they came in.  Passages
// are written as they come; file records are held too and written after
// the items, so that a committed record (Xapian flushes on its own every
// so many changes) always means its items are in the index.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "index/documents.h"
#include "index/held_items.h"
#include "model.h"

namespace minutes::index {

/// Every document of one file, built on another thread, ready to write.
struct FileDocuments {
  struct ItemDocuments {
    std::string id_term;    // Q: the item document's unique term
    std::string item_term;  // XI: on the item and each of its passages
    int sample_level = 0;
    Xapian::Document item;
    std::vector<Xapian::Document> passages;
  };
  std::vector<ItemDocuments> items;
  std::string record_id_term;
  Xapian::Document record;
};

class IndexWriter {
 public:
  /// Opens or creates the database at `path`; checks the schema version.
  /// Throws std::runtime_error naming the problem (version, lock held).
  explicit IndexWriter(const std::filesystem::path& path);

  /// Signatures of every indexed file: key -> signature.
  std::map<std::string, std::string> file_signatures() const;

  /// Adds prebuilt documents (built on another thread) for a file.  A
  /// file is written at most once between commits (the indexer writes each
  /// key once a run): its record is held until then, so removing or
  /// rewriting it sooner would not find the version held.
  void replace_file_documents(const FileRecord& record, FileDocuments docs);
  /// Removes every document of a file (as committed, or written and not
  /// held; see above).
  void remove_file(const std::string& key);

  /// Merges acronym definitions into the glossary metadata.
  void add_glossary(const std::vector<Acronym>& acronyms);
  /// Remembers canonical councillor names of a council for later runs.
  void add_councillors(const std::string& council, const std::vector<CouncillorRef>& councillors);
  /// Full names remembered for a council.
  std::vector<std::string> known_councillors(const std::string& council) const;
  /// A councillor to merge into a fuller name of the same council.
  struct CouncillorMergePlan {
    std::string council;
    std::string from_id, from_name;
    CouncillorRef to;
  };
  /// Surname-only and initials-only councillors in the registries that
  /// match exactly one fuller name of the same council.
  std::vector<CouncillorMergePlan> plan_councillor_merges() const;
  /// Drops merged councillors from the registries.
  void forget_merged_councillors(const std::vector<CouncillorMergePlan>& plans);

  /// Writes what is held back, then commits.
  void commit();
  /// Writes the held items, deepest sample level first.
  void write_held_items();
  /// The database, with every held-back item written to it.
  Xapian::WritableDatabase& database();

 private:
  /// Items held before they are written even without a commit: bounds
  /// the spool.  Each sample is one run of docids per commit (or per this
  /// many items); each run costs a facet count a B-tree descent per term.
  static constexpr std::size_t kHeldItems = 65536;

  Xapian::WritableDatabase db_;
  HeldItems held_;
};

/// Builds every document of one file ready to write.
FileDocuments build_file_documents(const FileRecord& record, const std::vector<Item>& items, DocumentBuilder& builder);

}  // namespace minutes::index
