// Which bank questions fit the role a JD describes. A question tagged with a theme that
// arises only in some work (kb themes.yaml `arises_in`: on-call arises in operations work,
// patient confidentiality in healthcare administration) is set in that situation; it fits
// a JD that names the theme, or that asks a skill of one of the theme's categories. An
// analyst's plan then has no "you were paged at night" question for its problem-solving gap.
#ifndef SKILLFIT_PLAN_QUESTION_FIT_H_
#define SKILLFIT_PLAN_QUESTION_FIT_H_

#include <set>
#include <string>

#include "skillfit/knowledge_base.h"
#include "skillfit/profile.h"
#include "skillfit/question_bank.h"

namespace skillfit {

// The ids of the themes whose situations the role of `jd` does not have: each theme with an
// `arises_in` list that the JD neither names (its themes) nor meets with a skill it asks
// (required, preferred or responsibility) of a listed category.
std::set<std::string> ThemesOutsideRole(const JdProfile& jd, const KnowledgeBase& kb);

// Whether question `q` is set in none of the situations `outside`.
bool FitsRole(const QuestionTopics& q, const std::set<std::string>& outside);

}  // namespace skillfit

#endif  // SKILLFIT_PLAN_QUESTION_FIT_H_
