#include "people.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "text.h"
#include "tokens.h"

namespace minutes::analysis {
namespace {

constexpr std::array<std::string_view, 42> kNotNames{
    "The",      "Member",   "Members",  "Council",   "Councils",    "Cabinet",  "Committee", "Chair",
    "Chairman", "Leader",   "County",   "Borough",   "District",    "Parish",   "Town",      "City",
    "For",      "Of",       "And",      "Also",      "Present",     "Apologies", "Vice",     "Deputy",
    "Mayor",    "Officer",  "Officers", "Director",  "Clerk",       "Seconder", "Proposed",  "Seconded",
    "Community", "Chairwoman", "Chairperson", "Resolved", "Action", "Portfolio", "Holder", "MP"};

constexpr std::array<std::string_view, 27> kOfficerWords{
    "Director", "Officer", "Executive", "Counsel", "Head", "Manager", "Clerk", "Accountant", "Solicitor",
    "Secretary", "Adviser", "Advisor", "Engineer", "Planner", "Assistant", "Democratic", "Treasurer",
    "Auditor", "Warden", "Inspector", "Superintendent", "Chief", "Monitoring", "Strategic", "Interim",
    "Corporate", "Area"};

bool in_list(std::string_view w, const auto& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool is_name_word(const Token& t) {
  if (!t.is_word() || !t.capitalised() || t.text.size() < 2) return false;
  bool lower = false;
  for (char c : t.text) lower = lower || text::is_lower_ascii(c);
  return lower && !in_list(t.text, kNotNames);
}

bool is_initial(const Token& t) { return t.is_word() && t.text.size() == 1 && text::is_upper_ascii(t.text[0]); }

enum class Title { None, Councillor, Councillors, Honorific };

Title title_at(const std::vector<Token>& t, std::size_t i) {
  const auto& w = t[i];
  if (!w.is_word()) return Title::None;
  if (w.is("Cllr") || w.is("Councillor") || w.is("CLLR")) return Title::Councillor;
  if (w.is("Cllrs") || w.is("Councillors")) return Title::Councillors;
  if (w.is("Mr") || w.is("Mrs") || w.is("Ms") || w.is("Miss") || w.is("Dr")) return Title::Honorific;
  return Title::None;
}

/// Parses one name starting at token i; advances i past it.
std::optional<NameMention> parse_name(const std::vector<Token>& t, std::size_t& i) {
  NameMention m;
  std::vector<std::string> words;
  while (i < t.size() && is_initial(t[i])) {
    if (!m.initials.empty()) m.initials += ' ';
    m.initials += std::string(t[i].text);
    ++i;
    if (i < t.size() && t[i].is_punct('.')) ++i;
  }
  while (i < t.size() && words.size() < 3 && is_name_word(t[i]) && title_at(t, i) == Title::None) {
    // "Cllr Martin Storey Norfolk County Council": a place before
    // County/Council/Borough is not part of the name.
    if (i + 1 < t.size() && (t[i + 1].is("County") || t[i + 1].is("Council") || t[i + 1].is("Borough") ||
                             t[i + 1].is("District") || t[i + 1].is("Parish")) && words.size() >= 2)
      break;
    words.emplace_back(t[i].text);
    ++i;
  }
  if (words.empty()) return std::nullopt;
  m.surname = words.back();
  words.pop_back();
  m.forenames = std::move(words);
  return m;
}

std::string lower(std::string_view s) { return text::to_lower_ascii(s); }

}  // namespace

std::vector<NameMention> find_name_mentions(std::string_view s) {
  std::vector<NameMention> out;
  const auto t = tokenize(s);
  for (std::size_t i = 0; i < t.size(); ++i) {
    const Title title = title_at(t, i);
    if (title == Title::None) continue;
    const std::size_t begin = t[i].offset;
    std::size_t j = i + 1;
    // "Cllr. O. Williams": the abbreviation's own full stop, not a sentence end.
    if (j < t.size() && t[j].is_punct('.') && adjacent(t, i) && t[i].text.size() <= 5) ++j;
    auto emit = [&](NameMention m, std::size_t start) {
      m.councillor_title = title != Title::Honorific;
      m.begin = start;
      m.end = t[j - 1].offset + t[j - 1].text.size();
      out.push_back(std::move(m));
    };
    auto first = parse_name(t, j);
    if (!first) continue;
    emit(std::move(*first), begin);
    if (title == Title::Councillors) {
      // A list: "Cllrs. Kim Davies, Hubert Gwynne and Doris Jones".
      while (j + 1 < t.size() && (t[j].is_punct(',') || t[j].is("and"))) {
        std::size_t k = j + 1;
        if (k < t.size() && title_at(t, k) == Title::Councillor) ++k;
        if (k < t.size() && t[k].is_punct('.')) ++k;
        const std::size_t start = t[k < t.size() ? k : t.size() - 1].offset;
        auto next = parse_name(t, k);
        if (!next) break;
        j = k;
        emit(std::move(*next), start);
      }
    }
    i = j - 1;
  }
  return out;
}

std::string canonical_portfolio(std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (name[i] == '&') {
      out += "and";
      continue;
    }
    out.push_back(name[i]);
  }
  return text::squeeze_spaces(out);
}

namespace {

/// Reads a portfolio name starting at token i: capitalised words joined by
/// and/of/the/&; stops at a comma, a lower-case word, a title or "and the".
std::optional<std::pair<std::string, std::size_t>> portfolio_at(std::string_view s, const std::vector<Token>& t,
                                                                 std::size_t i) {
  std::size_t last = i;
  bool any = false;
  std::size_t j = i;
  while (j < t.size()) {
    const auto& w = t[j];
    const bool connector = w.is("and") || w.is("of") || w.is("the") || w.is_punct('&');
    if (connector) {
      if (w.is("and") && j + 1 < t.size() && (t[j + 1].is("the") || t[j + 1].is("The"))) break;
      ++j;
      continue;
    }
    if (!w.is_word() || !w.capitalised() || title_at(t, j) != Title::None || w.is("Leader") ||
        w.is("Cabinet") || w.is("Councillor") || w.is("The"))
      break;
    // A line break ends the name: "... Cabinet Member for Finance\nThe Leader".
    if (j > i && s.substr(t[j - 1].offset, w.offset - t[j - 1].offset).find('\n') != std::string_view::npos) break;
    any = true;
    last = j;
    ++j;
  }
  if (!any) return std::nullopt;
  const auto begin = t[i].offset;
  const auto end = t[last].offset + t[last].text.size();
  return std::make_pair(canonical_portfolio(s.substr(begin, end - begin)), end);
}

}  // namespace

std::vector<RoleMention> find_role_mentions(std::string_view s) {
  std::vector<RoleMention> out;
  const auto t = tokenize(s);
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    // "<Cabinet|Lead|Executive> Member for X", "Portfolio Holder for X"
    const bool member_for = (t[i].is("Cabinet") || t[i].is("Lead") || t[i].is("Executive")) &&
                            t[i + 1].is_ci("member");
    const bool holder_for = t[i].is("Portfolio") && t[i + 1].is_ci("holder");
    if ((member_for || holder_for) && i + 3 < t.size() && t[i + 2].is("for")) {
      if (auto p = portfolio_at(s, t, i + 3)) {
        RoleMention r;
        r.portfolio = p->first;
        r.key = "cabinet member for " + lower(r.portfolio);
        r.begin = t[i].offset;
        r.end = p->second;
        out.push_back(std::move(r));
      }
      continue;
    }
    // "Leader of the Council", "the Leader" (not "Leader of the Opposition")
    if (t[i].is("Leader") && !(i > 0 && t[i - 1].is("Deputy"))) {
      const bool of_council = i + 3 < t.size() && t[i + 1].is("of") && t[i + 2].is("the") && t[i + 3].is("Council");
      const bool bare = (i > 0 && (t[i - 1].is_ci("the"))) && !(i + 1 < t.size() && t[i + 1].is("of"));
      if (of_council || bare) {
        out.push_back({"leader of the council", "", t[i].offset,
                       of_council ? t[i + 3].offset + t[i + 3].text.size() : t[i].offset + t[i].text.size()});
      }
      continue;
    }
    if ((t[i].is("Chairman") || t[i].is("Chair")) && i > 0 && t[i - 1].is_ci("the")) {
      out.push_back({"chairman", "", t[i].offset, t[i].offset + t[i].text.size()});
    }
  }
  return out;
}

