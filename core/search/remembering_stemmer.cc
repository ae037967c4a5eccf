#include "search/remembering_stemmer.h"

#include <string>
#include <unordered_map>

namespace minutes::search {

namespace {

class RememberingStemmer : public Xapian::StemImplementation {
 public:
  RememberingStemmer(const std::string& language, std::size_t capacity) : stem_(language), capacity_(capacity) {}

  std::string operator()(const std::string& word) override {
    if (auto it = stems_.find(word); it != stems_.end()) return it->second;
    // Bounded by forgetting one word per new one: clearing them all at
    // once would pause whichever snippet filled it (as the item cache did).
    if (stems_.size() >= capacity_) stems_.erase(stems_.begin());
    return stems_.emplace(word, stem_(word)).first->second;
  }

  std::string get_description() const override { return "remembering " + stem_.get_description(); }

 private:
  Xapian::Stem stem_;
  std::size_t capacity_;
  std::unordered_map<std::string, std::string> stems_;
};

}  // namespace

Xapian::Stem remembering_english_stemmer(std::size_t capacity) {
  // Xapian::Stem counts references to the implementation and deletes it.
  return Xapian::Stem(new RememberingStemmer("english", capacity));
}

}  // namespace minutes::search
