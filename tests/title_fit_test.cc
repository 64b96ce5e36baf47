// The title row: the resume's titles, latest first, against the JD's title and seniority.
#include <doctest/doctest.h>

#include "skillfit/match.h"

using namespace skillfit;

namespace {

Role RoleOf(const char* title, int start, int finish, bool project = false) {
  Role r;
  r.title = title;
  r.start = start;
  r.finish = finish;
  r.project = project;
  return r;
}

}  // namespace

TEST_CASE("title row: latest role by date, the JD's title held, seniority") {
  // In text order the older role comes first; the latest is the one that ends last.
  const std::vector<Role> roles = {RoleOf("Data Analyst", MonthIndex(2015, 1), MonthIndex(2018, 12)),
                                   RoleOf("Senior Data Engineer", MonthIndex(2019, 1), MonthIndex(2026, 1)),
                                   RoleOf("Stock Model", MonthIndex(2025, 1), MonthIndex(2026, 6), true)};
  struct Case {
    const char* jd_title;
    const char* jd_seniority;
    int held;
    const char* fit;
  } cases[] = {
      {"Staff Data Engineer", "staff", 0, "below"},
      {"Data Engineer", "mid", 0, "above"},
      {"Senior Data Engineer", "senior", 0, "same"},
      {"Junior Data Analyst", "junior", 1, "above"},
      {"Engineering Manager, Data", "manager", -1, "below"},
      {"", "", -1, "unknown"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.jd_title);
    const TitleFit t = FitTitle(c.jd_title, roles);
    REQUIRE(t.titles.size() == 2);  // projects hold no title
    CHECK(t.titles[0] == "Senior Data Engineer");
    CHECK(t.latest_seniority == "senior");
    CHECK(t.jd_seniority == c.jd_seniority);
    CHECK(t.held == c.held);
    CHECK(t.seniority_fit == c.fit);
  }
  CHECK(FitTitle("Data Engineer", {}).seniority_fit == "unknown");
}

TEST_CASE("title row: the first grade of a ladder is its entry level; later grades say less") {
  struct Case {
    const char* title;
    const char* seniority;
  } cases[] = {
      {"Software Engineer I", "junior"}, {"SDE I", "junior"},          {"Software Engineer II", "mid"},
      {"Software Engineer III", "mid"},  {"Senior Engineer I", "senior"}, {"I", "mid"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.title);
    const TitleFit t = FitTitle("Backend Engineer", {RoleOf(c.title, MonthIndex(2024, 1), MonthIndex(2026, 1))});
    CHECK(t.latest_seniority == c.seniority);
  }
}

TEST_CASE("title row: a title that cannot name a post is no role's title") {
  // A later "role" whose title opens with no letter or states a share is a mark or a line of
  // work read where a title stands: the role before it is the latest.
  struct Case {
    const char* title;
    bool read;  // whether the row reads it as the latest title
  } cases[] = {
      {"60%", false},
      {". Used by 14.4% of active users", false},
      {"- 3 years", false},
      {"Software Engineer 2", true},
      {"Data Engineer", true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.title);
    const std::vector<Role> roles = {RoleOf("Backend Engineer", MonthIndex(2019, 1), MonthIndex(2023, 1)),
                                     RoleOf(c.title, MonthIndex(2023, 2), MonthIndex(2026, 1))};
    const TitleFit t = FitTitle("Backend Engineer", roles);
    REQUIRE_FALSE(t.titles.empty());
    CHECK((t.titles[0] == c.title) == c.read);
    CHECK(t.held == (c.read ? 1 : 0));
  }
}

TEST_CASE("title row: a volunteer post is not the post held") {
  // Unpaid help beside a career, later than the career's post: the post is the latest title.
  for (const char* volunteer : {"Volunteer with the City Food Bank", "Volunteer Tutor",
                                "Volunteering, Harbour Rescue"}) {
    CAPTURE(volunteer);
    const std::vector<Role> roles = {
        RoleOf("Senior Financial Analyst", MonthIndex(2016, 1), MonthIndex(2024, 1)),
        RoleOf(volunteer, MonthIndex(2024, 2), MonthIndex(2026, 1))};
    const TitleFit t = FitTitle("Senior Financial Analyst", roles);
    REQUIRE(t.titles.size() == 1);
    CHECK(t.titles[0] == "Senior Financial Analyst");
    CHECK(t.held == 0);
    CHECK(t.levels_below == 0);
  }
}

