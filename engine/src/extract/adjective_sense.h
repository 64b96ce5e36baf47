// Internal: a skill word used as one plain adjective of a list that says how work is done
// (issue 13). A skill whose name is also an adjective ("agile", "adaptable") asks nothing when
// the text lists it among ordinary adjectives before a noun of manner:
//   "meets current and future needs in an efficient, sustainable, agile, and adaptable manner"
// gives neither Agile nor Adaptability, while these keep their skill:
//   "work in an agile way"                   (the method, named alone)
//   "delivering value in a lean and agile way"  (every adjective is a skill's spelling)
//   "new and agile ways of working"          (a way of working names a method)
//   "an agile environment", "adaptable to change"  (no noun of manner)
//
//   std::vector<Mention> kept = WithoutMannerAdjectives(text, matcher, std::move(mentions));
// The same word said of a person ("You are agile in a big organization") is an adjective too.
#ifndef SKILLFIT_EXTRACT_ADJECTIVE_SENSE_H_
#define SKILLFIT_EXTRACT_ADJECTIVE_SENSE_H_

#include <string_view>
#include <vector>

#include "skillfit/skill_matcher.h"

namespace skillfit {

// Whether mention `k` of `mentions` (in text order) is one word of a coordinated list of
// single words ("efficient, sustainable, agile, and adaptable"; joined by commas, "and",
// "or", "&" or "/") that ends right before "manner", "fashion", "way" or "ways" not followed
// by "of", and another word of the list is plain: no mention covers it and no skill of the
// matcher's kb is spelled so, even behind a guard (so "lean" is no plain word).
bool InMannerList(std::string_view text, const SkillMatcher& matcher,
                  const std::vector<Mention>& mentions, size_t k);

// `mentions` less those InMannerList holds for, in order.
std::vector<Mention> WithoutMannerAdjectives(std::string_view text, const SkillMatcher& matcher,
                                             std::vector<Mention> mentions);

// Whether mention `m` is a practice's word said of a person, as an adjective after a verb of
// being: one lowercase word of a hard skill right after "you are", "we are", "you're",
// "we're", "I am" or "be" (one adverb in "-ly" or "very", "truly", "so" may come between),
// with no noun after it. "You are agile in a big organization", "be agile and pragmatic"
// give no Agile; "you are agile certified", "be agile practitioners", "Agile is a must" (no
// verb of being said of a person before it) keep it. Soft skills keep it too: "be adaptable"
// asks for adaptability.
bool SaidOfPerson(std::string_view text, const KnowledgeBase& kb, const Mention& m);

// `mentions` less those SaidOfPerson holds for, in order.
std::vector<Mention> WithoutPersonAdjectives(std::string_view text, const KnowledgeBase& kb,
                                             std::vector<Mention> mentions);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_ADJECTIVE_SENSE_H_
