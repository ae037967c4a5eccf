// Renders agenda items in the style of real council minutes: a header
// ("Agenda item", title, agenda text), numbered minute paragraphs
// ("33.2     The Cabinet Member for ..."), portfolio sub-headings, bullets
// ("·       Topic – text"), actions, information requests, a resolution
// block and a closing "Supporting documents:" line.
#include "item_writer.h"

#include <algorithm>
#include <stdexcept>

#include "composer.h"

namespace mcg {
namespace {

constexpr std::string_view kNbsp = "\xC2\xA0";
constexpr std::string_view kMinuteGap = "\xC2\xA0\xC2\xA0\xC2\xA0\xC2\xA0 ";  // after "33.1"
constexpr std::string_view kBullet =
    "\xC2\xB7\xC2\xA0\xC2\xA0\xC2\xA0\xC2\xA0\xC2\xA0\xC2\xA0 ";  // "·" + 6 NBSP + space
constexpr std::string_view kPointGap = "\xC2\xA0\xC2\xA0 ";      // after "1." / "a)"
constexpr std::string_view kDash = " \xE2\x80\x93 ";             // " – "
constexpr std::size_t kMaxBody = 10300;  // keeps every item under 12 KB

// Templates used only here (the vocabulary holds the reusable ones).
constexpr std::string_view kDeclarationAgenda =
    "Members and officers must declare any pecuniary or personal interest in any business on "
    "the agenda. They should also make declarations at any stage such an interest becomes "
    "apparent during the meeting. Consideration should be given to leaving the meeting if the "
    "nature of the interest warrants it. If in doubt please contact Democratic Services before "
    "the meeting.";
constexpr std::string_view kMinutesAgenda =
    "[{Body} is asked to agree the minutes of the meeting held on {prevmeeting}.|{Body} is "
    "asked to agree the minutes of the meeting held on {prevmeeting} (cream paper).|To "
    "confirm the minutes of the meeting held on {prevmeeting}.]";
constexpr std::string_view kQuestionsAgenda =
    "To receive any questions from members of the public in accordance with the Council’s "
    "procedure rules.";
constexpr std::string_view kWorkProgAgenda =
    "{Body} is asked to review its current draft work programme taking into account the Forward "
    "Plan of Key Decisions and any suggestions from its members for possible items for future "
    "scrutiny.";
constexpr std::string_view kMemberQuestionsAgenda =
    "Members to ask questions of the Leader and Cabinet Members on matters within their "
    "portfolios.";
constexpr std::string_view kReportAgenda[] = {
    "A report by {officer}, setting out {about}.",
    "A report by {officer}, setting out {about}.",
    "Report by {officer}.",
    "A report by {officer} is enclosed.",
    "The report of {officer} setting out {about} is attached.",
};
constexpr std::string_view kCabinetAgenda[] = {
    "Report of {leader} and {cm}",
    "Report of {cm}.",
    "A report by {officer}, setting out {about}.",
    "Report by {officer} and {cm}.",
};
constexpr std::string_view kCouncilAgenda[] = {
    "Report of Cabinet",
    "Report of {leader}.",
    "Report of {cm}, setting out {about}.",
};
constexpr std::string_view kCabinetPoints[] = {
    "Approves the {title} as set out in Appendix {n} to the report.",
    "Delegates authority to {officer}, in consultation with {cm}, to finalise the detail of {tn}.",
    "Notes {about}.",
    "Agrees that {tn} be kept under review and that a further report be brought to Cabinet in "
    "{monthyear}.",
    "Recommends {about} to Full Council for approval.",
    "Approves expenditure of up to {money} from the capital programme for {tn}.",
    "Thanks {othercommittee} for its comments on the proposals.",
};
constexpr std::string_view kCabinetScrutinyReport =
    "{Cllr}, {chairword} of {othercommittee}, reported that the committee had [supported|broadly "
    "supported|welcomed] the proposals [but had asked that|and had asked that] {tn} [be kept under "
    "review|be monitored closely|be reported on again in {monthyear}].";
constexpr std::string_view kCabinetMemberSpoke =
    "{Cllr}, [the local member|a non-Cabinet member|the Leader of the Opposition], spoke on the "
    "item and [raised concern about|welcomed the progress on|asked about] {tn}.";
constexpr std::string_view kReasonForDecision =
    "Reason for decision: To [enable|ensure that] {tn} [can be delivered within the approved "
    "budget|is managed effectively|meets the Council’s statutory duties].";
constexpr std::string_view kAlternatives =
    "Alternative options considered: [As set out in the report.|None.|The options set out in "
    "section {n} of the report.]";
constexpr std::string_view kCouncilIntro =
    "{Body} considered the recommendation of Cabinet on {about}, as set out in the report of "
    "[{leader}|{cm}].";
constexpr std::string_view kCouncilMoved =
    "The recommendation was moved by {cmname} and seconded by {cllr}.";
constexpr std::string_view kCouncilOutcome =
    "[The recommendation was put to the vote and carried.|Following debate, the recommendation "
    "was carried with {votes} votes in favour, {vote} against and {vote} abstentions.|The "
    "recommendation was carried unanimously.]";
constexpr std::string_view kUnnumberedIntro =
    "[{Leader}|{CM}] introduced the {title} [for {q} |]which [summarised|set out] {about}.";
constexpr std::string_view kUnnumberedDetail =
    "The report detailed [the main challenges facing each of the service areas, notably "
    "{tn}|the position on {tn}|progress against the priorities in the Council Plan]"
    ". [{Ts}|{Gs}]";
constexpr std::string_view kPlanningAgenda[] = {
    "Report by the Head of Planning Services.",
    "A report by the Head of Planning Services on an application for the {idev} at {isite}.",
};
constexpr std::string_view kPlanningIntro =
    "{Body} considered a report by the Head of Planning Services on application {iref} for the "
    "{idev} at {isite}.";
constexpr std::string_view kPlanningIntro2 =
    "[The report was introduced by the Principal Planning Officer, who outlined the application, "
    "the consultation responses and the key issues.|The Planning Officer gave a presentation on "
    "the proposal and the site.|The Planning Officer referred to the addendum update sheet, which "
    "reported {numword} further representations.]";
constexpr std::string_view kPlanningDiscuss =
    "[{Body} discussed the application and raised the following points:|Members raised the "
    "following points during the debate:]";
constexpr std::string_view kMotionDebate =
    "[During the debate the following points were made:|In debate, members made the following "
    "points:]";
constexpr std::string_view kMemberQuestionLead =
    "The following questions were asked of Cabinet Members, and a summary of the responses "
    "follows:";
constexpr std::string_view kMemberQuestion =
    "{Cllr} asked {cm} about {tn}[ in {place}|]. [{CM} replied that {cmpoint}.|{CM} replied that "
    "{cmpoint}, and that a written answer would be provided.|{CM} responded that {tn} would be "
    "{vpp} {when}.]";
constexpr std::string_view kMattersLead =
    "[The {chairword} noted the following matters arising from the minutes:|The following matters "
    "arising were raised:]";

enum class Kind { Declarations, Minutes, PublicQuestions, WorkProgramme, MemberQuestions, Report,
                  Planning, Motion };

struct ItemPlan {
  Kind kind = Kind::Report;
  int theme = kGovernance;
  std::string title, about;
  ItemVars vars;
  std::vector<std::uint8_t> acronyms;
  std::size_t target = 2000;
  std::string_view motion;
};

int weighted_theme(Rng& rng, const CommitteeDef& def) {
  int total = 0;
  for (auto w : def.theme_weights) total += w;
  int r = static_cast<int>(rng.below(static_cast<std::uint32_t>(total)));
  for (int t = 0; t < kThemeCount; ++t) {
    r -= def.theme_weights[static_cast<std::size_t>(t)];
    if (r < 0) return t;
  }
  return kGovernance;
}

/// Writes one agenda item; knows the house style of the council.
class ItemRenderer {
 public:
  ItemRenderer(Composer& c, std::string& out, int minute, bool numbered)
      : c_(c), rng_(c.rng()), out_(out), minute_(minute), numbered_(numbered) {
    nbsp_sep_ = rng_.chance(50);
  }

