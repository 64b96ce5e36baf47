// Case-exact guards relaxed inside a list of other skills: "cypress, jest, react" and
// "(Java, Python, GO and PHP)" name Jest and Go, though the kb asks for "Jest" and "Go" as
// written (a guard keeps "go" and "jest" the words apart from the skills).
//
//   mentions = WithListCaseMentions(text, matcher, std::move(mentions));
//
// Each one-word item of a list (a comma, "and" or "or" on one side and a joiner, a bracket or
// the end of the line on the other; or, where the commas were lost, a skill right beside it
// with only white space between and a skill or a bound on the other side: "automations:
// gitlab fastlane jest", "Technologies\npython go docker") that no mention covers is written with a capital first
// letter and the rest lowercase, and the matcher is run again over the text so rewritten (of
// the same length: spans stay). A guarded mention it finds on such a word counts: its guard
// has held there, context and reject patterns included.
#ifndef SKILLFIT_EXTRACT_LIST_CASE_H_
#define SKILLFIT_EXTRACT_LIST_CASE_H_

#include <string_view>
#include <vector>

#include "extract/phrase_words.h"
#include "skillfit/skill_matcher.h"

namespace skillfit {

// `mentions` (of `text`, sorted by begin) with those the re-cased list items add.
std::vector<Mention> WithListCaseMentions(std::string_view text, const SkillMatcher& matcher,
                                          std::vector<Mention> mentions);
// The same, with the tokens of `text` (phrase_words.h) made by the caller.
std::vector<Mention> WithListCaseMentions(std::string_view text, const std::vector<Token>& tokens,
                                          const SkillMatcher& matcher,
                                          std::vector<Mention> mentions);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_LIST_CASE_H_
