// RequiredWordsOf: the words every match of a pattern holds, which the matcher checks before
// it compiles or runs the pattern. They must never rule out a real match.
#include "kb/required_words.h"

#include "kb/alias_text.h"

#include <algorithm>

#include <doctest/doctest.h>
#include <re2/re2.h>

#include "skillfit/knowledge_base.h"
#include "test_util.h"
#include "util/ascii.h"

using skillfit::ContainsWord;
using skillfit::FoldsToAscii;
using skillfit::RequiredWordsOf;
using Words = std::vector<std::string>;

TEST_CASE("RequiredWordsOf: top-level letters only, lowercased") {
  CHECK(RequiredWordsOf("(?:aws|amazon\\s+web\\s+services)\\s+Certified\\s+developer") ==
        Words{"^aws$|^amazon$+^web$+^services$", "^certified$", "^developer$"});
  CHECK(RequiredWordsOf("colou?r\\s+theory") == Words{"^colo", "r$", "^theory$"});
  CHECK(RequiredWordsOf("ab+c") == Words{"^ab", "c$"});
  CHECK(RequiredWordsOf("ab*c") == Words{"^a", "c$"});
  CHECK(RequiredWordsOf("a|bc") == Words{"^a$|^bc$"});
  CHECK(RequiredWordsOf("a|\\d+").empty());  // an alternative that needs no word
  CHECK(RequiredWordsOf("sys\\s?ops") == Words{"^sys", "ops$"});
}

TEST_CASE("RequiredWordsOf: a group that must match requires all the words of one alternative") {
  CHECK(RequiredWordsOf("(?:cs|computer\\s+science)\\s+degree") ==
        Words{"^cs$|^computer$+^science$", "^degree$"});
  CHECK(RequiredWordsOf("(?:electrical\\s+engineering|ee)\\b") ==
        Words{"^electrical$+^engineering$|^ee$"});
  CHECK(RequiredWordsOf("(?i:Go|Rust)+x") == Words{"go|rust", "x$"});  // repeated: no marks
  CHECK(RequiredWordsOf("(?P<k>kube)x") == Words{"^kube", "x$"});
  CHECK(RequiredWordsOf("(?:net)?core") == Words{"core$"});   // optional
  CHECK(RequiredWordsOf("(?:a|b)*c") == Words{"c$"});
  CHECK(RequiredWordsOf("(?i)rust") == Words{"^rust$"});       // flags only
  CHECK(RequiredWordsOf("(?:a|[xy])z") == Words{"z$"});        // an alternative with no word
  CHECK(RequiredWordsOf("(a(b)c)de") == Words{"^a", "b", "c", "de$"});
}

TEST_CASE("RequiredWordsOf: an alternative that requires only a group's clause adds its options") {
  // One alternative requires "job" or "role", the other "period": one of the three.
  CHECK(RequiredWordsOf("(?:(?:job|role)s?|period)") == Words{"^job|^role|^period$"});
  CHECK(RequiredWordsOf("x\\s+(?:(?:a|b\\s+c)\\.|d)") == Words{"^x$", "^a$|^b$+^c$|^d$"});
  // Its own terms come first; the clause is used only when it has none.
  CHECK(RequiredWordsOf("(?:(?:a|b)\\s+of|c)") == Words{"^of$|^c$"});
  // A group inside that requires nothing for sure, or is optional, leaves no clause.
  CHECK(RequiredWordsOf("(?:(?:a|[xy])|b)c") == Words{"c$"});
  CHECK(RequiredWordsOf("(?:(?:a|b)?|c)d") == Words{"d$"});
  CHECK(RequiredWordsOf("(?:(?:a|b)*|c)") == Words{});
}