  void render(const ItemPlan& ip) {
    switch (ip.kind) {
      case Kind::Declarations: declarations(ip); break;
      case Kind::Minutes: minutes(ip); break;
      case Kind::PublicQuestions: public_questions(ip); break;
      case Kind::WorkProgramme: work_programme(ip); break;
      case Kind::MemberQuestions: member_questions(ip); break;
      case Kind::Report: report(ip); break;
      case Kind::Planning: planning(ip); break;
      case Kind::Motion: motion(ip); break;
    }
    finish();
  }

 private:
  // ------------------------------------------------------------ layout --
  void header(const ItemPlan& ip, std::string_view agenda_tpl) {
    out_ += "Agenda item\n\n";
    out_ += ip.title;
    out_ += "\n\n";
    c_.expand(out_, agenda_tpl);
    out_ += numbered_ ? "\n\n\n" : "\n\n\n\n";
  }
  void begin_para() {
    if (numbered_) {
      append_int(minute_);
      out_ += '.';
      append_int(++para_);
      out_ += kMinuteGap;
    }
  }
  void end_para() {
    if (rng_.chance(8)) out_ += kNbsp;
    out_ += "\n\n\n";
  }
  void para(std::string_view tpl) {
    begin_para();
    c_.expand(out_, tpl);
    end_para();
  }
  void line(std::string_view text) {
    out_ += text;
    out_ += "\n\n\n";
  }
  void sep() { out_ += nbsp_sep_ ? "\xC2\xA0 " : " "; }
  void begin_bullet() { out_ += kBullet; }
  void end_bullet() {
    if (rng_.chance(10)) out_ += kNbsp;
    out_ += numbered_ ? "\n\n\n" : "\n\n";
  }
  void end_list() {
    if (!numbered_) out_ += "\n\n";
  }
  void point(std::string_view label, std::string_view tpl, bool capitalise = false) {
    out_ += label;
    out_ += kPointGap;
    const std::size_t start = out_.size();
    c_.expand(out_, tpl);
    if (capitalise) cap(start);
    if (rng_.chance(15)) out_ += kNbsp;
    out_ += numbered_ ? "\n\n\n" : "\n\n";
  }
  void finish() {
    while (!out_.empty() && (out_.back() == '\n' || out_.back() == ' ')) out_.pop_back();
    out_ += rng_.chance(80) ? "\n\n\nSupporting documents:" : "\n\nSupporting documents:";
  }
  void cap(std::size_t at) {
    if (at < out_.size() && out_[at] >= 'a' && out_[at] <= 'z')
      out_[at] = static_cast<char>(out_[at] - 'a' + 'A');
  }
  void append_int(int v) {
    char buf[12];
    int n = 0;
    do {
      buf[n++] = static_cast<char>('0' + v % 10);
      v /= 10;
    } while (v);
    while (n) out_ += buf[--n];
  }
  std::size_t used() const { return out_.size(); }
  bool room(std::size_t target) const { return used() < std::min(target, kMaxBody); }
  std::string_view body_word() const {
    switch (c_.committee_def().kind) {
      case CommitteeKind::Cabinet: return "Cabinet";
      case CommitteeKind::Council: return "the Council";
      case CommitteeKind::Board: return "the Board";
      default: return "the Committee";
    }
  }

