// skillfit text FILE: the extracted text, as the engine sees it.
#include <iostream>

#include "args.h"
#include "commands.h"
#include "engine_setup.h"
#include "report_error.h"
#include "skillfit/engine.h"

namespace skillfit {
namespace cli {

static const char kTextHelp[] =
    "usage: skillfit text FILE [--lines]\n"
    "\n"
    "Prints the text of FILE (PDF, DOCX, text, Markdown, JSON Resume; '-' for standard\n"
    "input) exactly as skillfit reads it: reading order, ligatures expanded, bullets as '•'.\n"
    "  --lines   prefix every line with its line number\n";

int RunText(int argc, char** argv) {
  ArgSpec spec{{}, {"--help", "--lines"}, {}};
  AddKbOptions(&spec);  // accepted on every command; text reads no skills
  auto args = Args::Parse(argc, argv, 2, spec, "text");
  if (!args.ok()) return Fail(args.status());
  if (args->Has("--help")) {
    std::cout << kTextHelp;
    return 0;
  }
  if (args->positionals().size() != 1) {
    std::cerr << kTextHelp;
    return 2;
  }
  auto doc = Engine::Read(DocumentInput::File(args->positionals()[0]));
  if (!doc.ok()) return Fail(doc.status());
  for (const std::string& w : doc->warnings) Warn(w);
  if (args->Has("--lines")) {
    for (size_t i = 1; i <= doc->line_starts.size(); ++i) {
      std::cout << i << "\t" << doc->Line(i) << "\n";
    }
  } else {
    std::cout << doc->text;
  }
  std::cout.flush();
  return 0;
}

}  // namespace cli
}  // namespace skillfit
