// Internal: plain aliases matched where a word starts, many at once.
//
//   AliasTrie trie(/*exact_case=*/false, {{"node.js", 7}, {"node", 8}});
//   trie.MatchAt("Node.js, Go", 0, &hits);  // hits: {8, 4}, {7, 7}
//
// Each alias is given as LiteralOf gives it: one space for each run of white space, and
// lowercase unless the trie is exact. Matching follows what RE2 does with the alias's
// pattern (AliasToPattern) and the matcher's right boundary: a space matches a run of
// white space (\s+), letters match in either case unless exact, and the match must not be
// followed by a letter, digit, '_', '+' or '#'. One walk down the trie tries every alias
// that starts at a position, so the cost does not grow with the number of aliases that
// share a first word ("AWS Lambda", "AWS Glue", ...). The trie is path-compressed and laid
// out flat, breadth first, so that it is small and the levels every walk visits stay in
// cache. (The caller turns most words of a text away before the walk with a
// FirstWordFilter of the aliases.)
#ifndef SKILLFIT_ALIAS_TRIE_H_
#define SKILLFIT_ALIAS_TRIE_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace skillfit {

// RE2's \s: the white space a space in an alias stands for.
inline bool IsAliasSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

class AliasTrie {
 public:
  // `aliases`: {alias (non-empty, in LiteralOf form), value reported when it matches}.
  AliasTrie(bool exact_case, const std::vector<std::pair<std::string, int>>& aliases);

  // Appends {value, end} to `hits` for every alias that matches at `start` of `text`, shorter
  // aliases first. The caller checks what comes before `start`.
  void MatchAt(std::string_view text, size_t start, std::vector<std::pair<int, size_t>>* hits) const;

  bool empty() const { return nodes_.size() <= 1 && values_.empty(); }

 private:
  // A node is reached by an edge byte and then its label: the bytes of a chain of nodes
  // with one child each, compressed into it ("ubernetes" after "k").
  struct Node {
    int32_t first = 0;      // first edge in edge_bytes_/edge_children_, or a table in tables_
    int16_t count = 0;      // number of edges; -1 when `first` is a table
    uint16_t values = 0;    // number of values, from value_begin
    int32_t value_begin = 0;
    int32_t label_begin = 0;  // in labels_
    uint16_t label_size = 0;
  };
  int32_t Child(int32_t node, unsigned char c) const {
    const Node& n = nodes_[node];
    if (n.count < 0) return tables_[n.first][c];
    const unsigned char* bytes = edge_bytes_.data() + n.first;
    for (int16_t e = 0; e < n.count; ++e) {
      if (bytes[e] == c) return edge_children_[n.first + e];
    }
    return -1;
  }

  bool exact_case_;
  std::vector<Node> nodes_;  // breadth first; 0 is the root
  std::vector<unsigned char> edge_bytes_;
  std::vector<int32_t> edge_children_;
  std::vector<std::array<int32_t, 256>> tables_;  // children of nodes with many of them
  std::vector<int> values_;
  std::string labels_;
};

}  // namespace skillfit

#endif  // SKILLFIT_ALIAS_TRIE_H_