  // ----------------------------------------------------------- content --
  /// A bullet of 1–4 sentences, optionally labelled and with an action,
  /// an information request or an offer to write to a councillor.
  void discussion_bullet(bool labelled) {
    begin_bullet();
    static constexpr int kSentences[] = {1, 1, 2, 2, 2, 2, 3, 3, 3, 4};
    const int n = kSentences[rng_.below(10)];
    int i = 0;
    if (labelled) {
      // Lead with a theme sentence and a label that matches it.
      const ThemeDef& th = c_.theme_def();
      bool ok = false;
      const std::size_t k = c_.fresh_index(th.sentences, false, &ok);
      const auto& topics = th.sentence_topics[k];
      if (ok && !topics.empty()) {
        c_.expand(out_, th.topics.items[topics[rng_.index(topics.size())]]);
      } else {
        c_.expand(out_, "{topic}");
      }
      out_ += kDash;
      const std::size_t start = used();
      c_.expand(out_, ok ? th.sentences.items[k] : std::string_view("{gs}"));
      cap(start);
      ++i;
    }
    for (; i < n; ++i) {
      if (i) sep();
      const std::size_t start = used();
      c_.expand(out_, "{s}");
      cap(start);
    }
    const unsigned r = rng_.below(100);
    if (r < 12) {
      sep();
      out_ += "Action: ";
      const std::size_t start = used();
      c_.expand(out_, "{cm}");
      cap(start);
      out_ += " agreed to ";
      c_.expand(out_, rng_.chance(70) ? c_.v().themes[static_cast<std::size_t>(c_.theme())].actions.any(rng_)
                                      : c_.v().generic_actions.any(rng_));
      out_ += '.';
    } else if (r < 22) {
      sep();
      request_sentence(" was requested.");
    } else if (r < 28) {
      sep();
      request_sentence(" would be sent to {cllrdir} directly.");
    }
    end_bullet();
  }

  void request_sentence(std::string_view tail) {
    std::string req;
    c_.expand(req, "{req}");
    const std::size_t start = used();
    out_ += req;
    cap(start);
    c_.expand(out_, tail);
    if (requests_.size() < 4) requests_.push_back(std::move(req));
  }

  void bullets_until(std::size_t limit, bool labelled, int max_count = 12) {
    int count = 0;
    do {
      discussion_bullet(labelled && rng_.chance(92));
    } while (++count < max_count && room(limit));
    end_list();
  }

  int related_theme(int avoid) {
    for (int attempt = 0; attempt < 6; ++attempt) {
      const int t = weighted_theme(rng_, c_.committee_def());
      if (t != avoid) return t;
    }
    return avoid;
  }

