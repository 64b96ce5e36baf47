// GroupStandIn and the plan's view of group members (see group_questions.h).
#include "plan/group_questions.h"

#include "report/group_text.h"

namespace skillfit {

int GroupStandIn(const GroupVerdict& g, const QuestionBank& bank) {
  if (g.met_by >= 0) return g.met_by;
  int best = g.members.front();
  size_t most = bank.ForSkill(best).size();
  for (int m : g.members) {
    const size_t n = bank.ForSkill(m).size();
    if (n > most) {
      most = n;
      best = m;
    }
  }
  return best;
}

bool PlanAsksAbout(const MatchResult& m, const SkillVerdict& v, const QuestionBank& bank) {
  return v.group < 0 || GroupStandIn(m.groups[static_cast<size_t>(v.group)], bank) == v.skill;
}

double PlanWeight(const MatchResult& m, const SkillVerdict& v) {
  return v.group < 0 ? v.weight : m.groups[static_cast<size_t>(v.group)].weight;
}

std::string GroupReasonPrefix(const MatchResult& m, const SkillVerdict& v,
                              const KnowledgeBase& kb) {
  if (v.group < 0) return "";
  return "asked as one of " + AlternativesText(kb, m.groups[static_cast<size_t>(v.group)].members) +
         " (any one meets it); ";
}

}  // namespace skillfit
