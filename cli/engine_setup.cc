#include "engine_setup.h"

#include <cstdlib>

namespace skillfit {
namespace cli {

// The cache folder LoadEngine and LoadQuestionBank use (engine_setup.h says which); "" for
// none.
static std::string CacheDir() {
  if (const char* dir = std::getenv("SKILLFIT_CACHE_DIR")) return dir;  // "" turns it off
  // The XDG base-directory spec says a relative $XDG_CACHE_HOME is to be ignored.
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && xdg[0] == '/') {
    return std::string(xdg) + "/skillfit";
  }
  if (const char* home = std::getenv("HOME"); home && *home) {
    return std::string(home) + "/.cache/skillfit";
  }
  return "";
}

void AddKbOptions(ArgSpec* spec) {
  spec->with_value.insert("--kb");
  spec->repeatable.insert("--kb");
  spec->with_value.insert("--kb-root");
}

std::string KbRoot(const Args& args) {
  return args.Has("--kb-root") ? args.Get("--kb-root") : DefaultKbDir("");
}

Result<Engine> LoadEngine(const Args& args) {
  KbLoadOptions options;
  options.cache_dir = CacheDir();
  auto kb = KnowledgeBase::Load(KbRoot(args), args.All("--kb"), options);
  if (!kb.ok()) return kb.status();
  auto matcher = SkillMatcher::Compile(kb.value());
  if (!matcher.ok()) return matcher.status();
  return Engine{kb.value(), matcher.value()};
}

Result<std::shared_ptr<const QuestionBank>> LoadQuestionBank(const Args& args,
                                                             const KnowledgeBase& kb) {
  QuestionBankLoadOptions options;
  options.cache_dir = CacheDir();
  return QuestionBank::Load(KbRoot(args) + "/questions", kb, options);
}

}  // namespace cli
}  // namespace skillfit
