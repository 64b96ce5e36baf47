// A binary cache file (see cache_file.h).
#include "kb/cache_file.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>

namespace skillfit {

static_assert(sizeof(SourcePlace) == sizeof(std::string) + 2 * sizeof(int),
              "SourcePlace changed: cache the new field in cache_file.cc, bump the version of "
              "every cache (kb_cache.cc, question_bank_cache.cc)");

namespace {

constexpr size_t kMagicSize = 8;
constexpr size_t kHeaderSize = kMagicSize + 4 + 8 + 8 + 8 + 4;

constexpr uint64_t kPrime1 = 0x9E3779B185EBCA87ull;
constexpr uint64_t kPrime2 = 0xC2B2AE3D27D4EB4Full;
constexpr uint64_t kPrime3 = 0x165667B19E3779F9ull;
constexpr uint64_t kPrime4 = 0x85EBCA77C2B2AE63ull;
constexpr uint64_t kPrime5 = 0x27D4EB2F165667C5ull;

uint64_t Rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

uint64_t LoadLittle(const unsigned char* p, int bytes) {
  uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}

uint64_t Round(uint64_t acc, uint64_t input) { return Rotl(acc + input * kPrime2, 31) * kPrime1; }

uint64_t MergeRound(uint64_t acc, uint64_t v) { return (acc ^ Round(0, v)) * kPrime1 + kPrime4; }

void PutFixed(std::string* out, uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out->push_back(static_cast<char>(v >> (8 * i)));
}

int64_t Nanos(const struct timespec& t) { return int64_t{t.tv_sec} * 1'000'000'000 + t.tv_nsec; }

bool WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

}  // namespace

uint64_t Hash64(std::string_view data) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(data.data());
  const unsigned char* const end = p + data.size();
  uint64_t h;
  if (data.size() >= 32) {
    uint64_t v[4] = {kPrime1 + kPrime2, kPrime2, 0, 0 - kPrime1};
    for (; end - p >= 32; p += 32) {
      for (int i = 0; i < 4; ++i) v[i] = Round(v[i], LoadLittle(p + 8 * i, 8));
    }
    h = Rotl(v[0], 1) + Rotl(v[1], 7) + Rotl(v[2], 12) + Rotl(v[3], 18);
    for (uint64_t lane : v) h = MergeRound(h, lane);
  } else {
    h = kPrime5;
  }
  h += data.size();
  for (; end - p >= 8; p += 8) h = Rotl(h ^ Round(0, LoadLittle(p, 8)), 27) * kPrime1 + kPrime4;
  if (end - p >= 4) {
    h = Rotl(h ^ (LoadLittle(p, 4) * kPrime1), 23) * kPrime2 + kPrime3;
    p += 4;
  }
  for (; p < end; ++p) h = Rotl(h ^ (*p * kPrime5), 11) * kPrime1;
  h ^= h >> 33;
  h *= kPrime2;
  h ^= h >> 29;
  h *= kPrime3;
  h ^= h >> 32;
  return h;
}

bool ReadWholeFile(const std::string& path, std::string* out) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  out->clear();
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  const bool ok = !std::ferror(f);
  std::fclose(f);
  return ok;
}

