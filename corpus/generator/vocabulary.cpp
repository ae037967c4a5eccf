// Parses the raw vocabulary text into sampled word lists.
#include "vocabulary.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_set>

#include "vocabulary_data.h"

namespace mcg {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

/// One entry per non-empty line, duplicates dropped (first occurrence wins).
std::vector<std::string_view> split_lines(const char* text) {
  std::vector<std::string_view> out;
  std::unordered_set<std::string_view> seen;
  std::string_view s(text);
  while (!s.empty()) {
    const std::size_t nl = s.find('\n');
    std::string_view line = trim(s.substr(0, nl));
    s = nl == std::string_view::npos ? std::string_view() : s.substr(nl + 1);
    if (line.empty()) continue;
    if (seen.insert(line).second) out.push_back(line);
  }
  return out;
}

/// q is the Zipf–Mandelbrot offset: 1 is steep, a value near the list
/// size is almost uniform.  q <= 0 means "list size / -q" (relative).
WordList make_list(const char* text, int q) {
  WordList w;
  w.items = split_lines(text);
  if (w.items.empty()) throw std::logic_error("empty vocabulary list");
  std::size_t qq = q > 0 ? static_cast<std::size_t>(q)
                         : w.items.size() / static_cast<std::size_t>(-q) + 1;
  w.zipf.build(w.items.size(), static_cast<std::uint32_t>(qq));
  return w;
}

WordList from_views(std::vector<std::string_view> items, std::uint32_t q) {
  WordList w;
  w.items = std::move(items);
  w.zipf.build(w.items.size(), q);
  return w;
}

std::pair<std::string_view, std::string_view> split_pair(std::string_view line,
                                                         std::string_view sep) {
  const std::size_t p = line.find(sep);
  if (p == std::string_view::npos) return {line, {}};
  return {trim(line.substr(0, p)), trim(line.substr(p + sep.size()))};
}

/// Distinctive words: lower-case alphabetic runs of at least four letters,
/// a trailing plural 's' removed, common words dropped.
std::vector<std::string> keywords(std::string_view text) {
  static const std::unordered_set<std::string_view> kStop = {
      "with", "from", "that", "this", "have", "been", "were", "which", "would", "their",
      "there", "over", "into", "than", "more", "also", "year", "council", "number", "report",
      "members", "member", "committee", "service", "work", "being", "some", "other", "against",
      "compared", "following", "within", "remained", "still"};
  std::vector<std::string> out;
  std::string w;
  auto flush = [&]() {
    if (w.size() >= 4) {
      if (w.size() > 5 && w.ends_with("ies")) w.replace(w.size() - 3, 3, "y");
      else if (w.size() > 4 && w.back() == 's' && !w.ends_with("ss")) w.pop_back();
      if (!kStop.count(w)) out.push_back(w);
    }
    w.clear();
  };
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') w += static_cast<char>(c - 'A' + 'a');
    else if (c >= 'a' && c <= 'z') w += c;
    else flush();
  }
  flush();
  return out;
}

void match_topics(ThemeDef& d) {
  std::vector<std::vector<std::string>> words;
  std::unordered_map<std::string, int> df;
  for (std::string_view sentence : d.sentences.items) {
    auto k = keywords(sentence);
    std::sort(k.begin(), k.end());
    k.erase(std::unique(k.begin(), k.end()), k.end());
    for (const auto& w : k) ++df[w];
    words.push_back(std::move(k));
  }
  const int limit = std::max<int>(2, static_cast<int>(d.sentences.size()) / 4);
  d.sentence_topics.assign(d.sentences.size(), {});
  for (std::size_t i = 0; i < words.size(); ++i) {
    int best = 0;
    for (std::size_t t = 0; t < d.topics.size(); ++t) {
      int score = 0;
      for (const auto& w : keywords(d.topics.items[t])) {
        auto it = df.find(w);
        if (it != df.end() && it->second <= limit &&
            std::binary_search(words[i].begin(), words[i].end(), w))
          ++score;
      }
      if (score > best) {
        best = score;
        d.sentence_topics[i].clear();
      }
      if (score > 0 && score == best) d.sentence_topics[i].push_back(static_cast<std::uint16_t>(t));
    }
  }
}

using CK = CommitteeKind;
using W = std::array<std::uint8_t, kThemeCount>;

