// WeighGroupMember, JudgeGroups and StandsForRequirement (see group_match.h).
#include "match/group_match.h"

#include <algorithm>

#include "match/score_weights.h"
#include "report/group_text.h"

namespace skillfit {

void WeighGroupMember(const JdSkill& js, const KnowledgeBase& kb, const MatchOptions& o,
                      SkillVerdict* v) {
  int first_group = -1;
  bool alone = false;
  RequirementLevel alone_level = RequirementLevel::kContext;
  for (const Occurrence& m : js.mentions) {
    if (m.group >= 0) {
      if (first_group < 0) first_group = m.group;
    } else if (m.level != RequirementLevel::kContext) {  // context asks nothing
      alone = true;
      alone_level = std::min(alone_level, m.level);
    }
  }
  if (first_group < 0) return;
  if (!alone) {
    v->group = first_group;
    v->weight = 0;
    return;
  }
  v->level = alone_level;
  v->weight = SkillWeight(alone_level, kb.skills()[static_cast<size_t>(js.skill)].kind, o);
}

namespace {

// The verdict on JD skill `skill` among `skills`, or null.
SkillVerdict* VerdictOn(int skill, std::vector<SkillVerdict>* skills) {
  for (SkillVerdict& v : *skills) {
    if (v.skill == skill) return &v;
  }
  return nullptr;
}

// How well verdict `v` meets a group: its credit; on equal credit, a skill used in a role
// (weak for its age or years) before one only listed.
double MeetsBy(const SkillVerdict& v) {
  return v.credit + (v.weak_reason == WeakReason::kListedOnly ? 0.0 : 0.01);
}

// Group `g` judged by its best member among `skills` (MeetsBy), the first named on a tie.
GroupVerdict JudgeGroup(const RequirementGroup& g, int index, const KnowledgeBase& kb,
                        const MatchOptions& o, std::vector<SkillVerdict>* skills) {
  GroupVerdict gv;
  gv.group = index;
  gv.members = g.members;
  gv.level = g.level;
  bool all_soft = true;
  double best = 0;
  for (int m : g.members) {
    all_soft = all_soft && kb.skills()[static_cast<size_t>(m)].kind == SkillKind::kSoft;
    const SkillVerdict* v = VerdictOn(m, skills);
    if (v == nullptr || v->credit <= 0 || MeetsBy(*v) <= best) continue;
    best = MeetsBy(*v);
    gv.credit = v->credit;
    gv.label = v->label;
    gv.met_by = m;
  }
  gv.weight = SkillWeight(g.level, all_soft ? SkillKind::kSoft : SkillKind::kHard, o);
  if (o.explain) gv.jd_places = g.places;
  return gv;
}

// Whether every member of `g` is a degree (kb category "degrees").
bool AllDegrees(const RequirementGroup& g, const KnowledgeBase& kb) {
  for (int m : g.members) {
    if (kb.skills()[static_cast<size_t>(m)].category != "degrees") return false;
  }
  return true;
}

// Says in a group-only member's reason and advice what its group `gv` says.
void ExplainMember(const GroupVerdict& gv, const KnowledgeBase& kb, SkillVerdict* v) {
  const std::string one_of = "one of " + AlternativesText(kb, gv.members);
  if (gv.met_by == v->skill) {
    v->reason += "; meets the JD's \"" + one_of + "\"";
  } else if (gv.met_by >= 0) {
    v->reason += "; the JD asks " + one_of + ", met by " +
                 kb.skills()[static_cast<size_t>(gv.met_by)].name;
    if (gv.label == EvidenceLabel::kStrong) {
      v->advice.clear();
      v->fixable = false;
    }
  } else {
    v->reason += "; the JD asks " + one_of;
    v->advice = "any one of " + AlternativesText(kb, gv.members) +
                " meets this; if you have used one, add it to a role, else learn the one "
                "closest to your work";
  }
}

}  // namespace

std::vector<GroupVerdict> JudgeGroups(const JdProfile& jd, const KnowledgeBase& kb,
                                      const MatchOptions& o, std::vector<SkillVerdict>* skills) {
  std::vector<GroupVerdict> groups;
  // A group of degrees ("BSc or MSc") is the education row's, as its members are: it gets
  // no verdict, and the verdicts' group indexes are renumbered to the groups judged.
  std::vector<int> judged_as(jd.groups.size(), -1);
  for (size_t g = 0; g < jd.groups.size(); ++g) {
    if (AllDegrees(jd.groups[g], kb)) continue;
    judged_as[g] = static_cast<int>(groups.size());
    groups.push_back(JudgeGroup(jd.groups[g], static_cast<int>(g), kb, o, skills));
  }
  for (SkillVerdict& v : *skills) {
    if (v.group >= 0) v.group = judged_as[static_cast<size_t>(v.group)];
  }
  if (!o.explain) return groups;
  for (SkillVerdict& v : *skills) {
    if (v.group >= 0) ExplainMember(groups[static_cast<size_t>(v.group)], kb, &v);
  }
  return groups;
}

bool StandsForRequirement(const MatchResult& m, const SkillVerdict& v) {
  if (v.group < 0) return true;
  const GroupVerdict& g = m.groups[static_cast<size_t>(v.group)];
  return g.met_by >= 0 ? v.skill == g.met_by : v.skill == g.members.front();
}

}  // namespace skillfit
