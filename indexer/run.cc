#include "run.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <iostream>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

#include "crawl.h"
#include "glossary.h"
#include "index/acronym_terms.h"
#include "index/sharded_index.h"
#include "process.h"
#include "progress.h"
#include "schema.h"
#include "text.h"

namespace fs = std::filesystem;

namespace minutes::indexer {
namespace {

struct Counts {
  std::size_t indexed = 0, unchanged = 0, removed = 0, skipped = 0, failed = 0;
  std::size_t items = 0, passages = 0;
  std::uintmax_t bytes = 0;
};

/// The acronyms documents are given terms for, growing as the run learns
/// definitions, so that most documents get their terms as they are
/// written and few need them added at the end.
class LiveGlossary {
 public:
  explicit LiveGlossary(std::vector<Acronym> start)
      : pairs_(std::move(start)), finder_(std::make_shared<const analysis::ExpansionFinder>(pairs_)) {}

  void learn(const std::vector<Acronym>& acronyms) {
    std::lock_guard lock(mutex_);
    bool added = false;
    for (const auto& a : acronyms) {
      if (std::find(pairs_.begin(), pairs_.end(), a) != pairs_.end()) continue;
      pairs_.push_back(a);
      added = true;
    }
    // New definitions are rare (an acronym's first), so a copy each time is cheap.
    if (added) finder_ = std::make_shared<const analysis::ExpansionFinder>(pairs_);
  }
  std::shared_ptr<const analysis::ExpansionFinder> current() const {
    std::lock_guard lock(mutex_);
    return finder_;
  }

 private:
  mutable std::mutex mutex_;
  std::vector<Acronym> pairs_;
  std::shared_ptr<const analysis::ExpansionFinder> finder_;
};

/// What every worker reports into, under one lock.
class Collector {
 public:
  explicit Collector(Progress& progress) : progress_(progress) {}

  /// Records a processed file; returns true when it should be written.
  bool record(const SourceFile& file, const FileOutcome& outcome) {
    std::lock_guard lock(mutex_);
    if (!outcome.warning.empty()) progress_.message(outcome.warning);
    switch (outcome.status) {
      case FileOutcome::Status::Skipped:
        ++counts.skipped;
        progress_.message("skipped: " + file.path.string() + ": " + outcome.reason);
        return false;
      case FileOutcome::Status::Failed:
        ++counts.failed;
        progress_.message("failed: " + file.path.string() + ": " + outcome.reason);
        return false;
      case FileOutcome::Status::Indexed:
        break;
    }
    ++counts.indexed;
    counts.bytes += file.size;
    for (const auto& item : outcome.items) {
      counts.items += 1;
      counts.passages += item.passages.size();
      glossary.insert(glossary.end(), item.acronyms.begin(), item.acronyms.end());
      auto& known = councillors[item.meta.council];
      known.insert(known.end(), item.councillors.begin(), item.councillors.end());
    }
    return true;
  }

  void write_failure(const SourceFile& file, const std::string& what) {
    std::lock_guard lock(mutex_);
    ++counts.failed;
    --counts.indexed;
    progress_.message("failed: " + file.path.string() + ": cannot write to the index: " + what);
  }

  Counts counts;
  std::vector<Acronym> glossary;
  std::map<std::string, std::vector<CouncillorRef>> councillors;

