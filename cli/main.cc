// skillfit: scores a resume against a job description and explains every point.
#include <cstring>
#include <iostream>
#include <string>

#include "commands.h"

namespace {

struct Command {
  const char* name;
  int (*run)(int argc, char** argv);
  const char* summary;
};

const Command kCommands[] = {
    {"match", skillfit::cli::RunMatch, "score a resume against a JD, with a gap report"},
    {"extract", skillfit::cli::RunExtract, "sections, skills and levels found in one document"},
    {"questions", skillfit::cli::RunQuestions, "interview questions to study for a resume and JD"},
    {"rank", skillfit::cli::RunRank, "rank many resumes against a JD (or JDs for a resume)"},
    {"kb", skillfit::cli::RunKb, "knowledge base: lint, stats, search"},
    {"text", skillfit::cli::RunText, "the extracted text of a file, as the engine sees it"},
};

void Usage(std::ostream& out) {
  out << "usage: skillfit COMMAND [options]   (skillfit COMMAND --help for more)\n\ncommands:\n";
  for (const Command& c : kCommands) {
    out << "  " << c.name << std::string(12 - std::strlen(c.name), ' ') << c.summary << "\n";
  }
  out << "\nexit codes: 0 done, 1 input that cannot be used, 2 bad usage, "
         "3 knowledge-base error\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  if (argc < 2) {
    Usage(std::cerr);
    return 2;
  }
  const std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    Usage(std::cout);
    return 0;
  }
  if (name == "--version") {
    std::cout << "skillfit 0.1.0\n";
    return 0;
  }
  for (const Command& c : kCommands) {
    if (name == c.name) return c.run(argc, argv);
  }
  std::cerr << "skillfit: unknown command '" << name << "'\n";
  Usage(std::cerr);
  return 2;
}