// Theme weight order: finance, children, education, adults, highways,
// environment, planning, economy, communities, public health, waste, governance.
std::vector<CommitteeDef> committee_catalogue() {
  return {
      {"Cabinet", CK::Cabinet, 11, 0, "Cabinet", W{6, 3, 3, 3, 3, 2, 2, 2, 2, 1, 1, 2}},
      {"Full Council", CK::Council, 6, 0, "the Council", W{4, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 4}},
      {"Corporate Overview and Scrutiny Committee", CK::Scrutiny, 9, 10, "the Committee",
       W{6, 0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 4}},
      {"Children and Young People's Services Scrutiny Committee", CK::Scrutiny, 9, 9,
       "the Committee", W{1, 6, 5, 0, 0, 0, 0, 0, 0, 1, 0, 0}},
      {"Audit and Governance Committee", CK::Audit, 5, 9, "the Committee",
       W{4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7}},
      {"Planning Committee", CK::Planning, 11, 6, "the Committee", W{0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0}},
      {"Health and Adult Social Care Scrutiny Committee", CK::Scrutiny, 9, 9, "the Committee",
       W{1, 0, 0, 6, 0, 0, 0, 0, 0, 4, 0, 0}},
      {"Environment and Communities Scrutiny Committee", CK::Scrutiny, 9, 8, "the Committee",
       W{0, 0, 0, 0, 4, 4, 0, 0, 3, 0, 3, 0}},
      {"Economy, Skills and Growth Scrutiny Committee", CK::Scrutiny, 8, 4, "the Committee",
       W{1, 0, 2, 0, 1, 0, 2, 6, 0, 0, 0, 0}},
      {"Health and Wellbeing Board", CK::Board, 5, 4, "the Board",
       W{0, 2, 0, 3, 0, 0, 0, 0, 0, 6, 0, 0}},
      {"Housing and Communities Overview and Scrutiny Committee", CK::Scrutiny, 8, 4,
       "the Committee", W{0, 0, 0, 0, 0, 0, 5, 0, 4, 0, 0, 0}},
      {"Fire and Rescue Service Scrutiny Committee", CK::Scrutiny, 6, 3, "the Committee",
       W{0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0}},
      {"Highways and Transport Scrutiny Committee", CK::Scrutiny, 8, 3, "the Committee",
       W{0, 0, 0, 0, 7, 2, 0, 0, 0, 0, 0, 0}},
  };
}

