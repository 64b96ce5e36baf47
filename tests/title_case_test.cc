// Titles written in capitals, shown as titles are written (extract/title_case.h).
#include <doctest/doctest.h>

#include <string>

#include "extract/title_case.h"
#include "test_util.h"

using namespace skillfit;

TEST_CASE("title case: a title in capitals") {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"GRAPHIC WEB DESIGNER", "Graphic Web Designer"},
      {"HEAD OF QA AND SRE", "Head of QA and SRE"},
      {"VP OF HR", "VP of HR"},                          // no vowel: an initialism
      {"SR. DATA ENGINEER", "Sr. Data Engineer"},        // a full stop: an abbreviation
      {"SOFTWARE ENGINEER II", "Software Engineer II"},  // a grade
      {"SDE I", "SDE I"},                                // a post's initialism
      {"FRONT-END DEVELOPER (UI/UX)", "Front-End Developer (UI/UX)"},
      {"SALES/MARKETING LEAD", "Sales/Marketing Lead"},
      {"THE DATA ANALYST", "The Data Analyst"},          // a small word first stays capitalised
      {"IT SUPPORT TECHNICIAN", "IT Support Technician"},
      // A small letter anywhere: kept as written.
      {"iOS Developer", "iOS Developer"},
      {"DevOps Lead", "DevOps Lead"},
      {"Head of QA", "Head of QA"},
      {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(TitleCased(c.in) == c.out);
  }
}

TEST_CASE("title case: a role's title in capitals reads in title case, its header as written") {
  const ResumeProfile p = testing::ResumeOf(
      "Experience\nGRAPHIC WEB DESIGNER - 05/2020 to Present\n"
      "\xE2\x80\xA2 Designed landing pages in HTML and CSS.\n");
  REQUIRE(p.roles.size() == 1);
  CHECK(p.roles[0].title == "Graphic Web Designer");
  CHECK(p.roles[0].header.find("GRAPHIC WEB DESIGNER") != std::string::npos);
}
