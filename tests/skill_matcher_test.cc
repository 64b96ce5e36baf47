// Surface forms -> skills, ambiguous names, word boundaries, overlaps, implies.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

#include "skillfit/skill_matcher.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::Kb;
using skillfit::testing::Matcher;
using skillfit::testing::ReadTsvSet;

namespace {
bool Names(const std::string& text, const std::string& id, std::string* span = nullptr) {
  const int want = Kb().IndexOf(id);
  REQUIRE_MESSAGE(want >= 0, "no skill '" << id << "' in kb/");
  for (const Mention& m : Matcher().Find(text)) {
    if (m.skill == want) {
      if (span) *span = text.substr(m.begin, m.end - m.begin);
      return true;
    }
  }
  return false;
}
// Whether `span`, the mention of a form written in `text`, is the whole form, or its last
// words with the words before them found as another mention.
bool CoveredAsCompound(const std::string& text, const std::string& form, const std::string& span) {
  if (span == form) return true;
  if (span.size() >= form.size() || form.compare(form.size() - span.size(), span.size(), span) != 0) {
    return false;
  }
  const size_t form_at = text.find(form);
  for (const Mention& m : Matcher().Find(text)) {
    if (m.begin == form_at && m.end < form_at + form.size() - span.size()) return true;
  }
  return false;
}
}  // namespace

TEST_CASE("aliases: every surface form maps to its skill (tests/data/alias_cases.tsv and alias_cases/)") {
  const auto rows = ReadTsvSet("alias_cases");
  CHECK(rows.size() >= 150);
  for (const auto& r : rows) {
    REQUIRE(r.size() == 2);
    // In a list with other skills, so guarded names have the context they need.
    const std::string text = "Tools we use: Docker, " + r[0] + ", and Jira.";
    CAPTURE(text);
    std::string span;
    CHECK_MESSAGE(Names(text, r[1], &span), "'" << r[0] << "' should name " << r[1]);
    // The whole form, or its last words when its first name is a skill of its own
    // ("AWS Lambda" -> AWS + Lambda: compound_mentions_test.cc).
    CHECK(CoveredAsCompound(text, r[0], span));
  }
}

TEST_CASE("ambiguous names: guarded words match only as skills (tests/data/ambiguous_cases.tsv and ambiguous_cases/)") {
  const auto rows = ReadTsvSet("ambiguous_cases");
  int yes = 0, no = 0;
  for (const auto& r : rows) {
    REQUIRE(r.size() == 3);
    CAPTURE(r[0]);
    CAPTURE(r[1]);
    const bool expect = r[2] == "yes";
    (expect ? yes : no)++;
    CHECK(Names(r[0], r[1]) == expect);
  }
  CHECK(yes >= 40);
  CHECK(no >= 40);
}

TEST_CASE("word boundaries: C is not in C++ or C#, Java is not in JavaScript") {
  CHECK_FALSE(Names("We write C++ and C# on Linux.", "c"));
  CHECK(Names("We write C++ and C# on Linux.", "cpp"));
  CHECK(Names("We write C++ and C# on Linux.", "csharp"));
  CHECK_FALSE(Names("Modern JavaScript and TypeScript.", "java"));
  CHECK(Names("ASP.NET and .NET Core services.", "dotnet"));
  CHECK(Names("Pipelines: CI/CD with Jenkins.", "ci-cd"));
  CHECK(Names("Node.js APIs", "nodejs"));
}

TEST_CASE("word boundaries: a byte outside ASCII ends a word, as punctuation does") {
  // PDFs and word processors glue bullets, curly quotes and dashes to the word.
  CHECK(Names("Skills: \u2022Python \u2022Docker", "python"));
  CHECK(Names("Skills: \u2022Python \u2022Docker", "docker"));
  CHECK(Names("\u201cKubernetes\u201d and \u2013Terraform", "kubernetes"));
  CHECK(Names("\u201cKubernetes\u201d and \u2013Terraform", "terraform"));
  CHECK(Names("migrating with a \u201clift and shift\u201d plan", "cloud-migration"));
  // The patterns that start at a word begun by a stem ("improv...", "bachelor...") too.
  CHECK(Names("\u2022Bachelor\u2019s degree in Computer Science", "bachelors-computer-science"));
  // The rule is the one kLeft has always had: any byte but an ASCII letter, digit or '_'
  // may come before a mention, a letter outside ASCII too.
  CHECK(Names("\u00e9Python", "python"));
  CHECK_FALSE(Names("_Python", "python"));
}

TEST_CASE("overlaps: the longer mention wins") {
  const auto ms = Matcher().Find("React Native apps");
  REQUIRE(ms.size() == 1);
  CHECK(Kb().skills()[ms[0].skill].id == "react-native");
  CHECK(ms[0].begin == 0);
  CHECK(ms[0].end == 12);
}

TEST_CASE("implies: EKS implies Kubernetes and AWS; PostgreSQL implies SQL") {
  auto implied = [](const char* from, const char* to) {
    const int f = Kb().IndexOf(from), t = Kb().IndexOf(to);
    REQUIRE(f >= 0);
    REQUIRE(t >= 0);
    const auto& c = Kb().ImpliedBy(f);
    return std::find(c.begin(), c.end(), t) != c.end();
  };
  CHECK(implied("eks", "kubernetes"));
  CHECK(implied("eks", "aws"));
  CHECK(implied("postgresql", "sql"));
  CHECK_FALSE(implied("kubernetes", "eks"));
}

