// LoadDocx: the text of a Word (.docx) file, through libzip (from memory) and pugixml.
//
// What is read: the main document part (found through _rels/.rels, usually
// word/document.xml) and the page headers it uses (many resume templates put the name and
// contacts there; their text comes first). In document order:
//  - a paragraph is a line; a line break (w:br, w:cr) starts a new line; a tab is a space;
//  - a list item (w:numPr, or a "List Bullet"/"List Number" style) starts with "• ";
//  - a heading (Heading/Title styles, or an outline level) gets a blank line before it;
//  - a table row whose cells hold one paragraph each is one line, cells joined with " | "
//    ("Languages | Python, Go"), so a row reads like a line of a text resume; a row whose
//    cells hold more (a two-column layout made with a table) gives each cell as a block;
//  - text boxes are read where they are anchored, once (not again from the VML fallback);
//  - deleted text of tracked changes, field codes and footnote marks are skipped.
// Limits: the uncompressed sizes the zip declares for the parts read are summed and
// checked before anything is inflated (a zip bomb is refused without being expanded), and
// no part is read past its declared size. The walk of a part recurses as its elements nest,
// so a part nested deeper than kMaxNesting levels is refused rather than overflow the stack.

#include <zip.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <utility>
#include <vector>

#include "documents/document_loaders.h"
#include "documents/text_normalize.h"
#include "documents/written_month.h"
#include "util/utf8.h"

namespace skillfit {
namespace {

// The zip archive, closed on scope exit.
struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

class DocxReader {
 public:
  DocxReader(zip_t* zip, const std::string& name, const LoadLimits& limits)
      : zip_(zip), name_(name), limits_(limits) {}

  // Reads part `path` into `out`. `*found` is false when the zip has no such entry.
  Status ReadPart(const std::string& path, std::string* out, bool* found) {
    *found = false;
    const zip_int64_t index = zip_name_locate(zip_, path.c_str(), 0);
    if (index < 0) return Status::Ok();
    *found = true;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip_, static_cast<zip_uint64_t>(index), 0, &st) != 0 ||
        !(st.valid & ZIP_STAT_SIZE)) {
      return Status::InputError(name_ + ": corrupt zip (no size for " + path + ")");
    }
    if (st.size > limits_.max_docx_uncompressed ||
        read_bytes_ + st.size > limits_.max_docx_uncompressed) {
      return Status::InputError(
          name_ + ": DOCX uncompressed size " + std::to_string(read_bytes_ + st.size) +
          " bytes exceeds the limit of " + std::to_string(limits_.max_docx_uncompressed));
    }
    read_bytes_ += st.size;
    zip_file_t* file = zip_fopen_index(zip_, static_cast<zip_uint64_t>(index), 0);
    if (file == nullptr) {
      return Status::InputError(name_ + ": corrupt zip (cannot open " + path + ": " +
                                zip_strerror(zip_) + ")");
    }
    // One byte more than declared: a part that inflates past its declared size is corrupt
    // (or a bomb that lies about its size), and is never read further.
    out->assign(static_cast<size_t>(st.size) + 1, '\0');
    zip_uint64_t got = 0;
    bool failed = false;
    while (got < out->size()) {
      const zip_int64_t n = zip_fread(file, &(*out)[got], out->size() - got);
      if (n < 0) {
        failed = true;
        break;
      }
      if (n == 0) break;
      got += static_cast<zip_uint64_t>(n);
    }
    zip_fclose(file);
    if (failed || got != st.size) {
      return Status::InputError(name_ + ": corrupt zip (" + path +
                                (failed ? " does not inflate)" : " is not its declared size)"));
    }
    out->resize(static_cast<size_t>(st.size));
    return Status::Ok();
  }

 private:
  zip_t* zip_;
  const std::string& name_;
  const LoadLimits& limits_;
  uint64_t read_bytes_ = 0;
};

Status ParseXml(const std::string& xml, const std::string& name, const std::string& part,
                pugi::xml_document* doc) {
  const pugi::xml_parse_result r =
      // parse_ws_pcdata: a run that is only a space (<w:t xml:space="preserve"> </w:t>,
      // common between runs of different formats) is text, not layout whitespace.
      doc->load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata,
                       pugi::encoding_auto);
  if (!r) {
    return Status::InputError(name + ": corrupt DOCX XML (" + part + ": " + r.description() +
                              " at byte " + std::to_string(r.offset) + ")");
  }
  return Status::Ok();
}

