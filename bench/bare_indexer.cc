// The benchmark's baseline: a bare Xapian indexer that does no extraction.
// One document per file, TermGenerator with the English stemmer and
// positions, single-threaded, one commit at the end; what a generic
// full-text indexer costs on the same files.
#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "Usage: bare-indexer DB_DIR CORPUS_DIR\n";
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  Xapian::WritableDatabase db(argv[1], Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator generator;
  generator.set_stemmer(Xapian::Stem("english"));
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  std::size_t files = 0;
  std::uintmax_t bytes = 0;
  for (const auto& entry : fs::recursive_directory_iterator(argv[2])) {
    if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const auto body = text.str();
    Xapian::Document doc;
    generator.set_document(doc);
    generator.index_text(body);
    doc.set_data(entry.path().string());
    db.add_document(doc);
    ++files;
    bytes += body.size();
  }
  db.commit();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "bare: " << files << " files, " << bytes << " bytes, " << seconds << " s, "
            << static_cast<double>(bytes) / 1e6 / seconds << " MB/s\n";
  return 0;
}
