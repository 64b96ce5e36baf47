// PdfFile: a PDF opened with poppler's core library, and the word boxes of its pages.
//
//   std::unique_ptr<PdfFile> pdf = PdfFile::Open(bytes);   // null: not a readable PDF
//   std::vector<PdfWordBox> words = pdf->PageWords(0, /*with_fonts=*/true);
//
// Why not poppler-cpp's page::text_list: asked for fonts (text_list_include_font), it first
// describes every font of the page (FontInfoScanner: each font built again, embedded font
// programs read, in a copy of the file's cross-reference table), only to find each glyph's
// font name by the font's object number: 24 M of the 81 M instructions of a process reading
// a one-page resume (sourabh_bajaj_resume). Here the text layer is made the same way
// (TextOutputDev, as text_list configures it) and a word's font name is taken from the font
// the glyph was drawn with, once that font is known to be one the scan would have named:
// a font of the page's resources (those of its forms and patterns, its annotations'
// appearances) reached the way FontInfoScanner walks them. Where that walk meets a font
// given inline (no object number: poppler makes one up) or two fonts of one number, the
// page's fonts are described by FontInfoScanner itself, as text_list did. So every field
// is the one text_list gives, bit for bit: text (UTF-16, through poppler-cpp's own
// conversion), boxes, rotation, space after, font size, first glyph's font name.
//
// A glyph shown with no font (an /ActualText span closing after its font's state was
// restored; pdf_span_fonts.h) makes TextFontInfo::matches crash in poppler 22.12, as in
// text_list; a caller asks for fonts only of files with no such span (PageBoxes).
//
// Thread safety: one PdfFile per thread. Open sets up poppler's global parameters once per
// process, with poppler's error messages silenced (the engine never prints).
#ifndef SKILLFIT_DOCUMENTS_PDF_PAGE_WORDS_H_
#define SKILLFIT_DOCUMENTS_PDF_PAGE_WORDS_H_

#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-rectangle.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

class PDFDoc;

namespace skillfit {

// One word of poppler's text layer, as poppler-cpp's text_box gives it.
struct PdfWordBox {
  poppler::ustring text;
  poppler::rectf bbox;
  int rotation = 0;  // quarter turns clockwise
  bool space_after = false;
  std::vector<poppler::rectf> char_boxes;
  bool has_font_info = false;  // asked for fonts
  double font_size = 0;        // when has_font_info
  std::string font_name;       // of the first glyph, when has_font_info ("": not named)
};

// poppler::ustring::from_utf8(utf8) of poppler-cpp 22.12, the same UTF-16 bit for bit,
// without opening an iconv descriptor for each call.
poppler::ustring Utf8ToUstring(const char* utf8);

class PdfFile {
 public:
  // The PDF in `bytes`, which must outlive the PdfFile; null when poppler cannot open it.
  static std::unique_ptr<PdfFile> Open(std::string_view bytes);
  ~PdfFile();
  PdfFile(const PdfFile&) = delete;
  PdfFile& operator=(const PdfFile&) = delete;

  bool locked() const;  // encrypted, and the empty password does not open it
  int pages() const;
  // False when page `index` (0-based) cannot be made; then no other call takes it.
  bool HasPage(int index) const;
  poppler::rectf PageRect(int index) const;  // the crop box
  std::vector<PdfWordBox> PageWords(int index, bool with_fonts) const;
  // The document information entry `key` ("Producer"), as UTF-8; "" when absent.
  std::string InfoText(const char* key) const;

 private:
  explicit PdfFile(std::unique_ptr<PDFDoc> doc);
  std::unique_ptr<PDFDoc> doc_;
  bool locked_ = false;
};

}  // namespace skillfit

#endif  // SKILLFIT_DOCUMENTS_PDF_PAGE_WORDS_H_