// "word/document.xml" from a relationship target "/word/document.xml" or "document.xml"
// relative to `base` ("word/").
std::string ResolveTarget(const std::string& base, std::string target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  std::string dir = base;
  while (target.compare(0, 3, "../") == 0) {
    target.erase(0, 3);
    if (!dir.empty()) dir.pop_back();
    const size_t slash = dir.find_last_of('/');
    dir = slash == std::string::npos ? "" : dir.substr(0, slash + 1);
  }
  return dir + target;
}

bool EndsWith(const char* s, const char* suffix) {
  const size_t n = std::strlen(s), m = std::strlen(suffix);
  return n >= m && std::strcmp(s + n - m, suffix) == 0;
}

bool IsName(const pugi::xml_node& n, const char* name) { return std::strcmp(n.name(), name) == 0; }

// How deep BodyWriter follows nested elements. Word nests a few dozen levels (body, content
// control, table, cell, paragraph, run, drawing, text box, ...), tables in tables a few more.
constexpr int kMaxNesting = 256;

// Turns the body of a document part into lines; "" stands for a blank line. Stops going
// deeper past kMaxNesting levels of the walk, and is then too_deep().
class BodyWriter {
 public:
  BodyWriter() = default;
  std::vector<std::string>& lines() { return lines_; }
  bool too_deep() const { return too_deep_; }

  // Any container of block content: body, cell, text box, content control.
  void Blocks(const pugi::xml_node& parent) {
    if (!Descend()) return;
    for (pugi::xml_node n : parent.children()) {
      if (IsName(n, "w:p")) {
        Paragraph(n);
      } else if (IsName(n, "w:tbl")) {
        Table(n);
      } else if (IsName(n, "w:sectPr") || IsName(n, "mc:Fallback") || IsName(n, "w:del")) {
        continue;
      } else {
        Blocks(n);  // w:sdt, w:sdtContent, w:customXml, mc:AlternateContent, mc:Choice...
      }
    }
    --depth_;
  }

 private:
  explicit BodyWriter(int depth) : depth_(depth) {}

  // One level deeper into the walk; false past kMaxNesting (the caller then goes no deeper).
  bool Descend() {
    if (depth_ >= kMaxNesting) {
      too_deep_ = true;
      return false;
    }
    ++depth_;
    return true;
  }

  void Blank() {
    if (!lines_.empty() && !lines_.back().empty()) lines_.emplace_back();
  }

  void Emit(const std::string& raw, bool bullet) {
    size_t start = 0;
    bool first = true;
    while (start <= raw.size()) {
      size_t end = raw.find('\n', start);
      if (end == std::string::npos) end = raw.size();
      std::string line = NormalizeLine(std::string_view(raw).substr(start, end - start));
      if (!line.empty()) {
        if (bullet && first && line.compare(0, 3, "\xE2\x80\xA2") != 0) {
          line = "\xE2\x80\xA2 " + line;
        }
        lines_.push_back(std::move(line));
        first = false;
      }
      start = end + 1;
    }
  }

  // Text of a paragraph's runs, in order; text boxes inside it are collected in `boxes`.
  void Runs(const pugi::xml_node& parent, std::string* text, std::vector<pugi::xml_node>* boxes) {
    if (!Descend()) return;
    for (pugi::xml_node n : parent.children()) {
      const char* name = n.name();
      if (IsName(n, "w:t")) {
        *text += n.text().get();
      } else if (IsName(n, "w:tab") || IsName(n, "w:ptab")) {
        text->push_back(' ');
      } else if (IsName(n, "w:br") || IsName(n, "w:cr")) {
        text->push_back('\n');
      } else if (IsName(n, "w:noBreakHyphen")) {
        text->push_back('-');
      } else if (IsName(n, "w:sym")) {
        // A symbol-font character: Word's bullets and dashes. Private-use code points
        // (F0xx) of bullets are written as a bullet by NormalizeLine.
        const uint32_t cp =
            static_cast<uint32_t>(std::strtoul(n.attribute("w:char").value(), nullptr, 16));
        if (cp > 0x1F && cp < 0x10000) AppendUtf8(cp, text);
      } else if (IsName(n, "w:txbxContent")) {
        boxes->push_back(n);
      } else if (IsName(n, "w:pPr") || IsName(n, "w:rPr") || IsName(n, "w:del") ||
                 IsName(n, "w:delText") || IsName(n, "w:instrText") ||
                 IsName(n, "w:delInstrText") || IsName(n, "mc:Fallback") ||
                 IsName(n, "w:footnoteReference") || IsName(n, "w:endnoteReference") ||
                 IsName(n, "w:commentReference") || EndsWith(name, "Pr")) {
        continue;
      } else {
        Runs(n, text, boxes);  // w:r, w:hyperlink, w:ins, w:smartTag, w:fldSimple, drawings...
      }
    }
    --depth_;
  }

