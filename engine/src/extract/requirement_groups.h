// Internal: requirement groups, the lists of alternatives a JD sentence offers ("any of").
//
//   "one or more of the following: C, C++, Java"  -> {c, cpp, java}
//   "Angular, React or Vue" / "Java, C++ and/or Python" / "MBA/MS/MA" -> one group each
//   "a cloud provider (e.g. AWS, GCP)"            -> {aws, gcp}: examples of a kind
//   "Python and one of Go or Rust"                 -> {go, rust}; Python stands alone
//   "Python, Go and Rust" / "Python and SQL"       -> no group: all are asked
//
// Decided by the shape of the sentence only: the joints between skills named one after the
// other (",", "/", "or", "and/or", "and"), a cue before the list ("one of", "any of", "at
// least one of", "e.g.", "such as", "for example", "like") and a cue after it ("or similar",
// "or equivalent"). A list ends where anything else stands between two skills: a word, a
// parenthesis, a colon; a sentence ends every list (the caller splits sentences).
#ifndef SKILLFIT_EXTRACT_REQUIREMENT_GROUPS_H_
#define SKILLFIT_EXTRACT_REQUIREMENT_GROUPS_H_

#include <string_view>
#include <vector>

#include "skillfit/profile.h"
#include "skillfit/skill_matcher.h"

namespace skillfit {

// The groups of alternatives in `sentence`, which starts at text offset `abs_b`; `mentions`
// are the sentence's mentions in text order (text offsets). Each group lists indexes into
// `mentions`, in order, and names at least two distinct skills. A slash alone groups only
// skills that stand in for each other in `kb` (siblings, or degrees).
std::vector<std::vector<size_t>> FindAlternatives(std::string_view sentence, size_t abs_b,
                                                  const std::vector<Mention>& mentions,
                                                  const KnowledgeBase& kb);

// The groups of mentions (indexes into `mentions`, in order) that share one span and name two
// skills or more: one phrase read as several alternatives, as a degree ask gives its degrees
// in each field ("BSc or MSc in Mechanical Engineering", degree_skills.h). Not when the span
// joins them with "and" or "&" and never with "or" or "/": "written and verbal
// communication" asks both. `sentence` starts at text offset `abs_b`, as for FindAlternatives.
std::vector<std::vector<size_t>> SameSpanAlternatives(std::string_view sentence, size_t abs_b,
                                                      const std::vector<Mention>& mentions);

// Adds the group whose member occurrences are `members` (in order) to `groups`, or, when a
// group of the same skills is there already, a place to it; marks each occurrence with the
// group's index. `line` is the line of the first member.
void AddRequirementGroup(const std::vector<Occurrence*>& members,
                         std::vector<RequirementGroup>* groups);

// Sets each group's level to the strongest level of the occurrences it holds (levels may be
// raised after a group is added: "... Go or Ruby. You must know one of those.").
void LevelRequirementGroups(const std::vector<JdSkill>& skills,
                            std::vector<RequirementGroup>* groups);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_REQUIREMENT_GROUPS_H_
