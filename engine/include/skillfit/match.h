// Match: every skill a JD asks for, labelled by the evidence a resume gives, and one score
// that can be explained to the point.
//
//   skillfit::MatchResult m = skillfit::Match(jd, resume, kb, {});
//   m.score;                  // 0..100, weighted coverage (see README "Score")
//   m.skills[0].label;        // kStrong / kWeak / kRelated / kMissing, with the lines behind it
//
// Score version 1:
//   weight = level weight (required 3, preferred 1.5, responsibility 1, context 0)
//            x kind factor (soft skills 0.5, others 1)
//   credit = strong 1, weak 0.5, related 0.25, missing 0
//   score  = 100 x sum(weight x credit) / sum(weight)
// Required coverage is the mean credit of the required skills (x100); preferred likewise.
// A requirement group ("Go, Rust or Python") counts as one skill at its level, credited by its
// best member; a member asked only inside groups weighs 0 on its own (README "Score").
// Skills of the kb category "degrees" are not skill verdicts: the education row judges the
// JD's degree asks, and each ask counts in the score as one requirement at its level
// (required or preferred), credited met 1, related field or equivalent experience 0.5,
// another field 0.25, below or unknown 0 (README "Score").
//
// Score version 2 (the default; MatchOptions::score_version 1 gives v1's figures exactly):
//   score = 100 x sum(w_i x c_i) / sum(w_i) over five components c_i in 0..1 (ScoreParts):
//   required skills, other skills (preferred and responsibility), education, title, years.
//   A component the JD does not ask about is left out of both sums; one it asks about but
//   the resume cannot tell (no dated roles, no degree stated, no title) counts as 0.5.
//   The weights w_i (ScoreWeightsV2) were fitted on graded pairs (bench/fit_score_v2.py).
#ifndef SKILLFIT_MATCH_H_
#define SKILLFIT_MATCH_H_

#include <memory>
#include <string>
#include <vector>

#include "skillfit/document.h"
#include "skillfit/education.h"
#include "skillfit/knowledge_base.h"
#include "skillfit/profile.h"

