// How every command opens the engine: the kb options it takes, the cache folder and the date.
#ifndef SKILLFIT_CLI_ENGINE_SETUP_H_
#define SKILLFIT_CLI_ENGINE_SETUP_H_

#include <memory>
#include <string>

#include "args.h"
#include "skillfit/engine.h"

namespace skillfit {
namespace cli {

// Options every command that reads the knowledge base takes.
void AddKbOptions(ArgSpec* spec);  // --kb DIR (repeatable), --kb-root DIR
// --score-version 1|2, for the commands that score (match, questions, rank, serve).
void AddScoreOptions(ArgSpec* spec);
// The help line of --score-version.
extern const char kScoreVersionHelp[];

// The engine's options from the command line and the environment: the kb root (--kb-root,
// else $SKILLFIT_KB, else kb/ beside the binary) with every --kb DIR; the cache folder
// ($SKILLFIT_CACHE_DIR, set but empty for none, else $XDG_CACHE_HOME/skillfit, else
// $HOME/.cache/skillfit); today's date (SKILLFIT_TODAY=YYYY-MM fixes it, for
// reproducible reports and tests); and the score version (--score-version, default 2).
EngineOptions EngineOptionsFrom(const Args& args, bool with_question_bank);

// Opens the engine with EngineOptionsFrom(args, with_question_bank); `with_document_tables`
// false opens the kb alone (EngineOptions::load_document_tables), for the kb commands.
// A usage error when --score-version is neither 1 nor 2.
Result<std::shared_ptr<const Engine>> OpenEngine(const Args& args, bool with_question_bank,
                                                 bool with_document_tables = true);

// The main job for `match` and `questions`: opens the engine with its question bank and
// matches --resume against --jd into `run`, with `plan_limit` questions. Every warning found
// goes to standard error, before the error when there is one.
Result<std::shared_ptr<const Engine>> OpenEngineAndMatch(const Args& args, int plan_limit,
                                                         MatchRun* run);

// "text", "json", "md", "html", "csv", "jsonl" as a report format.
ReportFormat ReportFormatNamed(const std::string& name);

}  // namespace cli
}  // namespace skillfit

#endif  // SKILLFIT_CLI_ENGINE_SETUP_H_
