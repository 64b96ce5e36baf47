// Internal: ASCII character classes, inline and free of the C locale.
//
//   AsciiLower('Q') == 'q';  AsciiLower('\xC3') == '\xC3'
//   IsAsciiAlnum('7');       !IsAsciiAlnum('_')
//
// std::tolower and std::isalnum are calls into the C library that consult the locale; the
// matcher asks them of every byte of every text, where these compile to a compare or two.
#ifndef SKILLFIT_ASCII_H_
#define SKILLFIT_ASCII_H_

namespace skillfit {

inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline bool IsAsciiAlnum(char ch) {
  const unsigned char c = static_cast<unsigned char>(ch);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// What std::isspace says in the C locale: space, \t, \n, \v, \f, \r.
inline bool IsAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

}  // namespace skillfit

#endif  // SKILLFIT_ASCII_H_
