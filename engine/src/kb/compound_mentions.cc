#include "kb/compound_mentions.h"

#include <algorithm>

namespace skillfit {
namespace {

// Whether `skill` is among the skills `from` implies.
bool Implies(const KnowledgeBase& kb, int from, int skill) {
  const std::vector<int>& to = kb.ImpliedBy(from);
  return std::find(to.begin(), to.end(), skill) != to.end();
}

// Whether part `p` of compound `c`, with `r` the rest of it, is a name of its own.
bool NamesPart(const KnowledgeBase& kb, const Mention& c, const Mention& p, const Mention& r) {
  if (p.skill == c.skill) return false;
  if (Implies(kb, c.skill, p.skill)) return true;
  // "Unix scripting": the kind of work C is (a skill C implies), done on a system.
  const bool rest_is_kind = r.skill != c.skill && Implies(kb, c.skill, r.skill);
  return rest_is_kind && kb.skills()[p.skill].category == "operating-systems";
}

// The candidates of `by_begin` (sorted by begin) that start at `at`.
std::pair<size_t, size_t> StartingAt(const std::vector<Mention>& by_begin, size_t at) {
  const auto lo = std::partition_point(by_begin.begin(), by_begin.end(),
                                       [at](const Mention& m) { return m.begin < at; });
  auto hi = lo;
  while (hi != by_begin.end() && hi->begin == at) ++hi;
  return {static_cast<size_t>(lo - by_begin.begin()), static_cast<size_t>(hi - by_begin.begin())};
}

// Where the second name of a compound starts when its first ends at `e`: after the spaces or
// hyphen, or npos when there are none. A '/' joins alternatives ("BSc/MSc"), not a compound.
size_t NextName(std::string_view text, size_t e) {
  size_t i = e;
  while (i < text.size() && (text[i] == ' ' || text[i] == '-')) ++i;
  return i > e && i - e <= 3 ? i : std::string_view::npos;
}

// For compound `c`, finds its first name F (a candidate at its start) and second S (one from
// after F's separators to its end), either of which may be the part named on its own; writes
// the two mentions that replace `c`. False when `c` is no such compound.
bool SplitOne(std::string_view text, const KnowledgeBase& kb, const std::vector<Mention>& sorted,
              const Mention& c, Mention* part, Mention* rest) {
  const auto [b, e] = StartingAt(sorted, c.begin);
  for (size_t i = b; i < e; ++i) {
    const Mention& f = sorted[i];
    if (f.end >= c.end) continue;
    const size_t next = NextName(text, f.end);
    if (next == std::string_view::npos || next >= c.end) continue;
    const auto [sb, se] = StartingAt(sorted, next);
    for (size_t j = sb; j < se; ++j) {
      const Mention& s = sorted[j];
      if (s.end != c.end) continue;
      for (const auto& [p, r] : {std::pair<const Mention*, const Mention*>{&f, &s}, {&s, &f}}) {
        if (!NamesPart(kb, c, *p, *r)) continue;
        *part = *p;
        *rest = {c.skill, r->begin, r->end, c.guarded};
        return true;
      }
    }
  }
  return false;
}

}  // namespace

void SplitCompoundMentions(std::string_view text, const KnowledgeBase& kb,
                           std::vector<Mention>* raw) {
  std::vector<Mention> sorted = *raw;
  std::sort(sorted.begin(), sorted.end(), [](const Mention& a, const Mention& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  std::vector<Mention> parts, rests;
  std::vector<size_t> starts;  // of each compound split
  for (const Mention& c : sorted) {
    Mention part, rest;
    if (!SplitOne(text, kb, sorted, c, &part, &rest)) continue;
    parts.push_back(part);
    rests.push_back(rest);
    starts.push_back(c.begin);
  }
  if (rests.empty()) return;
  // The compound's skill takes the rest of it, over any other reading of those words alone
  // ("scripting" in "UNIX scripting" is Bash, not scripting in general); the compound goes,
  // and so does a match from inside it that runs past its part into the rest ("Linux kernel"
  // in "Linux kernel drivers", read as Linux + kernel drivers).
  const auto replaced = [&](const Mention& m) {
    for (size_t i = 0; i < rests.size(); ++i) {
      const Mention& r = rests[i];
      if (m.begin < starts[i] || m.end > r.end) continue;
      if (m.end == r.end && (m.begin == r.begin || m.skill == r.skill)) return true;
      const Mention& p = parts[i];
      const bool part_first = p.begin == starts[i];
      if (part_first && m.begin < r.begin && m.end > p.end) return true;
    }
    return false;
  };
  raw->erase(std::remove_if(raw->begin(), raw->end(), replaced), raw->end());
  raw->insert(raw->end(), parts.begin(), parts.end());
  raw->insert(raw->end(), rests.begin(), rests.end());
}

}  // namespace skillfit