TEST_CASE("related is symmetric: AWS ~ GCP ~ Azure") {
  const int aws = Kb().IndexOf("aws"), gcp = Kb().IndexOf("gcp");
  const auto& r1 = Kb().RelatedTo(aws);
  const auto& r2 = Kb().RelatedTo(gcp);
  CHECK(std::find(r1.begin(), r1.end(), gcp) != r1.end());
  CHECK(std::find(r2.begin(), r2.end(), aws) != r2.end());
}

TEST_CASE("a user's pattern that may start anywhere still runs over the whole text") {
  // "(?:\d+-)?bit..." may start with a digit: no first word can be read from it (StartsOf
  // fails), so it takes the matcher's whole-text path, which the shipped kb no longer uses.
  const std::string dir = skillfit::testing::TempDir();
  std::ofstream(dir + "/user.yaml")
      << "skills:\n  - {id: bit-banging, name: Bit banging, category: programming-languages, "
         "kind: hard, patterns: ['(?:\\d+-)?bit\\s+bang(?:ing|ed)'], description: Driving "
         "a serial protocol from software by toggling pins.}\n";
  auto kb = KnowledgeBase::Load(skillfit::testing::SourceDir() + "/kb", {dir});
  REQUIRE_MESSAGE(kb.ok(), kb.status().message());
  auto matcher = SkillMatcher::Compile(kb.value());
  REQUIRE_MESSAGE(matcher.ok(), matcher.status().message());
  const int want = (*kb)->IndexOf("bit-banging");
  const std::string text = "Firmware: 8-bit banging on an AVR; bit   banged SPI in C. Arbitbanging.";
  std::vector<std::string> spans;
  for (const Mention& m : (*matcher)->Find(text)) {
    if (m.skill == want) spans.push_back(text.substr(m.begin, m.end - m.begin));
  }
  CHECK(spans == std::vector<std::string>{"8-bit banging", "bit   banged"});
}

TEST_CASE("a pattern that several skills share is asked once in its key group's set") {
  // Three skills with one pattern and a fourth with a longer one, all keyed on "zqx": where
  // most of the group passes the cheap checks, its set answers, holding the shared pattern
  // once. Of mentions with one span the first skill's is kept, as when each was asked alone.
  const std::string dir = skillfit::testing::TempDir();
  std::ofstream out(dir + "/user.yaml");
  out << "skills:\n";
  for (const char* id : {"frob-a", "frob-b", "frob-c"}) {
    out << "  - {id: " << id << ", name: " << id << ", category: devops, kind: hard, "
        << "patterns: ['zqx\\s+frobnicat(?:e|ion)'], description: A test skill.}\n";
  }
  out << "  - {id: zqx-tool, name: Zqx tool, category: devops, kind: hard, "
         "patterns: ['zqx\\s+frobnicate\\s+tools?'], description: A test skill.}\n";
  out.close();
  auto kb = KnowledgeBase::Load(skillfit::testing::SourceDir() + "/kb", {dir});
  REQUIRE_MESSAGE(kb.ok(), kb.status().message());
  auto matcher = SkillMatcher::Compile(kb.value());
  REQUIRE_MESSAGE(matcher.ok(), matcher.status().message());
  struct Case {
    const char* text;
    const char* found;  // "id=span; " for each mention of the four
  };
  const Case cases[] = {
      {"Ran the zqx frobnication job.", "frob-a=zqx frobnication; "},
      {"zqx frobnicate tools", "zqx-tool=zqx frobnicate tools; "},   // the set says both
      {"zqx  frobnicate; tools", "frob-a=zqx  frobnicate; "},        // all asked, one matches
      {"zqx frobnicate; zqx frobnicate tool",
       "frob-a=zqx frobnicate; zqx-tool=zqx frobnicate tool; "},
      {"zqx frobnicator, zqx frob", ""},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    std::string found;
    for (const Mention& m : (*matcher)->Find(text)) {
      const std::string id = (*kb)->skills()[m.skill].id;
      if (id.rfind("frob-", 0) == 0 || id == "zqx-tool") {
        found += id + "=" + text.substr(m.begin, m.end - m.begin) + "; ";
      }
    }
    CHECK(found == c.found);
  }
}

TEST_CASE("reject patterns see the line above when a mention opens a wrapped line") {
  struct Row {
    const char* text;
    bool named;
  };
  const Row rows[] = {
      // Wrapped: the words that reject "compliance" end the line above.
      {"JavaScript using modern standards, including strict mode\ncompliance, with Jest and React.", false},
      {"Ensuring Section 508\ncompliance of every page, with Selenium tests.", false},
      {"Ensuring Section 508\n  compliance of every page, with Selenium tests.", false},
      // Not a wrap: a blank line, a stop, a colon or a list mark parts the two lines.
      {"Teams run in strict mode\n\ncompliance automation with Vanta and AWS Config.", true},
      {"SOC 2 audits every year in 508 offices:\ncompliance automation with Vanta and AWS Config.", true},
      {"We ship in strict mode.\ncompliance automation with Vanta and AWS Config.", true},
      {"- Kiosk mode\n- compliance automation with Vanta and AWS Config.", true},
      // Wrapped, but nothing above rejects it.
      {"SOC 2 audits and security\ncompliance automation with Vanta and AWS Config.", true},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    CAPTURE(text);
    CHECK(Names(text, "security-compliance") == r.named);
  }
}
