// An acronym made plural with an apostrophe: "API's", "KPI’s", "MVP's" are the plurals APIs,
// KPIs and MVPs, and name the skill the plural names.
//
//   mentions = WithAcronymPluralMentions(text, matcher, std::move(mentions));
//
// An acronym here is a word of two or more capitals and digits that starts with a capital and
// ends in a capital other than S ("AWS's" is a possessive), followed by "'s" or "’s" and no
// further letter or digit. Each is rewritten as the plural padded with spaces (the text keeps
// its length, so spans stay), and the matcher is run again over the text so rewritten; a
// mention it finds over the whole plural counts, guards included, with its span ending after
// the "s" as written. A possessive ("OPM's mission", "SAP's modules") reads as a plural that
// names nothing new: the skill of the acronym itself stays as the matcher found it.
#ifndef SKILLFIT_EXTRACT_ACRONYM_PLURAL_H_
#define SKILLFIT_EXTRACT_ACRONYM_PLURAL_H_

#include <string_view>
#include <vector>

#include "skillfit/skill_matcher.h"

namespace skillfit {

// `mentions` (of `text`, sorted by begin) with those the acronyms' plurals add.
std::vector<Mention> WithAcronymPluralMentions(std::string_view text, const SkillMatcher& matcher,
                                               std::vector<Mention> mentions);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_ACRONYM_PLURAL_H_
