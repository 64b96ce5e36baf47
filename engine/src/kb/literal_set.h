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
  // The DFA's next state from `state` on a byte of class `cls`.
  int32_t& Next(size_t state, size_t cls) { return next_[state * classes_ + cls]; }
  int32_t Next(size_t state, size_t cls) const { return next_[state * classes_ + cls]; }

  // Byte -> its class: 0 for a byte no literal holds, else one class per byte the literals
  // hold. The DFA's rows are as wide as the classes, not 256: a few dozen columns to build and
  // touch instead of 256.
  uint16_t class_of_[256] = {};
  size_t classes_ = 1;
  std::vector<int32_t> next_;  // goto function completed with failure links, per state and class
  std::vector<int32_t> output_;  // per state, its first entry in outputs_, -1 when none
  // Per state, a chain of literal ids: outputs_[i] = {literal, next index or -1}.
  std::vector<std::pair<int, int>> outputs_;
  size_t count_ = 0;
};

}  // namespace skillfit

#endif  // SKILLFIT_LITERAL_SET_H_
