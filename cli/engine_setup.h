// Loading the knowledge base, compiling the matcher and loading the question bank, the same
// way for every command.
#ifndef SKILLFIT_CLI_ENGINE_SETUP_H_
#define SKILLFIT_CLI_ENGINE_SETUP_H_

#include <memory>
#include <string>

#include "args.h"
#include "skillfit/knowledge_base.h"
#include "skillfit/question_bank.h"
#include "skillfit/skill_matcher.h"

namespace skillfit {
namespace cli {

// Options every command that reads the knowledge base takes.
void AddKbOptions(ArgSpec* spec);  // --kb DIR (repeatable), --kb-root DIR

struct Engine {
  std::shared_ptr<const KnowledgeBase> kb;
  std::shared_ptr<const SkillMatcher> matcher;
};

// The knowledge-base root: --kb-root, else $SKILLFIT_KB, else kb/ beside the binary.
std::string KbRoot(const Args& args);

// Loads kb/ (or --kb-root) plus every --kb DIR, and compiles the matcher. The loaded kb is
// cached in $SKILLFIT_CACHE_DIR (set but empty: no cache), else $XDG_CACHE_HOME/skillfit,
// else $HOME/.cache/skillfit.
Result<Engine> LoadEngine(const Args& args);

// Loads the question bank of KbRoot(args), validated against `kb`, cached in the same
// folder as the kb.
Result<std::shared_ptr<const QuestionBank>> LoadQuestionBank(const Args& args,
                                                             const KnowledgeBase& kb);

}  // namespace cli
}  // namespace skillfit

#endif  // SKILLFIT_CLI_ENGINE_SETUP_H_
