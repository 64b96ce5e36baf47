#include "documents/text_normalize.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace skillfit {
namespace {

// Decodes the UTF-8 sequence at s[i]; returns its length, or 0 when it is not valid (then
// the byte is skipped by the caller). Kept local so NormalizeLine stays a single pass.
size_t Decode(std::string_view s, size_t i, uint32_t* cp) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  size_t len;
  uint32_t v;
  if (c < 0x80) {
    *cp = c;
    return 1;
  } else if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    v = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    v = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    v = c & 0x07;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    const unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    v = (v << 6) | (cc & 0x3F);
  }
  if (len == 3 && (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF))) return 0;
  if (len == 4 && (v < 0x10000 || v > 0x10FFFF)) return 0;
  *cp = v;
  return len;
}

// Unicode spaces other than ' ' that we write as ' ' (tab and line breaks included).
bool IsSpaceLike(uint32_t cp) {
  return cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' || cp == 0xA0 ||
         cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0x85;
}

// Characters that carry no text: controls, zero-width and bidi formatting marks, the soft
// hyphen, the byte-order mark, variation selectors.
bool IsInvisible(uint32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0xAD || cp == 0x034F ||
         cp == 0x061C || cp == 0x180E || (cp >= 0x200B && cp <= 0x200F) ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x206F) || cp == 0xFEFF ||
         (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFFFE || cp == 0xFFFF;
}

// U+FB00..U+FB06 written out; nullptr for other code points.
const char* Ligature(uint32_t cp) {
  switch (cp) {
    case 0xFB00:
      return "ff";
    case 0xFB01:
      return "fi";
    case 0xFB02:
      return "fl";
    case 0xFB03:
      return "ffi";
    case 0xFB04:
      return "ffl";
    case 0xFB05:
      return "st";  // long s + t
    case 0xFB06:
      return "st";
    default:
      return nullptr;
  }
}

// A glyph that is a bullet wherever it starts a line, with or without a space after it.
bool IsBulletGlyph(uint32_t cp) {
  static const uint32_t kBullets[] = {
      0x00B7,                                  // ·
      0x2022, 0x2023, 0x2043,                  // • ‣ ⁃
      0x2192, 0x21D2, 0x2219,                  // → ⇒ ∙
      0x25A0, 0x25A1, 0x25AA, 0x25AB,          // ■ □ ▪ ▫
      0x25B6, 0x25B7, 0x25B8, 0x25B9, 0x25BA,  // ▶ ▷ ▸ ▹ ►
      0x25C6, 0x25C7, 0x25C9, 0x25CB, 0x25CE,  // ◆ ◇ ◉ ○ ◎
      0x25CF, 0x25E6, 0x25FD, 0x25FE,          // ● ◦ ◽ ◾
      0x2605, 0x2606, 0x2666,                  // ★ ☆ ♦
      0x2713, 0x2714, 0x2756,                  // ✓ ✔ ❖
      0x2794, 0x279C, 0x27A1, 0x27A2, 0x27A4,  // ➔ ➜ ➡ ➢ ➤
      0x2B1D, 0x2B1E,                          // ⬝ ⬞
      // Private-use code points that Word's Symbol and Wingdings bullets come out as.
      0xF06E, 0xF076, 0xF0A7, 0xF0A8, 0xF0B7, 0xF0D8, 0xF0FC};
  return std::binary_search(std::begin(kBullets), std::end(kBullets), cp);
}

// A character that is a bullet at a line start only when a space follows: "- item", "* item".
bool IsDashBullet(uint32_t cp) {
  return cp == '-' || cp == '*' || cp == 0x2013 || cp == 0x2014 || cp == 0x2010 || cp == 0x2212;
}

}  // namespace

