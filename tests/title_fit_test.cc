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
