// Template expansion: slots, alternatives, acronyms, numbers, dates, names.
#include "composer.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace mcg {
namespace {

enum class S {
  Body, Council, CouncilName, Chair, ChairWord, Cm, CmName, Portfolio, Leader,
  Cllr, SameCllr, CllrDir, Officer, S151, Resident,
  Money, MoneySmall, MoneyBig, Pct, PctSmall, PctHigh, PctMid, N, NSmall, NMid, NBig, Num1dp, Page, Para, NumWord, Vote, Votes,
  Year, LastYear, NextYear, Yy2, Fy, FyPrev, FyNext, Q, Qn, QPrev, QEnd, QMonths, Period,
  Date, DateFut, DatePast, DateShort, MonthYear, PastMonthYear, PrevMeeting, PrevMinute,
  Place, Road, Street, School, Scheme, Site, River,
  IPlace, IRoad, ISchool, IScheme, ISite, IDev, IRef,
  Adj, Noun, Vpp, Adv, When, Reason,
  Tn, Topic, Ta, Ts, Gs, Sent, Req, CmPoint,
  Title, About, OtherTitle, OtherCommittee, Ref, Dev, ItemRef,
};

const std::unordered_map<std::string_view, S>& slot_table() {
  static const std::unordered_map<std::string_view, S> t = {
      {"body", S::Body}, {"council", S::Council}, {"councilname", S::CouncilName},
      {"chair", S::Chair}, {"chairword", S::ChairWord}, {"cm", S::Cm}, {"cmname", S::CmName},
      {"portfolio", S::Portfolio}, {"leader", S::Leader}, {"cllr", S::Cllr},
      {"samecllr", S::SameCllr}, {"cllrdir", S::CllrDir}, {"officer", S::Officer},
      {"s151", S::S151}, {"resident", S::Resident}, {"money", S::Money},
      {"moneysmall", S::MoneySmall}, {"moneybig", S::MoneyBig}, {"pct", S::Pct},
      {"pctsmall", S::PctSmall}, {"pcthigh", S::PctHigh}, {"pctmid", S::PctMid},
      {"n", S::N}, {"nsmall", S::NSmall}, {"nmid", S::NMid}, {"nbig", S::NBig}, {"num1dp", S::Num1dp},
      {"page", S::Page}, {"para", S::Para}, {"numword", S::NumWord}, {"vote", S::Vote},
      {"votes", S::Votes}, {"year", S::Year}, {"lastyear", S::LastYear},
      {"nextyear", S::NextYear}, {"yy2", S::Yy2}, {"fy", S::Fy}, {"fyprev", S::FyPrev},
      {"fynext", S::FyNext}, {"q", S::Q}, {"qn", S::Qn}, {"qprev", S::QPrev},
      {"qend", S::QEnd}, {"qmonths", S::QMonths}, {"period", S::Period}, {"date", S::Date},
      {"datefut", S::DateFut}, {"datepast", S::DatePast}, {"dateshort", S::DateShort},
      {"monthyear", S::MonthYear}, {"pastmonthyear", S::PastMonthYear},
      {"prevmeeting", S::PrevMeeting}, {"prevminute", S::PrevMinute}, {"place", S::Place},
      {"road", S::Road}, {"street", S::Street}, {"school", S::School}, {"scheme", S::Scheme},
      {"site", S::Site}, {"river", S::River}, {"iplace", S::IPlace}, {"iroad", S::IRoad},
      {"ischool", S::ISchool}, {"ischeme", S::IScheme}, {"isite", S::ISite},
      {"idev", S::IDev}, {"iref", S::IRef}, {"adj", S::Adj}, {"noun", S::Noun},
      {"vpp", S::Vpp}, {"adv", S::Adv}, {"when", S::When}, {"reason", S::Reason},
      {"tn", S::Tn}, {"topic", S::Topic}, {"ta", S::Ta}, {"ts", S::Ts}, {"gs", S::Gs},
      {"s", S::Sent}, {"req", S::Req}, {"cmpoint", S::CmPoint}, {"title", S::Title},
      {"about", S::About}, {"othertitle", S::OtherTitle},
      {"othercommittee", S::OtherCommittee}, {"ref", S::Ref}, {"dev", S::Dev},
      {"itemref", S::ItemRef},
  };
  return t;
}

constexpr std::string_view kNumberWords[] = {"zero", "one", "two",   "three", "four",
                                             "five", "six", "seven", "eight", "nine"};
constexpr std::string_view kOrdinals[] = {"", "first", "second", "third", "fourth"};

void append_int(std::string& out, long v) {
  char buf[24];
  int n = 0;
  bool neg = v < 0;
  unsigned long u = neg ? static_cast<unsigned long>(-v) : static_cast<unsigned long>(v);
  do {
    buf[n++] = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u);
  if (neg) out += '-';
  while (n) out += buf[--n];
}

void append_2d(std::string& out, int v) {
  out += static_cast<char>('0' + (v / 10) % 10);
  out += static_cast<char>('0' + v % 10);
}

// "£" in UTF-8.
constexpr std::string_view kPound = "\xC2\xA3";

const Zipf& place_zipf() {
  static const Zipf z(place_space(), 3);
  return z;
}
const Zipf& road_zipf() {
  static const Zipf z(400, 2);
  return z;
}

}  // namespace

