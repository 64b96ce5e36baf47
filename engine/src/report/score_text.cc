// Score version 2's formula in words (score_text.h).
#include "report/score_text.h"

#include <cstdio>

#include "report/group_text.h"

namespace skillfit {

const char kEducationPartNote[] =
    "Education part: meets 1, related field 0.75, equivalent experience 0.5, another field "
    "0.25, below 0, unknown 0.5; left out when the JD asks no degree.";

namespace {
std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}
}  // namespace

std::string ScoreV2Text(const ScoreWeightsV2& w) {
  return "score = 100 x sum(w x part) / sum(w) over the parts the JD asks about, each 0..1; "
         "w: required skills " + Num(w.required_skills) + ", other skills " +
         Num(w.other_skills) + ", education " + Num(w.education) + ", title " +
         Num(w.title) + ", years " + Num(w.years) +
         ". Title part: line of work x seniority. A part the resume cannot tell counts 0.5; a skill part whose skills weigh less "
         "than one required hard skill (3) weighs in proportion. A core skill (named in the "
         "JD's title, or on a line that says must) related or missing multiplies the score by " +
         Num(1 - w.core_unmet) + ".";
}

std::string ScoreV2Lead(const MatchResult& m) {
  return m.options.score_version == 1 ? "" : ScoreV2Text(m.options.v2) + " Skill parts: ";
}

std::string UnmetCoreText(const MatchResult& m, const KnowledgeBase& kb) {
  if (m.options.score_version == 1) return "";
  const auto unmet = UnmetCoreSkills(m);
  if (unmet.empty()) return "";
  std::string s = "Core skills not shown: ";
  for (size_t i = 0; i < unmet.size(); ++i) {
    const CoreSkill& c = unmet[i].first;
    s += (i ? "; " : "") + kb.skills()[c.skill].name + " (" +
         (c.in_title ? "in the JD's title" : "a line says must") + ", " +
         (unmet[i].second == EvidenceLabel::kRelated ? "only related" : "missing") + ")";
  }
  return s + ": the score is multiplied by " + Num(1 - m.options.v2.core_unmet);
}

const char* EducationNote(const MatchResult& m) {
  return m.options.score_version == 1 ? kEducationScoreNote : kEducationPartNote;
}

}  // namespace skillfit
