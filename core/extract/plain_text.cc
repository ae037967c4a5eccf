#include <array>

#include "extract.h"
#include "text.h"

namespace minutes::extract {
namespace {

// Bullet characters seen in council minutes, longest first.
constexpr std::array<std::string_view, 8> kBullets{"\xE2\x80\xA2", "\xE2\x96\xAA", "\xE2\x97\xA6", "\xEF\x82\xB7",
                                                   "\xC2\xB7", "-", "*", "\xE2\x80\x93"};

/// When the line starts with a bullet character followed by a space, the
/// text after it; otherwise an empty view.
std::string_view strip_bullet(std::string_view line) {
  for (auto b : kBullets) {
    if (line.substr(0, b.size()) == b && line.size() > b.size() &&
        (line[b.size()] == ' ' || line[b.size()] == '\t'))
      return text::trim(line.substr(b.size()));
  }
  return {};
}

bool ends_with_sentence_punctuation(std::string_view s) {
  if (s.empty()) return false;
  const char c = s.back();
  return c == '.' || c == ':' || c == ';' || c == ',' || c == '?' || c == '!';
}

/// A standalone line that reads as a heading: short, unpunctuated, capitalised.
bool looks_like_heading(std::string_view line) {
  line = text::trim(line);
  if (line.empty() || line.size() > 120) return false;
  if (ends_with_sentence_punctuation(line)) return false;
  if (text::word_count(line) > 12) return false;
  const char first = line.front();
  return text::is_upper_ascii(first) || text::is_digit(first) || static_cast<unsigned char>(first) >= 0x80;
}

/// "(a) ", "a) ", "1. ", "1) ", "(iv) ", "84. " at the start of a line.
bool starts_with_enumeration(std::string_view line) {
  std::size_t i = 0;
  const bool paren = !line.empty() && line[0] == '(';
  if (paren) i = 1;
  std::size_t start = i;
  while (i < line.size() && (text::is_digit(line[i]) || text::is_lower_ascii(line[i]))) ++i;
  const std::size_t len = i - start;
  if (len == 0 || len > 4 || i >= line.size()) return false;
  const bool digits = text::is_digit(line[start]);
  if (!digits) {
    // letters: one letter, or a roman numeral
    for (std::size_t k = start; k < i; ++k)
      if (len > 1 && std::string_view("ivx").find(line[k]) == std::string_view::npos) return false;
  } else {
    for (std::size_t k = start; k < i; ++k)
      if (!text::is_digit(line[k])) return false;
  }
  const char close = line[i];
  if (paren ? close != ')' : !(close == ')' || (digits && close == '.'))) return false;
  return i + 1 < line.size() && line[i + 1] == ' ';
}

/// "... Capital Strategy (Item 5)".
bool ends_with_item_marker(std::string_view line) {
  if (line.empty() || line.back() != ')') return false;
  const auto open = line.rfind("(Item ");
  if (open == std::string_view::npos) return false;
  for (std::size_t i = open + 6; i + 1 < line.size(); ++i)
    if (!text::is_digit(line[i]) && !text::is_upper_ascii(line[i])) return false;
  return open + 7 < line.size();
}

class BlockBuilder {
 public:
  void start(BlockKind kind, std::string_view line) {
    flush();
    kind_ = kind;
    buffer_ = std::string(line);
  }
  void append(std::string_view line) {
    if (buffer_.empty()) {
      kind_ = BlockKind::Paragraph;
      buffer_ = std::string(line);
      return;
    }
    // A hyphen at a line end joins the halves of a hyphenated word.
    if (buffer_.back() == '-' && !line.empty() && text::is_lower_ascii(line.front()))
      buffer_ += line;
    else
      buffer_ += ' ' + std::string(line);
  }
  void flush() {
    if (!buffer_.empty()) {
      auto squeezed = text::squeeze_spaces(buffer_);
      if (!squeezed.empty()) blocks_.push_back({kind_, std::move(squeezed)});
    }
    buffer_.clear();
  }
  bool empty() const { return buffer_.empty(); }
  std::vector<Block> take() {
    flush();
    return std::move(blocks_);
  }

