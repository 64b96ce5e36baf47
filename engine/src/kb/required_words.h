// Internal: runs of letters and digits that every match of a kb pattern contains.
//
//   RequiredWordsOf("(?:aws|amazon\\s+web\\s+services)\\s+certified\\s+developer")
//   // -> {"aws|services", "certified", "developer"}: "a|b" means one of them
//   RequiredWordsOf("colou?r\\s+theory")  // -> {"colo", "r", "theory"}
//   RequiredWordsOf("a|b")                // -> {"a|b"}
//   RequiredWordsOf("(?:x\\.)?net")        // -> {"net"}: an optional group requires nothing
//
// The matcher asks whether they all occur near a candidate start before it compiles or runs
// the pattern's RE2 there: most candidates ("AWS" in a text, with forty certification
// patterns keyed on it) fail this check, and a pattern that is never a candidate is never
// compiled. So the words must never rule out a match: only literal letters and digits of
// the pattern's top level count (not those in a class, an escape or under a quantifier),
// and of a group that must match, one word of each alternative, as an entry "w1|w2" that
// one of them satisfies. Lowercased, to be looked for as substrings with ASCII case folded.
#ifndef SKILLFIT_REQUIRED_WORDS_H_
#define SKILLFIT_REQUIRED_WORDS_H_

#include <string>
#include <string_view>
#include <vector>

namespace skillfit {

std::vector<std::string> RequiredWordsOf(std::string_view pattern);

// Whether `window` holds a character that RE2's case folding takes to an ASCII letter (the
// Kelvin sign, the long s): then ContainsWord may miss a word RE2 would match, and the
// words are not to be checked.
bool FoldsToAscii(std::string_view window);

// Whether `word` (lowercase, as RequiredWordsOf gives it) occurs in `window`, ASCII case
// folded; for "w1|w2", whether one of them does.
bool ContainsWord(std::string_view window, std::string_view word);

// ContainsWord for a window whose ASCII letters are lowercased already (a view into a text
// lowercased once, so that each of many windows is not).
bool ContainsLoweredWord(std::string_view lowered_window, std::string_view word);

}  // namespace skillfit

#endif  // SKILLFIT_REQUIRED_WORDS_H_
