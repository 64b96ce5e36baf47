// Titles held as evidence: the kb table, its loader, and a title's years in a resume, with
// the kb cache on and off.
#include "skillfit/title_table.h"

#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include "skillfit/engine.h"
#include "test_util.h"

using namespace skillfit;

namespace {

std::string WriteFile(const std::string& name, const std::string& text) {
  const std::string path = testing::TempDir() + "/" + name;
  std::ofstream(path) << text;
  return path;
}

const ResumeSkill* Held(const ResumeProfile& p, const KnowledgeBase& kb, const char* id) {
  for (const ResumeSkill& s : p.skills) {
    if (kb.skills()[s.skill].id == id) return &s;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("titles: the kb table names skills by whole words") {
  auto table = TitleTable::Load(testing::SourceDir() + "/kb/titles.yaml", testing::Kb());
  REQUIRE(table.ok());
  CHECK(table->size() > 20);
  struct Case {
    const char* title;
    std::vector<std::string> ids;
  } cases[] = {
      {"Senior Data Scientist", {"data-science"}},
      {"Sr. Site Reliability Engineer", {"site-reliability-engineering"}},
      {"Engineering Manager", {"leadership", "people-management"}},
      {"CTO", {"leadership", "people-management", "technical-leadership"}},
      {"Director of Engineering", {"leadership", "people-management"}},
      {"Doctor", {}},             // "cto" inside a word is no title
      {"Software Engineer", {"software-development"}},
      {"Operations Manager", {}},  // a title that names no skill of its own
      {"Hardware Team Lead", {"leadership", "people-management", "teamwork"}},
      {"Robotics Team Member", {"teamwork"}},
      {"Application Developer", {"software-development"}},
      {"Senior iOS Developer", {"mobile-development"}},
      {"Embedded Software Engineer", {"software-development", "embedded-systems"}},
      {"Business Developer", {}},  // sells: no bare "developer"
      {"CNC Programmer", {}},      // machines parts: no bare "programmer"
      // A language before the post word, by the kb's names and aliases of its languages.
      {"Freelance Java Developer", {"software-development"}},
      {"Golang Engineer", {"software-development"}},
      {"Python Programmer", {"software-development"}},
      {"Spanish Developer", {}},   // a spoken language is no programming language
      {"Java Coffee Barista", {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.title);
    std::vector<std::string> got;
    for (int s : table->SkillsOf(c.title)) got.push_back(testing::Kb().skills()[s].id);
    CHECK(got == c.ids);
  }
}

TEST_CASE("titles: the loader's unhappy paths") {
  auto missing = TitleTable::Load(testing::TempDir() + "/none.yaml", testing::Kb());
  REQUIRE(missing.ok());
  CHECK(missing->size() == 0);
  auto unknown = TitleTable::Load(
      WriteFile("t1.yaml", "titles:\n  - title: wizard\n    skills: [no-such-skill]\n"), testing::Kb());
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().message().find("t1.yaml:3: title 'wizard': unknown skill 'no-such-skill'") !=
        std::string::npos);
  auto shapeless = TitleTable::Load(WriteFile("t2.yaml", "titles: [1, 2]\n"), testing::Kb());
  CHECK_FALSE(shapeless.ok());
  auto broken = TitleTable::Load(WriteFile("t3.yaml", "titles: [\n"), testing::Kb());
  CHECK_FALSE(broken.ok());
  auto no_category = TitleTable::Load(
      WriteFile("t4.yaml", "titles:\n  - title: \"{no-such-category} developer\"\n    skills: [software-development]\n"),
      testing::Kb());
  REQUIRE_FALSE(no_category.ok());
  CHECK(no_category.status().message().find("t4.yaml:2: title '{no-such-category} developer': no skill of that category") !=
        std::string::npos);
}

TEST_CASE("titles: a title held gives its skills the role's years, cache on or off") {
  const std::string cv =
      "Jane Doe\n\nEXPERIENCE\nEngineering Manager, Acme\nJan 2019 - Dec 2023\n"
      "- Ran the payments team.\nSoftware Engineer, Initech\nJan 2015 - Dec 2018\n- Wrote Go.\n";
  const std::string cache = testing::TempDir();
  for (int run = 0; run < 3; ++run) {
    CAPTURE(run);
    EngineOptions options;
    options.kb_root = testing::SourceDir() + "/kb";
    options.cache_dir = run == 0 ? "" : cache;  // off, then a cold and a warm cached start
    options.load_question_bank = false;
    auto engine = Engine::Open(options);
    REQUIRE(engine.ok());
    auto out = (*engine)->Extract(DocumentInput::Bytes("cv.txt", cv), DocKind::kResume);
    REQUIRE(out.ok());
    const ResumeSkill* lead = Held(out->resume, (*engine)->kb(), "people-management");
    REQUIRE(lead != nullptr);
    CHECK(lead->in_experience);
    CHECK(lead->roles == 1);
    CHECK(lead->years == doctest::Approx(5.0));
  }
}
