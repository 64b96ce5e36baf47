// AliasTrie: plain aliases matched where a word starts, with the rules RE2 had for them.
#include "kb/alias_trie.h"
#include "util/ascii.h"
#include "kb/first_word_filter.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using skillfit::AliasTrie;

namespace {

using Hits = std::vector<std::pair<int, size_t>>;

Hits At(const AliasTrie& trie, std::string_view text, size_t start) {
  Hits hits;
  trie.MatchAt(text, start, &hits);
  return hits;
}

}  // namespace

TEST_CASE("AliasTrie: every alias that starts here, shorter first") {
  const AliasTrie trie(false, {{"node.js", 1}, {"node", 2}, {"react native", 3}, {"react", 4}});
  CHECK(At(trie, "Node.js, Go", 0) == Hits{{2, 4}, {1, 7}});
  CHECK(At(trie, "React Native app", 0) == Hits{{4, 5}, {3, 12}});
  CHECK(At(trie, "x React", 2) == Hits{{4, 7}});
  CHECK(At(trie, "Nodes", 0).empty());
}

TEST_CASE("AliasTrie: a space in an alias takes any run of white space") {
  const AliasTrie trie(false, {{"machine learning", 7}});
  CHECK(At(trie, "machine learning", 0) == Hits{{7, 16}});
  CHECK(At(trie, "Machine \t\n  Learning.", 0) == Hits{{7, 20}});
  CHECK(At(trie, "machinelearning", 0).empty());
  CHECK(At(trie, "machine-learning", 0).empty());
}

TEST_CASE("AliasTrie: the right boundary") {
  const AliasTrie trie(false, {{"c", 1}, {"c++", 2}, {"java", 3}});
  CHECK(At(trie, "C++ and C#", 0) == Hits{{2, 3}});  // "C" is followed by '+'
  CHECK(At(trie, "C#", 0).empty());                    // '#' continues a name
  CHECK(At(trie, "C, Go", 0) == Hits{{1, 1}});
  CHECK(At(trie, "JavaScript", 0).empty());
  CHECK(At(trie, "java_home", 0).empty());
  CHECK(At(trie, "Java.", 0) == Hits{{3, 4}});
  CHECK(At(trie, "Java\xC3\xA9", 0) == Hits{{3, 4}});  // a UTF-8 letter is not a word byte to RE2's class
}

TEST_CASE("AliasTrie: case") {
  const AliasTrie folded(false, {{"aws", 1}});
  CHECK(At(folded, "AWS", 0) == Hits{{1, 3}});
  CHECK(At(folded, "Aws", 0) == Hits{{1, 3}});
  const AliasTrie exact(true, {{"Go", 5}});
  CHECK(At(exact, "Go,", 0) == Hits{{5, 2}});
  CHECK(At(exact, "go,", 0).empty());
  CHECK(At(exact, "GO,", 0).empty());
}

TEST_CASE("AliasTrie: aliases that lead with punctuation") {
  const AliasTrie trie(false, {{".net", 1}, {".net core", 2}});
  CHECK(At(trie, ".NET Core 8", 0) == Hits{{1, 4}, {2, 9}});
  CHECK(At(trie, ".network", 0).empty());
}

TEST_CASE("AliasTrie: path-compressed chains still branch where aliases part") {
  // "kubernetes" and "kubectl" share "kube"; "kubernetes operators" continues the chain.
  const AliasTrie trie(false, {{"kubernetes", 1}, {"kubectl", 2}, {"kubernetes operators", 3}});
  CHECK(At(trie, "Kubernetes operators", 0) == Hits{{1, 10}, {3, 20}});
  CHECK(At(trie, "kubectl apply", 0) == Hits{{2, 7}});
  CHECK(At(trie, "kube", 0).empty());
  CHECK(At(trie, "kubernetes operator", 0) == Hits{{1, 10}});
}

TEST_CASE("AliasTrie: one alias for several values") {
  const AliasTrie trie(false, {{"spark", 1}, {"spark", 9}});
  CHECK(At(trie, "Spark", 0) == Hits{{1, 5}, {9, 5}});
}

TEST_CASE("FirstWordFilter: never turns away a word that was added") {
  using skillfit::FirstWordFilter;
  // The full size and the size for three words.
  for (size_t bits : {size_t{1} << 16, FirstWordFilter::BitsFor(3)}) {
    CAPTURE(bits);
    FirstWordFilter f(bits);
    f.Add("node.js");
    f.Add(".net core");
    f.Add("c++");
    CHECK(f.MayStart(FirstWordFilter::Hash("Node-RED", 0)));
    CHECK(f.MayStart(FirstWordFilter::Hash("x .NET", 2)));  // skips the '.': the word is "net"
    CHECK(f.MayStart(FirstWordFilter::Hash("C#", 0)));      // the word is "c"
    // Words that were not added are mostly turned away (a Bloom filter lets a few through).
    int through = 0;
    for (const char* w : {"the", "and", "with", "team", "built", "across", "using", "years"}) {
      through += f.MayStart(FirstWordFilter::Hash(w, 0));
    }
    CHECK(through <= 1);
  }
  CHECK(FirstWordFilter::BitsFor(3) == 64);
  CHECK(FirstWordFilter::BitsFor(100) == 2048);
  CHECK(FirstWordFilter::BitsFor(100000) == size_t{1} << 16);
}

TEST_CASE("AliasTrie: MatchAfterWord finds what MatchAt finds, at every word") {
  // First words that end inside a compressed label ("node" of "node.js"), at a node with
  // values ("react"), before a space ("machine learning"), before '+' or '/' ("c++", "ci/cd").
  const AliasTrie trie(false, {{"node.js", 1},
                               {"react", 2},
                               {"react native", 3},
                               {"machine learning", 4},
                               {"c++", 5},
                               {"c", 6},
                               {"ci/cd", 7},
                               {"kubernetes", 8},
                               {"k8s", 9},
                               {"sql", 10},
                               {"sql server", 11}});
  REQUIRE(trie.HasWordTable());
  const char* texts[] = {
      "Node.js and NODE, React Native apps in react; machine   learning, Machine-learning",
      "C++ and C, c# (not c), CI/CD and ci cd; Kubernetes k8s K8S kube kubernetesx",
      "SQL Server, sql server2019, sql_server, SQL\n\tServer; nodejs reactive",
      "react", "c", "sql serv"};
  for (const char* t : texts) {
    const std::string_view text = t;
    for (size_t b = 0; b < text.size();) {
      if (!skillfit::IsAsciiAlnum(text[b])) {
        ++b;
        continue;
      }
      size_t e = b;
      while (e < text.size() && skillfit::IsAsciiAlnum(text[e])) ++e;
      CAPTURE(text.substr(b));
      Hits after;
      trie.MatchAfterWord(text, b, e, skillfit::FirstWordFilter::HashWord(text.substr(b, e - b)),
                          &after);
      CHECK(after == At(trie, text, b));
      b = e;
    }
  }
  // Some of those found something, so the comparison is not of empty lists only.
  CHECK(At(trie, "Node.js", 0) == Hits{{1, 7}});
  CHECK(At(trie, "SQL\n\tServer;", 0) == Hits{{10, 3}, {11, 11}});
  // An exact-case trie and one with an alias that starts with punctuation have no table.
  CHECK_FALSE(AliasTrie(true, {{"Go", 1}}).HasWordTable());
  CHECK_FALSE(AliasTrie(false, {{".net", 1}}).HasWordTable());
}
