#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/acronym_plural.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::Kb;
using skillfit::testing::Matcher;

namespace {

// "id@begin-end" of each mention the plurals leave in `text`.
std::vector<std::string> PluralIds(const std::string& text) {
  std::vector<std::string> out;
  for (const Mention& m : WithAcronymPluralMentions(text, Matcher(), Matcher().Find(text))) {
    out.push_back(Kb().skills()[m.skill].id + "@" + std::to_string(m.begin) + "-" +
                  std::to_string(m.end));
  }
  return out;
}

bool HasId(const std::vector<std::string>& found, const std::string& id) {
  for (const std::string& f : found) {
    if (f.rfind(id + "@", 0) == 0) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("acronym plural: an apostrophe's plural names the skill the plural names, with its span") {
  struct Case {
    const char* text;
    const char* id_at;  // "id@begin-end" that must be found
  } const cases[] = {
      {"Experience with API's and microservices", "api-design@16-21"},
      // The typographic apostrophe is three bytes: the span ends after the "s".
      {"introducing API\xE2\x80\x99s, microservices and gateways", "api-design@12-19"},
      {"Write SOP's for the team", "process-documentation@6-11"},
      {"Provision VM\xE2\x80\x99s on demand", "virtualization@10-16"},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    const std::vector<std::string> found = PluralIds(text);
    CAPTURE(text);
    CAPTURE(found);
    bool has = false;
    for (const std::string& f : found) has = has || f == c.id_at;
    CHECK(has);
  }
}

TEST_CASE("acronym plural: no skill from a possessive, a word of small letters or a held guard") {
  struct Case {
    const char* text;
    const char* id;  // must not be found
  } const cases[] = {
      // Not all capitals: no acronym.
      {"The Api's docs with Python and microservices", "api-design"},
      // A letter after the "s": no plural.
      {"API'sx and microservices", "api-design"},
      // The plural's guard still asks for another skill named plainly nearby.
      {"Read the API's docs before lunch", "api-design"},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    const std::vector<std::string> found = PluralIds(text);
    CAPTURE(text);
    CAPTURE(found);
    CHECK_FALSE(HasId(found, c.id));
  }
}

TEST_CASE("acronym plural: a possessive keeps the acronym's own skill and span") {
  struct Case {
    const char* text;
    const char* id_at;  // the acronym's own mention, the only one
  } const cases[] = {
      {"SAP's finance modules", "sap@0-3"},
      // The singular names the skill already: it is not named twice.
      {"Report KPI's to the board", "kpis@7-10"},
      // Ends in S: never read as "AWSs".
      {"AWS's console", "aws@0-3"},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    const std::vector<std::string> found = PluralIds(text);
    CAPTURE(text);
    CAPTURE(found);
    CHECK(found == std::vector<std::string>{c.id_at});
  }
}
