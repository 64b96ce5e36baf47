// Internal: the weight a JD skill or requirement group carries in score v1 (match.h).
#ifndef SKILLFIT_MATCH_SCORE_WEIGHTS_H_
#define SKILLFIT_MATCH_SCORE_WEIGHTS_H_

#include "skillfit/match.h"

namespace skillfit {

// required 3, preferred 1.5, responsibility 1, context 0 (by default; MatchOptions).
inline double LevelWeight(RequirementLevel l, const MatchOptions& o) {
  switch (l) {
    case RequirementLevel::kRequired: return o.weight_required;
    case RequirementLevel::kPreferred: return o.weight_preferred;
    case RequirementLevel::kResponsibility: return o.weight_responsibility;
    case RequirementLevel::kContext: return 0;
  }
  return 0;
}

// The level weight, halved (soft_skill_factor) for a soft skill.
inline double SkillWeight(RequirementLevel l, SkillKind kind, const MatchOptions& o) {
  return LevelWeight(l, o) * (kind == SkillKind::kSoft ? o.soft_skill_factor : 1.0);
}

}  // namespace skillfit

#endif  // SKILLFIT_MATCH_SCORE_WEIGHTS_H_
