// Country names where a resume glues one to the front of a post: a two-column header
// flattened to "Tsinghua University, Beijing, China Research Assistant" puts the employer's
// country before the title.
//   LeadingCountry("China Research Assistant")   -> 5   ("China")
//   LeadingCountry("United States Navy Officer") -> 13  ("United States")
//   LeadingCountry("Chinatown Guide")            -> 0
#ifndef SKILLFIT_EXTRACT_COUNTRY_NAMES_H_
#define SKILLFIT_EXTRACT_COUNTRY_NAMES_H_

#include <cstddef>
#include <string_view>

namespace skillfit {

// The length of the longest country name `part` starts with, followed by a space and more
// text; 0 when it starts with none. Case-exact: "china" is no country.
size_t LeadingCountry(std::string_view part);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_COUNTRY_NAMES_H_
