// Internal: the kb's degree-in-a-field skills that a JD's degree asks name. "Master or
// bachelors degree in mechanical engineering" asks for a bachelor's and a master's in
// mechanical engineering: the kb spells both ("Bachelor's degree in Mechanical Engineering"),
// and each is what the posting asks, where the generic "bachelor" found in the sentence is only
// the broad parent of one of them (each implies it, so it stays in the profile, as implied).
//
//   mentions = WithDegreeFieldSkills(text, matcher, ReadDegreeAsks(text, sections), mentions);
#ifndef SKILLFIT_EXTRACT_DEGREE_SKILLS_H_
#define SKILLFIT_EXTRACT_DEGREE_SKILLS_H_

#include <string>
#include <string_view>
#include <vector>

#include "skillfit/education.h"
#include "skillfit/skill_matcher.h"

namespace skillfit {

// The kb skills that spell a degree of `level` (bachelor, master, doctorate) in a field named
// in `fields` as written, which may run several together ("Computer Science Electrical
// Engineering"): at each word, a skill of category "degrees" that the matcher finds over
// "<Level>'s degree in " and the words from there, other than the generic degree of the level.
std::vector<int> DegreeInFieldSkills(const SkillMatcher& matcher, DegreeLevel level,
                                     std::string_view fields);

// The fields written after "degree in", "degree within" or "degree (" in `sentence`, or after
// "degree or <a diploma, certificate or qualification> in" ("degree or a Graduate Diploma in
// Business Administration": the field said once for both), as one run of words, when the
// degree reader found no list there ("degree in business administration computer science data
// science or related field" -> "business administration computer science data science"): up
// to punctuation, a number, or words that say the list is over ("related", "equivalent",
// "experience", "with", "is", ...). Empty when there is none.
std::string FieldRunAfterDegree(std::string_view sentence);

// `mentions` (in text order) with, for each ask whose fields the kb spells a degree in, a
// mention of each degree-in-field skill (DegreeInFieldSkills) of its levels and fields (else
// of FieldRunAfterDegree of its sentence), placed
// on the first degree mention of the ask's sentence; the generic mentions that the added
// skills, or the degree-in-field skills already named in the sentence, imply are dropped there.
// Asks without such a mention in their sentence are left alone.
std::vector<Mention> WithDegreeFieldSkills(std::string_view text, const SkillMatcher& matcher,
                                           const std::vector<DegreeAsk>& asks,
                                           std::vector<Mention> mentions);

// `mentions` with each bachelor's degree in a field that words naming no level spelled
// ("finance degree", "degree in Business Administration") read at the level the words right
// around it name (24 bytes each side, within its clause: no ",;.()" between), when they name
// only a master's or only a doctorate: "a business or finance degree at masters level" asks a
// master's in finance, "You hold a masters degree in Business Administration" no bachelor's.
// Such a mention becomes the kb's degree of that level in the field (DegreeInFieldSkills over
// the field of the skill's name), or goes when the kb has none. Words that name a bachelor's
// or two levels, or a level in another clause ("A finance degree, a master's is a plus"), leave
// it alone.
std::vector<Mention> WithDegreeFieldsAtLineLevel(std::string_view text, const SkillMatcher& matcher,
                                                 std::vector<Mention> mentions);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_DEGREE_SKILLS_H_
