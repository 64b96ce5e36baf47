// WordTable: words of a text found in any case through the hash the matcher already has.
#include "kb/word_table.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using skillfit::FirstWordFilter;
using skillfit::WordTable;

namespace {
const int* Find(const WordTable<int>& t, std::string_view word) {
  return t.Find(word, FirstWordFilter::HashWord(word));
}
}  // namespace

TEST_CASE("WordTable: finds a word in any case, and only that word") {
  const WordTable<int> t({{"aws", 1}, {"python", 2}, {"c", 3}});
  REQUIRE(Find(t, "AWS") != nullptr);
  CHECK(*Find(t, "AWS") == 1);
  CHECK(*Find(t, "Python") == 2);
  CHECK(*Find(t, "c") == 3);
  CHECK(Find(t, "aw") == nullptr);
  CHECK(Find(t, "awss") == nullptr);
  CHECK(Find(t, "pythons") == nullptr);
  CHECK(Find(t, "") == nullptr);
  CHECK(Find(WordTable<int>(), "aws") == nullptr);  // empty
}

TEST_CASE("WordTable: thousands of words, each found, none confused") {
  std::vector<std::pair<std::string, int>> entries;
  for (int i = 0; i < 5000; ++i) entries.push_back({"w" + std::to_string(i), i});
  const WordTable<int> t(entries);
  for (int i = 0; i < 5000; ++i) {
    const int* v = Find(t, "W" + std::to_string(i));
    REQUIRE(v != nullptr);
    CHECK(*v == i);
  }
  CHECK(Find(t, "w5000") == nullptr);
  CHECK(Find(t, "x1") == nullptr);
}
