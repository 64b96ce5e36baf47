// Internal: the first words a kb pattern can start with, read from the pattern itself.
//
//   PatternStarts s = StartsOf("(?:certified\\s+)?safe\\s+agilist");
//   // s.ok, s.words {"certified", "safe"}: a match begins with one of these whole words
//   s = StartsOf("improv(?:e|es|ed|ing)\\s+performance");
//   // s.prefixes {"improv"}: a match begins with a word that starts "improv"
//   s = StartsOf("\\d+\\s+years");
//   // !s.ok: a match may begin with any digit, so the pattern must run everywhere
//
// The matcher tries a pattern only where one of its starts occurs in the text, instead of
// running it over the whole text. So the starts must never miss: every match of the pattern
// must begin at a word (a run of ASCII letters and digits, as the matcher splits a text)
// that equals one of `words` or begins with one of `prefixes`, lowercased. Where the reading
// is unsure (a class, `.`, a character outside ASCII, a repeat), the word read so far becomes
// a prefix; where nothing can be said of the first byte, `ok` is false.
//
// The reading covers RE2 syntax as the kb writes it: literals and escapes, `(?:...)`,
// capture and flag groups, `|`, `[...]` classes, `?`, `*`, `+` and `{n,m}`.
#ifndef SKILLFIT_PATTERN_STARTS_H_
#define SKILLFIT_PATTERN_STARTS_H_

#include <string>
#include <string_view>
#include <vector>

namespace skillfit {

struct PatternStarts {
  bool ok = false;
  std::vector<std::string> words;     // whole first words, lowercased, sorted
  std::vector<std::string> prefixes;  // first-word beginnings, lowercased, sorted; none is
                                      // a prefix of another or of a word in `words`
};

PatternStarts StartsOf(std::string_view pattern);

}  // namespace skillfit

#endif  // SKILLFIT_PATTERN_STARTS_H_