TEST_CASE("RequiredWordsOf: what surely comes before and after a word marks it") {
  CHECK(RequiredWordsOf("(?:x\\.)?net") == Words{"^net$"});     // "net" or "x.net"
  CHECK(RequiredWordsOf("(?:xy)?net") == Words{"net$"});        // "xynet"
  CHECK(RequiredWordsOf("b\\.?sc") == Words{"^b", "sc$"});       // "bsc"
  CHECK(RequiredWordsOf("a[-,]b") == Words{"^a$", "^b$"});       // a class of non-words
  CHECK(RequiredWordsOf("a[-a]b") == Words{"^a", "b$"});         // a letter in the class
  CHECK(RequiredWordsOf("a[^x]b") == Words{"^a", "b$"});         // negated: may be a letter
  CHECK(RequiredWordsOf("a.b") == Words{"^a", "b$"});            // any character
  CHECK(RequiredWordsOf("a\\x{2019}s") == Words{"^a$", "^s$"});  // ’ is no ASCII letter
  CHECK(RequiredWordsOf("a\\x{212A}s") == Words{"^a", "s$"});    // the Kelvin sign folds to k
  CHECK(RequiredWordsOf("a(?:\\s+b)+\\s+c") == Words{"^a", "^b", "^c$"});
  CHECK(RequiredWordsOf("(?:[\\w-]+\\s+){0,3}team") == Words{"^team$"});  // at the start, or after a space
  CHECK(RequiredWordsOf("x\\s+(?:[\\w-]+\\s+){0,3}team") == Words{"^x$", "^team$"});
  CHECK(RequiredWordsOf("x\\s*(?:y|z)") == Words{"^x", "y$|z$"});
  CHECK(RequiredWordsOf("x{0,1}y") == Words{"y$"});
}

TEST_CASE("RequiredWordsOf: escapes, classes and counts say nothing") {
  CHECK(RequiredWordsOf("\\x41bc") == Words{"bc$"});     // \x41 is 'A', not "41bc"
  CHECK(RequiredWordsOf("\\x{41}bc") == Words{"bc$"});
  CHECK(RequiredWordsOf("\\101bc") == Words{"bc$"});     // octal
  CHECK(RequiredWordsOf("\\pLab") == Words{"ab$"});
  CHECK(RequiredWordsOf("[a|b(]xy") == Words{"xy$"});
  CHECK(RequiredWordsOf("[]a]xy") == Words{"xy$"});
  CHECK(RequiredWordsOf("(?:x|y){0,2}zz") == Words{"zz$"});  // regression: "0" and "2"
  CHECK(RequiredWordsOf("ab{2}cd") == Words{"^a", "cd$"});
  CHECK(RequiredWordsOf("\\Qa|b\\E").empty());
}

TEST_CASE("ContainsWord and FoldsToAscii") {
  CHECK(ContainsWord("AWS Certified", "certified"));
  CHECK(ContainsWord("a Computer", "cs|computer"));
  CHECK_FALSE(ContainsWord("a Computr", "cs|computer"));
  CHECK_FALSE(ContainsWord("AWS Certifie", "certified"));
  CHECK(ContainsWord("BS in Electrical Engineering", "^electrical$+^engineering$|^ee$"));
  CHECK_FALSE(ContainsWord("BS in Mechanical Engineering", "^electrical$+^engineering$|^ee$"));
  CHECK(ContainsWord("BS (EE)", "^electrical$+^engineering$|^ee$"));
  CHECK_FALSE(ContainsWord("metrics", "^cs$"));
  CHECK(ContainsWord("cs", "^cs$"));  // the window's ends are a word's ends
  CHECK_FALSE(ContainsWord("devops", "^ops"));
  CHECK(ContainsWord("dev ops", "^ops"));
  CHECK(FoldsToAscii("\xE2\x84\xAA"));  // the Kelvin sign, which (?i) takes to 'k'
  CHECK(FoldsToAscii("\xC5\xBF"));      // the long s
  CHECK_FALSE(FoldsToAscii("\xE2\x80\xA2 Python"));
}

// Every match the matcher could take of kb pattern `p` in `text`: as the matcher runs it, a
// match starts where no ASCII letter, digit or '_' comes before it and ends where none (nor
// '+' or '#') comes after. Calls `check(window)` with the text from the match's start, as
// far as the match goes and one character on, where the required words must be.
template <typename Check>
size_t ForEachMatch(const RE2& re, const std::string& text, Check check) {
  size_t matches = 0;
  re2::StringPiece first;
  if (!re.Match(text, 0, text.size(), RE2::UNANCHORED, &first, 1)) return 0;  // nowhere
  for (size_t start = static_cast<size_t>(first.data() - text.data()); start < text.size(); ++start) {
    if (start > 0 && (skillfit::IsAsciiAlnum(text[start - 1]) || text[start - 1] == '_')) continue;
    re2::StringPiece input(text), groups[2];
    if (!re.Match(input, start, text.size(), RE2::ANCHOR_START, groups, 2)) continue;
    ++matches;
    const size_t end = static_cast<size_t>(groups[1].data() - text.data()) + groups[1].size();
    check(std::string_view(text).substr(start, end + 1 - start));
  }
  return matches;
}

