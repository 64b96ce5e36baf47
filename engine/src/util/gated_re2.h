// Internal: a fixed pattern that is compiled only once a text may hold a match of it.
//
//   static const GatedRE2 kRemote("(?i)^(.*\\S)\\s+\\[?(?:remote|hybrid)\\]?$");
//   const RE2* re = kRemote.For(line);  // null: `line` holds neither word, nothing compiled
//   if (re && RE2::FullMatch(line, *re, &head)) ...
//
// Compiling an RE2 costs tens to hundreds of microseconds, and a run of the CLI reads one or
// two documents: most of the fixed patterns a run would compile are asked only of lines that
// cannot match them ("remote" or "hybrid" on no line). The gate is the words every match of
// the pattern holds (RequiredWordsOf, kb/required_words.h: letters and digits at the
// pattern's top level, alternatives as one entry), looked for with ASCII case folded; a text
// that lacks one of them holds no match, so For answers null without compiling. A pattern
// with no such word (all classes and repeats) is compiled at its first use, as before.
#ifndef SKILLFIT_GATED_RE2_H_
#define SKILLFIT_GATED_RE2_H_

#include <re2/re2.h>

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace skillfit {

class GatedRE2 {
 public:
  explicit GatedRE2(const char* pattern, const RE2::Options& options = RE2::DefaultOptions);
  GatedRE2(const GatedRE2&) = delete;
  GatedRE2& operator=(const GatedRE2&) = delete;

  // The compiled pattern when `text` may hold a match, else null. A search of `text` from
  // any position, anchored or not, finds no match where this is null. Thread-safe.
  const RE2* For(std::string_view text) const;
  // Whether the pattern matches somewhere in `text` (RE2::PartialMatch, no captures); false
  // without compiling when For is null.
  bool PartialMatch(std::string_view text) const;
  // The compiled pattern, whatever the text.
  const RE2& Compiled() const;
  // The words looked for (RequiredWordsOf's form), for tests.
  const std::vector<std::string>& words() const { return words_; }

 private:
  std::string pattern_;
  RE2::Options options_;
  std::vector<std::string> words_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2> re_;
};

}  // namespace skillfit

#endif  // SKILLFIT_GATED_RE2_H_