std::optional<std::string> heading_portfolio(std::string_view heading, const std::vector<std::string>& known) {
  static const std::array<std::string_view, 24> common{
      "Finance", "Finance and Resources", "Resources", "Children and Young People", "Learning and Skills",
      "Adult Social Care", "Adult Social Care and Health", "Public Health", "Health and Wellbeing",
      "Highways and Transport", "Environment", "Environment and Climate Change", "Climate Change",
      "Housing", "Planning", "Community Safety", "Economy", "Economic Development", "Education",
      "Children's Services", "Communities", "Culture and Leisure", "Regeneration", "Corporate Services"};
  auto h = canonical_portfolio(text::trim(heading));
  for (std::string_view prefix : {"Portfolio: ", "Portfolio - ", "Cabinet Member for "})
    if (text::istarts_with(h, prefix)) h = h.substr(prefix.size());
  if (text::iends_with(h, " Portfolio")) h.resize(h.size() - 10);
  for (const auto& k : known)
    if (text::iequals(k, h)) return k;
  for (auto c : common)
    if (text::iequals(c, h)) return std::string(c);
  return std::nullopt;
}

Roster parse_roster(std::string_view json_text) {
  const auto j = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) throw std::runtime_error("roster is not a JSON object");
  Roster roster;
  roster.council = j.value("council", "");
  if (!j.contains("councillors") || !j["councillors"].is_array())
    throw std::runtime_error("roster has no \"councillors\" array");
  for (const auto& c : j["councillors"]) {
    if (!c.is_object() || !c.contains("name") || !c["name"].is_string())
      throw std::runtime_error("roster entry without a \"name\" string");
    Roster::Member m;
    m.name = c["name"].get<std::string>();
    for (const auto& key : {"roles", "aliases"}) {
      if (!c.contains(key)) continue;
      if (!c[key].is_array()) throw std::runtime_error(std::string("roster \"") + key + "\" must be an array");
      for (const auto& v : c[key])
        if (v.is_string()) (std::string_view(key) == "roles" ? m.roles : m.aliases).push_back(v.get<std::string>());
    }
    roster.members.push_back(std::move(m));
  }
  return roster;
}

