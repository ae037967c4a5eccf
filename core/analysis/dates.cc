#include "dates.h"

#include <array>
#include <cstdio>
#include <vector>

#include "text.h"
#include "tokens.h"

namespace minutes::analysis {

std::string Date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

bool Date::valid() const {
  static constexpr std::array<int, 12> days{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29 && !leap) return false;
  return year >= 1900 && year <= 2199 && month >= 1 && month <= 12 && day >= 1 && day <= days[static_cast<std::size_t>(month - 1)];
}

static int digits_value(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (!text::is_digit(c)) return -1;
    v = v * 10 + (c - '0');
  }
  return s.empty() ? -1 : v;
}

std::optional<Date> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  Date d{digits_value(s.substr(0, 4)), digits_value(s.substr(5, 2)), digits_value(s.substr(8, 2))};
  return d.valid() ? std::optional<Date>(d) : std::nullopt;
}

int month_from_name(std::string_view word) {
  static constexpr std::array<std::string_view, 12> names{"january", "february", "march",     "april",
                                                          "may",     "june",     "july",      "august",
                                                          "september", "october", "november", "december"};
  if (word.size() < 3) return 0;
  const auto lower = text::to_lower_ascii(word);
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (lower == names[i]) return static_cast<int>(i) + 1;
    // Abbreviations: "Jan", "Sept", "Sep"; "May" is covered above.
    if (lower.size() >= 3 && lower.size() <= 4 && names[i].substr(0, lower.size()) == lower && lower != "mar" + std::string{})
      return static_cast<int>(i) + 1;
  }
  if (lower == "mar") return 3;
  return 0;
}

/// "30", "30th", "1st" -> day number, else -1.
static int day_of(const Token& t) {
  std::string_view s = t.text;
  std::size_t n = 0;
  while (n < s.size() && text::is_digit(s[n])) ++n;
  if (n == 0 || n > 2) return -1;
  const auto suffix = text::to_lower_ascii(s.substr(n));
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return -1;
  return digits_value(s.substr(0, n));
}

static int year_of(const Token& t) {
  if (!t.is_number() || t.text.size() != 4) return -1;
  return t.as_int();
}

std::optional<Date> find_date_in_text(std::string_view s) {
  const auto tokens = tokenize(s);
  for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
    // 30 January 2025 / 30th January, 2025
    if (int day = day_of(tokens[i]); day > 0) {
      if (int month = month_from_name(tokens[i + 1].text); month > 0) {
        std::size_t y = i + 2;
        if (tokens[y].is_punct(',') && y + 1 < tokens.size()) ++y;
        if (int year = year_of(tokens[y]); year > 0) {
          Date d{year, month, day};
          if (d.valid()) return d;
        }
      }
      // 30/01/2025
      if (tokens[i].is_number() && i + 4 < tokens.size() && tokens[i + 1].is_punct('/') &&
          tokens[i + 2].is_number() && tokens[i + 3].is_punct('/') && year_of(tokens[i + 4]) > 0 &&
          adjacent(tokens, i) && adjacent(tokens, i + 1) && adjacent(tokens, i + 2) && adjacent(tokens, i + 3)) {
        Date d{year_of(tokens[i + 4]), tokens[i + 2].as_int(), day};
        if (d.valid()) return d;
      }
    }
    // January 30, 2025
    if (int month = month_from_name(tokens[i].text); month > 0 && tokens[i].capitalised()) {
      if (int day = day_of(tokens[i + 1]); day > 0) {
        std::size_t y = i + 2;
        if (tokens[y].is_punct(',') && y + 1 < tokens.size()) ++y;
        if (int year = year_of(tokens[y]); year > 0) {
          Date d{year, month, day};
          if (d.valid()) return d;
        }
      }
    }
  }
  return std::nullopt;
}

std::optional<Date> find_date_in_path(std::string_view path) {
  for (std::size_t i = 0; i + 8 <= path.size(); ++i) {
    if (i > 0 && text::is_digit(path[i - 1])) continue;
    const auto y = digits_value(path.substr(i, 4));
    if (y < 1900) continue;
    std::size_t p = i + 4;
    const bool sep = p < path.size() && (path[p] == '-' || path[p] == '_');
    if (sep) ++p;
    if (p + 4 + (sep ? 1 : 0) > path.size()) continue;
    const auto m = digits_value(path.substr(p, 2));
    p += 2;
    if (sep) {
      if (path[p] != path[i + 4]) continue;
      ++p;
    }
    const auto d = digits_value(path.substr(p, 2));
    p += 2;
    if (p < path.size() && text::is_digit(path[p])) continue;
    Date date{y, m, d};
    if (date.valid()) return date;
  }
  return std::nullopt;
}

std::string FyQuarter::label() const {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d/%02d Q%d", fy_start, (fy_start + 1) % 100, quarter);
  return buf;
}

FyQuarter quarter_of_month(int year, int month) {
  if (month >= 4) return {year, (month - 4) / 3 + 1};
  return {year - 1, 4};
}

