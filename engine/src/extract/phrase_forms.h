// The skills a document names in forms no kb spelling has: coordinated phrases ("network and
// endpoint security") and paraphrases (paraphrase.h), added to the mentions the matcher found
// as written. A JD is read for both; a resume for coordinated phrases (its "Network & Active
// Directory security" shows network security), which cost little beside the matcher's scan.
//
//   mentions = WithPhraseForms(text, matcher, std::move(mentions));
#ifndef SKILLFIT_EXTRACT_PHRASE_FORMS_H_
#define SKILLFIT_EXTRACT_PHRASE_FORMS_H_

#include <string_view>
#include <vector>

#include "extract/phrase_words.h"
#include "skillfit/skill_matcher.h"

namespace skillfit {

// `mentions` (of `text`, sorted by begin) with the skills the rebuilt phrases of `text` name
// and no mention of the same skill already covers; sorted by begin, and may overlap.
std::vector<Mention> WithPhraseForms(std::string_view text, const SkillMatcher& matcher,
                                     std::vector<Mention> mentions);
// The same, with the tokens of `text` (phrase_words.h) made by the caller.
std::vector<Mention> WithPhraseForms(std::string_view text, const std::vector<Token>& tokens,
                                     const SkillMatcher& matcher, std::vector<Mention> mentions);

// The same with coordinated phrases only.
std::vector<Mention> WithCoordinatedForms(std::string_view text, const SkillMatcher& matcher,
                                          std::vector<Mention> mentions);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_PHRASE_FORMS_H_
