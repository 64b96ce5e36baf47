// Internal: a software-design skill named where a posting speaks of visual design (issue 13).
// A brand's or a design team's "design patterns" are the reusable parts of a design system
// (palettes, form components, type), not the Gang of Four's; the sentence says which:
//   "Utilize the agency's set of design patterns, including palettes and form components"
//   "maintain the brand by implementing and expanding upon design patterns"
//   "Our visual designers establish and evolve design patterns"
// read as Design Systems, while "OOP concepts and design patterns" stays Design Patterns.
//
//   std::vector<Mention> read = WithVisualSenses(text, kb, std::move(mentions));
#ifndef SKILLFIT_EXTRACT_VISUAL_SENSE_H_
#define SKILLFIT_EXTRACT_VISUAL_SENSE_H_

#include <string_view>
#include <vector>

#include "skillfit/knowledge_base.h"
#include "skillfit/skill_matcher.h"

namespace skillfit {

// Whether the sentence of `text` around byte span [begin, end) names visual design: a word
// for a brand, a colour, a palette, type, icons or illustration, or the word "visual".
bool InVisualSentence(std::string_view text, size_t begin, size_t end);

// `mentions` with each software-design skill that has a visual-design sibling (design
// patterns -> design systems) moved to that sibling when InVisualSentence holds. A kb that
// lacks either skill of a pair leaves its mentions as they are. Order is kept.
std::vector<Mention> WithVisualSenses(std::string_view text, const KnowledgeBase& kb,
                                      std::vector<Mention> mentions);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_VISUAL_SENSE_H_
