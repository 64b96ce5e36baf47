// Internal: UTF-8 checks and repair.
#ifndef SKILLFIT_UTF8_H_
#define SKILLFIT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace skillfit {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is not valid
// (overlong forms, surrogates and code points past U+10FFFF are invalid).
size_t Utf8SequenceLength(std::string_view s, size_t i);

// Valid UTF-8? If not, `*bad_offset` (when given) gets the first bad byte.
bool IsValidUtf8(std::string_view s, size_t* bad_offset = nullptr);

// True when the bytes look like binary data rather than text: a NUL byte, or more than 1 in
// 20 of the first 64 KiB being control bytes other than tab, CR, LF and form feed.
bool LooksBinary(std::string_view s);

// Appends code point `cp` as UTF-8 (nothing for values past U+10FFFF).
void AppendUtf8(uint32_t cp, std::string* out);

}  // namespace skillfit

#endif  // SKILLFIT_UTF8_H_
