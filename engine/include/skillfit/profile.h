// Profiles: what a JD asks for and what a resume shows, skill by skill.
//
//   auto jd = skillfit::ExtractJd(jd_doc, *matcher, opts);
//   for (const skillfit::JdSkill& s : jd.skills)     // kubernetes: required, 3 years asked
//   auto cv = skillfit::ExtractResume(cv_doc, *matcher, opts);
//   for (const skillfit::ResumeSkill& s : cv.skills) // kubernetes: 2 roles, 4.5 years, 2024
//
// Plain code over a Document's text: nothing here reads files or prints.
#ifndef SKILLFIT_PROFILE_H_
#define SKILLFIT_PROFILE_H_

#include <string>
#include <vector>

#include "skillfit/document.h"
#include "skillfit/education.h"
#include "skillfit/sections.h"
#include "skillfit/skill_matcher.h"

namespace skillfit {

// How strongly a JD asks for a skill; the order is the order of strength.
enum class RequirementLevel { kRequired, kPreferred, kResponsibility, kContext };
const char* RequirementLevelName(RequirementLevel l);  // "required", ...

class TitleTable;  // skillfit/title_table.h

struct ExtractOptions {
  int today_year = 2026;  // "Present" in a resume means this month
  int today_month = 1;    // 1..12
  // Whether to warn when the text does not read as English. The check reads the text until
  // its answer is sure (about 3% of a ranked resume's time in perf) and only ever adds a
  // warning: a caller that shows none can turn it off.
  bool check_language = true;
  // Titles held as evidence (kb/titles.yaml): a role titled "Data Scientist" uses data
  // science. Not owned; null (the default) reads no title as evidence.
  const TitleTable* titles = nullptr;
};

// A spoken-language level on the CEFR scale: 1..6 = A1..C2, 0 when none is stated.
// Words and ILR levels map to it by one table (README, "Spoken languages"): "fluent" is C1,
// "native" C2, "conversational" B1, ILR 3 C1.
const char* CefrName(int cefr);  // 4 -> "B2", 0 -> ""
// A level and the words behind it, for a report line: (5, "fluent") -> "C1 (fluent)",
// (4, "B2") -> "B2", (0, "") -> "".
std::string ProficiencyText(int cefr, const std::string& words);

// Months since year 0: 2020-03 -> 2020*12 + 2.
int MonthIndex(int year, int month);

// One place a skill is named, with its line (1-based) and section.
struct Occurrence {
  Mention mention;
  size_t line = 0;
  size_t section = 0;  // index into the profile's sections
  SectionKind section_kind = SectionKind::kPreamble;
  RequirementLevel level = RequirementLevel::kContext;  // JD only
  int role = -1;                                          // resume only: index into roles
  bool in_title = false;  // resume only: inside its role's title as written ("Data Scientist")
  // Spoken languages only (kb kind `language`): the proficiency asked or stated here, as
  // written ("fluent", "C1"; empty when none), and its CEFR level (CefrName; 0 when none).
  std::string proficiency;
  int cefr = 0;
  int group = -1;  // JD only: index into JdProfile::groups when named as one of alternatives
};

struct JdSkill {
  int skill = -1;
  RequirementLevel level = RequirementLevel::kContext;  // the strongest over its mentions
  double years = 0;                      // years asked for this skill, 0 when none
  std::vector<Occurrence> mentions;      // empty when only implied
  std::vector<int> implied_by;           // skills whose mention implies this one
  // Spoken languages: the highest level asked over its mentions (CEFR 1..6, 0 when none)
  // and its words as written.
  int cefr = 0;
  std::string proficiency;
};

// Alternatives the JD offers as one requirement, met by any member: "one or more of C, C++,
// Java", "React or Vue", "a cloud (e.g. AWS, GCP)", "MBA/MS". Its members stay in
// JdProfile::skills too, each mention inside the list marked with the group's index.
struct RequirementGroup {
  std::vector<int> members;  // kb skill indexes, distinct, in the order first named
  RequirementLevel level = RequirementLevel::kContext;  // the strongest over its places
  // Each place the list is written: mention.begin/end span it from the first member to the
  // last, mention.skill is -1; line, section and level as for a skill's occurrence.
  std::vector<Occurrence> places;
};

struct JdProfile {
  std::vector<Section> sections;
  std::vector<JdSkill> skills;  // strongest level first, then by first mention
  std::vector<RequirementGroup> groups;  // in the order first written
  double years_overall = 0;     // years asked of the role as a whole ("7 years of experience")
  std::vector<std::string> themes;  // behavioural theme ids the JD names (kb themes)
  std::vector<std::string> warnings;
  std::vector<DegreeAsk> degree_asks;  // the degrees it asks for, required first (education.h)
};

// A job in the experience section, or a dated project, with its dates; a job whose header
// names a post and an employer but no dates has start and finish -1 (its years are unknown).
struct Role {
  std::string header;    // the line(s) that name title, organisation and dates
  std::string title;     // the post held, as written ("Software Engineer III"); may be empty
  std::string company;   // the employer or team, as written ("Google"); may be empty
  bool project = false;  // found in a projects section
  // A career break, leave or sabbatical ("Career Break | Raising Child at Home"): no post held.
  // Its work counts as a project's; it is no title, employer or year of experience.
  bool career_break = false;
  size_t header_line = 0;
  size_t begin = 0;      // byte range of the role: header and bullets
  size_t end = 0;
  int start = -1;        // MonthIndex, -1 when unknown
  int finish = -1;       // MonthIndex; "Present" is today
  bool current = false;
};

struct ResumeSkill {
  int skill = -1;
  std::vector<Occurrence> mentions;
  std::vector<int> implied_by;
  bool in_experience = false;  // named in a role or a project (used, not just listed)
  // In experience only through roles' titles: no role line or project names it, nor a skill
  // implying it. Its roles, years and last use are then those of the titles held.
  bool title_only = false;
  int roles = 0;               // how many roles name it
  int last_used = -1;          // MonthIndex of the end of the latest role naming it
  double years = 0;            // years of the roles naming it, overlaps counted once
  bool years_known = true;     // false when every role naming it is undated: years unknown
  // Spoken languages: the highest level stated over its mentions (CEFR 1..6, 0 when none)
  // and its words as written.
  int cefr = 0;
  std::string proficiency;
};

struct ResumeProfile {
  std::vector<Section> sections;
  std::vector<Role> roles;
  std::vector<ResumeSkill> skills;  // by first mention
  double total_years = 0;           // span of all roles, overlaps counted once
  std::vector<std::string> warnings;
  std::vector<Degree> degrees;      // stated in its education sections (education.h)
  std::string headline_title;       // the post its top lines name ("Data Engineer"), "" if none
  // The month the resume was written, when its file says so (Document::written_month), that
  // month is at least kAsOfMonths before today and no dated role begins or ends after it;
  // else -1. Its "Present" then means this month: the years of its current roles end here,
  // and recency counts from here (match.h).
  int as_of = -1;
};

// How old a file's date must be before it anchors the resume's "Present" (ResumeProfile::as_of):
// a resume written in the last quarter is read as of today.
inline constexpr int kAsOfMonths = 3;

JdProfile ExtractJd(const Document& doc, const SkillMatcher& matcher, const ExtractOptions& opts);
ResumeProfile ExtractResume(const Document& doc, const SkillMatcher& matcher,
                            const ExtractOptions& opts);

// Whether `skills` (a JD's) name, above context, a skill whose kb category is in `categories`
// (a skill only implied by others does not count: "Web development" implied by React).
bool AsksSkillIn(const std::vector<JdSkill>& skills, const KnowledgeBase& kb,
                 const std::vector<std::string>& categories);

// Resume or JD? Looks at headings and wording. `confidence` in [0,1] when given.
DocKind GuessDocKind(const Document& doc, double* confidence = nullptr);

}  // namespace skillfit

#endif  // SKILLFIT_PROFILE_H_
