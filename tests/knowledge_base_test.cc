// The real kb/ loads with no lint error; broken files give file:line:col messages, exit 3.
#include <dirent.h>
#include <doctest/doctest.h>

#include <algorithm>

#include <fstream>
#include <set>

#include "skillfit/knowledge_base.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::RunCli;
using skillfit::testing::SourceDir;

TEST_CASE("kb: the shipped knowledge base has no lint problem") {
  auto issues = KnowledgeBase::Lint(SourceDir() + "/kb", {});
  for (const KbIssue& i : issues) MESSAGE(i.ToString());
  CHECK(issues.empty());
  const KnowledgeBase& kb = skillfit::testing::Kb();
  CHECK(kb.skills().size() >= 800);
  int soft = 0, certs = 0;
  std::set<std::string> categories;
  for (const Skill& s : kb.skills()) {
    soft += s.kind == SkillKind::kSoft;
    certs += s.kind == SkillKind::kCertification;
    categories.insert(s.category);
    CHECK_MESSAGE(!s.description.empty(), s.id);
  }
  CHECK(soft >= 40);
  CHECK(certs >= 60);
  CHECK(categories.size() == kb.categories().size());  // every category has skills
}

TEST_CASE("kb: each broken file in tests/data/bad_kb gives its documented message and exit 3") {
  // Each file's first line says what the message must contain: "# expect: ...".
  const std::string dir = SourceDir() + "/tests/data/bad_kb";
  const std::vector<std::string> files = skillfit::testing::FilesIn(dir, ".yaml");
  REQUIRE(files.size() >= 8);
  for (const std::string& f : files) {
    CAPTURE(f);
    const std::string text = skillfit::testing::ReadFile(dir + "/" + f);
    REQUIRE(text.rfind("# expect: ", 0) == 0);
    const std::string expect = text.substr(10, text.find('\n') - 10);
    // Each file is checked alone, as a user's --kb folder.
    const std::string one = skillfit::testing::TempDir();
    std::ofstream(one + "/" + f) << text;
    auto issues = KnowledgeBase::Lint(SourceDir() + "/kb", {one});
    REQUIRE_FALSE(issues.empty());
    bool found = false;
    for (const KbIssue& i : issues) found = found || i.ToString().find(expect) != std::string::npos;
    CHECK_MESSAGE(found, issues.front().ToString());
    CHECK(issues.front().place.file.find(f) != std::string::npos);
    auto r = RunCli({"kb", "lint", "--kb", one});
    CHECK(r.exit_code == 3);
    CHECK(r.err.find(expect) != std::string::npos);
    auto m = RunCli({"extract", "--kb", one, "samples/jds/sre-devops.txt"});
    CHECK(m.exit_code == 3);
    CHECK(m.err.find(f) != std::string::npos);
  }
}

namespace {
std::string WriteKb(const std::string& skills_yaml) {
  const std::string dir = skillfit::testing::TempDir();
  std::ofstream(dir + "/user.yaml") << skills_yaml;
  return dir;
}
}  // namespace

TEST_CASE("kb: a user skill with an existing id replaces the shipped one") {
  const std::string dir = WriteKb(
      "skills:\n  - {id: kubernetes, name: Kubernetes, category: containers, kind: hard, "
      "aliases: [kube-cluster-thing], description: replaced}\n");
  auto kb = KnowledgeBase::Load(SourceDir() + "/kb", {dir});
  REQUIRE_MESSAGE(kb.ok(), kb.status().message());
  CHECK((*kb)->Find("kubernetes")->description == "replaced");
}
