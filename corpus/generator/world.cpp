// Councils, rosters, committees and the meeting calendar.
#include "world.h"

#include <algorithm>
#include <numeric>
#include <set>
#include <stdexcept>

#include "rng.h"

namespace mcg {

// ------------------------------------------------------------------ dates --
// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = static_cast<long>(y) - era * 400;
  const long doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  const long y = yoe + era * 400 + (m <= 2);
  return Date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

int weekday(const Date& d) {
  const long z = days_from_civil(d.y, d.m, d.d);  // 1970-01-01 was a Thursday
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

Date add_days(const Date& d, long n) {
  return civil_from_days(days_from_civil(d.y, d.m, d.d) + n);
}

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

std::string iso_date(const Date& d) {
  char buf[16];
  buf[0] = static_cast<char>('0' + d.y / 1000 % 10);
  buf[1] = static_cast<char>('0' + d.y / 100 % 10);
  buf[2] = static_cast<char>('0' + d.y / 10 % 10);
  buf[3] = static_cast<char>('0' + d.y % 10);
  buf[4] = '-';
  buf[5] = static_cast<char>('0' + d.m / 10);
  buf[6] = static_cast<char>('0' + d.m % 10);
  buf[7] = '-';
  buf[8] = static_cast<char>('0' + d.d / 10);
  buf[9] = static_cast<char>('0' + d.d % 10);
  return std::string(buf, 10);
}

std::string_view month_name(int m) {
  static constexpr std::string_view kMonths[] = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return kMonths[m - 1];
}

// ------------------------------------------------------------------ slugs --
std::string slugify(std::string_view text, std::size_t max_len) {
  std::string out;
  bool pending_dash = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\'') continue;
    // U+2019 RIGHT SINGLE QUOTATION MARK (E2 80 99) is an apostrophe too.
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        static_cast<unsigned char>(text[i + 2]) == 0x99) {
      i += 2;
      continue;
    }
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (pending_dash && !out.empty()) out += '-';
      pending_dash = false;
      out += static_cast<char>(c);
    } else if (c >= 'A' && c <= 'Z') {
      if (pending_dash && !out.empty()) out += '-';
      pending_dash = false;
      out += static_cast<char>(c - 'A' + 'a');
    } else if (c < 0x80 || c >= 0xC0) {
      pending_dash = true;  // separator, or the lead byte of a UTF-8 sequence
    }
  }
  if (out.size() > max_len) {
    std::size_t cut = out.rfind('-', max_len);
    out.resize(cut == std::string::npos || cut < max_len / 2 ? max_len : cut);
    while (!out.empty() && out.back() == '-') out.pop_back();
  }
  if (out.empty()) out = "item";
  return out;
}

// ----------------------------------------------------------------- places --
std::size_t place_space() {
  const auto& v = vocab();
  return v.place_prefixes.size() * v.place_suffixes.size();
}

void append_place(std::string& out, std::size_t index) {
  const auto& v = vocab();
  const std::size_t ns = v.place_suffixes.size();
  std::string_view pre = v.place_prefixes.items[(index / ns) % v.place_prefixes.size()];
  std::string_view suf = v.place_suffixes.items[index % ns];
  const std::uint64_t h = mix(index, 0x91ACE) % 1000;
  if (h < 25) out += "Great ";
  else if (h < 40) out += "Little ";
  else if (h < 50) out += "Upper ";
  else if (h < 58) out += "Lower ";
  else if (h < 70) out += "East ";
  else if (h < 80) out += "North ";
  const std::size_t start = out.size();
  out += pre;
  // Avoid a tripled letter: "Mill" + "ley" -> "Milley".
  if (pre.size() >= 2 && pre[pre.size() - 1] == pre[pre.size() - 2] && !suf.empty() &&
      suf[0] == pre.back())
    out.pop_back();
  out += suf;
  (void)start;
  if (h >= 900 && h < 930) {
    out += "-on-Sea";
  } else if (h >= 930 && h < 960) {
    out += "-upon-";
    out += v.rivers.items[mix(index, 7) % v.rivers.size()];
  } else if (h >= 960 && h < 975) {
    out += "-le-";
    out += v.trees.items[mix(index, 11) % v.trees.size()];
    out += 's';
  } else if (h >= 975) {
    out += "-in-";
    out += v.place_prefixes.items[mix(index, 13) % v.place_prefixes.size()];
    out += "dale";
  }
}

