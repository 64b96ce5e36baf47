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
#include "kb/flat_image.h"

namespace skillfit {

// Where a WordTable sits in an image (flat_image.h).
struct WordTableRef {
  FlatRef slots, entries, keys;
};

template <typename V>
class WordTable {
 public:
  WordTable() : own_slots_(1, Slot{0, kEmpty, 0}), slots_(own_slots_) {}
  WordTable(WordTable&&) = default;  // the views stay on the moved buffers
  WordTable& operator=(WordTable&&) = default;

  // `entries`: {lowercased word, value}, no word twice. V must be trivially copyable.
  explicit WordTable(const std::vector<std::pair<std::string, V>>& entries) {
    size_t size = 16;
    while (size < 2 * entries.size()) size *= 2;  // at most half full
    own_slots_.assign(size, Slot{0, kEmpty, 0});
    mask_ = size - 1;
    for (size_t e = 0; e < entries.size(); ++e) {
      const std::string& word = entries[e].first;
      const uint64_t hash = FirstWordFilter::HashWord(word);
      size_t i = hash & mask_;
      while (own_slots_[i].entry != kEmpty) i = (i + 1) & mask_;
      own_slots_[i] = Slot{hash, static_cast<uint32_t>(e), static_cast<uint32_t>(word.size())};
      own_entries_.push_back({static_cast<uint32_t>(own_keys_.size()), 0, entries[e].second});
      own_keys_.insert(own_keys_.end(), word.begin(), word.end());
    }
    slots_ = own_slots_;
    entries_ = own_entries_;
    keys_ = std::string_view(own_keys_.data(), own_keys_.size());
  }

  // The value of `word` (any case), whose HashWord is `hash`; null when it has none.
  const V* Find(std::string_view word, uint64_t hash) const {
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.entry == kEmpty) return nullptr;
      if (s.hash == hash && s.size == word.size() &&
          SameWord(keys_.substr(entries_[s.entry].key, s.size), word)) {
        return &entries_[s.entry].value;
      }
    }
  }

  size_t size() const { return entries_.size(); }
  // The value of the entry-th word given to the constructor.
  const V& value(size_t entry) const { return entries_[entry].value; }

  // The table into an image, and a table that views it there. View fails (false) when the
  // image's table is not one Write could have written: every slot's entry and word in range,
  // at least one slot empty (so a probe ends). The values are the caller's to check.
  WordTableRef Write(FlatWriter* out) const {
    return {out->Put(slots_.data(), slots_.size()), out->Put(entries_.data(), entries_.size()),
            out->PutString(keys_)};
  }
  static bool View(FlatImage* image, const WordTableRef& ref, WordTable* out) {
    const Span<Slot> slots = image->Get<Slot>(ref.slots);
    const Span<Entry> entries = image->Get<Entry>(ref.entries);
    const std::string_view keys = image->String(ref.keys);
    if (!image->ok() || slots.empty() || (slots.size() & (slots.size() - 1)) != 0) {
      return image->Fail();
    }
    bool empty_slot = false;
    for (const Slot& s : slots) {
      if (s.entry == kEmpty) {
        empty_slot = true;
      } else if (s.entry >= entries.size() || entries[s.entry].key > keys.size() ||
                 s.size > keys.size() - entries[s.entry].key) {
        return image->Fail();
      }
    }
    if (!empty_slot) return image->Fail();
    *out = WordTable();
    out->own_slots_.clear();
    out->slots_ = slots;
    out->entries_ = entries;
    out->keys_ = keys;
    out->mask_ = slots.size() - 1;
    return true;
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  // 16 bytes, four to a cache line; the word's size is here so that a probe reads the entry
  // (another line) only when the word is almost surely there.
  struct Slot {
    uint64_t hash;
    uint32_t entry;  // index into entries_, or kEmpty
    uint32_t size;   // of the entry's word
  };
  struct Entry {
    uint32_t key;  // where its word starts in keys_
    uint32_t unused = 0;  // no padding: an image holds the bytes as they are
    V value;
  };

  static bool SameWord(std::string_view key, std::string_view word) {
    if (key.size() != word.size()) return false;
    for (size_t i = 0; i < key.size(); ++i) {
      if (key[i] != AsciiLower(word[i])) return false;
    }
    return true;
  }

  // A table built here owns its arrays; one viewed in an image leaves them empty.
  std::vector<Slot> own_slots_;
  std::vector<Entry> own_entries_;
  std::vector<char> own_keys_;  // not a std::string: a short one moves out of its buffer
  Span<Slot> slots_;
  Span<Entry> entries_;
  std::string_view keys_;
  size_t mask_ = 0;
};

}  // namespace skillfit

#endif  // SKILLFIT_WORD_TABLE_H_
