// The title a resume's headline states, and the title row built from it when no role names one.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "skillfit/match.h"
#include "skillfit/profile.h"
#include "test_util.h"

using namespace skillfit;


TEST_CASE("headline: the post a resume's top lines name") {
  struct Case {
    const char* text;
    const char* headline;
  } cases[] = {
      // All caps, a list of specialities after a bar, the name read as a heading above it.
      {"OMAR ASHRAF\nJUNIOR PENETRATION TESTER | WEB APPLICATION PENTESTING\nCairo, Egypt | o@x.org\n\n"
       "SUMMARY\nSecurity work.\n",
       "Junior Penetration Tester"},
      {"Kim Park\nSENIOR SRE • PLATFORM\n\nEXPERIENCE\n", "Senior SRE"},
      {"Ana Ruiz - Data Engineer\nana@ruiz.dev\n\nSKILLS\nPython, SQL\n", "Data Engineer"},
      {"Li Wei\nSenior Site Reliability Engineer\n+1 555 0100\n\nExperience\n", "Senior Site Reliability Engineer"},
      // A post sought, a degree studied, a contact line, a sentence: no headline.
      {"Li Wei\nAspiring Data Scientist\n\nSKILLS\nPython\n", ""},
      {"Li Wei\nComputer Science Student seeking an internship\n\nSKILLS\nPython\n", ""},
      {"Li Wei\nlinkedin.com/in/liwei | 555-0100\n\nSKILLS\nPython\n", ""},
      {"Li Wei\nI build reliable backend systems for large teams as an engineer\n\nSKILLS\nGo\n", ""},
      // Below the first section the resume names, a post is a role's, not the headline.
      {"Li Wei\n\nSUMMARY\nWorked as a Data Engineer.\nData Engineer\n", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(testing::ResumeOf(c.text).headline_title == c.headline);
  }
}

TEST_CASE("headline: the title row reads it only when no role names a title") {
  const std::vector<Role> none;
  const TitleFit stated = FitTitle("Penetration Tester", none, "JUNIOR PENETRATION TESTER");
  CHECK(stated.from_headline);
  REQUIRE(stated.titles.size() == 1);
  CHECK(stated.held == 0);
  CHECK(stated.seniority_fit == "below");

  Role role;
  role.title = "Data Analyst";
  role.start = MonthIndex(2020, 1);
  role.finish = MonthIndex(2024, 1);
  const TitleFit held = FitTitle("Penetration Tester", {role}, "Penetration Tester");
  CHECK_FALSE(held.from_headline);
  CHECK(held.titles == std::vector<std::string>{"Data Analyst"});
  CHECK(held.held == -1);

  const TitleFit unknown = FitTitle("Penetration Tester", none, "");
  CHECK(unknown.titles.empty());
  CHECK(unknown.seniority_fit == "unknown");
}
