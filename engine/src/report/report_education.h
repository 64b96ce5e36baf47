// Internal: the education row (skillfit/education.h) in every match report format.
//   JSON: {"outcome": "meets", "reason": ..., "requirement": {...}, "degree": {...},
//          "asks": [...], "degrees": [...]}
//   text / Markdown / HTML: one row per ask, with the JD and resume lines behind it.
#ifndef SKILLFIT_REPORT_EDUCATION_H_
#define SKILLFIT_REPORT_EDUCATION_H_

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "skillfit/document.h"
#include "skillfit/education.h"

namespace skillfit {

// For `extract`: a JD's degree asks and a resume's degrees, each with its line.
nlohmann::json DegreeAsksJson(const std::vector<DegreeAsk>& asks, const Document& jd);
nlohmann::json DegreesJson(const std::vector<Degree>& degrees, const Document& resume);

nlohmann::json EducationJson(const EducationRow& row, const Document& jd, const Document& resume);

// "  Education: meets — B.S. in Computer Science meets it; ..." and its lines, for the text
// report; `indent` opens every line.
std::string EducationText(const EducationRow& row, const Document& jd, const Document& resume);

// A "## Education" section with a table row per ask.
std::string EducationMarkdown(const EducationRow& row, const Document& jd, const Document& resume);

// An <h2>Education</h2> section with a table row per ask.
std::string EducationHtml(const EducationRow& row, const Document& jd, const Document& resume);

}  // namespace skillfit

#endif  // SKILLFIT_REPORT_EDUCATION_H_
