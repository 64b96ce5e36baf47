// skillfit questions --resume FILE --jd FILE [--limit N] [--format text|json|md] [-o OUT]
#include <cstdlib>
#include <iostream>

#include "args.h"
#include "commands.h"
#include "output.h"
#include "pipeline.h"
#include "report_error.h"
#include "skillfit/report.h"

namespace skillfit {
namespace cli {

static const char kQuestionsHelp[] =
    "usage: skillfit questions --resume FILE --jd FILE [--limit N] [--format text|json|md] [-o OUT]\n"
    "\n"
    "The interview study plan: questions worth studying for this resume and this JD, each\n"
    "with the reason it was picked and a study guide (a short spoken answer, the points to\n"
    "know, and an exercise to do at a keyboard). Groups: close the gaps (missing and weak\n"
    "required skills first), prove your strengths, defend your resume (questions written\n"
    "from its numbers and projects), and the behavioural themes the JD names.\n"
    "  --limit N    how many questions (default 20)\n";

int RunQuestions(int argc, char** argv) {
  ArgSpec spec{{"--resume", "--jd", "--format", "-o", "--limit"}, {"--help"}, {}};
  AddKbOptions(&spec);
  auto args = Args::Parse(argc, argv, 2, spec, "questions");
  if (!args.ok()) return Fail(args.status());
  if (args->Has("--help")) {
    std::cout << kQuestionsHelp;
    return 0;
  }
  if (!args->Has("--resume") || !args->Has("--jd") || !args->positionals().empty()) {
    std::cerr << kQuestionsHelp;
    return 2;
  }
  auto chosen = args->OneOf("--format", {"text", "json", "md"}, "questions");
  if (!chosen.ok()) return Fail(chosen.status());
  const std::string format = *chosen;
  char* end = nullptr;
  const std::string limit_arg = args->Get("--limit", "20");
  const long limit = std::strtol(limit_arg.c_str(), &end, 10);
  if (*end != '\0' || limit < 1 || limit > 200) {
    return Fail(Status::UsageError("questions: --limit takes a number from 1 to 200"));
  }
  auto run = RunMatchPipeline(*args, static_cast<int>(limit));
  if (!run.ok()) return Fail(run.status());
  const MatchRun& r = **run;
  PlanReportInput in;
  in.plan = &r.plan;
  in.bank = r.bank.get();
  in.kb = r.engine.kb.get();
  in.resume_doc = &r.resume;
  in.jd_doc = &r.jd;
  const std::string report = format == "json" ? PlanJsonReport(in)
                             : format == "md" ? PlanMarkdownReport(in)
                                              : PlanTextReport(in);
  Status st = WriteOutput(args->Get("-o", "-"), report);
  if (!st.ok()) return Fail(st);
  return 0;
}

}  // namespace cli
}  // namespace skillfit
