// RecordList<T>: a read-only list of records (the kb's skills, the bank's questions) that is
// either held in memory, as a loader builds it, or read record by record, on first use, from
// a source such as a mapped cache file. A warm start then decodes only the records it reads.
//
//   const RecordList<Skill>& skills = kb->skills();
//   for (size_t i = 0; i < skills.size(); ++i) Use(skills[i]);
//   for (const Skill& s : skills) Use(s);
//
// Either way a record keeps its address for the list's life, and reading the list is safe
// from several threads at once.
#ifndef SKILLFIT_RECORD_LIST_H_
#define SKILLFIT_RECORD_LIST_H_

#include <cstddef>
#include <iterator>
#include <memory>
#include <vector>

namespace skillfit {

// Where a list reads its records from when they are not held in memory: record i, made on
// the first call and the same object on every later one (from any thread).
template <typename T>
class RecordSource {
 public:
  virtual ~RecordSource() = default;
  virtual size_t size() const = 0;
  virtual const T& Get(size_t i) const = 0;
};

template <typename T>
class RecordList {
 public:
  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = const T*;
    using reference = const T&;
    const_iterator(const RecordList* list, size_t i) : list_(list), i_(i) {}
    const T& operator*() const { return (*list_)[i_]; }
    const T* operator->() const { return &(*list_)[i_]; }
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }
    bool operator!=(const const_iterator& o) const { return i_ != o.i_; }

   private:
    const RecordList* list_;
    size_t i_;
  };

  RecordList() = default;

  size_t size() const { return source_ ? source_->size() : items_.size(); }
  bool empty() const { return size() == 0; }
  const T& operator[](size_t i) const { return source_ ? source_->Get(i) : items_[i]; }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size()}; }

  // For the list's owner while it loads: the records held in memory (empty when they come
  // from a source).
  std::vector<T>& items() { return items_; }
  // Reads the records from `source` from now on, instead of holding them.
  void SetSource(std::shared_ptr<const RecordSource<T>> source) {
    items_.clear();
    source_ = std::move(source);
  }

 private:
  std::vector<T> items_;
  std::shared_ptr<const RecordSource<T>> source_;
};

}  // namespace skillfit

#endif  // SKILLFIT_RECORD_LIST_H_