std::size_t council_place_index(const Council& c, std::size_t rank) {
  return (c.place_base + rank * 7919) % place_space();
}

// --------------------------------------------------------------- councils --
namespace {

int draw_weighted(Rng& rng, const std::vector<int>& weights) {
  const int total = std::accumulate(weights.begin(), weights.end(), 0);
  if (total <= 0) return -1;
  int r = static_cast<int>(rng.below(static_cast<std::uint32_t>(total)));
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (r < weights[i]) return static_cast<int>(i);
    r -= weights[i];
  }
  return -1;
}

std::string council_name(Rng& rng, std::size_t place, std::string_view& self_ref) {
  const auto& v = vocab();
  const std::string_view kind_line = v.council_kinds.draw(rng);
  const std::size_t sep = kind_line.find(" ~ ");
  const std::string_view kind = kind_line.substr(0, sep);
  self_ref = kind_line.substr(sep + 3);
  std::string name;
  if (kind == "County Council" && rng.chance(20)) {
    static constexpr std::string_view kDirs[] = {"West ", "East ", "North ", "South "};
    name += kDirs[rng.below(4)];
  }
  std::string p;
  append_place(p, place);
  // Council names use the plain form of the place ("Great Ashbury" is fine,
  // "Ashbury-on-Sea County Council" less so).
  const std::size_t dash = p.find('-');
  if (dash != std::string::npos) p.resize(dash);
  name += p;
  name += ' ';
  name += kind;
  return name;
}

void build_roster(Council& c, Rng& rng) {
  const auto& v = vocab();
  const int n = rng.range(30, 70);
  std::set<std::string> used;
  for (int i = 0; i < n; ++i) {
    Councillor who;
    who.first = std::string(v.first_names.draw(rng));
    for (int attempt = 0;; ++attempt) {
      std::string last;
      if (attempt >= 20 || rng.chance(7)) {
        last = std::string(v.councillor_surnames.draw(rng));
        std::string_view second = v.councillor_surnames.any(rng);
        if (second == last) continue;
        last += '-';
        last += second;
      } else {
        last = std::string(v.councillor_surnames.draw(rng));
      }
      if (used.insert(last).second) {
        who.last = std::move(last);
        break;
      }
    }
    c.councillors.push_back(std::move(who));
  }
  std::sort(c.councillors.begin(), c.councillors.end(),
            [](const Councillor& a, const Councillor& b) {
              return a.last != b.last ? a.last < b.last : a.first < b.first;
            });
}

void choose_portfolios(Council& c, Rng& rng) {
  const auto& v = vocab();
  std::vector<int> optional;
  for (int t = 0; t < kThemeCount; ++t) {
    c.has_portfolio[static_cast<std::size_t>(t)] = v.themes[static_cast<std::size_t>(t)].core;
    if (!v.themes[static_cast<std::size_t>(t)].core) optional.push_back(t);
  }
  rng.shuffle(optional);
  const int extra = rng.range(0, 4);
  for (int i = 0; i < extra; ++i) c.has_portfolio[static_cast<std::size_t>(optional[static_cast<std::size_t>(i)])] = true;

  std::set<std::string_view> names;
  for (int t = 0; t < kThemeCount; ++t) {
    const auto tt = static_cast<std::size_t>(t);
    const ThemeDef& th = v.themes[tt];
    int covering = t;
    while (!c.has_portfolio[static_cast<std::size_t>(covering)])
      covering = v.themes[static_cast<std::size_t>(covering)].fallback;
    c.covered_by[tt] = covering;
    if (c.has_portfolio[tt]) {
      std::string_view name = th.portfolios.draw(rng);
      for (int attempt = 0; attempt < 20 && names.count(name); ++attempt) name = th.portfolios.any(rng);
      names.insert(name);
      c.portfolio[tt] = name;
    }
    // Council-specific officer titles for the theme, most senior first.
    const std::size_t want = std::min<std::size_t>(th.officers.size(),
                                                   static_cast<std::size_t>(rng.range(2, 4)));
    std::vector<std::string_view>& offs = c.officers[tt];
    for (int attempt = 0; offs.size() < want && attempt < 50; ++attempt) {
      std::string_view o = th.officers.draw(rng);
      if (std::find(offs.begin(), offs.end(), o) == offs.end()) offs.push_back(o);
    }
  }
}

