// skillfit extract FILE [--as resume|jd] [--format text|json]
#include <iostream>
#include <optional>

#include "args.h"
#include "commands.h"
#include "engine_setup.h"
#include "output.h"
#include "report_error.h"
#include "skillfit/engine.h"

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
  auto engine = OpenEngine(*args, /*with_question_bank=*/false);
  if (!engine.ok()) return Fail(engine.status());
  std::optional<DocKind> kind;
  if (!as.empty()) kind = as == "jd" ? DocKind::kJd : DocKind::kResume;
  auto extraction = (*engine)->Extract(DocumentInput::File(args->positionals()[0]), kind);
  if (!extraction.ok()) return Fail(extraction.status());
  for (const std::string& w : extraction->doc.warnings) Warn(w);
  if (extraction->kind_guessed) {
    // Said in the text report's first line too; on stderr so JSON stays clean.
    std::cerr << "skillfit: " << EscapeInvalidUtf8(extraction->doc.path) << ": read as a "
              << DocKindName(extraction->kind) << " (guessed; use --as to say)\n";
  }
  const std::string report = (*engine)->ExtractReport(*extraction, ReportFormatNamed(format));
  Status st = WriteOutput(args->Get("-o", "-"), report);
  if (!st.ok()) return Fail(st);
  return 0;
}

}  // namespace cli
}  // namespace skillfit
