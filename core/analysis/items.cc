#include "items.h"

#include <algorithm>

#include "acronyms.h"
#include "dates.h"
#include "passages.h"
#include "text.h"

namespace minutes::analysis {
namespace {

struct RawItem {
  ItemHeading heading;
  std::vector<Block> blocks;
};

bool ends_like_sentence(std::string_view s) {
  return !s.empty() && (s.back() == '.' || s.back() == ';' || s.back() == ',');
}

/// Splits a whole meeting into its items; `preamble` gets what precedes
/// the first item.  Fewer than two headings means one item.
std::vector<RawItem> split_meeting(const std::vector<Block>& blocks, std::vector<Block>& preamble) {
  std::vector<RawItem> items;
  std::size_t headings = 0;
  for (const auto& b : blocks)
    if (parse_item_heading(b)) ++headings;
  if (headings < 2) return items;
  for (const auto& b : blocks) {
    if (auto h = parse_item_heading(b)) {
      items.push_back({*h, {}});
      continue;
    }
    if (items.empty()) preamble.push_back(b);
    else items.back().blocks.push_back(b);
  }
  return items;
}

/// Council and committee named in a printed-minutes preamble: "KENT COUNTY
/// COUNCIL", "MINUTES of a meeting of the Cabinet held ...".
void metadata_from_preamble(const std::vector<Block>& preamble, Metadata& meta) {
  for (const auto& b : preamble) {
    const std::string_view s = b.text;
    if (meta.council.empty() && text::word_count(s) <= 8 && text::ifind(s, "council") != std::string_view::npos &&
        text::ifind(s, "meeting") == std::string_view::npos && !ends_like_sentence(s)) {
      meta.council = text::is_all_caps(s) ? text::title_case(s) : std::string(s);
    }
    if (meta.committee.empty()) {
      const auto at = text::ifind(s, "meeting of the ");
      if (at != std::string_view::npos) {
        const auto rest = s.substr(at + 15);
        const auto held = text::ifind(rest, " held");
        if (held != std::string_view::npos && held < 80) meta.committee = std::string(rest.substr(0, held));
      }
    }
    if (meta.date.empty())
      if (auto d = find_date_in_text(s)) meta.date = d->iso();
  }
}

/// A council or committee name from a path component: "kent-county-council" -> "Kent County Council".
std::string name_from_path(std::string_view path, std::string_view marker) {
  std::size_t start = 0;
  std::string found;
  while (start < path.size()) {
    auto slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    const auto part = path.substr(start, slash - start);
    if (text::iends_with(part, marker) && part.find('.') == std::string_view::npos) {
      std::string spaced(part);
      std::replace(spaced.begin(), spaced.end(), '-', ' ');
      std::replace(spaced.begin(), spaced.end(), '_', ' ');
      found = text::title_case(spaced);
    }
    start = slash + 1;
  }
  return found;
}

/// The title of a single-item page: after "Agenda item", else its first heading.
std::string take_title(std::vector<Block>& blocks) {
  for (std::size_t i = 0; i < blocks.size() && i < 4; ++i) {
    if (text::iequals(blocks[i].text, "agenda item") || text::iequals(blocks[i].text, "decision details")) {
      if (i + 1 < blocks.size()) {
        auto title = blocks[i + 1].text;
        blocks.erase(blocks.begin(), blocks.begin() + static_cast<long>(i) + 2);
        return title;
      }
    }
  }
  if (!blocks.empty() && blocks.front().kind == BlockKind::Heading) {
    auto title = blocks.front().text;
    blocks.erase(blocks.begin());
    return title;
  }
  return {};
}

std::string joined_text(const std::vector<Block>& blocks) {
  std::string all;
  for (const auto& b : blocks) {
    all += b.text;
    all += '\n';
  }
  return all;
}

template <typename T>
void add_unique(std::vector<T>& v, const T& x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

Item build_item(std::vector<Block> blocks, const Metadata& meta_in, const ItemSource& source,
                CouncillorResolver& people, const std::string& item_minute, std::size_t ordinal) {
  Item item;
  item.file_key = source.file_key;
  item.format = source.format;
  item.meta = meta_in;
  item.id = text::hex64(text::fnv1a64(source.file_key + "#" + std::to_string(ordinal)));

  const auto all = joined_text(blocks);
  people.learn(all);

  PassageContext ctx{&people, item_minute};
  item.passages = build_passages(blocks, ctx);
  if (item.meta.item_number.empty()) {
    if (!item_minute.empty()) item.meta.item_number = item_minute;
    else
      for (const auto& p : item.passages)
        if (!p.minute.empty()) {
          item.meta.item_number = p.minute.substr(0, p.minute.find_first_of("./"));
          break;
        }
  }
  if (item.meta.title.empty()) {
    const auto& first = item.passages.empty() ? std::string{} : item.passages.front().text;
    // Cut at a character boundary: a title ending inside "’" made the
    // item's JSON unwritable (found by tests/fuzz/extract_target.cc).
    item.meta.title = std::string(text::utf8_prefix(first, 80));
  }

  // Portfolios: a passage carries its section's; without sections, the
  // item's one cabinet portfolio ("Report of the Cabinet Member for
  // Finance"), or else the portfolio its own text names.  The item carries
  // the union of its passages', so that facet counts and filters agree.
  bool sectioned = false;
  for (const auto& p : item.passages) sectioned = sectioned || !p.portfolio.empty();
  std::vector<std::string> named;
  for (const auto& r : find_role_mentions(item.meta.title + "\n" + all))
    if (!r.portfolio.empty()) add_unique(named, r.portfolio);
  for (auto& p : item.passages) {
    if (!p.portfolio.empty()) continue;
    if (!sectioned && named.size() == 1) {
      p.portfolio = named.front();
      continue;
    }
    for (const auto& r : find_role_mentions(p.text))
      if (!r.portfolio.empty()) {
        p.portfolio = r.portfolio;
        break;
      }
  }
  for (const auto& p : item.passages)
    if (!p.portfolio.empty()) add_unique(item.portfolios, p.portfolio);

  for (const auto& p : item.passages) {
    for (const auto& c : p.councillors) add_unique(item.councillors, c);
    if (!p.actor_councillor.id.empty()) add_unique(item.councillors, p.actor_councillor);
    if (!p.recipient.id.empty()) add_unique(item.councillors, p.recipient);
  }
  item.quarter = find_quarter(item.meta.title, all, item.meta.date);
  item.acronyms = find_acronyms(all);
  return item;
}

}  // namespace

std::optional<ItemHeading> parse_item_heading(const Block& block) {
  std::string_view s = block.text;
  std::size_t i = 0;
  while (i < s.size() && text::is_digit(s[i])) ++i;
  if (i == 0 || i > 4) return std::nullopt;
  if (i < s.size() && text::is_upper_ascii(s[i]) && i + 1 < s.size() && s[i + 1] == '.') ++i;  // "4A."
  if (i >= s.size() || s[i] != '.' || i + 1 >= s.size() || s[i + 1] != ' ') return std::nullopt;
  const auto number = s.substr(0, i);
  auto title = text::trim(s.substr(i + 1));
  // "(Item 1)" trailing the title in printed minutes.
  bool item_marker = false;
  if (const auto paren = title.rfind("(Item "); paren != std::string_view::npos && title.back() == ')') {
    title = text::trim(title.substr(0, paren));
    item_marker = true;
  }
  if (title.empty() || text::word_count(title) > 14 || ends_like_sentence(title)) return std::nullopt;
  if (!text::is_upper_ascii(title[0]) && !text::is_digit(title[0])) return std::nullopt;
  // Without the marker, only a heading element or an all-caps line counts,
  // so that resolution points "1. Welcomes the format …" stay points.
  if (!item_marker && block.kind != BlockKind::Heading && !text::is_all_caps(title)) return std::nullopt;
  std::string clean = text::is_all_caps(title) ? text::title_case(title) : std::string(title);
  return ItemHeading{std::string(number), std::move(clean)};
}

std::vector<Item> analyse_units(const std::vector<ExtractedUnit>& units, const ItemSource& source) {
  std::vector<Item> items;
  CouncillorResolver people;
  if (source.roster) people.add_roster(*source.roster);
  if (source.known_councillors)
    for (const auto& name : *source.known_councillors) people.add_known_name(name);

  for (const auto& unit : units) {
    for (const auto& a : unit.attendees) people.add_known_name(a);
    // Precedence: sidecar, then meeting.json, then what the format says,
    // then what the path and text say.
    Metadata meta = source.sidecar;
    meta.fill_from(source.meeting);
    meta.fill_from(unit.hints);

    std::vector<Block> preamble;
    auto raw_items = unit.single_item ? std::vector<RawItem>{} : split_meeting(unit.blocks, preamble);
    if (raw_items.empty()) {
      auto blocks = unit.blocks;
      const auto title = take_title(blocks);
      if (meta.title.empty()) meta.title = title;
      if (meta.date.empty())
        if (auto d = find_date_in_path(source.path_text)) meta.date = d->iso();
      if (meta.council.empty()) meta.council = name_from_path(source.path_text, "council");
      items.push_back(build_item(std::move(blocks), meta, source, people, {}, items.size()));
      continue;
    }
    // A whole meeting: the preamble names the meeting and who attended.
    metadata_from_preamble(preamble, meta);
    if (meta.date.empty())
      if (auto d = find_date_in_path(source.path_text)) meta.date = d->iso();
    if (meta.council.empty()) meta.council = name_from_path(source.path_text, "council");
    people.learn(joined_text(preamble));
    for (auto& raw : raw_items) {
      Metadata item_meta = meta;
      item_meta.title = raw.heading.title;
      item_meta.item_number = raw.heading.number;
      items.push_back(build_item(std::move(raw.blocks), item_meta, source, people, raw.heading.number, items.size()));
    }
  }
  return items;
}

}  // namespace minutes::analysis
