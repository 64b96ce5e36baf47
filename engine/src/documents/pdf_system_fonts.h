// Keeps poppler from looking for system fonts: we read a PDF's text and never draw it.
//
//   UseNoSystemFonts();   // before the first PdfFile::PageWords(page, /*with_fonts=*/true)
//
// Why: naming the fonts of a page whose fonts cannot be told from its resources alone
// (pdf_page_words.h) describes each of them (FontInfoScanner, as poppler-cpp's
// page::text_list with fonts did for every page), and for a font the file does not embed
// (Helvetica, Arial, the base-14 fonts that Word, LibreOffice and reportlab often leave out)
// it asks fontconfig for a system font file to stand in for it
// (GlobalParams::findSystemFontFile). The first such question loads fontconfig's
// configuration and its font caches: 24-32 M instructions, more than the rest of reading a
// one-page resume. We use only each font's name, which comes from the PDF,
// and its size, which comes from the text layer; the file found is never read. pdftotext does
// not start fontconfig either: poppler's text output takes glyph widths from the PDF and its
// built-in base-14 metrics, never from a system font.
//
// How: poppler calls fontconfig with no config of its own (FcConfigSubstitute and FcFontSort
// with a null config: the current one). Making an empty config (no font folders, no rules)
// the current one before that first call means fontconfig never loads the system's, and the
// lookup finds no font at once. The change is for the whole process; nothing else in skillfit
// uses fontconfig (no code renders text: the reports are HTML, Markdown, text and JSON, and
// the serve module does not draw). poppler's page renderer, which would need system fonts,
// is not used.
//
// fontconfig is reached through the copy poppler already loaded (dlopen with RTLD_NOLOAD), so
// the build needs no fontconfig headers; when poppler was built without it, nothing is done.
#ifndef SKILLFIT_DOCUMENTS_PDF_SYSTEM_FONTS_H_
#define SKILLFIT_DOCUMENTS_PDF_SYSTEM_FONTS_H_

namespace skillfit {

// Makes an empty fontconfig config the current one, once per process (thread-safe). Returns
// true when it did (false: fontconfig not loaded, or a call of it failed; poppler then uses
// the system's config as before, slower but with the same text).
bool UseNoSystemFonts();

}  // namespace skillfit

#endif  // SKILLFIT_DOCUMENTS_PDF_SYSTEM_FONTS_H_
