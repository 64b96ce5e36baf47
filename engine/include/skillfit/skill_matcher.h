// SkillMatcher: finds every knowledge-base skill named in a text, with its byte span.
//
//   auto matcher = skillfit::SkillMatcher::Compile(kb);       // once, shared by all threads
//   for (const skillfit::Mention& m : (*matcher)->Find("Go, Python and k8s on EKS"))
//     ...  // {go 0-2 guarded}, {python 4-10}, {kubernetes 15-18}, {eks 22-25}
//
// One pass over the words of the text. Plain aliases (nearly all of them) sit in a trie and
// are matched byte by byte where a word starts, with the rules their RE2 pattern would have
// (white-space runs, ASCII case, word boundaries). RE2 patterns whose first words can be
// read run anchored where those words occur; the few that may start otherwise are matched
// together by one RE2::Set pass, and only those it finds run for their spans. (One RE2::Set
// over all 1,600 skills was measured first: its DFA took 250-500 ms to warm up on every new
// document.) Whole words only (see kb/README.md), so "C" is not found in "C++". Guarded
// spellings ("Go", "R", "Chef") count only when their guard holds (other skills named nearby
// must be named plainly, not through another guarded word). Where two mentions overlap, the
// longer wins: "React Native" is react-native, not react.
#ifndef SKILLFIT_SKILL_MATCHER_H_
#define SKILLFIT_SKILL_MATCHER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "skillfit/knowledge_base.h"
#include "skillfit/status.h"

namespace skillfit {

struct Mention {
  int skill = -1;       // index into KnowledgeBase::skills()
  size_t begin = 0;     // byte span in the searched text
  size_t end = 0;
  bool guarded = false;  // found through a guarded spelling whose guard held
};

// How a search term maps to a skill (for `skillfit kb search`).
struct TermMatch {
  int skill = -1;
  std::string via;  // "name", "alias 'k8s'", "guarded 'Go' (needs case and context)", "pattern"
};

class SkillMatcher {
 public:
  // Indexes every alias, guarded spelling and pattern of `kb`, or, when `kb` came from the
  // cache with its matcher's image (KbLoadOptions::cache_dir), uses that image where it is
  // mapped and builds nothing. Patterns that must run over the whole text are compiled now,
  // and the call fails with kKbError when one of them does not compile; the other RE2
  // expressions compile when a text first needs them (the kb loader has checked that they
  // compile).
  static Result<std::shared_ptr<const SkillMatcher>> Compile(
      std::shared_ptr<const KnowledgeBase> kb);
  ~SkillMatcher();

  // Mentions in `text`, sorted by begin, not overlapping. Thread-safe.
  std::vector<Mention> Find(std::string_view text) const;

  // Which skills a term names, and through which spelling. Guards are not applied, but said.
  std::vector<TermMatch> Explain(std::string_view term) const;

  const KnowledgeBase& kb() const { return *kb_; }

 private:
  SkillMatcher() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::shared_ptr<const KnowledgeBase> kb_;
};

}  // namespace skillfit

#endif  // SKILLFIT_SKILL_MATCHER_H_