namespace skillfit {

enum class EvidenceLabel { kStrong, kWeak, kRelated, kMissing };
const char* EvidenceLabelName(EvidenceLabel l);  // "strong", "weak", "related", "missing"

// Why a skill the resume has is only weak; decides the advice and whether rewriting the
// resume fixes it: only listed; last used long ago; shown for fewer years than asked; only in
// the titles of roles held under a year or fewer years than asked (kTitleOnly); a spoken
// language held below the level asked ("B1 held, C1 asked", kLowerLevel) or named with no
// level at all (kNoLevel).
enum class WeakReason { kNone, kListedOnly, kLongAgo, kFewerYears, kLowerLevel, kNoLevel, kTitleOnly };

// The years a title must be held to be strong evidence, alone, for the skills it names (when
// the JD asks more years, those).
inline constexpr double kTitleHeldYears = 1.0;

// The revision of score version 2's formula, in JSON `formula.version` (score_version stays
// "2"): "2.1" since the title part became line of work x seniority (2026-12-08); before, with
// (line + seniority) / 2 and weights 3/1/1/2/0, it was 2.0.
inline constexpr char kScoreV2Formula[] = "2.1";

// The weights of score version 2's components, fitted by bench/fit_score_v2.sh on the 63
// `fit` pairs of tests/eval/pairs (README "Score"), with formula 2.1's title part (line of
// work x seniority): every one of the 63 leave-one-out folds picks these (rho 0.828). Years
// weigh 0: the years row is reported, and counts in no score.
struct ScoreWeightsV2 {
  double required_skills = 3;
  double other_skills = 3;
  double education = 1;
  double title = 3;
  double years = 0;
  // The share of the score an unmet core skill takes away (CoreSkills): the score is
  // multiplied by 1 - core_unmet when any core skill is related or missing.
  double core_unmet = 0.5;
};

struct MatchOptions {
  int score_version = 2;  // 1: v1's weighted coverage; 2 (default): ScoreParts combined
  ScoreWeightsV2 v2;
  double weight_required = 3.0;        // default 3
  double weight_preferred = 1.5;       // default 1.5
  double weight_responsibility = 1.0;  // default 1
  double soft_skill_factor = 0.5;      // default 0.5
  double credit_strong = 1.0;
  double credit_weak = 0.5;
  double credit_related = 0.25;
  int recent_years = 5;  // a skill last used longer ago than this is weak (default 5)
  ExtractOptions today;  // for recency
  // Fill each verdict's reason, advice and evidence lines (default true). A ranker that
  // needs only scores and labels turns it off: the words were ~15% of the instructions a
  // resume took in `rank` (callgrind).
  bool explain = true;
  // Fields of study and their families for the education row (kb/degree_fields.yaml; the
  // Engine sets it). Null (the default): fields are compared as written.
  std::shared_ptr<const DegreeFieldTable> degree_fields;
};

struct SkillVerdict {
  int skill = -1;
  RequirementLevel level = RequirementLevel::kContext;
  double weight = 0;
  double years_asked = 0;
  EvidenceLabel label = EvidenceLabel::kMissing;
  WeakReason weak_reason = WeakReason::kNone;
  double credit = 0;
  double years_shown = 0;
  bool years_known = true;                // false when used only in undated roles
  int last_used = -1;                     // MonthIndex
  std::string reason;                     // one line: why this label
  std::string advice;                     // what to do about it; empty for strong
  bool fixable = false;                   // rewriting the resume would fix it
  std::vector<Occurrence> jd_mentions;    // the JD lines that ask for it
  std::vector<Occurrence> resume_mentions;  // the resume lines behind the label
  std::vector<int> via;                   // resume skills that imply it or are related
  // Spoken languages: the CEFR levels asked and held (1..6 = A1..C2, 0 when none said; see
  // CefrName) and the words behind them, as written.
  int cefr_asked = 0;
  int cefr_held = 0;
  std::string proficiency_asked;
  std::string proficiency_held;
  // Index into MatchResult::groups when the JD asks this skill only as one of alternatives:
  // it then weighs 0 here and counts through its group. -1 otherwise.
  int group = -1;
};

// A requirement group of the JD (JdProfile::groups), judged once by its best member.
struct GroupVerdict {
  int group = -1;                 // index into JdProfile::groups
  std::vector<int> members;       // kb skill indexes
  RequirementLevel level = RequirementLevel::kContext;
  double weight = 0;              // level weight (x soft factor when every member is soft)
  EvidenceLabel label = EvidenceLabel::kMissing;  // the best member's
  double credit = 0;
  int met_by = -1;                // kb index of the best member with credit, -1 when none
  std::vector<Occurrence> jd_places;  // where the JD lists it
};

// The title row, outside the v1 score: how the resume's titles, latest first, fit the JD's
// title and its seniority (junior, mid, senior, lead, staff, manager, principal, director).
struct TitleFit {
  std::string jd_title;            // the JD's first line when it reads as a title; "" when none
  std::string jd_seniority;        // "" when the JD gives no title
  std::vector<std::string> titles;  // the resume's role titles (no projects), latest first;
                                    // with none, the title its headline states (from_headline)
  bool from_headline = false;       // titles is the headline's title: no role names a title
  std::string latest_seniority;    // of titles[0]; "" when the resume gives no title
  int held = -1;                   // index in titles of the latest title that is the JD's; -1 none
  std::string seniority_fit;       // titles[level_title] against the JD: "same", "below", "above",
                                   // "unknown"
  size_t level_title = 0;          // index in titles of the title whose seniority is compared:
                                   // the highest held in the two years before the latest
                                   // role's end (0, the latest, unless one ranks above it),
                                   // or the highest of the JD's field when that ranks above
  bool level_in_field = false;     // level_title was taken among the titles of the JD's field
                                   // (SameField, or the JD's title), the latest being of another
                                   // field: a career changer's post in the JD's field
  std::string level_seniority;     // of titles[level_title]
  bool seniority_by_years = false;  // titles[level_title] names no level: read from the years
                                    // in its field (five or more read senior)
  int levels_below = 0;            // how many seniority levels that title is below the JD's
  bool same_line = false;          // a title held shares a word of the JD's title (SameLineOfWork)
  bool same_field = false;         // a title held shares a field with the JD's (SameField):
                                   // the line of work in score version 2
};

// One component of score version 2: its value 0..1 when known.
enum class PartState { kKnown, kUnknown, kNotAsked };
const char* PartStateName(PartState s);  // "known", "unknown", "not_asked"
struct ScorePart {
  double value = 0;  // 0..1; 0.5 when unknown; meaningless when not asked
  PartState state = PartState::kNotAsked;
};

// Score version 2's components (score_v2.cc), filled for either version:
//   required_skills  mean credit of the JD's required skills and groups (degrees aside);
//   other_skills     weighted mean credit of its preferred and responsibility ones;
//   education        the outcome of the JD's most demanding degree ask, met by any of the
//                    resume's degrees (EducationRow::for_score): meets 1, related field
//                    0.75, equivalent experience 0.5, another field 0.25, below 0, unknown
//                    0.5; a degree in progress counts half;
//   title            line of work x seniority: a title held is the JD's 1 (an
//                    intern's or trainee's title is not held), shares a field with it
//                    (SameField: a field word, not only "engineer") 0.5,
//                    else 0; the latest title's level at or above the
//                    JD's 1, one level below 0.5, further below 0 (so another line of
//                    work's title counts 0 at any level); unknown without a JD
//                    title or resume titles;
//   years            years shown / years asked, at most 1 (asked: the JD's years for the
//                    role or, when it names none, the most it asks of one skill); unknown
//                    without dated roles.
struct ScoreParts {
  ScorePart required_skills, other_skills, education, title, years;
  double years_asked = 0;  // what `years` compared against
  // The skill weights the JD asks in each skill part (v1's: required 3, preferred 1.5,
  // responsibility 1, soft skills half). A skill part weighs in full from the weight of one
  // required hard skill (3) up, and in proportion below it: one soft duty does not weigh as
  // much as a list of preferred skills.
  double required_weight = 0, other_weight = 0;
  // The JD's core skills (CoreSkills) and how many of them the resume does not show (related
  // or missing; a title skill is shown by holding the JD's title).
  int core_asked = 0, core_unmet = 0;
};

// A required skill a recruiter will not do without: named in the post of the JD's title and
// asked again by a requirement ("Senior Java Engineer", "5+ years of Java": Java) or on a line that says "must" and names at most two
// required skills ("Must have production Kubernetes experience"). Skills asked only as one of
// alternatives, and soft skills, are never core.
struct CoreSkill {
  int skill = -1;
  bool in_title = false;
  bool must = false;
};
std::vector<CoreSkill> CoreSkills(const JdProfile& jd, const Document& doc,
                                  const std::string& jd_title, const KnowledgeBase& kb);

// Fills the title row from the JD's title and the resume's roles (title_fit.cc); when no role
// names a title, from the title the resume's headline states (ResumeProfile::headline_title).
TitleFit FitTitle(const std::string& jd_title, const std::vector<Role>& roles,
                  const std::string& headline = "");
// The title one level above `title`: "Data Engineer" -> "Senior Data Engineer", "Senior Data
// Engineer" -> "Staff Data Engineer", "Engineering Manager" -> "Director of Engineering",
// "Project Manager" -> "Senior Project Manager" (a director heads a field, not a project);
// "" above director, when the title has no words besides its level, and for a post held
// while studying or unpaid ("Undergraduate Researcher", "PhD Student", "Volunteer Tutor",
// "Postdoctoral Fellow"), which has no ladder of its own.
std::string NextLevelTitle(const std::string& title);
// Whether two titles share a word besides their levels ("Senior Data Engineer" and "Data
// Engineering Manager": yes; "Editor-in-Chief" and "DevOps Engineer": no).
bool SameLineOfWork(const std::string& a, const std::string& b);
// Whether they share a field: a word that is neither a level word nor a noun naming a kind of
// post in any field ("engineer", "developer", "analyst"...), or field words of one family
// (software: "backend", "web", "mobile"...; data: "data", "analytics", "machine learning"...;
// operations: "devops", "reliability", "cloud"...). "Senior Data Engineer" and "Data
// Scientist": yes; "Backend Engineer" and "Software Developer": yes; "Backend Engineer" and
// "Data Engineer": no.
bool SameField(const std::string& a, const std::string& b);
// The post a title names: its words before the first comma or spaced dash when those hold a
// noun naming a kind of post, since what follows names a team or a product ("Senior Backend
// Engineer, Payments Platform" -> "Senior Backend Engineer"; "Developer - Data Services" ->
// "Developer"); else the whole title ("Director, Product Management": a level alone comes
// first). FitTitle compares the posts of the JD's title and of the resume's titles.
std::string PostOf(const std::string& title);

struct MatchResult {
  std::vector<SkillVerdict> skills;  // JD skills named in the JD, by level then weight
  std::vector<GroupVerdict> groups;  // one per JD requirement group, in its order
  double score = 0;                  // 0..100
  double required_coverage = 0;      // 0..100; 100 when the JD requires nothing
  double preferred_coverage = 0;
  int required_count = 0;
  int preferred_count = 0;
  double years_asked = 0;   // for the role overall
  double years_shown = 0;   // span of the resume's roles
  bool years_known = false; // the resume has a dated role, so years_shown means something
  int resume_as_of = -1;    // ResumeProfile::as_of: "Present" and recency are read as of it
  std::string score_version = "2";   // options.score_version as text
  ScoreParts parts;                   // v2's components (filled for v1 too)
  double score_v1 = 0;                // v1's figure, whichever version `score` is
  MatchOptions options;
  // The JD's degree asks against the resume's degrees (education.h). Each ask counts in the
  // score as one requirement; the JD's degree skills (kb category "degrees") are judged here,
  // not as skills.
  EducationRow education;
  TitleFit title;  // part of the v2 score, not of v1
  std::vector<CoreSkill> core;  // the JD's core skills, as given to Match
};

// Score version 2's components of a match whose skills, groups, education and title are
// judged, and their combination (score_v2.cc).
ScoreParts ScorePartsOf(const MatchResult& m, const JdProfile& jd);
// The match's core skills the resume does not show (related or missing; a skill the JD's
// title names is shown by holding the title), with each one's verdict label.
std::vector<std::pair<CoreSkill, EvidenceLabel>> UnmetCoreSkills(const MatchResult& m);
double ScoreV2(const ScoreParts& parts, const ScoreWeightsV2& w);

// Whether verdict `v` of `m` stands for a requirement of its own in gap lists and plans:
// every verdict outside groups; of a group's members only the one that met it, or the first
// member when none did (the others are alternatives, not gaps).
bool StandsForRequirement(const MatchResult& m, const SkillVerdict& v);

// Matches and scores a pair; `jd_title` (the JD's first line when it reads as a title, ""
// when none) fills the title row, which score version 2 counts.
MatchResult Match(const JdProfile& jd, const ResumeProfile& resume, const KnowledgeBase& kb,
                  const MatchOptions& options, const std::string& jd_title = "",
                  const std::vector<CoreSkill>& core = {});

}  // namespace skillfit

#endif  // SKILLFIT_MATCH_H_
