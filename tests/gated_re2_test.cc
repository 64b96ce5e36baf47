// GatedRE2: a fixed pattern compiled only once a text may hold a match of it.
#include "util/gated_re2.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using skillfit::GatedRE2;

namespace {

struct GateCase {
  const char* pattern;
  const char* text;
  bool asked;  // whether For gives the compiled pattern
};

// Shapes the extraction code uses: anchors, a top-level alternation, (?i), \b, classes,
// optional groups and repeats, whose letters gate nothing.
const GateCase kGateCases[] = {
    {"(?i)^(.*\\S)\\s+\\[?(?:onsite|offsite)\\]?$", "Platform Engineer [Onsite]", true},
    {"(?i)^(.*\\S)\\s+\\[?(?:onsite|offsite)\\]?$", "Platform Engineer, Berlin", false},
    {"(?i)^(.*\\S)\\s+\\[?(?:onsite|offsite)\\]?$", "", false},
    {"\\bhalf[ -]way[ -][a-z]", "half-way there", true},
    {"\\bhalf[ -]way[ -][a-z]", "HALF WAY", true},      // ASCII case folded: asked, RE2 decides
    {"\\bhalf[ -]way[ -][a-z]", "behalf of the way", false},  // "half" inside a word
    {"\\bhalf[ -]way[ -][a-z]", "halfway", false},           // no word "half" on its own
    {"(?i)(?:summer|winter)\\s+(?:19|20)\\d{2}", "Winter 2019", true},
    {"(?i)(?:summer|winter)\\s+(?:19|20)\\d{2}", "Spring 2019", false},
    {"(?i)(?:summer|winter)\\s+(?:19|20)\\d{2}", "winterize 2019", false},
    {"(?i)^\\s*(?:minor|area of focus)\\s*:\\s*(.+)$", "Area of focus: optics", true},
    {"(?i)^\\s*(?:minor|area of focus)\\s*:\\s*(.+)$", "Focus: optics", false},
    {"(\\d{1,2})/(\\d{2})\\b", "no digits at all", true},  // no word to look for: always asked
    {"\\b7\\d%", "up 75%", true},
    {"\\b7\\d%", "up 65%", false},
    {"(?:(?:job|role)s?\\s+for|period)\\s+\\d", "roles for 2 years", true},
    {"(?:(?:job|role)s?\\s+for|period)\\s+\\d", "a period 2", true},
    {"(?:(?:job|role)s?|period)\\s+\\d", "for 2 years", false},
    // The Kelvin sign folds to 'k' under (?i): a text holding it is always asked.
    {"(?i)\\bkilo\\b", "\xE2\x84\xAAilo", true},
    {"(?i)\\bkilo\\b", "mega", false},
};

// Lines of the repository's samples and the corpus's text JDs and JSON resumes.
std::vector<std::string> SampleLines() {
  namespace fs = std::filesystem;
  const std::string root = SKILLFIT_SOURCE_DIR;
  std::vector<std::string> lines;
  for (const std::string& dir : {root + "/samples", root + "/../shared/corpus/jd",
                                root + "/../shared/corpus/resumes/json"}) {
    if (!fs::is_directory(dir)) continue;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
      const std::string ext = e.path().extension().string();
      if (!e.is_regular_file() || (ext != ".txt" && ext != ".md" && ext != ".json")) continue;
      std::ifstream in(e.path());
      for (std::string line; std::getline(in, line);) lines.push_back(line);
    }
  }
  return lines;
}

}  // namespace

TEST_CASE("GatedRE2: a text without a word every match holds is not asked") {
  for (const GateCase& c : kGateCases) {
    const std::string pattern = c.pattern, text = c.text;
    CAPTURE(pattern);
    CAPTURE(text);
    const GatedRE2 gated(c.pattern);
    const RE2* re = gated.For(text);
    CHECK((re != nullptr) == c.asked);
    // Never a match where it is not asked.
    if (!re) CHECK_FALSE(RE2::PartialMatch(text, gated.Compiled()));
    // PartialMatch answers as RE2's, whether asked or not.
    CHECK(gated.PartialMatch(text) == RE2::PartialMatch(text, gated.Compiled()));
  }
}

TEST_CASE("GatedRE2: the compiled pattern is made once and shared") {
  const GatedRE2 gated("(?i)\\bgrant\\s+writing\\b");
  const RE2* a = gated.For("Grant writing for nonprofits");
  REQUIRE(a != nullptr);
  CHECK(a == &gated.Compiled());
  CHECK(a == gated.For("grant   writing"));
  CHECK(gated.For("writing grants") == nullptr);
  CHECK(a->ok());
}

TEST_CASE("GatedRE2: on every sample and corpus line, each match is asked") {
  // Patterns of the shapes above, over real lines: wherever the pattern matches a line (or
  // a line's tail, as a caller scanning on would ask), For gives it.
  const char* const patterns[] = {
      "(?i)^(.*\\S)\\s+\\[?(?:remote|hybrid)\\]?$",
      "(?i)\\b(?:since|from)\\s+((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
      "\\s+\\d{4})",
      "(?i)(?:spring|summer|fall|autumn|winter)\\s+(?:19|20)\\d{2}",
      "\\b\\d+(?:\\.\\d+)?\\s?%\\s+of\\s+(?:the\\s+|our\\s+|all\\s+)?[a-z]",
      "\\btime[ -]to[ -][a-z]",
      "^,\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:team|company|group)\\b",
      "(?i)^\\s*(?:major|field of study)\\s*(?:in|:)\\s*(.+)$",
      "(?i)(?:jan|feb|mar)[a-z]*\\.?\\s*(?:-|to)\\s*(?:apr|may|jun)[a-z]*\\s*,?\\s*(\\d{4})",
      "(?i)\\bexperience\\s+(?:with|in)\\b",       // common on the lines: many matches to check
      "(?i)\\b(?:python|java)\\b.*\\b(?:sql|go)\\b",
      // Alternatives that require only the clause of a group inside them.
      "(?:^|[^a-z])(?:(?:role|term|project)s?\\s+(?:of|in)|(?:period|duration)\\s+of)",
      "(?i)^(?:(?:jan|feb|mar|apr|may|jun)[a-z]*\\.?(?:\\s|$)|(?:spring|fall)\\b|gpa\\b|with\\b)",
      "(?i)(?:(?:built|led|grew)\\s+(?:a|the)|(?:team|teams))\\s+\\w",
      "(?i)((?:jan|feb|mar|apr)[a-z]*\\s*\\d{4}),\\s*"
      "((?:jan|feb|mar|apr)[a-z]*\\s*\\d{4}|present|now)",
  };
  const std::vector<std::string> lines = SampleLines();
  REQUIRE(lines.size() > 1000);
  size_t matched = 0;
  for (const char* p : patterns) {
    const GatedRE2 gated(p);
    const std::string pattern = p;
    CAPTURE(pattern);
    for (const std::string& line : lines) {
      for (size_t from : {size_t{0}, line.size() / 2}) {
        const std::string tail = line.substr(from);
        if (!RE2::PartialMatch(tail, gated.Compiled())) continue;
        ++matched;
        CAPTURE(tail);
        CHECK(gated.For(tail) != nullptr);
      }
    }
  }
  CHECK(matched > 50);  // the sweep saw matches to check
}
