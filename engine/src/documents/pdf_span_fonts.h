// Whether the /ActualText spans of a PDF content stream close with the font of their glyphs.
//
//   if (!ActualTextSpansKeepFont(inflated_content, /*may_end_early=*/false)) {
//     /* a span may close without a font: read the file's pages without fonts first */
//   }
//
// Why: poppler's text layer adds an /ActualText span's text when the span closes (its EMC), in
// the graphics state of that moment. When that state has no font, the word it makes has none,
// and naming a word's font (PdfFile::PageWords, as poppler-cpp 22.12's page::text_list with
// fonts) dereferences that missing font (PageBoxes in pdf_document.cc). macOS Quartz writes
// such spans: its ligature glyph is drawn inside its own q ... Q, so the state at EMC is the
// one before the font was set:
//     /Span << /ActualText (fl) >> BDC q BT /F1 12 Tf (X) Tj ET Q EMC
// Chrome's spans keep the font: BT /F5 13 Tf ... /Span << /ActualText (fi) >> BDC <007F> Tj EMC
//
// The span adds text only if a glyph was shown in it, and a glyph is shown only with a font.
// So a span keeps its font when, from the first text it shows to its EMC, nothing can change
// the font of the state it closes in:
//   - no Tf and no gs (an ExtGState can set a font; either can name one that does not load);
//   - no Q that takes the state below the q-level of a text shown in the span;
//   - in the whole span, no Do and no painted path (a form or a pattern cell can show glyphs
//     in a state of its own, which is gone at the EMC), and no inline image (BI; its data are
//     not read here);
//   - the span closes in this stream.
// A span is a BDC whose properties name /ActualText, or name a property list of the resources
// (which may hold it). Operators and operands are read as poppler's lexer reads them: strings
// with nested parentheses and escapes, hex strings, names, dictionaries and arrays (a keyword in
// an open array or dictionary is one of its values), comments.
//
// The answer errs one way only: false whenever it cannot tell (inline images, a span left
// open at the end, and, when `may_end_early` says the caller cut the stream at a guessed end,
// a string, array or dictionary left open there).
#ifndef SKILLFIT_DOCUMENTS_PDF_SPAN_FONTS_H_
#define SKILLFIT_DOCUMENTS_PDF_SPAN_FONTS_H_

#include <string_view>

namespace skillfit {

// True when every /ActualText span of `content` (a content stream, decoded) closes with the
// font that showed its glyphs still set (see above). `may_end_early`: the stream's end was
// found by looking for `endstream`, which a string may hold.
bool ActualTextSpansKeepFont(std::string_view content, bool may_end_early);

}  // namespace skillfit

#endif  // SKILLFIT_DOCUMENTS_PDF_SPAN_FONTS_H_
