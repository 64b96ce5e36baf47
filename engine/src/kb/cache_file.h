// A binary cache file: a payload kept under a content key, behind a header that says whose
// and which format it is, with a checksum, replaced atomically. The caches of loaded data
// (kb_cache.h, question_bank_cache.h) build on it; what they store is theirs.
//
//   std::string key_input;
//   PutVarint(&key_input, kFormatVersion);
//   if (!PutFiles(&key_input, files)) return;            // a file cannot be read: no cache
//   CacheFile file(cache_dir, CacheFileName("kb", {kb_dir}), {kMagic, kFormatVersion},
//                  Hash64(key_input));
//   if (std::shared_ptr<const MappedPayload> payload = file.Map()) ... decode payload->bytes()
//   file.Write(encoded);
//
// On disk, integers in the header little-endian:
//   magic     8 bytes  CacheFormat::magic, one per kind of cache
//   version   4 bytes  CacheFormat::version
//   key       8 bytes  the caller's content key
//   length    8 bytes  payload bytes
//   checksum  8 bytes  Hash64() of the payload
//   reserved  4 bytes  zero, so that the payload starts 8-byte aligned in the file
//   payload            written with the Put functions, read back with a Reader, and any
//                      flat image (flat_image.h) its owner places at an 8-aligned offset
// In a payload every integer is a varint and every string a varint length and its bytes.
#ifndef SKILLFIT_CACHE_FILE_H_
#define SKILLFIT_CACHE_FILE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "skillfit/knowledge_base.h"  // SourcePlace

namespace skillfit {

// XXH64 (github.com/Cyan4973/xxHash), seed 0: fast, and good enough that two different
// contents do not share a key by accident.
uint64_t Hash64(std::string_view data);

// Replaces `*out` with the bytes of the file at `path`; false when it cannot be read.
bool ReadWholeFile(const std::string& path, std::string* out);

// Creates `dir` and its missing parents; true when it exists afterwards.
bool MakeDirs(const std::string& dir);

// The codec of a payload (and of a key's input).
void PutVarint(std::string* out, uint32_t v);
void PutString(std::string* out, std::string_view s);
void PutStrings(std::string* out, const std::vector<std::string>& list);
void PutInts(std::string* out, const std::vector<int>& list);  // each in 0..INT_MAX
void PutSourcePlace(std::string* out, const SourcePlace& place);

// Appends each file's path, length-prefixed, and what stat says of it: size, inode, device,
// modification and change times (nanoseconds). The part of a key that covers a set of source
// files, without reading them: an edit, a copy over the file, a checkout or a rename changes
// the change time at least, which no one can set back. (Not covered: two edits that keep the
// size, made within one tick of the file system's clock, a few milliseconds, with a load
// between them.) False when a file is missing, not a regular file or cannot be read.
bool PutFiles(std::string* out, const std::vector<std::string>& files);

// Reads what the Put functions wrote. An overrun or a malformed value makes ok() false for
// good and later reads return zero or empty, so a decoder reads on and checks once.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool AtEnd() const { return in_.empty(); }

  uint32_t Varint();
  uint32_t Bounded(uint32_t max);  // a value no larger than `max`
  int Int();                       // a value in 0..INT_MAX
  // A count of items that take a byte or more each, so never more than the bytes left.
  uint32_t Count();
  std::string String();
  std::string_view View();  // a string, left in place: valid as long as the input's bytes
  std::vector<std::string> Strings();
  void SkipStrings();  // a list of strings, passed over (each checked as Strings would)
  std::vector<int> Indexes(size_t limit);  // indexes into a list of `limit` items
  SourcePlace Place();
  void SkipPlace();
  // Where the next read starts, as an offset into the input given to the constructor.
  size_t Offset(std::string_view input) const { return static_cast<size_t>(in_.data() - input.data()); }

 private:
  uint32_t Fail();

  std::string_view in_;
  bool ok_ = true;
};

// A cache file's payload mapped into memory (CacheFile::Map); unmapped when destroyed.
class MappedPayload {
 public:
  MappedPayload(void* base, size_t size, std::string_view payload)
      : base_(base), size_(size), payload_(payload) {}
  ~MappedPayload();
  MappedPayload(const MappedPayload&) = delete;
  MappedPayload& operator=(const MappedPayload&) = delete;
  std::string_view bytes() const { return payload_; }
  // Lets the whole pages inside `part` (of bytes()) leave memory until they are touched
  // again; their contents stay the same. Keeps a process's peak memory to what it uses.
  void Release(std::string_view part) const;

 private:
  void* base_;
  size_t size_;
  std::string_view payload_;
};

// Maps in the whole pages inside `part`, a block of the heap about to be written from end
// to end, all at once: a process's first touch of a page costs a page fault each, which on
// some virtual machines costs more than writing the page. Nothing happens where the kernel
// does not know how (before Linux 5.14); the contents are not changed either way.
void PopulateForWrite(void* part, size_t size);

// What a cache file holds: `magic` names the kind of cache (8 bytes, "SKFTKBC\n"), and
// `version` is bumped on any change to what is written, so files of an older build are
// ignored.
struct CacheFormat {
  const char* magic;
  uint32_t version;
};

// `prefix`, "-", 16 hex digits of the hash of `places` (each as given and as an absolute
// path) and ".cache": "kb-9226122bae158ac4.cache". Empty when one of them does not exist.
// The spelling counts because the loaded data holds the paths as given (in messages), so a
// kb reached as "kb" and as "build/../kb" has two caches rather than one rewritten by turns.
std::string CacheFileName(const char* prefix, const std::vector<std::string>& places);

// One cache file: where it is, its format, and the key its payload must be stored under.
class CacheFile {
 public:
  // The file `name` in the folder `dir`. Off (Read finds nothing, Write does nothing) when
  // `name` is empty or there is no key.
  CacheFile(const std::string& dir, const std::string& name, const CacheFormat& format,
            std::optional<uint64_t> key);

  // The key, or nothing when the file is off.
  std::optional<uint64_t> key() const { return key_; }

  // The payload, mapped from the file, when the file's header has this format and key and
  // its length and checksum hold; null when the file is off, missing, of another format or
  // key, truncated or damaged. Its bytes stay valid (and 8-byte aligned) as long as the
  // returned pointer lives; the file is replaced by rename, never rewritten in place.
  // After the checksum the payload's pages are released (MappedPayload::Release), all of
  // them or, with `checked_only`, the part it names: a caller about to read the rest from
  // end to end keeps it mapped rather than have it dropped and mapped in again.
  using PartOf = std::string_view (*)(std::string_view payload);
  std::shared_ptr<const MappedPayload> Map(PartOf checked_only = nullptr) const;

  // Writes `payload` under the key, creating the folder when missing. Readers see the old
  // file or the new one, never half of one: a temporary file, then rename. Ignores every
  // error (the file is then left as it was).
  void Write(std::string_view payload) const;

 private:
  std::string dir_;
  std::string path_;  // empty when off
  CacheFormat format_;
  std::optional<uint64_t> key_;
};

}  // namespace skillfit

#endif  // SKILLFIT_CACHE_FILE_H_
