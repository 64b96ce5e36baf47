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
  std::string text;                       // UTF-8, not empty
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // left, top, right, bottom
  double font_size = 0;                   // as the text layer reports it; 0 when unknown
  int font_id = -1;                       // same id = same font; -1 when unknown
  bool space_after = false;               // the text layer put a space after this word
  double spacing_after = 0;  // letter spacing in the white after the word (points; 0 when none
                             // or unknown): a letter-spaced heading's word is split there
};

// A run of lines that belong together: a paragraph, a heading, a list item, a table row
// group. Lines are in reading order and not normalised.
struct TextBlock {
  std::vector<std::string> lines;
};

// Puts a page's words in reading order:
//  - words on one baseline are joined into lines; boxes closer than 0.15 em once the letter
//    spacing of the word before is taken off (split glyphs, a font change inside a word)
//    and evenly letter-spaced one-letter boxes are joined without a space; a bullet glyph stays with its text; a font size far larger than the
//    glyphs' widths say (Skia's Type 3 fonts) is corrected before boxes are compared;
//  - the page is cut recursively (XY-cut) at horizontal white bands across a region
//    (blocks, top to bottom) and at vertical white bands down its full height (columns,
//    left to right). A horizontal band is not cut where a column gutter runs through it:
//    the regions above and below have gutters that line up, or one column goes on alone
//    after the other ended. A vertical band is a gutter only when it is wider than 0.7 em
//    and has text on both sides on two lines or more that line up like columns (a wide
//    space in one centred line of contacts is no gutter). Gutters also line up when both columns below are indented alike (cards side by side,
//    bullets under their headers), and a one-line row of larger headings, one over each
//    column, is read with its columns. A region with neither kind of band may still hold
//    columns in part of it (a grid of cards set at the line pitch of the text around it):
//    it is cut above and below each run of lines sharing a gutter with text on both sides
//    on 5 lines or more;
//  - two kinds of gutter are not read as columns: a table whose cells share baselines and
//    whose left column is narrow or right column right-aligned ("2014   KPCB Fellow",
//    "Senior Engineer   2019 - 2021") is read row by row, and a narrow column of labels,
//    each aligned with the top of a block beside it (section names, moderncv dates), is
//    read label then block, band by band.
// Returns the blocks in reading order; empty for a page with no words.
std::vector<TextBlock> LayOutPage(const std::vector<PdfWord>& words);

}  // namespace skillfit

#endif  // SKILLFIT_PDF_LAYOUT_H_
