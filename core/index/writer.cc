#include "index/writer.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "schema.h"
#include "text.h"

namespace minutes::index {

using schema::FieldId;

IndexWriter::IndexWriter(const std::filesystem::path& path) {
  try {
    db_ = Xapian::WritableDatabase(path.string(), Xapian::DB_CREATE_OR_OPEN);
  } catch (const Xapian::DatabaseLockError&) {
    throw std::runtime_error("index " + path.string() + " is locked: is another minutes-index running?");
  } catch (const Xapian::Error& e) {
    throw std::runtime_error("cannot open index " + path.string() + ": " + e.get_description());
  }
  const auto version = db_.get_metadata(std::string(schema::kMetaSchemaVersion));
  if (version.empty()) {
    db_.set_metadata(std::string(schema::kMetaSchemaVersion), std::string(schema::kSchemaVersion));
    db_.commit();
  } else if (version != schema::kSchemaVersion) {
    throw std::runtime_error("index " + path.string() + " has schema version " + version + ", this build writes " +
                             std::string(schema::kSchemaVersion) + ": delete it and index again");
  }
}

std::map<std::string, std::string> IndexWriter::file_signatures() const {
  std::map<std::string, std::string> out;
  const auto kind = schema::make_raw_term(FieldId::Kind, schema::kKindFile);
  for (auto it = db_.postlist_begin(kind); it != db_.postlist_end(kind); ++it) {
    const auto data = nlohmann::json::parse(db_.get_document(*it).get_data(), nullptr, false);
    if (data.is_object()) out[data.value("key", "")] = data.value("signature", "");
  }
  return out;
}

std::vector<std::pair<std::string, Xapian::Document>> build_file_documents(const FileRecord& record,
                                                                             const std::vector<Item>& items,
                                                                             DocumentBuilder& builder) {
  std::vector<std::pair<std::string, Xapian::Document>> docs;
  for (const auto& item : items) {
    docs.emplace_back(DocumentBuilder::item_id_term(item.id), builder.item_document(item));
    for (const auto& p : item.passages)
      docs.emplace_back(DocumentBuilder::passage_id_term(item.id, p.ordinal), builder.passage_document(item, p));
  }
  docs.emplace_back(DocumentBuilder::file_id_term(record.key), DocumentBuilder::file_document(record));
  return docs;
}

void IndexWriter::replace_file(const FileRecord& record, const std::vector<Item>& items, DocumentBuilder& builder) {
  replace_file_documents(record, build_file_documents(record, items, builder));
}

void IndexWriter::replace_file_documents(const FileRecord& record,
                                         std::vector<std::pair<std::string, Xapian::Document>> docs) {
  // Drop what the file had (it may now hold fewer items), then write anew.
  remove_file(record.key);
  for (auto& [id_term, doc] : docs) db_.replace_document(id_term, doc);
}

void IndexWriter::remove_file(const std::string& key) {
  const auto term = schema::make_raw_term(FieldId::File, key);
  if (db_.term_exists(term)) db_.delete_document(term);
}

void IndexWriter::add_glossary(const std::vector<Acronym>& acronyms) {
  for (const auto& a : acronyms) {
    const std::string key = std::string(schema::kMetaAcronymPrefix) + a.acronym;
    if (key.size() > schema::kMaxTermBytes) continue;
    if (db_.get_metadata(key).empty()) db_.set_metadata(key, a.expansion);
  }
}

void IndexWriter::add_councillors(const std::string& council, const std::vector<CouncillorRef>& councillors) {
  if (council.empty() || councillors.empty()) return;
  const std::string key = std::string(schema::kMetaCouncillorsPrefix) + text::slugify(council);
  auto known = nlohmann::json::parse(db_.get_metadata(key), nullptr, false);
  if (!known.is_object()) known = nlohmann::json::object();
  bool changed = false;
  for (const auto& c : councillors) {
    if (known.contains(c.id)) continue;
    known[c.id] = c.name;
    changed = true;
  }
  if (changed) db_.set_metadata(key, known.dump());
}

std::vector<std::string> IndexWriter::known_councillors(const std::string& council) const {
  std::vector<std::string> names;
  const std::string key = std::string(schema::kMetaCouncillorsPrefix) + text::slugify(council);
  const auto known = nlohmann::json::parse(db_.get_metadata(key), nullptr, false);
  if (!known.is_object()) return names;
  for (const auto& [id, name] : known.items())
    if (name.is_string() && name.get<std::string>().find(' ') != std::string::npos) names.push_back(name.get<std::string>());
  return names;
}

void IndexWriter::commit() { db_.commit(); }

}  // namespace minutes::index
