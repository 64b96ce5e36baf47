// A first name before an initial is a person, not a skill (engine/src/extract/name_initial.h).
#include <doctest/doctest.h>

#include <string>

#include "extract/name_initial.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::JdLevelOf;
using skillfit::testing::Kb;
using skillfit::testing::Matcher;

TEST_CASE("name initial: a word in title case before an initial and a full stop is a name") {
  struct Case {
    const char* text;
    const char* id;
    bool kept;
  } const cases[] = {
      // Dropped: a sign-off or a contact, the initial with or without a space before its stop.
      {"Apply by 1 May. Stig G .", "disa-stig", false},
      {"Questions? Ask Ruby T. in HR.", "ruby", false},
      {"Contact: Ruby\tK.", "ruby", false},
      // Kept: no initial, an acronym in capitals, a lowercase word, or more than one letter.
      {"We write Ruby, Go or Rust.", "ruby", true},
      {"Harden hosts to STIG C. levels", "disa-stig", true},
      {"apply the stig G. baseline", "disa-stig", true},
      {"Ruby TK. on Rails", "ruby", true},
      {"Ruby T", "ruby", true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    bool found = false, kept = false;
    for (const Mention& m : Matcher().Find(c.text)) found = found || Kb().IdOf(m.skill) == c.id;
    for (const Mention& m : WithoutNamesBeforeInitials(c.text, Matcher().Find(c.text))) {
      kept = kept || Kb().IdOf(m.skill) == c.id;
    }
    REQUIRE(found);
    CHECK(kept == c.kept);
  }
}

TEST_CASE("name initial: a posting signed by a recruiter asks no skill of the name") {
  const std::string jd =
      "Requirements\n- Experience with Linux hardening.\nApply before Friday. Stig G .\n";
  CHECK(JdLevelOf(jd, "linux") == "required");
  CHECK(JdLevelOf(jd, "disa-stig") == "absent");
}
