// The shipped kb's `related:` edges follow the sibling rule of kb/README.md ("Related skills:
// siblings only"): related skills are alternatives of one kind for one job, never a skill and
// its implied parent, never two skills that are used together.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "skillfit/knowledge_base.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::Kb;

namespace {

bool Has(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// Whether kb skills `a` and `b` are related (the loader makes the relation symmetric).
bool Related(const KnowledgeBase& kb, const char* a, const char* b) {
  const int i = kb.IndexOf(a), j = kb.IndexOf(b);
  REQUIRE_MESSAGE(i >= 0, a);
  REQUIRE_MESSAGE(j >= 0, b);
  return Has(kb.RelatedTo(i), j);
}

struct EdgeCase {
  const char* a;
  const char* b;
  bool related;
  const char* why;
};

// Siblings that must stay related, and shapes that must not be (a sample of each removed shape).
const EdgeCase kEdgeCases[] = {
    {"aws", "gcp", true, "two public clouds"},
    {"jenkins", "github-actions", true, "two CI servers"},
    {"postgresql", "mysql", true, "two relational databases"},
    {"mariadb", "mysql", true, "a fork is a sibling"},
    {"terraform", "pulumi", true, "two infrastructure-as-code tools"},
    {"devops", "site-reliability-engineering", true, "two operations disciplines"},
    {"devops", "system-administration", true, "two operations disciplines"},
    {"java", "kotlin", true, "two JVM languages"},
    {"ecs", "kubernetes", true, "two container orchestrators"},
    {"deno", "nodejs", true, "two JavaScript runtimes"},
    {"cypress", "selenium", true, "two browser test tools"},
    {"datadog", "prometheus", true, "two monitoring systems"},
    {"google-cloud-operations", "grafana", true, "two places to build monitoring dashboards"},
    {"opsgenie", "pagerduty", true, "two paging services"},
    {"react", "vuejs", true, "two front-end frameworks"},
    {"android", "retrofit", false, "a library used on a platform"},
    {"android", "dagger-hilt", false, "a library used on a platform"},
    {"ios", "swift", false, "a platform and its language"},
    {"microservices", "containers", false, "an architecture and what it is deployed in"},
    {"microservices", "api-gateway", false, "an architecture and a component of it"},
    {"nodejs", "python", false, "a runtime of one language and another language"},
    {"docker", "kubernetes", false, "a container engine and the orchestrator that runs it"},
    {"sql-server", "t-sql", false, "a database and its query language"},
    {"c", "gcc", false, "a language and its compiler"},
    {"aws", "cloud-security", false, "a platform and a discipline practised on it"},
    {"ci-cd", "test-automation", false, "a pipeline and a stage it runs"},
    {"grafana", "prometheus", false, "a dashboard and the metrics store it reads"},
    {"on-call", "pagerduty", false, "a practice and the tool that serves it"},
    {"react", "redux", false, "a framework and a library used with it"},
    {"jest", "react-testing-library", false, "a test runner and a library run in it"},
    {"nmap", "penetration-testing", false, "a tool and the activity it serves"},
    {"kubernetes", "eks", false, "a specific skill implies its parent; no sibling"},
    {"cad", "mechanical-design", false, "a tool and the work it serves"},
    {"cae", "finite-element-analysis", false, "FEA is a kind of CAE, which it implies"},
    {"cae", "simulation-modelling", false, "CAE is a kind of simulation modelling, which it implies"},
};

}  // namespace

TEST_CASE("kb relations: siblings stay related, skills used together are not") {
  const KnowledgeBase& kb = Kb();
  for (const EdgeCase& c : kEdgeCases) {
    CAPTURE(c.a);
    CAPTURE(c.b);
    CAPTURE(c.why);
    CHECK(Related(kb, c.a, c.b) == c.related);
  }
}

TEST_CASE("kb relations: no skill is related to a skill it implies or that implies it") {
  const KnowledgeBase& kb = Kb();
  const int n = static_cast<int>(kb.skills().size());
  int parent_edges = 0;
  for (int i = 0; i < n; ++i) {
    for (int j : kb.RelatedTo(i)) {
      const bool parent = Has(kb.ImpliedBy(i), j) || Has(kb.ImpliedBy(j), i);
      if (parent) {
        ++parent_edges;
        MESSAGE(kb.skills()[i].id << " ~ " << kb.skills()[j].id << ": one implies the other");
      }
    }
  }
  CHECK(parent_edges == 0);
}

TEST_CASE("kb relations: related is symmetric, resolves, and never relates a skill to itself") {
  const KnowledgeBase& kb = Kb();
  const int n = static_cast<int>(kb.skills().size());
  for (int i = 0; i < n; ++i) {
    const Skill& s = kb.skills()[i];
    CAPTURE(s.id);
    for (const std::string& r : s.related) {
      CHECK(r != s.id);
      CHECK(kb.IndexOf(r) >= 0);
    }
    for (int j : kb.RelatedTo(i)) {
      CHECK(j != i);
      CHECK(Has(kb.RelatedTo(j), i));
    }
  }
}