 private:
  Progress& progress_;
  std::mutex mutex_;
};

Progress::Style progress_style(IndexerConfig::ProgressMode mode) {
  switch (mode) {
    case IndexerConfig::ProgressMode::Terminal: return Progress::Style::Terminal;
    case IndexerConfig::ProgressMode::Log: return Progress::Style::Log;
    case IndexerConfig::ProgressMode::Quiet: return Progress::Style::Quiet;
    case IndexerConfig::ProgressMode::Auto: break;
  }
  return ::isatty(STDERR_FILENO) ? Progress::Style::Terminal : Progress::Style::Log;
}

std::map<std::string, std::vector<std::string>> load_known_councillors(index::IndexWriter& primary) {
  std::map<std::string, std::vector<std::string>> known;
  auto& db = primary.database();
  const std::string prefix(schema::kMetaCouncillorsPrefix);
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    const auto slug = (*it).substr(prefix.size());
    // known_councillors() takes a council name and slugifies it; slugs are fixed points.
    known[slug] = primary.known_councillors(slug);
  }
  return known;
}

void write_registries(index::IndexWriter& primary, const Collector& collector) {
  primary.add_glossary(collector.glossary);
  for (const auto& [council, refs] : collector.councillors) primary.add_councillors(council, refs);
  const auto now = std::time(nullptr);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  primary.database().set_metadata(std::string(schema::kMetaLastIndexed), stamp);
}

/// Files to index, queued by the shard they belong to.  A thread takes
/// work from its own shard's queue first, so that threads rarely wait for
/// each other's shard lock, and helps with the others' when it runs dry.
class ShardQueues {
 public:
  ShardQueues(const std::vector<const SourceFile*>& todo, const index::ShardedIndex& index)
      : queues_(index.shard_count()), next_(index.shard_count()) {
    for (const auto* f : todo) queues_[index.shard_of(f->key)].push_back(f);
    for (auto& n : next_) n.store(0);
  }
  /// The next file for thread t, or nullptr when all are taken.
  const SourceFile* take(unsigned t) {
    for (std::size_t k = 0; k < queues_.size(); ++k) {
      const auto s = (t + k) % queues_.size();
      const auto i = next_[s]++;
      if (i < queues_[s].size()) return queues_[s][i];
    }
    return nullptr;
  }

 private:
  std::vector<std::vector<const SourceFile*>> queues_;
  std::vector<std::atomic<std::size_t>> next_;
};

/// Workers extract and build documents in parallel; each write takes only
/// the lock of the file's shard.
void index_files(index::ShardedIndex& index, const std::vector<const SourceFile*>& todo, SharedContext& context,
                 Collector& collector, Progress& progress, const IndexerConfig& config,
                 LiveGlossary& glossary) {
  ShardQueues queues(todo, index);
  std::vector<std::size_t> since_commit(index.shard_count(), 0);
  std::vector<std::jthread> pool;
  for (unsigned t = 0; t < config.threads; ++t)
    pool.emplace_back([&, t] {
      index::DocumentBuilder builder;
      while (const auto* file = queues.take(t)) {
        auto outcome = process_file(*file, context);
        const auto s = index.shard_of(file->key);
        bool write = collector.record(*file, outcome);
        index::FileDocuments docs;
        if (write) {
          // A failure here is our bug, not the file's (text that could
          // not be stored as JSON once ended the whole run): the file is
          // reported as failed, keeps what the index had of it, and the
          // run goes on.
          auto fail = [&](const std::string& why) {
            collector.write_failure(*file, "internal error building its documents: " + why);
            write = false;
          };
          try {
            for (const auto& item : outcome.items) glossary.learn(item.acronyms);
            builder.set_glossary(glossary.current());
            docs = index::build_file_documents(outcome.record, outcome.items, builder);
          } catch (const Xapian::Error& e) {
            fail(e.get_description());
          } catch (const std::exception& e) {
            fail(e.what());
          }
        }
        {
          std::lock_guard lock(index.shard_mutex(s));
          try {
            if (write) index.shard(s).replace_file_documents(outcome.record, std::move(docs));
            // A file that became unreadable keeps no documents in the index.
            else if (outcome.status == FileOutcome::Status::Skipped) index.shard(s).remove_file(file->key);
            if (++since_commit[s] >= config.commit_every) {
              index.shard(s).commit();
              since_commit[s] = 0;
            }
          } catch (const Xapian::Error& e) {
            if (write) collector.write_failure(*file, e.get_description());
          } catch (const std::exception& e) {
            // The writer's spool of held items (a full disk, say), or a
            // file record it cannot read.
            if (write) collector.write_failure(*file, e.what());
          }
        }
        progress.file_done(file->size);
      }
    });
}

/// The end-of-run acronym pass in the summary: what it added, or that it
/// took time and found nothing to add.
std::string acronym_summary(std::size_t items, double seconds) {
  char took[32];
  std::snprintf(took, sizeof took, "%.1f s", seconds);
  if (items > 0)
    return "; acronym terms added to " + std::to_string(items) + (items == 1 ? " earlier item in " : " earlier items in ") +
           took;
  if (seconds >= 0.1) return std::string("; acronym terms checked in ") + took + ", none added";
  return {};
}

}  // namespace

