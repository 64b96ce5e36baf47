// Roles as real resumes write them: date forms, split dates, lone dates, title and company.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/date_range.h"
#include "extract/role_header.h"
#include "skillfit/profile.h"
#include "test_util.h"

using namespace skillfit;

namespace {

std::vector<Role> RolesOf(const std::string& text) {
  auto doc = LoadDocumentFromBytes(text, "cv.txt");
  REQUIRE(doc.ok());
  ExtractOptions opts;
  opts.today_year = 2026;
  opts.today_month = 11;
  return ExtractResume(*doc, testing::Matcher(), opts).roles;
}

}  // namespace

TEST_CASE("roles: what is not a date range") {
  const int today = MonthIndex(2026, 11);
  const char* const not_ranges[] = {
      "2014-06",                        // a month, ISO style
      "2014-12 release",                // a month, not 2014 to 2012
      "2019 - Built the billing service",  // a dash before words
      "Shipped in 2019, 2021 and 2023",    // years listed
  };
  for (const char* line : not_ranges) {
    CAPTURE(line);
    DateRange r;
    CHECK_FALSE(FindDateRange(line, today, &r));
  }
}

TEST_CASE("roles: one date at a short line's start or end") {
  struct Case {
    const char* line;
    bool lone;
    int start_y, start_m, end_y, end_m;
  } cases[] = {
      {"Tuition Heidelberg 2020", true, 2020, 1, 2020, 12},
      {"Apr.2010 Guest Lecturer in Finance, Toulouse Business School", true, 2010, 4, 2010, 4},
      {"Executive Director, GNOME Foundation (2025, Remote)", true, 2025, 1, 2025, 12},
      {"GitHub Sep 2023", true, 2023, 9, 2023, 9},
      {"Houseworks Technologies – Remote (promoted from intern, Apr 2025)", false, 0, 0, 0, 0},
      {"Won the 2019 national final with a robot built from scratch in a garage", false, 0, 0, 0, 0},
      {"Finalist 2023 and 2024", false, 0, 0, 0, 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line);
    DateRange r;
    REQUIRE(FindLoneDate(c.line, &r) == c.lone);
    if (!c.lone) continue;
    CHECK(r.start == MonthIndex(c.start_y, c.start_m));
    CHECK(r.finish == MonthIndex(c.end_y, c.end_m));
  }
}

TEST_CASE("roles: title and company from the header lines") {
  struct Case {
    std::vector<std::string> lines;
    const char* title;
    const char* company;
  } cases[] = {
      {{"AMAZON | Software Development Engineer Portland, OR "}, "Software Development Engineer", "AMAZON"},
      {{"FACEBOOK | SOFTWARE ENGINEER "}, "SOFTWARE ENGINEER", "FACEBOOK"},
      {{"JP MORGAN CHASE & CO.", "Associate, Software Engineering", " | Mumbai, India"},
       "Associate, Software Engineering", "JP MORGAN CHASE & CO."},
      {{"SOFTWARE ENGINEER (FULL-STACK) — iHeartMedia"}, "SOFTWARE ENGINEER (FULL-STACK)", "iHeartMedia"},
      {{"Hardware Team Lead, Cornell AutoBoat Project Team – Ithaca, NY "}, "Hardware Team Lead",
       "Cornell AutoBoat Project Team"},
      {{"Syncarpha Capital, New York City, NY, Engineering Project Management Intern "},
       "Engineering Project Management Intern", "Syncarpha Capital"},
      {{" ", "Editor-in-Chief", "Fullerton College"}, "Editor-in-Chief", "Fullerton College"},
      {{"Executive Director, GNOME Foundation ( , Remote)"}, "Executive Director", "GNOME Foundation"},
      {{"Teaching Fellow, Topics in Political Economy (Harvard Economics, )"},
       "Teaching Fellow, Topics in Political Economy", "Harvard Economics"},
      {{"INFLUX \xE2\x80\x8B\xE2\x80\x8B Chennai, India", "DevOps Engineer "}, "DevOps Engineer", "INFLUX"},
      {{"VMPilot Author"}, "VMPilot Author", ""},
      {{""}, "", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.lines.front());
    const RoleNames n = ParseRoleHeader(c.lines);
    CHECK(n.title == c.title);
    CHECK(n.company == c.company);
  }
}

TEST_CASE("roles: where real resumes put titles, companies and dates") {
  SUBCASE("employer in capitals above the title, dates and place below") {
    const auto roles = RolesOf(
        "EXPERIENCE\nGOOGLE\nSoftware Engineer III\nDec 2024 - Present | Atlanta, USA\n"
        "• Working on TPU reliability.\nSoftware Engineer II\nAug 2021 - Dec 2024 | Hyderabad, India\n"
        "• Built storage insights.\n");
    REQUIRE(roles.size() == 2);
    CHECK(roles[0].title == "Software Engineer III");
    CHECK(roles[0].company == "GOOGLE");
    CHECK(roles[0].current);
    CHECK(roles[1].title == "Software Engineer II");
    CHECK(roles[1].start == MonthIndex(2021, 8));
  }
  SUBCASE("dates on a line of their own, title and company below") {
    const auto roles =
        RolesOf("Work History\n\n2013-14\nEditor-in-Chief\nFullerton College\n\n2005-08\n"
                "Assistant Manager\nHollywood Video\n");
    REQUIRE(roles.size() == 2);
    CHECK(roles[0].title == "Editor-in-Chief");
    CHECK(roles[0].company == "Fullerton College");
    CHECK(roles[1].start == MonthIndex(2005, 1));
    CHECK(roles[1].finish == MonthIndex(2008, 12));
  }
  SUBCASE("a range split over two lines, in a date column") {
    const auto roles = RolesOf(
        "Experience\nNov.2021- A/Analyst, Risk Management, BCI, Victoria, BC.\n"
        "Mar.2022 Performed analysis of risk exposures\nResearch Intern September\n"
        "2014 - Present\n");
    REQUIRE(roles.size() == 2);
    CHECK(roles[0].start == MonthIndex(2021, 11));
    CHECK(roles[0].finish == MonthIndex(2022, 3));
    CHECK_FALSE(roles[0].current);
    CHECK(roles[1].start == MonthIndex(2014, 9));
    CHECK(roles[1].current);
  }
  SUBCASE("a company line in capitals is no heading; dated projects are roles") {
    const auto roles = RolesOf(
        "PROFESSIONAL EXPERIENCE\nMULTIMEDIA DESIGNER\nAdam Design | Columbus, Ohio | 2013-Present\n"
        "Designed brands.\nPROJECTS\nUnderwater ROV 2024\nBuilt a remotely operated vehicle.\n");
    REQUIRE(roles.size() == 2);
    CHECK(roles[0].title == "MULTIMEDIA DESIGNER");
    CHECK(roles[0].company == "Adam Design");
    CHECK_FALSE(roles[0].project);
    CHECK(roles[1].project);
    CHECK(roles[1].title == "Underwater ROV");
  }
}
