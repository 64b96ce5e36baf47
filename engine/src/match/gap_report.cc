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
  if (m.years_asked > 0 && m.years_shown + 0.25 < m.years_asked) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "the JD asks %.0f years of experience; your dated roles span %.1f",
                  m.years_asked, m.years_shown);
    years.note = buf;
  }
  std::vector<GapGroup> out;
  for (GapGroup* g : {&req_missing, &req_weak_fix, &related, &years, &creds, &soft, &pref_missing}) {
    if (!g->skills.empty() || !g->note.empty()) out.push_back(*g);
  }
  return out;
}

}  // namespace skillfit
