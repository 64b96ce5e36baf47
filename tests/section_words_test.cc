// Headings made only of the words that name resume sections (extract/section_words.h).
#include <doctest/doctest.h>

#include "extract/section_words.h"

using namespace skillfit;

TEST_CASE("section words: a heading that only names a section, and one that names no jobs") {
  struct Case {
    const char* heading;
    bool section_only;
    bool no_jobs;
  } cases[] = {
      {"Awards", true, true},
      {"Honors & Awards", true, true},
      {"HONOURS AND AWARDS", true, true},
      {"Selected Publications", true, true},
      {"Key Accomplishments", true, true},
      {"Fellowships, Grants and Distinctions", true, true},  // the comma splits words
      {"Teaching", true, false},                             // a post may sit under it
      {"Teaching Experience", true, false},
      {"Volunteering", true, false},
      {"Leadership and Activities", true, false},
      // A word that names no section: an entry's name, a company, a post.
      {"Acme Awards Ltd", false, false},
      {"Software Engineer", false, false},
      {"Experience with Java", false, false},
      // Over four words is a sentence, not a heading, though each word is a section's.
      {"Other Selected Honors and Awards", false, true},
      {"", false, false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.heading);
    CHECK(NamesSectionOnly(c.heading) == c.section_only);
    CHECK(NamesNoJobs(c.heading) == c.no_jobs);
  }
}
