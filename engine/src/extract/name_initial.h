// Internal: a skill's spelling that is a person's first name before an initial (issue 13
// item 6). Postings sign off with the recruiter's name, "Stig G .", "Regards, Ruby T."; read
// as a skill, "Stig" gave DISA STIG. A word in title case followed by one capital letter and a
// full stop is a name, not a skill:
//   "final deadline is 20 September Stig G ."   -> no DISA STIG
//   "Contact Ruby T. for details"               -> no Ruby
// while these keep their skill:
//   "Ruby, Go or Rust."         (no initial after it)
//   "STIG C. compliance"        (in capitals: an acronym, not a name)
//   "Python 3."                 (a digit is no initial)
//
//   std::vector<Mention> kept = WithoutNamesBeforeInitials(text, std::move(mentions));
#ifndef SKILLFIT_EXTRACT_NAME_INITIAL_H_
#define SKILLFIT_EXTRACT_NAME_INITIAL_H_

#include <string_view>
#include <vector>

#include "skillfit/skill_matcher.h"

namespace skillfit {

// Whether mention `m` spans one word in title case (a capital, then two lowercase letters at
// least) that an initial follows: spaces, one capital letter, spaces allowed, and '.'.
bool NameBeforeInitial(std::string_view text, const Mention& m);

// `mentions` less those NameBeforeInitial holds for, in order.
std::vector<Mention> WithoutNamesBeforeInitials(std::string_view text,
                                                std::vector<Mention> mentions);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_NAME_INITIAL_H_
