#include "passages.h"

#include <array>

#include "text.h"
#include "tokens.h"

namespace minutes::analysis {
namespace {

/// `lowered` is already lower case (ASCII): plain find is much faster than
/// a case-insensitive search repeated for every pattern.
bool contains_any(std::string_view lowered, std::initializer_list<std::string_view> needles) {
  for (auto n : needles)
    if (lowered.find(n) != std::string_view::npos) return true;
  return false;
}

// The three classifiers take lower-cased text.
bool is_action(std::string_view s) {
  static constexpr std::array<std::string_view, 8> would_verbs{
      "would be sent", "would be circulated", "would be provided", "would be shared", "would be forwarded",
      "would be emailed", "would be reported back", "would be brought back"};
  for (auto v : would_verbs)
    if (s.find(v) != std::string_view::npos) return true;
  static constexpr std::array<std::string_view, 14> agreed{
      "agreed to give", "agreed to provide", "agreed to send", "agreed to circulate", "agreed to write",
      "agreed to arrange", "agreed to investigate", "agreed to look into", "agreed to report",
      "agreed to contact", "agreed to chase", "agreed to email", "agreed to follow", "agreed to share"};
  for (auto v : agreed)
    if (s.find(v) != std::string_view::npos) return true;
  return contains_any(s, {"undertook to", "would write to", "would follow up", "would circulate",
                          "would provide", "would report back", "would look into", "would investigate",
                          "would contact", "agreed to review", "agreed to create", "agreed to seek",
                          "agreed to get", "agreed to draft", "agreed to liaise", "agreed to raise",
                          "agreed to update", "agreed to check", "to be circulated", "clerk to "});
}

bool is_request(std::string_view s) {
  return contains_any(s, {"was requested", "were requested", "had been requested", "requested that",
                          "requested a ", "requested an ", "requested further", "requested details",
                          "requested information", "requested sight", "asked for a breakdown",
                          "following information be provided", "information be provided",
                          "be provided to the committee", "be provided to members", "requested the "});
}

bool is_decision_wording(std::string_view s) {
  return contains_any(s, {"it was resolved", "resolved that", "resolved:", "it was agreed", "unanimously agreed",
                          "were approved", "was approved", "be approved", "was agreed that", "agreed that the"});
}

/// The resolution marker at the start of a paragraph: "Resolved – That the
/// Committee:", "RESOLVED that", "RESOLVED:", "It was RESOLVED".
bool starts_resolution(std::string_view s) {
  for (std::string_view m : {"resolved", "it was resolved", "decision:", "decision -", "agreed:", "recommendation agreed"})
    if (text::istarts_with(s, m)) {
      const auto rest = s.substr(m.size());
      return rest.empty() || !text::is_lower_ascii(rest[0]) || m.back() == ':' || text::istarts_with(rest, " that") ||
             text::istarts_with(rest, ":");
    }
  return false;
}

/// "Staffing vacancies – There was ..." -> "Staffing vacancies".
std::string topic_label(std::string_view s) {
  for (std::string_view dash : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", ": "}) {
    const auto at = s.find(dash);
    if (at == std::string_view::npos || at == 0 || at > 120) continue;
    const auto label = s.substr(0, at);
    const std::size_t max_words = dash == ": " ? 4 : 14;
    if (text::word_count(label) <= max_words) return std::string(label);
  }
  return {};
}

/// Splits "… text. Action: The Cabinet Member agreed to …" at the marker.
std::pair<std::string_view, std::string_view> split_action_marker(std::string_view s) {
  for (std::string_view marker : {"Action:", "ACTION:", "Action -", "Action –", "Action point:"}) {
    const auto at = s.find(marker);
    if (at == std::string_view::npos) continue;
    return {text::trim(s.substr(0, at)), text::trim(s.substr(at + marker.size()))};
  }
  return {s, {}};
}

/// The subject of an action: text before "agreed to" / "would" / "undertook".
std::string_view action_subject(std::string_view s) {
  std::size_t cut = std::string_view::npos;
  // Only active forms name an actor; "would be sent" does not.
  for (std::string_view verb : {" agreed to ", " undertook to ", " would provide ", " would write ", " would circulate ",
                                " would follow up", " would report back", " would look into", " would investigate",
                                " would contact "}) {
    const auto at = text::ifind(s, verb);
    if (at != std::string_view::npos && at < cut) cut = at;
  }
  if (cut == std::string_view::npos) return {};
  auto subject = s.substr(0, cut);
  // The last sentence before the verb.
  const auto stop = subject.rfind(". ");
  if (stop != std::string_view::npos) subject = subject.substr(stop + 2);
  return text::trim(subject);
}

void attach_people(Passage& p, const PassageContext& ctx) {
  if (!ctx.people) return;
  const auto whole = p.lead.empty() ? p.text : p.lead + " " + p.text;
  p.councillors = ctx.people->resolve_all(whole);
  if (p.type != PassageType::Action) return;
  // For whom: "sent to Councillor Yates", "write to Cllr Smith".
  for (const auto& m : find_name_mentions(p.text)) {
    const auto before = text::trim(std::string_view(p.text).substr(0, m.begin));
    if (text::iends_with(before, " to") || text::iends_with(before, " for")) {
      if (auto r = ctx.people->resolve(m)) p.recipient = *r;
    }
  }
  // Who acts: a councillor named or a role held in the subject.
  const auto subject = action_subject(p.text);
  if (subject.empty()) return;
  p.actor = std::string(subject);
  for (const auto& role : find_role_mentions(subject))
    if (auto r = ctx.people->holder_of(role.key)) p.actor_councillor = *r;
  for (const auto& m : find_name_mentions(subject))
    if (auto r = ctx.people->resolve(m)) p.actor_councillor = *r;
}

class PassageBuilder {
 public:
  explicit PassageBuilder(const PassageContext& ctx) : ctx_(ctx), minute_(ctx.item_minute) {}