// ---------------------------------------------------------------------------
// CouncillorResolver

namespace {

/// "Nigel Jupp" / "N Jupp" / "Jupp" as a mention without a title.
NameMention mention_from_plain_name(std::string_view name) {
  auto t = tokenize(name);
  std::size_t i = 0;
  if (i < t.size() && title_at(t, i) != Title::None) {
    ++i;
    if (i < t.size() && t[i].is_punct('.')) ++i;
  }
  if (i < t.size() && t[i].is("Councillor")) ++i;  // "County Councillor ..."
  NameMention m;
  std::vector<std::string> words;
  for (; i < t.size(); ++i) {
    if (is_initial(t[i])) {
      if (!m.initials.empty()) m.initials += ' ';
      m.initials += std::string(t[i].text);
    } else if (t[i].is_word()) {
      words.emplace_back(t[i].text);
    }
  }
  if (words.empty()) return m;
  m.surname = words.back();
  words.pop_back();
  m.forenames = std::move(words);
  m.councillor_title = true;
  return m;
}

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

char first_initial(const NameMention& m) {
  if (!m.forenames.empty()) return m.forenames.front()[0];
  if (!m.initials.empty()) return m.initials[0];
  return 0;
}

}  // namespace

void CouncillorResolver::note_portfolio(const std::string& portfolio) {
  for (const auto& p : portfolios_)
    if (text::iequals(p, portfolio)) return;
  portfolios_.push_back(portfolio);
}

