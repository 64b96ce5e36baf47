// The main job, shared by `match` and `questions`: load both documents, extract, match and
// plan, with the knowledge base and question bank loaded once.
#ifndef SKILLFIT_CLI_PIPELINE_H_
#define SKILLFIT_CLI_PIPELINE_H_

#include <memory>

#include "args.h"
#include "engine_setup.h"
#include "skillfit/document.h"
#include "skillfit/match.h"
#include "skillfit/profile.h"
#include "skillfit/question_bank.h"
#include "skillfit/study_plan.h"

namespace skillfit {
namespace cli {

struct MatchRun {
  Engine engine;
  std::shared_ptr<const QuestionBank> bank;
  Document resume;
  Document jd;
  JdProfile jd_profile;
  ResumeProfile resume_profile;
  MatchResult match;
  StudyPlan plan;
};

// --resume and --jd from `args`; warnings go to standard error. `limit` questions in the plan.
Result<std::unique_ptr<MatchRun>> RunMatchPipeline(const Args& args, int limit);

}  // namespace cli
}  // namespace skillfit

#endif  // SKILLFIT_CLI_PIPELINE_H_
