// Internal: whether a resume entry is a career break rather than a post held. A dated entry
// such as "Career Break | Raising Child at Home  Dec 2022 - Apr 2026" or "Sabbatical, travel
// in South America" reads like a role, but names no post and no employer: the title row does
// not take it for the latest post, its title is no evidence of skills, and its span is not
// counted in the resume's years of experience. The work it describes (courses, projects) is
// still evidence, as a project's is.
#ifndef SKILLFIT_EXTRACT_CAREER_BREAK_H_
#define SKILLFIT_EXTRACT_CAREER_BREAK_H_

#include <string_view>

namespace skillfit {

// Whether the title or header of an entry (`text`) names a break: "career break", "career
// gap", "sabbatical", "parental leave" (and maternity, paternity, family, medical, personal
// leave), "gap year", "stay-at-home parent" and the like, as whole words, in any case. A post
// that only sounds near ("Travel Nurse", "Caregiver", "Leave Administrator") is no break.
bool NamesCareerBreak(std::string_view text);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_CAREER_BREAK_H_
