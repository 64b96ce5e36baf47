#include "kb/literal_set.h"

#include <algorithm>
#include <cctype>
#include <deque>

namespace skillfit {

LiteralSet::LiteralSet(const std::vector<std::string>& literals) : count_(literals.size()) {
  states_.emplace_back();
  std::fill(std::begin(states_[0].next), std::end(states_[0].next), -1);
  // Per state, the ids of literals ending exactly there (before failure links add more).
  std::vector<std::vector<int>> ends(1);
  for (size_t id = 0; id < literals.size(); ++id) {
    if (literals[id].empty()) continue;
    int s = 0;
    for (char ch : literals[id]) {
      const unsigned char c = static_cast<unsigned char>(ch);
      if (states_[s].next[c] < 0) {
        states_[s].next[c] = static_cast<int32_t>(states_.size());
        states_.emplace_back();
        std::fill(std::begin(states_.back().next), std::end(states_.back().next), -1);
        ends.emplace_back();
      }
      s = states_[s].next[c];
    }
    ends[s].push_back(static_cast<int>(id));
  }
  // Breadth first: complete each state's transitions from its failure state, whose own are
  // complete already, and link its outputs to the failure state's.
  std::vector<int32_t> fail(states_.size(), 0);
  std::vector<int32_t> order;
  for (int c = 0; c < 256; ++c) {
    int32_t& t = states_[0].next[c];
    if (t < 0) {
      t = 0;
    } else {
      fail[t] = 0;
      order.push_back(t);
    }
  }
  std::vector<int32_t> chain(states_.size(), -1);  // state -> first output entry
  for (size_t i = 0; i < order.size(); ++i) {
    const int32_t s = order[i];
    int32_t head = chain[fail[s]];
    for (int id : ends[s]) {
      outputs_.push_back({id, head});
      head = static_cast<int32_t>(outputs_.size()) - 1;
    }
    chain[s] = head;
    for (int c = 0; c < 256; ++c) {
      int32_t& t = states_[s].next[c];
      if (t < 0) {
        t = states_[fail[s]].next[c];
      } else {
        fail[t] = states_[fail[s]].next[c];
        order.push_back(t);
      }
    }
  }
  for (size_t s = 0; s < states_.size(); ++s) states_[s].output = chain[s];
}

std::vector<int> LiteralSet::FindIn(std::string_view text) const {
  std::vector<char> seen(count_, 0);
  std::vector<int> found;
  int32_t s = 0;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    s = states_[s].next[c];
    for (int32_t o = states_[s].output; o >= 0; o = outputs_[o].second) {
      const int id = outputs_[o].first;
      if (!seen[id]) {
        seen[id] = 1;
        found.push_back(id);
      }
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace skillfit
