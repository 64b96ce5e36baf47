#include "extract/phrase_candidates.h"

#include <algorithm>

namespace skillfit {

namespace {

// Which candidates one skill spells whole: {candidate, skill}, in candidate order. One
// buffer, "|" between blank lines between candidates: no alias spans two of them (an
// alias's space takes any run of white space, so "C#\n\n.NET" is the alias "C# .NET"), and
// no guard looks across (GuardWindow stops at a blank line).
std::vector<std::pair<size_t, int>> SpelledWhole(const std::vector<PhraseCandidate>& candidates,
                                                 const SkillMatcher& matcher) {
  std::string buffer;
  std::vector<size_t> starts;  // of each candidate in the buffer
  for (const PhraseCandidate& c : candidates) {
    starts.push_back(buffer.size());
    buffer += c.text;
    buffer += "\n\n|\n\n";
  }
  std::vector<std::pair<size_t, int>> out;
  for (const Mention& m : matcher.Find(buffer)) {
    if (m.guarded) continue;
    const size_t k = static_cast<size_t>(
        std::upper_bound(starts.begin(), starts.end(), m.begin) - starts.begin() - 1);
    if (m.begin != starts[k] || m.end != starts[k] + candidates[k].text.size()) continue;
    out.push_back({k, m.skill});
  }
  return out;
}

// Whether found candidate `a` gives way to `b`, a longer reading of the same item.
bool LongerReading(const PhraseCandidate& a, const PhraseCandidate& b) {
  return a.group >= 0 && a.group == b.group && a.slot == b.slot &&
         b.end - b.begin > a.end - a.begin;
}

}  // namespace

std::vector<Mention> MatchCandidates(const std::vector<PhraseCandidate>& candidates,
                                     const SkillMatcher& matcher) {
  const std::vector<std::pair<size_t, int>> found = SpelledWhole(candidates, matcher);
  std::vector<int> anchored;  // groups one of whose anchors names a skill
  for (const auto& [k, skill] : found) {
    if (candidates[k].anchor) anchored.push_back(candidates[k].group);
  }
  std::vector<Mention> out;
  for (const auto& [k, skill] : found) {
    const PhraseCandidate& c = candidates[k];
    if (c.needs_anchor &&
        std::find(anchored.begin(), anchored.end(), c.group) == anchored.end()) {
      continue;
    }
    bool longer = false;
    for (const auto& other : found) longer = longer || LongerReading(c, candidates[other.first]);
    if (!longer) out.push_back({skill, c.begin, c.end, false});
  }
  std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.skill < b.skill;
  });
  return out;
}

std::vector<Mention> MergeMentions(std::vector<Mention> mentions, const std::vector<Mention>& extra) {
  const size_t original = mentions.size();
  for (const Mention& x : extra) {
    bool known = false;
    for (size_t i = 0; i < mentions.size() && !known; ++i) {
      const Mention& m = mentions[i];
      // Against the original mentions and the extras taken so far.
      known = m.skill == x.skill && m.begin < x.end && x.begin < m.end;
      // A reading inside a longer mention of the text gives way to it, as the matcher's
      // longest spelling does: "secure network architectures" is not also "network
      // architecture".
      known = known || (i < original && m.begin <= x.begin && x.end <= m.end &&
                        m.end - m.begin > x.end - x.begin);
    }
    if (!known) mentions.push_back(x);
  }
  if (mentions.size() != original) {
    std::stable_sort(mentions.begin(), mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  }
  return mentions;
}

}  // namespace skillfit
