// Internal: requirement groups in the match, each scored once by its best member.
//
//   JD "Go, Rust or Python" (required), resume uses Python in a role:
//     group {go, rust, python}: required, weight 3, strong, met by python
//     verdicts go, rust, python: required, weight 0, group 0 (they count through the group)
//   A member also asked on its own ("Python required. Go, Rust or Python...") keeps the
//   weight of the level it is asked alone at, and the group counts beside it.
#ifndef SKILLFIT_MATCH_GROUP_MATCH_H_
#define SKILLFIT_MATCH_GROUP_MATCH_H_

#include <vector>

#include "skillfit/knowledge_base.h"
#include "skillfit/match.h"
#include "skillfit/profile.h"

namespace skillfit {

// Re-weighs the verdict `v` on JD skill `js` for the groups it is named in: asked only inside
// groups (or named elsewhere only as context), it weighs 0 and v->group names the first;
// asked alone too, it takes the level and weight of its mentions outside groups. A skill named in no group is left as it is.
void WeighGroupMember(const JdSkill& js, const KnowledgeBase& kb, const MatchOptions& o,
                      SkillVerdict* v);

// The verdict on each JD group, from the verdicts on its members (`skills`, as Match makes
// them); with o.explain, adds to each group-only member's reason and advice what its group
// says ("one of Go, Rust or Python; met by Python").
std::vector<GroupVerdict> JudgeGroups(const JdProfile& jd, const KnowledgeBase& kb,
                                      const MatchOptions& o, std::vector<SkillVerdict>* skills);

}  // namespace skillfit

#endif  // SKILLFIT_MATCH_GROUP_MATCH_H_