bool Composer::is_known_slot(std::string_view name) {
  if (name.size() > 2 && name.substr(0, 2) == "A:") return vocab().acronym(name.substr(2)) >= 0;
  if (name.size() > 3 && name.substr(0, 3) == "As:") return vocab().acronym(name.substr(3)) >= 0;
  std::string lower(name);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return slot_table().count(lower) > 0;
}

Composer::Composer(const Plan& plan, const Meeting& meeting, Rng& rng)
    : v_(vocab()),
      meeting_(meeting),
      council_(plan.councils[static_cast<std::size_t>(meeting.council)]),
      committee_(council_.committees[static_cast<std::size_t>(meeting.committee)]),
      def_(v_.committees[static_cast<std::size_t>(committee_.def)]),
      rng_(rng) {
  // Latest quarter end at least one month before the meeting month.
  int e = meeting.date.y * 12 + (meeting.date.m - 1) - 1;
  while (e % 12 % 3 != 2) --e;
  q_end_month_ = e % 12 + 1;
  q_end_year_ = e / 12;
  q_ = q_end_month_ == 3 ? 4 : q_end_month_ / 3 - 1;
  q_fy_ = q_end_month_ == 3 ? q_end_year_ - 1 : q_end_year_;
  acr_used_.assign(v_.acronyms.size(), 0);
}

void Composer::begin_item(int theme, ItemVars* vars) {
  theme_ = theme;
  vars_ = vars;
  std::fill(acr_used_.begin(), acr_used_.end(), 0);
  used_templates_.clear();
  last_cllr_ = -1;
  title_ = about_ = {};
}

// ---------------------------------------------------------------- expand --
void Composer::expand(std::string& out, std::string_view t) {
  if (++depth_ > 12) throw std::logic_error("template recursion too deep");
  std::size_t i = 0;
  while (i < t.size()) {
    const char c = t[i];
    if (c == '{') {
      const std::size_t j = t.find('}', i);
      if (j == std::string_view::npos) throw std::logic_error("unclosed { in template");
      slot(out, t.substr(i + 1, j - i - 1));
      i = j + 1;
    } else if (c == '[') {
      int level = 0;
      std::size_t j = i;
      for (; j < t.size(); ++j) {
        if (t[j] == '[') ++level;
        else if (t[j] == ']' && --level == 0) break;
      }
      if (j >= t.size()) throw std::logic_error("unclosed [ in template");
      alternatives(out, t.substr(i + 1, j - i - 1));
      i = j + 1;
    } else {
      std::size_t j = t.find_first_of("{[", i);
      if (j == std::string_view::npos) j = t.size();
      out.append(t.data() + i, j - i);
      i = j;
    }
  }
  --depth_;
}

