// A site named as a link on a resume's contact lines is no skill (extract/contact_lines.h).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "extract/contact_lines.h"
#include "test_util.h"

using namespace skillfit;

TEST_CASE("contact lines: what is one") {
  struct Case {
    const char* line;
    bool contact;
  } cases[] = {
      {"LinkedIn | GitHub", true},                                   // labels only
      {"website/self.ana.com | ana@x.org | 1-508-344-6613 | github/3ilo", true},
      {"GitHub: justalk", true},
      {"+63 999 656 9480", true},                                     // a phone number
      {"ana@x.org", true},
      {"Cairo, Egypt | ana.ashraf@gmail.com", true},
      // No address, number or label only.
      {"JUNIOR PENETRATION TESTER | WEB APPLICATION PENTESTING", false},
      {"GitHub Actions, Docker, Kubernetes", false},
      {"Built CI in GitHub Actions for 12 services", false},
      {"Class of 2019", false},
      {"", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line);
    CHECK(IsContactLine(c.line) == c.contact);
  }
}

TEST_CASE("contact lines: the site's label is no mention; the same site in the body is") {
  const KnowledgeBase& kb = testing::Kb();
  auto has = [&](const ResumeProfile& p, const char* name) {
    return std::any_of(p.skills.begin(), p.skills.end(), [&](const ResumeSkill& s) {
      return kb.skills()[s.skill].name == name && s.mentions.size() > 0;
    });
  };
  const std::string top = "Ana Ruiz\nBackend Developer\nana@ruiz.dev | +1 555 010 0199 | GitHub: anaruiz\n";
  const std::string body =
      "\nExperience\nBackend Developer, Acme | Jan 2020 - Present\n"
      "\xE2\x80\xA2 Built billing services in Python\n";
  CHECK_FALSE(has(testing::ResumeOf(top + body), "GitHub"));
  CHECK(has(testing::ResumeOf(top + body), "Python"));
  CHECK(has(testing::ResumeOf(top + body + "\xE2\x80\xA2 Moved our CI to GitHub and GitHub Actions\n"),
            "GitHub"));
  // A line under the name with skills and an address keeps its skills.
  CHECK(has(testing::ResumeOf("Ana Ruiz\nPython developer | ana@ruiz.dev\n" + body), "Python"));
}
