// Dates and UK financial-year quarters (April to March).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace minutes::analysis {

struct Date {
  int year = 0, month = 0, day = 0;
  std::string iso() const;  // "2021-11-17"
  bool valid() const;
};

/// "2021-11-17" -> Date; nullopt unless the text is exactly a real date.
std::optional<Date> parse_iso_date(std::string_view s);

/// 1..12 for "January", "Jan", "Sept" (any case), else 0.
int month_from_name(std::string_view word);

/// The first full date written in text: "30 January 2025", "Thursday, 30th
/// January 2025", "January 30, 2025", "30/01/2025".
std::optional<Date> find_date_in_text(std::string_view text);

/// A date in a path: "2021-11-17", "2021_11_17", "20211117" in any component.
std::optional<Date> find_date_in_path(std::string_view path);

struct FyQuarter {
  int fy_start = 0;  // 2021 for 2021/22
  int quarter = 0;   // 1..4
  std::string label() const;  // "2021/22 Q2"
  bool valid() const { return fy_start > 0 && quarter >= 1 && quarter <= 4; }
};

/// The financial-year quarter holding a month: September 2021 -> 2021/22 Q2.
FyQuarter quarter_of_month(int year, int month);

/// The quarter a minutes item reports on, from its title and text:
/// "Quarter 2 2023/24", "Q3 2022/23", "2022/23 Q3", "end of September 2021
/// (Quarter 2)", "July to September 2021"; a bare "Quarter 2" is placed by
/// the meeting date (the latest such quarter ending before the meeting);
/// with none of these, the meeting date's own quarter.  Empty when nothing
/// is known.
std::string find_quarter(std::string_view title, std::string_view body, std::string_view meeting_date_iso);

}  // namespace minutes::analysis