void Composer::alternatives(std::string& out, std::string_view body) {
  // Split at top-level '|'.
  std::size_t starts[16];
  std::size_t ends[16];
  int count = 0;
  int level = 0;
  std::size_t begin = 0;
  for (std::size_t k = 0; k <= body.size(); ++k) {
    const char c = k < body.size() ? body[k] : '|';
    if (c == '[' || c == '{') ++level;
    else if (c == ']' || c == '}') --level;
    else if (c == '|' && level == 0) {
      if (count == 16) throw std::logic_error("too many alternatives");
      starts[count] = begin;
      ends[count] = k;
      ++count;
      begin = k + 1;
    }
  }
  const auto pick = static_cast<std::size_t>(rng_.below(static_cast<std::uint32_t>(count)));
  expand(out, body.substr(starts[pick], ends[pick] - starts[pick]));
}

std::size_t Composer::fresh_index(const WordList& list, bool zipf, bool* was_fresh) {
  std::size_t k = 0;
  bool ok = false;
  for (int attempt = 0; attempt < 4 && !ok; ++attempt) {
    k = zipf ? list.zipf.sample(rng_) : rng_.index(list.size());
    ok = std::find(used_templates_.begin(), used_templates_.end(), list.items[k].data()) ==
         used_templates_.end();
  }
  used_templates_.push_back(list.items[k].data());
  if (was_fresh) *was_fresh = ok;
  return k;
}

