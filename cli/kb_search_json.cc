#include "kb_search_json.h"

#include <nlohmann/json.hpp>

namespace skillfit {
namespace cli {

std::string KbSearchJson(const Engine& engine, const std::string& term, size_t* found) {
  const std::vector<TermMatch> matches = engine.matcher().Explain(term);
  const KnowledgeBase& kb = engine.kb();
  nlohmann::json j;
  j["schema"] = "skillfit.kb-search/1";
  j["term"] = term;
  j["matches"] = nlohmann::json::array();
  for (const TermMatch& t : matches) {
    const Skill& s = kb.skills()[t.skill];
    j["matches"].push_back({{"id", s.id}, {"name", s.name}, {"category", s.category},
                            {"kind", SkillKindName(s.kind)}, {"via", t.via}});
  }
  *found = matches.size();
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace cli
}  // namespace skillfit
