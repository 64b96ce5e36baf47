// The real kb/ loads with no lint error; broken files give file:line:col messages, exit 3.
#include <doctest/doctest.h>

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

namespace {
std::string WriteKb(const std::string& skills_yaml) {
  const std::string dir = skillfit::testing::TempDir();
  std::ofstream(dir + "/bad.yaml") << skills_yaml;
  return dir;
}
}  // namespace

TEST_CASE("kb: broken user files each give the documented message and exit 3") {
  struct Case {
    const char* what;
    const char* yaml;
    const char* expect;
  };
  const Case cases[] = {
      {"bad indentation", "skills:\n  - id: a\n   name: A\n", "bad.yaml:3:"},
      {"duplicate id",
       "skills:\n  - {id: dup-x, name: Dup X, category: tools, kind: hard, description: d}\n"
       "  - {id: dup-x, name: Dup Y, category: tools, kind: hard, description: d}\n",
       "skill 'dup-x': id defined twice"},
      {"dangling reference",
       "skills:\n  - {id: new-x, name: New X, category: tools, kind: hard, description: d, "
       "implies: [no-such-skill]}\n",
       "skill 'new-x': implies unknown skill 'no-such-skill'"},
      {"bad regex",
       "skills:\n  - {id: new-y, name: New Y, category: tools, kind: hard, description: d, "
       "patterns: ['(unclosed']}\n",
       "skill 'new-y': pattern '(unclosed' does not compile"},
      {"alias used twice",
       "skills:\n  - {id: new-z, name: New Z, category: tools, kind: hard, description: d, "
       "aliases: [k8s]}\n",
       "alias 'k8s' is also claimed by skill 'kubernetes'"},
      {"unknown category",
       "skills:\n  - {id: new-w, name: New W, category: cooking, kind: hard, description: d}\n",
       "unknown category 'cooking'"},
      {"cycle",
       "skills:\n  - {id: cyc-a, name: Cyc A, category: tools, kind: hard, description: d, implies: [cyc-b]}\n"
       "  - {id: cyc-b, name: Cyc B, category: tools, kind: hard, description: d, implies: [cyc-a]}\n",
       "implies forms a cycle"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    const std::string dir = WriteKb(c.yaml);
    auto issues = KnowledgeBase::Lint(SourceDir() + "/kb", {dir});
    REQUIRE_FALSE(issues.empty());
    bool found = false;
    for (const KbIssue& i : issues) found = found || i.ToString().find(c.expect) != std::string::npos;
    CHECK_MESSAGE(found, issues.front().ToString());
    CHECK(issues.front().place.file.find("bad.yaml") != std::string::npos);
    auto r = RunCli({"kb", "lint", "--kb", dir});
    CHECK(r.exit_code == 3);
    CHECK(r.err.find(c.expect) != std::string::npos);
    auto m = RunCli({"extract", "--kb", dir, "samples/jds/sre-devops.txt"});
    CHECK(m.exit_code == 3);
  }
}

TEST_CASE("kb: a user skill with an existing id replaces the shipped one") {
  const std::string dir = WriteKb(
      "skills:\n  - {id: kubernetes, name: Kubernetes, category: containers, kind: hard, "
      "aliases: [kube-cluster-thing], description: replaced}\n");
  auto kb = KnowledgeBase::Load(SourceDir() + "/kb", {dir});
  REQUIRE_MESSAGE(kb.ok(), kb.status().message());
  CHECK((*kb)->Find("kubernetes")->description == "replaced");
}