int run_indexer(const IndexerConfig& config) {
  auto style = progress_style(config.progress);
  auto say = [&](const std::string& line) {
    if (style != Progress::Style::Quiet || line.rfind("skipped", 0) == 0 || line.rfind("failed", 0) == 0)
      std::cerr << line << "\n";
  };

  std::vector<SourceFile> files;
  std::set<std::string> seen_keys;
  std::vector<std::string> root_prefixes;
  for (const auto& root : config.roots) {
    auto found = crawl(root, say);
    if (fs::is_directory(root)) root_prefixes.push_back(key_prefix_for_root(root));
    for (auto& f : found)
      if (seen_keys.insert(f.key).second) files.push_back(std::move(f));
  }

  std::unique_ptr<index::ShardedIndex> index;
  try {
    index = std::make_unique<index::ShardedIndex>(config.db, config.shards ? config.shards : config.threads);
  } catch (const std::exception& e) {
    std::cerr << "minutes-index: " << e.what() << "\n";
    return 3;
  }

  Counts removed_counts;
  std::vector<const SourceFile*> todo;
  try {
    const auto signatures = index->file_signatures();
    for (const auto& f : files) {
      auto it = signatures.find(f.key);
      if (it != signatures.end() && it->second == f.signature) ++removed_counts.unchanged;
      else todo.push_back(&f);
    }
    // Files indexed from these roots before and gone now.
    for (const auto& [key, signature] : signatures) {
      if (seen_keys.count(key)) continue;
      bool under_root = false;
      for (const auto& prefix : root_prefixes) under_root = under_root || key.rfind(prefix, 0) == 0;
      if (!under_root) continue;
      index->shard(index->shard_of(key)).remove_file(key);
      ++removed_counts.removed;
    }
    index->commit_all();
  } catch (const Xapian::Error& e) {
    std::cerr << "minutes-index: " << e.get_description() << "\n";
    return 3;
  }

  std::uintmax_t total_bytes = 0;
  for (const auto* f : todo) total_bytes += f->size;
  Progress progress(style, todo.size(), total_bytes);
  Collector collector(progress);
  SharedContext context(config, load_known_councillors(index->primary()));

  std::size_t merged = 0;
  std::size_t acronym_items = 0;
  double acronym_seconds = 0;
  try {
    // Expansions spelt out get acronym terms as documents are built, from
    // the glossary at the start of the run and definitions learnt since;
    // definitions reach documents written before them at the end.
    const auto applied = index::indexing_glossary(index->primary().database());
    bool fresh = true;
    for (std::size_t s = 0; s < index->shard_count(); ++s) fresh = fresh && index->shard(s).database().get_doccount() == 0;
    LiveGlossary live(applied);
    index_files(*index, todo, context, collector, progress, config, live);
    index->write_held_items();  // all shards at once, before passes that read documents
    write_registries(index->primary(), collector);
    merged = index->canonicalise_councillors();
    const auto backfill_start = std::chrono::steady_clock::now();
    acronym_items = index->complete_acronym_terms(applied, fresh);
    acronym_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - backfill_start).count();
    index->commit_all();
    if (config.compact) index->compact_and_close(config.db);
  } catch (const Xapian::Error& e) {
    progress.finish();
    std::cerr << "minutes-index: cannot write the index: " << e.get_description() << "\n";
    return 3;
  } catch (const std::exception& e) {
    progress.finish();
    std::cerr << "minutes-index: cannot write the index: " << e.what() << "\n";
    return 3;
  }
  progress.finish();

  const auto& c = collector.counts;
  const double seconds = progress.elapsed_seconds();
  char summary[512];
  std::snprintf(summary, sizeof summary,
                "indexed %zu files (%zu items, %zu passages), unchanged %zu, removed %zu, skipped %zu, failed %zu; "
                "%.1f s, %.0f items/s, %.2f MB/s%s",
                c.indexed, c.items, c.passages, removed_counts.unchanged, removed_counts.removed, c.skipped, c.failed,
                seconds, seconds > 0 ? static_cast<double>(c.items) / seconds : 0.0,
                seconds > 0 ? static_cast<double>(c.bytes) / 1e6 / seconds : 0.0,
                (std::string(merged ? "; councillors merged " + std::to_string(merged) : "") +
                 acronym_summary(acronym_items, acronym_seconds))
                    .c_str());
  std::cerr << summary << "\n";
  if (c.failed > 0 || (config.strict && c.skipped > 0)) return 1;
  return 0;
}

}  // namespace minutes::indexer
