// The index as its readers see it: one directory holding a Xapian stub
// file (XAPIANDB) that lists N glass shards.  Readers open the directory
// as one database; the indexer writes each source file to the shard its
// key hashes to, one writer per shard, so that every core indexes in
// parallel on first and later runs alike, with no compaction step.  The
// same stub format can later list remote shards (Xapian's remote backend).
//
// Shard 0 holds the metadata (glossary, councillor registries): Xapian
// returns the first shard's metadata for a multi-shard database.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "index/writer.h"

namespace minutes::index {

class ShardedIndex {
 public:
  /// Opens the index at `dir`, creating it with `new_shards` shards if it
  /// does not exist.  Throws std::runtime_error naming the problem.
  ShardedIndex(const std::filesystem::path& dir, unsigned new_shards);

  std::size_t shard_count() const { return shards_.size(); }
  /// The shard a source file's documents live in.
  std::size_t shard_of(const std::string& file_key) const;
  IndexWriter& shard(std::size_t i) { return *shards_[i]; }
  std::mutex& shard_mutex(std::size_t i) { return *mutexes_[i]; }
  /// The shard that holds metadata.
  IndexWriter& primary() { return *shards_[0]; }

  /// Signatures of every indexed file, across shards.
  std::map<std::string, std::string> file_signatures() const;
  /// Merges councillors within each council (registries in the primary
  /// shard, documents in every shard); returns how many were merged away.
  std::size_t canonicalise_councillors();
  /// Gives every document the acronym terms of the glossary pairs it
  /// spells out that not every document has yet, then records the glossary
  /// as indexed (see acronym_terms.h).  `applied`: the glossary documents
  /// written this run were built with; `fresh`: the index was empty at the
  /// start of the run.  Returns items changed.
  std::size_t complete_acronym_terms(const std::vector<Acronym>& applied, bool fresh);
  /// Every shard writes the documents it holds back (see writer.h), the
  /// shards side by side.
  void write_held_items();
  void commit_all();
  /// Rewrites every shard compactly (in parallel, one thread per shard):
  /// about half the size, faster to search.  Closes the writers; the
  /// object is unusable afterwards.
  void compact_and_close(const std::filesystem::path& dir);

  /// The shard directory names a stub file lists ("glass shard0" lines);
  /// throws std::runtime_error naming the problem (unreadable, empty, or a
  /// shard that is not a local glass database).
  static std::vector<std::string> shard_names(const std::filesystem::path& stub);

  /// The stub file's name inside the index directory.
  static constexpr const char* kStubName = "XAPIANDB";

 private:
  std::vector<std::unique_ptr<IndexWriter>> shards_;
  std::vector<std::unique_ptr<std::mutex>> mutexes_;
};

}  // namespace minutes::index
