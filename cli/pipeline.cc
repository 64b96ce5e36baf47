#include "pipeline.h"

#include "output.h"
#include "report_error.h"

namespace skillfit {
namespace cli {

Result<std::unique_ptr<MatchRun>> RunMatchPipeline(const Args& args, int limit) {
  if (args.Get("--resume") == "-" && args.Get("--jd") == "-") {
    return Status::UsageError("only one of --resume and --jd can be '-'");
  }
  auto run = std::make_unique<MatchRun>();
  auto engine = LoadEngine(args);
  if (!engine.ok()) return engine.status();
  run->engine = *engine;
  auto bank = LoadQuestionBank(args, *run->engine.kb);
  if (!bank.ok()) return bank.status();
  run->bank = *bank;
  auto resume = LoadDocument(args.Get("--resume"));
  if (!resume.ok()) return resume.status();
  auto jd = LoadDocument(args.Get("--jd"));
  if (!jd.ok()) return jd.status();
  run->resume = std::move(resume).value();
  run->jd = std::move(jd).value();
  for (const std::string& w : run->resume.warnings) Warn(w);
  for (const std::string& w : run->jd.warnings) Warn(w);
  MatchOptions options;
  options.today = TodayOptions();
  run->jd_profile = ExtractJd(run->jd, *run->engine.matcher, options.today);
  run->resume_profile = ExtractResume(run->resume, *run->engine.matcher, options.today);
  for (const std::string& w : run->jd_profile.warnings) Warn(w);
  for (const std::string& w : run->resume_profile.warnings) Warn(w);
  bool asks = false;
  for (const JdSkill& s : run->jd_profile.skills) asks = asks || !s.mentions.empty();
  if (!asks) {
    return Status::InputError(run->jd.path +
                              ": no skills found in this job description; is it the right file?");
  }
  if (run->resume_profile.skills.empty()) {
    Warn(run->resume.path + ": no skills found in this resume; every JD skill will read as missing");
  }
  run->match = Match(run->jd_profile, run->resume_profile, *run->engine.kb, options);
  PlanInput in;
  in.resume_doc = &run->resume;
  in.resume = &run->resume_profile;
  in.jd = &run->jd_profile;
  in.match = &run->match;
  in.kb = run->engine.kb.get();
  in.bank = run->bank.get();
  run->plan = BuildStudyPlan(in, PlanOptions{limit});
  return run;
}

}  // namespace cli
}  // namespace skillfit