Vocabulary build() {
  using namespace data;
  Vocabulary v;
  v.first_names = make_list(kFirstNames, 12);
  {
    auto all = split_lines(kSurnames);
    std::vector<std::string_view> cllr, off;
    for (std::size_t i = 0; i < all.size(); ++i) (i % 2 == 0 ? cllr : off).push_back(all[i]);
    v.councillor_surnames = from_views(std::move(cllr), 25);
    v.officer_surnames = from_views(std::move(off), 25);
  }
  v.place_prefixes = make_list(kPlacePrefixes, 1);
  v.place_suffixes = make_list(kPlaceSuffixes, 1);
  v.rivers = make_list(kRivers, 3);
  v.saints = make_list(kSaints, 3);
  v.trees = make_list(kTrees, 3);
  v.road_kinds = make_list(kRoadKinds, 2);
  v.scheme_kinds = make_list(kSchemeKinds, 4);
  v.school_kinds = make_list(kSchoolKinds, 2);
  v.council_kinds = make_list(kCouncilKinds, 2);

  v.adjectives = make_list(kAdjectives, 2);
  v.nouns = make_list(kNouns, 2);
  v.participles = make_list(kParticiples, 2);
  v.adverbs = make_list(kAdverbs, 2);
  v.when = make_list(kWhen, 4);
  v.reasons = make_list(kReasons, 4);

  v.generic_sentences = make_list(kGenericSentences, -1);
  v.generic_res_points = make_list(kGenericResPoints, -2);
  v.generic_res_clauses = make_list(kGenericResClauses, 2);
  v.generic_requests = make_list(kGenericRequests, -1);
  v.generic_actions = make_list(kGenericActions, -1);
  v.cm_intro_verbs = make_list(kCmIntroVerbs, 2);
  v.qa_leads = make_list(kQaLeads, 1);
  v.comment_leads = make_list(kCommentLeads, 1);
  v.main_issue_leads = make_list(kMainIssueLeads, 1);
  v.examined_leads = make_list(kExaminedLeads, 2);
  v.officer_intros = make_list(kOfficerIntros, 2);
  v.header_asks = make_list(kHeaderAsks, 2);

  auto& p = v.proc;
  p.declaration_titles = make_list(kDeclarationTitles, 1);
  p.declaration_leads = make_list(kDeclarationLeads, 2);
  p.declaration_reasons = make_list(kDeclarationReasons, 3);
  p.declaration_closings = make_list(kDeclarationClosings, 2);
  p.minutes_titles = make_list(kMinutesTitles, 1);
  p.minutes_resolutions = make_list(kMinutesResolutions, 1);
  p.matters_arising = make_list(kMattersArising, -1);
  p.questions_titles = make_list(kQuestionsTitles, 1);
  p.questions_leads = make_list(kQuestionsLeads, 2);
  p.public_questions = make_list(kPublicQuestions, -1);
  p.answers = make_list(kAnswers, -1);
  p.workprog_titles = make_list(kWorkProgTitles, 1);
  p.workprog_leads = make_list(kWorkProgLeads, 2);
  p.workprog_items = make_list(kWorkProgItems, -1);
  p.workprog_res = make_list(kWorkProgRes, 2);
  p.member_questions_titles = make_list(kMemberQuestionsTitles, 2);
  p.plan_devs = make_list(kPlanDevs, 3);
  p.plan_sites = make_list(kPlanSites, 2);
  p.plan_points = make_list(kPlanPoints, 4);
  p.plan_speakers = make_list(kPlanSpeakers, 2);
  p.plan_decisions = make_list(kPlanDecisions, 1);
  p.plan_refusals = make_list(kPlanRefusals, -1);
  p.motion_subjects = make_list(kMotionSubjects, -1);
  p.motion_notes = make_list(kMotionNotes, -1);
  p.motion_resolves = make_list(kMotionResolves, -1);
  p.motion_outcomes = make_list(kMotionOutcomes, 2);

  for (std::string_view line : split_lines(kAcronyms)) {
    auto [abbr, rest] = split_pair(line, " = ");
    v.acronym_index.emplace(abbr, static_cast<int>(v.acronyms.size()));
    auto [sing, plural] = split_pair(rest, " | ");
    v.acronyms.push_back({abbr, sing, plural});
  }

  v.themes.resize(kThemeCount);
  for (int t = 0; t < kThemeCount; ++t) {
    const ThemeSource& s = kThemes[t];
    ThemeDef& d = v.themes[static_cast<std::size_t>(t)];
    d.key = s.key;
    d.core = s.core;
    d.fallback = s.fallback;
    d.portfolios = make_list(s.portfolios, 2);
    d.officers = make_list(s.officers, 2);
    for (std::string_view line : split_lines(s.titles)) {
      auto [title, about] = split_pair(line, " ~ ");
      d.titles.push_back({title, about});
    }
    d.title_zipf.build(d.titles.size(), 3);
    d.topics = make_list(s.topics, 3);
    d.nouns = make_list(s.nouns, 3);
    d.sentences = make_list(s.sentences, -1);
    match_topics(d);
    d.cm_points = make_list(s.cm_points, -1);
    d.res_points = make_list(s.res_points, -1);
    d.res_clauses = make_list(s.res_clauses, -1);
    d.requests = make_list(s.requests, -1);
    d.actions = make_list(s.actions, -1);
    std::string_view ac(s.acronyms);
    while (!ac.empty()) {
      const std::size_t sp = ac.find(' ');
      std::string_view a = ac.substr(0, sp);
      ac = sp == std::string_view::npos ? std::string_view() : ac.substr(sp + 1);
      if (a.empty()) continue;
      const int id = v.acronym(a);
      if (id < 0) throw std::logic_error("unknown acronym in theme list");
      d.acronyms.push_back(id);
    }
  }
  v.committees = committee_catalogue();
  return v;
}

}  // namespace

int Vocabulary::acronym(std::string_view abbr) const {
  auto it = acronym_index.find(abbr);
  return it == acronym_index.end() ? -1 : it->second;
}

const Vocabulary& vocab() {
  static const Vocabulary v = build();
  return v;
}

}  // namespace mcg
