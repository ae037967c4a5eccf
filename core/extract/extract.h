// Format extractors: bytes of a source file -> units of structured text.
// One function per format; extract_file() picks one by file extension.
// Extractors throw ExtractError with a reason a person can act on.
#pragma once

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "model.h"

namespace minutes::extract {

class ExtractError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class Format { Text, Html, Pdf, ModernGovXml, Unsupported };

/// The format for a path, judged by its extension (.txt .md .html .htm .pdf .xml).
Format format_of(const std::filesystem::path& path);
std::string_view format_name(Format f);

struct ExtractOptions {
  std::chrono::seconds pdf_timeout{30};
};

/// Reads and converts one file.  `bytes` is the file's content.
/// Throws ExtractError (empty, binary, not UTF-8, unparseable, timed out).
std::vector<ExtractedUnit> extract_file(const std::filesystem::path& path, std::string_view bytes,
                                        const ExtractOptions& options);

/// Plain text as in published agenda-item pages: blank lines separate
/// paragraphs, bullet characters start list items, short unpunctuated
/// lines standing alone are headings.
std::vector<Block> blocks_from_plain_text(std::string_view text);

/// Text from `pdftotext -layout`: page numbers and form feeds dropped,
/// wrapped lines joined, enumerations ("(a)", "1.", "84.") start blocks.
std::vector<Block> blocks_from_pdf_text(std::string_view text);

/// An HTML document or fragment; scripts, navigation and boilerplate dropped.
ExtractedUnit extract_html(std::string_view html);

/// A ModernGov web-service GetMeeting response: one unit per agenda item
/// that has minutes.
std::vector<ExtractedUnit> extract_moderngov_xml(std::string_view xml);

/// Runs `pdftotext -layout` on a file in a child process, killed after the
/// timeout; returns its UTF-8 text.
std::string pdf_to_text(const std::filesystem::path& path, std::chrono::seconds timeout);

/// Markdown with optional YAML-ish front matter (title, date): the front
/// matter becomes hints, the body is read as plain text.
ExtractedUnit extract_markdown(std::string_view text);

}  // namespace minutes::extract
