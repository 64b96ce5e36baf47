// NormalizeLine and JoinHyphenated: table-driven cases.
#include "documents/text_normalize.h"

#include <doctest/doctest.h>

#include <string>

using skillfit::JoinHyphenated;
using skillfit::NormalizeLine;

namespace {

struct Case {
  const char* what;
  std::string in;
  std::string out;
};

}  // namespace

TEST_CASE("NormalizeLine: ligatures are written out") {
  const Case cases[] = {
      {"ff", "e\xEF\xAC\x80ort", "effort"},
      {"fi", "\xEF\xAC\x81nance", "finance"},
      {"fl", "work\xEF\xAC\x82ow", "workflow"},
      {"ffi",
       "o\xEF\xAC\x83"
       "ce",
       "office"},
      {"ffl",
       "ba\xEF\xAC\x84"
       "e",
       "baffle"},
      {"long s t",
       "\xEF\xAC\x85"
       "ack",
       "stack"},
      {"st",
       "\xEF\xAC\x86"
       "ack",
       "stack"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    CHECK(NormalizeLine(c.in) == c.out);
  }
}

TEST_CASE("NormalizeLine: every bullet glyph at a line start becomes \"\xE2\x80\xA2 \"") {
  const char* const glyphs[] = {
      "\xE2\x80\xA2",  // • bullet
      "\xE2\x97\xA6",  // ◦ white bullet
      "\xE2\x96\xAA",  // ▪ small black square
      "\xE2\x80\xA3",  // ‣ triangular bullet
      "\xE2\x97\x8F",  // ● black circle
      "\xE2\x97\x8B",  // ○ white circle
      "\xE2\x96\xA0",  // ■ black square
      "\xE2\x96\xA1",  // □ white square
      "\xE2\x81\x83",  // ⁃ hyphen bullet
      "\xE2\x88\x99",  // ∙ bullet operator
      "\xC2\xB7",      // · middle dot
      "\xE2\x97\x86",  // ◆
      "\xE2\x9E\xA2",  // ➢
      "\xE2\x9E\xA4",  // ➤
      "\xE2\x96\xB8",  // ▸
      "\xE2\x9C\x93",  // ✓
      "\xE2\x9C\x94",  // ✔
      "\xEF\x82\xB7",  // U+F0B7, Word's Symbol-font bullet
      "\xEF\x82\xA7",  // U+F0A7, Word's Wingdings square
  };
  for (const char* g : glyphs) {
    CAPTURE(g);
    CHECK(NormalizeLine(std::string(g) + " Built APIs") == "\xE2\x80\xA2 Built APIs");
    CHECK(NormalizeLine(std::string("   ") + g + "Built APIs") == "\xE2\x80\xA2 Built APIs");
  }
}

TEST_CASE("NormalizeLine: dashes and stars are bullets only when a space follows") {
  const Case cases[] = {
      {"hyphen", "- Built APIs", "\xE2\x80\xA2 Built APIs"},
      {"star", "* Built APIs", "\xE2\x80\xA2 Built APIs"},
      {"en dash", "\xE2\x80\x93 Built APIs", "\xE2\x80\xA2 Built APIs"},
      {"em dash", "\xE2\x80\x94 Built APIs", "\xE2\x80\xA2 Built APIs"},
      {"hyphen, tab", "-\tBuilt APIs", "\xE2\x80\xA2 Built APIs"},
      {"negative number", "-5% churn", "-5% churn"},
      {"option", "--verbose flag", "--verbose flag"},
      {"footnote star", "*Required", "*Required"},
      {"dash inside", "2019 - 2021", "2019 - 2021"},
      {"word bullet o", "o Designed the API", "\xE2\x80\xA2 Designed the API"},
      {"word o", "o of course", "o of course"},
      {"lone bullet", "\xE2\x80\xA2", "\xE2\x80\xA2"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    CHECK(NormalizeLine(c.in) == c.out);
  }
}

TEST_CASE("NormalizeLine: spaces, invisible characters and trimming") {
  const Case cases[] = {
      {"NBSP",
       "C++\xC2\xA0"
       "developer",
       "C++ developer"},
      {"narrow NBSP",
       "10\xE2\x80\xAF"
       "000",
       "10 000"},
      {"em space", "Go\xE2\x80\x83Rust", "Go Rust"},
      {"ideographic space", "Go\xE3\x80\x80Rust", "Go Rust"},
      {"tab", "Go\tRust", "Go Rust"},
      {"run of spaces", "Go    Rust  \t Java", "Go Rust Java"},
      {"trim", "   Go Rust   ", "Go Rust"},
      {"zero-width space", "Kuber\xE2\x80\x8Bnetes", "Kubernetes"},
      {"zero-width joiner", "Type\xE2\x80\x8DScript", "TypeScript"},
      {"word joiner", "Post\xE2\x81\xA0gres", "Postgres"},
      {"BOM", "\xEF\xBB\xBFSkills", "Skills"},
      {"soft hyphen", "Java\xC2\xADScript", "JavaScript"},
      {"LTR mark", "SQL\xE2\x80\x8E", "SQL"},
      {"control", std::string("Go\x01\x02 Rust"), "Go Rust"},
      {"C1 control", "Go\xC2\x85Rust", "Go Rust"},
      {"DEL", "Go\x7FRust", "GoRust"},
      {"line break inside", "Go\nRust", "Go Rust"},
      {"invalid byte dropped", "Go\xFFRust", "GoRust"},
      {"truncated sequence", "Caf\xC3", "Caf"},
      {"accents kept", "Caf\xC3\xA9 M\xC3\xBCnchen", "Caf\xC3\xA9 M\xC3\xBCnchen"},
      {"emoji kept", "Go \xF0\x9F\x9A\x80", "Go \xF0\x9F\x9A\x80"},
      {"empty", "", ""},
      {"only spaces", " \xC2\xA0\t ", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    CHECK(NormalizeLine(c.in) == c.out);
  }
}

TEST_CASE("NormalizeLine: a bullet, then ligatures and spaces in the same pass") {
  CHECK(NormalizeLine("  \xE2\x97\x8F\xC2\xA0 Of\xEF\xAC\x81"
                      "ce   automation\xE2\x80\x8B ") == "\xE2\x80\xA2 Office automation");
}

TEST_CASE("JoinHyphenated: a word split at a line end is joined") {
  struct JoinCase {
    const char* first;
    const char* second;
    bool joins;
    const char* joined;
  };
  const JoinCase cases[] = {
      {"software develop-", "ment and testing", true, "software development and testing"},
      {"develop-  ", "  ment", true, "development"},
      {"caf\xC3\xA9-",
       "ter\xC3\xAD"
       "a",
       true,
       "caf\xC3\xA9ter\xC3\xAD"
       "a"},
      {"U+2010 hyphen develop\xE2\x80\x90", "ment", true, "U+2010 hyphen development"},
      {"Java-", "Script", false, ""},        // uppercase after
      {"COVID-", "19 response", false, ""},  // digit after
      {"GS-", "13 position", false, ""},
      {"2019 -", "present", false, ""},  // no letter before the hyphen
      {"develop", "ment", false, ""},    // no hyphen
      {"en dash \xE2\x80\x93", "ment", false, ""},
      {"", "ment", false, ""},
      {"develop-", "", false, ""},
      {"-", "ment", false, ""},
  };
  for (const JoinCase& c : cases) {
    CAPTURE(c.first);
    std::string joined = "untouched";
    CHECK(JoinHyphenated(c.first, c.second, &joined) == c.joins);
    if (c.joins) {
      CHECK(joined == c.joined);
    } else {
      CHECK(joined == "untouched");
    }
  }
}
