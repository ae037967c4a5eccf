#include "search/passage_spans.h"

#include <algorithm>
#include <memory>
#include <utility>

namespace minutes::search {

namespace {

using Range = std::pair<Xapian::docid, Xapian::docid>;  // [first, end) in one shard

/// Yields the docids of given ranges in the shard it is opened on.  Xapian
/// (1.4) clones a posting source for each shard of a database and calls
/// init() with that shard alone, whose UUID says which one it is.
class SpanSource : public Xapian::PostingSource {
 public:
  SpanSource(std::vector<std::string> shard_uuids, std::vector<std::vector<Range>> by_shard)
      : shard_uuids_(std::move(shard_uuids)), by_shard_(std::move(by_shard)) {}

  void init(const Xapian::Database& shard) override {
    const auto at = std::find(shard_uuids_.begin(), shard_uuids_.end(), shard.get_uuid());
    ranges_ = at == shard_uuids_.end() ? &kNone : &by_shard_[static_cast<std::size_t>(at - shard_uuids_.begin())];
    total_ = 0;
    for (const auto& [first, end] : *ranges_) total_ += end - first;
    range_ = 0;
    docid_ = 0;
    started_ = false;
  }

  // Docids ascend within each range and from range to range (the ranges
  // are sorted; should stale spans overlap, none is yielded twice).
  void next(double) override { skip_to(started_ ? docid_ + 1 : 1, 0); }

  void skip_to(Xapian::docid target, double) override {
    started_ = true;
    while (range_ < ranges_->size() && (*ranges_)[range_].second <= target) ++range_;
    if (!at_end()) docid_ = std::max({docid_, target, (*ranges_)[range_].first});
  }

  bool at_end() const override { return range_ >= ranges_->size(); }
  Xapian::docid get_docid() const override { return docid_; }
  Xapian::doccount get_termfreq_min() const override { return total_; }
  Xapian::doccount get_termfreq_est() const override { return total_; }
  Xapian::doccount get_termfreq_max() const override { return total_; }
  PostingSource* clone() const override { return new SpanSource(shard_uuids_, by_shard_); }
  std::string get_description() const override { return "SpanSource()"; }

 private:
  static inline const std::vector<Range> kNone;
  std::vector<std::string> shard_uuids_;
  std::vector<std::vector<Range>> by_shard_;
  const std::vector<Range>* ranges_ = &kNone;
  Xapian::doccount total_ = 0;
  std::size_t range_ = 0;
  Xapian::docid docid_ = 0;
  bool started_ = false;
};

std::vector<std::string> split_uuids(const std::string& combined) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= combined.size()) {
    const auto colon = std::min(combined.find(':', start), combined.size());
    out.push_back(combined.substr(start, colon - start));
    start = colon + 1;
  }
  return out;
}

}  // namespace

PassageSpans::PassageSpans(const Xapian::Database& db, bool local_shards) {
  const auto uuid = db.get_uuid();
  if (!local_shards || uuid.empty()) return;
  shard_uuids_ = split_uuids(uuid);
  const auto shards = shard_uuids_.size();
  std::vector<Xapian::docid> items;
  std::vector<schema::PassageSpan> spans;
  const auto slot = schema::slot(schema::FieldId::PassageSpan);
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
    const auto span = schema::decode_passage_span(*it);
    if (!span || span->count == 0) continue;
    items.push_back(it.get_docid());
    spans.push_back(*span);
  }
  // A span is kept only if its first and last documents are passages of
  // its item (they carry its id in the Item slot, as the item does):
  // docids renumbered since the indexer wrote it make it name others.
  // Both walks go up one value stream, skipping forward.
  const auto item_slot = schema::slot(schema::FieldId::Item);
  std::vector<std::string> ids(items.size());
  auto stream = db.valuestream_begin(item_slot);
  for (std::size_t i = 0; i < items.size(); ++i) {
    stream.skip_to(items[i]);
    if (stream != db.valuestream_end(item_slot) && stream.get_docid() == items[i]) ids[i] = *stream;
  }
  std::vector<std::pair<Xapian::docid, std::size_t>> ends;  // global docid, item index
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto shard = (items[i] - 1) % shards;
    auto global = [&](Xapian::docid local) { return static_cast<Xapian::docid>((local - 1) * shards + shard + 1); };
    ends.emplace_back(global(spans[i].first), i);
    ends.emplace_back(global(spans[i].first + spans[i].count - 1), i);
  }
  std::sort(ends.begin(), ends.end());
  std::vector<bool> fits(items.size(), true);
  stream = db.valuestream_begin(item_slot);
  for (const auto& [docid, i] : ends) {
    if (stream != db.valuestream_end(item_slot)) stream.skip_to(docid);
    const bool found = stream != db.valuestream_end(item_slot) && stream.get_docid() == docid;
    if (!found || ids[i].empty() || *stream != ids[i]) fits[i] = false;
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!fits[i]) continue;
    items_.push_back(items[i]);
    spans_.push_back(spans[i]);
  }
}

std::optional<Xapian::Query> PassageSpans::passages_of(const std::vector<Xapian::docid>& items) const {
  if (shard_uuids_.empty() || items.empty()) return std::nullopt;
  const auto shards = shard_uuids_.size();
  std::vector<std::vector<Range>> by_shard(shards);
  for (const auto item : items) {
    const auto at = std::lower_bound(items_.begin(), items_.end(), item);
    if (at == items_.end() || *at != item) return std::nullopt;
    const auto& span = spans_[static_cast<std::size_t>(at - items_.begin())];
    // Global docids interleave the shards: docid d is in shard (d - 1) % n.
    by_shard[(item - 1) % shards].emplace_back(span.first, span.first + span.count);
  }
  for (auto& ranges : by_shard) std::sort(ranges.begin(), ranges.end());
  return Xapian::Query((new SpanSource(shard_uuids_, std::move(by_shard)))->release());
}

}  // namespace minutes::search