std::string NormalizeLine(std::string_view line) {
  std::string out;
  out.reserve(line.size() + 4);
  bool pending_space = false;  // a run of spaces seen since the last written character
  bool at_start = true;        // nothing written yet: leading spaces are dropped
  size_t i = 0;
  const size_t n = line.size();
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    // Fast path: printable ASCII other than space.
    if (c > 0x20 && c < 0x7F) {
      if (at_start && (c == '-' || c == '*')) {
        // A dash or star starts a bullet item only when whitespace follows it.
        size_t j = i + 1;
        if (j < n && (line[j] == ' ' || line[j] == '\t')) {
          out += "\xE2\x80\xA2";  // •
          pending_space = true;
          at_start = false;
          i = j;
          continue;
        }
      }
      if (at_start && c == 'o' && i + 2 < n && (line[i + 1] == ' ' || line[i + 1] == '\t')) {
        // Word's second-level bullet is a letter o: "o Designed ..." (capital follows).
        size_t j = i + 1;
        while (j < n && (line[j] == ' ' || line[j] == '\t')) ++j;
        if (j < n && line[j] >= 'A' && line[j] <= 'Z') {
          out += "\xE2\x80\xA2";
          pending_space = true;
          at_start = false;
          i = j;
          continue;
        }
      }
      if (pending_space) out.push_back(' ');
      pending_space = false;
      at_start = false;
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    if (c == ' ') {
      if (!at_start) pending_space = true;
      ++i;
      continue;
    }
    uint32_t cp;
    const size_t len = Decode(line, i, &cp);
    if (len == 0) {  // invalid byte: dropped
      ++i;
      continue;
    }
    if (IsSpaceLike(cp)) {
      if (!at_start) pending_space = true;
      i += len;
      continue;
    }
    if (IsInvisible(cp)) {
      i += len;
      continue;
    }
    if (at_start && (IsBulletGlyph(cp) || IsDashBullet(cp))) {
      bool is_bullet = IsBulletGlyph(cp);
      if (!is_bullet) {
        // En/em dash and friends: a bullet only when whitespace follows.
        uint32_t next = 0;
        const size_t nlen = i + len < n ? Decode(line, i + len, &next) : 0;
        is_bullet = nlen > 0 && (next == ' ' || IsSpaceLike(next));
      }
      if (is_bullet) {
        out += "\xE2\x80\xA2";
        pending_space = true;
        at_start = false;
        i += len;
        continue;
      }
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    at_start = false;
    if (const char* lig = Ligature(cp)) {
      out += lig;
    } else {
      out.append(line.data() + i, len);
    }
    i += len;
  }
  // A bullet alone on a line stays "•"; trailing spaces are never written.
  return out;
}

namespace {

// The last code point of s ending at `end` (exclusive) and where it starts; false if none.
bool LastCodePoint(std::string_view s, size_t end, uint32_t* cp, size_t* start) {
  if (end == 0) return false;
  size_t b = end - 1;
  while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80 && end - b < 4) --b;
  uint32_t v;
  if (Decode(s, b, &v) != end - b) return false;
  *cp = v;
  *start = b;
  return true;
}

// Lowercase letters of ASCII and Latin-1 (ß..ÿ but not ÷).
bool IsLowerLetter(uint32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7);
}

}  // namespace

bool JoinHyphenated(std::string_view first, std::string_view second, std::string* joined) {
  while (!first.empty() && first.back() == ' ') first.remove_suffix(1);
  while (!second.empty() && second.front() == ' ') second.remove_prefix(1);
  uint32_t hyphen;
  size_t hyphen_start;
  if (!LastCodePoint(first, first.size(), &hyphen, &hyphen_start)) return false;
  if (hyphen != '-' && hyphen != 0x2010 && hyphen != 0xAD) return false;
  uint32_t before;
  size_t before_start;
  if (!LastCodePoint(first, hyphen_start, &before, &before_start)) return false;
  if (!IsLowerLetter(before)) return false;
  if (second.empty()) return false;
  uint32_t after;
  if (Decode(second, 0, &after) == 0 || !IsLowerLetter(after)) return false;
  joined->assign(first.data(), hyphen_start);
  joined->append(second.data(), second.size());
  return true;
}

}  // namespace skillfit
