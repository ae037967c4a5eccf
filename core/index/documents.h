// Items -> Xapian documents, following the schema table.  One builder per
// thread: TermGenerator and Stem are not shared.
#pragma once

#include <xapian.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "glossary.h"
#include "model.h"

namespace minutes::index {

/// What the indexer remembers about a source file between runs.
struct FileRecord {
  std::string key;        // file key (see schema: XF)
  std::string signature;  // changes whenever the file or its sidecars change
  std::string format;
  std::vector<std::string> item_ids;
};

class DocumentBuilder {
 public:
  DocumentBuilder();

  Xapian::Document item_document(const Item& item);
  Xapian::Document passage_document(const Item& item, const Passage& passage);
  static Xapian::Document file_document(const FileRecord& record);

  /// The glossary whose spelt-out expansions get acronym terms (besides
  /// each item's own definitions): the index's at the start of a run.
  void set_glossary(std::shared_ptr<const analysis::ExpansionFinder> glossary) { glossary_ = std::move(glossary); }

  static std::string item_id_term(const std::string& item_id);
  static std::string file_id_term(const std::string& file_key);

 private:
  void add_item_terms(Xapian::Document& doc, const Item& item, bool with_file);
  void add_sample_terms(Xapian::Document& doc, const Item& item);
  /// A passage's text, lead, label and minute: positional itemtext terms
  /// for its item's document, plain unpositioned words for its own.
  void index_passage_text(const Passage& passage, bool positional);
  /// Acronyms each part of an item spells out (title first, then each
  /// passage), found once for the item's document and its passages'.
  const std::vector<std::vector<std::string>>& spelt_acronyms(const Item& item);
  static void add_acronym_terms(Xapian::Document& doc, const std::vector<std::string>& acronyms);

  std::shared_ptr<const analysis::ExpansionFinder> glossary_;
  const Item* spelt_for_ = nullptr;  // the item spelt_ is for (reset by item_document)
  std::vector<std::vector<std::string>> spelt_;  // [0] title, [1 + i] passage i
  Xapian::Stem stemmer_;
  Xapian::TermGenerator generator_;
};

/// The item's JSON as stored in its document data, every passage's text
/// included (passage documents have no data of their own).
std::string item_json(const Item& item);
/// One passage as it appears in the item's "passages" array.
nlohmann::json passage_json(const Item& item, const Passage& passage);

}  // namespace minutes::index
