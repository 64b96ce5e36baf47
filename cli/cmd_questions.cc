// skillfit questions --resume FILE --jd FILE [--limit N] [--format text|json|md] [-o OUT]
#include <cstdlib>
#include <iostream>

#include "args.h"
#include "commands.h"
#include "engine_setup.h"
#include "output.h"
#include "report_error.h"
#include "skillfit/engine.h"

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
  AddScoreOptions(&spec);
  auto args = Args::Parse(argc, argv, 2, spec, "questions");
  if (!args.ok()) return Fail(args.status());
  if (args->Has("--help")) {
    std::cout << kQuestionsHelp << kScoreVersionHelp;
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
  MatchRun run;
  auto engine = OpenEngineAndMatch(*args, static_cast<int>(limit), &run);
  if (!engine.ok()) return Fail(engine.status());
  const std::string report = (*engine)->PlanReport(run, ReportFormatNamed(format));
  Status st = WriteOutput(args->Get("-o", "-"), report);
  if (!st.ok()) return Fail(st);
  return 0;
}

}  // namespace cli
}  // namespace skillfit
