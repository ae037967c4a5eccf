// The indexer's reading of one file, from bytes to the JSON it stores:
// extraction by format, analysis into items and passages, the Xapian
// documents and file record as a run builds them, and the stored item read
// back as the daemon reads it.  (Sidecars, meeting.json and rosters are
// fuzzed only on their own: the analysis is given none.)
//
// The first byte picks the format; the rest is the file.  Properties:
// - only what process_file() reports as a skipped file (ExtractError, a
//   runtime_error) may be thrown: anything else the indexer would report
//   as an internal error;
// - companion JSON files (sidecar metadata, rosters) are refused, if at
//   all, with an exception the indexer turns into a warning;
// - every text the analysis produces is valid UTF-8 (the input was);
// - every item's stored JSON reads back with the daemon's reader, naming
//   the item, with as many passages as it has.
#include <memory>
#include <string>
#include <vector>

#include "extract.h"
#include "fuzz_target.h"
#include "glossary.h"
#include "index/documents.h"
#include "index/writer.h"
#include "items.h"
#include "people.h"
#include "search/shown_item.h"
#include "source.h"
#include "text.h"

namespace {

using namespace minutes;

std::vector<ExtractedUnit> extract_as(unsigned format, std::string_view bytes) {
  switch (format) {
    case 0: return extract::extract_file("fuzz/2021-11-17/item.txt", bytes, {});
    case 1: return extract::extract_file("fuzz/2021-11-17/item.html", bytes, {});
    case 2: return extract::extract_file("fuzz/meeting.xml", bytes, {});
    case 3: return extract::extract_file("fuzz/2021-11-17/item.md", bytes, {});
    default: {
      // PDFs reach the analysis as pdftotext's output: fuzz that text
      // (running pdftotext per input would fuzz poppler, not us), checked
      // as extract_file() checks it.
      if (text::find_invalid_utf8(bytes)) throw extract::ExtractError("PDF text is not valid UTF-8");
      ExtractedUnit unit;
      unit.blocks = extract::blocks_from_pdf_text(bytes);
      return {unit};
    }
  }
}

void check_companion_files(std::string_view bytes) {
  try {
    (void)parse_metadata_json(bytes);
  } catch (const std::exception&) {  // a warning, "metadata ignored: ..."
  }
  try {
    (void)analysis::parse_roster(bytes);
  } catch (const std::exception&) {  // a warning, "roster ignored: ..."
  }
}

/// Fails naming the field when its text is not valid UTF-8.
void check_utf8(std::string_view field, const std::string& value) {
  if (auto bad = text::find_invalid_utf8(value))
    fuzz::fail("the analysis keeps text valid UTF-8",
               std::string(field) + " has an invalid byte at " + std::to_string(*bad) + ": \"" + value + "\"");
}

void check_texts(const Item& item) {
  for (const auto& [field, value] : {std::pair{"council", &item.meta.council}, {"committee", &item.meta.committee},
                                     {"date", &item.meta.date}, {"item number", &item.meta.item_number},
                                     {"title", &item.meta.title}, {"url", &item.meta.url}, {"quarter", &item.quarter}})
    check_utf8(field, *value);
  for (const auto& p : item.portfolios) check_utf8("portfolio", p);
  for (const auto& c : item.councillors) check_utf8("councillor", c.name);
  for (const auto& a : item.acronyms) check_utf8("acronym expansion", a.expansion);
  for (const auto& p : item.passages) {
    for (const auto& [field, value] : {std::pair{"passage minute", &p.minute}, {"passage label", &p.label},
                                       {"passage portfolio", &p.portfolio}, {"passage lead", &p.lead},
                                       {"passage text", &p.text}, {"passage actor", &p.actor}})
      check_utf8(field, *value);
    for (const auto& c : p.councillors) check_utf8("passage councillor", c.name);
  }
}

void check_stored_items(const std::vector<Item>& items, std::string_view format) {
  // The documents as a run builds them: with a glossary (the common
  // acronyms and the file's own), and the file's record beside its items.
  std::vector<Acronym> glossary = analysis::common_acronyms();
  for (const auto& item : items) glossary.insert(glossary.end(), item.acronyms.begin(), item.acronyms.end());
  index::DocumentBuilder builder;
  builder.set_glossary(std::make_shared<const analysis::ExpansionFinder>(glossary));
  index::FileRecord record{"fuzz/item", "signature", std::string(format), {}};
  for (const auto& item : items) record.item_ids.push_back(item.id);
  for (const auto& item : items) check_texts(item);
  (void)index::build_file_documents(record, items, builder);
  search::ShownItemReader reader;
  for (const auto& item : items) {
    const auto stored = index::item_json(item);
    search::ShownItem shown;
    try {
      shown = reader.read(stored);
    } catch (const std::exception& e) {
      fuzz::fail("the daemon reads every item the indexer stores", std::string(e.what()) + "\n  " + stored);
    }
    if (shown.summary.id != item.id) fuzz::fail("a stored item names itself", stored);
    if (shown.passages.size() != item.passages.size()) fuzz::fail("a stored item keeps every passage", stored);
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) { return 0; }

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  const unsigned format = data[0] % 6;
  if (format == 5) {
    check_companion_files(bytes);
    return 0;
  }
  std::vector<Item> items;
  const std::string_view format_name = format == 2 ? "xml" : format == 1 ? "html" : format == 4 ? "pdf" : "txt";
  try {
    analysis::ItemSource source;
    source.file_key = "fuzz/item";
    source.format = std::string(format_name);
    source.path_text = "fuzz/2021-11-17/item";
    items = analysis::analyse_units(extract_as(format, bytes), source);
  } catch (const extract::ExtractError&) {
    return 0;  // skipped, with its reason
  } catch (const std::runtime_error&) {
    return 0;  // likewise (process_file's second case)
  }
  check_stored_items(items, format_name);
  return 0;
}
