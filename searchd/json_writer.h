// JSON text written straight into a string, without building a document
// tree first.  Turning a search response into text through nlohmann's
// tree cost about 0.3 ms (a map node and a string copy per field, for some
// 40 KB of results and facet counts): a tenth of what the daemon spends on
// a request.  Keys come out in the order written.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace minutes::searchd {

class JsonWriter {
 public:
  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }
  /// An object's key; its value is written next.
  JsonWriter& key(std::string_view name);

  /// Text as a JSON string: quotes, backslashes and control characters
  /// escaped, valid UTF-8 kept as it is, and each broken sequence replaced
  /// by U+FFFD (so a damaged document still answers).
  JsonWriter& string(std::string_view text);
  /// The shortest text that reads back as the same double, with a
  /// fraction ("0.0") when it is whole; null for NaN and infinities, which
  /// JSON cannot say.
  JsonWriter& number(double value);
  JsonWriter& number(long long value);
  JsonWriter& number(unsigned long long value);
  JsonWriter& boolean(bool value);
  JsonWriter& null();

  /// key(name) then the value.
  JsonWriter& field(std::string_view name, std::string_view text) { return key(name).string(text); }
  JsonWriter& field(std::string_view name, const char* text) { return key(name).string(text); }
  template <typename Number>
  JsonWriter& number_field(std::string_view name, Number value) {
    key(name);
    if constexpr (std::is_floating_point_v<Number>) return number(static_cast<double>(value));
    else if constexpr (std::is_signed_v<Number>) return number(static_cast<long long>(value));
    else return number(static_cast<unsigned long long>(value));
  }

  /// The text written; the writer is empty afterwards.
  std::string take();

 private:
  /// A comma before every value of a container but its first.
  void before_value();
  JsonWriter& open(char bracket);
  JsonWriter& close(char bracket);
  void raw(std::string_view s) { out_.append(s); }

  std::string out_;
  std::vector<bool> empty_;  // per open container: nothing in it yet
  bool after_key_ = false;
};

}  // namespace minutes::searchd
