// Internal: which of a fixed set of lowercase strings occur in a text, in one pass.
//
//   LiteralSet set({"science", "engineering", "led"});
//   set.FindIn("B.S. Computer Science")  // -> {0}
//
// An Aho-Corasick automaton over bytes: the text is read once, ASCII letters folded to
// lowercase as they are read, however many strings there are. It answers the question
// FilteredRE2 asks before it runs a pattern: which of its required literals ("atoms") occur.
#ifndef SKILLFIT_LITERAL_SET_H_
#define SKILLFIT_LITERAL_SET_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace skillfit {

class LiteralSet {
 public:
  // `literals` must be lowercase (ASCII); an empty string is never reported.
  explicit LiteralSet(const std::vector<std::string>& literals);

  // Indexes of the literals that occur in `text` (ASCII case ignored), ascending, each once.
  std::vector<int> FindIn(std::string_view text) const;

 private:
  struct State {
    int32_t next[256];   // goto function completed with failure links: a DFA
    int32_t output = -1;  // first entry in outputs_ for this state, -1 when none
  };
  std::vector<State> states_;
  // Per state, a chain of literal ids: outputs_[i] = {literal, next index or -1}.
  std::vector<std::pair<int, int>> outputs_;
  size_t count_ = 0;
};

}  // namespace skillfit

#endif  // SKILLFIT_LITERAL_SET_H_