  // -------------------------------------------------------- resolutions --
  void resolution(const ItemPlan& ip) {
    const auto& th = c_.theme_def();
    const CommitteeKind kind = c_.committee_def().kind;
    const bool cabinet = kind == CommitteeKind::Cabinet;
    const unsigned r = rng_.below(100);
    if (!numbered_ && r < 70) {
      lettered_resolution();
      return;
    }
    if (r < 50 || (cabinet && r < 70)) {
      begin_para();
      out_ += "Resolved";
      out_ += kDash;
      out_ += "That ";
      out_ += cabinet ? "Cabinet" : body_word();
      out_ += ':';
      end_para();
      const int n = rng_.range(2, ip.target > 5000 ? 5 : 3);
      int label = 1;
      for (int i = 0; i < n; ++i) {
        std::string_view tpl;
        if (cabinet) tpl = kCabinetPoints[rng_.below(std::size(kCabinetPoints))];
        else if (rng_.chance(60)) tpl = th.res_points.any(rng_);
        else tpl = c_.v().generic_res_points.any(rng_);
        numbered_point(label++, tpl);
      }
      if (!cabinet && !requests_.empty() && rng_.chance(60)) {
        numbered_point(label++, "Requests that the following information be provided to "
                                "the Committee:");
        request_bullets();
      }
      return;
    }
    begin_para();
    if (r < 80) {
      out_ += "Resolved";
      out_ += kDash;
      out_ += "That ";
    } else {
      out_ += "RESOLVED that ";
    }
    resolution_clause(th);
    if (rng_.chance(35)) {
      out_ += ", and that ";
      resolution_clause(th);
    }
    out_ += '.';
    end_para();
  }

  void resolution_clause(const ThemeDef& th) {
    c_.expand(out_, rng_.chance(65) ? th.res_clauses.any(rng_) : c_.v().generic_res_clauses.any(rng_));
  }

  void numbered_point(int n, std::string_view tpl) {
    std::string label;
    label += static_cast<char>('0' + n);
    label += '.';
    point(label, tpl);
  }

  void request_bullets() {
    for (const std::string& req : requests_) {
      begin_bullet();
      const std::size_t start = used();
      out_ += req;
      cap(start);
      out_ += '.';
      end_bullet();
    }
    end_list();
  }

  void lettered_resolution() {
    const auto& th = c_.theme_def();
    char letter = 'a';
    const int n = rng_.range(1, 3);
    for (int i = 0; i < n; ++i) {
      std::string label(1, letter++);
      label += ')';
      std::string text = "That ";
      c_.expand(text, rng_.chance(65) ? th.res_clauses.any(rng_) : c_.v().generic_res_clauses.any(rng_));
      text += '.';
      point(label, text);
    }
    if (!requests_.empty()) {
      std::string label(1, letter++);
      label += ')';
      point(label, "That the following information be provided to the committee:");
      request_bullets();
    }
    if (rng_.chance(30)) {
      std::string label(1, letter++);
      label += ')';
      point(label, "An update on {tn} be sent to {cllrdir} directly.");
    }
  }

  // -------------------------------------------------------------- items --
  void report(const ItemPlan& ip) {
    const CommitteeKind kind = c_.committee_def().kind;
    const std::string_view agenda =
        kind == CommitteeKind::Cabinet ? kCabinetAgenda[rng_.below(std::size(kCabinetAgenda))]
        : kind == CommitteeKind::Council ? kCouncilAgenda[rng_.below(std::size(kCouncilAgenda))]
                                          : kReportAgenda[rng_.below(std::size(kReportAgenda))];
    header(ip, agenda);
    if (kind != CommitteeKind::Council && rng_.chance(45)) {
      c_.expand(out_, c_.v().header_asks.draw(rng_));
      out_ += "\n\n\n";
    }
    if (!numbered_ && rng_.chance(60)) {
      unnumbered_report(ip);
    } else if (kind == CommitteeKind::Cabinet && rng_.chance(70)) {
      cabinet_report(ip);
    } else if (kind == CommitteeKind::Council) {
      council_report(ip);
    } else if (rng_.chance(50)) {
      portfolio_report(ip);
    } else {
      officer_report(ip);
    }
  }

  /// Like the scrutiny PRR seed: portfolio sub-headings, each with the
  /// Cabinet Member's introduction and a summary of questions and answers.
  void portfolio_report(const ItemPlan& ip) {
    para(c_.v().examined_leads.draw(rng_));
    int sections = ip.target > 6500 ? 3 : ip.target > 3200 ? 2 : 1;
    if (rng_.chance(25)) sections = std::max(1, sections - 1);
    // One section per distinct portfolio among the committee's themes.
    const Council& council = c_.council();
    std::vector<int> themes{ip.theme};
    for (int attempt = 0; attempt < 12 && static_cast<int>(themes.size()) < sections; ++attempt) {
      const int t = related_theme(-1);
      bool clash = false;
      for (int d : themes)
        clash = clash || council.covered_by[static_cast<std::size_t>(d)] ==
                             council.covered_by[static_cast<std::size_t>(t)];
      if (!clash) themes.push_back(t);
    }
    sections = static_cast<int>(themes.size());
    for (int s = 0; s < sections; ++s) {
      const int theme = themes[static_cast<std::size_t>(s)];
      c_.set_theme(theme);
      if (sections > 1 || rng_.chance(60)) {
        c_.expand(out_, "{portfolio}");
        out_ += "\n\n\n";
      }
      begin_para();
      c_.expand(out_, "{CM}, {cmname}, ");
      c_.expand(out_, c_.v().cm_intro_verbs.draw(rng_));
      out_ += ' ';
      c_.expand(out_, "{cmpoint}.");
      if (rng_.chance(60)) {
        sep();
        const std::size_t start = used();
        c_.expand(out_, "{ts}");
        cap(start);
      }
      end_para();
      para(c_.v().qa_leads.draw(rng_));
      const std::size_t remaining = ip.target > used() ? ip.target - used() : 0;
      bullets_until(used() + remaining / static_cast<std::size_t>(sections - s), true);
    }
    c_.set_theme(ip.theme);
    resolution(ip);
  }

