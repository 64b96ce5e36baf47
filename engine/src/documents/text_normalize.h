// Internal: text clean-up shared by every loader.
#ifndef SKILLFIT_TEXT_NORMALIZE_H_
#define SKILLFIT_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace skillfit {

// Normalises one line of extracted text (PDF, DOCX, JSON values): expands ligatures
// (U+FB00..U+FB06), writes any leading bullet glyph (•, ◦, ▪, ‣, ●, ○, ■, □, –, *, -, ...) as
// "• ", turns non-breaking and other Unicode spaces into ' ', collapses runs of spaces, drops
// zero-width and control characters, and trims. Input must be valid UTF-8.
std::string NormalizeLine(std::string_view line);

// Joins lines of a paragraph where a word was split by a hyphen at a line end:
// "develop-" + "ment" -> "development" (only when both sides are lowercase letters).
// Returns true and fills `joined` when it applies.
bool JoinHyphenated(std::string_view first, std::string_view second, std::string* joined);

}  // namespace skillfit

#endif  // SKILLFIT_TEXT_NORMALIZE_H_
