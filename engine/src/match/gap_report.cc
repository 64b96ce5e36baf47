#include "skillfit/gap_report.h"

#include <cstdio>

namespace skillfit {

std::vector<GapGroup> GroupGaps(const MatchResult& m, const KnowledgeBase& kb) {
  GapGroup req_missing{"required-missing", "Required skills missing", false, {}, ""};
  GapGroup req_weak_fix{"required-weak", "Required skills your resume shows only weakly", true, {}, ""};
  GapGroup related{"related-only", "Covered only by a related skill", true, {}, ""};
  GapGroup pref_missing{"preferred-missing", "Preferred skills missing", false, {}, ""};
  GapGroup years{"years-short", "Years short or used long ago", false, {}, ""};
  GapGroup creds{"credentials-missing", "Degree or certification not shown", false, {}, ""};
  // A soft skill is shown by what a bullet says was done, not learnt from a course.
  GapGroup soft{"soft-skills-unshown", "Soft skills the JD asks that no line shows", true, {}, ""};
  for (const SkillVerdict& v : m.skills) {
    if (!StandsForRequirement(m, v)) continue;  // an alternative, not a gap of its own
    const SkillKind kind = kb.skills()[v.skill].kind;
    const bool cert = kind == SkillKind::kCertification;
    const bool required = v.level == RequirementLevel::kRequired;
    const bool preferred = v.level == RequirementLevel::kPreferred;
    if (v.label == EvidenceLabel::kMissing && cert && (required || preferred)) {
      creds.skills.push_back(&v);
    } else if (v.label == EvidenceLabel::kMissing && kind == SkillKind::kSoft &&
               (required || preferred)) {
      soft.skills.push_back(&v);
    } else if (v.label == EvidenceLabel::kMissing && required) {
      req_missing.skills.push_back(&v);
    } else if (v.label == EvidenceLabel::kWeak && v.weak_reason == WeakReason::kListedOnly &&
               (required || preferred)) {
      req_weak_fix.skills.push_back(&v);
    } else if (v.label == EvidenceLabel::kWeak && (required || preferred)) {
      years.skills.push_back(&v);
    } else if (v.label == EvidenceLabel::kRelated && (required || preferred)) {
      related.skills.push_back(&v);
    } else if (v.label == EvidenceLabel::kMissing && preferred) {
      pref_missing.skills.push_back(&v);
    }
  }
  if (req_weak_fix.skills.size() > 0) req_weak_fix.title = "Skills your resume lists but never shows in use";
  // Years a resume without dated roles cannot show are no learning gap: dating the roles
  // fixes them.
  GapGroup undated{"years-undated", "Years the JD asks that your resume does not date", true, {}, ""};
  if (m.years_asked > 0) {
    char asked[80];
    std::snprintf(asked, sizeof asked, "the JD asks %.0f %s of experience", m.years_asked,
                  m.years_asked == 1 ? "year" : "years");
    char buf[200];
    if (!m.years_known) {
      std::snprintf(buf, sizeof buf,
                    "%s; no role on your resume has dates, so none can be counted: give each "
                    "role its start and end month", asked);
      undated.note = buf;
    } else if (m.years_shown + 0.25 < m.years_asked) {
      std::snprintf(buf, sizeof buf, "%s; your dated roles span %.1f", asked, m.years_shown);
      years.note = buf;
    }
  }
  std::vector<GapGroup> out;
  for (GapGroup* g : {&req_missing, &req_weak_fix, &related, &undated, &years, &creds, &soft,
                      &pref_missing}) {
    if (!g->skills.empty() || !g->note.empty()) out.push_back(*g);
  }
  return out;
}

}  // namespace skillfit
