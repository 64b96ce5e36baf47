// Roles as real resumes write them: date forms, split dates, lone dates, title and company.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/country_names.h"
#include "extract/date_range.h"
#include "extract/role_header.h"
#include "skillfit/match.h"
#include "skillfit/profile.h"
#include "test_util.h"

using namespace skillfit;

namespace {

std::vector<Role> RolesOf(const std::string& text) { return testing::ResumeOf(text).roles; }

}  // namespace

TEST_CASE("roles: what is not a date range") {
  const int today = MonthIndex(2026, 11);
  const char* const not_ranges[] = {
      "2014-06",                        // a month, ISO style
      "2014-12 release",                // a month, not 2014 to 2012
      "2019 - Built the billing service",  // a dash before words
      "Shipped in 2019, 2021 and 2023",    // years listed
      "Updated Windows Server 2003 \u2013 2012R2.",  // releases: a year with a version suffix
      "Ran SQL Server 2008-2016SP1",
      "Call +201156066705 or 2012345678-20198",  // digits of longer numbers: phone numbers, IDs
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
      {"Cairo, Egypt | name@example.com | +201156066705", false, 0, 0, 0, 0},  // a phone number
      {"Order 1234567 shipped 2021", true, 2021, 1, 2021, 12},
      // A year glued to a name is part of the name, not a date.
      {"d. Published a paper at Web Information Systems Engineering (WISE2013).", false, 0, 0, 0,
       0},
      {"Ported the build to Python3 2019", true, 2019, 1, 2019, 12},
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

TEST_CASE("roles: a country name at the front of a header part") {
  CHECK(LeadingCountry("China Research Assistant") == 5);
  CHECK(LeadingCountry("Nigeria Country Manager") == 7);  // not "Niger"
  CHECK(LeadingCountry("United States Navy Officer") == 13);
  CHECK(LeadingCountry("Chinatown Guide") == 0);  // a word that starts with one
  CHECK(LeadingCountry("china Research Assistant") == 0);  // case-exact
  CHECK(LeadingCountry("China") == 0);                     // nothing after it
}

TEST_CASE("roles: title and company from the header lines") {
  struct Case {
    std::vector<std::string> lines;
    const char* title;
    const char* company;
  } cases[] = {
      {{"AMAZON | Software Development Engineer Portland, OR "}, "Software Development Engineer", "AMAZON"},
      {{"FACEBOOK | SOFTWARE ENGINEER "}, "Software Engineer", "FACEBOOK"},
      {{"JP MORGAN CHASE & CO.", "Associate, Software Engineering", " | Mumbai, India"},
       "Associate, Software Engineering", "JP MORGAN CHASE & CO."},
      {{"SOFTWARE ENGINEER (FULL-STACK) — iHeartMedia"}, "Software Engineer (Full-Stack)", "iHeartMedia"},
      {{"Hardware Team Lead, Cornell AutoBoat Project Team – Ithaca, NY "}, "Hardware Team Lead",
       "Cornell AutoBoat Project Team"},
      {{"Syncarpha Capital, New York City, NY, Engineering Project Management Intern "},
       "Engineering Project Management Intern", "Syncarpha Capital"},
      {{" ", "Editor-in-Chief", "Fullerton College"}, "Editor-in-Chief", "Fullerton College"},
      {{"Executive Director, GNOME Foundation ( , Remote)"}, "Executive Director", "GNOME Foundation"},
      {{"Teaching Fellow, Topics in Political Economy (Harvard Economics, )"},
       "Teaching Fellow, Topics in Political Economy", "Harvard Economics"},
      {{"INFLUX \xE2\x80\x8B\xE2\x80\x8B Chennai, India", "DevOps Engineer "}, "DevOps Engineer", "INFLUX"},
      // A country glued before the post, the place of a flattened two-column header.
      {{"Institute of Computer Graphics, Tsinghua University, Beijing, China Research Assistant"},
       "Research Assistant", "Institute of Computer Graphics"},
      {{"Leezee Co., Ltd., Beijing, China Co-founder/Program Designer/Developer"},
       "Co-founder/Program Designer/Developer", "Leezee Co."},
      {{"Data Group, University of Queensland, Brisbane, Australia Research Intern"},
       "Research Intern", "Data Group"},
      {{"Acme Corp, United States Navy Liaison Officer"}, "Navy Liaison Officer", "Acme Corp"},
      // A country that opens a company's name stays: the rest names no post.
      {{"Senior Engineer, China Mobile"}, "Senior Engineer", "China Mobile"},
      // A ladder grade a dash parts from its post stays with the post.
      {{"Software Development Engineer \u2013 I", "Houseworks Technologies"},
       "Software Development Engineer I", "Houseworks Technologies"},
      {{"Acme Corp - Analyst - II"}, "Analyst II", "Acme Corp"},
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
    CHECK(roles[0].title == "Multimedia Designer");
    CHECK(roles[0].company == "Adam Design");
    CHECK_FALSE(roles[0].project);
    CHECK(roles[1].project);
    CHECK(roles[1].title == "Underwater ROV");
  }
}

TEST_CASE("roles: more places for names and dates") {
  SUBCASE("a two-word city glued to a title, and a bullet between company and city") {
    CHECK(ParseRoleHeader({"Senior Web Developer San Francisco, CA"}).title ==
          "Senior Web Developer");
    CHECK(ParseRoleHeader({"Goldman Sachs Boston, MA"}).title == "Goldman Sachs");
    const RoleNames n =
        ParseRoleHeader({"Software Engineer", "Stripe \xE2\x80\xA2 San Francisco, CA"});
    CHECK(n.title == "Software Engineer");
    CHECK(n.company == "Stripe");
  }
  SUBCASE("company, title and place above the dates") {
    const auto roles = RolesOf(
        "Experience\n\nCreative Solutions Inc.\nSenior Web Developer\nSan Francisco, CA\n"
        "January 2019 to Present\nLed the redesign of the product site.\n");
    REQUIRE(roles.size() == 1);
    CHECK(roles[0].title == "Senior Web Developer");
    CHECK(roles[0].company == "Creative Solutions Inc.");
  }
  SUBCASE("a year on a line of its own, names below; a name line below dates is no heading") {
    const auto roles = RolesOf(
        "Experience\n\n2016-2019\n\nPrivate tuition Heidelberg\nHighschool math and physics\n\n"
        "2023\n\nArt project Copenhagen\nComputed the analemma for a sculpture.\n");
    REQUIRE(roles.size() == 2);
    CHECK(roles[0].start == MonthIndex(2016, 1));
    CHECK(roles[1].start == MonthIndex(2023, 1));
    CHECK(roles[1].finish == MonthIndex(2023, 12));
    CHECK(roles[1].title == "Art project Copenhagen");
  }
  SUBCASE("a year wrapped onto the next line") {
    const auto roles = RolesOf(
        "Teaching Experience\nTeaching Fellow, Summer Program (University of Chicago,\n2019)\n"
        "Tutor in Statistics (University of Chicago, 2017 - 2019)\n");
    REQUIRE(roles.size() == 2);
    CHECK(roles[0].start == MonthIndex(2019, 1));
    CHECK(roles[0].title == "Teaching Fellow, Summer Program");
  }
  SUBCASE("a role that names a post and an employer outside the experience section") {
    const auto roles = RolesOf(
        "Experience\nEngineer, Acme Corp Jan 2020 - Dec 2021\n- Built billing.\n"
        "INTERESTS\nTravelling | Reading\n\nFeb 2018 - Dec 2019\nNokia, Noida\nQuality Engineer\n"
        "Automated daily KPI reporting.\nAWARDS\nBest Paper Prize 2017\n");
    REQUIRE(roles.size() == 2);
    CHECK(roles[1].title == "Quality Engineer");  // "Nokia, Noida" reads as a place
    CHECK(roles[1].start == MonthIndex(2018, 2));
    CHECK(roles[1].finish == MonthIndex(2019, 12));
  }
}

TEST_CASE("roles: a role without dates is a role with unknown years") {
  const ResumeProfile p = testing::ResumeOf(
      "Jane Roe\n\nExperience\n\nData Engineer | Acme Corp Jan 2022 - Dec 2023\n"
      "\xE2\x80\xA2 Built pipelines in Python.\n\n"
      "Casual Grounds Assistant \xE2\x80\x94 Hervey Bay Garden Centre\n"
      "\xE2\x80\xA2 Kept the stock records in Microsoft Excel and SQL.\n\n"
      "Skills\nKubernetes\n");
  REQUIRE(p.roles.size() == 2);
  CHECK(p.roles[1].title == "Casual Grounds Assistant");
  CHECK(p.roles[1].company == "Hervey Bay Garden Centre");
  CHECK(p.roles[1].start == -1);
  CHECK(p.roles[1].finish == -1);
  CHECK_FALSE(p.roles[1].current);
  CHECK(p.total_years == doctest::Approx(2.0));  // the undated role adds nothing
  const KnowledgeBase& kb = testing::Matcher().kb();
  auto skill = [&](const char* name) -> const ResumeSkill* {
    for (const ResumeSkill& s : p.skills) {
      if (kb.skills()[s.skill].name == name) return &s;
    }
    return nullptr;
  };
  const ResumeSkill* excel = skill("Microsoft Excel");
  REQUIRE(excel != nullptr);
  CHECK(excel->in_experience);  // used, in a role
  CHECK(excel->roles == 1);
  CHECK_FALSE(excel->years_known);
  CHECK(excel->last_used == -1);  // no recency either
  const ResumeSkill* python = skill("Python");
  REQUIRE(python != nullptr);
  CHECK(python->years_known);
  CHECK(python->years == doctest::Approx(2.0));
  const ResumeSkill* k8s = skill("Kubernetes");
  REQUIRE(k8s != nullptr);
  CHECK_FALSE(k8s->in_experience);
  CHECK(k8s->years_known);  // listed only: no role, zero years of use
  // No warning about missing dates: one role has them.
  for (const std::string& w : p.warnings) CHECK(w.find("no dated roles") == std::string::npos);
}

TEST_CASE("roles: undated role headers are not found in sentences, lists or projects") {
  const auto roles = RolesOf(
      "Experience\n\nSoftware Engineer, Initech Jan 2020 - Present\n"
      "\xE2\x80\xA2 Built the billing service.\n"
      "Team Lead\n\xE2\x80\xA2 Led four engineers.\n\n"
      "Projects\n\nChess Engine \xE2\x80\x94 Lead Developer\n\xE2\x80\xA2 Wrote a move generator.\n");
  REQUIRE(roles.size() == 1);  // "Team Lead" names no employer; an undated project is no role
  CHECK(roles[0].company == "Initech");
}

TEST_CASE("roles: names too long for a header line below dates alone; a month below a name") {
  SUBCASE("a long header below dates alone names that role, not one without dates") {
    const auto roles = RolesOf(
        "Experience\n\nJune 2022 \xE2\x80\x93 Present\n\n"
        "Software Engineer (Front-End), Google, Mountain View, CA, USA\n"
        "Developing intuitive and engaging user interfaces using React and Redux for many teams.\n");
    REQUIRE(roles.size() == 1);
    CHECK(roles[0].start == MonthIndex(2022, 6));
    CHECK(roles[0].title == "Software Engineer (Front-End)");
    CHECK(roles[0].company == "Google");
  }
  SUBCASE("a month below a certificate's name dates the certificate, in any section") {
    const auto roles = RolesOf(
        "Experience\nEngineer, Acme Corp Jan 2020 - Dec 2021\n- Built billing.\n"
        "AWARDS\nRegulatory Authority\nSep 2020\nTechnical Associate (MTA)\nDatabase Fundamentals\n"
        "Aug 2019\n");
    REQUIRE(roles.size() == 1);
    CHECK(roles[0].company == "Acme Corp");
  }
}

TEST_CASE("roles: dates in a column of their own, read before the entries they date") {
  const auto roles = RolesOf(
      "Experiences\n01-2021 - Present\n\n06-2018 - Present\n\n10-2016 - 06-2018\n\n"
      "Lead Full Stack Developer\nManyPixels [Remote]\n\xE2\x80\xA2 Leading a team of 4.\n\n"
      "Back End Developer\nRumarocket Ltd [Manila, Philippines]\n\xE2\x80\xA2 Built APIs.\n\n"
      "Front End Developer\nSuperSogo Co. Ltd. [Bangkok, Thailand]\n\xE2\x80\xA2 Built sites.\n");
  REQUIRE(roles.size() == 3);
  CHECK(roles[0].title == "Lead Full Stack Developer");
  CHECK(roles[0].current);
  CHECK(roles[0].start == MonthIndex(2021, 1));
  CHECK(roles[0].header.find("2018") == std::string::npos);
  CHECK(roles[1].company == "Rumarocket Ltd");
  CHECK(roles[1].start == MonthIndex(2018, 6));
  CHECK(roles[2].title == "Front End Developer");
  CHECK(roles[2].start == MonthIndex(2016, 10));
  CHECK(roles[2].finish == MonthIndex(2018, 6));
}

TEST_CASE("roles: release years in a bullet are no role's dates") {
  // Seen in a real systems administrator's resume: a range of releases, and a bullet wrapped
  // before its last release year, had been two roles and five more years.
  const auto roles = RolesOf(
      "Experience\n\nSystem Administrator (January 2010 - Present)\n"
      "\u2022 Installed, managed, and updated Windows Server 2003 \u2013 2012R2.\n"
      "\u2022 Installed, managed, and updated Windows XP and 7 using SCCM 2007\n"
      "and SCCM 2012.\n"
      "\u2022 Created scripts to automate account management.\n");
  REQUIRE(roles.size() == 1);
  CHECK(roles[0].title == "System Administrator");
  CHECK(roles[0].start == MonthIndex(2010, 1));
}

TEST_CASE("roles: a contact line's phone number dates no role") {
  // Seen in a real resume: the year 2011 read out of the phone number +201156066705 made the
  // contact line a role, with the e-mail address its title.
  const auto roles = RolesOf(
      "JANE ROE\nSecurity Analyst\nCairo, Egypt | jane@example.com | +201156066705\n\n"
      "Summary\nAnalyst with hands-on experience in network security.\n");
  CHECK(roles.empty());
}

TEST_CASE("roles: dated lines under awards and the like are no roles, also without an experience heading") {
  // A student's resume: no experience heading, so other sections may hold roles; an
  // achievements section holds only those that name a post and an employer.
  const auto roles = RolesOf(
      "Ana Ruiz\n\nPROJECTS\nFace Recognition (02/2020 - 05/2020)\nCNN on my photos.\n\n"
      "ACHIEVEMENTS\nParticipated in a 36 hours hackathon by Unfynd Company (03/2020)\n"
      "Consolation Prize at Games of Code (09/2019)\n"
      "Teaching Assistant, Mumbai University (06/2019 - 12/2019)\n\n"
      "WHERE I WORKED\nJunior Developer, Acme Ltd (01/2021 - 06/2022)\n");
  std::vector<std::string> titles;
  for (const Role& r : roles) titles.push_back(r.title);
  CHECK(titles == std::vector<std::string>{"Face Recognition", "Teaching Assistant",
                                           "Junior Developer"});
}

TEST_CASE("roles: a career break is no post, employer or year of experience") {
  struct Case {
    const char* title;
    bool is_break;
  } cases[] = {
      {"Career Break | Raising Child at Home", true},
      {"Sabbatical, Travel in South America", true},
      {"Parental Leave", true},
      {"Stay-at-home Parent", true},
      {"Gap Year", true},
      {"Travel Nurse, Mercy Hospital", false},
      {"Caregiver, Sunrise Senior Living", false},
      {"Leave Administrator, Acme", false},
      {"Sabbaticals Coordinator, Acme", false},  // whole words only
  };
  for (const Case& c : cases) {
    CAPTURE(c.title);
    const std::string text = std::string("Ana Doe\n\nExperience\n") + c.title +
                             "  Dec 2022 - Apr 2026\n- Built a portfolio site in JavaScript\n"
                             "Front-End Developer, Acme  Jan 2020 - Nov 2022\n- Built React pages\n";
    const ResumeProfile p = testing::ResumeOf(text);
    REQUIRE(p.roles.size() == 2);
    CHECK(p.roles[0].career_break == c.is_break);
    CHECK_FALSE(p.roles[1].career_break);
    // 35 months of the developer's post; the break's 41 months count only when it is a post.
    CHECK(p.total_years == doctest::Approx(c.is_break ? 35 / 12.0 : 76 / 12.0));
    const TitleFit t = FitTitle("Front End Developer", p.roles);
    REQUIRE(!t.titles.empty());
    CHECK((t.titles[0] == "Front-End Developer") == c.is_break);
  }
}
