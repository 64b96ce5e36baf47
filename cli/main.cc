// skillfit: scores a resume against a job description and explains every point.
#include <cstring>
#include <exception>
#include <iostream>
#include <string>

#include "commands.h"
#include "report_error.h"

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
    {"serve", skillfit::cli::RunServe, "the matcher as web pages and a JSON API on this machine"},
};

void Usage(std::ostream& out) {
  out << "usage: skillfit COMMAND [options]   (skillfit COMMAND --help for more)\n\ncommands:\n";
  for (const Command& c : kCommands) {
    out << "  " << c.name << std::string(12 - std::strlen(c.name), ' ') << c.summary << "\n";
  }
  out << "\nexit codes: 0 done, 1 input that cannot be used, 2 bad usage, "
         "3 knowledge-base error, 4 internal error\n";
}

// The command named by argv[1], or the top-level help, version or usage error.
int Dispatch(int argc, char** argv) {
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

}  // namespace

// An exception that escapes a command is a bug: one line and exit 4, never an abort. Output
// that could not all be written to standard output (a full disk, a closed pipe) fails the
// run with exit 1, whatever the command returned.
int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  int code = 4;
  try {
    code = Dispatch(argc, argv);
  } catch (const std::exception& e) {
    return skillfit::cli::Fail(skillfit::Status::Internal(std::string("internal error: ") + e.what()));
  } catch (...) {
    return skillfit::cli::Fail(skillfit::Status::Internal("internal error"));
  }
  std::cout.flush();
  if (!std::cout && code == 0) {
    return skillfit::cli::Fail(skillfit::Status::IoError("-: cannot write to standard output"));
  }
  return code;
}
