// Internal: whether a text reads as English, the one language skillfit's headings, cues and
// date words are written for.
//
//   ReadsAsEnglish("We are looking for a data engineer with five years of SQL ...")  // true
//   ReadsAsEnglish("Wir suchen eine Softwareentwicklerin für unser Team in Berlin ...")  // false
//
// English prose, and even a terse resume, is about a fifth common function words ("the",
// "and", "with", "for"...); French, German or Spanish text of the same length has almost none
// (under 5 in 100 in our checks). A resume written in lists has few of them too, so a text
// is not English only when it also reads as another language: more than 3 in 100 words are
// function words of French, German, Spanish, Portuguese, Italian or Dutch, or are written in
// letters beyond ASCII (accented Latin, Cyrillic, Greek, Arabic, CJK...), and they outnumber
// the English ones. A text of fewer than 40 words is too short to tell and counts as English.
#ifndef SKILLFIT_LANGUAGE_H_
#define SKILLFIT_LANGUAGE_H_

#include <string_view>

namespace skillfit {

bool ReadsAsEnglish(std::string_view text);

}  // namespace skillfit

#endif  // SKILLFIT_LANGUAGE_H_
