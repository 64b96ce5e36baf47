// skillfit match --resume FILE --jd FILE [--format text|json|md|html] [-o OUT]
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "args.h"
#include "commands.h"
#include "engine_setup.h"
#include "output.h"
#include "report_error.h"
#include "skillfit/match.h"
#include "skillfit/profile.h"
#include "skillfit/report.h"

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
    "  --no-color   no colour in the text report (also when NO_COLOR is set)\n";

int RunMatch(int argc, char** argv) {
  ArgSpec spec{{"--resume", "--jd", "--format", "-o"}, {"--help", "--no-color"}, {}};
  AddKbOptions(&spec);
  auto args = Args::Parse(argc, argv, 2, spec, "match");
  if (!args.ok()) return Fail(args.status());
  if (args->Has("--help")) {
    std::cout << kMatchHelp;
    return 0;
  }
  if (!args->Has("--resume") || !args->Has("--jd") || !args->positionals().empty()) {
    std::cerr << kMatchHelp;
    return 2;
  }
  const std::string format = args->Get("--format", "text");
  if (format != "text" && format != "json" && format != "md" && format != "html") {
    return Fail(Status::UsageError("match: --format must be text, json, md or html"));
  }
  if (args->Get("--resume") == "-" && args->Get("--jd") == "-") {
    return Fail(Status::UsageError("match: only one of --resume and --jd can be '-'"));
  }
  auto engine = LoadEngine(*args);
  if (!engine.ok()) return Fail(engine.status());
  auto resume = LoadDocument(args->Get("--resume"));
  if (!resume.ok()) return Fail(resume.status());
  auto jd = LoadDocument(args->Get("--jd"));
  if (!jd.ok()) return Fail(jd.status());
  for (const std::string& w : resume->warnings) Warn(w);
  for (const std::string& w : jd->warnings) Warn(w);

  MatchOptions options;
  options.today = TodayOptions();
  const JdProfile jd_profile = ExtractJd(*jd, *engine->matcher, options.today);
  const ResumeProfile cv_profile = ExtractResume(*resume, *engine->matcher, options.today);
  for (const std::string& w : jd_profile.warnings) Warn(w);
  for (const std::string& w : cv_profile.warnings) Warn(w);
  bool asks = false;
  for (const JdSkill& s : jd_profile.skills) asks = asks || !s.mentions.empty();
  if (!asks) {
    return Fail(Status::InputError(jd->path + ": no skills found in this job description; is it the right file?"));
  }
  const MatchResult m = Match(jd_profile, cv_profile, *engine->kb, options);

  MatchReportInput in;
  in.resume_doc = &resume.value();
  in.jd_doc = &jd.value();
  in.kb = engine->kb.get();
  in.match = &m;
  const std::string out_path = args->Get("-o", "-");
  in.color = format == "text" && out_path == "-" && !args->Has("--no-color") &&
             std::getenv("NO_COLOR") == nullptr && isatty(STDOUT_FILENO);
  std::string report;
  if (format == "json") {
    report = MatchJsonReport(in);
  } else if (format == "md") {
    report = MatchMarkdownReport(in);
  } else if (format == "html") {
    report = MatchHtmlReport(in);
  } else {
    report = MatchTextReport(in);
  }
  Status st = WriteOutput(out_path, report);
  if (!st.ok()) return Fail(st);
  return 0;
}

}  // namespace cli
}  // namespace skillfit
