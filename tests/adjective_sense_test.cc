// Skill words used as plain adjectives of a manner (engine/src/extract/adjective_sense.h).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/adjective_sense.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::JdLevelOf;
using skillfit::testing::Kb;
using skillfit::testing::Matcher;

namespace {

// Whether the matcher finds skill `id` in `text`, and whether the filter keeps it.
struct Reading {
  bool found = false;
  bool kept = false;
};

// The filter under test: WithoutMannerAdjectives, or WithoutPersonAdjectives.
using Filter = std::vector<Mention> (*)(const std::string& text);

std::vector<Mention> MannerFilter(const std::string& text) {
  return WithoutMannerAdjectives(text, Matcher(), Matcher().Find(text));
}

std::vector<Mention> PersonFilter(const std::string& text) {
  return WithoutPersonAdjectives(text, Kb(), Matcher().Find(text));
}

Reading Read(const std::string& text, const std::string& id, Filter filter = MannerFilter) {
  Reading r;
  for (const Mention& m : Matcher().Find(text)) r.found = r.found || Kb().IdOf(m.skill) == id;
  for (const Mention& m : filter(text)) r.kept = r.kept || Kb().IdOf(m.skill) == id;
  return r;
}

}  // namespace

TEST_CASE("adjective sense: a skill word among plain adjectives of a manner is no skill") {
  struct Case {
    const char* text;
    const char* id;
    bool kept;
  } const cases[] = {
      // Dropped: the list ends before a noun of manner and holds a plain adjective.
      {"meets current and future needs in an efficient, sustainable, agile, and adaptable manner",
       "agile", false},
      {"meets current and future needs in an efficient, sustainable, agile, and adaptable manner",
       "adaptability", false},
      {"Ship changes in a quick and agile fashion.", "agile", false},
      {"We deliver in modern, agile ways.", "agile", false},
      {"work in an agile and/or efficient way", "agile", false},
      {"in a flexible & adaptable manner", "adaptability", false},
      {"in a fast, agile\nand cheap way", "agile", false},
      // Kept: the method named alone, every word a skill's spelling, or no noun of manner.
      {"help them do it in an agile way", "agile", true},
      {"in an agile manner", "agile", true},
      {"delivering value in a lean and agile way", "agile", true},
      {"Help teams adopt new and agile ways of working.", "agile", true},
      {"Experience working in an agile environment", "agile", true},
      {"Work on distributed, agile teams", "agile", true},
      {"Agile/Scrum experience is required", "agile", true},
      {"You are curious, adaptable and organised.", "adaptability", true},
      {"You are adaptable to change and new tools", "adaptability", true},
      {"Taking on an agile, user-focused approach", "agile", true},
      // A blank line parts the list from the noun; digits start no word.
      {"quick and agile\n\nway", "agile", true},
      {"version 2, agile way", "agile", true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CAPTURE(c.id);
    const Reading r = Read(c.text, c.id);
    REQUIRE(r.found);
    CHECK(r.kept == c.kept);
  }
}

TEST_CASE("adjective sense: the other words of the list and the edges of the text") {
  CHECK(WithoutMannerAdjectives("", Matcher(), {}).empty());
  // The text ends inside the list, or at the noun.
  CHECK(Read("an efficient and agile", "agile").kept);
  CHECK_FALSE(Read("an efficient and agile way", "agile").kept);
  // A word the list holds that another mention covers is not plain ("Python").
  CHECK(Read("in a Python and agile way", "agile").kept);
  // A longer run of joined words is no list of adjectives.
  CHECK(Read("a, b, c, d, e, f, g, h, agile way", "agile").kept);
}

TEST_CASE("adjective sense: a JD that says how its infrastructure meets needs asks no Agile") {
  const std::string jd =
      "Requirements\n"
      "- Ensure that the infrastructure meets current and future needs in an efficient,\n"
      "  sustainable, agile, and adaptable manner.\n"
      "- Experience with Python.\n";
  CHECK(JdLevelOf(jd, "python") == "required");
  CHECK(JdLevelOf(jd, "agile") == "absent");
  CHECK(JdLevelOf(jd + "- Experience working in an agile environment.\n", "agile") ==
        "required");
}

TEST_CASE("adjective sense: a practice's word said of a person after a verb of being is no skill") {
  struct Case {
    const char* text;
    const char* id;
    bool kept;
  } const cases[] = {
      // Dropped: a person is said to be so, and no noun follows.
      {"You are agile in a big company and reach shared goals.", "agile", false},
      {"We are very agile and ship every day.", "agile", false},
      {"you're agile, curious and kind", "agile", false},
      {"You must be agile when plans change.", "agile", false},
      {"I am agile.", "agile", false},
      // Kept: a noun after it, no person before the verb, the method capitalised, or a soft skill.
      {"You are agile practitioners at heart.", "agile", true},
      {"The process is agile and lean.", "agile", true},
      {"You are Agile in every team.", "agile", true},
      {"Experience with agile in a big company.", "agile", true},
      {"You are adaptable to change and new tools", "adaptability", true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CAPTURE(c.id);
    const Reading r = Read(c.text, c.id, PersonFilter);
    REQUIRE(r.found);
    CHECK(r.kept == c.kept);
  }
}

TEST_CASE("adjective sense: a JD that says the candidate is agile asks no Agile") {
  const std::string jd =
      "Requirements\n- You are agile in a big company.\n- Experience with Python.\n";
  CHECK(JdLevelOf(jd, "python") == "required");
  CHECK(JdLevelOf(jd, "agile") == "absent");
}
