#include "search/prefix_sample.h"

#include "schema.h"
#include "text.h"

namespace minutes::search {

namespace {
// How often a document's shard is checked by its item id (a value read)
// besides the first of each shard.
constexpr std::size_t kCheckEvery = 64;
}  // namespace

PrefixSample::PrefixSample(const FacetTable& table, const std::vector<schema::FieldId>& fields, Xapian::doccount size)
    : table_(table), counter_(table, fields), size_(size) {}

void PrefixSample::operator()(const Xapian::Document& doc, double) {
  if (lost_ || counted_ >= size_) return;
  const auto local = doc.get_docid();
  const bool new_shard = counted_ == 0 || local <= last_local_;
  if ((new_shard || counted_ % kCheckEvery == 0) && !locate(doc, local, new_shard)) {
    lost_ = true;
    return;
  }
  last_local_ = local;
  const auto global = table_.global_docid(shard_, local);
  if (!table_.item_key(global)) {  // not an item: the shard is not what it seemed
    lost_ = true;
    return;
  }
  counter_.add(global);
  ++counted_;
}

bool PrefixSample::locate(const Xapian::Document& doc, Xapian::docid local, bool new_shard) {
  const auto key = text::fnv1a64(doc.get_value(schema::slot(schema::FieldId::Item)));
  // Shards come in order: a new one is after the current (any may have
  // had no match at all); otherwise it must still be the current one.
  const std::size_t first = counted_ == 0 ? 0 : new_shard ? shard_ + 1 : shard_;
  const std::size_t last = new_shard ? table_.shard_count() : shard_ + 1;
  for (std::size_t s = first; s < last; ++s) {
    if (table_.item_key(table_.global_docid(s, local)) == key) {
      shard_ = s;
      return true;
    }
  }
  return false;
}

double PrefixSample::scale() const {
  if (complete() || counted_ == 0) return 1.0;
  const auto drawn_from = table_.items_up_to(shard_, last_local_);
  return drawn_from == 0 ? 1.0 : static_cast<double>(table_.item_count()) / static_cast<double>(drawn_from);
}

}  // namespace minutes::search
