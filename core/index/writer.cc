#include "index/writer.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "index/councillor_merge.h"
#include "schema.h"
#include "text.h"

namespace minutes::index {

using schema::FieldId;

IndexWriter::IndexWriter(const std::filesystem::path& path) : held_(path) {
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

FileDocuments build_file_documents(const FileRecord& record, const std::vector<Item>& items, DocumentBuilder& builder) {
  FileDocuments docs;
  for (const auto& item : items) {
    auto& built = docs.items.emplace_back();
    built.id_term = DocumentBuilder::item_id_term(item.id);
    built.item_term = schema::make_raw_term(FieldId::Item, item.id);
    built.sample_level = schema::sample_level(item.id);
    built.item = builder.item_document(item);
    for (const auto& p : item.passages) built.passages.push_back(builder.passage_document(item, p));
  }
  docs.record_id_term = DocumentBuilder::file_id_term(record.key);
  docs.record = DocumentBuilder::file_document(record);
  return docs;
}

void IndexWriter::replace_file_documents(const FileRecord& record, FileDocuments docs) {
  // Drop what the file had (it may now hold fewer items), then write anew.
  remove_file(record.key);
  for (auto& built : docs.items) {
    // Whatever still carries the item's term (passages a killed run
    // committed before the record that would name them) goes first.
    db_.delete_document(built.item_term);
    // The passages are written now, one after another; the item is held
    // back knowing where they are.
    schema::PassageSpan span;
    for (const auto& passage : built.passages) {
      const auto did = db_.add_document(passage);
      if (span.count++ == 0) span.first = did;
    }
    if (span.count > 0) built.item.add_value(schema::slot(FieldId::PassageSpan), schema::encode_passage_span(span));
    held_.hold(std::move(built.id_term), built.item, built.sample_level);
  }
  // The file record, written after its items: a committed record (an
  // automatic flush can commit at any time) means its items are in.
  held_.hold(std::move(docs.record_id_term), docs.record, HeldItems::kAfterItems);
  if (held_.size() >= kHeldItems) write_held_items();
}

void IndexWriter::write_held_items() {
  held_.release([&](const std::string& id_term, const Xapian::Document& doc) { db_.replace_document(id_term, doc); });
}

Xapian::WritableDatabase& IndexWriter::database() {
  write_held_items();
  return db_;
}

void IndexWriter::commit() {
  write_held_items();
  db_.commit();
}

void IndexWriter::remove_file(const std::string& key) {
  // The file record lists the file's items; each item's term is on the item
  // document and all its passages.
  const auto record_term = DocumentBuilder::file_id_term(key);
  auto it = db_.postlist_begin(record_term);
  if (it != db_.postlist_end(record_term)) {
    const auto data = nlohmann::json::parse(db_.get_document(*it).get_data(), nullptr, false);
    if (data.is_object() && data.contains("items"))
      for (const auto& id : data["items"]) db_.delete_document(schema::make_raw_term(FieldId::Item, id.get<std::string>()));
  }
  const auto file_term = schema::make_raw_term(FieldId::File, key);
  if (db_.term_exists(file_term)) db_.delete_document(file_term);
}

void IndexWriter::add_glossary(const std::vector<Acronym>& acronyms) {
  for (const auto& a : acronyms) {
    const std::string key = std::string(schema::kMetaAcronymPrefix) + a.acronym;
    if (key.size() > schema::kMaxTermBytes) continue;
    if (db_.get_metadata(key).empty()) db_.set_metadata(key, a.expansion);
  }
}

namespace {
std::string registry_key(const std::string& council) {
  return std::string(schema::kMetaCouncillorsPrefix) + text::slugify(council);
}
}  // namespace

void IndexWriter::add_councillors(const std::string& council, const std::vector<CouncillorRef>& councillors) {
  if (council.empty() || councillors.empty()) return;
  const auto key = registry_key(council);
  auto registry = nlohmann::json::parse(db_.get_metadata(key), nullptr, false);
  if (!registry.is_object() || !registry.contains("members")) registry = {{"members", nlohmann::json::object()}};
  registry["council"] = council;
  auto& members = registry["members"];
  for (const auto& c : councillors)
    if (!members.contains(c.id)) members[c.id] = c.name;
  db_.set_metadata(key, registry.dump());
}

std::vector<std::string> IndexWriter::known_councillors(const std::string& council) const {
  std::vector<std::string> names;
  const auto registry = nlohmann::json::parse(db_.get_metadata(registry_key(council)), nullptr, false);
  if (!registry.is_object() || !registry.contains("members")) return names;
  for (const auto& [id, name] : registry["members"].items())
    if (name.is_string() && name.get<std::string>().find(' ') != std::string::npos) names.push_back(name.get<std::string>());
  return names;
}

std::vector<IndexWriter::CouncillorMergePlan> IndexWriter::plan_councillor_merges() const {
  std::vector<CouncillorMergePlan> plans;
  const std::string prefix(schema::kMetaCouncillorsPrefix);
  for (auto it = db_.metadata_keys_begin(prefix); it != db_.metadata_keys_end(prefix); ++it) {
    const auto registry = nlohmann::json::parse(db_.get_metadata(*it), nullptr, false);
    if (!registry.is_object() || !registry.contains("members")) continue;
    std::map<std::string, std::string> members;
    for (const auto& [id, name] : registry["members"].items()) members[id] = name.get<std::string>();
    for (const auto& [from, to] : index::plan_councillor_merges(members))
      plans.push_back({registry.value("council", ""), from, members[from], to});
  }
  return plans;
}

void IndexWriter::forget_merged_councillors(const std::vector<CouncillorMergePlan>& plans) {
  for (const auto& plan : plans) {
    const auto key = registry_key(plan.council);
    auto registry = nlohmann::json::parse(db_.get_metadata(key), nullptr, false);
    if (!registry.is_object() || !registry.contains("members")) continue;
    registry["members"].erase(plan.from_id);
    db_.set_metadata(key, registry.dump());
  }
}

}  // namespace minutes::index
