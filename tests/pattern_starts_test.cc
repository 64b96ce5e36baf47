// StartsOf: the first words a pattern can start with, which must never miss a match.
#include "kb/pattern_starts.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "skillfit/knowledge_base.h"
#include "test_util.h"

using skillfit::PatternStarts;
using skillfit::StartsOf;
using Words = std::vector<std::string>;

TEST_CASE("StartsOf: whole words, through optional groups and alternatives") {
  PatternStarts s = StartsOf("(?:certified\\s+)?safe\\s+agilist");
  REQUIRE(s.ok);
  CHECK(s.words == Words{"certified", "safe"});
  CHECK(s.prefixes.empty());

  s = StartsOf("(?:active\\s+|interim\\s+)?secret\\s+(?:level\\s+)?clearance");
  REQUIRE(s.ok);
  CHECK(s.words == Words{"active", "interim", "secret"});

  // Optional punctuation splits a word: "B.S." is the word "b", "BS" and "BSc" are words.
  s = StartsOf("b\\.?s\\.?c?\\.?|ba|b\\.a\\.");
  REQUIRE(s.ok);
  CHECK(s.words == Words{"b", "ba", "bs", "bsc"});

  // A flag group and a capture group read through; "$" ends the word.
  s = StartsOf("(?i)(Terraform)$");
  REQUIRE(s.ok);
  CHECK(s.words == Words{"terraform"});
}

TEST_CASE("StartsOf: where the word may go on, only its beginning") {
  PatternStarts s = StartsOf("improv(?:e|es|ed|ing)\\s+(?:the\\s+)?performance");
  REQUIRE(s.ok);
  CHECK(s.words == Words{"improve", "improved", "improves", "improving"});

  // A repeat, a class with many letters, a character outside ASCII or \d: the word read so
  // far is a beginning.
  s = StartsOf("cyber\\w*\\s+security");
  REQUIRE(s.ok);
  CHECK(s.prefixes == Words{"cyber"});
  CHECK(s.words.empty());  // "cyber" itself is covered by the beginning "cyber"

  s = StartsOf("bachelor(?:[\\x27\\x{2019}]?s)?\\s+degree");
  REQUIRE(s.ok);
  // [\x27\x{2019}] may end the word (') or not (’, a byte outside ASCII).
  CHECK(s.prefixes == Words{"bachelor"});
  CHECK(s.words.empty());

  s = StartsOf("es20(?:1[5-9]|2[0-9])\\+?");
  REQUIRE(s.ok);
  CHECK(s.words == Words{"es2015", "es2016", "es2017", "es2018", "es2019"});
  CHECK(s.prefixes == Words{"es202"});  // ten digits are more than letter by letter

  s = StartsOf("safe\\s*®?\\s*\\d?\\s*agilist");
  REQUIRE(s.ok);
  CHECK(s.prefixes == Words{"safe"});

  // A class of a few letters is read letter by letter.
  s = StartsOf("optimi[sz]ation");
  REQUIRE(s.ok);
  CHECK(s.words == Words{"optimisation", "optimization"});
}

TEST_CASE("StartsOf: a pattern that may start anywhere is not ok") {
  for (const char* p : {"\\d+\\s+years", "[A-Z]{2,}", ".*python", "\\s+go", "(?:x|\\.net)",
                        "(?:foo)?", "®\\s*safe", "(?:foo", "foo)", "a**", "[abc", "\\Qfoo\\E",
                        "(?:\\d+-)?bit\\s+bang(?:ing|ed)"}) {
    CAPTURE(p);
    CHECK_FALSE(StartsOf(p).ok);
  }
}

TEST_CASE("StartsOf: no match of a kb pattern begins where its starts do not") {
  // Every skill pattern in the kb has starts, so none runs over the whole of every text; and
  // for each, the matches RE2 finds in these lines begin with a word the starts allow.
  const std::string text =
      "B.S. in Computer Science; BSc (Hons) Mathematics; Bachelor's degree in Physics; "
      "Bachelor’s in Engineering; M.S. Data Science; MSc, Statistics; Master of Science in "
      "Computer Science; Ph.D. in a quantitative field; Electrical Engineering, B.S.; CISSP; "
      "Certified SAFe 5 Agilist; SAFe® Scrum Master; active secret clearance; ES2017; "
      "improved the overall performance of; secured AWS cloud accounts; coached junior "
      "engineers; worked closely with product managers; solved complex technical problems; "
      "picked up new languages quickly; influenced senior stakeholders; built strong "
      "relationships; conducted technical interviews; screened candidates; HashiCorp "
      "Certified: Terraform Associate (003)";
  size_t patterns = 0, matches = 0;
  for (const skillfit::Skill& skill : skillfit::testing::Kb().skills()) {
    for (const std::string& p : skill.patterns) {
      ++patterns;
      CAPTURE(skill.id);
      CAPTURE(p);
      const PatternStarts s = StartsOf(p);
      CHECK(s.ok);
      if (!s.ok) continue;
      RE2 re("(?i)(?:^|[^A-Za-z0-9_])((?:" + p + "))(?:$|[^A-Za-z0-9_+#])");
      REQUIRE(re.ok());
      re2::StringPiece in(text), m;
      while (RE2::FindAndConsume(&in, re, &m)) {
        std::string first;
        for (char c : m) {
          if (!std::isalnum(static_cast<unsigned char>(c))) break;
          first += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        bool allowed = false;
        for (const std::string& w : s.words) allowed = allowed || first == w;
        for (const std::string& b : s.prefixes) allowed = allowed || first.rfind(b, 0) == 0;
        CAPTURE(m.as_string());
        CHECK(allowed);
        ++matches;
      }
    }
  }
  CHECK(patterns > 20);
  // The lines hold matches (27 when written), so the check above is asked, not passed by
  // default.
  CHECK(matches >= 20);
}
