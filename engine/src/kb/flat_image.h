// Internal: arrays laid out in one block of bytes with offsets instead of pointers, so that
// a compiled matcher can be written to the cache as it is and used from the mapped file.
//
//   FlatWriter out;
//   const FlatRef words = out.Put(std::vector<uint64_t>{1, 2, 3});  // {offset, count}
//   const FlatRef name = out.PutString("aws");
//   ... out.bytes() goes to the cache file, 8-byte aligned
//   FlatImage image(mapped_bytes);                  // the same bytes, mapped back
//   Span<uint64_t> w = image.Get<uint64_t>(words);  // empty and !image.ok() when out of range
//
// An image read from a file is not trusted: Get checks that each array lies inside the
// bytes and is aligned for its type, and the types that view an image check every index
// they hold before they use it (see their View functions).
#ifndef SKILLFIT_FLAT_IMAGE_H_
#define SKILLFIT_FLAT_IMAGE_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace skillfit {

// Where an array sits in an image: its byte offset and number of elements.
struct FlatRef {
  uint32_t offset = 0;
  uint32_t count = 0;
};

// A read-only view of `size()` elements; it owns nothing.
template <typename T>
class Span {
 public:
  Span() = default;
  Span(const T* data, size_t size) : data_(data), size_(size) {}
  Span(const std::vector<T>& v) : data_(v.data()), size_(v.size()) {}  // NOLINT: a view of it
  const T* data() const { return data_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const T& operator[](size_t i) const { return data_[i]; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }

 private:
  const T* data_ = nullptr;
  size_t size_ = 0;
};

class FlatWriter {
 public:
  // Appends `count` elements at the next offset aligned for T (at most 8).
  template <typename T>
  FlatRef Put(const T* data, size_t count) {
    static_assert(std::is_trivially_copyable<T>::value && alignof(T) <= 8, "not flat");
    // No padding, whose bytes would differ from run to run: a cache file written twice
    // for the same kb must come out the same.
    static_assert(std::has_unique_object_representations<T>::value, "has padding");
    while (bytes_.size() % alignof(T) != 0) bytes_.push_back('\0');
    const FlatRef ref{static_cast<uint32_t>(bytes_.size()), static_cast<uint32_t>(count)};
    if (count > 0) bytes_.append(reinterpret_cast<const char*>(data), count * sizeof(T));
    return ref;
  }
  template <typename T>
  FlatRef Put(const std::vector<T>& v) {
    return Put(v.data(), v.size());
  }
  FlatRef PutString(std::string_view s) { return Put(s.data(), s.size()); }
  // Reserves room for one T at the start (offset 0), to be filled by Set once the offsets
  // it holds are known.
  template <typename T>
  void Reserve() {
    bytes_.assign(sizeof(T), '\0');
  }
  template <typename T>
  void Set(const T& root) {
    std::memcpy(&bytes_[0], &root, sizeof(T));
  }
  // Pads to a multiple of 8 bytes, so that an image placed at an 8-aligned offset keeps
  // every array aligned.
  std::string Finish() {
    while (bytes_.size() % 8 != 0) bytes_.push_back('\0');
    return std::move(bytes_);
  }

 private:
  std::string bytes_;
};

class FlatImage {
 public:
  // `bytes` must start 8-aligned and outlive the image and every Span taken from it.
  explicit FlatImage(std::string_view bytes) : bytes_(bytes) {
    ok_ = reinterpret_cast<uintptr_t>(bytes.data()) % 8 == 0;
  }
  bool ok() const { return ok_; }
  // Once false (an array out of range or misaligned), it stays false and Get returns empty
  // spans, so a reader takes everything and checks ok() once.
  template <typename T>
  Span<T> Get(FlatRef ref) {
    if (!ok_ || ref.count == 0) return {};
    const uint64_t end = uint64_t{ref.offset} + uint64_t{ref.count} * sizeof(T);
    if (ref.offset % alignof(T) != 0 || end > bytes_.size()) {
      ok_ = false;
      return {};
    }
    return {reinterpret_cast<const T*>(bytes_.data() + ref.offset), ref.count};
  }
  std::string_view String(FlatRef ref) {
    const Span<char> s = Get<char>(ref);
    return {s.data(), s.size()};
  }
  // The T at offset 0, or false when there is none.
  template <typename T>
  bool Root(T* out) {
    if (!ok_ || bytes_.size() < sizeof(T)) return ok_ = false;
    std::memcpy(out, bytes_.data(), sizeof(T));
    return true;
  }
  // Marks the image bad (a reader found an index out of range).
  bool Fail() { return ok_ = false; }

 private:
  std::string_view bytes_;
  bool ok_ = true;
};

}  // namespace skillfit

#endif  // SKILLFIT_FLAT_IMAGE_H_