void choose_committees(Council& c, Rng& rng) {
  const auto& v = vocab();
  c.committees.push_back({0, slugify(v.committees[0].name), {}, -1});
  c.committees.push_back({1, slugify(v.committees[1].name), {}, -1});
  const int target = rng.range(4, 8);
  while (static_cast<int>(c.committees.size()) < target) {
    std::vector<int> w;
    for (std::size_t d = 0; d < v.committees.size(); ++d) {
      bool have = false;
      for (const auto& cm : c.committees) have = have || cm.def == static_cast<int>(d);
      w.push_back(have ? 0 : v.committees[d].pick_weight);
    }
    const int d = draw_weighted(rng, w);
    if (d < 0) break;
    c.committees.push_back({d, slugify(v.committees[static_cast<std::size_t>(d)].name), {}, -1});
  }
}

bool add_committee(Council& c, Rng& rng) {
  const auto& v = vocab();
  std::vector<int> w;
  for (std::size_t d = 0; d < v.committees.size(); ++d) {
    bool have = false;
    for (const auto& cm : c.committees) have = have || cm.def == static_cast<int>(d);
    w.push_back(have ? 0 : std::max(1, v.committees[d].pick_weight));
  }
  const int d = draw_weighted(rng, w);
  if (d < 0) return false;
  c.committees.push_back({d, slugify(v.committees[static_cast<std::size_t>(d)].name), {}, -1});
  return true;
}

void assign_roles(Council& c, Rng& rng) {
  const auto& v = vocab();
  const int n = static_cast<int>(c.councillors.size());
  std::vector<int> order(static_cast<std::size_t>(n));
  std::iota(order.begin(), order.end(), 0);
  rng.shuffle(order);
  std::size_t pos = 0;
  auto role = [&](int who, std::string r) {
    c.councillors[static_cast<std::size_t>(who)].roles.push_back(std::move(r));
  };
  c.leader = order[pos++];
  role(c.leader, "Leader of the Council");
  std::vector<bool> cabinet(static_cast<std::size_t>(n), false);
  cabinet[static_cast<std::size_t>(c.leader)] = true;
  bool deputy_named = false;
  for (int t = 0; t < kThemeCount; ++t) {
    const auto tt = static_cast<std::size_t>(t);
    c.cabinet_member[tt] = -1;
    if (!c.has_portfolio[tt]) continue;
    const int who = order[pos++];
    c.cabinet_member[tt] = who;
    cabinet[static_cast<std::size_t>(who)] = true;
    if (!deputy_named) {
      role(who, "Deputy Leader");
      deputy_named = true;
    }
    role(who, "Cabinet Member for " + std::string(c.portfolio[tt]));
  }
  std::vector<int> backbench;
  for (std::size_t i = pos; i < order.size(); ++i) backbench.push_back(order[i]);

  const std::string chair_role = std::string(c.chair_word());
  std::size_t next_chair = 0;
  for (Committee& cm : c.committees) {
    const CommitteeDef& def = v.committees[static_cast<std::size_t>(cm.def)];
    if (def.kind == CommitteeKind::Cabinet) {
      cm.members.push_back(c.leader);
      for (int t = 0; t < kThemeCount; ++t)
        if (c.cabinet_member[static_cast<std::size_t>(t)] >= 0)
          cm.members.push_back(c.cabinet_member[static_cast<std::size_t>(t)]);
      cm.chair = c.leader;
      continue;
    }
    if (def.kind == CommitteeKind::Council) {
      cm.members.resize(static_cast<std::size_t>(n));
      std::iota(cm.members.begin(), cm.members.end(), 0);
      cm.chair = backbench[next_chair++ % backbench.size()];
      role(cm.chair, chair_role + " of the Council");
      role(backbench[next_chair++ % backbench.size()], "Vice-" + chair_role + " of the Council");
      continue;
    }
    std::vector<int> pool = backbench;
    rng.shuffle(pool);
    const std::size_t size = std::min(pool.size(), static_cast<std::size_t>(rng.range(9, 15)));
    cm.members.assign(pool.begin(), pool.begin() + static_cast<long>(size));
    // Chairs rotate through the backbench so that roles are spread out.
    cm.chair = backbench[next_chair++ % backbench.size()];
    const int vice = backbench[next_chair++ % backbench.size()];
    for (int who : {cm.chair, vice})
      if (std::find(cm.members.begin(), cm.members.end(), who) == cm.members.end())
        cm.members.push_back(who);
    role(cm.chair, chair_role + " of the " + std::string(def.name));
    role(vice, "Vice-" + chair_role + " of the " + std::string(def.name));
  }
  if (rng.chance(80)) role(backbench[next_chair++ % backbench.size()], "Leader of the Opposition");
}

