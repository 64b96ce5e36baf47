// Internal: the words that name a degree level, as resumes and JDs write them, and the
// parts of a line around them (field, institution). Shared by degrees.cc (resumes) and
// degree_asks.cc (JDs).
//   "B.Tech in Computer Science" -> {kBachelor, "B.Tech"}, field after it "Computer Science"
#ifndef SKILLFIT_DEGREE_WORDS_H_
#define SKILLFIT_DEGREE_WORDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "skillfit/education.h"

namespace skillfit {

struct LevelWord {
  DegreeLevel level = DegreeLevel::kUnknown;
  size_t begin = 0;  // span in the searched line
  size_t end = 0;
  std::string field;  // the field the word itself names: "MBA" -> "Business Administration"
};

// The level words of `line`, in order, without overlaps (the longest at each place).
// Two-letter capitals (BS, BA, BE, MS, MA) count only where they read as a degree: at the
// line's start, or before "in", "of", "degree", a comma, a dash or '/', or after '/' or "or";
// never as a state ("Boston, MA") or a product ("MS Office"). `jd`: also read the words only
// JDs use for a first degree ("a university degree", "degree in X", "4-year degree").
std::vector<LevelWord> FindLevelWords(std::string_view line, bool jd);

// `s` with its ASCII letters lowercased: "Computer Science" -> "computer science".
std::string LowerAscii(std::string_view s);

// Text with its ends trimmed of spaces and the punctuation around a field ("(", ":", "-").
std::string_view TrimField(std::string_view s);

// Whether `s` names a school: University, College, Institute, School, Academy...
bool NamesInstitution(std::string_view s);

// Where a school's name opens in `s`: a school word followed by more of its name ("University
// of Chicago", "Universit\u00e4t Heidelberg"); npos when none does. "Physics Universit\u00e4t
// Heidelberg" -> 8.
size_t SchoolStart(std::string_view s);

// Whether `s` can be a field of study as written on a resume line: 1 to 8 words, starting
// with a letter, not a school, a month, a date or a grade ("GPA").
bool PlausibleField(std::string_view s);

// The field written right after a level word in `rest` (the line after it), for a resume:
// "in Economics, Stanford" -> "Economics"; ", Computer Science" -> "Computer Science";
// " (Hons) Physics | 2019" -> "Physics"; "" when none.
std::string FieldAfter(std::string_view rest);

}  // namespace skillfit

#endif  // SKILLFIT_DEGREE_WORDS_H_
