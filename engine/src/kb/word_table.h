// Internal: a hash table from words to values, asked with a word of a text as it stands.
//
//   WordTable<int> t({{"aws", 1}, {"python", 2}});
//   const int* v = t.Find("AWS", FirstWordFilter::HashWord("AWS"));  // 1: case is folded
//
// A word is a run of ASCII letters and digits; keys are given lowercased. The caller passes
// the word's FirstWordFilter::HashWord, which the matcher computes once per word of a text
// for its filters anyway, so a lookup neither copies nor hashes the word again: one probe of
// a flat table, mostly, and a compare when the hash is there.
#ifndef SKILLFIT_WORD_TABLE_H_
#define SKILLFIT_WORD_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/ascii.h"
#include "kb/first_word_filter.h"

namespace skillfit {

template <typename V>
class WordTable {
 public:
  WordTable() : slots_(1, Slot{0, kEmpty, 0}) {}

  // `entries`: {lowercased word, value}, no word twice.
  explicit WordTable(std::vector<std::pair<std::string, V>> entries)
      : entries_(std::move(entries)) {
    size_t size = 16;
    while (size < 2 * entries_.size()) size *= 2;  // at most half full
    slots_.assign(size, Slot{0, kEmpty, 0});
    mask_ = size - 1;
    for (size_t e = 0; e < entries_.size(); ++e) {
      const uint64_t hash = FirstWordFilter::HashWord(entries_[e].first);
      size_t i = hash & mask_;
      while (slots_[i].entry != kEmpty) i = (i + 1) & mask_;
      slots_[i] = Slot{hash, static_cast<uint32_t>(e),
                       static_cast<uint32_t>(entries_[e].first.size())};
    }
  }

  // The value of `word` (any case), whose HashWord is `hash`; null when it has none.
  const V* Find(std::string_view word, uint64_t hash) const {
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.entry == kEmpty) return nullptr;
      if (s.hash == hash && s.size == word.size() && SameWord(entries_[s.entry].first, word)) {
        return &entries_[s.entry].second;
      }
    }
  }

  // Every entry, in the order given, for setting the values up after construction.
  std::vector<std::pair<std::string, V>>& entries() { return entries_; }
  size_t size() const { return entries_.size(); }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  // 16 bytes, four to a cache line; the word's size is here so that a probe reads the entry
  // (another line) only when the word is almost surely there.
  struct Slot {
    uint64_t hash;
    uint32_t entry;  // index into entries_, or kEmpty
    uint32_t size;   // of the entry's word
  };

  static bool SameWord(const std::string& key, std::string_view word) {
    if (key.size() != word.size()) return false;
    for (size_t i = 0; i < key.size(); ++i) {
      if (key[i] != AsciiLower(word[i])) return false;
    }
    return true;
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::vector<std::pair<std::string, V>> entries_;
};

}  // namespace skillfit

#endif  // SKILLFIT_WORD_TABLE_H_
