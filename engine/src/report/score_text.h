// Internal: how reports state score version 2's formula and its weights.
#ifndef SKILLFIT_REPORT_SCORE_TEXT_H_
#define SKILLFIT_REPORT_SCORE_TEXT_H_

#include <string>

#include "skillfit/match.h"

namespace skillfit {

// One line for a footer: "score = 100 x sum(w x part) / sum(w) over the parts the JD asks
// about; w: required skills 3, other skills 2, ... A part the resume cannot tell counts 0.5."
std::string ScoreV2Text(const ScoreWeightsV2& w);

// What the education part is worth per outcome, in words (score v2).
extern const char kEducationPartNote[];

// What a footer says before the skills' formula: in version 2, ScoreV2Text and "Skill
// parts: "; in version 1, nothing.
std::string ScoreV2Lead(const MatchResult& m);
// A line for a report's head naming the core skills the resume does not show and what that
// does to the score ("Core skills not shown: Java (in the JD's title; only related): the
// score is multiplied by 0.5"); "" in version 1 or when every core skill is shown.
std::string UnmetCoreText(const MatchResult& m, const KnowledgeBase& kb);
// How degrees count in the match's score version (v1's note or kEducationPartNote).
const char* EducationNote(const MatchResult& m);

}  // namespace skillfit

#endif  // SKILLFIT_REPORT_SCORE_TEXT_H_