void CouncillorResolver::bind_role(const std::string& key, std::size_t person) {
  role_holders_.emplace(key, person);  // the first binding wins
}

std::optional<std::size_t> CouncillorResolver::find_person(const NameMention& m) const {
  std::optional<std::size_t> found;
  int matches = 0;
  const char initial = first_initial(m);
  const auto forenames = join(m.forenames);
  for (std::size_t i = 0; i < people_.size(); ++i) {
    const auto& p = people_[i];
    if (!text::iequals(p.surname, m.surname)) continue;
    if (!forenames.empty() && !p.forenames.empty() && !text::iequals(p.forenames, forenames)) continue;
    if (initial && !p.initials.empty() && p.initials[0] != initial) continue;
    found = i;
    ++matches;
  }
  if (matches == 1) return found;
  return std::nullopt;
}

std::size_t CouncillorResolver::register_person(const NameMention& m) {
  if (auto existing = find_person(m)) {
    auto& p = people_[*existing];
    // A fuller form of the name upgrades what we knew.
    if (p.forenames.empty() && !m.forenames.empty()) p.forenames = join(m.forenames);
    if (p.initials.empty() && (!m.initials.empty() || !m.forenames.empty()))
      p.initials = m.initials.empty() ? std::string(1, m.forenames.front()[0]) : m.initials;
    return *existing;
  }
  Person p;
  p.forenames = join(m.forenames);
  p.initials = m.initials.empty() && !m.forenames.empty() ? std::string(1, m.forenames.front()[0]) : m.initials;
  p.surname = m.surname;
  people_.push_back(std::move(p));
  return people_.size() - 1;
}

void CouncillorResolver::add_roster(const Roster& roster) {
  for (const auto& member : roster.members) {
    auto m = mention_from_plain_name(member.name);
    if (m.surname.empty()) continue;
    const auto index = register_person(m);
    for (const auto& role : member.roles) {
      for (const auto& r : find_role_mentions(role)) {
        bind_role(r.key, index);
        if (!r.portfolio.empty()) note_portfolio(r.portfolio);
      }
      bind_role(lower(text::trim(role)), index);
    }
  }
}

void CouncillorResolver::add_known_name(std::string_view name) {
  auto m = mention_from_plain_name(name);
  if (!m.surname.empty()) register_person(m);
}

bool CouncillorResolver::is_officer(const NameMention& m, std::string_view s) const {
  if (m.councillor_title) return false;
  // "Mrs A Beer (Chief Executive)", "Kevin Kent, Emergency Planning Officer"
  auto after = s.substr(m.end, 80);
  after = text::trim(after);
  if (!after.empty() && (after.front() == '(' || after.front() == ',')) {
    const auto t = tokenize(after.substr(1));
    for (std::size_t i = 0; i < t.size() && i < 6; ++i) {
      if (t[i].is_punct(')') || t[i].is_punct(',')) break;
      if (in_list(t[i].text, kOfficerWords)) return true;
    }
  }
  // "The Director of Children's Services, Mrs L Corrigan, presented".
  auto before = text::trim(s.substr(0, m.begin));
  if (!before.empty() && before.back() == ',') {
    before.remove_suffix(1);
    const auto start = before.find_last_of(".;:(");
    const auto clause = before.substr(start == std::string_view::npos ? 0 : start + 1);
    if (clause.size() <= 90) {
      bool member_role = false, officer_role = false;
      for (const auto& t : tokenize(clause)) {
        member_role = member_role || t.is("Cabinet") || t.is("Leader") || t.is("Councillor") || t.is("Chairman");
        officer_role = officer_role || in_list(t.text, kOfficerWords);
      }
      if (officer_role && !member_role) return true;
    }
  }
  for (const auto& surname : officer_surnames_)
    if (text::iequals(surname, m.surname)) return true;
  return false;
}

