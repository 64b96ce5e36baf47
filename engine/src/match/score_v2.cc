// Score version 2: skill coverage, the education and title rows and overall years, each a
// component 0..1, combined by fitted weights (match.h, README "Score").
#include <algorithm>

#include "skillfit/match.h"

namespace skillfit {
namespace {

constexpr double kUnknownValue = 0.5;  // what a component the resume cannot tell counts
constexpr double kInProgressFactor = 0.5;  // of an education outcome met by a degree in progress
constexpr double kFullPartSkillWeight = 3;  // a skill part's full weight from one required skill

ScorePart Known(double value) { return {value, PartState::kKnown}; }
ScorePart Unknown() { return {kUnknownValue, PartState::kUnknown}; }
ScorePart NotAsked() { return {0, PartState::kNotAsked}; }

// Required skills: the mean credit of the required skills and groups; other skills: the
// weighted mean credit of the preferred and responsibility ones. Degrees are not among them
// (the education row judges those); a group member asked only inside groups weighs 0.
void SkillParts(const MatchResult& m, ScoreParts* p) {
  double req = 0, req_n = 0, other = 0, other_w = 0;
  auto add = [&](RequirementLevel level, double weight, double credit) {
    if (weight <= 0) return;
    if (level == RequirementLevel::kRequired) {
      req += credit;
      req_n += 1;
      p->required_weight += weight;
    } else {
      other += weight * credit;
      other_w += weight;
    }
  };
  for (const SkillVerdict& v : m.skills) {
    if (v.group < 0) add(v.level, v.weight, v.credit);
  }
  for (const GroupVerdict& g : m.groups) add(g.level, g.weight, g.credit);
  p->required_skills = req_n > 0 ? Known(req / req_n) : NotAsked();
  p->other_skills = other_w > 0 ? Known(other / other_w) : NotAsked();
  p->other_weight = other_w;
}

// The share of its weight a skill part holding `asked` of skill weight counts (ScoreParts).
double AskedShare(double asked) { return std::min(1.0, asked / kFullPartSkillWeight); }

// The outcome of the JD's most demanding degree ask (EducationRow::for_score); a degree still
// in progress ("expected 2027") counts half of what it will be worth: a student who will meet
// the ask has not met it yet.
ScorePart EducationPart(const EducationRow& row) {
  const EducationVerdict& v = row.for_score;
  if (v.ask < 0) return NotAsked();
  double value = 0;
  switch (v.outcome) {
    case EducationOutcome::kMeets: value = 1; break;
    case EducationOutcome::kMeetsRelatedField: value = 0.75; break;
    case EducationOutcome::kEquivalentExperience: value = 0.5; break;
    case EducationOutcome::kOtherField: value = 0.25; break;
    case EducationOutcome::kBelow: value = 0; break;
    case EducationOutcome::kUnknown: return Unknown();
    case EducationOutcome::kNotAsked: return NotAsked();
  }
  const bool by_degree = v.outcome != EducationOutcome::kEquivalentExperience && v.degree >= 0;
  const bool in_progress = by_degree && row.degrees[static_cast<size_t>(v.degree)].in_progress;
  return Known(in_progress ? value * kInProgressFactor : value);
}

// Line of work x seniority, as match.h says; unknown without a JD title or a resume title.
// A level counts only in the JD's line of work: a senior teacher's seniority says nothing of
// him as a data engineer, and a title of another occupation is no fit at any level (the sum
// (line + seniority) / 2 gave such a title half the part). On the 63 `fit` pairs of
// tests/eval/pairs the product cross-validates at rho 0.828 against the sum's 0.771
// (bench/fit_score_v2.sh; README "How the score works"), though on the 43 pairs of
// 2026-12-06 it had ranked worse (0.57 against 0.65).
ScorePart TitlePart(const TitleFit& t) {
  if (t.jd_title.empty() || t.titles.empty()) return Unknown();
  const double line = t.held >= 0 ? 1 : t.same_field ? 0.5 : 0;
  const double level = t.levels_below <= 0 ? 1 : t.levels_below == 1 ? 0.5 : 0;
  return Known(line * level);
}

// The years the JD asks for the role: its own figure, else the most it asks of one skill
// (a resume cannot show 5 years of Python in fewer years of work).
double YearsAsked(const JdProfile& jd) {
  double asked = jd.years_overall;
  if (asked > 0) return asked;
  for (const JdSkill& s : jd.skills) {
    if (!s.mentions.empty()) asked = std::max(asked, s.years);
  }
  return asked;
}

// Counts the JD's core skills, and those the resume does not show (UnmetCoreSkills).
void CoreParts(const MatchResult& m, ScoreParts* p) {
  p->core_asked = static_cast<int>(m.core.size());
  p->core_unmet = static_cast<int>(UnmetCoreSkills(m).size());
}

}  // namespace

// Related or missing, as a recruiter reads a must-have they cannot find; a skill the JD's
// title names is shown by holding the title (a "Java Engineer" held is Java shown, whatever
// the skills list says).
std::vector<std::pair<CoreSkill, EvidenceLabel>> UnmetCoreSkills(const MatchResult& m) {
  std::vector<std::pair<CoreSkill, EvidenceLabel>> unmet;
  for (const CoreSkill& c : m.core) {
    if (c.in_title && !c.must && m.title.held >= 0) continue;
    for (const SkillVerdict& v : m.skills) {
      if (v.skill != c.skill) continue;
      if (v.label == EvidenceLabel::kRelated || v.label == EvidenceLabel::kMissing) {
        unmet.push_back({c, v.label});
      }
      break;
    }
  }
  return unmet;
}

const char* PartStateName(PartState s) {
  switch (s) {
    case PartState::kKnown: return "known";
    case PartState::kUnknown: return "unknown";
    case PartState::kNotAsked: return "not_asked";
  }
  return "not_asked";
}

ScoreParts ScorePartsOf(const MatchResult& m, const JdProfile& jd) {
  ScoreParts p;
  SkillParts(m, &p);
  CoreParts(m, &p);
  p.education = EducationPart(m.education);
  p.title = TitlePart(m.title);
  p.years_asked = YearsAsked(jd);
  if (p.years_asked <= 0) {
    p.years = NotAsked();
  } else if (!m.years_known) {
    p.years = Unknown();
  } else {
    p.years = Known(std::min(1.0, m.years_shown / p.years_asked));
  }
  return p;
}

double ScoreV2(const ScoreParts& p, const ScoreWeightsV2& w) {
  double sum = 0, total = 0;
  auto add = [&](const ScorePart& part, double weight) {
    if (part.state == PartState::kNotAsked) return;
    sum += weight * part.value;
    total += weight;
  };
  add(p.required_skills, w.required_skills * AskedShare(p.required_weight));
  add(p.other_skills, w.other_skills * AskedShare(p.other_weight));
  add(p.education, w.education);
  add(p.title, w.title);
  add(p.years, w.years);
  const double unmet = p.core_unmet > 0 ? w.core_unmet : 0;
  return total > 0 ? 100.0 * sum / total * (1 - unmet) : 0;
}

}  // namespace skillfit
