#include "report/group_text.h"

namespace skillfit {

std::string AlternativesText(const KnowledgeBase& kb, const std::vector<int>& members) {
  std::string text;
  for (size_t i = 0; i < members.size(); ++i) {
    if (i > 0) text += i + 1 == members.size() ? " or " : ", ";
    text += kb.skills()[static_cast<size_t>(members[i])].name;
  }
  return text;
}

std::string GroupVerdictText(const KnowledgeBase& kb, const GroupVerdict& g) {
  const std::string one_of = "one of " + AlternativesText(kb, g.members);
  if (g.met_by < 0) return one_of + ": none on your resume";
  return one_of + ": met by " + kb.skills()[static_cast<size_t>(g.met_by)].name + " (" +
         EvidenceLabelName(g.label) + ")";
}

}  // namespace skillfit
