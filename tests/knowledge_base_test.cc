// The real kb/ loads with no lint error; broken files give file:line:col messages, exit 3.
#include <dirent.h>
#include <sys/stat.h>
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

// The skill files are read on every core; their problems still come out in the order of the
// files, each skill's own before the one its id makes ("defined twice").
TEST_CASE("kb: problems in several skill files come out in file order, as each is added") {
  const std::string dir = skillfit::testing::TempDir();
  REQUIRE(mkdir((dir + "/skills").c_str(), 0755) == 0);
  std::ofstream(dir + "/categories.yaml") << "categories:\n  - {id: devops, name: DevOps}\n";
  const std::string fields = "category: devops, kind: hard, description: x";
  std::ofstream(dir + "/skills/a.yaml") << "skills:\n  - {id: a-1, name: X, " << fields
                                        << ", colour: red}\n  - 7\n  - {id: a-1, name: X, "
                                        << fields << ", kind2: x}\n";
  std::ofstream(dir + "/skills/b.yaml") << "skills: [oops\n";
  std::ofstream(dir + "/skills/c.yaml")
      << "skills:\n  - {id: c-1, name: Y, " << fields << ", patterns: ['(x']}\n";
  const std::string extra =
      WriteKb("skills:\n  - {id: a-1, name: X, " + fields + ", size: 2}\n");
  std::vector<std::string> got;
  for (const KbIssue& i : KnowledgeBase::Lint(dir, {extra})) {
    std::string line = i.ToString();
    for (const std::string& folder : {dir + "/skills/", extra + "/"}) {
      for (size_t at; (at = line.find(folder)) != std::string::npos;) line.erase(at, folder.size());
    }
    got.push_back(line);
  }
  const std::vector<std::string> want = {
      "a.yaml:2:70: skill 'a-1': unknown field 'colour'",
      "a.yaml:3:5: each skill must be a map",
      "a.yaml:4:70: skill 'a-1': unknown field 'kind2'",
      "a.yaml:4:5: skill 'a-1': id defined twice (first at a.yaml:2:5)",
      "b.yaml:2:1: invalid YAML: end of sequence flow not found",
      "user.yaml:2:70: skill 'a-1': unknown field 'size'",
      "c.yaml:2:5: skill 'c-1': pattern '(x' does not compile: missing ): (x",
  };
  CHECK(got == want);
}
