// Shared test helpers: paths, the real knowledge base loaded once, running the CLI.
#ifndef SKILLFIT_TESTS_TEST_UTIL_H_
#define SKILLFIT_TESTS_TEST_UTIL_H_

#include <memory>
#include <string>
#include <vector>

#include "skillfit/knowledge_base.h"
#include "skillfit/profile.h"
#include "skillfit/skill_matcher.h"

namespace skillfit {
namespace testing {

std::string SourceDir();   // the repository root
std::string CorpusDir();   // ../shared/corpus beside the repository; may not exist
bool Exists(const std::string& path);
std::string ReadFile(const std::string& path);
std::string TempDir();     // a fresh folder under /tmp, removed at exit

// The shipped kb/, loaded and compiled once; a test fails when it does not load.
const KnowledgeBase& Kb();
const SkillMatcher& Matcher();
std::shared_ptr<const SkillMatcher> MatcherPtr();
// The level ExtractJd gives kb skill `id` in the posting `text` ("required", ...), or
// "absent" when no mention names it.
std::string JdLevelOf(const std::string& text, const std::string& id);
// `text` read as a resume ("cv.txt") on the day the tests are written against, November
// 2026; `written_month` (a MonthIndex) is the month the file says it was written, -1 none.
ResumeProfile ResumeOf(const std::string& text, int written_month = -1);

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};
// Runs build/skillfit with `args` (shell-quoted here), optional stdin text, and `env`
// ("NAME=value", applied last). The kb cache is off unless `env` sets SKILLFIT_CACHE_DIR, so
// tests do not write to the user's ~/.cache.
CliResult RunCli(const std::vector<std::string>& args, const std::string& stdin_text = "",
                 const std::vector<std::string>& env = {});

// Names of the files in `dir` that end in `suffix` (".json"), sorted; empty when `dir` is absent.
std::vector<std::string> FilesIn(const std::string& dir, const std::string& suffix);

// The names in `dir` without "." and "..", sorted; empty when `dir` is absent.
std::vector<std::string> Entries(const std::string& dir);
// A copy of the shipped kb/ in a fresh temporary folder, to edit.
std::string CopyOfKb();

// Lines of a TSV data file under tests/data, without comments and blank lines, split at tabs.
std::vector<std::vector<std::string>> ReadTsv(const std::string& name);

// The rows of tests/data/STEM.tsv, then those of every tests/data/STEM/*.tsv in name order:
// one file per kb area, so areas are added without touching each other's cases.
std::vector<std::vector<std::string>> ReadTsvSet(const std::string& stem);

}  // namespace testing
}  // namespace skillfit

#endif  // SKILLFIT_TESTS_TEST_UTIL_H_
