// skillfit_eval: prints JD extraction quality over folders of gold labels, one block per folder.
//   build/skillfit_eval [REPO_ROOT] [--labels DIR]...
// Without --labels it reads tests/eval/jd, tests/eval/jd-tune and tests/eval/jd-sealed (those
// that exist). A relative DIR is read under REPO_ROOT. A folder whose name ends in "sealed" is
// printed as totals only, never per posting or per skill (tests/eval/jd-sealed/README.md).
// Exit codes: 0 all read, 1 a label file or posting could not be read, 2 bad arguments,
// 3 the knowledge base did not load.
#include <sys/stat.h>

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "jd_eval.h"
#include "skillfit/knowledge_base.h"

namespace {

bool IsDir(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool EndsWith(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

struct Args {
  std::string root = SKILLFIT_SOURCE_DIR;
  std::vector<std::string> labels;  // as given; resolved against root
};

// Returns false (after printing a one-line error) on a bad argument.
bool ParseArgs(int argc, char** argv, Args* a) {
  bool root_given = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--labels") {
      if (i + 1 >= argc) {
        std::cerr << "skillfit_eval: --labels needs a folder\n";
        return false;
      }
      a->labels.push_back(argv[++i]);
    } else if (arg.rfind("--", 0) == 0 || root_given) {
      std::cerr << "skillfit_eval: unexpected argument '" << arg
                << "' (usage: skillfit_eval [REPO_ROOT] [--labels DIR]...)\n";
      return false;
    } else {
      a->root = arg;
      root_given = true;
    }
  }
  if (a->labels.empty()) {
    for (const char* d : {"tests/eval/jd", "tests/eval/jd-tune", "tests/eval/jd-sealed"}) {
      if (IsDir(a->root + "/" + d)) a->labels.push_back(d);
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!ParseArgs(argc, argv, &args)) return 2;
  auto kb = skillfit::KnowledgeBase::Load(args.root + "/kb");
  if (!kb.ok()) {
    std::cerr << "skillfit_eval: " << kb.status().message() << "\n";
    return 3;
  }
  auto matcher = skillfit::SkillMatcher::Compile(kb.value());
  if (!matcher.ok()) {
    std::cerr << "skillfit_eval: " << matcher.status().message() << "\n";
    return 3;
  }
  bool errors = false;
  for (const std::string& dir : args.labels) {
    const std::string path = dir.rfind('/', 0) == 0 ? dir : args.root + "/" + dir;
    std::string name = path;
    while (EndsWith(name, "/")) name.pop_back();
    const bool sealed = EndsWith(name, "sealed");
    auto r = skillfit::eval::EvaluateJds(path, args.root, **matcher);
    std::cout << "== labels " << dir << (sealed ? " (sealed: totals only)" : "") << "\n"
              << skillfit::eval::FormatReport(r, 15, !sealed) << "\n";
    errors = errors || !r.errors.empty();
  }
  skillfit::eval::JdEvalResult spans;
  skillfit::eval::EvaluateSkillSpanSpans(
      args.root + "/../shared/corpus/jd/skillspan/skillspan_dev_postings.jsonl", **matcher, &spans);
  if (spans.span_gold > 0) {
    std::printf("== SkillSpan dev knowledge spans: recall %.3f (%d/%d)   precision %.3f (%d/%d)\n",
                double(spans.span_gold_hit) / spans.span_gold, spans.span_gold_hit, spans.span_gold,
                spans.span_pred ? double(spans.span_pred_hit) / spans.span_pred : 0.0,
                spans.span_pred_hit, spans.span_pred);
  }
  return errors ? 1 : 0;
}
