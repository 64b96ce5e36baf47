// A JD's degree asks give the kb's degree-in-a-field skills they name, in place of the generic
// degree of the level (engine/src/extract/degree_skills.h).
#include "extract/degree_skills.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "skillfit/document.h"
#include "skillfit/profile.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::Kb;
using skillfit::testing::Matcher;

namespace {

// The ids of the degree skills ExtractJd names (with mentions) in `text`.
std::set<std::string> NamedDegrees(const std::string& text) {
  const Result<Document> doc = LoadDocumentFromBytes(text, "posting.txt");
  REQUIRE(doc.ok());
  std::set<std::string> out;
  for (const JdSkill& s : ExtractJd(*doc, Matcher(), {}).skills) {
    const Skill& skill = Kb().skills()[s.skill];
    if (!s.mentions.empty() && skill.category == "degrees") out.insert(skill.id);
  }
  return out;
}

std::set<std::string> Ids(const std::vector<int>& skills) {
  std::set<std::string> out;
  for (int s : skills) out.insert(Kb().skills()[s].id);
  return out;
}

}  // namespace

TEST_CASE("degree skills: the fields written after a level, run together or not") {
  struct Case {
    DegreeLevel level;
    const char* fields;
    std::set<std::string> ids;
  } const cases[] = {
      {DegreeLevel::kMaster, "Mechanical Engineering either", {"masters-mechanical-engineering"}},
      {DegreeLevel::kBachelor,
       "Computer Science Electrical Engineering",
       {"bachelors-computer-science", "bachelors-electrical-engineering"}},
      // A bare "Engineering" after a field is that field's school, not a second field.
      {DegreeLevel::kBachelor, "Computer Science Engineering", {"bachelors-computer-science"}},
      {DegreeLevel::kMaster, "computer science engineering", {"masters-computer-science"}},
      {DegreeLevel::kBachelor,
       "Computer Science Mechanical Engineering",
       {"bachelors-computer-science", "bachelors-mechanical-engineering"}},
      {DegreeLevel::kBachelor, "Engineering", {"bachelors-engineering"}},
      // The longest field at a word: not "Engineering" again inside "Mechanical Engineering".
      {DegreeLevel::kBachelor, "mechanical engineering", {"bachelors-mechanical-engineering"}},
      // A field the kb spells no degree in, and a level it spells no field of.
      {DegreeLevel::kBachelor, "underwater basket weaving", {}},
      {DegreeLevel::kAssociate, "Computer Science", {}},
      // Only degrees of the level: a PhD in informatics is no bachelor's in information science.
      {DegreeLevel::kDoctorate, "informatics robotics", {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.fields);
    CHECK(Ids(DegreeInFieldSkills(Matcher(), c.level, c.fields)) == c.ids);
  }
}

TEST_CASE("degree skills: a JD's asks name degrees in their fields, not the generic degree") {
  struct Case {
    const char* text;
    std::set<std::string> named;
  } const cases[] = {
      {"Field Engineer\n\nRequirements\n- A master or bachelors degree in mechanical engineering\n",
       {"bachelors-mechanical-engineering", "masters-mechanical-engineering"}},
      {"Firmware Engineer\n\nRequirements\n- Bachelor's or Master's degree in Computer Science "
       "Electrical Engineering or a similar area\n",
       {"bachelors-computer-science", "masters-computer-science",
        "bachelors-electrical-engineering", "masters-electrical-engineering"}},
      {"Web Engineer\n\nRequirements\n- Degree in Computer Science, Engineering, or a related "
       "field\n",
       {"bachelors-computer-science", "bachelors-engineering"}},
      // A bare "degree" beside a higher level asks no bachelor's.
      {"Physicist\n\nRequirements\n- A PhD degree in physics and a strong record of papers\n",
       {"phd"}},
      // No field: the generic degree stays.
      {"Analyst\n\nRequirements\n- A bachelor's degree and 3 years of Python\n",
       {"bachelors-degree"}},
      // Fields in brackets after the degree; a degree of another ask beside it.
      {"Developer\n\nRequirements\n- University degree ( computer science or business "
       "administration )\n",
       {"bachelors-computer-science", "bachelors-business"}},
      {"Product Manager\n\nRequirements\n- Bachelor\u2019s degree (MBA preferred).\n",
       {"bachelors-degree", "mba"}},
      // A master's in business administration written out is the MBA.
      {"Analyst\n\nRequirements\n- Bachelor or Masters degree in business administration or "
       "computer science\n",
       {"bachelors-business", "mba", "bachelors-computer-science", "masters-computer-science"}},
      // A head shared back over the list: "Mechanical or Electrical Engineering" asks both.
      {"Design Engineer\n\nRequirements\n- Bachelor in Mechanical or Electrical Engineering\n",
       {"bachelors-mechanical-engineering", "bachelors-electrical-engineering"}},
      {"Design Engineer\n\nRequirements\n- BSc or MSc in Mechanical, Civil or Electrical "
       "Engineering\n",
       {"bachelors-mechanical-engineering", "bachelors-civil-engineering",
        "bachelors-electrical-engineering", "masters-mechanical-engineering",
        "masters-civil-engineering", "masters-electrical-engineering"}},
      // A field complete alone takes no head: no "Physics Engineering", no "Finance Science".
      {"Engineer\n\nRequirements\n- Bachelor's degree in Physics or Electrical Engineering\n",
       {"bachelors-physics", "bachelors-electrical-engineering"}},
      {"Analyst\n\nRequirements\n- Master's degree in Finance or Computer Science\n",
       {"masters-finance", "masters-computer-science"}},
      // U+0092 for the apostrophe: the kb's spellings miss the degree, the reader does not.
      {"Analyst\n\nRequirements\n- Hold a master\u0092s degree in Finance Economics or similar\n",
       {"masters-finance", "masters-economics"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(NamedDegrees(c.text) == c.named);
  }
}

TEST_CASE("degree skills: the run of fields after 'degree in' when no list was read") {
  struct Case {
    const char* sentence;
    const char* run;
  } const cases[] = {
      {"You hold a bachelor degree in physics chemistry or a related field", "physics chemistry"},
      // Commas only part the fields.
      {"A degree in statistics, economics or similar and 3 years of SQL", "statistics economics"},
      {"University degree ( computer science or business administration ) is a plus",
       "computer science or business administration"},
      {"A master degree within Finance or management and some years of work",
       "Finance or management"},
      {"A degree and experience in finance", ""},
      // A field said once after another credential is the degree's too.
      {"A Bachelors degree or a Graduate Diploma in Business Administration",
       "Business Administration"},
      {"Degree or equivalent qualification in finance", "finance"},
      {"A degree or 3 years of experience in finance", ""},
      {"A degree or a strong interest in finance", ""},
      {"Degree in 2020 or later", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    CHECK(FieldRunAfterDegree(c.sentence) == c.run);
  }
  // End to end: fields the degree reader leaves (eight words run together) still name degrees.
  CHECK(NamedDegrees("Data Partner\n\nRequirements\n- You hold a Bachelor degree in business "
                     "administration computer science data science or a related field\n") ==
        std::set<std::string>{"bachelors-business", "bachelors-computer-science",
                              "bachelors-data-science"});
}

TEST_CASE("degree skills: a field's degree named without a level takes the level said right around it") {
  struct Case {
    const char* ask;
    std::set<std::string> degrees;  // the degree-in-field skills named (generic ones left out)
  } const cases[] = {
      // A master's said before or after, in the same clause.
      {"You have a business or finance degree at masters level", {"masters-finance"}},
      {"You hold a masters degree in finance", {"masters-finance"}},
      {"A finance degree at a master's level is required", {"masters-finance"}},
      // No level, a bachelor's, both levels, or a master's in another clause: as read.
      {"You have a finance degree", {"bachelors-finance"}},
      {"A finance degree, a master's degree is a plus", {"bachelors-finance"}},
      {"A bachelor's or master's degree in finance", {"bachelors-finance", "masters-finance"}},
  };
  for (const Case& c : cases) {
    const std::string ask = c.ask;
    CAPTURE(ask);
    std::set<std::string> named;
    for (const std::string& id : NamedDegrees("Analyst\nRequirements\n- " + ask + "\n")) {
      if (id != "bachelors-degree" && id != "masters-degree" && id != "high-school-diploma") {
        named.insert(id);
      }
    }
    CHECK(named == c.degrees);
  }
}
