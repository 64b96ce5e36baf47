// corpus: the eight layouts of the same resume, matched against one JD, agree.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "skillfit/match.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::CorpusDir;
using skillfit::testing::Exists;
using skillfit::testing::Kb;
using skillfit::testing::Matcher;
using skillfit::testing::SourceDir;

TEST_CASE("corpus: the eight reactive-resume layouts give the same labels and scores within 2 points") {
  const std::string dir = CorpusDir() + "/resumes/pdf/reactive-resume";
  if (!Exists(dir)) {
    MESSAGE("corpus absent: " << dir);
    return;
  }
  auto jd = LoadDocument(SourceDir() + "/samples/jds/backend-engineer.txt");
  REQUIRE(jd.ok());
  MatchOptions o;
  o.today.today_year = 2026;
  o.today.today_month = 11;
  const JdProfile jp = ExtractJd(*jd, Matcher(), o.today);
  std::vector<double> scores;
  std::map<std::string, std::string> first_labels;
  for (const char* layout : {"azurill", "bronzor", "chikorita", "gengar", "glalie", "kakuna", "onyx", "pikachu"}) {
    const std::string name = layout;
    CAPTURE(name);
    auto cv = LoadDocument(dir + "/" + layout + ".pdf");
    REQUIRE_MESSAGE(cv.ok(), cv.status().message());
    const MatchResult m = Match(jp, ExtractResume(*cv, Matcher(), o.today), Kb(), o);
    scores.push_back(m.score);
    std::map<std::string, std::string> labels;
    for (const SkillVerdict& v : m.skills) labels[Kb().skills()[v.skill].id] = EvidenceLabelName(v.label);
    if (first_labels.empty()) {
      first_labels = labels;
    } else {
      for (const auto& first : first_labels) {
        const std::string& id = first.first;  // not a binding: clang-14 cannot capture one
        CAPTURE(id);
        CHECK(labels[id] == first.second);
      }
    }
  }
  const auto [lo, hi] = std::minmax_element(scores.begin(), scores.end());
  MESSAGE("scores from " << *lo << " to " << *hi);
  CHECK(*hi - *lo <= 2.0);
}
