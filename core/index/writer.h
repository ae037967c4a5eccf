// The writable side of the index: one source file's documents replaced or
// removed as a unit, signatures remembered, glossary and councillor
// registries kept in metadata.  Not thread-safe (Xapian objects are not):
// one writer per thread or a lock around it.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "index/documents.h"
#include "model.h"

namespace minutes::index {

class IndexWriter {
 public:
  /// Opens or creates the database at `path`; checks the schema version.
  /// Throws std::runtime_error naming the problem (version, lock held).
  explicit IndexWriter(const std::filesystem::path& path);

  /// Signatures of every indexed file: key -> signature.
  std::map<std::string, std::string> file_signatures() const;

  /// Adds prebuilt documents (built on another thread) for a file.
  void replace_file_documents(const FileRecord& record, std::vector<std::pair<std::string, Xapian::Document>> docs);
  /// Removes every document of a file.
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

  void commit();
  Xapian::doccount doc_count() const { return db_.get_doccount(); }
  Xapian::WritableDatabase& database() { return db_; }

 private:
  Xapian::WritableDatabase db_;
};

/// Builds every document of one file (id term, document) ready to write.
std::vector<std::pair<std::string, Xapian::Document>> build_file_documents(const FileRecord& record,
                                                                             const std::vector<Item>& items,
                                                                             DocumentBuilder& builder);

}  // namespace minutes::index
