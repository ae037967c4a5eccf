#include <gumbo.h>

#include <array>
#include <memory>

#include "dates.h"
#include "extract.h"
#include "text.h"

namespace minutes::extract {
namespace {

// Elements whose content is never minutes text.
bool is_skipped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_IMG: case GUMBO_TAG_OBJECT:
      return true;
    default:
      return false;
  }
}

// Class and id fragments that mark navigation and boilerplate on council
// sites (ModernGov's link lists, attachment lists and footers among them).
constexpr std::array<std::string_view, 14> kBoilerplateMarkers{
    "mgLinks", "mgActionList", "mgFooter", "mgBulletList", "mgFileSize", "breadcrumb", "cookie",
    "navbar", "navigation", "menu", "skip-link", "sidebar", "mgSideBar", "site-header"};

std::string_view attribute(const GumboElement& el, const char* name) {
  const GumboAttribute* attr = gumbo_get_attribute(&el.attributes, name);
  return attr ? std::string_view(attr->value) : std::string_view{};
}

bool is_boilerplate(const GumboElement& el) {
  for (auto attr_name : {"class", "id", "role"}) {
    const auto value = attribute(el, attr_name);
    if (value.empty()) continue;
    if (value == "navigation" || value == "banner" || value == "contentinfo") return true;
    for (auto marker : kBoilerplateMarkers)
      if (text::ifind(value, marker) != std::string_view::npos) return true;
  }
  return false;
}

bool is_block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_HR: case GUMBO_TAG_MAIN: case GUMBO_TAG_BODY: case GUMBO_TAG_PRE:
      return true;
    default:
      return false;
  }
}

bool is_heading_tag(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
         tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

class HtmlWalker {
 public:
  void walk(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
      buffer_ += node->v.text.text;
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
    if (node->type == GUMBO_NODE_DOCUMENT) {
      walk_children(node->v.document.children);
      return;
    }
    const GumboElement& el = node->v.element;
    if (is_skipped_tag(el.tag) || is_boilerplate(el)) return;
    if (el.tag == GUMBO_TAG_BR) {
      buffer_ += ' ';
      return;
    }
    if (el.tag == GUMBO_TAG_TIME && unit_.hints.date.empty()) {
      // "2023-11-08" or "2023-11-08T10:00"; anything else is not a date
      // (its first ten bytes once ended inside a character, found by
      // tests/fuzz/extract_target.cc).
      const auto datetime = attribute(el, "datetime");
      if (const auto date = analysis::parse_iso_date(datetime.substr(0, datetime.find('T')))) unit_.hints.date = date->iso();
    }
    capture_title_hint(el);
    if (!is_block_tag(el.tag)) {
      walk_children(el.children);
      return;
    }
    flush();
    kinds_.push_back(kind_for(el.tag));
    walk_children(el.children);
    flush();
    kinds_.pop_back();
  }

  ExtractedUnit take() {
    flush();
    return std::move(unit_);
  }

 private:
  void walk_children(const GumboVector& children) {
    for (unsigned i = 0; i < children.length; ++i) walk(static_cast<const GumboNode*>(children.data[i]));
  }

  BlockKind kind_for(GumboTag tag) const {
    if (is_heading_tag(tag)) return BlockKind::Heading;
    if (tag == GUMBO_TAG_LI) return BlockKind::ListItem;
    // Paragraphs inside a list item stay list items; inside a heading, headings.
    if (!kinds_.empty() && kinds_.back() != BlockKind::Paragraph) return kinds_.back();
    return BlockKind::Paragraph;
  }

  // ModernGov puts the item title in h2.mgSubTitleTxt under an h1 that
  // names the page type ("Agenda item", "Decision details").
  void capture_title_hint(const GumboElement& el) {
    if (!unit_.hints.title.empty() || !is_heading_tag(el.tag)) return;
    const auto cls = attribute(el, "class");
    if (text::ifind(cls, "mgSubTitleTxt") == std::string_view::npos) return;
    std::string saved;
    saved.swap(buffer_);
    walk_children(el.children);
    unit_.hints.title = text::squeeze_spaces(text::decode_entities(buffer_));
    buffer_.swap(saved);
  }

  void flush() {
    if (buffer_.empty()) return;
    auto squeezed = text::squeeze_spaces(text::normalise_unicode_spacing(text::decode_entities(buffer_)));
    buffer_.clear();
    if (squeezed.empty()) return;
    const BlockKind kind = kinds_.empty() ? BlockKind::Paragraph : kinds_.back();
    unit_.blocks.push_back({kind, std::move(squeezed)});
  }

  std::string buffer_;
  std::vector<BlockKind> kinds_;
  ExtractedUnit unit_;
};

struct GumboOutputDeleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

}  // namespace

ExtractedUnit extract_html(std::string_view html) {
  std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  if (!output) throw ExtractError("HTML parser failed");
  HtmlWalker walker;
  walker.walk(output->document);
  return walker.take();
}

}  // namespace minutes::extract
