// Whether poppler may give a PDF word without a font, found in the file's bytes without
// poppler.
//
//   if (!MayGiveFontlessWords(bytes)) { /* PdfFile::PageWords with fonts is safe on every page */ }
//
// Why: naming a word's font (pdf_page_words.h, as poppler-cpp 22.12's page::text_list with
// text_list_include_font) crashes on a word that has no font, and poppler's text layer makes
// such a word only where an /ActualText span ends after the graphics state that held its font
// was restored (macOS Quartz ligatures; see PageBoxes in pdf_document.cc and
// pdf_span_fonts.h). Poppler takes /ActualText only from the
// dictionary of a marked-content operator of a content stream, written there or named from
// the resources' /Properties (an object, maybe in an object stream). So a file is read once per
// page, with fonts, when it holds that name nowhere, in its bytes or its streams
// (MayHoldActualText), or when every stream it has keeps the font of each of its spans to the
// span's end (pdf_span_fonts.h); any other file is read as before (first without fonts, to
// find such words).
//
// The answers err one way only: true whenever they cannot tell. The name is looked for in the
// file's bytes as they are (uncompressed objects and streams) and in every FlateDecode stream
// inflated (ASCII85 decoded first where it comes before, as ReportLab writes), except images,
// embedded font programs, cross-reference streams, metadata and embedded files (a reader
// draws none of them as page content, and they are most of a file). Spans are followed in
// the same streams, an uncompressed one up to the first `endstream`. A stream with any other
// filter (LZW, ASCII85 alone, ...) and no image codec, a Flate stream with a predictor, ASCII85
// data that are not regular, one that does not inflate to its end, a stream dictionary with an
// escaped name (#xx), and more than kMaxInflatedBytes inflated in all: true. Names are compared
// decoded (/Actual#54ext), as poppler's lexer decodes them. Not covered: a content stream drawn
// from an image or font dictionary, and a `stream` keyword with a comment between it and its
// dictionary, which is looked through only when it inflates; no producer writes either.
#ifndef SKILLFIT_DOCUMENTS_PDF_ACTUAL_TEXT_H_
#define SKILLFIT_DOCUMENTS_PDF_ACTUAL_TEXT_H_

#include <cstddef>
#include <string_view>

namespace skillfit {

// Past this many bytes inflated, the scan stops and answers true (the slower, safe reading).
inline constexpr size_t kMaxInflatedBytes = 16u << 20;

// False only when no content stream of `pdf` can hold an /ActualText span (see above).
bool MayHoldActualText(std::string_view pdf);

// False only when no /ActualText span of `pdf` can close without a font (see above): false
// too whenever MayHoldActualText is.
bool MayGiveFontlessWords(std::string_view pdf);

}  // namespace skillfit

#endif  // SKILLFIT_DOCUMENTS_PDF_ACTUAL_TEXT_H_
