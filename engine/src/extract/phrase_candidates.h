// Phrases a text implies without spelling them, looked up in the kb as whole phrases.
//
//   std::vector<PhraseCandidate> c = {{"network security", 0, 29}};  // "network and endpoint security"
//   std::vector<Mention> found = MatchCandidates(c, matcher);        // {network-security 0-29}
//   mentions = MergeMentions(std::move(mentions), found);
//
// A candidate is a phrase rebuilt from a text ("network and endpoint security" gives "network
// security"; "modeling data" gives "data modeling") with the span of the text it stands for.
// The candidates are matched together, in one pass of the matcher over one buffer, and one
// counts only when a single plainly named skill covers all of it: a kb spelling, never part
// of a longer phrase nor a guarded word (a candidate has no context to vouch for one).
#ifndef SKILLFIT_EXTRACT_PHRASE_CANDIDATES_H_
#define SKILLFIT_EXTRACT_PHRASE_CANDIDATES_H_

#include <string>
#include <vector>

#include "skillfit/skill_matcher.h"

namespace skillfit {

struct PhraseCandidate {
  std::string text;  // the rebuilt phrase
  size_t begin = 0;  // the span of the searched text it stands for
  size_t end = 0;
  // Candidates rebuilt from one phrase share a group (>= 0; -1: on its own). Of a group's
  // candidates with one slot (readings of one item: "reliability" or "site reliability"), only
  // the longest that names a skill counts. A candidate that `needs_anchor` counts only when an
  // anchor of its group names a skill too.
  int group = -1;
  int slot = -1;
  bool anchor = false;
  bool needs_anchor = false;
};

// A mention for each candidate that one unguarded skill spells whole, with the candidate's
// span, sorted by begin; as the group fields say (above).
std::vector<Mention> MatchCandidates(const std::vector<PhraseCandidate>& candidates,
                                     const SkillMatcher& matcher);

// `mentions` (sorted by begin) with each of `extra` whose skill is not already found on a
// span that overlaps it and that lies inside no longer mention of `mentions` (the matcher's
// longest spelling wins over a reading inside it), sorted by begin. Mentions of different skills may then overlap:
// "network and endpoint security" is network-security over the whole and endpoint-security
// over its last two words.
std::vector<Mention> MergeMentions(std::vector<Mention> mentions, const std::vector<Mention>& extra);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_PHRASE_CANDIDATES_H_
