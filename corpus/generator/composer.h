// Template expansion for minute text.
//
// Template language:
//   {slot}      replaced by a generated value; a capitalised slot name
//               ({Officer}, {Tn}) capitalises the first letter produced
//   {A:EHCP}    acronym: "Education, Health and Care Plan (EHCP)" on first use
//   {As:EHCP}   in an item, "EHCP" afterwards; As = plural
//   [a|b|c]     one alternative, chosen uniformly (may nest, may be empty)
//
// A Composer is bound to one meeting; begin_item() resets the per-item
// state (acronyms already expanded, fixed places, named councillors).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "rng.h"
#include "vocabulary.h"
#include "world.h"

namespace mcg {

/// Values fixed for one agenda item, so that title and body agree.
struct ItemVars {
  std::string place, road, school, scheme, site, dev, ref, period;
};

class Composer {
 public:
  Composer(const Plan& plan, const Meeting& meeting, Rng& rng);

  // ---- per-item state
  void begin_item(int theme, ItemVars* vars);
  void set_theme(int theme) { theme_ = theme; }
  int theme() const { return theme_; }
  void set_title(std::string_view title, std::string_view about) {
    title_ = title;
    about_ = about;
  }
  /// "item 5 (Budget 2024/25 ...)" references for declarations of interest.
  void set_item_refs(std::vector<std::string> refs) { item_refs_ = std::move(refs); }
  std::vector<std::uint8_t>& acronyms_used() { return acr_used_; }

  /// True when `name` (the text between braces) is a slot this composer knows.
  static bool is_known_slot(std::string_view name);

  // ---- expansion
  void expand(std::string& out, std::string_view tpl);
  std::string expand(std::string_view tpl) {
    std::string s;
    expand(s, tpl);
    return s;
  }

  // ---- direct access used by the item writer
  Rng& rng() { return rng_; }
  const Council& council() const { return council_; }
  const CommitteeDef& committee_def() const { return def_; }
  const Committee& committee() const { return committee_; }
  const Meeting& meeting() const { return meeting_; }
  const Vocabulary& v() const { return v_; }
  const ThemeDef& theme_def() const { return v_.themes[static_cast<std::size_t>(theme_)]; }
  /// "the Cabinet Member for Learning and Skills" for the current theme.
  void append_cabinet_member_title(std::string& out, int theme) const;
  /// The councillor holding the portfolio covering `theme`.
  int cabinet_member(int theme) const;
  /// Appends a councillor reference in the council's house style.
  void append_councillor(std::string& out, int who, bool formal_surname_only = false);
  int pick_member();  // a member of the committee (not the chair, mostly)
  int last_councillor() const { return last_cllr_; }
  int quarter() const { return q_; }
  /// Index of an entry of `list` not yet used in this item if one turns up
  /// within a few draws; *was_fresh tells whether it did.
  std::size_t fresh_index(const WordList& list, bool zipf, bool* was_fresh = nullptr);
  std::string_view fresh(const WordList& list, bool zipf) {
    return list.items[fresh_index(list, zipf)];
  }

 private:
  void slot(std::string& out, std::string_view name);
  void acronym(std::string& out, std::string_view abbr, bool plural);
  static void fix_article(std::string& out, std::size_t start);
  void alternatives(std::string& out, std::string_view body);
  void money(std::string& out, int kind);
  void percent(std::string& out, bool small);
  void number(std::string& out, long value);
  void fy_label(std::string& out, int start_year);
  void quarter_phrase(std::string& out);
  void prev_quarter_phrase(std::string& out);
  void long_date(std::string& out, const Date& d);
  void place(std::string& out);
  void road(std::string& out);
  void street(std::string& out);
  void school(std::string& out);
  void scheme(std::string& out);
  void planning_ref(std::string& out);
  void period(std::string& out);
  void resident(std::string& out);
  const std::string& item_var(std::string ItemVars::*field, void (Composer::*gen)(std::string&));

  const Vocabulary& v_;
  const Meeting& meeting_;
  const Council& council_;
  const Committee& committee_;
  const CommitteeDef& def_;
  Rng& rng_;

  // Reporting quarter: the latest UK financial quarter (April–March)
  // ending at least a month before the meeting.
  int q_ = 1;             // 1..4
  int q_fy_ = 2020;       // start year of its financial year
  int q_end_month_ = 6;   // 6, 9, 12 or 3
  int q_end_year_ = 2020;

  int theme_ = 0;
  ItemVars* vars_ = nullptr;
  std::vector<std::uint8_t> acr_used_;
  std::vector<const char*> used_templates_;  // entries used in this item
  int last_cllr_ = -1;
  std::string_view title_, about_;
  std::vector<std::string> item_refs_;
  int depth_ = 0;
};

}  // namespace mcg