void Composer::slot(std::string& out, std::string_view name) {
  if (name.size() > 2 && name[1] == ':' && name[0] == 'A') {
    acronym(out, name.substr(2), false);
    return;
  }
  if (name.size() > 3 && name[2] == ':' && name[0] == 'A' && name[1] == 's') {
    acronym(out, name.substr(3), true);
    return;
  }
  char buf[32];
  if (name.empty() || name.size() >= sizeof buf) throw std::logic_error("bad slot name");
  for (std::size_t k = 0; k < name.size(); ++k) {
    const char c = name[k];
    buf[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const auto& table = slot_table();
  auto it = table.find(std::string_view(buf, name.size()));
  if (it == table.end()) throw std::logic_error("unknown slot {" + std::string(name) + "}");
  const bool cap = name[0] >= 'A' && name[0] <= 'Z';
  const std::size_t start = out.size();
  const Date& md = meeting_.date;
  const ThemeDef& th = theme_def();

  switch (it->second) {
    case S::Body: out += def_.body; break;
    case S::Council: out += council_.self_ref; break;
    case S::CouncilName: out += council_.name; break;
    case S::Chair: out += "the "; out += council_.chair_word(); break;
    case S::ChairWord: out += council_.chair_word(); break;
    case S::Cm: append_cabinet_member_title(out, theme_); break;
    case S::CmName: {
      const int who = cabinet_member(theme_);
      const Councillor& p = council_.councillors[static_cast<std::size_t>(who)];
      out += "Cllr ";
      if (rng_.chance(50)) { out += p.first; out += ' '; }
      out += p.last;
      break;
    }
    case S::Portfolio:
      out += council_.portfolio[static_cast<std::size_t>(council_.covered_by[static_cast<std::size_t>(theme_)])];
      break;
    case S::Leader: out += "the Leader of the Council"; break;
    case S::Cllr: append_councillor(out, pick_member()); break;
    case S::SameCllr: {
      if (last_cllr_ < 0) last_cllr_ = pick_member();
      out += "Councillor ";
      out += council_.councillors[static_cast<std::size_t>(last_cllr_)].last;
      break;
    }
    case S::CllrDir: {
      last_cllr_ = pick_member();
      out += "Councillor ";
      out += council_.councillors[static_cast<std::size_t>(last_cllr_)].last;
      break;
    }
    case S::Officer: {
      const auto& offs = council_.officers[static_cast<std::size_t>(theme_)];
      out += offs[rng_.chance(55) ? 0 : rng_.index(offs.size())];
      break;
    }
    case S::S151: out += council_.officers[kFinance][0]; break;
    case S::Resident: resident(out); break;
    case S::Money: money(out, 0); break;
    case S::MoneySmall: money(out, 1); break;
    case S::MoneyBig: money(out, 2); break;
    case S::Pct: percent(out, false); break;
    case S::PctSmall: percent(out, true); break;
    case S::PctHigh:
      append_int(out, rng_.range(85, 99));
      out += '.';
      append_int(out, rng_.range(0, 9));
      out += '%';
      break;
    case S::PctMid:
      append_int(out, rng_.range(30, 65));
      if (rng_.chance(60)) {
        out += '.';
        append_int(out, rng_.range(0, 9));
      }
      out += '%';
      break;
    case S::N: append_int(out, rng_.range(2, 40)); break;
    case S::NSmall: append_int(out, rng_.range(1, 9)); break;
    case S::NMid: append_int(out, rng_.range(10, 60)); break;
    case S::NBig: number(out, rng_.range(100, 4999)); break;
    case S::Num1dp:
      append_int(out, rng_.range(1, 12));
      out += '.';
      append_int(out, rng_.range(0, 9));
      break;
    case S::Page: append_int(out, rng_.range(5, 120)); break;
    case S::Para: append_int(out, rng_.range(3, 60)); break;
    case S::NumWord: out += kNumberWords[rng_.range(2, 9)]; break;
    case S::Vote: append_int(out, rng_.range(0, 9)); break;
    case S::Votes: append_int(out, rng_.range(20, 60)); break;
    case S::Year: append_int(out, md.y); break;
    case S::LastYear: append_int(out, md.y - 1); break;
    case S::NextYear: append_int(out, md.y + 1); break;
    case S::Yy2: append_2d(out, (md.y + 2) % 100); break;
    case S::Fy: fy_label(out, q_fy_); break;
    case S::FyPrev: fy_label(out, q_ == 4 ? q_fy_ : q_fy_ - 1); break;  // latest completed year
    case S::FyNext: fy_label(out, q_fy_ + 1); break;
    case S::Q: quarter_phrase(out); break;
    case S::Qn: append_int(out, q_); break;
    case S::QPrev: prev_quarter_phrase(out); break;
    case S::QEnd:
      out += "end of ";
      out += month_name(q_end_month_);
      out += ' ';
      append_int(out, q_end_year_);
      break;
    case S::QMonths:
      out += month_name(q_end_month_ - 2);
      out += " to ";
      out += month_name(q_end_month_);
      out += ' ';
      append_int(out, q_end_year_);
      break;
    case S::Period: out += item_var(&ItemVars::period, &Composer::period); break;
    case S::Date: long_date(out, add_days(md, rng_.range(-90, 90))); break;
    case S::DateFut: long_date(out, add_days(md, rng_.range(14, 180))); break;
    case S::DatePast: long_date(out, add_days(md, -rng_.range(7, 120))); break;
    case S::DateShort: {
      const mcg::Date d = add_days(md, -rng_.range(7, 150));
      append_2d(out, d.d);
      out += '/';
      append_2d(out, d.m);
      out += '/';
      append_2d(out, d.y % 100);
      break;
    }
    case S::MonthYear:
    case S::PastMonthYear: {
      const int delta = it->second == S::MonthYear ? rng_.range(1, 6) : -rng_.range(1, 12);
      const int mi = md.y * 12 + md.m - 1 + delta;
      out += month_name(mi % 12 + 1);
      out += ' ';
      append_int(out, mi / 12);
      break;
    }
    case S::PrevMeeting: long_date(out, meeting_.prev_date); break;
    case S::PrevMinute: {
      const int base = meeting_.prev_minute > 0 ? meeting_.prev_minute : std::max(1, meeting_.minute_start - 6);
      const int span = meeting_.prev_items > 0 ? meeting_.prev_items : 6;
      append_int(out, base + rng_.range(0, span - 1));
      out += '.';
      append_int(out, rng_.range(1, 6));
      break;
    }
    case S::Place: place(out); break;
    case S::Road: road(out); break;
    case S::Street: street(out); break;
    case S::School: school(out); break;
    case S::Scheme: scheme(out); break;
    case S::Site: expand(out, v_.proc.plan_sites.draw(rng_)); break;
    case S::River: out += v_.rivers.draw(rng_); break;
    case S::IPlace: out += item_var(&ItemVars::place, &Composer::place); break;
    case S::IRoad: out += item_var(&ItemVars::road, &Composer::road); break;
    case S::ISchool: out += item_var(&ItemVars::school, &Composer::school); break;
    case S::IScheme: out += item_var(&ItemVars::scheme, &Composer::scheme); break;
    case S::ISite:
      if (vars_ && vars_->site.empty()) expand(vars_->site, v_.proc.plan_sites.draw(rng_));
      if (vars_) out += vars_->site; else expand(out, v_.proc.plan_sites.draw(rng_));
      break;
    case S::IDev:
      if (vars_ && vars_->dev.empty()) expand(vars_->dev, v_.proc.plan_devs.draw(rng_));
      if (vars_) out += vars_->dev; else expand(out, v_.proc.plan_devs.draw(rng_));
      break;
    case S::IRef: out += item_var(&ItemVars::ref, &Composer::planning_ref); break;
    case S::Adj: out += v_.adjectives.draw(rng_); fix_article(out, start); break;
    case S::Noun: out += v_.nouns.draw(rng_); fix_article(out, start); break;
    case S::Vpp: out += v_.participles.draw(rng_); break;
    case S::Adv: out += v_.adverbs.draw(rng_); break;
    case S::When: expand(out, v_.when.draw(rng_)); break;
    case S::Reason: expand(out, v_.reasons.draw(rng_)); break;
    case S::Tn: expand(out, th.nouns.draw(rng_)); fix_article(out, start); break;
    case S::Topic: expand(out, fresh(th.topics, true)); break;
    case S::Ta:
      if (th.acronyms.empty()) expand(out, th.nouns.draw(rng_));
      else acronym(out, v_.acronyms[static_cast<std::size_t>(th.acronyms[rng_.index(th.acronyms.size())])].abbr, false);
      break;
    case S::Ts: expand(out, fresh(th.sentences, false)); break;
    case S::Gs: expand(out, fresh(v_.generic_sentences, true)); break;
    case S::Sent: {
      // Prefer the theme's own sentences; once they are used up, fall back
      // to the generic ones rather than repeat.
      bool ok = false;
      if (rng_.chance(55)) {
        const std::size_t k = fresh_index(th.sentences, false, &ok);
        if (ok) expand(out, th.sentences.items[k]);
      }
      if (!ok) expand(out, fresh(v_.generic_sentences, true));
      break;
    }
    case S::Req:
      expand(out, rng_.chance(60) ? fresh(th.requests, false) : fresh(v_.generic_requests, false));
      break;
    case S::CmPoint: expand(out, fresh(th.cm_points, false)); break;
    case S::Title: out += title_; break;
    case S::About: out += about_; break;
    case S::OtherTitle: expand(out, th.titles[th.title_zipf.sample(rng_)].title); break;
    case S::OtherCommittee: {
      const auto& cms = council_.committees;
      std::size_t k = rng_.index(cms.size());
      if (&cms[k] == &committee_) k = (k + 1) % cms.size();
      if (&cms[k] == &committee_) { out += "Cabinet"; break; }
      out += "the ";
      out += v_.committees[static_cast<std::size_t>(cms[k].def)].name;
      break;
    }
    case S::Ref: planning_ref(out); break;
    case S::Dev: expand(out, v_.proc.plan_devs.draw(rng_)); break;
    case S::ItemRef:
      if (item_refs_.empty()) out += "item 4";
      else out += item_refs_[rng_.index(item_refs_.size())];
      break;
  }
  if (cap && out.size() > start && out[start] >= 'a' && out[start] <= 'z')
    out[start] = static_cast<char>(out[start] - 'a' + 'A');
}

void Composer::fix_article(std::string& out, std::size_t start) {
  // "a adequate" -> "an adequate"; the word was just appended at `start`.
  if (start < 2 || start >= out.size() || out[start - 1] != ' ') return;
  const char a = out[start - 2];
  if (a != 'a' && a != 'A') return;
  if (start >= 3 && out[start - 3] != ' ' && out[start - 3] != '\n') return;
  const char c = out[start];
  if (c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u' && c != 'A' && c != 'E' &&
      c != 'I' && c != 'O' && c != 'U')
    return;
  const std::string_view word(out.data() + start, out.size() - start);
  if (word.starts_with("one") || word.starts_with("uni") || word.starts_with("use") ||
      word.starts_with("eu"))
    return;
  out.insert(out.begin() + static_cast<long>(start - 1), 'n');
}

void Composer::acronym(std::string& out, std::string_view abbr, bool plural) {
  const int id = v_.acronym(abbr);
  if (id < 0) throw std::logic_error("unknown acronym " + std::string(abbr));
  const AcronymDef& a = v_.acronyms[static_cast<std::size_t>(id)];
  auto& used = acr_used_[static_cast<std::size_t>(id)];
  if (!used) {
    used = 1;
    if (plural && !a.plural.empty()) {
      out += a.plural;
    } else {
      out += a.expansion;
      if (plural) out += 's';
    }
    out += " (";
    out += a.abbr;
    if (plural) out += 's';
    out += ')';
  } else {
    out += a.abbr;
    if (plural) out += 's';
  }
}

// ------------------------------------------------------------- numbers --
void Composer::number(std::string& out, long value) {
  if (value >= 1000) {
    number(out, value / 1000);
    out += ',';
    const long rest = value % 1000;
    out += static_cast<char>('0' + rest / 100);
    out += static_cast<char>('0' + rest / 10 % 10);
    out += static_cast<char>('0' + rest % 10);
  } else {
    append_int(out, value);
  }
}

void Composer::money(std::string& out, int kind) {
  out += kPound;
  const unsigned r = rng_.below(100);
  if (kind == 0) {
    if (r < 55) {
      append_int(out, rng_.range(1, 20));
      out += '.';
      append_int(out, rng_.range(0, 9));
      out += 'm';
    } else if (r < 68) {
      append_int(out, rng_.range(1, 9));
      out += '.';
      append_2d(out, rng_.range(1, 99));
      out += 'm';
    } else if (r < 93) {
      number(out, rng_.range(4, 199) * 5000L);
    } else {
      append_int(out, rng_.range(2, 30));
      out += 'm';
    }
  } else if (kind == 1) {
    if (r < 70) number(out, rng_.range(2, 199) * 500L);
    else if (r < 85) number(out, rng_.range(150, 2500));
    else { append_int(out, rng_.range(10, 950)); out += 'k'; }
  } else {
    if (r < 70) {
      append_int(out, rng_.range(10, 199));
      out += '.';
      append_int(out, rng_.range(0, 9));
      out += 'm';
    } else if (r < 92) {
      append_int(out, rng_.range(20, 950));
      out += 'm';
    } else {
      out += "1.";
      append_int(out, rng_.range(1, 9));
      out += "bn";
    }
  }
}

void Composer::percent(std::string& out, bool small) {
  const unsigned r = rng_.below(100);
  if (small) {
    append_int(out, rng_.range(0, 5));
    out += '.';
    if (r < 70) append_int(out, rng_.range(1, 9));
    else append_2d(out, rng_.range(1, 99));
  } else if (r < 55) {
    append_int(out, rng_.range(1, 95));
  } else if (r < 90) {
    append_int(out, rng_.range(1, 95));
    out += '.';
    append_int(out, rng_.range(1, 9));
  } else {
    append_int(out, rng_.range(1, 9));
    out += '.';
    append_2d(out, rng_.range(1, 99));
  }
  out += '%';
}

// --------------------------------------------------------------- dates --
void Composer::fy_label(std::string& out, int start_year) {
  append_int(out, start_year);
  out += '/';
  append_2d(out, (start_year + 1) % 100);
}

void Composer::quarter_phrase(std::string& out) {
  const unsigned r = rng_.below(100);
  if (r < 25) {
    out += "Quarter ";
    append_int(out, q_);
    out += ' ';
    fy_label(out, q_fy_);
  } else if (r < 45) {
    out += 'Q';
    append_int(out, q_);
    out += ' ';
    fy_label(out, q_fy_);
  } else if (r < 60) {
    out += "end of ";
    out += month_name(q_end_month_);
    out += ' ';
    append_int(out, q_end_year_);
    out += " (Quarter ";
    append_int(out, q_);
    out += ')';
  } else if (r < 75) {
    out += month_name(q_end_month_ - 2);
    out += " to ";
    out += month_name(q_end_month_);
    out += ' ';
    append_int(out, q_end_year_);
  } else if (r < 85) {
    out += "quarter ";
    append_int(out, q_);
  } else if (r < 93) {
    out += "quarter ";
    out += kNumberWords[q_];
  } else {
    out += "the ";
    out += kOrdinals[q_];
    out += " quarter of ";
    fy_label(out, q_fy_);
  }
}

void Composer::prev_quarter_phrase(std::string& out) {
  const unsigned r = rng_.below(4);
  if (q_ > 1) {
    const int p = q_ - 1;
    if (r == 0) { out += "quarter "; append_int(out, p); }
    else if (r == 1) { out += "Quarter "; append_int(out, p); }
    else if (r == 2) { out += 'Q'; append_int(out, p); }
    else { out += "quarter "; out += kNumberWords[p]; }
  } else {
    if (r < 2) { out += "quarter 4 of "; fy_label(out, q_fy_ - 1); }
    else { out += "Q4 "; fy_label(out, q_fy_ - 1); }
  }
}

void Composer::long_date(std::string& out, const Date& d) {
  append_int(out, d.d);
  out += ' ';
  out += month_name(d.m);
  out += ' ';
  append_int(out, d.y);
}

// -------------------------------------------------------- people, places --
void Composer::append_cabinet_member_title(std::string& out, int theme) const {
  out += "the Cabinet Member for ";
  out += council_.portfolio[static_cast<std::size_t>(council_.covered_by[static_cast<std::size_t>(theme)])];
}

int Composer::cabinet_member(int theme) const {
  return council_.cabinet_member[static_cast<std::size_t>(council_.covered_by[static_cast<std::size_t>(theme)])];
}

void Composer::append_councillor(std::string& out, int who, bool formal_surname_only) {
  last_cllr_ = who;
  const Councillor& p = council_.councillors[static_cast<std::size_t>(who)];
  if (formal_surname_only) {
    out += "Councillor ";
    out += p.last;
    return;
  }
  const auto& w = council_.cllr_style;
  const int total = w[0] + w[1] + w[2] + w[3];
  int r = static_cast<int>(rng_.below(static_cast<std::uint32_t>(total)));
  int style = 0;
  while (r >= w[static_cast<std::size_t>(style)]) r -= w[static_cast<std::size_t>(style++)];
  out += style < 2 ? "Cllr " : "Councillor ";
  if (style == 1 || style == 3) {
    out += p.first;
    out += ' ';
  }
  out += p.last;
}

int Composer::pick_member() {
  const auto& m = committee_.members;
  for (int attempt = 0; attempt < 4; ++attempt) {
    const int who = m[rng_.index(m.size())];
    if (who != committee_.chair || attempt == 3) return who;
  }
  return m[0];
}

void Composer::resident(std::string& out) {
  out += v_.first_names.draw(rng_);
  out += ' ';
  out += v_.officer_surnames.draw(rng_);
}

void Composer::place(std::string& out) {
  append_place(out, council_place_index(council_, place_zipf().sample(rng_)));
}

void Composer::road(std::string& out) {
  const std::uint64_t h = mix(council_.key ^ 0x40ADull, road_zipf().sample(rng_));
  const unsigned kind = static_cast<unsigned>(h % 10);
  const unsigned long n = static_cast<unsigned long>(h >> 8);
  if (kind < 3) { out += 'A'; append_int(out, static_cast<long>(1 + n % 99)); }
  else if (kind < 6) { out += 'A'; append_int(out, static_cast<long>(100 + n % 900)); }
  else if (kind < 7) { out += 'A'; append_int(out, static_cast<long>(1000 + n % 3000)); }
  else { out += 'B'; append_int(out, static_cast<long>(1000 + n % 9000)); }
}

void Composer::street(std::string& out) {
  static constexpr std::string_view kCommon[] = {"Station Road", "High Street", "Church Lane",
                                                 "London Road", "Mill Lane", "School Road",
                                                 "Victoria Road", "The Street"};
  const unsigned r = rng_.below(100);
  if (r < 25) {
    out += kCommon[rng_.below(8)];
    return;
  }
  if (r < 70) place(out);
  else if (r < 85) out += v_.trees.draw(rng_);
  else out += v_.officer_surnames.draw(rng_);
  out += ' ';
  out += v_.road_kinds.draw(rng_);
}

void Composer::school(std::string& out) {
  const unsigned r = rng_.below(100);
  if (r < 18) {
    out += "St ";
    out += v_.saints.draw(rng_);
    out += "\xE2\x80\x99s CE Primary School";
  } else if (r < 19) {
    out += "Queen Elizabeth II Jubilee School";
  } else {
    place(out);
    out += ' ';
    out += v_.school_kinds.draw(rng_);
  }
}

void Composer::scheme(std::string& out) {
  place(out);
  out += ' ';
  out += v_.scheme_kinds.draw(rng_);
}

void Composer::period(std::string& out) {
  // A plan period ("2023-2027"), fixed per item so that title and text agree.
  const int first = q_fy_ + rng_.range(-1, 1);
  static constexpr int kLens[] = {3, 4, 4, 5, 4, 10};
  append_int(out, first);
  out += rng_.chance(15) ? "\xE2\x80\x93" : "-";
  append_int(out, first + kLens[rng_.below(6)]);
}

void Composer::planning_ref(std::string& out) {
  const int yy = (meeting_.date.y - (rng_.chance(40) ? 1 : 0)) % 100;
  switch (council_.planning_ref_style) {
    case 0:
      out += council_.planning_prefix;
      out += '/';
      append_2d(out, rng_.range(0, 9));
      append_int(out, rng_.range(0, 9));
      out += '/';
      append_2d(out, yy);
      break;
    case 1:
      out += "DC/";
      append_2d(out, yy);
      out += '/';
      append_int(out, rng_.range(1000, 3999));
      break;
    default: {
      static constexpr std::string_view kTypes[] = {"FUL", "OUT", "REM", "FUL", "VAR"};
      append_2d(out, yy);
      out += "/0";
      append_int(out, rng_.range(1000, 4999));
      out += '/';
      out += kTypes[rng_.below(5)];
    }
  }
}

const std::string& Composer::item_var(std::string ItemVars::*field,
                                      void (Composer::*gen)(std::string&)) {
  static thread_local std::string scratch;
  if (!vars_) {
    scratch.clear();
    (this->*gen)(scratch);
    return scratch;
  }
  std::string& s = vars_->*field;
  if (s.empty()) (this->*gen)(s);
  return s;
}

}  // namespace mcg