void CouncillorResolver::learn(std::string_view s) {
  const auto mentions = find_name_mentions(s);
  // Officers first, so that "Mr Watts (General Counsel)" keeps later "Mr
  // Watts" out of the councillors.
  for (const auto& m : mentions)
    if (is_officer(m, s) && find_person(m) == std::nullopt) officer_surnames_.push_back(m.surname);
  // Full names before surnames, so that "Cllr Russell" finds "Cllr Sarah Russell".
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& m : mentions) {
      const bool full = !m.forenames.empty() || !m.initials.empty();
      if ((pass == 0) != full) continue;
      if (is_officer(m, s)) continue;
      // Honorifics count as councillors only with initials ("Mr R W Gough")
      // or when the person is already known as a councillor.
      if (!m.councillor_title && m.initials.empty() && !find_person(m)) continue;
      register_person(m);
    }
  }
  // Role pairings: "<role>, Cllr X", "Cllr X, <role>", "Mr X (Chairman)".
  const auto roles = find_role_mentions(s);
  for (const auto& r : roles) {
    if (!r.portfolio.empty()) note_portfolio(r.portfolio);
    for (const auto& m : mentions) {
      const bool role_then_name = m.begin >= r.end && m.begin - r.end <= 3 &&
                                  text::trim(s.substr(r.end, m.begin - r.end)) == ",";
      const auto gap = r.begin >= m.end ? text::trim(s.substr(m.end, r.begin - m.end)) : std::string_view("x");
      const bool name_then_role = r.begin >= m.end && r.begin - m.end <= 8 &&
                                  (gap == "," || gap == "(" || gap == ", the" || gap == "the" || gap == ", The");
      if (!role_then_name && !name_then_role) continue;
      if (auto index = find_person(m)) bind_role(r.key, *index);
    }
  }
}

CouncillorRef CouncillorResolver::ref(std::size_t index) const {
  const auto& p = people_[index];
  std::string name;
  if (!p.forenames.empty())
    name = p.forenames + " " + p.surname;
  else if (!p.initials.empty())
    name = p.initials + " " + p.surname;
  else
    name = p.surname;
  return {text::slugify(name), name};
}

std::optional<CouncillorRef> CouncillorResolver::resolve(const NameMention& m) const {
  if (auto index = find_person(m)) return ref(*index);
  return std::nullopt;
}

std::optional<CouncillorRef> CouncillorResolver::holder_of(std::string_view role_key) const {
  auto it = role_holders_.find(std::string(role_key));
  if (it == role_holders_.end()) return std::nullopt;
  return ref(it->second);
}

std::vector<CouncillorRef> CouncillorResolver::resolve_all(std::string_view passage) const {
  std::vector<CouncillorRef> out;
  auto add = [&out](const CouncillorRef& r) {
    if (std::find(out.begin(), out.end(), r) == out.end()) out.push_back(r);
  };
  for (const auto& m : find_name_mentions(passage))
    if (!is_officer(m, passage))
      if (auto r = resolve(m)) add(*r);
  for (const auto& role : find_role_mentions(passage))
    if (auto r = holder_of(role.key)) add(*r);
  return out;
}

std::vector<CouncillorRef> CouncillorResolver::everyone() const {
  std::vector<CouncillorRef> out;
  for (std::size_t i = 0; i < people_.size(); ++i) out.push_back(ref(i));
  return out;
}

}  // namespace minutes::analysis