  static bool IsListStyle(const std::string& style) {
    return style.find("List") != std::string::npos &&
           (style.find("Bullet") != std::string::npos || style.find("Number") != std::string::npos);
  }

  static bool IsHeadingStyle(const std::string& style) {
    return style.compare(0, 7, "Heading") == 0 || style.compare(0, 7, "heading") == 0 ||
           style == "Title" || style == "Subtitle";
  }

  void Paragraph(const pugi::xml_node& p) {
    const pugi::xml_node ppr = p.child("w:pPr");
    const std::string style = ppr.child("w:pStyle").attribute("w:val").value();
    const pugi::xml_node num = ppr.child("w:numPr");
    const bool list =
        (num && std::strcmp(num.child("w:numId").attribute("w:val").value(), "0") != 0) ||
        IsListStyle(style);
    const bool heading = IsHeadingStyle(style) || ppr.child("w:outlineLvl");
    std::string text;
    std::vector<pugi::xml_node> boxes;
    Runs(p, &text, &boxes);
    if (heading) Blank();
    const size_t before = lines_.size();
    Emit(text, list);
    if (lines_.size() == before && !list && boxes.empty()) Blank();  // an empty paragraph
    for (const pugi::xml_node& box : boxes) {
      Blank();
      Blocks(box);
      Blank();
    }
  }

  // A cell's lines, written on their own (one level deeper in the walk).
  std::vector<std::string> CellLines(const pugi::xml_node& tc) {
    BodyWriter cell(depth_);
    cell.Blocks(tc);
    too_deep_ |= cell.too_deep_;
    std::vector<std::string> out;
    for (std::string& l : cell.lines_) {
      if (!l.empty()) out.push_back(std::move(l));
    }
    return out;
  }

  void Table(const pugi::xml_node& tbl) {
    Blank();
    for (pugi::xml_node tr : tbl.children("w:tr")) {
      std::vector<std::vector<std::string>> cells;
      bool simple = true;
      for (pugi::xml_node n : tr.children()) {
        if (IsName(n, "w:tc")) {
          cells.push_back(CellLines(n));
        } else if (IsName(n, "w:sdt") || IsName(n, "w:customXml")) {  // cells in a control
          for (pugi::xpath_node x : n.select_nodes(".//w:tc")) {
            cells.push_back(CellLines(x.node()));
          }
        }
      }
      for (const auto& c : cells) simple &= c.size() <= 1;
      if (simple) {
        std::string row;
        for (const auto& c : cells) {
          if (c.empty()) continue;
          if (!row.empty()) row += " | ";
          row += c[0];
        }
        if (!row.empty()) lines_.push_back(std::move(row));
      } else {
        for (auto& c : cells) {
          if (c.empty()) continue;
          Blank();
          for (auto& l : c) lines_.push_back(std::move(l));
          Blank();
        }
      }
    }
    Blank();
  }

  std::vector<std::string> lines_;
  int depth_ = 0;  // how many Blocks and Runs calls are under way
  bool too_deep_ = false;
};

// The error for a part nested past kMaxNesting.
Status TooDeep(const std::string& name, const std::string& part) {
  return Status::InputError(name + ": corrupt DOCX XML (" + part + " nests elements more than " +
                            std::to_string(kMaxNesting) + " levels deep)");
}

