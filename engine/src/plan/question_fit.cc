#include "plan/question_fit.h"

#include <algorithm>

namespace skillfit {

std::set<std::string> ThemesOutsideRole(const JdProfile& jd, const KnowledgeBase& kb) {
  std::set<std::string> outside;
  for (const Theme& t : kb.themes()) {
    if (t.arises_in.empty()) continue;
    const bool named = std::find(jd.themes.begin(), jd.themes.end(), t.id) != jd.themes.end();
    if (!named && !AsksSkillIn(jd.skills, kb, t.arises_in)) outside.insert(t.id);
  }
  return outside;
}

bool FitsRole(const QuestionTopics& q, const std::set<std::string>& outside) {
  for (std::string_view t : q.themes) {
    if (outside.count(std::string(t))) return false;
  }
  return true;
}

}  // namespace skillfit
