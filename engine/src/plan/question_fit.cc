#include "plan/question_fit.h"

#include <algorithm>

namespace skillfit {

namespace {

// Whether the JD asks (above context) some skill whose category is in `categories`.
bool AsksSkillIn(const JdProfile& jd, const KnowledgeBase& kb,
                 const std::vector<std::string>& categories) {
  for (const JdSkill& s : jd.skills) {
    if (s.level == RequirementLevel::kContext) continue;
    const std::string& c = kb.skills()[s.skill].category;
    if (std::find(categories.begin(), categories.end(), c) != categories.end()) return true;
  }
  return false;
}

}  // namespace

std::set<std::string> ThemesOutsideRole(const JdProfile& jd, const KnowledgeBase& kb) {
  std::set<std::string> outside;
  for (const Theme& t : kb.themes()) {
    if (t.arises_in.empty()) continue;
    const bool named = std::find(jd.themes.begin(), jd.themes.end(), t.id) != jd.themes.end();
    if (!named && !AsksSkillIn(jd, kb, t.arises_in)) outside.insert(t.id);
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
