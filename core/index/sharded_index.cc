#include "index/sharded_index.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "index/acronym_terms.h"
#include "index/councillor_merge.h"
#include "text.h"

namespace fs = std::filesystem;

namespace minutes::index {
namespace {

/// Runs `work(i)` for every shard index at once, a thread each, and
/// throws the first failure as "<what> <name(i)>: <reason>".
template <typename Work, typename Name>
void in_parallel(std::size_t count, const std::string& what, Name&& name, Work&& work) {
  std::vector<std::string> errors(count);
  std::vector<std::thread> workers;
  for (std::size_t i = 0; i < count; ++i)
    workers.emplace_back([&, i] {
      try {
        work(i);
      } catch (const Xapian::Error& e) {
        errors[i] = e.get_description();
      } catch (const std::exception& e) {
        errors[i] = e.what();
      }
    });
  for (auto& w : workers) w.join();
  for (std::size_t i = 0; i < count; ++i)
    if (!errors[i].empty()) throw std::runtime_error(what + " " + name(i) + ": " + errors[i]);
}

/// Writes the stub atomically: readers never see a half-written list.
void write_stub(const fs::path& dir, unsigned count) {
  const auto tmp = dir / "XAPIANDB.tmp";
  {
    std::ofstream out(tmp);
    for (unsigned i = 0; i < count; ++i) out << "glass shard" << i << "\n";
    if (!out) throw std::runtime_error("cannot write " + tmp.string());
  }
  fs::rename(tmp, dir / ShardedIndex::kStubName);
}

}  // namespace

/// Shard directory names listed in a stub file ("glass shard0").
std::vector<std::string> ShardedIndex::shard_names(const fs::path& stub) {
  std::ifstream in(stub);
  if (!in) throw std::runtime_error("cannot read " + stub.string());
  std::vector<std::string> shards;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::string backend, path;
    if (!(words >> backend >> path)) continue;
    if (backend != "glass") throw std::runtime_error(stub.string() + ": only local glass shards are supported here, not \"" + line + "\"");
    shards.push_back(path);
  }
  if (shards.empty()) throw std::runtime_error(stub.string() + " lists no shards");
  return shards;
}

ShardedIndex::ShardedIndex(const fs::path& dir, unsigned new_shards) {
  const auto stub = dir / kStubName;
  std::vector<std::string> names;
  if (fs::exists(stub)) {
    names = shard_names(stub);
  } else if (fs::exists(dir / "iamglass")) {
    throw std::runtime_error(dir.string() + " is a single Xapian database, not a Minutes Search index: "
                             "delete it and index again");
  } else {
    if (fs::exists(dir) && !fs::is_empty(dir))
      throw std::runtime_error(dir.string() + " exists and is not a Minutes Search index");
    fs::create_directories(dir);
    // Create the shards before the stub names them, so that a reader (or a
    // killed run) never finds a stub pointing at nothing.
    for (unsigned i = 0; i < std::max(1u, new_shards); ++i) IndexWriter(dir / ("shard" + std::to_string(i)));
    write_stub(dir, std::max(1u, new_shards));
    names = shard_names(stub);
  }
  for (const auto& name : names) {
    shards_.push_back(std::make_unique<IndexWriter>(dir / name));
    mutexes_.push_back(std::make_unique<std::mutex>());
  }
}

std::size_t ShardedIndex::shard_of(const std::string& file_key) const {
  return static_cast<std::size_t>(text::fnv1a64(file_key) % shards_.size());
}

std::map<std::string, std::string> ShardedIndex::file_signatures() const {
  std::map<std::string, std::string> all;
  for (const auto& shard : shards_) all.merge(shard->file_signatures());
  return all;
}

std::size_t ShardedIndex::canonicalise_councillors() {
  const auto plans = primary().plan_councillor_merges();
  for (const auto& plan : plans)
    for (auto& shard : shards_)
      apply_councillor_merge(shard->database(), plan.council, plan.from_id, plan.from_name, plan.to);
  primary().forget_merged_councillors(plans);
  return plans.size();
}

std::size_t ShardedIndex::complete_acronym_terms(const std::vector<Acronym>& applied, bool fresh) {
  // Documents written this run have the terms of `applied` (the glossary
  // at its start); documents from earlier runs those of the record.  A
  // pair is complete when both hold it; on a fresh index only the first.
  const auto glossary = indexing_glossary(primary().database());
  const auto recorded = indexed_acronyms(primary().database());
  std::vector<Acronym> missing;
  for (const auto& a : glossary) {
    const bool written_with = std::find(applied.begin(), applied.end(), a) != applied.end();
    const bool complete = written_with && (fresh || recorded.count({a.acronym, a.expansion}));
    if (!complete) missing.push_back(a);
  }
  std::vector<std::size_t> changed(shards_.size(), 0);
  if (!missing.empty())
    // Each shard looks the phrases up in its own documents.
    in_parallel(
        shards_.size(), "adding acronym terms to shard", [](std::size_t i) { return std::to_string(i); },
        [&](std::size_t i) {
          for (const auto& a : missing) changed[i] += backfill_acronym(shards_[i]->database(), a.acronym, a.expansion);
        });
  // The record goes in with the terms, in one commit per shard (primary
  // last): a reader never trusts a record its documents do not yet meet.
  record_indexed_acronyms(primary().database(), glossary);
  commit_all();
  std::size_t total = 0;
  for (auto n : changed) total += n;
  return total;
}

void ShardedIndex::compact_and_close(const fs::path& dir) {
  commit_all();
  std::vector<std::string> names = shard_names(dir / kStubName);
  shards_.clear();  // release the write locks
  in_parallel(
      names.size(), "compacting", [&](std::size_t i) { return names[i]; },
      [&](std::size_t i) {
        const auto shard = dir / names[i];
        const auto fresh = dir / (names[i] + ".compact-tmp");
        const auto old = dir / (names[i] + ".old");
        fs::remove_all(fresh);
        fs::remove_all(old);
        // Docids kept as they are: items name their passages' docids (a
        // PassageSpan), which renumbering would shift.
        Xapian::Database(shard.string()).compact(fresh.string(), Xapian::DBCOMPACT_NO_RENUMBER);
        // Readers keep their open files; the next reopen sees the new shard.
        fs::rename(shard, old);
        fs::rename(fresh, shard);
        fs::remove_all(old);
      });
}

void ShardedIndex::write_held_items() {
  // At the end of a run that is every item of it.
  in_parallel(
      shards_.size(), "writing held items to shard", [](std::size_t i) { return std::to_string(i); },
      [&](std::size_t i) { shards_[i]->write_held_items(); });
}

void ShardedIndex::commit_all() {
  write_held_items();
  // The primary (which holds the metadata) last: readers never see
  // registries or records ahead of the documents they describe.
  for (std::size_t i = shards_.size(); i-- > 0;) shards_[i]->commit();
}

}  // namespace minutes::index
