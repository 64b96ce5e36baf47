// Golden study plans: samples/plans/*.json hold the plan expected for a sample pair (group,
// level and question id, or the opening of a generated question). A change in the planner or
// the bank that alters a plan shows here; regenerate with scripts/update_golden_plans.sh after
// reading the new plan.
#include <dirent.h>
#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "test_util.h"

using skillfit::testing::ReadFile;
using skillfit::testing::RunCli;
using skillfit::testing::SourceDir;

TEST_CASE("golden: study plans in samples/plans") {
  const std::string dir = SourceDir() + "/samples/plans";
  const std::vector<std::string> files = skillfit::testing::FilesIn(dir, ".json");
  REQUIRE(files.size() >= 3);
  for (const std::string& f : files) {
    CAPTURE(f);
    const auto want = nlohmann::json::parse(ReadFile(dir + "/" + f));
    const auto r = RunCli({"questions", "--resume", want["resume"], "--jd", want["jd"], "--limit",
                           std::to_string(want["limit"].get<int>()), "--format", "json"});
    REQUIRE(r.exit_code == 0);
    const auto got = nlohmann::json::parse(r.out)["questions"];
    REQUIRE(got.size() == want["plan"].size());
    for (size_t i = 0; i < got.size(); ++i) {
      CAPTURE(i);
      CHECK(got[i]["group"] == want["plan"][i]["group"]);
      CHECK(got[i]["level"] == want["plan"][i]["level"]);
      const std::string q = want["plan"][i]["question"];
      if (got[i]["id"].is_null()) {
        CHECK(got[i]["text"].get<std::string>().rfind(q, 0) == 0);
      } else {
        CHECK(got[i]["id"] == q);
      }
    }
  }
}