bool MakeDirs(const std::string& dir) {
  for (size_t slash = dir.find('/', 1); slash != std::string::npos;
       slash = dir.find('/', slash + 1)) {
    mkdir(dir.substr(0, slash).c_str(), 0755);  // an existing parent is fine; checked below
  }
  mkdir(dir.c_str(), 0755);
  struct stat st;
  return stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

void PutVarint(std::string* out, uint32_t v) {
  for (; v >= 0x80; v >>= 7) out->push_back(static_cast<char>(v | 0x80));
  out->push_back(static_cast<char>(v));
}

void PutString(std::string* out, std::string_view s) {
  PutVarint(out, static_cast<uint32_t>(s.size()));
  out->append(s);
}

void PutStrings(std::string* out, const std::vector<std::string>& list) {
  PutVarint(out, static_cast<uint32_t>(list.size()));
  for (const std::string& s : list) PutString(out, s);
}

void PutInts(std::string* out, const std::vector<int>& list) {
  PutVarint(out, static_cast<uint32_t>(list.size()));
  for (int i : list) PutVarint(out, static_cast<uint32_t>(i));
}

void PutSourcePlace(std::string* out, const SourcePlace& place) {
  PutString(out, place.file);
  PutVarint(out, static_cast<uint32_t>(place.line));
  PutVarint(out, static_cast<uint32_t>(place.column));
}

bool PutFiles(std::string* out, const std::vector<std::string>& files) {
  for (const std::string& f : files) {
    struct stat st;
    if (stat(f.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || access(f.c_str(), R_OK) != 0) {
      return false;
    }
    PutString(out, f);
    for (const int64_t v : {int64_t{st.st_size}, static_cast<int64_t>(st.st_ino),
                            static_cast<int64_t>(st.st_dev), Nanos(st.st_mtim), Nanos(st.st_ctim)}) {
      PutFixed(out, static_cast<uint64_t>(v), 8);
    }
  }
  return true;
}

uint32_t Reader::Varint() {
  uint32_t v = 0;
  for (int shift = 0; shift <= 28 && !in_.empty(); shift += 7) {
    const auto b = static_cast<unsigned char>(in_.front());
    in_.remove_prefix(1);
    v |= static_cast<uint32_t>(b & 0x7f) << shift;
    if (!(b & 0x80)) return v;
  }
  return Fail();
}

uint32_t Reader::Bounded(uint32_t max) {
  const uint32_t v = Varint();
  return v <= max ? v : Fail();
}

int Reader::Int() { return static_cast<int>(Bounded(INT_MAX)); }

uint32_t Reader::Count() {
  const uint32_t n = Varint();
  return n <= in_.size() ? n : Fail();
}

std::string Reader::String() {
  const uint32_t n = Count();
  std::string s(in_.substr(0, n));
  in_.remove_prefix(n);
  return s;
}

std::string_view Reader::View() {
  const uint32_t n = Count();
  const std::string_view s = in_.substr(0, n);
  in_.remove_prefix(n);
  return s;
}

void Reader::SkipStrings() {
  const uint32_t n = Count();
  for (uint32_t i = 0; i < n && ok_; ++i) View();
}

std::vector<std::string> Reader::Strings() {
  const uint32_t n = Count();
  std::vector<std::string> list;
  list.reserve(n);
  for (uint32_t i = 0; i < n && ok_; ++i) {
    const uint32_t size = Count();
    list.emplace_back(in_.data(), size);  // each made in place: no empty string moved over
    in_.remove_prefix(size);
  }
  list.resize(n);  // as many as said, empty after a failure (ok() is then false)
  return list;
}

std::vector<int> Reader::Indexes(size_t limit) {
  std::vector<int> list(Count());
  for (int& i : list) {
    const uint32_t v = Varint();
    i = static_cast<int>(v < limit ? v : Fail());
  }
  return list;
}

SourcePlace Reader::Place() {
  SourcePlace place;
  place.file = String();
  place.line = Int();
  place.column = Int();
  return place;
}

void Reader::SkipPlace() {
  View();
  Int();
  Int();
}

uint32_t Reader::Fail() {
  ok_ = false;
  in_ = {};
  return 0;
}

std::string CacheFileName(const char* prefix, const std::vector<std::string>& places) {
  std::string location;
  for (const std::string& p : places) {
    char* abs = realpath(p.c_str(), nullptr);
    if (!abs) return "";
    PutString(&location, abs);
    PutString(&location, p);
    free(abs);
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(Hash64(location)));
  return std::string(prefix) + "-" + hex + ".cache";
}

CacheFile::CacheFile(const std::string& dir, const std::string& name, const CacheFormat& format,
                     std::optional<uint64_t> key)
    : dir_(dir), format_(format) {
  if (name.empty() || !key) return;
  path_ = dir_ + "/" + name;
  key_ = key;
}

MappedPayload::~MappedPayload() { munmap(base_, size_); }

void MappedPayload::Release(std::string_view part) const {
  const uintptr_t page = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
  const uintptr_t begin = (reinterpret_cast<uintptr_t>(part.data()) + page - 1) & ~(page - 1);
  const uintptr_t end = (reinterpret_cast<uintptr_t>(part.data()) + part.size()) & ~(page - 1);
  // A private mapping of a file that was only read: dropped pages are read again from the
  // page cache when next touched, so this changes no byte, only what stays resident.
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
}

void PopulateForWrite(void* part, size_t size) {
#ifdef MADV_POPULATE_WRITE
  const uintptr_t page = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
  const uintptr_t begin = (reinterpret_cast<uintptr_t>(part) + page - 1) & ~(page - 1);
  const uintptr_t end = (reinterpret_cast<uintptr_t>(part) + size) & ~(page - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_POPULATE_WRITE);
#else
  (void)part;
  (void)size;
#endif
}

std::shared_ptr<const MappedPayload> CacheFile::Map(PartOf checked_only) const {
  if (path_.empty()) return nullptr;
  const int fd = open(path_.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat st;
  void* base = MAP_FAILED;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= static_cast<off_t>(kHeaderSize)) {
    // Populated at once: the checksum below reads every page.
    base = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE,
                fd, 0);
  }
  close(fd);
  if (base == MAP_FAILED) return nullptr;
  const size_t size = static_cast<size_t>(st.st_size);
  auto mapped = std::make_shared<const MappedPayload>(
      base, size, std::string_view(static_cast<const char*>(base) + kHeaderSize, size - kHeaderSize));
  const auto* h = static_cast<const unsigned char*>(base);
  const std::string_view payload = mapped->bytes();
  if (std::memcmp(h, format_.magic, kMagicSize) != 0 || LoadLittle(h + 8, 4) != format_.version ||
      LoadLittle(h + 12, 8) != *key_ || LoadLittle(h + 20, 8) != payload.size() ||
      LoadLittle(h + 28, 8) != Hash64(payload) || LoadLittle(h + 36, 4) != 0) {
    return nullptr;
  }
  // The checksum read every page; most are not needed again.
  mapped->Release(checked_only ? checked_only(payload) : payload);
  return mapped;
}

void CacheFile::Write(std::string_view payload) const {
  if (path_.empty() || !MakeDirs(dir_)) return;
  std::string file(format_.magic, kMagicSize);
  PutFixed(&file, format_.version, 4);
  PutFixed(&file, *key_, 8);
  PutFixed(&file, payload.size(), 8);
  PutFixed(&file, Hash64(payload), 8);
  PutFixed(&file, 0, 4);
  file += payload;
  // No fsync: a file cut short by a crash fails the length or checksum check and is
  // rewritten.
  std::string tmp = path_ + ".XXXXXX";
  const int fd = mkstemp(tmp.data());
  if (fd < 0) return;
  const bool written = WriteAll(fd, file);
  if (close(fd) != 0 || !written || std::rename(tmp.c_str(), path_.c_str()) != 0) {
    unlink(tmp.c_str());
  }
}

}  // namespace skillfit
