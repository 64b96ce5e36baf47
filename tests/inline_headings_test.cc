// Issue 13 item 4: a heading in capitals inside a flattened line makes what follows it in its
// sentence context when it names the company, benefits or legal text
// (engine/src/extract/inline_headings.h).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/inline_headings.h"
#include "skillfit/document.h"
#include "skillfit/profile.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::Kb;
using skillfit::testing::Matcher;

TEST_CASE("inline headings: capitals inside a line that name a context kind") {
  struct Case {
    const char* line;
    std::vector<std::string> headings;  // the capitals found, in order
  };
  const Case cases[] = {
      {"You know the domain THE EQUIPMENT WE PROVIDE Free fruit and fast laptops",
       {"THE EQUIPMENT WE PROVIDE"}},
      {"Ship weekly WHAT WE OFFER Pension and gym ABOUT THE COMPANY We sell glasses",
       {"WHAT WE OFFER", "ABOUT THE COMPANY"}},
      {"Handle the rollout THIS ROLE OFFERS YOU growth and travel", {"THIS ROLE OFFERS YOU"}},
      // Demands and duties are left to the sentence's words.
      {"Good pay OUR IDEAL CANDIDATE has five years of SQL", {}},
      {"Daily work AS OUR CONTENT MANAGER YOU WILL write", {}},
      // Names in capitals, acronyms, and a line that opens with its heading.
      {"Experience with AWS EC2 and SQL SERVER in production", {}},
      {"BENEFITS AND PERKS are listed below", {}},
      {"Work with NASA ESA and JAXA teams", {}},
  };
  for (const Case& c : cases) {
    const std::string line = c.line;
    CAPTURE(line);
    std::vector<std::string> found;
    for (const InlineHeading& h : FindInlineHeadings(line)) {
      found.push_back(line.substr(h.begin, h.end - h.begin));
    }
    CHECK(found == c.headings);
  }
}

TEST_CASE("inline headings: skills after one, to the sentence's end, are context") {
  const std::string posting =
      "Embedded Engineer\nYou have 3 years of C++ and know Yocto THE EQUIPMENT WE PROVIDE Enjoy "
      "fruit and state of the art laptops ( MacOS Windows? ) Work with Rust and Docker every day\n";
  const Result<Document> doc = LoadDocumentFromBytes(posting, "posting.txt");
  REQUIRE(doc.ok());
  std::string macos = "absent", cpp = "absent", rust = "absent";
  for (const JdSkill& s : ExtractJd(*doc, Matcher(), {}).skills) {
    const std::string& id = Kb().skills()[s.skill].id;
    if (s.mentions.empty()) continue;
    if (id == "macos") macos = RequirementLevelName(s.level);
    if (id == "cpp") cpp = RequirementLevelName(s.level);
    if (id == "rust") rust = RequirementLevelName(s.level);
  }
  CHECK(macos == "context");
  CHECK(cpp == "required");
  CHECK(rust != "context");  // a new sentence: the heading no longer speaks for it
}
