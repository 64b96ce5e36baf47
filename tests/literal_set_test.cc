// LiteralSet: which of many strings occur in a text, in one pass.
#include "kb/literal_set.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using skillfit::LiteralSet;

TEST_CASE("LiteralSet: finds each literal that occurs, once, in index order") {
  const LiteralSet set({"science", "engineering", "led", "computer science", "ion"});
  CHECK(set.FindIn("B.S. Computer Science, 2014") == std::vector<int>{0, 3});
  // Overlapping and nested occurrences: "engineering" holds no other literal, "led" and
  // "ion" are inside longer words.
  CHECK(set.FindIn("Led the engineering migration; led it again") == std::vector<int>{1, 2, 4});
  CHECK(set.FindIn("nothing here").empty());
  CHECK(set.FindIn("").empty());
}

TEST_CASE("LiteralSet: a literal that is a suffix of another is found through it") {
  // Aho-Corasick output links: "she" ends at the same place as "he" and "e".
  const LiteralSet set({"he", "she", "e", "hers"});
  CHECK(set.FindIn("ushers") == std::vector<int>{0, 1, 2, 3});
  CHECK(set.FindIn("SHE") == std::vector<int>{0, 1, 2});
}

TEST_CASE("LiteralSet: empty literals and an empty set report nothing") {
  CHECK(LiteralSet({}).FindIn("anything").empty());
  CHECK(LiteralSet({"", "x"}).FindIn("xx") == std::vector<int>{1});
}

TEST_CASE("LiteralSet: bytes past ASCII are compared as they are") {
  const LiteralSet set({"caf\xC3\xA9", " pay "});
  CHECK(set.FindIn("Le Caf\xC3\xA9 ") == std::vector<int>{0});
  CHECK(set.FindIn(" base pay ") == std::vector<int>{1});
  CHECK(set.FindIn("CAF\xC3\x89").empty());  // no Unicode case folding
}
