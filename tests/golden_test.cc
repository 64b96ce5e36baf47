// Golden cases as data: samples/cases/*.json, each a resume, a JD, the labels expected for
// named skills and a score band. A new case needs no C++.
#include <dirent.h>
#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "kb/degree_fields_file.h"
#include "skillfit/match.h"
#include "skillfit/profile.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::Kb;
using skillfit::testing::Matcher;
using skillfit::testing::SourceDir;

TEST_CASE("golden: samples/cases") {
  const std::string dir = SourceDir() + "/samples/cases";
  const std::vector<std::string> files = skillfit::testing::FilesIn(dir, ".json");
  REQUIRE(files.size() >= 6);
  for (const std::string& f : files) {
    CAPTURE(f);
    const auto c = nlohmann::json::parse(skillfit::testing::ReadFile(dir + "/" + f));
    auto resume = LoadDocument(SourceDir() + "/" + c.at("resume").get<std::string>());
    auto jd = LoadDocument(SourceDir() + "/" + c.at("jd").get<std::string>());
    REQUIRE_MESSAGE(resume.ok(), resume.status().message());
    REQUIRE_MESSAGE(jd.ok(), jd.status().message());
    MatchOptions o;
    o.today.today_year = 2026;
    o.today.today_month = 11;
    auto fields = std::make_shared<DegreeFieldTable>();  // as the Engine reads them
    REQUIRE(LoadDegreeFields(SourceDir() + "/kb/degree_fields.yaml", fields.get()).empty());
    o.degree_fields = fields;
    o.score_version = 1;  // the cases' score bands are v1's
    const MatchResult m = Match(ExtractJd(*jd, Matcher(), o.today),
                                ExtractResume(*resume, Matcher(), o.today), Kb(), o);
    const double lo = c.at("score").at(0), hi = c.at("score").at(1);
    CHECK_MESSAGE(m.score >= lo, "score " << m.score);
    CHECK_MESSAGE(m.score <= hi, "score " << m.score);
    for (const auto& item : c.at("labels").items()) {
      const std::string id = item.key();  // not a binding: clang-14 cannot capture one
      const auto& want = item.value();
      CAPTURE(id);
      std::string got = "absent";
      for (const SkillVerdict& v : m.skills) {
        if (Kb().skills()[v.skill].id == id) got = EvidenceLabelName(v.label);
      }
      CHECK(got == want.get<std::string>());
    }
    if (c.contains("education")) {  // the education row's headline outcome (education.h)
      CHECK(std::string(EducationOutcomeName(m.education.outcome)) == c.at("education").get<std::string>());
    }
  }
}
