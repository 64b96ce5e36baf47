#include "kb/alias_trie.h"

#include <algorithm>
#include <cstring>

#include "util/ascii.h"


namespace skillfit {
namespace {

// A node with more children than this gets a table.
constexpr size_t kMaxEdges = 6;
// No child.
constexpr uint32_t kNone = 0xFFFFFFFF;
// A label is at most this long: a longer chain is cut into nodes.
constexpr size_t kMaxLabel = 255;


bool EndsAlias(char after) {
  return !(IsAsciiAlnum(after) || after == '_' || after == '+' || after == '#');
}

}  // namespace

// A node of the plain trie the constructor drafts first: one byte an edge.
struct AliasTrie::DraftNode {
  std::vector<std::pair<unsigned char, int32_t>> children;
  std::vector<int> values;
};

// The draft with each chain of nodes that have one child and no value made the label of the
// node it leads to, breadth first, so the levels every walk visits sit together.
struct AliasTrie::CompressedTrie {
  struct Node {
    int32_t draft;      // the draft node it stands for
    std::string label;  // the bytes after its edge byte
  };
  std::vector<Node> nodes;                                           // the root first
  std::vector<std::vector<std::pair<unsigned char, int32_t>>> kids;  // per node: byte, node
};

namespace {

// Whether a compressed node's children sit in a table: the root's always, another's when it
// has more than kMaxEdges.
bool HasTable(size_t node, size_t kids) { return kids > kMaxEdges || node == 0; }

// The bytes of a node's record (see alias_trie.h) with `label_size` label bytes and `kids`
// children, in a table or not.
size_t RecordSize(size_t label_size, size_t kids, bool table) {
  const size_t edges = table ? 0 : kids;
  size_t size = 8 + label_size + edges;
  size = (size + 3) & ~size_t{3};
  return size + 4 * (edges == 0 && table ? 1 : edges);
}

// The first words of `aliases` (their leading letters and digits), sorted, each once; false
// when an alias starts otherwise.
bool FirstWordsOf(const std::vector<std::pair<std::string, int>>& aliases,
                  std::vector<std::string>* words) {
  for (const auto& [alias, value] : aliases) {
    size_t n = 0;
    while (n < alias.size() && IsAsciiAlnum(alias[n])) ++n;
    if (n == 0) return false;
    words->push_back(alias.substr(0, n));
  }
  std::sort(words->begin(), words->end());
  words->erase(std::unique(words->begin(), words->end()), words->end());
  return true;
}

}  // namespace

AliasTrie::AliasTrie(bool exact_case, const std::vector<std::pair<std::string, int>>& aliases)
    : exact_case_(exact_case) {
  AssignByteClasses(aliases);
  // Build a plain trie first, then lay it out breadth first.
  const std::vector<DraftNode> draft = Draft(aliases);
  LayOut(draft, Compress(draft));
  records_ = own_records_;
  tables_ = own_tables_;
  values_ = own_values_;
  // The first words of the aliases, and where a walk through each stands.
  if (exact_case_) return;
  BuildWordTable(aliases);
}

// Byte classes for the tables: one for each byte the aliases have, class 0 for every other.
void AliasTrie::AssignByteClasses(const std::vector<std::pair<std::string, int>>& aliases) {
  std::fill(std::begin(class_of_), std::end(class_of_), 0);
  classes_ = 1;
  for (const auto& [alias, value] : aliases) {
    for (char ch : alias) {
      uint16_t& k = class_of_[static_cast<unsigned char>(ch)];
      if (k == 0) k = static_cast<uint16_t>(classes_++);
    }
  }
}

// The plain trie of `aliases`, the root first: a node for each prefix, the values of an
// alias on the node it ends at.
std::vector<AliasTrie::DraftNode> AliasTrie::Draft(
    const std::vector<std::pair<std::string, int>>& aliases) {
  std::vector<DraftNode> draft(1);
  for (const auto& [alias, value] : aliases) {
    int32_t node = 0;
    for (char ch : alias) {
      const unsigned char c = static_cast<unsigned char>(ch);
      int32_t next = -1;
      for (const auto& [byte, child] : draft[node].children) {
        if (byte == c) next = child;
      }
      if (next < 0) {
        next = static_cast<int32_t>(draft.size());
        draft[node].children.push_back({c, next});
        draft.emplace_back();
      }
      node = next;
    }
    draft[node].values.push_back(value);
  }
  return draft;
}

// Compress: a chain of nodes with one child and no value becomes the label of the node it
// leads to (at most kMaxLabel bytes a label), breadth first.
AliasTrie::CompressedTrie AliasTrie::Compress(const std::vector<DraftNode>& draft) {
  CompressedTrie trie;
  std::vector<CompressedTrie::Node>& order = trie.nodes;
  order.push_back({0, ""});
  for (size_t i = 0; i < order.size(); ++i) {
    trie.kids.emplace_back();
    for (const auto& [c, child] : draft[order[i].draft].children) {
      int32_t d = child;
      std::string label;
      while (draft[d].values.empty() && draft[d].children.size() == 1 && label.size() < kMaxLabel) {
        label += static_cast<char>(draft[d].children[0].first);
        d = draft[d].children[0].second;
      }
      trie.kids[i].push_back({c, static_cast<int32_t>(order.size())});
      order.push_back({d, std::move(label)});
    }
  }
  return trie;
}

// Lays the records out: sizes first, then offsets, then bytes.
void AliasTrie::LayOut(const std::vector<DraftNode>& draft, const CompressedTrie& trie) {
  const size_t nodes = trie.nodes.size();
  std::vector<uint32_t> offset(nodes);
  size_t total = 0;
  for (size_t i = 0; i < nodes; ++i) {
    offset[i] = static_cast<uint32_t>(total);
    total += RecordSize(trie.nodes[i].label.size(), trie.kids[i].size(),
                        HasTable(i, trie.kids[i].size()));
  }
  own_records_.assign(total, 0);
  for (size_t i = 0; i < nodes; ++i) WriteRecord(draft, trie, i, offset);
}

// Writes the record of compressed node i at offset[i], appends its values to values_ and,
// when its children sit in a table, that table to tables_.
void AliasTrie::WriteRecord(const std::vector<DraftNode>& draft, const CompressedTrie& trie,
                            size_t i, const std::vector<uint32_t>& offset) {
  std::vector<unsigned char>& records = own_records_;
  auto put32 = [&](size_t at, uint32_t v) { std::memcpy(&records[at], &v, 4); };
  const DraftNode& d = draft[trie.nodes[i].draft];
  const std::string& label = trie.nodes[i].label;
  const std::vector<std::pair<unsigned char, int32_t>>& kids = trie.kids[i];
  const bool table = HasTable(i, kids.size());
  size_t at = offset[i];
  records[at] = table ? kTable : static_cast<uint8_t>(kids.size());
  records[at + 1] = static_cast<uint8_t>(label.size());
  const uint16_t values = static_cast<uint16_t>(d.values.size());
  std::memcpy(&records[at + 2], &values, 2);
  put32(at + 4, static_cast<uint32_t>(own_values_.size()));
  own_values_.insert(own_values_.end(), d.values.begin(), d.values.end());
  at += 8;
  for (char c : label) records[at++] = static_cast<unsigned char>(c);
  if (table) {
    at = (at + 3) & ~size_t{3};
    put32(at, static_cast<uint32_t>(own_tables_.size()));
    const size_t table = own_tables_.size();
    own_tables_.resize(table + classes_, kNone);
    for (const auto& [c, child] : kids) own_tables_[table + class_of_[c]] = offset[child];
  } else {
    for (const auto& [c, child] : kids) records[at++] = c;
    at = (at + 3) & ~size_t{3};
    for (const auto& [c, child] : kids) {
      put32(at, offset[child]);
      at += 4;
    }
  }
}

// The table of the aliases' first words and where a walk through each stands; none (and
// HasWordTable() false) when an alias starts with something other than a letter or digit.
void AliasTrie::BuildWordTable(const std::vector<std::pair<std::string, int>>& aliases) {
  std::vector<std::pair<std::string, WordState>> words;
  std::vector<std::string> seen;
  if (!FirstWordsOf(aliases, &seen)) return;  // an alias that starts otherwise: no table
  std::vector<unsigned char> alias_bytes;  // the only bytes an edge can have
  for (int c = 0; c < 256; ++c) {
    if (class_of_[c] != 0) alias_bytes.push_back(static_cast<unsigned char>(c));
  }
  for (const std::string& word : seen) {
    WordState state;
    if (WordStateOf(word, alias_bytes, &state)) words.push_back({word, state});
  }
  first_words_ = WordTable<WordState>(words);
  has_word_table_ = true;
}

// Where the walk MatchAt would take through `word` (which begins an alias, so it succeeds)
// stands after it, into `state`; false should the walk fail. `alias_bytes`: the bytes an
// edge can have.
bool AliasTrie::WordStateOf(const std::string& word, const std::vector<unsigned char>& alias_bytes,
                            WordState* state) const {
  uint32_t node = 0;
  size_t label_pos = 0;
  bool walked = true;
  for (char ch : word) {
    const unsigned char* r = records_.data() + node;
    if (label_pos < r[1]) {
      walked = r[8 + label_pos] == static_cast<unsigned char>(ch);
      ++label_pos;
    } else {
      node = Child(node, static_cast<unsigned char>(ch));
      label_pos = 0;
      walked = node != kNone;
    }
    if (!walked) break;
  }
  if (!walked) return false;
  *state = WordState();
  state->node = node;
  state->label_pos = static_cast<uint16_t>(label_pos);
  const unsigned char* r = records_.data() + node;
  if (label_pos == r[1]) {
    state->at_node_end = 1;
    std::memcpy(&state->values, r + 2, 2);
    std::memcpy(&state->first_value, r + 4, 4);
    if (r[0] == kTable) {
      for (unsigned char c : alias_bytes) {
        if (Child(node, c) != kNone) state->next_bytes |= uint64_t{1} << (c % 64);
      }
    } else {
      for (size_t e = 0; e < r[0]; ++e) state->next_bytes |= uint64_t{1} << (r[8 + r[1] + e] % 64);
    }
  }
  return true;
}

AliasTrieRef AliasTrie::Write(FlatWriter* out) const {
  AliasTrieRef ref{};
  ref.exact_case = exact_case_;
  ref.has_word_table = has_word_table_;
  std::memcpy(ref.class_of, class_of_, sizeof class_of_);
  ref.classes = static_cast<uint32_t>(classes_);
  ref.records = out->Put(records_.data(), records_.size());
  ref.tables = out->Put(tables_.data(), tables_.size());
  ref.values = out->Put(values_.data(), values_.size());
  if (has_word_table_) ref.first_words = first_words_.Write(out);
  return ref;
}

bool AliasTrie::View(FlatImage* image, const AliasTrieRef& ref, AliasTrie* out) {
  AliasTrie t;
  t.exact_case_ = ref.exact_case != 0;
  t.has_word_table_ = ref.has_word_table != 0;
  std::memcpy(t.class_of_, ref.class_of, sizeof t.class_of_);
  t.classes_ = ref.classes;
  t.records_ = image->Get<unsigned char>(ref.records);
  t.tables_ = image->Get<uint32_t>(ref.tables);
  t.values_ = image->Get<int>(ref.values);
  if (!image->ok() || t.classes_ == 0 || t.classes_ > 257) return image->Fail();
  for (uint16_t c : t.class_of_) {
    if (c >= t.classes_) return image->Fail();
  }
  std::vector<bool> starts;
  if (!t.ValidRecords(&starts)) return image->Fail();
  if (t.has_word_table_ && (!WordTable<WordState>::View(image, ref.first_words, &t.first_words_) ||
                            !t.ValidWordStates(starts))) {
    return image->Fail();
  }
  *out = std::move(t);
  return true;
}

// Reads the records one after another from the root: each must fit, with its values and
// table in range, and each child (edge or table entry) must be the start of a record.
// `starts` gets the record starts. Two walks over the records, the second for the edges once
// every start is known, rather than a list of all children: no memory but `starts`.
bool AliasTrie::ValidRecords(std::vector<bool>* starts) const {
  const size_t size = records_.size();
  if (size == 0) return false;  // no root
  starts->assign(size, false);
  for (size_t at = 0; at < size;) {
    if (size - at < 8) return false;
    const unsigned char* r = records_.data() + at;
    const bool table = r[0] == kTable;
    if (!table && r[0] > kMaxEdges) return false;
    uint16_t values;
    uint32_t first;
    std::memcpy(&values, r + 2, 2);
    std::memcpy(&first, r + 4, 4);
    if (first > values_.size() || values > values_.size() - first) return false;
    const size_t record = RecordSize(r[1], table ? 0 : r[0], table);
    if (record > size - at) return false;
    if (table) {
      uint32_t t;
      std::memcpy(&t, r + ((8 + r[1] + 3) & ~size_t{3}), 4);
      if (t > tables_.size() || classes_ > tables_.size() - t) return false;
    }
    (*starts)[at] = true;
    at += record;
  }
  auto is_start = [&](uint32_t child) {
    return child == kNone || (child < size && (*starts)[child]);
  };
  for (size_t at = 0; at < size;) {  // every record is whole now
    const unsigned char* r = records_.data() + at;
    const bool table = r[0] == kTable;
    const size_t edges = table ? 0 : r[0];
    const size_t links = (8 + r[1] + edges + 3) & ~size_t{3};
    for (size_t e = 0; e < edges; ++e) {
      uint32_t child;
      std::memcpy(&child, r + links + 4 * e, 4);
      if (!is_start(child)) return false;
    }
    at += RecordSize(r[1], edges, table);
  }
  for (uint32_t child : tables_) {
    if (!is_start(child)) return false;
  }
  return true;
}

// Every first word's state must stand on a record, inside its label, with its values in
// range.
bool AliasTrie::ValidWordStates(const std::vector<bool>& starts) const {
  for (size_t e = 0; e < first_words_.size(); ++e) {
    const WordState& s = first_words_.value(e);
    if (s.node >= starts.size() || !starts[s.node]) return false;
    if (s.label_pos > records_[s.node + 1]) return false;
    if (s.first_value > values_.size() || s.values > values_.size() - s.first_value) return false;
  }
  return true;
}

uint32_t AliasTrie::Child(uint32_t node, unsigned char c) const {
  const unsigned char* r = records_.data() + node;
  const size_t label = r[1];
  if (r[0] == kTable) {
    uint32_t table;
    std::memcpy(&table, r + ((8 + label + 3) & ~size_t{3}), 4);
    return tables_[table + class_of_[c]];
  }
  const size_t edges = r[0];
  const unsigned char* bytes = r + 8 + label;
  for (size_t e = 0; e < edges; ++e) {
    if (bytes[e] == c) {
      uint32_t child;
      std::memcpy(&child, r + ((8 + label + edges + 3) & ~size_t{3}) + 4 * e, 4);
      return child;
    }
  }
  return kNone;
}

void AliasTrie::MatchAt(std::string_view text, size_t start,
                        std::vector<std::pair<int, size_t>>* hits) const {
  Continue(text, start, /*node=*/0, /*label_pos=*/0, /*past_values=*/false, hits);
}

void AliasTrie::MatchAfterWord(std::string_view text, size_t start, size_t word_end,
                               uint64_t hash, std::vector<std::pair<int, size_t>>* hits) const {
  // No alias ends inside the word (a letter or digit follows there, and EndsAlias says no),
  // so skipping the walk through it skips no hit.
  const WordState* s = first_words_.Find(text.substr(start, word_end - start), hash);
  if (!s) return;
  if (!s->at_node_end) {
    Continue(text, word_end, s->node, s->label_pos, /*past_values=*/false, hits);
    return;
  }
  const bool at_end = word_end >= text.size();
  if (at_end || EndsAlias(text[word_end])) Report(s->first_value, s->values, word_end, hits);
  if (at_end) return;
  // The walk goes on only by an edge byte of the node.
  if ((s->next_bytes >> (KeyByte(text[word_end]) % 64)) & 1) {
    Continue(text, word_end, s->node, s->label_pos, /*past_values=*/true, hits);
  }
}

void AliasTrie::Continue(std::string_view text, size_t j, uint32_t node, size_t label_pos,
                         bool past_values, std::vector<std::pair<int, size_t>>* hits) const {
  // Takes alias byte `want` at text[j]: a space takes a run of white space.
  auto take = [&](unsigned char want) {
    if (j >= text.size()) return false;
    if (want == ' ') {
      if (!IsAliasSpace(text[j])) return false;
      while (j < text.size() && IsAliasSpace(text[j])) ++j;
      return true;
    }
    if (KeyByte(text[j]) != want) return false;
    ++j;
    return true;
  };
  for (;;) {
    const unsigned char* r = records_.data() + node;
    for (; label_pos < r[1]; ++label_pos) {
      if (!take(r[8 + label_pos])) return;
    }
    uint16_t values;
    std::memcpy(&values, r + 2, 2);
    if (past_values) {  // reported by the caller
      values = 0;
      past_values = false;
    }
    if (values != 0 && (j >= text.size() || EndsAlias(text[j]))) {
      uint32_t first;
      std::memcpy(&first, r + 4, 4);
      Report(first, values, j, hits);
    }
    if (j >= text.size()) return;
    const unsigned char key = KeyByte(text[j]);
    node = Child(node, key);
    if (node == kNone || !take(key)) return;
    label_pos = 0;
  }
}

}  // namespace skillfit
