// Internal: a resume's roles (jobs, internships, dated projects) and the title and company
// each names, as resumes write them:
//   "Company | Title   Jan 2020 - Present"        one line
//   "Title, Company — City" / "Sep. 2023 – Mar. 2024"    dates on the next line
//   "GOOGLE" / "Software Engineer III" / "Dec 2024 - Present | Atlanta, USA"
//   "2013-14" / "Editor-in-Chief" / "Fullerton College"  dates above the title
#ifndef SKILLFIT_EXTRACT_ROLES_H_
#define SKILLFIT_EXTRACT_ROLES_H_

#include <string>
#include <string_view>
#include <vector>

#include "skillfit/document.h"
#include "skillfit/profile.h"
#include "skillfit/sections.h"

namespace skillfit {

// The resume's roles in text order: each opens at a dated line (a range, a range split over
// two lines, one date at a short line's start or end, or one on a line of its own) in an
// experience or projects section (anywhere outside education, certifications and skills when
// the resume has no experience heading), with up to two short lines above it, or below it
// when the dated line holds nothing but dates, as its header. In education and the other
// sections only a role whose header names a post and an employer or place counts. In an
// experience section, a header that names a post and an employer above a bullet, with no
// dates, is a role with start and finish -1. `today` is a MonthIndex for "Present".
std::vector<Role> FindRoles(const Document& doc, const std::vector<Section>& sections, int today);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_ROLES_H_
