// Education: the degrees a resume states, the degree a JD asks for, and how they compare.
//
//   std::vector<skillfit::Degree> d = skillfit::ReadDegrees(doc.text, sections, today_year);
//   // "B.Tech in Computer Science, IIT Delhi, 2014-2018" -> {kBachelor, "B.Tech",
//   //                                                       "Computer Science", completed}
//   std::vector<skillfit::DegreeAsk> a = skillfit::ReadDegreeAsks(jd.text, jd_sections);
//   // "BS or MS in Computer Science, EE or a related field, or equivalent experience"
//   //   -> {levels {kBachelor, kMaster}, fields {"Computer Science", "EE"}, related_ok,
//   //       equivalent_experience, required}
//   skillfit::EducationRow row = skillfit::JudgeEducation(a, d, 6.5, true, &fields);
//   row.outcome;  // kMeets, kMeetsRelatedField, kEquivalentExperience, kOtherField, kBelow,
//                 // kUnknown, kNotAsked
//
// Only what is written counts: a resume that states no degree has none (no level is
// inferred from a job title, a school name or a skill), and a JD line with no degree word
// asks none. Plain code over text: nothing here reads files or prints.
#ifndef SKILLFIT_EDUCATION_H_
#define SKILLFIT_EDUCATION_H_

#include <string>
#include <string_view>
#include <vector>

#include "skillfit/sections.h"

namespace skillfit {

// Degree levels in order. kCertificate is a diploma or certificate below a degree
// ("Diploma in Nursing"); kHighSchool is read only where the resume writes it.
enum class DegreeLevel { kUnknown, kHighSchool, kCertificate, kAssociate, kBachelor, kMaster,
                         kDoctorate };
const char* DegreeLevelName(DegreeLevel l);  // "unknown", "high school", "diploma/certificate",
                                             // "associate", "bachelor", "master", "doctorate"

// A field of study and its families, from kb/degree_fields.yaml (kb/README.md): fields of
// one family are related ("computer science" ~ "software engineering"). A field that `covers`
// families (a "technical field") is met by any field of those families.
struct DegreeField {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;   // matched case-insensitively as whole words; the
                                      // name is matched too
  std::vector<std::string> families;  // family ids
  std::vector<std::string> covers;    // family ids a broad field stands for
};

class DegreeFieldTable {
 public:
  DegreeFieldTable() = default;
  explicit DegreeFieldTable(std::vector<DegreeField> fields);
  // The fields `text` names: at each word, the longest alias that starts there, as whole
  // words. "Math and Physics" -> {mathematics, physics}; "Electrical and Computer
  // Engineering" -> {electrical-and-computer-engineering} when that alias is listed.
  std::vector<int> FindAll(std::string_view text) const;
  const std::vector<DegreeField>& fields() const { return fields_; }
  // Whether fields `a` and `b` share a family.
  bool Related(int a, int b) const;
  // Whether broad field `a` covers field `b` (b is in a family that a covers).
  bool Covers(int a, int b) const;

 private:
  std::vector<DegreeField> fields_;
  // Each field's name and aliases as lowercase words, for FindAll.
  std::vector<std::vector<std::vector<std::string>>> spellings_;
};

// One degree the resume states.
struct Degree {
  DegreeLevel level = DegreeLevel::kUnknown;
  std::string level_text;   // as written: "B.Tech", "Bachelor of Arts", "MBA"
  std::string field;        // as written, "" when none: "Economics", "Computer Science"
  std::string institution;  // the line part naming a university or college, "" when none
  bool in_progress = false; // "expected 2027", "candidate", "pursuing", a future end date
  size_t line = 0;          // 1-based line of the level
  size_t begin = 0;         // byte span of the level as written
  size_t end = 0;
};

// One degree a JD asks for: the levels it accepts and the fields.
struct DegreeAsk {
  std::vector<DegreeLevel> levels;  // accepted, as written ("BS or MS" -> bachelor, master)
  std::vector<std::string> fields;  // as written; empty when any field will do
  bool related_ok = false;          // "or a related field"
  bool equivalent_experience = false;  // "or equivalent (practical) experience"
  bool required = true;             // false: "Master's preferred", "a plus", a preferred section
  size_t line = 0;                  // 1-based
  size_t begin = 0;                 // byte span of the sentence
  size_t end = 0;
  DegreeLevel MinLevel() const;     // the lowest accepted level (kUnknown when none)
};

// Reads the degrees of a resume's education sections. `today_year`: an end year after it
// means in progress.
std::vector<Degree> ReadDegrees(std::string_view text, const std::vector<Section>& sections,
                                int today_year);

// Reads a JD's degree asks: one per sentence that names a degree level, outside the
// company, benefits and legal sections. Asks with the same levels and fields are one.
std::vector<DegreeAsk> ReadDegreeAsks(std::string_view text, const std::vector<Section>& sections);

enum class EducationOutcome {
  kMeets,                 // level and field met
  kMeetsRelatedField,     // level met, the field is in a related family
  kEquivalentExperience,  // not met by a degree, but the JD accepts experience and the resume
                          // shows enough years (README "Education")
  kOtherField,            // level met in a field outside the asked fields and their families
  kBelow,                 // the resume's degrees are below the level asked
  kUnknown,               // the resume states no degree (or none left for this ask, or no
                          // field where one is asked)
  kNotAsked,              // the JD asks for no degree
};
const char* EducationOutcomeName(EducationOutcome o);  // "meets", "meets_related_field",
    // "equivalent_experience", "other_field", "below", "unknown", "not_asked"

// The verdict on one ask, with the degree used for it (one degree meets one ask).
struct EducationVerdict {
  int ask = -1;
  int degree = -1;  // index into EducationRow::degrees, -1 when none
  EducationOutcome outcome = EducationOutcome::kUnknown;
  std::string reason;  // one line
};

// The education row of a match.
struct EducationRow {
  EducationOutcome outcome = EducationOutcome::kNotAsked;  // of the first required ask, else
                                                           // of the first ask
  std::vector<DegreeAsk> asks;
  std::vector<Degree> degrees;
  std::vector<EducationVerdict> verdicts;  // one per ask, in the order of asks
  std::string reason;                      // the headline verdict's reason
  // What score version 2's education part judges: the most demanding required ask (the
  // highest lowest-accepted level; else the most demanding ask), met by any of the degrees,
  // whatever other asks they meet. ask -1 when the JD asks none.
  EducationVerdict for_score;
};

// Compares asks and degrees. Each degree serves one ask at most: asks are served in order
// (required first), each by the lowest degree that gives it its best outcome. `years_shown`:
// the resume's years of dated roles (for "or equivalent experience"); `years_known` false
// means no dated role.
EducationRow JudgeEducation(const std::vector<DegreeAsk>& asks, const std::vector<Degree>& degrees,
                            double years_shown, bool years_known,
                            const DegreeFieldTable* fields = nullptr);

}  // namespace skillfit

#endif  // SKILLFIT_EDUCATION_H_
