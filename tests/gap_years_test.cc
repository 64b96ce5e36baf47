// The gap report's notes on overall years (match/gap_report.cc): unknown years are a rewrite,
// too few dated years are a learning gap.
#include <doctest/doctest.h>

#include <string>

#include "skillfit/gap_report.h"
#include "test_util.h"

using namespace skillfit;

namespace {

// The ids of the groups with a note, and the notes, of a match asking `asked` years.
std::string NotesOf(double asked, bool known, double shown) {
  MatchResult m;
  m.years_asked = asked;
  m.years_known = known;
  m.years_shown = shown;
  std::string out;
  for (const GapGroup& g : GroupGaps(m, testing::Kb())) {
    if (!g.note.empty()) out += g.id + (g.fixable ? " (fix): " : ": ") + g.note + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("gap report: years a resume does not date are fixed by dating its roles") {
  CHECK(NotesOf(1, false, 0) ==
        "years-undated (fix): the JD asks 1 year of experience; no role on your resume has "
        "dates, so none can be counted: give each role its start and end month\n");
  CHECK(NotesOf(5, true, 3.5) == "years-short: the JD asks 5 years of experience; your dated roles span 3.5\n");
  CHECK(NotesOf(5, true, 4.9) == "");  // within a quarter of a year
  CHECK(NotesOf(0, false, 0) == "");   // no years asked
}
