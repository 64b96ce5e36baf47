// Internal: skills named inside an employer's name are no evidence. A role header such as
// "Data & Knowledge Engineering Group, University of Queensland" names where the person
// worked, not what they used: "Data engineering" read there would credit the resume with a
// skill no line shows in use.
//   mentions = WithoutEmployerNameMentions(doc.text, roles, std::move(mentions));
#ifndef SKILLFIT_EXTRACT_EMPLOYER_NAMES_H_
#define SKILLFIT_EXTRACT_EMPLOYER_NAMES_H_

#include <string_view>
#include <vector>

#include "skillfit/profile.h"
#include "skillfit/skill_matcher.h"

namespace skillfit {

// Whether `company` reads as an organisation's name: it holds a capitalised word that names
// a body ("Group", "Lab", "Institute", "University", "Department", "Inc", "Ltd", "GmbH" ...).
// "Python, Django" (a header's skills list taken for its company) does not.
bool NamesOrganisation(std::string_view company);

// `mentions` without those that lie inside the company name of a role's header (projects
// aside: their "company" is a description), when that name reads as an organisation's.
std::vector<Mention> WithoutEmployerNameMentions(std::string_view text,
                                                 const std::vector<Role>& roles,
                                                 std::vector<Mention> mentions);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_EMPLOYER_NAMES_H_
