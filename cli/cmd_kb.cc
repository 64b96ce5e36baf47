// skillfit kb lint | stats | search TERM
#include <algorithm>
#include <nlohmann/json.hpp>

#include <iomanip>
#include <iostream>
#include <map>

#include "args.h"
#include "commands.h"
#include "engine_setup.h"
#include "kb_search_json.h"
#include "report_error.h"
#include "skillfit/engine.h"

namespace skillfit {
namespace cli {

static const char kKbHelp[] =
    "usage: skillfit kb lint   [--kb DIR]...\n"
    "       skillfit kb stats  [--kb DIR]... [--format text|json]\n"
    "       skillfit kb search TERM [--kb DIR]... [--format text|json]\n"
    "\n"
    "  lint     check the knowledge base; every problem with file:line:column; exit 3 if any\n"
    "  stats    how many skills by category and kind, aliases per skill\n"
    "  search   which skill a term maps to, and through which alias or guard\n"
    "  --kb DIR       add your own YAML skills (a skill with an existing id replaces it)\n"
    "  --kb-root DIR  use another knowledge base instead of the shipped kb/\n";

static int Lint(const Args& args) {
  auto lint = Engine::Lint(EngineOptionsFrom(args, /*with_question_bank=*/true));
  if (!lint.ok()) return Fail(lint.status());
  if (lint->issues.empty()) {
    std::cout << "kb: ok: " << lint->skills << " skills, " << lint->categories << " categories, "
              << lint->themes << " themes, " << lint->questions << " questions, "
              << lint->skill_files << " skill files\n";
    return 0;
  }
  for (const KbIssue& i : lint->issues) std::cerr << i.ToString() << "\n";
  const size_t n = lint->issues.size();
  std::cerr << "kb: " << n << " problem" << (n == 1 ? "" : "s") << "\n";
  return 3;
}

static int Stats(const Args& args, const Engine& e) {
  const KnowledgeBase& kb = e.kb();
  std::map<std::string, int> by_category, by_kind;
  size_t aliases = 0, guarded = 0, with_implies = 0;
  for (const Skill& s : kb.skills()) {
    ++by_category[s.category];
    ++by_kind[SkillKindName(s.kind)];
    aliases += s.aliases.size();
    if (!s.guarded.empty()) ++guarded;
    if (!s.implies.empty()) ++with_implies;
  }
  const double per_skill = kb.skills().empty() ? 0.0 : double(aliases) / kb.skills().size();
  if (args.Get("--format", "text") == "json") {
    nlohmann::json j;
    j["schema"] = "skillfit.kb-stats/1";
    j["skills"] = kb.skills().size();
    j["aliases"] = aliases;
    j["aliases_per_skill"] = per_skill;
    j["guarded_skills"] = guarded;
    j["skills_with_implies"] = with_implies;
    j["by_kind"] = by_kind;
    j["by_category"] = by_category;
    j["themes"] = kb.themes().size();
    std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return 0;
  }
  std::cout << kb.skills().size() << " skills, " << aliases << " aliases (" << std::fixed
            << std::setprecision(1) << per_skill << " per skill), " << guarded
            << " guarded, " << with_implies << " with implies\n\nby kind:\n";
  for (const auto& [k, n] : by_kind) std::cout << "  " << std::setw(14) << std::left << k << n << "\n";
  std::cout << "\nby category:\n";
  size_t width = 0;  // the longest id and two spaces: "healthcare-administration  87"
  for (const Category& c : kb.categories()) width = std::max(width, c.id.size() + 2);
  for (const Category& c : kb.categories()) {
    std::cout << "  " << std::setw(static_cast<int>(width)) << std::left << c.id
              << by_category[c.id] << "\n";
  }
  return 0;
}

static int Search(const Args& args, const Engine& e, const std::string& term) {
  if (args.Get("--format", "text") == "json") {
    size_t matches = 0;
    std::cout << KbSearchJson(e, term, &matches);
    return matches == 0 ? 1 : 0;
  }
  std::vector<TermMatch> found = e.matcher().Explain(term);
  const KnowledgeBase& kb = e.kb();
  if (found.empty()) {
    std::cout << "'" << term << "': no skill\n";
    return 1;
  }
  for (const TermMatch& t : found) {
    const Skill& s = kb.skills()[t.skill];
    std::cout << "'" << term << "' -> " << s.id << " (" << s.name << ", " << s.category << ", "
              << SkillKindName(s.kind) << ") via " << t.via << "\n";
    if (!s.implies.empty()) {
      std::cout << "    implies:";
      for (int i : kb.ImpliedBy(t.skill)) std::cout << " " << kb.skills()[i].id;
      std::cout << "\n";
    }
    if (!kb.RelatedTo(t.skill).empty()) {
      std::cout << "    related:";
      for (int i : kb.RelatedTo(t.skill)) std::cout << " " << kb.skills()[i].id;
      std::cout << "\n";
    }
    std::cout << "    " << s.description << "\n";
  }
  return 0;
}

int RunKb(int argc, char** argv) {
  ArgSpec spec{{"--format"}, {"--help"}, {}};
  AddKbOptions(&spec);
  auto args = Args::Parse(argc, argv, 2, spec, "kb");
  if (!args.ok()) return Fail(args.status());
  const auto& pos = args->positionals();
  if (args->Has("--help")) {
    std::cout << kKbHelp;
    return 0;
  }
  if (pos.empty()) {
    std::cerr << kKbHelp;
    return 2;
  }
  auto chosen = args->OneOf("--format", {"text", "json"}, "kb");
  if (!chosen.ok()) return Fail(chosen.status());
  const std::string format = *chosen;
  if (pos[0] == "lint") return Lint(*args);
  if (pos[0] != "stats" && pos[0] != "search") {
    return Fail(Status::UsageError("kb: unknown subcommand '" + pos[0] + "'"));
  }
  auto engine = OpenEngine(*args, /*with_question_bank=*/false, /*with_document_tables=*/false);
  if (!engine.ok()) return Fail(engine.status());
  if (pos[0] == "stats") return Stats(*args, **engine);
  if (pos.size() < 2) return Fail(Status::UsageError("kb search: give a TERM"));
  std::string term;
  for (size_t i = 1; i < pos.size(); ++i) term += (i > 1 ? " " : "") + pos[i];
  return Search(*args, **engine, term);
}

}  // namespace cli
}  // namespace skillfit