Council make_council(std::uint64_t seed, int index, std::set<std::string>& names) {
  Council c;
  c.key = mix(seed, 0xC0C1'0000ull + static_cast<std::uint64_t>(index));
  Rng rng(c.key);
  const std::size_t space = place_space();
  std::string_view self_ref;
  for (int attempt = 0;; ++attempt) {
    const std::size_t place = rng.index(space);
    c.name = council_name(rng, place, self_ref);
    if (names.insert(c.name).second) break;
    if (attempt > 1000) throw std::runtime_error("cannot make unique council names");
  }
  c.self_ref = std::string(self_ref);
  std::string slug = slugify(c.name, 80);
  if (slug.size() > 8 && slug.ends_with("-council")) slug.resize(slug.size() - 8);
  c.slug = slug;
  c.place_base = static_cast<std::uint32_t>(rng.index(space));
  c.numbered = rng.chance(75);
  c.chairman = rng.chance(60);
  c.cllr_style = {rng.range(2, 8), rng.range(0, 5), rng.range(0, 4), rng.range(0, 1)};
  c.planning_ref_style = rng.range(0, 2);
  for (std::size_t i = 0; i < c.name.size(); ++i)
    if (c.name[i] >= 'A' && c.name[i] <= 'Z' && (i == 0 || c.name[i - 1] == ' '))
      c.planning_prefix += c.name[i];
  build_roster(c, rng);
  choose_portfolios(c, rng);
  choose_committees(c, rng);
  return c;
}

struct Slot {
  int council, committee;
  Date date;
  int items;
  std::uint64_t key;
};

/// Dates of one committee's meetings, roughly monthly (or per its cadence).
std::vector<Date> committee_dates(const Council& c, const Committee& cm, int first_year,
                                  int last_year) {
  const CommitteeDef& def = vocab().committees[static_cast<std::size_t>(cm.def)];
  Rng rng(mix(c.key, 0xCA1E'0000ull + static_cast<std::uint64_t>(cm.def)));
  const int wd = rng.chance(5) ? 4 : rng.range(0, 3);
  const int week = rng.range(1, 4);
  const int offset = rng.range(0, 11);
  std::vector<Date> out;
  for (int y = first_year; y <= last_year; ++y) {
    Rng yr(mix(mix(c.key, static_cast<std::uint64_t>(cm.def)), static_cast<std::uint64_t>(y)));
    std::vector<int> months;
    if (def.meetings_per_year >= 11) {
      for (int m = 1; m <= 12; ++m)
        if (m != 8 || def.meetings_per_year >= 12) months.push_back(m);
    } else {
      for (int k = 0; k < def.meetings_per_year; ++k) {
        const int m = 1 + (offset + k * 12 / def.meetings_per_year) % 12;
        if (m != 8) months.push_back(m);
      }
    }
    if (months.size() > 3 && yr.chance(10)) months.erase(months.begin() + static_cast<long>(yr.index(months.size())));
    for (int m : months) {
      const int first_wd = weekday(Date{y, m, 1});
      int d = 1 + (wd - first_wd + 7) % 7 + 7 * (week - 1);
      if (yr.chance(15)) d += yr.chance(50) ? 7 : -7;
      if (d < 1) d += 7;
      if (d > days_in_month(y, m)) d -= 7;
      out.push_back(Date{y, m, d});
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<Slot> calendar(const std::vector<Council>& councils, int first_year, int last_year,
                           long long& capacity) {
  std::vector<Slot> all;
  capacity = 0;
  for (std::size_t ci = 0; ci < councils.size(); ++ci) {
    const Council& c = councils[ci];
    for (std::size_t k = 0; k < c.committees.size(); ++k) {
      const Committee& cm = c.committees[k];
      const std::uint64_t ck = mix(c.key, 0x3EE7'0000ull + static_cast<std::uint64_t>(cm.def));
      for (const Date& d : committee_dates(c, cm, first_year, last_year)) {
        Slot s{static_cast<int>(ci), static_cast<int>(k), d, 0,
               mix(ck, static_cast<std::uint64_t>(days_from_civil(d.y, d.m, d.d) + 1000000))};
        Rng r(s.key);
        s.items = r.range(4, 12);
        capacity += s.items;
        all.push_back(s);
      }
    }
  }
  return all;
}

}  // namespace

Plan make_plan(std::uint64_t seed, long long items, int councils) {
  Plan plan;
  int k = councils;
  if (k <= 0) {
    const long long by_size = (items + 4999) / 5000;
    const long long large = (items + 6999) / 7000;
    k = static_cast<int>(std::max<long long>(std::clamp<long long>(by_size, 5, 20), large));
  }
  std::set<std::string> names;
  for (int i = 0; i < k; ++i) plan.councils.push_back(make_council(seed, i, names));

  // Grow until the calendar can hold the requested number of items: first
  // more committees per council, then earlier years.
  long long capacity = 0;
  std::vector<Slot> all;
  std::size_t grow_next = 0;
  for (;;) {
    all = calendar(plan.councils, plan.first_year, plan.last_year, capacity);
    if (capacity >= items) break;
    bool grown = false;
    for (std::size_t tries = 0; tries < plan.councils.size() && !grown; ++tries) {
      Council& c = plan.councils[grow_next++ % plan.councils.size()];
      Rng rng(mix(c.key, 0x960'0000ull + c.committees.size()));
      grown = add_committee(c, rng);
    }
    if (!grown) --plan.first_year;
  }
  for (Council& c : plan.councils) {
    Rng rng(mix(c.key, 0x201E5));
    assign_roles(c, rng);
  }

  // Minute numbers run through each committee's municipal year (May–April);
  // ModernGov meeting ids rise through each council's calendar.
  std::vector<Meeting> meetings;
  meetings.reserve(all.size());
  for (const Slot& s : all) {
    Meeting m;
    m.council = s.council;
    m.committee = s.committee;
    m.date = s.date;
    m.items = s.items;
    m.key = s.key;
    meetings.push_back(m);
  }
  // `all` is grouped by council and committee, in date order.
  for (std::size_t i = 0; i < meetings.size(); ++i) {
    Meeting& m = meetings[i];
    const bool continues = i > 0 && meetings[i - 1].council == m.council &&
                           meetings[i - 1].committee == m.committee;
    const auto municipal = [](const Date& d) { return d.m >= 5 ? d.y : d.y - 1; };
    if (continues) {
      const Meeting& p = meetings[i - 1];
      m.prev_date = p.date;
      m.prev_minute = p.minute_start;
      m.prev_items = p.items;
      m.minute_start = municipal(p.date) == municipal(m.date) ? p.minute_start + p.items : 1;
    } else {
      m.prev_date = add_days(m.date, -28);
      m.prev_minute = 0;
      m.prev_items = 0;
      m.minute_start = 1;
    }
  }
  {
    std::vector<std::size_t> idx(meetings.size());
    std::iota(idx.begin(), idx.end(), 0);
    std::sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) {
      const Meeting& x = meetings[a];
      const Meeting& y = meetings[b];
      if (x.council != y.council) return x.council < y.council;
      if (x.date != y.date) return x.date < y.date;
      return x.committee < y.committee;
    });
    int current = -1;
    int mid = 0;
    Rng rng(mix(seed, 0x1D5));
    for (std::size_t i : idx) {
      Meeting& m = meetings[i];
      if (m.council != current) {
        current = m.council;
        Rng base(mix(plan.councils[static_cast<std::size_t>(current)].key, 0xB45E));
        mid = 100 + static_cast<int>(base.below(3000));
      }
      mid += 1 + static_cast<int>(rng.below(3));
      m.mid = mid;
    }
  }

  // Choose a random subset of meetings, spread across all councils,
  // committees and years, holding exactly `items` agenda items.
  std::vector<std::size_t> order(meetings.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<std::uint64_t> sel(meetings.size());
  for (std::size_t i = 0; i < meetings.size(); ++i) sel[i] = mix(seed ^ 0x5E1EC7ull, meetings[i].key);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return sel[a] != sel[b] ? sel[a] < sel[b] : a < b;
  });
  long long taken = 0;
  std::vector<std::size_t> chosen;
  for (std::size_t i : order) {
    if (taken >= items) break;
    Meeting& m = meetings[i];
    const long long left = items - taken;
    if (m.items > left) m.items = static_cast<int>(left);
    taken += m.items;
    chosen.push_back(i);
  }
  std::sort(chosen.begin(), chosen.end());  // back to council, committee, date order
  for (std::size_t i : chosen) plan.meetings.push_back(meetings[i]);
  plan.items = taken;
  return plan;
}

}  // namespace mcg