// Our sample resumes and postings and the corpus's postings, with a line of degree and
// certification forms.
std::vector<std::string> Texts() {
  std::vector<std::string> texts;
  const std::string root = skillfit::testing::SourceDir(), corpus = skillfit::testing::CorpusDir();
  for (const std::string& folder : {root + "/samples/resumes", root + "/samples/jds",
                                    corpus + "/jd/18f-2015", corpus + "/jd/tts-pages"}) {
    for (const char* suffix : {".txt", ".md"}) {
      for (const std::string& f : skillfit::testing::FilesIn(folder, suffix)) {
        texts.push_back(skillfit::testing::ReadFile(folder + "/" + f));
      }
    }
  }
  texts.push_back("AWS Certified Solutions Architect - Associate; BS in Computer Science; "
                  "B.Sc./M.Sc. Computer Science; Certified ScrumMaster (CSM); PMP; CKA; "
                  "BSEE; B.S. (EE); M.Tech, Mechanical Engineering; BA/BS in Finance");
  return texts;
}

TEST_CASE("RequiredWordsOf: every match of every kb pattern and alias in real text holds its words") {
  // The property the matcher relies on, over real text (our samples and the corpus's
  // postings): wherever a kb pattern matches as the matcher runs it, the text from the
  // match's start holds each of its required words.
  const std::vector<std::string> texts = Texts();
  REQUIRE(texts.size() > 60);  // the corpus postings are there
  size_t matches = 0;
  for (const skillfit::Skill& s : skillfit::testing::Kb().skills()) {
    // And each spelling with a character other than a letter, digit or space ("C#", "B.Sc.",
    // "associate's degree"), as the matcher runs it; plain words are the cases above.
    std::vector<std::string> patterns = s.patterns;
    for (const auto* spellings : {&s.aliases, &s.guarded}) {
      for (const std::string& a : *spellings) {
        const bool plain = std::all_of(a.begin(), a.end(), [](char c) {
          return skillfit::IsAsciiAlnum(c) || c == ' ';
        });
        if (!plain) patterns.push_back(skillfit::AliasToPattern(a));
      }
    }
    for (const std::string& p : patterns) {
      RE2 re("((?i)(?:" + p + "))(?:$|[^A-Za-z0-9_+#])", RE2::Quiet);
      REQUIRE(re.ok());
      const Words words = RequiredWordsOf(p);
      for (const std::string& text : texts) {
        matches += ForEachMatch(re, text, [&](std::string_view window) {
          for (const std::string& w : words) {
            CAPTURE(p);
            CAPTURE(window);
            CHECK(ContainsWord(window, w));
          }
        });
      }
    }
  }
  CHECK(matches > 60);
}

TEST_CASE("RequiredWordsOf: every match of every guard's reject pattern holds its words") {
  // A reject pattern may match anywhere in its window (RequiredWordsOf(p, false)): wherever
  // it matches in real text, the match holds each word, so a window without them is skipped.
  const std::vector<std::string> texts = Texts();
  size_t matches = 0;
  for (const skillfit::Skill& s : skillfit::testing::Kb().skills()) {
    for (const std::string* p : {&s.guard.reject_before, &s.guard.reject_after}) {
      if (p->empty()) continue;
      RE2::Options options;
      options.set_log_errors(false);
      RE2 re("(" + *p + ")", options);
      REQUIRE(re.ok());
      const Words words = RequiredWordsOf(*p, false);
      for (const std::string& text : texts) {
        re2::StringPiece input(text), found;
        while (RE2::FindAndConsume(&input, re, &found)) {
          ++matches;
          for (const std::string& w : words) {
            CAPTURE(*p);
            CHECK(ContainsWord(std::string_view(found.data(), found.size()), w));
          }
          if (found.empty()) {
            if (input.empty()) break;
            input.remove_prefix(1);
          }
        }
      }
    }
  }
  CHECK(matches > 100);
}
