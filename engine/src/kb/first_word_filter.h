// Internal: a Bloom filter of first words, to turn away most words of a text cheaply.
//
//   FirstWordFilter f(FirstWordFilter::BitsFor(2));
//   f.Add("Node.js");                                    // its first word: "node"
//   f.MayStart(FirstWordFilter::Hash("NODE-RED", 0))      // true: the same first word
//   f.MayStart(FirstWordFilter::Hash("the", 0))           // false, but for a few words in 100
//
// A word is the first run of ASCII letters and digits at a position, after up to 8 other
// bytes (".NET" -> "net"), lowercased. The hash is computed once per word of a text and asked
// of every filter; a filter never says no to a word that was added.
#ifndef SKILLFIT_FIRST_WORD_FILTER_H_
#define SKILLFIT_FIRST_WORD_FILTER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "kb/flat_image.h"
#include "util/ascii.h"

namespace skillfit {

class FirstWordFilter {
 public:
  // The size for `words` first words: about 16 bits a word, so that about one unrelated
  // word in 17 gets through (1 - e^(-1/16)), at most 2^16 bits (8 KiB, which stays in cache;
  // the kb's ~3,800 first words of plain aliases fill that one as densely).
  static size_t BitsFor(size_t words) {
    size_t bits = 64;
    while (bits < 16 * words && bits < (size_t{1} << 16)) bits *= 2;
    return bits;
  }

  // `bits`: a power of two, at least 64.
  explicit FirstWordFilter(size_t bits = size_t{1} << 16)
      : mask_(bits - 1), own_(bits / 64, 0), bits_(own_) {}
  FirstWordFilter(FirstWordFilter&&) = default;  // a view stays on the moved buffer
  FirstWordFilter& operator=(FirstWordFilter&&) = default;

  // The filter's bits into an image, and a filter that views them there (false when the
  // image does not hold a power of two of at least 64 bits).
  FlatRef Write(FlatWriter* out) const { return out->Put(bits_.data(), bits_.size()); }
  static bool View(FlatImage* image, FlatRef bits, FirstWordFilter* out) {
    const Span<uint64_t> words = image->Get<uint64_t>(bits);
    if (words.empty() || (words.size() & (words.size() - 1)) != 0) return image->Fail();
    out->own_.clear();
    out->bits_ = words;
    out->mask_ = words.size() * 64 - 1;
    return true;
  }

  // The hash of the first word of `s` at `start`.
  static uint64_t Hash(std::string_view s, size_t start) {
    size_t b = start;
    while (b < s.size() && b - start < 8 && !IsAsciiAlnum(s[b])) ++b;
    size_t e = b;
    while (e < s.size() && IsAsciiAlnum(s[e])) ++e;
    return HashWord(s.substr(b, e - b));
  }

  // The hash of `word`, a run of ASCII letters and digits: Hash(s, start) when that is the
  // word at `start`.
  static uint64_t HashWord(std::string_view word) {
    uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (char c : word) h = (h ^ static_cast<unsigned char>(AsciiLower(c))) * 1099511628211ull;
    return h ^ (h >> 29);
  }

  // Adds the first word of `s`.
  void Add(std::string_view s) {
    const size_t bit = Hash(s, 0) & mask_;
    own_[bit / 64] |= uint64_t{1} << (bit % 64);
  }

  bool MayStart(uint64_t hash) const {
    const size_t bit = hash & mask_;
    return (bits_[bit / 64] >> (bit % 64)) & 1;
  }

 private:
  size_t mask_;
  std::vector<uint64_t> own_;  // the bits of a filter built here (Add sets them)
  Span<uint64_t> bits_;        // own_, or the bits in an image
};

}  // namespace skillfit

#endif  // SKILLFIT_FIRST_WORD_FILTER_H_
