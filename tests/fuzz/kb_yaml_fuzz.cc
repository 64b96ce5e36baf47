// libFuzzer harness for the knowledge-base YAML loader: the input is the one skills file of
// a small kb (the shipped categories.yaml and themes.yaml beside it) and
// KnowledgeBase::Load reads it. A kb that loads is compiled into a matcher, which then
// searches the input's own text (where its aliases stand).
#include <cstdint>
#include <string>

#include "fuzz_util.h"
#include "skillfit/knowledge_base.h"
#include "skillfit/skill_matcher.h"

namespace {

std::string kb_dir;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  kb_dir = skillfit::fuzz::SmallKb({});
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view yaml = skillfit::fuzz::Bytes(data, size);
  skillfit::fuzz::WriteFile(kb_dir + "/skills/fuzz.yaml", yaml);
  const auto kb = skillfit::KnowledgeBase::Load(kb_dir);
  if (!kb.ok()) return 0;
  const auto matcher = skillfit::SkillMatcher::Compile(kb.value());
  if (matcher.ok()) matcher.value()->Find(yaml);
  return 0;
}
