// Issue 13 item 7: a match whose words are two skill names gives both where both are meant.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "skillfit/skill_matcher.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::Kb;
using skillfit::testing::Matcher;

namespace {

// The mentions of `text`, as "skill-id=span", in order.
std::vector<std::string> Found(const std::string& text) {
  std::vector<std::string> out;
  for (const Mention& m : Matcher().Find(text)) {
    out.push_back(Kb().skills()[m.skill].id + "=" + text.substr(m.begin, m.end - m.begin));
  }
  return out;
}

bool Has(const std::vector<std::string>& found, const std::string& want) {
  for (const std::string& f : found) {
    if (f == want) return true;
  }
  return false;
}

struct Case {
  const char* text;
  std::vector<const char*> present;  // "skill-id=span" that must be found
  std::vector<const char*> absent;   // "skill-id" or "skill-id=span" that must not be
};

bool HasSkill(const std::vector<std::string>& found, const std::string& id_or_span) {
  if (id_or_span.find('=') != std::string::npos) return Has(found, id_or_span);
  for (const std::string& f : found) {
    if (f.compare(0, id_or_span.size() + 1, id_or_span + "=") == 0) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("compound mentions: two names written as one match give both where both are meant") {
  const Case cases[] = {
      // The compound implies the first name: both, and the second meets its longer match.
      {"Requirements: 3 years of Java Spring Boot development.", {"java=Java", "spring-boot=Spring Boot"},
       {"spring-framework"}},
      {"Experience with Java Spring and Hibernate.", {"java=Java", "spring-framework=Spring"}, {}},
      {"Hands-on SAP S/4HANA rollouts.", {"sap=SAP", "sap-s4hana=S/4HANA"}, {}},
      {"You run Docker Swarm clusters.", {"docker=Docker", "docker-swarm=Swarm"}, {}},
      // A kind of work qualified by an operating system: the system and the skill.
      {"Strong UNIX scripting skills.", {"unix=UNIX", "bash=scripting"}, {"scripting"}},
      {"Linux scripting for build jobs.", {"linux=Linux", "bash=scripting"}, {}},
      // Negatives: a vendor's name is not its product's skill.
      {"Build pipelines with Apache Maven and Gradle.", {"maven=Apache Maven"}, {"apache-http-server"}},
      {"Streams on Apache Kafka and Flink.", {"kafka=Apache Kafka"}, {"apache-http-server"}},
      // A name that is neither implied nor a system stays inside the compound.
      {"Scripts in the C shell and Perl.", {"bash=C shell"}, {"c"}},
      // The compound's own name of itself is no system: "POSIX shell" stays Bash.
      {"Go, Ruby and POSIX shell.", {"bash=POSIX shell"}, {"posix"}},
      // No whole word: Java is not in JavaScript.
      {"JavaScript and TypeScript on the front end.", {"javascript=JavaScript"}, {"java"}},
      // A '/' joins alternatives, not a compound.
      {"A BSc/MSc in Computer Science.", {}, {"bachelors-degree=BSc"}},
      // A longer match of the compound's skill still covers its words.
      {"Microsoft SQL Server 2019 administration.", {"sql-server=Microsoft SQL Server"}, {"sql"}},
  };
  for (const Case& c : cases) {
    const std::vector<std::string> found = Found(c.text);
    const std::string text = c.text;
    CAPTURE(text);
    for (const char* p : c.present) CHECK_MESSAGE(Has(found, p), "missing " << std::string(p));
    for (const char* a : c.absent) CHECK_MESSAGE(!HasSkill(found, a), "unexpected " << std::string(a));
  }
}

TEST_CASE("compound mentions: the parts keep their own spans, in order and without overlap") {
  const std::string text = "Java Spring Boot, UNIX scripting";
  const std::vector<Mention> ms = Matcher().Find(text);
  REQUIRE(ms.size() >= 4);
  for (size_t i = 1; i < ms.size(); ++i) CHECK(ms[i - 1].end <= ms[i].begin);
}
