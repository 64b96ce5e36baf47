// Internal: a title written in capitals, shown as titles are written.
#ifndef SKILLFIT_EXTRACT_TITLE_CASE_H_
#define SKILLFIT_EXTRACT_TITLE_CASE_H_

#include <string>

namespace skillfit {

// A title with no small letter, in title case: each word capitalised, the small words of a
// title (and, of, the, for, ...) in lower case after the first, and the initialisms titles
// carry (QA, SRE, UX, IT, HR, VP, CTO, ...) and words without a vowel kept in capitals:
//   "GRAPHIC WEB DESIGNER"            -> "Graphic Web Designer"
//   "HEAD OF QA AND SRE"              -> "Head of QA and SRE"
//   "JUNIOR PENETRATION TESTER"       -> "Junior Penetration Tester"
// A title with a small letter is kept as written ("iOS Developer", "DevOps Lead").
std::string TitleCased(std::string title);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_TITLE_CASE_H_
