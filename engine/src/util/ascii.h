// Internal: ASCII character classes, inline and free of the C locale.
//
//   AsciiLower('Q') == 'q';  AsciiLower('\xC3') == '\xC3'
//   IsAsciiAlnum('7');       !IsAsciiAlnum('_')
//
// std::tolower and std::isalnum are calls into the C library that consult the locale; the
// matcher asks these of every byte of every text, where each is one table load.
#ifndef SKILLFIT_ASCII_H_
#define SKILLFIT_ASCII_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace skillfit {
namespace ascii_internal {

constexpr uint8_t kAlnum = 1, kSpace = 2;

// Byte -> its classes.
inline constexpr std::array<uint8_t, 256> kClasses = [] {
  std::array<uint8_t, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = kAlnum;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kAlnum;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kAlnum;
  for (int c : {' ', '\t', '\n', '\v', '\f', '\r'}) t[c] = kSpace;
  return t;
}();

// Byte -> the byte lowercased.
inline constexpr std::array<char, 256> kLower = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return t;
}();

}  // namespace ascii_internal

inline char AsciiLower(char c) { return ascii_internal::kLower[static_cast<unsigned char>(c)]; }
// `s` with its ASCII letters lowercased; other bytes (UTF-8 included) as they are.
inline std::string AsciiLowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

inline bool IsAsciiAlnum(char c) {
  return ascii_internal::kClasses[static_cast<unsigned char>(c)] & ascii_internal::kAlnum;
}

// What std::isspace says in the C locale: space, \t, \n, \v, \f, \r.
inline bool IsAsciiSpace(char c) {
  return ascii_internal::kClasses[static_cast<unsigned char>(c)] & ascii_internal::kSpace;
}

inline bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLowerLetter(char c) { return c >= 'a' && c <= 'z'; }

// Whether `word` occurs in `s` with no ASCII letter just before or after it:
// HasWord("a career break, then", "career break"), not HasWord("sabbaticals", "sabbatical").
inline bool HasWord(std::string_view s, std::string_view word) {
  for (size_t at = s.find(word); at != std::string_view::npos; at = s.find(word, at + 1)) {
    const size_t e = at + word.size();
    if ((at == 0 || !IsAsciiLetter(s[at - 1])) && (e >= s.size() || !IsAsciiLetter(s[e]))) return true;
  }
  return false;
}

}  // namespace skillfit

#endif  // SKILLFIT_ASCII_H_
