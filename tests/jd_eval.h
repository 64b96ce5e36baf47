// Measures JD extraction against the gold labels in tests/eval/jd (written by
// ../shared/eval/LABELING.md): precision, recall and F1 of hard skills and certifications at
// levels required, preferred and responsibility; accuracy of the required-versus-preferred call;
// and span recall and precision against SkillSpan's knowledge spans.
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
  std::map<std::string, int> missed;        // gold name -> times missed
  std::map<std::string, int> wrongly_found;  // skill id -> times found but not in gold
  std::vector<std::string> per_jd;          // one line per JD
  std::vector<std::string> errors;          // files that could not be read
  // SkillSpan knowledge spans (Technologies line removed).
  int span_gold = 0, span_gold_hit = 0, span_pred = 0, span_pred_hit = 0;
};

// `eval_dir`: tests/eval/jd; paths in the label files are relative to `repo_root`.
JdEvalResult EvaluateJds(const std::string& eval_dir, const std::string& repo_root,
                         const SkillMatcher& matcher);

// SkillSpan dev postings: knowledge-span recall and precision of all mentions.
void EvaluateSkillSpanSpans(const std::string& jsonl_path, const SkillMatcher& matcher,
                            JdEvalResult* result);

std::string FormatReport(const JdEvalResult& r, size_t top = 15);

}  // namespace eval
}  // namespace skillfit

#endif  // SKILLFIT_TESTS_JD_EVAL_H_
