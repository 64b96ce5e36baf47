// Internal: reading order for one PDF page, from the word boxes of its text layer.
//
//   std::vector<PdfWord> words = ...;           // from poppler, one per word box
//   std::vector<TextBlock> blocks = LayOutPage(words);
//   // blocks[0].lines[0] == "John Doe", blocks in reading order: columns left to right,
//   // blocks top to bottom within a column.
//
// Knows nothing about poppler: the PDF loader converts at the edge, and tests can feed
// hand-made boxes. The text of the lines is not normalised yet (see text_normalize.h).
#ifndef SKILLFIT_PDF_LAYOUT_H_
#define SKILLFIT_PDF_LAYOUT_H_

#include <string>
#include <vector>

namespace skillfit {

// One word box of a page's text layer. Coordinates are in points with the origin at the
// top left of the page and y growing downwards.
struct PdfWord {
  std::string text;  // UTF-8, not empty
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // left, top, right, bottom
  double font_size = 0;  // as the text layer reports it; 0 when unknown
  int font_id = -1;      // same id = same font; -1 when unknown
  bool space_after = false;  // the text layer put a space after this word
};

// A run of lines that belong together: a paragraph, a heading, a list item, a table row
// group. Lines are in reading order and not normalised.
struct TextBlock {
  std::vector<std::string> lines;
};

// Puts a page's words in reading order:
//  - words on one baseline are joined into lines; boxes closer than 0.15 em (letter-spaced
//    or split glyphs) are joined without a space; a bullet glyph stays with its text;
//  - the page is cut recursively (XY-cut) at horizontal gaps that run the full width of a
//    region (blocks, top to bottom) and at vertical gaps that run its full height
//    (columns, left to right). A horizontal gap is not cut where a column gap runs through
//    it; a vertical gap must be wider than a word space and bounded by text on both sides.
//  - two kinds of vertical gap are not read as columns: a table whose rows share baselines
//    ("2014   KPCB Fellow" / "2013   Hackathon winner") is read row by row, and a narrow
//    column of labels each aligned with the top of a block beside it (section names or
//    dates in a left margin) is read label, then block, band by band.
// Returns the blocks in reading order; empty for a page with no words.
std::vector<TextBlock> LayOutPage(const std::vector<PdfWord>& words);

}  // namespace skillfit

#endif  // SKILLFIT_PDF_LAYOUT_H_
