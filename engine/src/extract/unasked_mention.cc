#include "extract/unasked_mention.h"

#include <cctype>
#include <string>

#include "extract/jd_cues.h"

namespace skillfit {
namespace {

constexpr int kWordsBefore = 10;  // how far before the skill a framing phrase still reaches

// The lowercase text of the skill's clause before `at`: back to the nearest ',', ';', ':',
// '.', '?', '!' or '(' and at most kWordsBefore words, each run of space as one.
std::string ClauseBefore(std::string_view sentence, size_t at) {
  if (at > sentence.size()) at = sentence.size();
  size_t b = at;
  int words = 0;
  while (b > 0) {
    const char c = sentence[b - 1];
    if (c == ',' || c == ';' || c == ':' || c == '.' || c == '?' || c == '!' || c == '(') break;
    if (c == ' ' && b < at && sentence[b] != ' ' && ++words > kWordsBefore) break;
    --b;
  }
  return " " + LowerCueText(sentence.substr(b, at - b));
}

// Whether `clause` holds one of `phrases` (a null-ended list), each starting at a word.
bool HoldsPhrase(const std::string& clause, const char* const* phrases) {
  for (const char* const* p = phrases; *p; ++p) {
    if (clause.find(std::string(" ") + *p) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

bool NamedAsBenchmark(std::string_view sentence, size_t at) {
  static const char* const kComparisons[] = {"much like ", "just like ", "not unlike ",
                                             "similar to ", "comparable to ", "on par with ",
                                             "as those of ", "than those of ",
                                             // A contrast: what the employer goes beyond.
                                             "more than just ", "not just ", nullptr};
  return HoldsPhrase(ClauseBefore(sentence, at), kComparisons);
}

bool NamedToLearn(std::string_view sentence, size_t at) {
  static const char* const kWishesToLearn[] = {
      "desire to learn ",   "willingness to learn ", "willing to learn ", "eager to learn ",
      "eagerness to learn ", "keen to learn ",       "chance to learn ",  "opportunity to learn ",
      "interest in learning ", "passion for learning ", nullptr};
  return HoldsPhrase(ClauseBefore(sentence, at), kWishesToLearn);
}

}  // namespace skillfit
