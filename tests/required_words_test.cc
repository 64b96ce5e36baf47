// RequiredWordsOf: the words every match of a pattern holds, which the matcher checks before
// it compiles or runs the pattern. They must never rule out a real match.
#include "kb/required_words.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include "skillfit/knowledge_base.h"
#include "test_util.h"

using skillfit::ContainsWord;
using skillfit::FoldsToAscii;
using skillfit::RequiredWordsOf;
using Words = std::vector<std::string>;

TEST_CASE("RequiredWordsOf: top-level letters only, lowercased") {
  CHECK(RequiredWordsOf("(?:aws|amazon\\s+web\\s+services)\\s+Certified\\s+developer") ==
        Words{"aws|services", "certified", "developer"});
  CHECK(RequiredWordsOf("colou?r\\s+theory") == Words{"colo", "r", "theory"});
  CHECK(RequiredWordsOf("ab+c") == Words{"ab", "c"});
  CHECK(RequiredWordsOf("ab*c") == Words{"a", "c"});
  CHECK(RequiredWordsOf("a|bc") == Words{"a|bc"});
  CHECK(RequiredWordsOf("a|\\d+").empty());  // an alternative that needs no word
  CHECK(RequiredWordsOf("sys\\s?ops") == Words{"sys", "ops"});
}

TEST_CASE("RequiredWordsOf: a group that must match requires one word of each alternative") {
  CHECK(RequiredWordsOf("(?:cs|computer\\s+science)\\s+degree") == Words{"cs|computer", "degree"});
  CHECK(RequiredWordsOf("(?i:Go|Rust)+x") == Words{"go|rust", "x"});
  CHECK(RequiredWordsOf("(?P<k>kube)x") == Words{"kube", "x"});
  CHECK(RequiredWordsOf("(?:net)?core") == Words{"core"});   // optional
  CHECK(RequiredWordsOf("(?:a|b)*c") == Words{"c"});
  CHECK(RequiredWordsOf("(?i)rust") == Words{"rust"});       // flags only
  CHECK(RequiredWordsOf("(?:a|[xy])z") == Words{"z"});       // an alternative with no word
}

TEST_CASE("RequiredWordsOf: escapes, classes and counts say nothing") {
  CHECK(RequiredWordsOf("\\x41bc") == Words{"bc"});     // \x41 is 'A', not "41bc"
  CHECK(RequiredWordsOf("\\x{41}bc") == Words{"bc"});
  CHECK(RequiredWordsOf("\\101bc") == Words{"bc"});     // octal
  CHECK(RequiredWordsOf("\\pLab") == Words{"ab"});
  CHECK(RequiredWordsOf("[a|b(]xy") == Words{"xy"});
  CHECK(RequiredWordsOf("[]a]xy") == Words{"xy"});
  CHECK(RequiredWordsOf("(?:x|y){0,2}zz") == Words{"zz"});  // regression: "0" and "2"
  CHECK(RequiredWordsOf("ab{2}cd") == Words{"a", "cd"});
  CHECK(RequiredWordsOf("(a(b)c)de") == Words{"a", "de"});
  CHECK(RequiredWordsOf("\\Qa|b\\E").empty());
}

TEST_CASE("ContainsWord and FoldsToAscii") {
  CHECK(ContainsWord("AWS Certified", "certified"));
  CHECK(ContainsWord("a Computer", "cs|computer"));
  CHECK_FALSE(ContainsWord("a Computr", "cs|computer"));
  CHECK_FALSE(ContainsWord("AWS Certifie", "certified"));
  CHECK(FoldsToAscii("\xE2\x84\xAA"));  // the Kelvin sign, which (?i) takes to 'k'
  CHECK(FoldsToAscii("\xC5\xBF"));      // the long s
  CHECK_FALSE(FoldsToAscii("\xE2\x80\xA2 Python"));
}

TEST_CASE("RequiredWordsOf: every match of every kb pattern in the samples holds its words") {
  // The property the matcher relies on, over real text: wherever a kb pattern matches, the
  // matched span contains each of its required words.
  std::vector<std::string> texts;
  for (const char* f : {"samples/resumes/priya-nair-sre.txt", "samples/jds/sre-devops.txt"}) {
    texts.push_back(skillfit::testing::ReadFile(skillfit::testing::SourceDir() + "/" + f));
  }
  texts.push_back("AWS Certified Solutions Architect - Associate; BS in Computer Science; "
                  "B.Sc./M.Sc. Computer Science; Certified ScrumMaster (CSM); PMP; CKA");
  size_t matches = 0;
  for (const skillfit::Skill& s : skillfit::testing::Kb().skills()) {
    for (const std::string& p : s.patterns) {
      RE2 re("(?i)(" + p + ")", RE2::Quiet);
      REQUIRE(re.ok());
      const Words words = RequiredWordsOf(p);
      for (const std::string& text : texts) {
        re2::StringPiece input(text), found;
        while (RE2::FindAndConsume(&input, re, &found)) {
          ++matches;
          for (const std::string& w : words) {
            CAPTURE(p);
            CHECK(ContainsWord(std::string_view(found.data(), found.size()), w));
          }
          if (found.empty()) break;
        }
      }
    }
  }
  CHECK(matches > 10);
}
