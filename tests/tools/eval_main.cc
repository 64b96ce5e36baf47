// skillfit_eval: prints JD extraction quality over the gold labels in tests/eval/jd.
//   build/skillfit_eval [REPO_ROOT]
#include <iostream>

#include "jd_eval.h"
#include "skillfit/knowledge_base.h"

int main(int argc, char** argv) {
  const std::string root = argc > 1 ? argv[1] : SKILLFIT_SOURCE_DIR;
  auto kb = skillfit::KnowledgeBase::Load(root + "/kb");
  if (!kb.ok()) {
    std::cerr << "skillfit_eval: " << kb.status().message() << "\n";
    return 3;
  }
  auto matcher = skillfit::SkillMatcher::Compile(kb.value());
  if (!matcher.ok()) {
    std::cerr << "skillfit_eval: " << matcher.status().message() << "\n";
    return 3;
  }
  auto r = skillfit::eval::EvaluateJds(root + "/tests/eval/jd", root, **matcher);
  skillfit::eval::EvaluateSkillSpanSpans(root + "/../shared/corpus/jd/skillspan/skillspan_dev_postings.jsonl",
                                         **matcher, &r);
  std::cout << skillfit::eval::FormatReport(r);
  return r.errors.empty() ? 0 : 1;
}