 private:
  BlockKind kind_ = BlockKind::Paragraph;
  std::string buffer_;
  std::vector<Block> blocks_;
};

/// A chunk is a run of non-blank lines.  One short line alone is a heading;
/// bullet lines start list items; the rest joins into paragraphs.
void add_chunk(BlockBuilder& builder, const std::vector<std::string_view>& chunk, bool enumerations_split) {
  if (chunk.size() == 1 && looks_like_heading(chunk[0]) && strip_bullet(chunk[0]).empty() &&
      !starts_with_enumeration(chunk[0])) {
    builder.start(BlockKind::Heading, chunk[0]);
    builder.flush();
    return;
  }
  bool first = true;
  for (auto line : chunk) {
    if (auto bullet = strip_bullet(line); !bullet.empty()) {
      builder.start(BlockKind::ListItem, bullet);
    } else if (first || (enumerations_split && starts_with_enumeration(line))) {
      builder.start(BlockKind::Paragraph, line);
    } else {
      builder.append(line);
    }
    first = false;
    // Printed minutes end an item heading with "(Item 4)": the text after
    // it is the item's, even with no blank line between.
    if (enumerations_split && ends_with_item_marker(line)) builder.flush();
  }
  builder.flush();
}

std::vector<Block> blocks_from_lines(const std::vector<std::string_view>& lines, bool enumerations_split) {
  BlockBuilder builder;
  std::vector<std::string_view> chunk;
  for (auto raw : lines) {
    auto line = text::trim(raw);
    if (line.empty()) {
      if (!chunk.empty()) add_chunk(builder, chunk, enumerations_split);
      chunk.clear();
      continue;
    }
    chunk.push_back(line);
  }
  if (!chunk.empty()) add_chunk(builder, chunk, enumerations_split);
  return builder.take();
}

bool is_page_number_line(std::string_view line) {
  line = text::trim(line);
  if (line.empty() || line.size() > 12) return false;
  if (text::istarts_with(line, "page ")) line.remove_prefix(5);
  for (char c : line)
    if (!text::is_digit(c) && c != ' ' && c != '/' && c != 'o' && c != 'f') return false;
  return true;
}

}  // namespace

std::vector<Block> blocks_from_plain_text(std::string_view raw) {
  const auto normalised = text::normalise_unicode_spacing(raw);
  return blocks_from_lines(text::split_lines(normalised), /*enumerations_split=*/false);
}

std::vector<Block> blocks_from_pdf_text(std::string_view raw) {
  auto normalised = text::normalise_unicode_spacing(raw);
  for (auto& c : normalised)
    if (c == '\f') c = '\n';
  std::vector<std::string_view> lines;
  for (auto line : text::split_lines(normalised)) {
    if (is_page_number_line(line) && !text::trim(line).empty()) continue;
    lines.push_back(line);
  }
  auto blocks = blocks_from_lines(lines, /*enumerations_split=*/true);
  // A paragraph broken by a page break resumes in lower case: join it back.
  std::vector<Block> joined;
  for (auto& b : blocks) {
    if (!joined.empty() && !b.text.empty() && text::is_lower_ascii(b.text[0]) &&
        joined.back().kind != BlockKind::Heading && !ends_with_sentence_punctuation(joined.back().text)) {
      joined.back().text += " " + b.text;
      continue;
    }
    joined.push_back(std::move(b));
  }
  return joined;
}

ExtractedUnit extract_markdown(std::string_view raw) {
  ExtractedUnit unit;
  std::string_view body = raw;
  if (body.substr(0, 4) == "---\n") {
    const auto end = body.find("\n---", 4);
    if (end != std::string_view::npos) {
      for (auto line : text::split_lines(body.substr(4, end - 4))) {
        const auto colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        const auto key = text::trim(line.substr(0, colon));
        auto value = text::trim(line.substr(colon + 1));
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
        if (key == "title") unit.hints.title = std::string(value);
      }
      body = body.substr(end + 4);
    }
  }
  unit.blocks = blocks_from_plain_text(body);
  return unit;
}

}  // namespace minutes::extract
