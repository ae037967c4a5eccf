#include "process.h"

#include <stdexcept>

#include "text.h"

namespace minutes::indexer {

SharedContext::SharedContext(const IndexerConfig& config, std::map<std::string, std::vector<std::string>> known)
    : config_(config), known_(std::move(known)) {}

const analysis::Roster* SharedContext::roster(const std::filesystem::path& path, std::string& warning) {
  std::lock_guard lock(mutex_);
  const auto key = path.string();
  auto it = rosters_.find(key);
  if (it != rosters_.end()) return it->second.get();
  std::unique_ptr<analysis::Roster> roster;
  try {
    roster = std::make_unique<analysis::Roster>(analysis::parse_roster(read_file(path)));
  } catch (const std::exception& e) {
    warning = "warning: " + key + ": roster ignored: " + e.what();
  }
  auto* raw = roster.get();
  rosters_.emplace(key, std::move(roster));
  return raw;
}

const std::vector<std::string>* SharedContext::known_councillors(const std::string& council_slug) const {
  auto it = known_.find(council_slug);
  return it == known_.end() ? nullptr : &it->second;
}

namespace {

Metadata read_companion_metadata(const std::filesystem::path& path, std::string& warning) {
  if (path.empty()) return {};
  try {
    return parse_metadata_json(read_file(path));
  } catch (const std::exception& e) {
    warning = "warning: " + path.string() + ": metadata ignored: " + e.what();
    return {};
  }
}

}  // namespace

FileOutcome process_file(const SourceFile& file, SharedContext& context) {
  FileOutcome outcome;
  outcome.record.key = file.key;
  outcome.record.signature = file.signature;
  outcome.record.format = std::string(extract::format_name(extract::format_of(file.path)));
  try {
    if (file.size > context.config().max_file_bytes)
      throw extract::ExtractError("file too large (" + std::to_string(file.size >> 20) + " MiB; limit " +
                                  std::to_string(context.config().max_file_bytes >> 20) + " MiB)");
    const auto bytes = read_file(file.path);
    extract::ExtractOptions options;
    options.pdf_timeout = context.config().pdf_timeout;
    const auto units = extract::extract_file(file.path, bytes, options);

    analysis::ItemSource source;
    source.file_key = file.key;
    source.format = outcome.record.format;
    source.path_text = file.key;
    source.sidecar = read_companion_metadata(file.sidecar, outcome.warning);
    source.meeting = read_companion_metadata(file.meeting, outcome.warning);
    if (!file.roster.empty()) source.roster = context.roster(file.roster, outcome.warning);
    const auto council = !source.sidecar.council.empty() ? source.sidecar.council
                         : !source.meeting.council.empty() ? source.meeting.council
                         : source.roster ? source.roster->council : std::string{};
    if (source.sidecar.council.empty() && source.meeting.council.empty() && source.roster)
      source.meeting.council = source.roster->council;
    source.known_councillors = context.known_councillors(text::slugify(council));
    outcome.items = analysis::analyse_units(units, source);
    if (outcome.items.empty()) throw extract::ExtractError("no agenda items found");
    for (const auto& item : outcome.items) outcome.record.item_ids.push_back(item.id);
  } catch (const extract::ExtractError& e) {
    outcome.status = FileOutcome::Status::Skipped;
    outcome.reason = e.what();
  } catch (const std::runtime_error& e) {  // unreadable file: input problem, not ours
    outcome.status = FileOutcome::Status::Skipped;
    outcome.reason = e.what();
  } catch (const std::exception& e) {
    outcome.status = FileOutcome::Status::Failed;
    outcome.reason = std::string("internal error: ") + e.what();
  }
  return outcome;
}

}  // namespace minutes::indexer
