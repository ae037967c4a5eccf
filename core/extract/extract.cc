#include "extract.h"

#include "text.h"

namespace minutes::extract {

Format format_of(const std::filesystem::path& path) {
  const auto ext = text::to_lower_ascii(path.extension().string());
  if (ext == ".txt" || ext == ".md" || ext == ".text") return Format::Text;
  if (ext == ".html" || ext == ".htm") return Format::Html;
  if (ext == ".pdf") return Format::Pdf;
  if (ext == ".xml") return Format::ModernGovXml;
  return Format::Unsupported;
}

std::string_view format_name(Format f) {
  switch (f) {
    case Format::Text: return "txt";
    case Format::Html: return "html";
    case Format::Pdf: return "pdf";
    case Format::ModernGovXml: return "xml";
    case Format::Unsupported: return "unsupported";
  }
  return "unsupported";
}

namespace {

/// Rejects what no text extractor can read: empty, binary, not UTF-8.
void check_text_bytes(std::string_view bytes) {
  if (text::trim(bytes).empty()) throw ExtractError("empty file");
  const auto probe = bytes.substr(0, 1u << 16);
  if (probe.find('\0') != std::string_view::npos) throw ExtractError("binary content (NUL bytes) in a text format");
  // A UTF-8 byte-order mark is fine; anything invalid is not guessed at.
  if (auto bad = text::find_invalid_utf8(bytes)) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[*bad]));
    throw ExtractError("not valid UTF-8 (byte " + std::string(hex) + " at offset " + std::to_string(*bad) + ")");
  }
}

std::string_view strip_bom(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  return s;
}

void require_text(const std::vector<ExtractedUnit>& units, std::string_view what) {
  for (const auto& u : units)
    if (!u.blocks.empty()) return;
  throw ExtractError(std::string("no text found in ") + std::string(what));
}

}  // namespace

std::vector<ExtractedUnit> extract_file(const std::filesystem::path& path, std::string_view bytes,
                                        const ExtractOptions& options) {
  std::vector<ExtractedUnit> units;
  switch (format_of(path)) {
    case Format::Text: {
      check_text_bytes(bytes);
      bytes = strip_bom(bytes);
      if (text::iends_with(path.string(), ".md"))
        units.push_back(extract_markdown(bytes));
      else
        units.push_back(ExtractedUnit{blocks_from_plain_text(bytes), {}, false, {}});
      break;
    }
    case Format::Html:
      check_text_bytes(bytes);
      units.push_back(extract_html(strip_bom(bytes)));
      break;
    case Format::Pdf: {
      if (bytes.empty()) throw ExtractError("empty file");
      if (bytes.substr(0, 5) != "%PDF-") throw ExtractError("not a PDF (no %PDF- header)");
      const auto text_layer = pdf_to_text(path, options.pdf_timeout);
      if (auto bad = text::find_invalid_utf8(text_layer)) throw ExtractError("PDF text is not valid UTF-8");
      units.push_back(ExtractedUnit{blocks_from_pdf_text(text_layer), {}, false, {}});
      require_text(units, "PDF (no text layer; scanned?)");
      return units;
    }
    case Format::ModernGovXml:
      check_text_bytes(bytes);
      units = extract_moderngov_xml(strip_bom(bytes));
      if (units.empty()) throw ExtractError("no agenda item with minutes in the GetMeeting response");
      return units;
    case Format::Unsupported:
      throw ExtractError("unsupported file type");
  }
  require_text(units, "document");
  return units;
}

}  // namespace minutes::extract
