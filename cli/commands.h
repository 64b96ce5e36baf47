// One function per command; main.cc holds the table that maps names to them.
// Each returns the process exit code: 0 done, 1 input that cannot be used, 2 bad usage,
// 3 knowledge-base error (see README "Exit codes").
#ifndef SKILLFIT_CLI_COMMANDS_H_
#define SKILLFIT_CLI_COMMANDS_H_

namespace skillfit {
namespace cli {

int RunText(int argc, char** argv);       // skillfit text FILE
int RunKb(int argc, char** argv);         // skillfit kb lint|stats|search
int RunExtract(int argc, char** argv);    // skillfit extract FILE
int RunMatch(int argc, char** argv);      // skillfit match --resume F --jd F
int RunQuestions(int argc, char** argv);  // skillfit questions --resume F --jd F
int RunRank(int argc, char** argv);       // skillfit rank --jd F RESUME...
int RunServe(int argc, char** argv);      // skillfit serve [--port N] [--host ADDR]

}  // namespace cli
}  // namespace skillfit

#endif  // SKILLFIT_CLI_COMMANDS_H_
