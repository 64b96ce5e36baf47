#include "skillfit/match.h"

#include <algorithm>
#include <cstdio>

#include "skillfit/report.h"
#include "skillfit/title_table.h"
#include "match/group_match.h"
#include "match/score_weights.h"
#include "report/verdict_text.h"

namespace skillfit {

const char* EvidenceLabelName(EvidenceLabel l) {
  switch (l) {
    case EvidenceLabel::kStrong: return "strong";
    case EvidenceLabel::kWeak: return "weak";
    case EvidenceLabel::kRelated: return "related";
    case EvidenceLabel::kMissing: return "missing";
  }
  return "missing";
}

namespace {

// Whether the only role evidence for `rs` is the titles of dated roles held less than
// kTitleHeldYears, or fewer years than `js` asks: a half-year "Product Manager Intern" is no
// proof of product management, eight years as one are.
bool ShortTitleOnly(const JdSkill& js, const ResumeSkill& rs) {
  if (!rs.title_only || !rs.years_known || rs.years <= 0) return false;
  return rs.years < kTitleHeldYears || (js.years > 0 && rs.years + 0.25 < js.years);
}

// The reason and advice of a verdict for a skill the resume has (`rs`), once its label is set.
void Explain(const Skill& skill, const JdSkill& js, const ResumeSkill& rs, int today,
             const KnowledgeBase& kb, SkillVerdict* verdict) {
  SkillVerdict& v = *verdict;
  const std::string implied = rs.mentions.empty() && !rs.implied_by.empty()
                                  ? " (through " + kb.skills()[rs.implied_by.front()].name + ")"
                                  : "";
  if (skill.kind == SkillKind::kCertification) {
    v.reason = "named in your " + SectionsText(v.resume_mentions) + implied;
  } else if (v.weak_reason == WeakReason::kListedOnly) {
    v.reason = "only in your " + SectionsText(v.resume_mentions) + implied +
               ", not in a role or project";
    v.advice = skill.name + " is only in your " + SectionsText(v.resume_mentions) +
               "; name it in the experience bullet where you used it, with what it did";
  } else if (v.weak_reason == WeakReason::kTitleOnly) {
    v.reason = (rs.roles == 1 ? std::string("only in the title of a role held ")
                              : "only in the titles of " + std::to_string(rs.roles) +
                                    " roles held ") +
               HeldText(rs.years) + implied;
    if (js.years > 0) v.reason += ", " + YearCount(js.years) + " asked";
    v.advice = "your title names " + skill.name + ", but no line of the role does; name it in "
               "the bullets where you used it, with what came of it";
  } else if (v.weak_reason == WeakReason::kLongAgo) {
    v.reason = "last used in " + MonthString(rs.last_used) + ", " +
               YearCount((today - rs.last_used) / 12.0) + " ago";
    v.advice = "refresh " + skill.name +
               " with recent work (a project or course you can name), or say in a bullet "
               "how you still use it";
  } else if (v.weak_reason == WeakReason::kFewerYears) {
    v.reason = YearCount(rs.years) + " shown, " + YearsText(js.years) + " asked";
    v.advice = "the JD asks " + YearCount(js.years) + " of " + skill.name +
               "; if you used it in roles where the resume does not say so, name it there";
  } else {
    std::string why = "used in ";
    if (rs.roles > 0) {
      why += std::to_string(rs.roles) + (rs.roles == 1 ? " role" : " roles");
      if (rs.years > 0) why += ", " + YearCount(rs.years);
      if (!rs.years_known) why += ", years unknown (no dates)";
      if (rs.last_used >= 0) {
        why += today - rs.last_used <= 1 ? ", current" : ", last " + MonthString(rs.last_used);
      }
    } else {
      why += "your " + SectionsText(v.resume_mentions);
    }
    v.reason = why + implied;
  }
}

// The reason, advice and evidence of a verdict for a skill the resume does not name: related
// (v.via holds the related skills the resume has) or missing.
void ExplainAbsent(const Skill& skill, const std::vector<const ResumeSkill*>& has,
                   const KnowledgeBase& kb, SkillVerdict* verdict) {
  SkillVerdict& v = *verdict;
  if (v.label != EvidenceLabel::kRelated) {
    v.reason = "not on your resume, nor anything related";
    if (skill.kind == SkillKind::kLanguage) {
      if (v.cefr_asked > 0) {
        v.reason += "; " + ProficiencyText(v.cefr_asked, v.proficiency_asked) + " asked";
      }
      v.advice = "if you speak " + skill.name + ", list it with your level (" +
                 (v.cefr_asked > 0 ? ProficiencyText(v.cefr_asked, v.proficiency_asked) + " is asked"
                                   : std::string("a CEFR level or a word such as fluent")) + ")";
      return;
    }
    v.advice = skill.kind == SkillKind::kCertification
                   ? "a credential you do not list; add it if you hold it"
               : skill.kind == SkillKind::kSoft
                   ? "show " + skill.name + " in a role's bullet: a situation, what you did, "
                     "and what came of it"
                   : "learn " + skill.name + " or, if you have used it, add it to a role";
    return;
  }
  std::string names;
  for (size_t i = 0; i < v.via.size() && i < 3; ++i) {
    names += (i ? ", " : "") + kb.skills()[v.via[i]].name;
    const ResumeSkill& rs = *has[v.via[i]];
    v.resume_mentions.insert(v.resume_mentions.end(), rs.mentions.begin(), rs.mentions.end());
  }
  v.reason = "not named; related: " + names;
  if (skill.kind == SkillKind::kCertification) {
    v.advice = "the JD asks for " + skill.name + "; you list " + names + ". If you hold " +
               skill.name + " or an equivalent, say so in words the JD uses";
  } else {
    v.advice = "show how your " + names + " experience carries over to " + skill.name +
               " (the same problem solved with a sibling tool), and name " + skill.name +
               " if you have touched it at all";
  }
}

// Labels `v` for a spoken language the resume names (`rs`), by comparing levels on the CEFR
// scale: held at or above the level asked (or none asked) is strong; held below is weak
// ("B1 held, C1 asked"); named with no level is weak, as a skill only listed is.
void JudgeLanguage(const Skill& skill, const JdSkill& js, const ResumeSkill& rs,
                   const MatchOptions& o, SkillVerdict* verdict) {
  SkillVerdict& v = *verdict;
  v.cefr_asked = js.cefr;
  v.cefr_held = rs.cefr;
  v.proficiency_asked = js.proficiency;
  v.proficiency_held = rs.proficiency;
  const std::string asked = js.cefr > 0 ? ProficiencyText(js.cefr, js.proficiency) + " asked" : "no level asked";
  if (rs.cefr == 0) {
    v.label = EvidenceLabel::kWeak;
    v.weak_reason = WeakReason::kNoLevel;
    v.fixable = true;
  } else if (rs.cefr < js.cefr) {
    v.label = EvidenceLabel::kWeak;
    v.weak_reason = WeakReason::kLowerLevel;
  } else {
    v.label = EvidenceLabel::kStrong;
  }
  if (!o.explain) return;
  const std::string where = SectionsText(v.resume_mentions);
  if (v.weak_reason == WeakReason::kNoLevel) {
    v.reason = "named in your " + where + " without a level; " + asked;
    v.advice = "say how well you speak " + skill.name +
               " (a CEFR level such as B2 or C1, or native, fluent, conversational)";
  } else if (v.weak_reason == WeakReason::kLowerLevel) {
    v.reason = ProficiencyText(rs.cefr, rs.proficiency) + " held, " + asked;
    v.advice = "the JD asks " + ProficiencyText(js.cefr, js.proficiency) + " " + skill.name +
               "; if your level is higher than the resume says, say so, else name a course or "
               "certificate on the way";
  } else {
    v.reason = ProficiencyText(rs.cefr, rs.proficiency) + " held, " + asked;
  }
}

// Labels `v` for a skill the resume has (`rs`), with its evidence: a certification it names is
// strong; otherwise weak when it is only listed, only in the titles of roles held briefly
// (ShortTitleOnly), last used over `o.recent_years` ago or shown for fewer years than asked,
// else strong.
void JudgePresent(const Skill& skill, const JdSkill& js, const ResumeSkill& rs,
                  const std::vector<const ResumeSkill*>& has, int today, const KnowledgeBase& kb,
                  const MatchOptions& o, SkillVerdict* verdict) {
  SkillVerdict& v = *verdict;
  v.via = rs.implied_by;
  if (o.explain) {
    v.resume_mentions = rs.mentions;
    for (int from : rs.implied_by) {
      if (const ResumeSkill* f = has[from]) {
        v.resume_mentions.insert(v.resume_mentions.end(), f->mentions.begin(), f->mentions.end());
      }
    }
  }
  v.years_shown = rs.years;
  v.years_known = rs.years_known;
  v.last_used = rs.last_used;
  if (skill.kind == SkillKind::kLanguage) {
    JudgeLanguage(skill, js, rs, o, &v);
    return;
  }
  if (skill.kind == SkillKind::kCertification) {
    v.label = EvidenceLabel::kStrong;
  } else if (!rs.in_experience) {
    v.label = EvidenceLabel::kWeak;
    v.weak_reason = WeakReason::kListedOnly;
    v.fixable = true;
  } else if (ShortTitleOnly(js, rs)) {
    v.label = EvidenceLabel::kWeak;
    v.weak_reason = WeakReason::kTitleOnly;
    v.fixable = true;
  } else if (rs.last_used >= 0 && today - rs.last_used > 12 * o.recent_years) {
    v.label = EvidenceLabel::kWeak;
    v.weak_reason = WeakReason::kLongAgo;
  } else if (js.years > 0 && rs.years > 0 && rs.years + 0.25 < js.years) {
    v.label = EvidenceLabel::kWeak;
    v.weak_reason = WeakReason::kFewerYears;
  } else {
    v.label = EvidenceLabel::kStrong;
  }
  if (o.explain) Explain(skill, js, rs, today, kb, &v);
}

// Whether `x`, a relative of `s` in the kb, is the broad ground that s's siblings stand on
// rather than a sibling: another relative of `s` implies `x`, and `x` is of another category
// (siblings are alternatives of one kind). Security auditing, a sibling of security
// compliance, implies information security, so information security is no sibling of
// security compliance; RabbitMQ implies message queues, so message queues are none of
// Kafka. AWS stays a sibling of GCP, and Verilog of VHDL though SystemVerilog implies
// Verilog: they are of one category.
bool IsGroundOfSiblings(int s, int x, const KnowledgeBase& kb) {
  if (kb.skills()[s].category == kb.skills()[x].category) return false;
  for (int c : kb.RelatedTo(s)) {
    if (c == x) continue;
    const std::vector<int>& up = kb.ImpliedBy(c);
    if (std::find(up.begin(), up.end(), x) != up.end()) return true;
  }
  return false;
}

// Whether the resume's `x` stands as related evidence for the JD's skill `s`: a sibling the
// resume names in a line of its own. A skill it only has through implication is not named
// (a "VPC" line implies Networking, which is no evidence for BGP), and a parent or child is
// not a sibling: a broad skill never proves a specific one, and a specific one proves its
// parent outright (the resume then has `s` itself), nor is the ground siblings stand on
// (IsGroundOfSiblings). A field that a job title names (`fields`,
// kb/titles.yaml; null: no such rule) is broad too: "backend" work is no related evidence for
// REST APIs, though it is for front-end development, another field.
bool IsRelatedEvidence(int s, int x, const ResumeSkill* rx, const KnowledgeBase& kb,
                       const TitleTable* fields) {
  if (rx == nullptr || rx->mentions.empty()) return false;
  if (fields != nullptr && fields->NamesSkill(x) && !fields->NamesSkill(s)) return false;
  if (IsGroundOfSiblings(s, x, kb)) return false;
  const std::vector<int>& up_s = kb.ImpliedBy(s);
  const std::vector<int>& up_x = kb.ImpliedBy(x);
  return std::find(up_s.begin(), up_s.end(), x) == up_s.end() &&
         std::find(up_x.begin(), up_x.end(), s) == up_x.end();
}

// Whether a skill is a degree (kb category "degrees"): the education row judges those.
bool IsDegreeSkill(const Skill& skill) { return skill.category == "degrees"; }

// What an education outcome earns, on the skills' scale: met strong; met in a related field
// or by equivalent experience weak; the level in another field related; below or unknown
// nothing.
double EducationCredit(EducationOutcome outcome, const MatchOptions& o) {
  switch (outcome) {
    case EducationOutcome::kMeets: return o.credit_strong;
    case EducationOutcome::kMeetsRelatedField:
    case EducationOutcome::kEquivalentExperience: return o.credit_weak;
    case EducationOutcome::kOtherField: return o.credit_related;
    default: return 0;
  }
}

// Labels `v` for a skill the resume does not name: related when the resume names a sibling
// (IsRelatedEvidence), else it stays missing.
void JudgeAbsent(const Skill& skill, const JdSkill& js, const std::vector<const ResumeSkill*>& has,
                 const KnowledgeBase& kb, const MatchOptions& o, SkillVerdict* verdict) {
  SkillVerdict& v = *verdict;
  v.cefr_asked = js.cefr;
  v.proficiency_asked = js.proficiency;
  std::vector<int> rel;
  for (int x : kb.RelatedTo(js.skill)) {
    if (IsRelatedEvidence(js.skill, x, has[x], kb, o.today.titles)) rel.push_back(x);
  }
  if (!rel.empty()) {
    v.label = EvidenceLabel::kRelated;
    v.via = rel;
    v.fixable = true;
  }
  if (o.explain) ExplainAbsent(skill, has, kb, &v);
}

// The credit a label earns.
double Credit(EvidenceLabel l, const MatchOptions& o) {
  switch (l) {
    case EvidenceLabel::kStrong:
      return o.credit_strong;
    case EvidenceLabel::kWeak:
      return o.credit_weak;
    case EvidenceLabel::kRelated:
      return o.credit_related;
    case EvidenceLabel::kMissing:
      return 0;
  }
  return 0;
}

// The verdict on JD skill `js`. `has`: skill -> the resume's entry for it, or null.
SkillVerdict Judge(const JdSkill& js, const std::vector<const ResumeSkill*>& has, int today,
                   const KnowledgeBase& kb, const MatchOptions& o) {
  const Skill& skill = kb.skills()[js.skill];
  SkillVerdict v;
  v.skill = js.skill;
  v.level = js.level;
  v.years_asked = js.years;
  v.weight = SkillWeight(js.level, skill.kind, o);
  if (o.explain) v.jd_mentions = js.mentions;
  if (has[js.skill]) {
    JudgePresent(skill, js, *has[js.skill], has, today, kb, o, &v);
  } else {
    JudgeAbsent(skill, js, has, kb, o, &v);
  }
  v.credit = Credit(v.label, o);
  if (o.explain) {
    // The lines that show the skill in use (in a role or a project) first, each group in text
    // order: reports show the first lines, and a verdict "used in 1 role" must point at it,
    // not at the skills list above it.
    auto in_use = [](const Occurrence& x) {
      return x.role >= 0 || x.section_kind == SectionKind::kProjects;
    };
    std::sort(v.resume_mentions.begin(), v.resume_mentions.end(),
              [&](const Occurrence& a, const Occurrence& b) {
                if (in_use(a) != in_use(b)) return in_use(a);
                return a.mention.begin < b.mention.begin;
              });
  }
  return v;
}

// The score of the version asked (MatchOptions::score_version): v1's figure, or v2's
// components combined (score_v2.cc).
void ChooseScore(const JdProfile& jd, MatchResult* r) {
  r->parts = ScorePartsOf(*r, jd);
  if (r->options.score_version == 1) {
    r->score_version = "1";
    r->score = r->score_v1;
  } else {
    r->score_version = "2";
    r->score = ScoreV2(r->parts, r->options.v2);
  }
}

}  // namespace

MatchResult Match(const JdProfile& jd, const ResumeProfile& resume, const KnowledgeBase& kb,
                  const MatchOptions& o, const std::string& jd_title,
                  const std::vector<CoreSkill>& core) {
  MatchResult r;
  r.core = core;
  r.options = o;
  r.years_asked = jd.years_overall;
  r.years_shown = resume.total_years;
  for (const Role& role : resume.roles) r.years_known = r.years_known || role.start >= 0;
  // Skill -> the resume's entry for it, or null: a flat table of the kb's size, as every JD
  // skill and its relatives are looked up (a std::map built per resume was about 3% of a
  // ranked resume's time in perf).
  std::vector<const ResumeSkill*> has(kb.skills().size(), nullptr);
  for (const ResumeSkill& s : resume.skills) has[s.skill] = &s;
  // An old resume is judged as of the month it was written (profile.h, as_of).
  const int today =
      resume.as_of >= 0 ? resume.as_of : MonthIndex(o.today.today_year, o.today.today_month);
  r.resume_as_of = resume.as_of;

  double total_w = 0, got_w = 0, req_credit = 0, pref_credit = 0;
  // A skill asked on its own, or a requirement group, counts once at its level.
  auto count = [&](RequirementLevel level, double weight, double credit) {
    total_w += weight;
    got_w += weight * credit;
    if (level == RequirementLevel::kRequired) {
      ++r.required_count;
      req_credit += credit;
    } else if (level == RequirementLevel::kPreferred) {
      ++r.preferred_count;
      pref_credit += credit;
    }
  };
  for (const JdSkill& js : jd.skills) {
    if (js.mentions.empty()) continue;  // implied by the JD, not asked in words
    if (IsDegreeSkill(kb.skills()[js.skill])) continue;  // the education row judges it
    SkillVerdict v = Judge(js, has, today, kb, o);
    WeighGroupMember(js, kb, o, &v);
    if (v.group < 0) count(v.level, v.weight, v.credit);
    r.skills.push_back(std::move(v));
  }
  r.groups = JudgeGroups(jd, kb, o, &r.skills);
  for (const GroupVerdict& g : r.groups) count(g.level, g.weight, g.credit);
  r.education = JudgeEducation(jd.degree_asks, resume.degrees, resume.total_years, r.years_known,
                               o.degree_fields.get());
  // Each degree ask counts as one requirement, as a degree skill did before the row.
  for (const EducationVerdict& e : r.education.verdicts) {
    const DegreeAsk& ask = r.education.asks[static_cast<size_t>(e.ask)];
    const RequirementLevel level = ask.required ? RequirementLevel::kRequired : RequirementLevel::kPreferred;
    count(level, SkillWeight(level, SkillKind::kHard, o), EducationCredit(e.outcome, o));
  }
  r.score_v1 = total_w > 0 ? 100.0 * got_w / total_w : 0;
  r.required_coverage = r.required_count ? 100.0 * req_credit / r.required_count : 100.0;
  r.preferred_coverage = r.preferred_count ? 100.0 * pref_credit / r.preferred_count : 100.0;
  std::stable_sort(r.skills.begin(), r.skills.end(), [](const SkillVerdict& a, const SkillVerdict& b) {
    if (a.level != b.level) return a.level < b.level;
    return a.weight > b.weight;
  });
  r.title = FitTitle(jd_title, resume.roles, resume.headline_title);
  ChooseScore(jd, &r);
  return r;
}

}  // namespace skillfit
