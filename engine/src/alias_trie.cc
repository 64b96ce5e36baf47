#include "alias_trie.h"


namespace skillfit {
namespace {

// A node with more children than this gets a table.
constexpr size_t kMaxEdges = 6;


bool EndsAlias(unsigned char after) {
  return !((after >= 'a' && after <= 'z') || (after >= 'A' && after <= 'Z') ||
           (after >= '0' && after <= '9') || after == '_' || after == '+' || after == '#');
}

}  // namespace

AliasTrie::AliasTrie(bool exact_case, const std::vector<std::pair<std::string, int>>& aliases)
    : exact_case_(exact_case) {
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
      while (draft[d].values.empty() && draft[d].children.size() == 1) {
        label += static_cast<char>(draft[d].children[0].first);
        d = draft[d].children[0].second;
      }
      kids[i].push_back({c, static_cast<int32_t>(order.size())});
      order.push_back({d, std::move(label)});
    }
  }
  nodes_.resize(order.size());
  for (size_t i = 0; i < order.size(); ++i) {
    const Draft& d = draft[order[i].draft];
    Node& n = nodes_[i];
    n.label_begin = static_cast<int32_t>(labels_.size());
    n.label_size = static_cast<uint16_t>(order[i].label.size());
    labels_ += order[i].label;
    n.value_begin = static_cast<int32_t>(values_.size());
    n.values = static_cast<uint16_t>(d.values.size());
    values_.insert(values_.end(), d.values.begin(), d.values.end());
    if (kids[i].size() > kMaxEdges || i == 0) {
      n.first = static_cast<int32_t>(tables_.size());
      n.count = -1;
      tables_.emplace_back();
      tables_.back().fill(-1);
      for (const auto& [c, child] : kids[i]) tables_.back()[c] = child;
    } else {
      n.first = static_cast<int32_t>(edge_bytes_.size());
      n.count = static_cast<int16_t>(kids[i].size());
      for (const auto& [c, child] : kids[i]) {
        edge_bytes_.push_back(c);
        edge_children_.push_back(child);
      }
    }
  }
}

void AliasTrie::MatchAt(std::string_view text, size_t start,
                        std::vector<std::pair<int, size_t>>* hits) const {
  // Takes alias byte `want` at text[j]: a space takes a run of white space.
  auto take = [&](unsigned char want, size_t* j) {
    if (*j >= text.size()) return false;
    if (want == ' ') {
      if (!IsAliasSpace(text[*j])) return false;
      while (*j < text.size() && IsAliasSpace(text[*j])) ++*j;
      return true;
    }
    unsigned char c = static_cast<unsigned char>(text[*j]);
    if (!exact_case_ && c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    if (c != want) return false;
    ++*j;
    return true;
  };
  int32_t node = 0;
  size_t j = start;
  while (j < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[j]);
    unsigned char key = IsAliasSpace(text[j]) ? ' ' : c;
    if (!exact_case_ && key >= 'A' && key <= 'Z') key = static_cast<unsigned char>(key - 'A' + 'a');
    node = Child(node, key);
    if (node < 0 || !take(key, &j)) return;
    const Node& n = nodes_[node];
    for (uint16_t l = 0; l < n.label_size; ++l) {
      if (!take(static_cast<unsigned char>(labels_[n.label_begin + l]), &j)) return;
    }
    if (n.values == 0) continue;
    if (j < text.size() && !EndsAlias(static_cast<unsigned char>(text[j]))) continue;
    for (int v = 0; v < n.values; ++v) hits->push_back({values_[n.value_begin + v], j});
  }
}

}  // namespace skillfit