  /// An officer introduces the report; the Committee comments.
  void officer_report(const ItemPlan& ip) {
    para(c_.v().examined_leads.draw(rng_));
    begin_para();
    c_.expand(out_, c_.v().officer_intros.draw(rng_));
    for (int i = rng_.range(0, 2); i > 0; --i) {
      sep();
      const std::size_t start = used();
      c_.expand(out_, "{s}");
      cap(start);
    }
    end_para();
    para(c_.v().comment_leads.draw(rng_));
    bullets_until(ip.target, rng_.chance(75));
    if (rng_.chance(30) && room(ip.target + 600)) para("{Gs}");
    resolution(ip);
  }

  void cabinet_report(const ItemPlan& ip) {
    begin_para();
    c_.expand(out_, "{CM}, {cmname}, introduced the report on {about}.");
    sep();
    const std::size_t s1 = used();
    c_.expand(out_, "{ts}");
    cap(s1);
    end_para();
    if (rng_.chance(50)) para(kCabinetScrutinyReport);
    if (rng_.chance(40)) para(kCabinetMemberSpoke);
    para(rng_.chance(50) ? std::string_view("Cabinet members made the following comments:")
                         : c_.v().comment_leads.draw(rng_));
    bullets_until(ip.target, rng_.chance(60));
    resolution(ip);
    if (rng_.chance(40)) {
      para(kReasonForDecision);
      para(kAlternatives);
    }
  }

  void council_report(const ItemPlan& ip) {
    para(kCouncilIntro);
    para(kCouncilMoved);
    para(c_.v().comment_leads.draw(rng_));
    bullets_until(ip.target, rng_.chance(40));
    para(kCouncilOutcome);
    begin_para();
    out_ += "RESOLVED that ";
    resolution_clause(c_.theme_def());
    out_ += '.';
    end_para();
  }

  /// Like the performance-report seed: plain paragraphs, "The main issues
  /// discussed at the meeting were:", unlabelled bullets, lettered decisions.
  void unnumbered_report(const ItemPlan& ip) {
    para(kUnnumberedIntro);
    para(kUnnumberedDetail);
    para(c_.v().main_issue_leads.draw(rng_));
    bullets_until(ip.target, rng_.chance(20), 20);
    resolution(ip);
  }

  void declarations(const ItemPlan& ip) {
    header(ip, kDeclarationAgenda);
    para(c_.v().proc.declaration_leads.draw(rng_));
    int count = 0;
    do {
      begin_bullet();
      c_.expand(out_, c_.v().proc.declaration_reasons.draw(rng_));
      end_bullet();
    } while (++count < 12 && room(ip.target - 150));
    end_list();
    para(c_.v().proc.declaration_closings.draw(rng_));
  }

  void minutes(const ItemPlan& ip) {
    header(ip, kMinutesAgenda);
    para(kMattersLead);
    int count = 0;
    do {
      c_.set_theme(related_theme(-1));
      begin_bullet();
      c_.expand(out_, c_.v().proc.matters_arising.any(rng_));
      if (rng_.chance(50)) {
        sep();
        const std::size_t start = used();
        c_.expand(out_, "{s}");
        cap(start);
      }
      end_bullet();
    } while (++count < 8 && room(ip.target - 250));
    end_list();
    para(c_.v().proc.minutes_resolutions.draw(rng_));
  }

  void public_questions(const ItemPlan& ip) {
    header(ip, kQuestionsAgenda);
    para(c_.v().proc.questions_leads.draw(rng_));
    int count = 0;
    do {
      c_.set_theme(related_theme(-1));
      begin_bullet();
      c_.expand(out_, "{topic}");
      out_ += kDash;
      c_.expand(out_, c_.v().proc.public_questions.any(rng_));
      sep();
      c_.expand(out_, c_.v().proc.answers.any(rng_));
      end_bullet();
    } while (++count < 8 && room(ip.target));
    end_list();
  }

  void work_programme(const ItemPlan& ip) {
    header(ip, kWorkProgAgenda);
    para(c_.v().proc.workprog_leads.draw(rng_));
    int count = 0;
    do {
      c_.set_theme(related_theme(-1));
      begin_bullet();
      c_.expand(out_, c_.v().proc.workprog_items.any(rng_));
      end_bullet();
    } while (++count < 12 && room(ip.target - 200));
    end_list();
    para(c_.v().proc.workprog_res.draw(rng_));
  }