// Targets of the relationships of `rels_xml` whose type ends in `type_suffix`.
std::vector<std::string> RelationshipTargets(const pugi::xml_document& rels,
                                             const char* type_suffix) {
  std::vector<std::string> out;
  for (pugi::xml_node r : rels.child("Relationships").children("Relationship")) {
    if (EndsWith(r.attribute("Type").value(), type_suffix) &&
        std::strcmp(r.attribute("TargetMode").value(), "External") != 0) {
      out.push_back(r.attribute("Target").value());
    }
  }
  return out;
}

// Opens `bytes` as a zip archive, read in place (`bytes` must outlive `*zip`). Fails when
// `bytes` has no zip signature or libzip cannot open it.
Status OpenZip(std::string_view bytes, const std::string& name, ZipPtr* zip) {
  if (bytes.size() < 4 ||
      (bytes.compare(0, 4, "PK\x03\x04") != 0 && bytes.compare(0, 4, "PK\x05\x06") != 0)) {
    return Status::InputError(name + ": not a DOCX (no zip signature)");
  }
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    return Status::InputError(name + ": corrupt zip");
  }
  zip->reset(zip_open_from_source(source, ZIP_RDONLY, &error));
  if (!*zip) {
    const std::string why = zip_error_strerror(&error);
    zip_source_free(source);
    zip_error_fini(&error);
    return Status::InputError(name + ": corrupt zip (" + why + ")");
  }
  zip_error_fini(&error);
  return Status::Ok();
}

// The main part: where the package relationships say, else the usual place.
Status FindMainPart(DocxReader* reader, std::string* main_part) {
  *main_part = "word/document.xml";
  std::string rels_xml;
  bool found = false;
  Status s = reader->ReadPart("_rels/.rels", &rels_xml, &found);
  if (!s.ok()) return s;
  pugi::xml_document rels;
  if (found && rels.load_buffer(rels_xml.data(), rels_xml.size())) {
    for (const std::string& t : RelationshipTargets(rels, "/officeDocument")) {
      *main_part = ResolveTarget("", t);
      break;
    }
  }
  return Status::Ok();
}

// Reads and parses `*main_part` into `doc`. A part the zip does not hold falls back to
// word/document.xml (then `*main_part` names it); fails when that is missing too.
Status ParseMainPart(DocxReader* reader, const std::string& name, std::string* main_part,
                     pugi::xml_document* doc) {
  std::string xml;
  bool found = false;
  Status s = reader->ReadPart(*main_part, &xml, &found);
  if (!s.ok()) return s;
  if (!found && *main_part != "word/document.xml") {
    *main_part = "word/document.xml";
    s = reader->ReadPart(*main_part, &xml, &found);
    if (!s.ok()) return s;
  }
  if (!found) return Status::InputError(name + ": not a DOCX (a zip without word/document.xml)");
  return ParseXml(xml, name, *main_part, doc);
}

// The lines of header part `part`; none when the zip does not hold it.
Status HeaderPartLines(DocxReader* reader, const std::string& name, const std::string& part,
                       std::vector<std::string>* lines) {
  std::string part_xml;
  bool found = false;
  Status s = reader->ReadPart(part, &part_xml, &found);
  if (!s.ok() || !found) return s;
  pugi::xml_document header;
  s = ParseXml(part_xml, name, part, &header);
  if (!s.ok()) return s;
  BodyWriter w;
  w.Blocks(header.child("w:hdr"));
  if (w.too_deep()) return TooDeep(name, part);
  *lines = std::move(w.lines());
  return Status::Ok();
}

// Page headers used by the document, each once (a template repeats one per section): their
// lines, a blank line after each header. Headers with no text are left out.
Status ReadHeaderLines(DocxReader* reader, const std::string& name, const std::string& main_part,
                       std::vector<std::string>* header_lines) {
  const size_t slash = main_part.find_last_of('/');
  const std::string base = slash == std::string::npos ? "" : main_part.substr(0, slash + 1);
  const std::string rels_part =
      base + "_rels/" + main_part.substr(slash == std::string::npos ? 0 : slash + 1) + ".rels";
  std::string rels_xml;
  bool found = false;
  Status s = reader->ReadPart(rels_part, &rels_xml, &found);
  if (!s.ok()) return s;
  pugi::xml_document rels;
  if (!found || !rels.load_buffer(rels_xml.data(), rels_xml.size())) return Status::Ok();
  std::vector<std::string> seen;
  for (const std::string& t : RelationshipTargets(rels, "/header")) {
    std::vector<std::string> lines;
    s = HeaderPartLines(reader, name, ResolveTarget(base, t), &lines);
    if (!s.ok()) return s;
    std::string joined;
    for (const auto& l : lines) joined += l + "\n";
    bool dup = false;
    for (const auto& prev : seen) dup |= prev == joined;
    if (dup || joined.find_first_not_of('\n') == std::string::npos) continue;
    seen.push_back(joined);
    for (auto& l : lines) header_lines->push_back(std::move(l));
    header_lines->emplace_back();
  }
  return Status::Ok();
}

