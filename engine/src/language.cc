#include "language.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace skillfit {
namespace {

// Fewer common English words than this share of all words: not English.
constexpr double kMinShare = 0.08;
constexpr size_t kMinWords = 40;

// Every common word is at most four letters, so a word is packed into one integer, a letter a
// byte; a longer word packs to 0 and is never common. Resumes run to thousands of words, and
// this keeps the check to one small sorted-array search a word.
constexpr size_t kMaxCommonLength = 4;

constexpr uint32_t Pack(const char* w) {
  uint32_t key = 0;
  for (; *w; ++w) key = key << 8 | static_cast<unsigned char>(*w);
  return key;
}

constexpr std::array<uint32_t, 29> kCommon = [] {
  std::array<uint32_t, 29> keys = {
      Pack("the"),  Pack("and"),  Pack("of"), Pack("to"),  Pack("in"),   Pack("a"),
      Pack("for"),  Pack("with"), Pack("on"), Pack("as"),  Pack("is"),   Pack("are"),
      Pack("be"),   Pack("our"),  Pack("we"), Pack("you"), Pack("your"), Pack("will"),
      Pack("by"),   Pack("an"),   Pack("at"), Pack("or"),  Pack("from"), Pack("that"),
      Pack("this"), Pack("who"),  Pack("it"), Pack("has"), Pack("have")};
  // Insertion sort: std::sort is not constexpr in C++17.
  for (size_t i = 1; i < keys.size(); ++i) {
    for (size_t j = i; j > 0 && keys[j] < keys[j - 1]; --j) {
      const uint32_t t = keys[j];
      keys[j] = keys[j - 1];
      keys[j - 1] = t;
    }
  }
  return keys;
}();

}  // namespace

// Byte -> the lowercase letter or apostrophe it is in a word, or 0 where it ends a word.
constexpr std::array<unsigned char, 256> kWordByte = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = static_cast<unsigned char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = static_cast<unsigned char>(c - 'A' + 'a');
  t['\''] = '\'';
  return t;
}();

bool ReadsAsEnglish(std::string_view text) {
  size_t words = 0, common = 0;
  size_t length = 0;  // of the word being read
  uint32_t key = 0;
  auto end_word = [&] {
    ++words;
    common += length <= kMaxCommonLength &&
              std::binary_search(kCommon.begin(), kCommon.end(), key);
    length = 0;
    key = 0;
  };
  for (char ch : text) {
    const unsigned char c = kWordByte[static_cast<unsigned char>(ch)];
    if (c != 0) {
      ++length;
      key = key << 8 | c;
    } else if (length != 0) {
      end_word();
    }
  }
  if (length != 0) end_word();
  return words < kMinWords || common >= kMinShare * static_cast<double>(words);
}

}  // namespace skillfit
