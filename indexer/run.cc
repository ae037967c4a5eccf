#include "run.h"

#include <unistd.h>

#include <atomic>
#include <ctime>
#include <iostream>
#include <set>
#include <thread>

#include "crawl.h"
#include "index/writer.h"
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

std::map<std::string, std::vector<std::string>> load_known_councillors(index::IndexWriter& writer) {
  std::map<std::string, std::vector<std::string>> known;
  auto& db = writer.database();
  const std::string prefix(schema::kMetaCouncillorsPrefix);
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    const auto slug = (*it).substr(prefix.size());
    // known_councillors() takes a council name and slugifies it; slugs are fixed points.
    known[slug] = writer.known_councillors(slug);
  }
  return known;
}

void write_registries(index::IndexWriter& writer, const Collector& collector) {
  writer.add_glossary(collector.glossary);
  for (const auto& [council, refs] : collector.councillors) writer.add_councillors(council, refs);
  const auto now = std::time(nullptr);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  writer.database().set_metadata(std::string(schema::kMetaLastIndexed), stamp);
}

/// Runs `work(i)` for i in [0, n) on `threads` threads.
template <typename Work>
void parallel_for(std::size_t n, unsigned threads, Work work) {
  std::atomic<std::size_t> next{0};
  std::vector<std::jthread> pool;
  for (unsigned t = 0; t < threads; ++t)
    pool.emplace_back([&, t] {
      for (std::size_t i = next++; i < n; i = next++) work(t, i);
    });
}

/// Incremental run: workers extract and build documents in parallel; one
/// lock serialises writes to the single database.
void index_incremental(index::IndexWriter& writer, const std::vector<const SourceFile*>& todo, SharedContext& context,
                       Collector& collector, Progress& progress, const IndexerConfig& config) {
  std::mutex write_mutex;
  std::size_t since_commit = 0;
  std::vector<index::DocumentBuilder> builders(config.threads);
  parallel_for(todo.size(), config.threads, [&](unsigned t, std::size_t i) {
    const auto& file = *todo[i];
    auto outcome = process_file(file, context);
    if (collector.record(file, outcome)) {
      auto docs = index::build_file_documents(outcome.record, outcome.items, builders[t]);
      std::lock_guard lock(write_mutex);
      try {
        writer.replace_file_documents(outcome.record, std::move(docs));
        if (++since_commit >= config.commit_every) {
          writer.commit();
          since_commit = 0;
        }
      } catch (const Xapian::Error& e) {
        collector.write_failure(file, e.get_description());
      }
    } else if (outcome.status == FileOutcome::Status::Skipped) {
      // A file that became unreadable no longer has documents in the index.
      std::lock_guard lock(write_mutex);
      writer.remove_file(file.key);
    }
    progress.file_done(file.size);
  });
}

/// A fresh index of many files: each thread writes its own shard, and the
/// shards are compacted into the index, so both cores index at full speed.
void index_bulk(const fs::path& db, const std::vector<const SourceFile*>& todo, SharedContext& context,
                Collector& collector, Progress& progress, const IndexerConfig& config) {
  const fs::path shard_root = db.string() + ".shards-tmp";
  fs::remove_all(shard_root);
  fs::create_directories(shard_root);
  std::vector<std::unique_ptr<index::IndexWriter>> shards;
  for (unsigned t = 0; t < config.threads; ++t)
    shards.push_back(std::make_unique<index::IndexWriter>(shard_root / ("shard" + std::to_string(t))));
  std::vector<index::DocumentBuilder> builders(config.threads);
  parallel_for(todo.size(), config.threads, [&](unsigned t, std::size_t i) {
    const auto& file = *todo[i];
    auto outcome = process_file(file, context);
    if (collector.record(file, outcome)) {
      try {
        shards[t]->add_new_file(outcome.record, outcome.items, builders[t]);
      } catch (const Xapian::Error& e) {
        collector.write_failure(file, e.get_description());
      }
    }
    progress.file_done(file.size);
  });
  Xapian::Database combined;
  for (auto& shard : shards) {
    shard->commit();
    combined.add_database(shard->database());
  }
  const fs::path compacted = db.string() + ".compact-tmp";
  fs::remove_all(compacted);
  combined.compact(compacted.string());
  shards.clear();
  // The index held nothing but its schema version, so replacing it whole
  // loses nothing; a crash before the rename leaves it empty and valid.
  fs::remove_all(db);
  fs::rename(compacted, db);
  fs::remove_all(shard_root);
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

  std::unique_ptr<index::IndexWriter> writer;
  try {
    // Leftovers of a run killed while building shards.
    fs::remove_all(config.db.string() + ".shards-tmp");
    fs::remove_all(config.db.string() + ".compact-tmp");
    writer = std::make_unique<index::IndexWriter>(config.db);
  } catch (const std::exception& e) {
    std::cerr << "minutes-index: " << e.what() << "\n";
    return 3;
  }

  Counts removed_counts;
  std::vector<const SourceFile*> todo;
  std::map<std::string, std::string> signatures;
  try {
    signatures = writer->file_signatures();
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
      writer->remove_file(key);
      ++removed_counts.removed;
    }
    writer->commit();
  } catch (const Xapian::Error& e) {
    std::cerr << "minutes-index: " << e.get_description() << "\n";
    return 3;
  }

  std::uintmax_t total_bytes = 0;
  for (const auto* f : todo) total_bytes += f->size;
  Progress progress(style, todo.size(), total_bytes);
  Collector collector(progress);
  SharedContext context(config, load_known_councillors(*writer));

  std::size_t merged = 0;
  const bool bulk = signatures.empty() && todo.size() >= config.bulk_threshold && config.threads > 1;
  try {
    if (bulk) {
      writer.reset();
      index_bulk(config.db, todo, context, collector, progress, config);
      writer = std::make_unique<index::IndexWriter>(config.db);
    } else {
      index_incremental(*writer, todo, context, collector, progress, config);
    }
    write_registries(*writer, collector);
    merged = writer->canonicalise_councillors();
    writer->commit();
  } catch (const std::exception& e) {
    progress.finish();
    std::cerr << "minutes-index: cannot write the index: " << e.what() << "\n";
    return 3;
  }
  progress.finish();

  const auto& c = collector.counts;
  const double seconds = progress.elapsed_seconds();
  char summary[400];
  std::snprintf(summary, sizeof summary,
                "indexed %zu files (%zu items, %zu passages), unchanged %zu, removed %zu, skipped %zu, failed %zu; "
                "%.1f s, %.0f items/s, %.2f MB/s%s%s",
                c.indexed, c.items, c.passages, removed_counts.unchanged, removed_counts.removed, c.skipped, c.failed,
                seconds, seconds > 0 ? static_cast<double>(c.items) / seconds : 0.0,
                seconds > 0 ? static_cast<double>(c.bytes) / 1e6 / seconds : 0.0, bulk ? " (parallel shards)" : "",
                merged ? ("; councillors merged " + std::to_string(merged)).c_str() : "");
  std::cerr << summary << "\n";
  if (c.failed > 0 || (config.strict && c.skipped > 0)) return 1;
  return 0;
}

}  // namespace minutes::indexer
