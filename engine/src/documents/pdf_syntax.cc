// DecodedNameIs: a PDF name decoded as poppler's lexer decodes it (see the header).
#include "documents/pdf_syntax.h"

#include <string>

namespace skillfit {
namespace {

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

bool DecodedNameIs(std::string_view bytes, size_t at, std::string_view name) {
  std::string decoded;
  size_t i = at + 1;
  while (i < bytes.size() && IsRegular(bytes[i]) && decoded.size() <= name.size()) {
    char c = bytes[i++];
    const int hi = c == '#' && i < bytes.size() ? HexDigit(bytes[i]) : -1;
    if (hi >= 0) {
      const int lo = i + 1 < bytes.size() ? HexDigit(bytes[i + 1]) : -1;
      c = static_cast<char>(hi * 16 + (lo >= 0 ? lo : 0));
      i += 2;
    }
    decoded.push_back(c);
  }
  return decoded == name;
}

}  // namespace skillfit
