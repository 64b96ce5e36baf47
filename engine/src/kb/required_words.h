// Internal: runs of letters and digits that every match of a kb pattern contains.
//
//   RequiredWordsOf("(?:aws|amazon\\s+web\\s+services)\\s+certified\\s+developer")
//   // -> {"^aws$|^amazon$+^web$+^services$", "^certified$", "^developer$"}
//   RequiredWordsOf("colou?r\\s+theory")  // -> {"^colo", "r$", "^theory$"}
//   RequiredWordsOf("a|bc")               // -> {"^a$|^bc$"}
//   RequiredWordsOf("(?:x\\.)?net")        // -> {"net$"}: an optional group requires nothing
//
// The matcher asks whether they all occur near a candidate start before it compiles or runs
// the pattern's RE2 there: most candidates ("AWS" in a text, with forty certification
// patterns keyed on it; any word starting with "b", with every "bachelor's in X" pattern)
// fail this check, and a pattern that is never a candidate is never compiled. So the words
// must never rule out a match: only literal letters and digits of the pattern's top level
// count (not those in a class, an escape or under a quantifier), and of a group that must
// match, the words of each alternative, as one entry "a1+a2|b1" that one alternative
// satisfies whole. A word is marked '^' when the pattern puts a character that is not an
// ASCII letter or digit (or a word boundary, or the pattern's start, which the matcher only
// tries at a word's start) right before it, and '$' when it puts one right after it (or the
// pattern ends, which the matcher requires to end a word): "ee" then needs a word of its
// own, not the "ee" of "engineering". Lowercased, to be looked for with ASCII case folded.
#ifndef SKILLFIT_REQUIRED_WORDS_H_
#define SKILLFIT_REQUIRED_WORDS_H_

#include <string>
#include <string_view>
#include <vector>

namespace skillfit {

// `at_word_edges`: whether each match starts where no ASCII letter or digit comes before it
// and ends where none comes after, as the matcher's expressions do; false for a pattern that
// may match anywhere (a guard's reject pattern), whose first and last words are then unmarked.
std::vector<std::string> RequiredWordsOf(std::string_view pattern, bool at_word_edges = true);

// Whether `window` holds a character that RE2's case folding takes to an ASCII letter (the
// Kelvin sign, the long s): then ContainsWord may miss a word RE2 would match, and the
// words are not to be checked.
bool FoldsToAscii(std::string_view window);

// Whether `word` (lowercase, as RequiredWordsOf gives it) occurs in `window`, ASCII case
// folded; for "w1|w2+w3", whether w1 does or both w2 and w3 do; "^w" only where no ASCII
// letter or digit comes before it in the window, "w$" only where none comes after.
bool ContainsWord(std::string_view window, std::string_view word);

// ContainsWord for a window whose ASCII letters are lowercased already (a view into a text
// lowercased once, so that each of many windows is not).
bool ContainsLoweredWord(std::string_view lowered_window, std::string_view word);

}  // namespace skillfit

#endif  // SKILLFIT_REQUIRED_WORDS_H_