TEST_CASE("title row: the line of work is a shared field, not a shared post noun") {
  struct Case {
    const char* a;
    const char* b;
    bool same_field;
  } cases[] = {
      // One field word in both titles.
      {"Senior Data Engineer", "Data Scientist", true},
      {"Digital Performance Analyst", "Investment Performance Analyst", true},
      {"Site Reliability Engineer", "Reliability Engineering Manager", true},
      // Field words of one family.
      {"Senior Backend Engineer", "Software Developer", true},
      {"Front End Web Developer", "Full Stack Engineer", true},
      {"Data Engineer II - Marketplace", "Machine Learning Engineer", true},
      {"DevOps Engineer", "Cloud Platform Engineer", true},
      // A developer or a programmer writes software, whatever else the title names.
      {"Developer - Data Services", "Software Engineering Intern", true},
      {"Web Developer", "Programmer Analyst", true},
      {"Game Developer", "Java Developer", true},
      {"SDE I", "Senior Backend Engineer", true},
      // Only a post noun or a level word in common: another line of work.
      {"Data Engineer II - Marketplace", "Senior Backend Engineer", false},
      {"Digital Performance Analyst", "Junior Data Analyst", false},
      {"Site Reliability Engineer", "Mechanical Design Engineer", false},
      {"Senior Software Developer", "Senior Game Designer", false},
      {"Financial Analyst", "Business Analyst", false},
      {"Developer - Data Services", "Mechanical Design Engineer", false},
      // "Front" and "back" name the field only as "front end" and "back end".
      {"Front End Web Developer", "Front Desk Associate", false},
      {"Back Office Clerk", "Back-End Engineer", false},
      {"Back-End Engineer", "Front End Web Developer", true},
      {"Senior Software Developer", "Product Manager", false},
      {"Editor-in-Chief", "DevOps Engineer", false},
      {"", "Data Engineer", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.a);
    CAPTURE(c.b);
    CHECK(SameField(c.a, c.b) == c.same_field);
    CHECK(SameField(c.b, c.a) == c.same_field);
  }
  // In the row: the field decides the line, the shared word is kept for the study plan.
  const Role backend_role = RoleOf("Backend Engineer", MonthIndex(2020, 1), MonthIndex(2026, 1));
  const TitleFit backend = FitTitle("Data Engineer", {backend_role});
  CHECK(backend.same_line);
  CHECK_FALSE(backend.same_field);
  const Role scientist_role = RoleOf("Data Scientist", MonthIndex(2020, 1), MonthIndex(2026, 1));
  const TitleFit scientist = FitTitle("Data Engineer", {scientist_role});
  CHECK(scientist.same_field);
}

TEST_CASE("title row: the post before a comma or a dash, not the team after it") {
  struct Case {
    const char* title;
    const char* post;
  } cases[] = {
      {"Senior Backend Engineer, Payments Platform", "Senior Backend Engineer"},
      {"Data Engineer II - Marketplace Data", "Data Engineer II"},
      {"Developer - Data Services", "Developer"},
      {"Software Engineering Intern, Ads", "Software Engineering Intern"},
      // A level alone before the comma: the field follows, the whole title is the post.
      {"Director, Product Management", "Director, Product Management"},
      {"VP - Engineering", "VP - Engineering"},
      // No comma or spaced dash: the whole title.
      {"Full-Stack Developer", "Full-Stack Developer"},
      {"Site Reliability Engineer (DevOps)", "Site Reliability Engineer (DevOps)"},
      // A parenthesis that states the job's terms is no part of the post.
      {"Java Developer (3 Years of Experience)", "Java Developer"},
      {"Embedded IoT Engineer (m/f/d)", "Embedded IoT Engineer"},
      {"Educational Content Developer (Maternity Cover)", "Educational Content Developer"},
      {"Backend Engineer (Remote), Payments", "Backend Engineer"},
      {"Frontend Engineer (React) (f/m/x)", "Frontend Engineer (React)"},
      {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.title);
    CHECK(PostOf(c.title) == c.post);
  }
  // In the row: the team's name shares no field. An SRE is not in a "Backend Engineer,
  // Payments Platform" post's field through "Platform"; a backend engineer is.
  const Role sre = RoleOf("Senior Site Reliability Engineer", MonthIndex(2020, 1), MonthIndex(2026, 1));
  CHECK_FALSE(FitTitle("Senior Backend Engineer, Payments Platform", {sre}).same_field);
  CHECK(FitTitle("Senior Platform Engineer", {sre}).same_field);
  const Role backend = RoleOf("Backend Engineer", MonthIndex(2020, 1), MonthIndex(2026, 1));
  const TitleFit held = FitTitle("Senior Backend Engineer, Payments Platform", {backend});
  CHECK(held.held == 0);
  CHECK(held.same_field);
}

