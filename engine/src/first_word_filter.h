// Internal: a Bloom filter of first words, to turn away most words of a text cheaply.
//
//   FirstWordFilter f;
//   f.Add("Node.js");                               // its first word: "node"
//   f.MayStart(FirstWordFilter::Bit("NODE-RED", 0))  // true: the same first word
//   f.MayStart(FirstWordFilter::Bit("the", 0))       // false, but for one word in 17 or so
//
// A word is the first run of ASCII letters and digits at a position, after up to 8 other
// bytes (".NET" -> "net"), lowercased. The bit is computed once per word of a text and asked
// of every filter; it never says no to a word that was added.
#ifndef SKILLFIT_FIRST_WORD_FILTER_H_
#define SKILLFIT_FIRST_WORD_FILTER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "ascii.h"

namespace skillfit {

class FirstWordFilter {
 public:
  // 2^16 bits is 8 KiB, which stays in cache; with the kb's ~3,800 first words about one
  // unrelated word in seventeen gets through (1 - e^(-3800/65536)).
  static constexpr size_t kBits = size_t{1} << 16;

  // The hash of the first word of `s` at `start`, below kBits.
  static size_t Bit(std::string_view s, size_t start) {
    size_t i = start;
    while (i < s.size() && i - start < 8 && !IsAsciiAlnum(s[i])) ++i;
    uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (; i < s.size() && IsAsciiAlnum(s[i]); ++i) {
      h = (h ^ static_cast<unsigned char>(AsciiLower(s[i]))) * 1099511628211ull;
    }
    return static_cast<size_t>(h ^ (h >> 29)) & (kBits - 1);
  }

  // Adds the first word of `s`.
  void Add(std::string_view s) {
    const size_t bit = Bit(s, 0);
    bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  }

  bool MayStart(size_t bit) const { return (bits_[bit / 64] >> (bit % 64)) & 1; }

 private:
  std::vector<uint64_t> bits_ = std::vector<uint64_t>(kBits / 64, 0);
};

}  // namespace skillfit

#endif  // SKILLFIT_FIRST_WORD_FILTER_H_
