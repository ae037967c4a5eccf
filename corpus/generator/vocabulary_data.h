// Raw text of the vocabulary (one entry per line), split across
// vocabulary_general.cpp, vocabulary_themes.cpp and vocabulary_minutes.cpp
// and parsed into a Vocabulary by vocabulary.cpp.
#pragma once

namespace mcg::data {

// vocabulary_general.cpp
extern const char* const kFirstNames;
extern const char* const kSurnames;
extern const char* const kPlacePrefixes;
extern const char* const kPlaceSuffixes;
extern const char* const kRivers;
extern const char* const kSaints;
extern const char* const kTrees;
extern const char* const kRoadKinds;
extern const char* const kSchemeKinds;
extern const char* const kSchoolKinds;
extern const char* const kCouncilKinds;
extern const char* const kAdjectives;
extern const char* const kNouns;
extern const char* const kParticiples;
extern const char* const kAdverbs;
extern const char* const kWhen;
extern const char* const kReasons;

// vocabulary_themes.cpp
struct ThemeSource {
  const char* key;
  bool core;
  int fallback;
  const char* portfolios;
  const char* officers;
  const char* titles;  // "title ~ about" per line
  const char* topics;
  const char* nouns;
  const char* sentences;
  const char* cm_points;
  const char* res_points;
  const char* res_clauses;
  const char* requests;
  const char* actions;
  const char* acronyms;  // abbreviations separated by spaces
};
extern const ThemeSource kThemes[];  // indexed by mcg::Theme
extern const char* const kAcronyms;  // "ABBR = Expansion" per line

// vocabulary_minutes.cpp
extern const char* const kGenericSentences;
extern const char* const kGenericResPoints;
extern const char* const kGenericResClauses;
extern const char* const kGenericRequests;
extern const char* const kGenericActions;
extern const char* const kCmIntroVerbs;
extern const char* const kQaLeads;
extern const char* const kCommentLeads;
extern const char* const kMainIssueLeads;
extern const char* const kExaminedLeads;
extern const char* const kOfficerIntros;
extern const char* const kHeaderAsks;

extern const char* const kDeclarationTitles;
extern const char* const kDeclarationLeads;
extern const char* const kDeclarationReasons;
extern const char* const kDeclarationClosings;
extern const char* const kMinutesTitles;
extern const char* const kMinutesResolutions;
extern const char* const kMattersArising;
extern const char* const kQuestionsTitles;
extern const char* const kQuestionsLeads;
extern const char* const kPublicQuestions;
extern const char* const kAnswers;
extern const char* const kWorkProgTitles;
extern const char* const kWorkProgLeads;
extern const char* const kWorkProgItems;
extern const char* const kWorkProgRes;
extern const char* const kMemberQuestionsTitles;
extern const char* const kPlanDevs;
extern const char* const kPlanSites;
extern const char* const kPlanPoints;
extern const char* const kPlanSpeakers;
extern const char* const kPlanDecisions;
extern const char* const kPlanRefusals;
extern const char* const kMotionSubjects;
extern const char* const kMotionNotes;
extern const char* const kMotionResolves;
extern const char* const kMotionOutcomes;

}  // namespace mcg::data
