#include "kb/literal_set.h"

#include <algorithm>

namespace skillfit {

LiteralSet::LiteralSet(const std::vector<std::string>& literals) : count_(literals.size()) {
  for (const std::string& literal : literals) {
    for (char ch : literal) {
      uint16_t& cls = class_of_[static_cast<unsigned char>(ch)];
      if (cls == 0) cls = static_cast<uint16_t>(classes_++);
    }
  }
  // At most one state per byte of the literals, and the root: room for them all up front,
  // so that the table is not copied as it grows (each copy touches fresh pages, and a page's
  // first touch costs more than the bytes written to it). Rows never made are never touched.
  size_t most_states = 1;
  for (const std::string& literal : literals) most_states += literal.size();
  next_.reserve(most_states * classes_);
  next_.assign(classes_, -1);
  // Per state, the ids of literals ending exactly there (before failure links add more).
  std::vector<std::vector<int>> ends(1);
  ends.reserve(most_states);
  for (size_t id = 0; id < literals.size(); ++id) {
    if (literals[id].empty()) continue;
    size_t s = 0;
    for (char ch : literals[id]) {
      const size_t c = class_of_[static_cast<unsigned char>(ch)];
      if (Next(s, c) < 0) {
        Next(s, c) = static_cast<int32_t>(ends.size());
        next_.resize(next_.size() + classes_, -1);
        ends.emplace_back();
      }
      s = static_cast<size_t>(Next(s, c));
    }
    ends[s].push_back(static_cast<int>(id));
  }
  const size_t states = ends.size();
  // Breadth first: complete each state's transitions from its failure state, whose own are
  // complete already, and link its outputs to the failure state's.
  std::vector<int32_t> fail(states, 0);
  std::vector<int32_t> order;
  for (size_t c = 0; c < classes_; ++c) {
    int32_t& t = Next(0, c);
    if (t < 0) {
      t = 0;
    } else {
      fail[t] = 0;
      order.push_back(t);
    }
  }
  output_.assign(states, -1);  // state -> first output entry
  for (size_t i = 0; i < order.size(); ++i) {
    const int32_t s = order[i];
    int32_t head = output_[fail[s]];
    for (int id : ends[s]) {
      outputs_.push_back({id, head});
      head = static_cast<int32_t>(outputs_.size()) - 1;
    }
    output_[s] = head;
    for (size_t c = 0; c < classes_; ++c) {
      int32_t& t = Next(s, c);
      if (t < 0) {
        t = Next(fail[s], c);
      } else {
        fail[t] = Next(fail[s], c);
        order.push_back(t);
      }
    }
  }
}

std::vector<int> LiteralSet::FindIn(std::string_view text) const {
  std::vector<char> seen(count_, 0);
  std::vector<int> found;
  size_t s = 0;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    s = static_cast<size_t>(Next(s, class_of_[c]));
    for (int32_t o = output_[s]; o >= 0; o = outputs_[o].second) {
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
