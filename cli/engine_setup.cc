#include "engine_setup.h"

namespace skillfit {
namespace cli {

void AddKbOptions(ArgSpec* spec) {
  spec->with_value.insert("--kb");
  spec->repeatable.insert("--kb");
  spec->with_value.insert("--kb-root");
}

std::string KbRoot(const Args& args) {
  return args.Has("--kb-root") ? args.Get("--kb-root") : DefaultKbDir("");
}

Result<Engine> LoadEngine(const Args& args) {
  auto kb = KnowledgeBase::Load(KbRoot(args), args.All("--kb"));
  if (!kb.ok()) return kb.status();
  auto matcher = SkillMatcher::Compile(kb.value());
  if (!matcher.ok()) return matcher.status();
  return Engine{kb.value(), matcher.value()};
}

}  // namespace cli
}  // namespace skillfit
