#include "extract/title_evidence.h"

#include <algorithm>

namespace skillfit {

void AddTitleMentions(const Document& doc, const std::vector<Role>& roles,
                      const TitleTable& titles, std::vector<Mention>* mentions) {
  const std::string_view text = doc.text;
  const size_t before = mentions->size();
  for (const Role& role : roles) {
    if (role.title.empty() || role.project) continue;
    const size_t at = text.find(role.title, role.begin);
    if (at == std::string_view::npos || at >= role.end) continue;
    const size_t end = at + role.title.size();
    for (int skill : titles.SkillsOf(role.title)) {
      const bool named = std::any_of(mentions->begin(), mentions->begin() + before,
                                     [&](const Mention& m) {
                                       return m.skill == skill && m.begin < end && at < m.end;
                                     });
      if (!named) mentions->push_back({skill, at, end, false});
    }
  }
  std::stable_sort(mentions->begin(), mentions->end(),
                   [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

}  // namespace skillfit
