// Document: a file turned into clean UTF-8 text, with pages, lines and a map from every byte
// of that text back to where it came from.
//
//   skillfit::Result<skillfit::Document> doc = skillfit::LoadDocument("resume.pdf");
//   if (!doc.ok()) return doc.status();             // "resume.pdf: encrypted PDF ..."
//   size_t line = doc->LineOf(offset);              // 1-based line of a byte in doc->text
//
// The text is normalised: lines end in '\n', ligatures are expanded, every bullet glyph is
// written as "• ", runs of spaces are collapsed. For text-like input (plain text, Markdown,
// JSON Resume is not one of them) SourceOffset() maps a byte of `text` back to its byte offset
// in the file as read, so spans can be reported against the user's own file.
#ifndef SKILLFIT_DOCUMENT_H_
#define SKILLFIT_DOCUMENT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "skillfit/status.h"

namespace skillfit {

enum class SourceFormat { kText, kMarkdown, kPdf, kDocx, kJsonResume };

// "text", "markdown", "pdf", "docx", "json-resume".
const char* SourceFormatName(SourceFormat f);

// Limits enforced on every load. Defaults are documented in the README.
struct LoadLimits {
  size_t max_file_bytes = 20u << 20;        // 20 MiB on disk
  size_t max_text_bytes = 2u << 20;         // 2 MiB of extracted text
  int max_pdf_pages = 50;                   // pages read from a PDF
  size_t max_docx_uncompressed = 50u << 20; // sum of uncompressed zip entries read
};

// Maps text offsets to source offsets. Built as a list of runs: a run either copies source
// bytes one for one, or is text inserted (or a rewrite) that stands for one source position.
class OffsetMap {
 public:
  // Text [text_begin, text_begin+len) copies source [src_begin, src_begin+len).
  void AddCopy(size_t text_begin, size_t src_begin, size_t len);
  // Text [text_begin, text_begin+len) was written by us in place of source at src_begin.
  void AddInserted(size_t text_begin, size_t src_begin, size_t len);
  bool empty() const { return runs_.empty(); }
  // Source offset of a text offset; offsets past the end map to the end of the last run.
  size_t ToSource(size_t text_offset) const;

 private:
  struct Run {
    size_t text_begin;
    size_t src_begin;
    size_t len;
    bool copy;
  };
  std::vector<Run> runs_;
};

struct Document {
  std::string path;               // as given by the caller; "-" for standard input
  SourceFormat format = SourceFormat::kText;
  std::string text;               // normalised UTF-8, '\n' line ends, ends with '\n' if not empty
  std::vector<size_t> line_starts;  // byte offset of each line start in `text`
  std::vector<size_t> page_starts;  // byte offset of each page start (one page for non-PDF)
  OffsetMap source_map;           // filled for text and Markdown input only
  std::vector<std::string> warnings;  // "resume.txt: invalid UTF-8 repaired at byte 120"
  // The month the file says it was last written (year * 12 + month - 1), -1 when it says
  // none: a PDF's ModDate (else its CreationDate), a DOCX's dcterms:modified (else
  // dcterms:created), a JSON Resume's meta.lastModified. Text and Markdown carry no date.
  int written_month = -1;

  // 1-based line and page of a byte offset in `text`.
  size_t LineOf(size_t offset) const;
  size_t PageOf(size_t offset) const;
  std::string_view Line(size_t line_number) const;  // 1-based, without '\n'
  bool has_source_offsets() const { return !source_map.empty(); }
  size_t SourceOffset(size_t offset) const { return source_map.ToSource(offset); }

  // Recomputes line_starts from text; page_starts gets {0} when empty.
  void IndexLines();
};

// Reads a file and picks the loader by content (PDF magic, zip) and extension
// (.md/.markdown, .json, .txt or anything else that is text). "-" reads standard input.
// Fails with kInputError naming the file: missing, a directory, empty, too large, binary,
// corrupt, encrypted or scanned PDF, a zip that is not DOCX, JSON that is not a resume.
Result<Document> LoadDocument(const std::string& path, const LoadLimits& limits = {});

// The same from bytes already in memory; `name` is used in messages and to guess the format.
Result<Document> LoadDocumentFromBytes(std::string_view bytes, const std::string& name,
                                       const LoadLimits& limits = {});

}  // namespace skillfit

#endif  // SKILLFIT_DOCUMENT_H_