  void add(const Block& block) {
    if (done_) return;
    if (block.kind == BlockKind::Heading) return on_heading(block.text);
    on_text(block);
  }

  std::vector<Passage> take() { return std::move(passages_); }

 private:
  void on_heading(std::string_view h) {
    if (text::istarts_with(h, "supporting documents")) {
      done_ = true;
      return;
    }
    if (starts_resolution(h)) {
      enter_resolution(h);
      return;
    }
    in_resolution_ = false;
    const auto known = ctx_.people ? ctx_.people->portfolios() : std::vector<std::string>{};
    if (auto p = heading_portfolio(h, known)) {
      portfolio_ = *p;
      return;
    }
    portfolio_.clear();
    // A longer heading ("Report of the Leader of the Council") is text
    // worth finding; a short one only names a section.
    if (text::word_count(h) >= 4) emit(classify(h), h, {});
  }

  void enter_resolution(std::string_view lead) {
    in_resolution_ = true;
    lead_ = std::string(lead);
    nested_kind_ = PassageType::Decision;
  }

  void on_text(const Block& block) {
    std::string_view s = block.text;
    if (text::istarts_with(s, "supporting documents")) {
      done_ = true;
      return;
    }
    if (text::iequals(s, "Minutes:")) return;
    auto [minute, rest] = split_minute_number(s);
    if (!minute.empty()) {
      minute_ = minute;
      in_resolution_ = false;
      s = rest;
    }
    auto [label, body] = split_enumeration(s);
    if (!label.empty()) s = body;

    if (starts_resolution(s)) {
      // "Resolved – That the Committee:" introduces points; "RESOLVED that
      // the minutes be approved" is itself a decision.
      const bool lead_in = s.back() == ':' || text::iequals(s, "resolved") || text::iequals(s, "resolved.");
      enter_resolution(lead_in ? s : std::string_view{});
      if (lead_in) return;
      emit(PassageType::Decision, s, label);
      return;
    }
    if (!in_resolution_ && !label.empty() && block.kind != BlockKind::ListItem && text::istarts_with(s, "that ")) {
      enter_resolution({});  // a run of "a) That …" points without a heading
    }
    if (in_resolution_) {
      if (block.kind == BlockKind::ListItem || (label.empty() && last_point_lead_in_)) {
        emit(nested_kind_, s, label.empty() ? topic_label(s) : label);
        return;
      }
      if (!label.empty()) {
        last_point_lead_in_ = s.back() == ':';
        nested_kind_ = last_point_lead_in_ && is_request(text::to_lower_ascii(s)) ? PassageType::Request : PassageType::Decision;
        emit(PassageType::Decision, s, label);
        return;
      }
      in_resolution_ = false;  // a plain paragraph ends the resolution
    }
    const std::string label_text = block.kind == BlockKind::ListItem ? topic_label(s) : label;
    auto [before, action] = split_action_marker(s);
    if (!action.empty()) {
      if (!before.empty()) emit(classify(before), before, label_text);
      emit(PassageType::Action, action, label_text);
      return;
    }
    emit(classify(s), s, label_text);
  }