// Appends `lines` to `text`, each with a newline; "" (a blank line) only where `text` is not
// empty and does not already end in a blank line.
void AppendLines(const std::vector<std::string>& lines, std::string* text) {
  for (const std::string& l : lines) {
    if (l.empty()) {
      if (!text->empty() && text->compare(text->size() - std::min<size_t>(2, text->size()),
                                          std::string::npos, "\n\n") != 0) {
        text->push_back('\n');
      }
      continue;
    }
    *text += l;
    text->push_back('\n');
  }
}

// The document: the header lines, then the body lines, with no blank line at the end. Fails
// when the text is over the limit or has none.
Result<Document> DocxDocument(const std::string& name, const std::vector<std::string>& header_lines,
                              const std::vector<std::string>& body_lines,
                              const LoadLimits& limits) {
  Document out;
  out.path = name;
  out.format = SourceFormat::kDocx;
  std::string& text = out.text;
  AppendLines(header_lines, &text);
  AppendLines(body_lines, &text);
  while (text.size() >= 2 && text.compare(text.size() - 2, 2, "\n\n") == 0) text.pop_back();
  if (text.size() > limits.max_text_bytes) {
    return Status::InputError(name + ": text is " + std::to_string(text.size()) +
                              " bytes, over the limit of " + std::to_string(limits.max_text_bytes));
  }
  if (text.find_first_not_of(" \n") == std::string::npos) {
    return Status::InputError(name + ": no text in the DOCX");
  }
  out.page_starts.push_back(0);
  out.IndexLines();
  return out;
}

// The month docProps/core.xml says the file was last saved (dcterms:modified, else
// dcterms:created); -1 when the part is missing, unreadable or holds neither. Never an error:
// the date only anchors a resume's "Present" (document.h).
int CoreWrittenMonth(DocxReader* reader) {
  std::string xml;
  bool found = false;
  pugi::xml_document core;
  if (!reader->ReadPart("docProps/core.xml", &xml, &found).ok() || !found ||
      !core.load_buffer(xml.data(), xml.size())) {
    return -1;
  }
  const pugi::xml_node props = core.first_child();
  const int modified = WrittenMonth(props.child_value("dcterms:modified"));
  return modified >= 0 ? modified : WrittenMonth(props.child_value("dcterms:created"));
}

}  // namespace

Result<Document> LoadDocx(std::string_view bytes, const std::string& name,
                          const LoadLimits& limits) {
  ZipPtr zip;
  Status s = OpenZip(bytes, name, &zip);
  if (!s.ok()) return s;
  DocxReader reader(zip.get(), name, limits);
  std::string main_part;
  s = FindMainPart(&reader, &main_part);
  if (!s.ok()) return s;
  pugi::xml_document doc;
  s = ParseMainPart(&reader, name, &main_part, &doc);
  if (!s.ok()) return s;
  const pugi::xml_node body = doc.child("w:document").child("w:body");
  if (!body) {
    return Status::InputError(name + ": corrupt DOCX XML (" + main_part + " has no w:body)");
  }
  std::vector<std::string> header_lines;
  s = ReadHeaderLines(&reader, name, main_part, &header_lines);
  if (!s.ok()) return s;
  BodyWriter writer;
  writer.Blocks(body);
  if (writer.too_deep()) return TooDeep(name, main_part);
  Result<Document> out = DocxDocument(name, header_lines, writer.lines(), limits);
  if (out.ok()) out->written_month = CoreWrittenMonth(&reader);
  return out;
}

}  // namespace skillfit
