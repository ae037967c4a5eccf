// Councillors, roles and portfolios as minutes mention them.
//
// Mentions: "Cllr Russell", "Cllr Nigel Jupp", "Cllr. O. Williams",
// "Councillor Yates", "County Councillor Joseph Davies", "Cllrs. Kim Davies,
// Hubert Gwynne and Doris Jones", "Mr R W Gough (Chairman)".  Roles: "the
// Cabinet Member for Finance", "the Leader of the Council", bound to a person
// where the text pairs them ("The Cabinet Member for Children and Young
// People, Cllr Russell") or a roster says so.  Officers ("Mrs A Beer (Chief
// Executive)", "the Director of Public Health") are not councillors.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model.h"

namespace minutes::analysis {

struct NameMention {
  bool councillor_title = false;  // Cllr / Councillor, as opposed to Mr / Mrs / Dr
  std::string initials;           // "R W"
  std::vector<std::string> forenames;
  std::string surname;
  std::size_t begin = 0, end = 0;  // byte range in the text, title included
};

/// Every person mention with a title in the text, in order.
std::vector<NameMention> find_name_mentions(std::string_view text);

struct RoleMention {
  std::string key;        // "cabinet member for finance", "leader of the council"
  std::string portfolio;  // "Finance" for portfolio roles, else ""
  std::size_t begin = 0, end = 0;
};

/// "Cabinet Member for X", "Portfolio Holder for X", "Lead Member for X",
/// "Executive Member for X", "Leader of the Council", "the Leader", "Chairman".
std::vector<RoleMention> find_role_mentions(std::string_view text);

/// Canonical form of a portfolio name: "&" spelled "and", spaces squeezed.
std::string canonical_portfolio(std::string_view name);

/// True when a heading names a portfolio: one of `known`, or a common one.
std::optional<std::string> heading_portfolio(std::string_view heading, const std::vector<std::string>& known);

/// A council's published list of members and their roles.
struct Roster {
  struct Member {
    std::string name;
    std::vector<std::string> roles;
    std::vector<std::string> aliases;
  };
  std::string council;
  std::vector<Member> members;
};

/// Reads a councillors.json roster; throws std::runtime_error naming the problem.
Roster parse_roster(std::string_view json);

/// Resolves mentions to canonical councillors within one council: full
/// names, initials and surnames of one person become one councillor.
/// Learn from all the text first, then resolve passage by passage.
class CouncillorResolver {
 public:
  void add_roster(const Roster& roster);
  /// A name known from outside the text: a ModernGov attendee ("Councillor
  /// Basil Curley") or a full name remembered from earlier runs.
  void add_known_name(std::string_view name);
  /// Collects names, role pairings and officers from a whole item or meeting.
  void learn(std::string_view text);

  /// The councillors mentioned in a passage, by name or by a bound role.
  std::vector<CouncillorRef> resolve_all(std::string_view passage) const;
  /// The councillor a single mention refers to; nullopt for officers.
  std::optional<CouncillorRef> resolve(const NameMention& m) const;
  /// The councillor holding a role, when known.
  std::optional<CouncillorRef> holder_of(std::string_view role_key) const;
  /// All portfolios seen in roles (roster and text).
  const std::vector<std::string>& portfolios() const { return portfolios_; }
  /// Every canonical councillor known.
  std::vector<CouncillorRef> everyone() const;

 private:
  struct Person {
    std::string forenames;  // "Nigel" or ""
    std::string initials;   // "N" or "R W"
    std::string surname;
    std::vector<std::string> roles;
  };
  std::size_t register_person(const NameMention& m);
  std::optional<std::size_t> find_person(const NameMention& m) const;
  bool is_officer(const NameMention& m, std::string_view text) const;
  CouncillorRef ref(std::size_t index) const;
  void bind_role(const std::string& key, std::size_t person);
  void note_portfolio(const std::string& portfolio);

  std::vector<Person> people_;
  std::map<std::string, std::size_t> role_holders_;
  std::vector<std::string> officer_surnames_;
  std::vector<std::string> portfolios_;
};

}  // namespace minutes::analysis
