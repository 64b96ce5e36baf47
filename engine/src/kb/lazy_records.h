// Internal: LazyRecords<T>, the RecordSource (skillfit/record_list.h) of records kept in a
// mapped cache file: record i is decoded from its bytes on first use, once, and kept.
//
//   // `offsets`: where each record starts in `bytes`, then where the last one ends, found
//   // by a walk that checked every record (see KbCache::WalkSkills).
//   auto skills = std::make_shared<LazyRecords<Skill>>(mapped, bytes, std::move(offsets),
//                                                      DecodeSkill, 0);
//   kb->skills_.SetSource(skills);
//
// Thread safety: Get may be called from any thread; the first caller of a record decodes it
// under a lock, every later one reads its slot without one.
#ifndef SKILLFIT_LAZY_RECORDS_H_
#define SKILLFIT_LAZY_RECORDS_H_

#include <atomic>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string_view>
#include <utility>
#include <vector>

#include "kb/cache_file.h"
#include "skillfit/record_list.h"

namespace skillfit {

template <typename T>
class LazyRecords final : public RecordSource<T> {
 public:
  // Reads one record; `limit` is the bound of the indexes it holds (the caller's, passed on).
  using Decoder = T (*)(Reader* in, size_t limit);

  // `bytes` lies inside `mapped`'s payload; `offsets` holds size() + 1 ascending offsets
  // into it, each within it.
  LazyRecords(std::shared_ptr<const MappedPayload> mapped, std::string_view bytes,
              std::vector<uint32_t> offsets, Decoder decode, size_t limit)
      : mapped_(std::move(mapped)),
        bytes_(bytes),
        offsets_(std::move(offsets)),
        decode_(decode),
        limit_(limit),
        slots_(new std::atomic<const T*>[size()]) {
    for (size_t i = 0; i < size(); ++i) slots_[i].store(nullptr, std::memory_order_relaxed);
  }

  size_t size() const override { return offsets_.empty() ? 0 : offsets_.size() - 1; }

  const T& Get(size_t i) const override {
    if (const T* done = slots_[i].load(std::memory_order_acquire)) return *done;
    std::lock_guard<std::mutex> lock(mu_);
    if (const T* done = slots_[i].load(std::memory_order_relaxed)) return *done;
    Reader in(Record(i));
    T record = decode_(&in, limit_);
    // The walk at load checked this record; a decoder that reads it otherwise is a bug in
    // the cache's code, and its record is left empty rather than half read.
    if (!in.ok() || !in.AtEnd()) record = T();
    store_.push_back(std::move(record));
    slots_[i].store(&store_.back(), std::memory_order_release);
    return store_.back();
  }

  // The bytes of record i, as stored.
  std::string_view Record(size_t i) const {
    if (i >= size() || offsets_[i] > offsets_[i + 1] || offsets_[i + 1] > bytes_.size()) return {};
    return bytes_.substr(offsets_[i], offsets_[i + 1] - offsets_[i]);
  }

 private:
  std::shared_ptr<const MappedPayload> mapped_;  // keeps bytes_ mapped
  std::string_view bytes_;
  std::vector<uint32_t> offsets_;
  Decoder decode_;
  size_t limit_;
  std::unique_ptr<std::atomic<const T*>[]> slots_;
  mutable std::mutex mu_;
  mutable std::deque<T> store_;  // the decoded records; a deque keeps their addresses
};

}  // namespace skillfit

#endif  // SKILLFIT_LAZY_RECORDS_H_
