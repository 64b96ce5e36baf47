// skillfit extract FILE [--as resume|jd] [--format text|json]
#include <ctime>
#include <iostream>

#include "args.h"
#include "commands.h"
#include "engine_setup.h"
#include "output.h"
#include "report_error.h"
#include "skillfit/profile.h"
#include "skillfit/report.h"

namespace skillfit {
namespace cli {

static const char kExtractHelp[] =
    "usage: skillfit extract FILE [--as resume|jd] [--format text|json] [-o OUT] [--kb DIR]\n"
    "\n"
    "Shows what skillfit reads in one document: its sections and every skill it names, with\n"
    "the line each came from. For a JD, each skill's level (required, preferred,\n"
    "responsibility, context) and the years asked; for a resume, where each skill is used,\n"
    "for how many years and how recently. Without --as, guesses JD or resume and says so.\n";

int RunExtract(int argc, char** argv) {
  ArgSpec spec{{"--as", "--format", "-o"}, {"--help"}, {}};
  AddKbOptions(&spec);
  auto args = Args::Parse(argc, argv, 2, spec, "extract");
  if (!args.ok()) return Fail(args.status());
  if (args->Has("--help")) {
    std::cout << kExtractHelp;
    return 0;
  }
  if (args->positionals().size() != 1) {
    std::cerr << kExtractHelp;
    return 2;
  }
  auto chosen = args->OneOf("--format", {"text", "json"}, "extract");
  if (!chosen.ok()) return Fail(chosen.status());
  const std::string format = *chosen;
  const std::string as = args->Get("--as");
  if (!as.empty() && as != "jd" && as != "resume") {
    return Fail(Status::UsageError("extract: --as must be jd or resume"));
  }
  auto engine = LoadEngine(*args);
  if (!engine.ok()) return Fail(engine.status());
  auto doc = LoadDocument(args->positionals()[0]);
  if (!doc.ok()) return Fail(doc.status());
  for (const std::string& w : doc->warnings) Warn(w);
  ExtractReportInput in;
  in.doc = &doc.value();
  in.kb = engine->kb.get();
  if (as.empty()) {
    in.kind = GuessDocKind(*doc);
    in.kind_guessed = true;
  } else {
    in.kind = as == "jd" ? DocKind::kJd : DocKind::kResume;
  }
  const ExtractOptions opts = TodayOptions();
  JdProfile jd;
  ResumeProfile cv;
  if (in.kind == DocKind::kJd) {
    jd = ExtractJd(*doc, *engine->matcher, opts);
    in.jd = &jd;
  } else {
    cv = ExtractResume(*doc, *engine->matcher, opts);
    in.resume = &cv;
  }
  if (in.kind_guessed && format == "text") {
    // Said in the report's first line too; on stderr so JSON stays clean.
  }
  if (in.kind_guessed) {
    std::cerr << "skillfit: " << doc->path << ": read as a " << DocKindName(in.kind)
              << " (guessed; use --as to say)\n";
  }
  const std::string report = format == "json" ? ExtractJsonReport(in) : ExtractTextReport(in);
  Status st = WriteOutput(args->Get("-o", "-"), report);
  if (!st.ok()) return Fail(st);
  return 0;
}

}  // namespace cli
}  // namespace skillfit
