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

AliasTrie::AliasTrie(bool exact_case, const std::vector<std::pair<std::string, int>>& aliases)
    : exact_case_(exact_case) {
  // Byte classes for the tables: class 0 for every byte no alias has.
  std::fill(std::begin(class_of_), std::end(class_of_), 0);
  classes_ = 1;
  for (const auto& [alias, value] : aliases) {
    for (char ch : alias) {
      uint16_t& k = class_of_[static_cast<unsigned char>(ch)];
      if (k == 0) k = static_cast<uint16_t>(classes_++);
    }
  }
  // Build a plain trie first, then lay it out breadth first.
  struct Draft {
    std::vector<std::pair<unsigned char, int32_t>> children;
    std::vector<int> values;
  };
  std::vector<Draft> draft(1);
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
  // Compress: a chain of nodes with one child and no value becomes the label of the node
  // it leads to. `target[c]` is the draft node a compressed child stands for, `label` the
  // bytes after its edge byte. Breadth first, so the levels every walk visits sit together.
  struct Compressed {
    int32_t draft;
    std::string label;
  };
  std::vector<Compressed> order{{0, ""}};
  std::vector<std::vector<std::pair<unsigned char, int32_t>>> kids;  // per compressed node
  for (size_t i = 0; i < order.size(); ++i) {
    kids.emplace_back();
    for (const auto& [c, child] : draft[order[i].draft].children) {
      int32_t d = child;
      std::string label;
      while (draft[d].values.empty() && draft[d].children.size() == 1 && label.size() < kMaxLabel) {
        label += static_cast<char>(draft[d].children[0].first);
        d = draft[d].children[0].second;
      }
      kids[i].push_back({c, static_cast<int32_t>(order.size())});
      order.push_back({d, std::move(label)});
    }
  }
  // Lay the records out: sizes first, then offsets, then bytes.
  auto record_size = [&](size_t i) {
    const size_t edges = kids[i].size() > kMaxEdges || i == 0 ? 0 : kids[i].size();
    size_t size = 8 + order[i].label.size() + edges;
    size = (size + 3) & ~size_t{3};
    return size + 4 * (edges == 0 && (kids[i].size() > kMaxEdges || i == 0) ? 1 : edges);
  };
  std::vector<uint32_t> offset(order.size());
  size_t total = 0;
  for (size_t i = 0; i < order.size(); ++i) {
    offset[i] = static_cast<uint32_t>(total);
    total += record_size(i);
  }
  records_.assign(total, 0);
  auto put32 = [&](size_t at, uint32_t v) { std::memcpy(&records_[at], &v, 4); };
  for (size_t i = 0; i < order.size(); ++i) {
    const Draft& d = draft[order[i].draft];
    const bool table = kids[i].size() > kMaxEdges || i == 0;
    size_t at = offset[i];
    records_[at] = table ? kTable : static_cast<uint8_t>(kids[i].size());
    records_[at + 1] = static_cast<uint8_t>(order[i].label.size());
    const uint16_t values = static_cast<uint16_t>(d.values.size());
    std::memcpy(&records_[at + 2], &values, 2);
    put32(at + 4, static_cast<uint32_t>(values_.size()));
    values_.insert(values_.end(), d.values.begin(), d.values.end());
    at += 8;
    for (char c : order[i].label) records_[at++] = static_cast<unsigned char>(c);
    if (table) {
      at = (at + 3) & ~size_t{3};
      put32(at, static_cast<uint32_t>(tables_.size()));
      const size_t table = tables_.size();
      tables_.resize(table + classes_, kNone);
      for (const auto& [c, child] : kids[i]) tables_[table + class_of_[c]] = offset[child];
    } else {
      for (const auto& [c, child] : kids[i]) records_[at++] = c;
      at = (at + 3) & ~size_t{3};
      for (const auto& [c, child] : kids[i]) {
        put32(at, offset[child]);
        at += 4;
      }
    }
  }
  // The first words of the aliases, and where a walk through each stands.
  if (exact_case_) return;
  std::vector<std::pair<std::string, WordState>> words;
  std::vector<std::string> seen;
  for (const auto& [alias, value] : aliases) {
    size_t n = 0;
    while (n < alias.size() && IsAsciiAlnum(alias[n])) ++n;
    if (n == 0) return;  // an alias that starts otherwise: no table
    seen.push_back(alias.substr(0, n));
  }
  std::sort(seen.begin(), seen.end());
  seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
  std::vector<unsigned char> alias_bytes;  // the only bytes an edge can have
  for (int c = 0; c < 256; ++c) {
    if (class_of_[c] != 0) alias_bytes.push_back(static_cast<unsigned char>(c));
  }
  for (const std::string& word : seen) {
    // The walk MatchAt would take through the word (which begins an alias, so it succeeds).
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
    if (!walked) continue;
    WordState state{node, static_cast<uint16_t>(label_pos), false, 0, 0, 0};
    const unsigned char* r = records_.data() + node;
    if (label_pos == r[1]) {
      state.at_node_end = true;
      std::memcpy(&state.values, r + 2, 2);
      std::memcpy(&state.first_value, r + 4, 4);
      if (r[0] == kTable) {
        for (unsigned char c : alias_bytes) {
          if (Child(node, c) != kNone) state.next_bytes |= uint64_t{1} << (c % 64);
        }
      } else {
        for (size_t e = 0; e < r[0]; ++e) state.next_bytes |= uint64_t{1} << (r[8 + r[1] + e] % 64);
      }
    }
    words.push_back({word, state});
  }
  first_words_ = WordTable<WordState>(std::move(words));
  has_word_table_ = true;
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
