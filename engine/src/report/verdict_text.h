// Internal: small phrases shared by the match and the study plan.
#ifndef SKILLFIT_VERDICT_TEXT_H_
#define SKILLFIT_VERDICT_TEXT_H_

#include <string>
#include <vector>

#include "skillfit/profile.h"

namespace skillfit {

// 4.0 -> "4", 4.25 -> "4.3".
std::string YearsText(double years);

// A number of years with its noun: 1 -> "1 year", 4.25 -> "4.3 years".
std::string YearCount(double years);

// How long something was held: "7 months" under two years, else "3.5 years".
std::string HeldText(double years);

// The sections mentions sit in, in order of first appearance: "skills and summary".
// `fallback` when there are none.
std::string SectionsText(const std::vector<Occurrence>& mentions, const std::string& fallback = "");

}  // namespace skillfit

#endif  // SKILLFIT_VERDICT_TEXT_H_
