// Word lists, phrase templates and the committee catalogue.
//
// Lists are written one entry per line in vocabulary.cpp and ordered from
// most to least frequent; each is sampled through a Zipf table, so a few
// entries dominate and the rest form a long tail.  Templates use the small
// language implemented in composer.cpp: {slot} placeholders and
// [alternative|alternative] choices.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rng.h"

namespace mcg {

struct WordList {
  std::vector<std::string_view> items;
  Zipf zipf;

  bool empty() const { return items.empty(); }
  std::size_t size() const { return items.size(); }
  /// Zipf-distributed draw (rank 0 most frequent).
  std::string_view draw(Rng& rng) const { return items[zipf.sample(rng)]; }
  /// Uniform draw.
  std::string_view any(Rng& rng) const { return items[rng.index(items.size())]; }
};

enum Theme : int {
  kFinance,
  kChildren,
  kEducation,
  kAdults,
  kHighways,
  kEnvironment,
  kPlanning,
  kEconomy,
  kCommunities,
  kPublicHealth,
  kWaste,
  kGovernance,
  kThemeCount
};

struct TitleDef {
  std::string_view title;  // template, e.g. "Capital Programme {fy} – Quarter {qn}"
  std::string_view about;  // template, e.g. "progress on the capital programme"
};

struct ThemeDef {
  std::string_view key;
  bool core = false;   // every council has a portfolio for a core theme
  int fallback = 0;    // theme whose portfolio covers this one when absent
  WordList portfolios; // alternative portfolio names
  WordList officers;   // officer titles ("the Director of ...")
  std::vector<TitleDef> titles;
  Zipf title_zipf;
  WordList topics;      // bullet labels ("Staffing vacancies")
  /// For each sentence, the topics sharing a distinctive word with it, so a
  /// bullet's label matches its first sentence ("Reserves – General reserves ...").
  std::vector<std::vector<std::uint16_t>> sentence_topics;
  WordList nouns;       // noun phrases usable as subject or object
  WordList sentences;   // full sentences (templates)
  WordList cm_points;   // clauses following "introduced the item reporting that"
  WordList res_points;  // "Notes the ..." (after "That the Committee:")
  WordList res_clauses; // "the report be noted" (after "That" / "RESOLVED that")
  WordList requests;    // noun phrases: information requested
  WordList actions;     // verb phrases following "agreed to"
  std::vector<int> acronyms;  // indexes into Vocabulary::acronyms
};

struct AcronymDef {
  std::string_view abbr;       // "EHCP"
  std::string_view expansion;  // "Education, Health and Care Plan"
  std::string_view plural;     // irregular plural of the expansion, or ""
};

enum class CommitteeKind { Cabinet, Council, Scrutiny, Audit, Planning, Board };

struct CommitteeDef {
  std::string_view name;
  CommitteeKind kind;
  int meetings_per_year;  // before random skips
  int pick_weight;        // chance of a council having it (0 = always)
  std::string_view body;  // how minutes refer to it: "the Committee"
  std::array<std::uint8_t, kThemeCount> theme_weights;
};

/// Procedural and special-purpose templates.
struct ProceduralText {
  WordList declaration_titles, declaration_leads, declaration_reasons,
      declaration_closings;
  WordList minutes_titles, minutes_resolutions, matters_arising;
  WordList questions_titles, questions_leads, public_questions, answers;
  WordList workprog_titles, workprog_leads, workprog_items, workprog_res;
  WordList member_questions_titles;
  // Planning applications.
  WordList plan_devs, plan_sites, plan_points, plan_speakers,
      plan_decisions, plan_refusals;
  // Full Council motions.
  WordList motion_subjects, motion_notes, motion_resolves, motion_outcomes;
};

struct Vocabulary {
  // People and places.
  WordList first_names, councillor_surnames, officer_surnames;
  WordList place_prefixes, place_suffixes, rivers, saints, trees;
  WordList road_kinds, scheme_kinds, school_kinds, council_kinds;
  // General English.
  WordList adjectives, nouns, participles, adverbs, when, reasons;
  // Generic minute language.
  WordList generic_sentences, generic_res_points, generic_res_clauses,
      generic_requests, generic_actions, cm_intro_verbs, qa_leads,
      comment_leads, main_issue_leads, examined_leads, officer_intros,
      header_asks;
  ProceduralText proc;
  std::vector<ThemeDef> themes;  // indexed by Theme
  std::vector<AcronymDef> acronyms;
  std::unordered_map<std::string_view, int> acronym_index;
  std::vector<CommitteeDef> committees;

  int acronym(std::string_view abbr) const;  // -1 when unknown
};

/// The vocabulary, built on first use (thread-safe static).
const Vocabulary& vocab();

}  // namespace mcg
