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

#include "kb/flat_image.h"
#include "kb/word_table.h"
#include "util/ascii.h"

namespace skillfit {

// RE2's \s: the white space a space in an alias stands for.
inline bool IsAliasSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Where an AliasTrie sits in an image (flat_image.h).
struct AliasTrieRef {
  uint8_t exact_case;
  uint8_t has_word_table;
  uint16_t class_of[256];
  uint16_t unused;
  uint32_t classes;
  FlatRef records, tables, values;
  WordTableRef first_words;
};

class AliasTrie {
 public:
  // `aliases`: {alias (non-empty, in LiteralOf form), value reported when it matches}.
  AliasTrie(bool exact_case, const std::vector<std::pair<std::string, int>>& aliases);
  AliasTrie(AliasTrie&&) = default;  // the views stay on the moved buffers
  AliasTrie& operator=(AliasTrie&&) = default;

  // The trie into an image, and a trie that views it there: false when the image's trie is
  // not one Write could have written (a record, child, table or value out of place). The
  // values themselves are the caller's to check (values()).
  AliasTrieRef Write(FlatWriter* out) const;
  static bool View(FlatImage* image, const AliasTrieRef& ref, AliasTrie* out);
  // Every value the trie may report.
  Span<int> values() const { return values_; }

  // Appends {value, end} to `hits` for every alias that matches at `start` of `text`, shorter
  // aliases first. The caller checks what comes before `start`.
  void MatchAt(std::string_view text, size_t start, std::vector<std::pair<int, size_t>>* hits) const;

  // MatchAt(text, start, hits), where the word at `start` (a run of ASCII letters and
  // digits) ends at `word_end` and has FirstWordFilter::HashWord `hash`. Where the walk
  // stands after that word is looked up, one probe of a table of the aliases' first words,
  // instead of walked a record or more a letter (the records are spread wide; the walk
  // mostly waited on memory). Only when HasWordTable().
  void MatchAfterWord(std::string_view text, size_t start, size_t word_end, uint64_t hash,
                      std::vector<std::pair<int, size_t>>* hits) const;
  // Whether MatchAfterWord may be used: the trie folds case and every alias starts with a
  // letter or digit.
  bool HasWordTable() const { return has_word_table_; }

  bool empty() const { return values_.empty(); }

 private:
  // The trie is one array of node records, breadth first, each 4-byte aligned:
  //   u8  edges (0..kMaxEdges), or kTable when the children sit in a table
  //   u8  label size
  //   u16 number of values
  //   u32 first value in values_
  //   label bytes, then edge bytes, padding to 4, then u32 per edge: the child's record
  //   (for a table node, one u32: where its table starts in tables_)
  // A node is reached by an edge byte and then its label: the bytes of a chain of nodes with
  // one child each, compressed into it ("ubernetes" after "k"). A step of a walk reads one
  // record, mostly one cache line.
  static constexpr uint8_t kTable = 0xFF;
  uint32_t Child(uint32_t node, unsigned char c) const;
  // The byte a text byte walks the trie by: ' ' for any white space, lowercased unless the
  // trie is exact.
  unsigned char KeyByte(char c) const {
    if (IsAliasSpace(c)) return ' ';
    return static_cast<unsigned char>(exact_case_ ? c : AsciiLower(c));
  }
  // Appends the `count` values from `first` on, as matches ending at `end`.
  void Report(uint32_t first, uint16_t count, size_t end,
              std::vector<std::pair<int, size_t>>* hits) const {
    for (uint16_t v = 0; v < count; ++v) hits->push_back({values_[first + v], end});
  }
  // Walks on from `node`, `label_pos` bytes of its label taken, with text[j] next.
  // The node's own values are reported unless `past_values`.
  void Continue(std::string_view text, size_t j, uint32_t node, size_t label_pos,
                bool past_values, std::vector<std::pair<int, size_t>>* hits) const;

  // Where a walk stands after an alias's first word: its node and the bytes of that node's
  // label taken (a word may end inside a compressed label: "node" inside "node.js"). When
  // the word ends where the node does, what the walk reads there next is copied in, so that
  // a single-word alias ("python") is reported without reading the node's record: its
  // values, and which bytes may go on (bit c % 64 for each edge byte c).
  // Laid out with no padding, as it is written to images byte for byte.
  struct WordState {
    uint32_t node = 0;
    uint32_t first_value = 0;
    uint64_t next_bytes = 0;
    uint16_t label_pos = 0;
    uint16_t values = 0;
    uint8_t at_node_end = 0;  // 0 or 1
    uint8_t unused[3] = {};
  };

  // The constructor's steps, in its order (alias_trie.cc).
  struct DraftNode;       // a node of the plain trie drafted first
  struct CompressedTrie;  // that trie path-compressed, breadth first
  void AssignByteClasses(const std::vector<std::pair<std::string, int>>& aliases);
  static std::vector<DraftNode> Draft(const std::vector<std::pair<std::string, int>>& aliases);
  static CompressedTrie Compress(const std::vector<DraftNode>& draft);
  void LayOut(const std::vector<DraftNode>& draft, const CompressedTrie& trie);
  void WriteRecord(const std::vector<DraftNode>& draft, const CompressedTrie& trie, size_t i,
                   const std::vector<uint32_t>& offset);
  void BuildWordTable(const std::vector<std::pair<std::string, int>>& aliases);
  bool WordStateOf(const std::string& word, const std::vector<unsigned char>& alias_bytes,
                   WordState* state) const;
  AliasTrie() = default;  // for View
  // View's checks: the records and tables of an image, then its word table's states.
  bool ValidRecords(std::vector<bool>* starts) const;
  bool ValidWordStates(const std::vector<bool>& starts) const;

  bool has_word_table_ = false;
  WordTable<WordState> first_words_;

  bool exact_case_ = false;
  // A trie built here owns its arrays (the constructor fills them); one viewed in an image
  // leaves them empty. The spans below view one or the other.
  std::vector<unsigned char> own_records_;
  std::vector<uint32_t> own_tables_;
  std::vector<int> own_values_;
  Span<unsigned char> records_;  // the root's record is at 0
  // Tables of child records (all ones for none), `classes_` entries each, indexed by a
  // byte's class: the few dozen bytes aliases use each have one, the rest share class 0.
  uint16_t class_of_[256] = {};
  size_t classes_ = 1;
  Span<uint32_t> tables_;
  Span<int> values_;
};

}  // namespace skillfit

#endif  // SKILLFIT_ALIAS_TRIE_H_