  void member_questions(const ItemPlan& ip) {
    header(ip, kMemberQuestionsAgenda);
    para(kMemberQuestionLead);
    int count = 0;
    do {
      c_.set_theme(related_theme(-1));
      begin_bullet();
      c_.expand(out_, "{topic}");
      out_ += kDash;
      c_.expand(out_, kMemberQuestion);
      end_bullet();
    } while (++count < 14 && room(ip.target));
    end_list();
  }

  void planning(const ItemPlan& ip) {
    header(ip, kPlanningAgenda[rng_.below(2)]);
    begin_para();
    c_.expand(out_, kPlanningIntro);
    sep();
    c_.expand(out_, kPlanningIntro2);
    end_para();
    for (int i = rng_.range(1, 3); i > 0; --i) para(c_.fresh(c_.v().proc.plan_speakers, true));
    para(kPlanningDiscuss);
    int count = 0;
    do {
      begin_bullet();
      const std::string_view point = c_.fresh(c_.v().proc.plan_points, true);
      const std::size_t tilde = point.find(" ~ ");
      out_ += point.substr(0, tilde);
      out_ += kDash;
      c_.expand(out_, point.substr(tilde + 3));
      if (rng_.chance(40)) {
        sep();
        const std::size_t start = used();
        c_.expand(out_, "{gs}");
        cap(start);
      }
      end_bullet();
    } while (++count < 14 && room(ip.target));
    end_list();
    if (rng_.chance(20)) {
      para("RESOLVED that planning permission be refused for the following reasons:");
      const int n = rng_.range(1, 3);
      for (int i = 1; i <= n; ++i) numbered_point(i, c_.v().proc.plan_refusals.any(rng_));
    } else {
      begin_para();
      out_ += "RESOLVED that ";
      c_.expand(out_, c_.v().proc.plan_decisions.draw(rng_));
      out_ += '.';
      if (rng_.chance(50)) {
        sep();
        out_ += "(The vote was ";
        append_int(rng_.range(5, 10));
        out_ += " in favour, ";
        append_int(rng_.range(0, 5));
        out_ += " against and ";
        const int abstentions = rng_.range(0, 2);
        append_int(abstentions);
        out_ += abstentions == 1 ? " abstention.)" : " abstentions.)";
      }
      end_para();
    }
  }

  void motion(const ItemPlan& ip) {
    const int mover = c_.pick_member();
    int seconder = c_.pick_member();
    if (seconder == mover) seconder = c_.pick_member();
    std::string agenda = "The following notice of motion has been submitted by ";
    c_.append_councillor(agenda, mover);
    agenda += ", to be seconded by ";
    c_.append_councillor(agenda, seconder);
    agenda += '.';
    header(ip, agenda);
    begin_para();
    c_.append_councillor(out_, mover);
    out_ += " moved and ";
    c_.append_councillor(out_, seconder);
    out_ += " seconded the following motion:";
    end_para();
    out_ += "\xE2\x80\x9C";  // “
    for (int i = rng_.range(1, 2); i > 0; --i) {
      c_.expand(out_, c_.v().proc.motion_notes.any(rng_));
      out_ += ' ';
    }
    c_.expand(out_, c_.v().proc.motion_resolves.any(rng_));
    out_ += "\xE2\x80\x9D\n\n\n";  // ”
    para(kMotionDebate);
    bullets_until(ip.target, false, 8);
    para(c_.v().proc.motion_outcomes.draw(rng_));
  }

