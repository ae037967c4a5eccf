// The document model: what extractors produce (blocks of text with hints)
// and what analysis produces (agenda items of typed passages with facets).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace minutes {

/// Structural unit of extracted text, independent of the source format.
enum class BlockKind { Heading, Paragraph, ListItem };

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  std::string text;  // whitespace-squeezed, entity-decoded UTF-8
};

/// Metadata known about a document or agenda item.  Empty means unknown.
struct Metadata {
  std::string council;
  std::string committee;
  std::string date;  // YYYY-MM-DD
  std::string item_number;
  std::string title;
  std::string url;

  /// Fills fields that are empty here from `other`.
  void fill_from(const Metadata& other);
};

/// One unit of extracted text: a whole file, or one agenda item of a
/// ModernGov web-service response.  Analysis may split a unit holding a
/// whole meeting into several agenda items.
struct ExtractedUnit {
  std::vector<Block> blocks;
  Metadata hints;           // what the source format itself says
  bool single_item = false; // the format guarantees one agenda item
  std::vector<std::string> attendees;  // councillors listed by the source
};

enum class PassageType { Decision, Action, Request, Discussion };
std::string_view to_string(PassageType t);

struct CouncillorRef {
  std::string id;    // slug of the canonical name: "nigel-jupp"
  std::string name;  // canonical display name: "Nigel Jupp"
  bool operator==(const CouncillorRef&) const = default;
};

struct Passage {
  int ordinal = 0;          // position within the item, from 0
  PassageType type = PassageType::Discussion;
  std::string minute;       // "33.6" or "" when the text has no numbering
  std::string label;        // bullet topic ("Rereferrals") or point ("1", "a")
  std::string portfolio;    // portfolio of the section, or ""
  std::string lead;         // lead-in of a resolution ("Resolved – That the Committee:")
  std::string text;
  std::vector<CouncillorRef> councillors;  // named in or resolved for this passage
  std::string actor;        // for actions: who is to act, as written or resolved
  CouncillorRef actor_councillor;          // when the actor is a councillor
  CouncillorRef recipient;  // for actions: the councillor it is for
};

struct Acronym {
  std::string acronym;    // "EHCP"
  std::string expansion;  // "Education, Health and Care Plan"
  bool operator==(const Acronym&) const = default;
};

struct Item {
  std::string id;           // stable: hash of file key and item position
  std::string file_key;     // source file key
  std::string format;       // txt, html, pdf, xml
  Metadata meta;            // council, committee, date, item number, title, url
  std::string quarter;      // "2021/22 Q2" or ""
  std::vector<std::string> portfolios;
  std::vector<CouncillorRef> councillors;
  std::vector<Passage> passages;
  std::vector<Acronym> acronyms;
};

}  // namespace minutes
