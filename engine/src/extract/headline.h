// Internal: the title a resume states in its headline, under the name.
#ifndef SKILLFIT_EXTRACT_HEADLINE_H_
#define SKILLFIT_EXTRACT_HEADLINE_H_

#include <string>
#include <vector>

#include "skillfit/document.h"
#include "skillfit/sections.h"

namespace skillfit {

// The post the resume's top lines name (all caps made title case), or "" when none does. Only the lines
// above the first section the resume names (summary, skills, experience, ...) are read, at
// most the first eight that hold text. A part of a line (split where role headers split:
// "|", " - ", "•", ...) is the headline when it has one to six words, no digits, address or
// colon, and its last word names a post:
//   "JUNIOR PENETRATION TESTER | WEB APPLICATION PENTESTING" -> "Junior Penetration Tester"
//   "Ana Ruiz — Data Engineer"                             -> "Data Engineer"
// A post sought is none held: "Aspiring Data Scientist", "Student seeking ..." give "".
std::string HeadlineTitle(const Document& doc, const std::vector<Section>& sections);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_HEADLINE_H_
