// Internal: resume headings made only of the words that name sections.
#ifndef SKILLFIT_EXTRACT_SECTION_WORDS_H_
#define SKILLFIT_EXTRACT_SECTION_WORDS_H_

#include <string_view>

namespace skillfit {

// Whether a resume heading is made only of the words that name sections, at most four of
// them ("Awards", "Honors & Awards", "Teaching", "Teaching Experience", "Key
// Accomplishments"): a section of its own even when dated lines stand just above or below
// it, where another short line there is an entry's name (a company, a school, a post).
bool NamesSectionOnly(std::string_view heading);

// Whether a heading names only things that are no jobs: "ACHIEVEMENTS", "Honors and Awards",
// "Selected Publications", "Interests" (not "Teaching" or "Volunteering", which are posts).
bool NamesNoJobs(std::string_view heading);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_SECTION_WORDS_H_