  void emit(PassageType type, std::string_view body, std::string label) {
    body = text::trim(body);
    if (body.empty()) return;
    Passage p;
    p.ordinal = static_cast<int>(passages_.size());
    p.type = type;
    p.minute = minute_;
    p.label = std::move(label);
    p.portfolio = portfolio_;
    p.lead = in_resolution_ ? lead_ : std::string{};
    p.text = std::string(body);
    attach_people(p, ctx_);
    passages_.push_back(std::move(p));
  }

  const PassageContext& ctx_;
  std::string minute_;
  std::string portfolio_;
  std::string lead_;
  bool in_resolution_ = false;
  bool last_point_lead_in_ = false;
  PassageType nested_kind_ = PassageType::Decision;
  bool done_ = false;
  std::vector<Passage> passages_;
};

}  // namespace

PassageType classify(std::string_view s) {
  const auto lowered = text::to_lower_ascii(s);
  if (is_action(lowered)) return PassageType::Action;
  if (is_request(lowered)) return PassageType::Request;
  if (starts_resolution(s) || is_decision_wording(lowered)) return PassageType::Decision;
  return PassageType::Discussion;
}

std::pair<std::string, std::string_view> split_minute_number(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && text::is_digit(s[i])) ++i;
  if (i == 0 || i > 4 || i + 1 >= s.size()) return {{}, s};
  const char sep = s[i];
  if (sep != '.' && sep != '/') return {{}, s};
  std::size_t j = i + 1;
  while (j < s.size() && text::is_digit(s[j])) ++j;
  if (j == i + 1 || j - i - 1 > 3) return {{}, s};
  // "33.1 " or "68/18 "; not "1.5m" or a date "20/09/23".
  if (j < s.size() && s[j] != ' ' && s[j] != '\t') return {{}, s};
  return {std::string(s.substr(0, j)), text::trim(s.substr(j))};
}

std::pair<std::string, std::string_view> split_enumeration(std::string_view s) {
  std::size_t i = 0;
  const bool paren = !s.empty() && s[0] == '(';
  if (paren) i = 1;
  const std::size_t start = i;
  while (i < s.size() && (text::is_digit(s[i]) || text::is_lower_ascii(s[i]))) ++i;
  const std::size_t len = i - start;
  if (len == 0 || len > 4 || i + 1 >= s.size()) return {{}, s};
  const auto label = s.substr(start, len);
  const bool digits = text::is_digit(label[0]);
  for (char c : label) {
    if (digits && !text::is_digit(c)) return {{}, s};
    if (!digits && len > 1 && std::string_view("ivx").find(c) == std::string_view::npos) return {{}, s};
  }
  const char close = s[i];
  const bool ok = paren ? close == ')' : (close == ')' || (digits && close == '.'));
  if (!ok || s[i + 1] != ' ') return {{}, s};
  return {std::string(label), text::trim(s.substr(i + 1))};
}

std::vector<Passage> build_passages(const std::vector<Block>& blocks, const PassageContext& context) {
  PassageBuilder builder(context);
  for (const auto& b : blocks) builder.add(b);
  return builder.take();
}

}  // namespace minutes::analysis
