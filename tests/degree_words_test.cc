// FindLevelWords on lines that are not plain ASCII: the level patterns' word gates read such
// a line with its ASCII letters lowercased, except where (?i) could fold a character of it
// to an ASCII letter (the long s, the Kelvin sign), which is searched whole.
#include "extract/degree_words.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using skillfit::DegreeLevel;
using skillfit::FindLevelWords;

namespace {

struct LevelCase {
  const char* line;
  bool jd;
  std::vector<DegreeLevel> levels;  // in order
};

const LevelCase kLevelCases[] = {
    // A bullet, a curly apostrophe or an accented letter elsewhere on the line.
    {"\xE2\x80\xA2 Bachelor\xE2\x80\x99s degree in Physics", true, {DegreeLevel::kBachelor}},
    {"\xE2\x80\xA2 MASTER OF SCIENCE, Universit\xC3\xA4t Wien", false, {DegreeLevel::kMaster}},
    {"Ph.D. \xE2\x80\x94 Caf\xC3\xA9 Chemistry Lab", false, {DegreeLevel::kDoctorate}},
    {"\xE2\x80\xA2 High School Diploma, 2012", false, {DegreeLevel::kHighSchool}},
    // (?i) folds U+017F to 's' and U+212A to 'k': the patterns still see these words.
    {"Ma\xC5\xBFter of Science", false, {DegreeLevel::kMaster}},
    {"\xE2\x80\xA2 \xC5\xBF Bachelor of Arts", false, {DegreeLevel::kBachelor}},
    // Negatives: no level word, with and without characters outside ASCII.
    {"\xE2\x80\xA2 Led the caf\xC3\xA9 team\xE2\x80\x99s migration", false, {}},
    {"\xE2\x80\xA2 Masterclass attendee \xE2\x80\x94 2019", false, {}},
    {"\xE2\x84\xAA\xC5\xBF nothing here", true, {}},
};

}  // namespace

TEST_CASE("FindLevelWords: lines with characters outside ASCII") {
  for (const LevelCase& c : kLevelCases) {
    const std::string line = c.line;
    CAPTURE(line);
    std::vector<DegreeLevel> levels;
    for (const skillfit::LevelWord& w : FindLevelWords(c.line, c.jd)) levels.push_back(w.level);
    CHECK(levels == c.levels);
  }
}
