// The gap report: a match's weak spots grouped so a user can act on them.
//
//   for (const skillfit::GapGroup& g : skillfit::GroupGaps(match, kb))
//     // "required-missing": Kubernetes, Terraform (learning gaps) ...
//
// Each group says whether rewriting the resume fixes it (fixable) or the candidate does not
// yet have the skill (a learning gap).
#ifndef SKILLFIT_GAP_REPORT_H_
#define SKILLFIT_GAP_REPORT_H_

#include <string>
#include <vector>

#include "skillfit/match.h"

namespace skillfit {

struct GapGroup {
  std::string id;     // "required-missing", "required-weak", "related-only", "years-undated",
                      // "years-short", "credentials-missing", "soft-skills-unshown",
                      // "preferred-missing"
  std::string title;  // "Required skills missing"
  bool fixable = false;  // true: rewrite the resume; false: a learning gap
  std::vector<const SkillVerdict*> skills;
  std::string note;   // group-level remark ("the JD asks 7 years overall; your roles span 4")
};

// Groups in the order a user should read them; empty groups are left out. The pointers point
// into `m`, which must outlive the result.
std::vector<GapGroup> GroupGaps(const MatchResult& m, const KnowledgeBase& kb);

}  // namespace skillfit

#endif  // SKILLFIT_GAP_REPORT_H_