// A title without a level word is read by the years in its field: five or more read senior.
// Months are counted once where roles overlap; trainee roles and other fields do not count.
TEST_CASE("title row: a title naming no level reads senior after five years in its field") {
  struct Case {
    const char* rule;
    std::vector<Role> roles;  // latest first is not required: FitTitle orders them
    const char* level;        // level_seniority
    bool by_years;
  };
  const Case cases[] = {
      {"eight years under one unmarked title", {RoleOf("Data Analyst", MonthIndex(2018, 1), MonthIndex(2026, 1))},
       "senior", true},
      {"three years stay mid", {RoleOf("Data Analyst", MonthIndex(2023, 1), MonthIndex(2026, 1))}, "mid", false},
      {"years in titles of one field add up",
       {RoleOf("Financial Data Analyst", MonthIndex(2015, 7), MonthIndex(2020, 5)),
        RoleOf("Data Analyst", MonthIndex(2020, 6), MonthIndex(2026, 1))},
       "senior", true},
      {"years in a field other than the JD's read nothing",
       {RoleOf("Mathematics Teacher", MonthIndex(2012, 1), MonthIndex(2026, 1))}, "mid", false},
      {"another field's years do not count",
       {RoleOf("Mathematics Teacher", MonthIndex(2012, 1), MonthIndex(2024, 1)),
        RoleOf("Data Analyst", MonthIndex(2024, 1), MonthIndex(2026, 1))},
       "mid", false},
      {"overlapping roles count their months once",
       {RoleOf("Data Analyst", MonthIndex(2022, 1), MonthIndex(2026, 1)),
        RoleOf("Data Analyst", MonthIndex(2023, 1), MonthIndex(2025, 1))},
       "mid", false},
      {"an intern's months do not count",
       {RoleOf("Software Engineering Intern", MonthIndex(2019, 1), MonthIndex(2022, 1)),
        RoleOf("Software Engineer", MonthIndex(2022, 1), MonthIndex(2026, 1))},
       "mid", false},
      {"a title's own level word is kept",
       {RoleOf("Junior Data Analyst", MonthIndex(2016, 1), MonthIndex(2026, 1))}, "junior", false},
      {"undated roles say nothing", {RoleOf("Data Analyst", -1, -1)}, "mid", false},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.rule));
    const TitleFit t = FitTitle("Senior Data Analyst", c.roles);
    CHECK(t.level_seniority == c.level);
    CHECK(t.seniority_by_years == c.by_years);
    CHECK(t.seniority_fit == (std::string(c.level) == "senior" ? "same" : "below"));
  }
}

TEST_CASE("title row: a software developer's years read senior for a software engineer's post") {
  const TitleFit t = FitTitle("Senior Full Stack Engineer",
                              {RoleOf("Full Stack Developer", MonthIndex(2015, 7), MonthIndex(2020, 5)),
                               RoleOf("MERN Stack Developer", MonthIndex(2020, 6), MonthIndex(2026, 1))});
  CHECK(t.titles[0] == "MERN Stack Developer");
  CHECK(t.level_seniority == "senior");
  CHECK(t.latest_seniority == "senior");
  CHECK(t.seniority_by_years);
  CHECK(t.seniority_fit == "same");
  CHECK(t.held == 1);  // Full Stack Developer holds the Full Stack Engineer post
}

// Developer, programmer and engineer name one post where another word names the field.
TEST_CASE("title row: a developer holds an engineer's post of the same field") {
  const auto held = [](const char* jd, const char* title) {
    return FitTitle(jd, {RoleOf(title, MonthIndex(2022, 1), MonthIndex(2026, 1))}).held == 0;
  };
  CHECK(held("Senior Full Stack Engineer", "Full Stack Developer"));
  CHECK(held("Software Engineer", "Software Developer"));
  CHECK(held("Backend Developer", "Backend Engineer"));
  CHECK(held("Web Developer", "Web Programmer"));
  CHECK_FALSE(held("Senior Full Stack Engineer", "Backend Developer"));
  CHECK_FALSE(held("Data Engineer", "Software Developer"));
}
