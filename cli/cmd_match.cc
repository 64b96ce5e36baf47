// skillfit match --resume FILE --jd FILE [--format text|json|md|html] [-o OUT]
#include <unistd.h>

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

static const char kMatchHelp[] =
    "usage: skillfit match --resume FILE --jd FILE [--format text|json|md|html] [-o OUT]\n"
    "                      [--kb DIR] [--no-color]\n"
    "\n"
    "Scores the resume against the JD: every skill the JD asks for, labelled strong, weak,\n"
    "related or missing with the resume lines behind it; one score with required and\n"
    "preferred coverage; and a gap report that says what to rewrite and what to learn.\n"
    "FILE may be PDF, DOCX, text, Markdown or JSON Resume; '-' reads standard input.\n"
    "  -o OUT       write the report to OUT, whole or not at all (default: standard output)\n"
    "  --limit N    questions in the interview study plan (default 12; 0 for none)\n"
    "  --no-color   no colour in the text report (also when NO_COLOR is set)\n";

int RunMatch(int argc, char** argv) {
  ArgSpec spec{{"--resume", "--jd", "--format", "-o", "--limit"}, {"--help", "--no-color"}, {}};
  AddKbOptions(&spec);
  AddScoreOptions(&spec);
  auto args = Args::Parse(argc, argv, 2, spec, "match");
  if (!args.ok()) return Fail(args.status());
  if (args->Has("--help")) {
    std::cout << kMatchHelp << kScoreVersionHelp;
    return 0;
  }
  if (!args->Has("--resume") || !args->Has("--jd") || !args->positionals().empty()) {
    std::cerr << kMatchHelp;
    return 2;
  }
  auto chosen = args->OneOf("--format", {"text", "json", "md", "html"}, "match");
  if (!chosen.ok()) return Fail(chosen.status());
  const std::string format = *chosen;
  const int limit = std::atoi(args->Get("--limit", "12").c_str());
  if (limit < 0 || limit > 200) return Fail(Status::UsageError("match: --limit takes 0 to 200"));
  MatchRun run;
  auto engine = OpenEngineAndMatch(*args, limit, &run);
  if (!engine.ok()) return Fail(engine.status());
  const std::string out_path = args->Get("-o", "-");
  const bool color = format == "text" && out_path == "-" && !args->Has("--no-color") &&
                     std::getenv("NO_COLOR") == nullptr && isatty(STDOUT_FILENO);
  const std::string report = (*engine)->MatchReport(run, ReportFormatNamed(format), color);
  Status st = WriteOutput(out_path, report);
  if (!st.ok()) return Fail(st);
  return 0;
}

}  // namespace cli
}  // namespace skillfit
