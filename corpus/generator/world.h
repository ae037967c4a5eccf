// The synthetic world: councils with rosters, portfolios and committees,
// and the calendar of meetings chosen to hold exactly N agenda items.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vocabulary.h"

namespace mcg {

struct Date {
  int y = 0, m = 0, d = 0;
  auto operator<=>(const Date&) const = default;
};

long days_from_civil(int y, int m, int d);
Date civil_from_days(long z);
int weekday(const Date& d);  // 0 = Monday
Date add_days(const Date& d, long n);
int days_in_month(int y, int m);
std::string iso_date(const Date& d);                // 2023-09-20
std::string_view month_name(int m);                 // September

struct Councillor {
  std::string first, last;
  std::vector<std::string> roles;
};

struct Committee {
  int def = 0;               // index into Vocabulary::committees
  std::string slug;
  std::vector<int> members;  // councillor indexes
  int chair = -1;
};

struct Council {
  std::string name;      // "Ashbury County Council"
  std::string slug;      // "ashbury-county"
  std::string self_ref;  // "the County Council"
  std::uint64_t key = 0; // stream key for everything about this council
  std::uint32_t place_base = 0;
  std::vector<Councillor> councillors;
  int leader = -1;
  std::array<bool, kThemeCount> has_portfolio{};
  std::array<int, kThemeCount> covered_by{};   // theme whose portfolio covers t
  std::array<std::string_view, kThemeCount> portfolio{};  // name, if has_portfolio
  std::array<int, kThemeCount> cabinet_member{};          // councillor, if has_portfolio
  std::array<std::vector<std::string_view>, kThemeCount> officers;
  std::vector<Committee> committees;
  // House style.
  bool numbered = true;      // minute-numbered paragraphs vs plain paragraphs
  bool chairman = true;      // "Chairman" vs "Chair"
  std::array<int, 4> cllr_style{};  // weights: Cllr S, Cllr F S, Councillor S, Councillor F S
  int planning_ref_style = 0;
  std::string planning_prefix;      // "ACC" for county-style references

  std::string_view chair_word() const { return chairman ? "Chairman" : "Chair"; }
};

struct Meeting {
  int council = 0;
  int committee = 0;     // index into Council::committees
  Date date;
  int items = 0;         // agenda items written for this meeting
  int minute_start = 1;  // minute number of item 1
  int mid = 0;           // ModernGov meeting id
  Date prev_date;        // previous meeting of the same committee (or date - 1 month)
  int prev_minute = 0;   // minute number of the previous meeting's first item
  int prev_items = 0;
  std::uint64_t key = 0; // stream key for the meeting's text
};

struct Plan {
  std::vector<Council> councils;
  std::vector<Meeting> meetings;  // selected meetings, sorted by council, committee, date
  long long items = 0;
  int first_year = 2015, last_year = 2026;
};

/// Builds the world for `items` agenda items.  councils == 0 chooses a
/// count from the number of items.
Plan make_plan(std::uint64_t seed, long long items, int councils);

/// Lower-case ASCII slug: letters and digits, words joined by '-',
/// apostrophes dropped, at most max_len characters (cut at a word boundary).
std::string slugify(std::string_view text, std::size_t max_len = 60);

/// Place names: a per-council Zipf distribution over a space of thousands
/// of syllable-built names ("Ashbury", "Thornfield-on-Sea").
std::size_t place_space();
void append_place(std::string& out, std::size_t index);
std::size_t council_place_index(const Council& c, std::size_t rank);

}  // namespace mcg
