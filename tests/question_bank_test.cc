// The question bank: loads clean, covers what real JDs ask, and every guide is its own.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "skillfit/question_bank.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::Kb;
using skillfit::testing::SourceDir;

namespace {
const QuestionBank& Bank() {
  static std::shared_ptr<const QuestionBank> bank = [] {
    auto b = QuestionBank::Load(SourceDir() + "/kb/questions", Kb());
    REQUIRE_MESSAGE(b.ok(), b.status().message());
    return b.value();
  }();
  return *bank;
}
}  // namespace

TEST_CASE("questions: the bank loads with no problem and is large enough") {
  auto issues = QuestionBank::Lint(SourceDir() + "/kb/questions", Kb());
  for (const KbIssue& i : issues) MESSAGE(i.ToString());
  CHECK(issues.empty());
  CHECK(Bank().questions().size() >= 300);
}

TEST_CASE("questions: every skill in kb/questions/coverage.txt has a basic and an advanced question") {
  std::ifstream in(SourceDir() + "/kb/questions/coverage.txt");
  std::string id;
  int checked = 0;
  while (std::getline(in, id)) {
    if (id.empty() || id[0] == '#') continue;
    CAPTURE(id);
    const int s = Kb().IndexOf(id);
    REQUIRE(s >= 0);
    bool basic = false, advanced = false;
    for (int q : Bank().ForSkill(s)) {
      basic |= Bank().questions()[q].level == QuestionLevel::kBasic;
      advanced |= Bank().questions()[q].level == QuestionLevel::kAdvanced;
    }
    CHECK(basic);
    CHECK(advanced);
    ++checked;
  }
  CHECK(checked == 168);  // the 150 counted on 2026-11-29 plus 18 often-asked skills added 2026-12-07
}

TEST_CASE("questions: every skill category and at least 12 behavioural themes are covered") {
  std::set<std::string> categories;
  std::map<std::string, int> themes;
  int behavioural = 0;
  for (const Question& q : Bank().questions()) {
    for (int s : q.skills) categories.insert(Kb().skills()[s].category);
    for (const std::string& t : q.themes) ++themes[t];
    bool soft_only = true;
    for (int s : q.skills) soft_only = soft_only && Kb().skills()[s].kind == SkillKind::kSoft;
    if (!q.themes.empty() && soft_only) ++behavioural;
  }
  for (const Category& c : Kb().categories()) {
    CAPTURE(c.id);
    CHECK(categories.count(c.id) == 1);
  }
  CHECK(behavioural >= 60);
  int themes_with_five = 0;
  for (const auto& [t, n] : themes) themes_with_five += n >= 5;
  CHECK(themes_with_five >= 12);
}

TEST_CASE("questions: no two study guides or question texts are near-duplicates") {
  // Guides (answer and explanation) may share at most 30% of their word trigrams; question
  // texts, which share openings like "What is the difference between", 50%.
  int flagged = 0;
  for (const NearDuplicate& d : FindNearDuplicates(Bank(), 0.3)) {
    if (d.what == "text" && d.similarity < 0.5) continue;
    ++flagged;
    MESSAGE(d.what << " " << d.similarity << ": " << Bank().questions()[d.a].id << " ~ "
                   << Bank().questions()[d.b].id);
  }
  CHECK(flagged == 0);
}

TEST_CASE("questions: the near-duplicate check finds a copied guide") {
  const std::string dir = skillfit::testing::TempDir();
  std::ofstream(dir + "/q.yaml") << R"(questions:
  - id: a-one
    level: basic
    skills: [python]
    text: "What is a Python generator?"
    answer: "A generator is a function that yields values lazily. It keeps its frame between calls. Memory stays flat for long sequences."
    explanation: ["yield suspends the frame", "next() resumes it"]
    exercise: ["Write one", "Call next on it", "Exhaust it"]
  - id: a-two
    level: basic
    skills: [python]
    text: "How do Python decorators work?"
    answer: "A generator is a function that yields values lazily. It keeps its frame between calls. Memory stays flat for long sequences."
    explanation: ["yield suspends the frame", "next() resumes it"]
    exercise: ["Write one", "Call next on it", "Exhaust it"]
)";
  auto bank = QuestionBank::Load(dir, Kb());
  REQUIRE(bank.ok());
  const auto dups = FindNearDuplicates(**bank, 0.3);
  REQUIRE(dups.size() == 1);
  CHECK(dups[0].what == "answer");
}

TEST_CASE("questions: broken entries are reported with file and line") {
  const std::string dir = skillfit::testing::TempDir();
  std::ofstream(dir + "/bad.yaml") << R"(questions:
  - id: dup
    level: expert
    skills: [no-such-skill]
    themes: [no-such-theme]
    text: "Q?"
    answer: "One."
    explanation: ["only one"]
    exercise: ["a"]
  - id: dup
    level: basic
    text: "Q2?"
)";
  const auto issues = QuestionBank::Lint(dir, Kb());
  std::string all;
  for (const KbIssue& i : issues) all += i.ToString() + "\n";
  CHECK(all.find("bad.yaml:2:5: question 'dup': level 'expert'") != std::string::npos);
  CHECK(all.find("unknown skill 'no-such-skill'") != std::string::npos);
  CHECK(all.find("unknown theme 'no-such-theme'") != std::string::npos);
  CHECK(all.find("'explanation' needs 2-4 points") != std::string::npos);
  CHECK(all.find("'exercise' needs 3-5 steps") != std::string::npos);
  CHECK(all.find("id defined twice") != std::string::npos);
  CHECK(all.find("needs at least one skill or theme") != std::string::npos);
  CHECK(all.find("missing 'answer'") != std::string::npos);
}
