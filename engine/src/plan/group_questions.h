// Internal: the study plan asks about a requirement group once, not about each member.
//
//   JD "one or more of C, C++, Java, Python, Go"; the resume uses Python: one question on
//   Python (a strength, weighed as the group). Nothing on the resume: one question on the
//   member the bank asks most about, as a gap on the whole group.
#ifndef SKILLFIT_PLAN_GROUP_QUESTIONS_H_
#define SKILLFIT_PLAN_GROUP_QUESTIONS_H_

#include <string>

#include "skillfit/match.h"
#include "skillfit/question_bank.h"

namespace skillfit {

// The member of group `g` the plan asks about: the one that met it; when none did, the
// member the bank holds the most questions on (the one interviews most commonly cover),
// the first named on a tie.
int GroupStandIn(const GroupVerdict& g, const QuestionBank& bank);

// Whether the plan may ask about verdict `v` of `m`: any verdict outside groups; of a
// group's members only its stand-in.
bool PlanAsksAbout(const MatchResult& m, const SkillVerdict& v, const QuestionBank& bank);

// The weight `v` carries in the plan's order: its own, or, for a group-only member, its
// group's.
double PlanWeight(const MatchResult& m, const SkillVerdict& v);

// For a group-only member, what the JD asks of the group, to open a reason:
// "asked as one of C, C++ or Java (any one meets it); ". Empty for other verdicts.
std::string GroupReasonPrefix(const MatchResult& m, const SkillVerdict& v,
                              const KnowledgeBase& kb);

}  // namespace skillfit

#endif  // SKILLFIT_PLAN_GROUP_QUESTIONS_H_
