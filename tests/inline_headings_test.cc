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
      // A flattened line may open with its heading.
      {"BENEFITS AND PERKS are listed below", {"BENEFITS AND PERKS"}},
      {"THIS JOB OFFERS YOU a gym and a pension OUR IDEAL CANDIDATE knows Go",
       {"THIS JOB OFFERS YOU", "OUR IDEAL CANDIDATE"}},
      // Names in capitals and acronyms.
      {"Experience with AWS EC2 and SQL SERVER in production", {}},
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

TEST_CASE("inline headings: a heading of demands after a context one ends its reach") {
  struct Case {
    const char* line;
    std::vector<bool> closes;  // per heading found, in order
  };
  const Case cases[] = {
      {"THIS JOB OFFERS YOU a gym OUR IDEAL CANDIDATE knows Go", {false, true}},
      {"Ship weekly WHAT WE OFFER Pension and gym ABOUT THE COMPANY We sell glasses",
       {false, false}},
      // Before any context heading, a heading of demands is not listed at all.
      {"Good pay OUR IDEAL CANDIDATE has five years of SQL", {}},
  };
  for (const Case& c : cases) {
    const std::string line = c.line;
    CAPTURE(line);
    std::vector<bool> closes;
    for (const InlineHeading& h : FindInlineHeadings(line)) closes.push_back(h.closes);
    CHECK(closes == c.closes);
  }
  // End to end: the perk is context, the demand after the closing heading is not.
  const std::string posting =
      "Content Editor\nTHIS JOB OFFERS YOU digital marketing events and a gym OUR IDEAL "
      "CANDIDATE has written for WordPress sites and knows SEO well\n";
  const Result<Document> doc = LoadDocumentFromBytes(posting, "posting.txt");
  REQUIRE(doc.ok());
  std::string marketing = "absent", wordpress = "absent";
  for (const JdSkill& s : ExtractJd(*doc, Matcher(), {}).skills) {
    const std::string& id = Kb().skills()[s.skill].id;
    if (s.mentions.empty()) continue;
    if (id == "marketing-technology") marketing = RequirementLevelName(s.level);
    if (id == "wordpress") wordpress = RequirementLevelName(s.level);
  }
  CHECK(marketing == "context");
  CHECK(wordpress != "context");  // ("ideal" makes it preferred: a cue of its own)
}
