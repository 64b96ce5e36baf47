// The PDF lexer's character classes and name decoding, as poppler's lexer reads them: shared
// by the scans that look at a PDF's bytes without poppler (pdf_actual_text.cc,
// pdf_span_fonts.cc).
//
//   IsRegular('A') == true; IsRegular('/') == false
//   DecodedNameIs("/Actual#54ext ...", 0, "ActualText") == true
#ifndef SKILLFIT_DOCUMENTS_PDF_SYNTAX_H_
#define SKILLFIT_DOCUMENTS_PDF_SYNTAX_H_

#include <cstddef>
#include <string_view>

namespace skillfit {

inline bool IsPdfSpace(char c) {
  return c == '\0' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}

inline bool IsPdfDelimiter(char c) {
  switch (c) {
    // clang-format off
    case '(': case ')': case '<': case '>': case '[': case ']': case '{': case '}':
    case '/': case '%':
      // clang-format on
      return true;
    default:
      return false;
  }
}

// A character that continues a name or keyword.
inline bool IsRegular(char c) { return !IsPdfSpace(c) && !IsPdfDelimiter(c); }

// True when the name whose '/' is at `at` in `bytes` is /`name`, decoded as poppler's lexer
// does: "#" and two hex digits is a byte ("/Actual#54ext"); "#" and one is that digit times
// 16, the next character taken whatever it is; "#" before anything else is itself.
bool DecodedNameIs(std::string_view bytes, size_t at, std::string_view name);

// The end of the name whose '/' is at `at`: the first character after it that is not regular.
inline size_t NameEnd(std::string_view bytes, size_t at) {
  size_t end = at + 1;
  while (end < bytes.size() && IsRegular(bytes[end])) ++end;
  return end;
}

}  // namespace skillfit

#endif  // SKILLFIT_DOCUMENTS_PDF_SYNTAX_H_