  Composer& c_;
  Rng& rng_;
  std::string& out_;
  int minute_;
  bool numbered_;
  bool nbsp_sep_ = false;
  int para_ = 0;
  std::vector<std::string> requests_;
};

// ------------------------------------------------------------- planning --
std::size_t procedural_target(Rng& rng) { return 1250 + rng.below(800); }

std::size_t substantive_target(Rng& rng) {
  // Product of two uniforms: many short items, a long tail to ~11 KB.
  const std::uint64_t a = rng.below(65536), b = rng.below(65536);
  return 1500 + static_cast<std::size_t>((a * b * 12800) >> 32);
}

std::vector<ItemPlan> plan_items(Composer& c, const Meeting& m) {
  Rng& rng = c.rng();
  const Vocabulary& v = c.v();
  const CommitteeDef& def = c.committee_def();
  const int n = m.items;
  std::vector<Kind> front, back;
  const int max_proc = std::max(0, n - 2);
  auto want = [&](unsigned pct) { return rng.chance(pct); };
  switch (def.kind) {
    case CommitteeKind::Cabinet:
      if (want(60)) front.push_back(Kind::Declarations);
      if (want(70)) front.push_back(Kind::Minutes);
      if (want(25)) front.push_back(Kind::PublicQuestions);
      break;
    case CommitteeKind::Council:
      if (want(70)) front.push_back(Kind::Declarations);
      if (want(80)) front.push_back(Kind::Minutes);
      if (want(40)) front.push_back(Kind::PublicQuestions);
      if (want(60)) back.push_back(Kind::MemberQuestions);
      break;
    case CommitteeKind::Planning:
      if (want(85)) front.push_back(Kind::Declarations);
      if (want(80)) front.push_back(Kind::Minutes);
      break;
    default:
      if (want(80)) front.push_back(Kind::Declarations);
      if (want(80)) front.push_back(Kind::Minutes);
      if (want(15)) front.push_back(Kind::PublicQuestions);
      if (want(70)) back.push_back(Kind::WorkProgramme);
  }
  while (static_cast<int>(front.size() + back.size()) > max_proc) {
    if (!back.empty()) back.pop_back();
    else front.pop_back();
  }
  std::vector<Kind> kinds = front;
  const int substantive = n - static_cast<int>(front.size() + back.size());
  const int motions = def.kind == CommitteeKind::Council ? std::min(substantive - 1, rng.range(0, 2)) : 0;
  for (int i = 0; i < substantive; ++i) {
    if (def.kind == CommitteeKind::Planning) kinds.push_back(rng.chance(85) ? Kind::Planning : Kind::Report);
    else kinds.push_back(i >= substantive - motions ? Kind::Motion : Kind::Report);
  }
  kinds.insert(kinds.end(), back.begin(), back.end());

  std::vector<ItemPlan> items(kinds.size());
  for (std::size_t k = 0; k < kinds.size(); ++k) {
    ItemPlan& ip = items[k];
    ip.kind = kinds[k];
    ip.theme = kGovernance;
    const bool substantive_kind = ip.kind == Kind::Report || ip.kind == Kind::Planning || ip.kind == Kind::Motion;
    ip.target = substantive_kind ? substantive_target(rng) : procedural_target(rng);
    switch (ip.kind) {
      case Kind::Declarations: ip.title = std::string(v.proc.declaration_titles.draw(rng)); break;
      case Kind::Minutes:
        c.begin_item(kGovernance, &ip.vars);
        ip.title = c.expand(v.proc.minutes_titles.draw(rng));
        break;
      case Kind::PublicQuestions: ip.title = std::string(v.proc.questions_titles.draw(rng)); break;
      case Kind::WorkProgramme:
        c.begin_item(kGovernance, &ip.vars);
        ip.title = c.expand(v.proc.workprog_titles.draw(rng));
        break;
      case Kind::MemberQuestions: ip.title = std::string(v.proc.member_questions_titles.draw(rng)); break;
      case Kind::Planning: {
        ip.theme = kPlanning;
        c.begin_item(ip.theme, &ip.vars);
        static constexpr std::string_view kForms[] = {"{iref} – {isite}", "Planning Application {iref}: {isite}",
                                                      "{iref} – {isite}", "Application {iref} – {isite}"};
        ip.title = c.expand(kForms[rng.below(4)]);
        ip.about = c.expand("an application for the {idev} at {isite}");
        ip.acronyms = c.acronyms_used();
        break;
      }
      case Kind::Motion: {
        const std::string_view line = v.proc.motion_subjects.any(rng);
        const std::size_t sep = line.find(" ~ ");
        ip.motion = line.substr(0, sep);
        ip.theme = sep == std::string_view::npos ? kGovernance : std::stoi(std::string(line.substr(sep + 3)));
        static constexpr std::string_view kForms[] = {"Notice of Motion – ", "Motion – ", "Notice of Motion: "};
        ip.title = std::string(kForms[rng.below(3)]) + std::string(ip.motion);
        ip.about = "the motion on " + std::string(ip.motion);
        break;
      }
      case Kind::Report: {
        ip.theme = def.kind == CommitteeKind::Planning ? kPlanning : weighted_theme(rng, def);
        const ThemeDef& th = v.themes[static_cast<std::size_t>(ip.theme)];
        for (int attempt = 0; attempt < 6; ++attempt) {
          ip.vars = ItemVars{};
          c.begin_item(ip.theme, &ip.vars);
          const TitleDef& td = th.titles[th.title_zipf.sample(rng)];
          ip.title = c.expand(td.title);
          ip.about = c.expand(td.about);
          bool dup = false;
          for (std::size_t j = 0; j < k; ++j) dup = dup || items[j].title == ip.title;
          if (!dup) break;
        }
        ip.acronyms = c.acronyms_used();
        break;
      }
    }
  }
  return items;
}

bool is_substantive(Kind k) { return k == Kind::Report || k == Kind::Planning || k == Kind::Motion; }

void scan_templates(std::string_view t, std::string_view where) {
  for (std::size_t i = t.find('{'); i != std::string_view::npos; i = t.find('{', i + 1)) {
    const std::size_t j = t.find('}', i);
    if (j == std::string_view::npos) throw std::logic_error("unclosed { in: " + std::string(where));
    const std::string_view name = t.substr(i + 1, j - i - 1);
    if (!Composer::is_known_slot(name))
      throw std::logic_error("unknown slot {" + std::string(name) + "} in: " + std::string(t));
  }
  int level = 0;
  for (char ch : t) {
    if (ch == '[') ++level;
    if (ch == ']') --level;
    if (level < 0) throw std::logic_error("unbalanced ] in: " + std::string(t));
  }
  if (level != 0) throw std::logic_error("unbalanced [ in: " + std::string(t));
}

}  // namespace

void render_meeting(const Plan& plan, const Meeting& meeting, std::vector<RenderedItem>& items) {
  Rng rng(meeting.key);
  Composer composer(plan, meeting, rng);
  std::vector<ItemPlan> plans = plan_items(composer, meeting);
  const Council& council = plan.councils[static_cast<std::size_t>(meeting.council)];

  std::vector<std::string> refs;
  for (std::size_t k = 0; k < plans.size(); ++k) {
    if (!is_substantive(plans[k].kind)) continue;
    std::string r = rng.chance(50) ? "item " : "agenda item ";
    r += std::to_string(k + 1);
    r += " (";
    r += plans[k].title;
    r += ')';
    refs.push_back(std::move(r));
  }

  items.resize(plans.size());
  for (std::size_t k = 0; k < plans.size(); ++k) {
    ItemPlan& ip = plans[k];
    RenderedItem& out = items[k];
    composer.begin_item(ip.theme, &ip.vars);
    if (!ip.acronyms.empty()) composer.acronyms_used() = ip.acronyms;
    composer.set_title(ip.title, ip.about);
    composer.set_item_refs(refs);
    out.text.clear();
    ItemRenderer r(composer, out.text, meeting.minute_start + static_cast<int>(k), council.numbered);
    r.render(ip);

    out.file_name.clear();
    const std::size_t num = k + 1;
    out.file_name += static_cast<char>('0' + num / 10 % 10);
    out.file_name += static_cast<char>('0' + num % 10);
    out.file_name += '-';
    out.file_name += slugify(ip.title);
    out.file_name += ".txt";
  }
}

void validate_templates() {
  const Vocabulary& v = vocab();
  auto list = [](const WordList& w, std::string_view where) {
    for (std::string_view t : w.items) scan_templates(t, where);
  };
  list(v.when, "when"); list(v.reasons, "reasons");
  list(v.generic_sentences, "generic sentences"); list(v.generic_res_points, "res points");
  list(v.generic_res_clauses, "res clauses"); list(v.generic_requests, "requests");
  list(v.generic_actions, "actions"); list(v.cm_intro_verbs, "cm intro");
  list(v.qa_leads, "qa"); list(v.comment_leads, "comments"); list(v.main_issue_leads, "issues");
  list(v.examined_leads, "examined"); list(v.officer_intros, "officer intros");
  list(v.header_asks, "header asks");
  const ProceduralText& p = v.proc;
  for (const WordList* w : {&p.declaration_titles, &p.declaration_leads, &p.declaration_reasons,
                            &p.declaration_closings, &p.minutes_titles, &p.minutes_resolutions,
                            &p.matters_arising, &p.questions_titles, &p.questions_leads,
                            &p.public_questions, &p.answers, &p.workprog_titles, &p.workprog_leads,
                            &p.workprog_items, &p.workprog_res, &p.member_questions_titles,
                            &p.plan_devs, &p.plan_sites, &p.plan_points,
                            &p.plan_speakers, &p.plan_decisions, &p.plan_refusals,
                            &p.motion_notes, &p.motion_resolves, &p.motion_outcomes})
    list(*w, "procedural");
  for (const ThemeDef& th : v.themes) {
    for (const TitleDef& t : th.titles) {
      scan_templates(t.title, th.key);
      scan_templates(t.about, th.key);
    }
    for (const WordList* w : {&th.topics, &th.nouns, &th.sentences, &th.cm_points, &th.res_points,
                              &th.res_clauses, &th.requests, &th.actions})
      list(*w, th.key);
  }
  for (auto t : {kMinutesAgenda, kWorkProgAgenda, kCabinetScrutinyReport, kCabinetMemberSpoke,
                 kReasonForDecision, kAlternatives, kCouncilIntro, kCouncilMoved, kCouncilOutcome,
                 kUnnumberedIntro, kUnnumberedDetail, kPlanningIntro, kPlanningIntro2,
                 kPlanningDiscuss, kMotionDebate, kMemberQuestion,
                 kMattersLead})
    scan_templates(t, "item_writer");
  for (auto t : kReportAgenda) scan_templates(t, "agenda");
  for (auto t : kCabinetAgenda) scan_templates(t, "agenda");
  for (auto t : kCouncilAgenda) scan_templates(t, "agenda");
  for (auto t : kCabinetPoints) scan_templates(t, "cabinet points");
  for (auto t : kPlanningAgenda) scan_templates(t, "planning agenda");
}

}  // namespace mcg
