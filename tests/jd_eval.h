// Measures JD extraction against the gold labels in tests/eval/jd (written by
// ../shared/eval/LABELING.md): precision, recall and F1 of hard skills and certifications at
// levels required, preferred and responsibility; accuracy of the required-versus-preferred call;
// span recall and precision against SkillSpan's knowledge spans; and context leak, the share of
// context-only gold skills (hard or certification, labelled only at level `context`) that the
// engine treats as required or preferred.
#ifndef SKILLFIT_TESTS_JD_EVAL_H_
#define SKILLFIT_TESTS_JD_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "skillfit/skill_matcher.h"

namespace skillfit {
namespace eval {

struct JdEvalResult {
  int jds = 0;
  int true_positives = 0;
  int false_positives = 0;
  int false_negatives = 0;
  int gold_unknown = 0;   // gold skills the knowledge base has no spelling for (counted as misses)
  int level_checked = 0;  // true positives whose gold level is required or preferred
  int level_correct = 0;
  double precision() const;
  double recall() const;
  double f1() const;
  double level_accuracy() const;
  // Context-only gold skills the kb can spell, and those found at required or preferred level.
  int context_gold = 0;
  int context_leaked = 0;
  int context_unknown = 0;  // context-only gold skills the kb has no spelling for (not counted)
  double context_leak() const;
  std::map<std::string, int> missed;        // gold name -> times missed
  std::map<std::string, int> wrongly_found;  // skill id -> times found but not in gold
  std::map<std::string, int> leaked;         // context-only gold name -> times asked
  // One line per JD: its counts, then each gold skill missed (fn:name, or fn?:name when no kb
  // skill has that name), false positive (fp:id), context skill asked (leak:name) and wrong
  // required/preferred call (level:name=found level).
  std::vector<std::string> per_jd;
  std::vector<std::string> errors;          // files that could not be read
  // SkillSpan knowledge spans (Technologies line removed).
  int span_gold = 0, span_gold_hit = 0, span_pred = 0, span_pred_hit = 0;
};

// `eval_dir`: a folder of label files (tests/eval/jd, tests/eval/jd-tune, ...); paths in the
// label files are relative to `repo_root`. A folder that cannot be opened is an error.
JdEvalResult EvaluateJds(const std::string& eval_dir, const std::string& repo_root,
                         const SkillMatcher& matcher);

// SkillSpan dev postings: knowledge-span recall and precision of all mentions.
void EvaluateSkillSpanSpans(const std::string& jsonl_path, const SkillMatcher& matcher,
                            JdEvalResult* result);

// `details`: also the most often missed / wrongly found / leaked skills and one line per JD.
// Sealed label folders are reported without details (tests/eval/jd-sealed/README.md).
std::string FormatReport(const JdEvalResult& r, size_t top = 15, bool details = true);

}  // namespace eval
}  // namespace skillfit

#endif  // SKILLFIT_TESTS_JD_EVAL_H_