namespace {

struct QuarterCandidate {
  FyQuarter q;
  int strength = 0;  // 3 explicit year, 2 from months, 1 bare quarter number
};

int quarter_number(const std::vector<Token>& t, std::size_t i, std::size_t* consumed) {
  // "Q2", "q2"
  if (t[i].is_word() && t[i].text.size() == 2 && (t[i].text[0] == 'Q' || t[i].text[0] == 'q') &&
      t[i].text[1] >= '1' && t[i].text[1] <= '4') {
    *consumed = 1;
    return t[i].text[1] - '0';
  }
  if (!(t[i].is_ci("quarter") || t[i].is_ci("qtr")) || i + 1 >= t.size()) return 0;
  const auto& n = t[i + 1];
  static constexpr std::array<std::string_view, 4> words{"one", "two", "three", "four"};
  static constexpr std::array<std::string_view, 4> ordinals{"1st", "2nd", "3rd", "4th"};
  for (std::size_t k = 0; k < 4; ++k)
    if (n.is_ci(words[k]) || n.is_ci(ordinals[k])) {
      *consumed = 2;
      return static_cast<int>(k) + 1;
    }
  if (n.is_number() && n.as_int() >= 1 && n.as_int() <= 4) {
    *consumed = 2;
    return n.as_int();
  }
  return 0;
}

/// "2023/24", "2023-24", "2023/2024" starting at token i: FY start year, else 0.
int financial_year_at(const std::vector<Token>& t, std::size_t i, std::size_t* consumed) {
  if (i + 2 >= t.size() || year_of(t[i]) < 0) return 0;
  if (!(t[i + 1].is_punct('/') || t[i + 1].is_punct('-')) || !t[i + 2].is_number()) return 0;
  const int start = year_of(t[i]);
  const int end = t[i + 2].as_int();
  const bool two = t[i + 2].text.size() == 2 && end == (start + 1) % 100;
  const bool four = t[i + 2].text.size() == 4 && end == start + 1;
  if (!two && !four) return 0;
  *consumed = 3;
  return start;
}

/// "September 2021" at token i: month and year.
bool month_year_at(const std::vector<Token>& t, std::size_t i, int* month, int* year) {
  if (i + 1 >= t.size()) return false;
  const int m = month_from_name(t[i].text);
  if (m == 0 || !t[i].capitalised()) return false;
  const int y = year_of(t[i + 1]);
  if (y < 0) return false;
  *month = m;
  *year = y;
  return true;
}

void scan_quarters(std::string_view s, std::vector<QuarterCandidate>& out) {
  const auto t = tokenize(s);
  for (std::size_t i = 0; i < t.size(); ++i) {
    std::size_t used = 0;
    // Month ranges and period ends: "July to September 2021", "end of September 2021".
    int m = 0, y = 0;
    if (i + 3 < t.size() && month_from_name(t[i].text) > 0 && t[i].capitalised() && t[i + 1].is_ci("to")) {
      std::size_t j = i + 2;
      if (t[j].is_ci("end") && j + 2 < t.size() && t[j + 1].is_ci("of")) j += 2;
      if (month_year_at(t, j, &m, &y)) {
        const int start_month = month_from_name(t[i].text);
        const auto q_end = quarter_of_month(y, m);
        const auto q_start = quarter_of_month(start_month <= m ? y : y - 1, start_month);
        if (q_end.fy_start == q_start.fy_start && q_end.quarter == q_start.quarter) out.push_back({q_end, 2});
      }
    }
    if ((t[i].is_ci("end") && i + 3 < t.size() && t[i + 1].is_ci("of") && month_year_at(t, i + 2, &m, &y)) ||
        (t[i].is_ci("at") && i + 2 < t.size() && i > 0 && t[i - 1].is_ci("as") && month_year_at(t, i + 1, &m, &y))) {
      if (m % 3 == 0) out.push_back({quarter_of_month(y, m), 2});  // quarter ends: Jun, Sep, Dec, Mar
    }
    const int q = quarter_number(t, i, &used);
    if (q == 0) continue;
    // Year after: "Quarter 2 2023/24", "Q2 2021/22"; before: "2022/23 Q3".
    std::size_t fy_used = 0;
    int fy = i + used < t.size() ? financial_year_at(t, i + used, &fy_used) : 0;
    if (fy == 0 && i >= 3) fy = financial_year_at(t, i - 3, &fy_used);
    if (fy > 0) {
      out.push_back({{fy, q}, 3});
      continue;
    }
    // A period end just before: "end of September 2021 (Quarter 2)".
    bool placed = false;
    for (std::size_t back = 1; back <= 6 && back <= i && !placed; ++back) {
      if (month_year_at(t, i - back, &m, &y)) {
        const auto mq = quarter_of_month(y, m);
        if (mq.quarter == q) {
          out.push_back({mq, 3});
          placed = true;
        }
      }
    }
    if (placed) continue;
    // "Quarter 2 2021": a calendar year.
    if (i + used < t.size() && year_of(t[i + used]) > 0) {
      const int year = year_of(t[i + used]);
      out.push_back({{q == 4 ? year - 1 : year, q}, 2});
      continue;
    }
    out.push_back({{0, q}, 1});
  }
}

/// The latest quarter numbered q that ends on or before the date.
FyQuarter place_bare_quarter(int q, const Date& meeting) {
  const auto current = quarter_of_month(meeting.year, meeting.month);
  int fy = current.fy_start;
  if (q >= current.quarter) --fy;  // that quarter of this year has not ended yet
  return {fy, q};
}

}  // namespace

std::string find_quarter(std::string_view title, std::string_view body, std::string_view meeting_date_iso) {
  std::vector<QuarterCandidate> candidates;
  scan_quarters(title, candidates);
  const std::size_t from_title = candidates.size();
  scan_quarters(body, candidates);
  const auto meeting = parse_iso_date(meeting_date_iso);

  const QuarterCandidate* best = nullptr;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const auto& c = candidates[i];
    if (c.strength == 1 && !meeting) continue;
    if (!best || c.strength > best->strength) best = &c;
    (void)from_title;
  }
  if (best) {
    if (best->strength == 1) return place_bare_quarter(best->q.quarter, *meeting).label();
    return best->q.label();
  }
  if (meeting) return quarter_of_month(meeting->year, meeting->month).label();
  return {};
}

}  // namespace minutes::analysis
