#include "alias_trie.h"


namespace skillfit {
namespace {

// A node with more children than this gets a table.
constexpr size_t kMaxEdges = 6;

// Bits in the first-word filter: 2^16 bits is 8 KiB, which stays in cache, and with the
// kb's ~8,000 first words lets about one unrelated word in nine through.
constexpr size_t kFirstWordBits = size_t{1} << 16;

bool EndsAlias(unsigned char after) {
  return !((after >= 'a' && after <= 'z') || (after >= 'A' && after <= 'Z') ||
           (after >= '0' && after <= '9') || after == '_' || after == '+' || after == '#');
}

}  // namespace

size_t AliasTrie::FirstWordBit(std::string_view s, size_t start) {
  size_t i = start;
  auto alnum = [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  while (i < s.size() && i - start < 8 && !alnum(static_cast<unsigned char>(s[i]))) ++i;
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (; i < s.size() && alnum(static_cast<unsigned char>(s[i])); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    h = (h ^ c) * 1099511628211ull;
  }
  return static_cast<size_t>(h ^ (h >> 29)) & (kFirstWordBits - 1);
}

AliasTrie::AliasTrie(bool exact_case, const std::vector<std::pair<std::string, int>>& aliases)
    : exact_case_(exact_case), first_words_(kFirstWordBits / 64, 0) {
  for (const auto& [alias, value] : aliases) {
    const size_t bit = FirstWordBit(alias, 0);
    first_words_[bit / 64] |= uint64_t{1} << (bit % 64);
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
  std::vector<int32_t> order{0}, number(draft.size(), -1);
  number[0] = 0;
  for (size_t i = 0; i < order.size(); ++i) {
    for (const auto& [c, child] : draft[order[i]].children) {
      number[child] = static_cast<int32_t>(order.size());
      order.push_back(child);
    }
  }
  nodes_.resize(order.size());
  for (size_t i = 0; i < order.size(); ++i) {
    const Draft& d = draft[order[i]];
    Node& n = nodes_[i];
    n.value_begin = static_cast<int32_t>(values_.size());
    n.values = static_cast<uint16_t>(d.values.size());
    values_.insert(values_.end(), d.values.begin(), d.values.end());
    if (d.children.size() > kMaxEdges || i == 0) {
      n.first = static_cast<int32_t>(tables_.size());
      n.count = -1;
      tables_.emplace_back();
      tables_.back().fill(-1);
      for (const auto& [c, child] : d.children) tables_.back()[c] = number[child];
    } else {
      n.first = static_cast<int32_t>(edge_bytes_.size());
      n.count = static_cast<int16_t>(d.children.size());
      for (const auto& [c, child] : d.children) {
        edge_bytes_.push_back(c);
        edge_children_.push_back(number[child]);
      }
    }
  }
}

void AliasTrie::MatchAt(std::string_view text, size_t start, size_t first_word,
                        std::vector<std::pair<int, size_t>>* hits) const {
  if (!(first_words_[first_word / 64] >> (first_word % 64) & 1)) return;
  int32_t node = 0;
  size_t j = start;
  while (j < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[j]);
    if (IsAliasSpace(text[j])) {
      // A space in an alias takes the whole run of white space.
      node = Child(node, ' ');
      if (node < 0) return;
      while (j < text.size() && IsAliasSpace(text[j])) ++j;
    } else {
      if (!exact_case_ && c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
      node = Child(node, c);
      if (node < 0) return;
      ++j;
    }
    const Node& n = nodes_[node];
    if (n.values == 0) continue;
    if (j < text.size() && !EndsAlias(static_cast<unsigned char>(text[j]))) continue;
    for (int v = 0; v < n.values; ++v) hits->push_back({values_[n.value_begin + v], j});
  }
}

}  // namespace skillfit
