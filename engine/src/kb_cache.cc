// The compiled knowledge-base cache (see kb_cache.h).
//
// A cache file is a fixed header and a payload; integers in the header are little-endian:
//   magic     8 bytes  "SKFTKBC\n"
//   version   4 bytes  kFormatVersion
//   key       8 bytes  ContentKey() of the kb files
//   length    8 bytes  payload bytes
//   checksum  8 bytes  Hash64() of the payload
//   payload            categories, themes, skills, files, implied closures, related lists
// In the payload every integer is a varint and every string a varint length and its bytes.
#include "kb_cache.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <optional>

namespace skillfit {

// Adding a field to one of these structs? Write it in EncodeX and read it in DecodeX below,
// then bump kFormatVersion so old cache files are ignored. These asserts fail to remind you.
static_assert(sizeof(Category) == 2 * sizeof(std::string),
              "Category changed: cache the new field in kb_cache.cc, bump kFormatVersion");
static_assert(sizeof(Theme) == 2 * sizeof(std::string) + sizeof(std::vector<std::string>),
              "Theme changed: cache the new field in kb_cache.cc, bump kFormatVersion");
static_assert(sizeof(Guard) == 2 * sizeof(int) + 2 * sizeof(std::string),  // bool padded to int
              "Guard changed: cache the new field in kb_cache.cc, bump kFormatVersion");
static_assert(sizeof(SourcePlace) == sizeof(std::string) + 2 * sizeof(int),
              "SourcePlace changed: cache the new field in kb_cache.cc, bump kFormatVersion");
static_assert(sizeof(Skill) == 4 * sizeof(std::string) + alignof(std::string) +  // kind, padded
                                   5 * sizeof(std::vector<std::string>) + sizeof(Guard) +
                                   sizeof(SourcePlace),
              "Skill changed: cache the new field in kb_cache.cc, bump kFormatVersion");

namespace {

// Bump on any change to what is written, so files of an older build are ignored.
constexpr uint32_t kFormatVersion = 1;
constexpr char kMagic[8] = {'S', 'K', 'F', 'T', 'K', 'B', 'C', '\n'};
constexpr size_t kHeaderSize = 8 + 4 + 8 + 8 + 8;

// XXH64 (github.com/Cyan4973/xxHash), seed 0: fast, and good enough that two different kb
// contents do not share a key by accident.
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

void PutFixed(std::string* out, uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out->push_back(static_cast<char>(v >> (8 * i)));
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

// The key of a kb: the format version, then each file's path and bytes, all length-prefixed
// so that no two different file lists make the same bytes. Null when a file cannot be read.
std::optional<uint64_t> ContentKey(const std::vector<std::string>& files) {
  std::string all;
  PutVarint(&all, kFormatVersion);
  std::string bytes;
  for (const std::string& f : files) {
    if (!ReadWholeFile(f, &bytes)) return std::nullopt;
    PutString(&all, f);
    PutString(&all, bytes);
  }
  return Hash64(all);
}

// Reads what the Put functions wrote. An overrun or a malformed value makes ok() false for
// good and later reads return zero or empty, so a decoder reads on and checks once.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool AtEnd() const { return in_.empty(); }

  uint32_t Varint() {
    uint32_t v = 0;
    for (int shift = 0; shift <= 28 && !in_.empty(); shift += 7) {
      const auto b = static_cast<unsigned char>(in_.front());
      in_.remove_prefix(1);
      v |= static_cast<uint32_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    return Fail();
  }

  // A value no larger than `max`.
  uint32_t Bounded(uint32_t max) {
    const uint32_t v = Varint();
    return v <= max ? v : Fail();
  }

  int Int() { return static_cast<int>(Bounded(INT_MAX)); }

  // A count of items that take a byte or more each, so never more than the bytes left.
  uint32_t Count() {
    const uint32_t n = Varint();
    return n <= in_.size() ? n : Fail();
  }

  std::string String() {
    const uint32_t n = Count();
    std::string s(in_.substr(0, n));
    in_.remove_prefix(n);
    return s;
  }

  std::vector<std::string> Strings() {
    std::vector<std::string> list(Count());
    for (std::string& s : list) s = String();
    return list;
  }

  // Indexes into a list of `limit` items.
  std::vector<int> Indexes(size_t limit) {
    std::vector<int> list(Count());
    for (int& i : list) {
      const uint32_t v = Varint();
      i = static_cast<int>(v < limit ? v : Fail());
    }
    return list;
  }

 private:
  uint32_t Fail() {
    ok_ = false;
    in_ = {};
    return 0;
  }

  std::string_view in_;
  bool ok_ = true;
};

void EncodeSkill(std::string* out, const Skill& s) {
  PutString(out, s.id);
  PutString(out, s.name);
  PutString(out, s.category);
  PutVarint(out, static_cast<uint32_t>(s.kind));
  PutString(out, s.description);
  PutStrings(out, s.aliases);
  PutStrings(out, s.guarded);
  PutStrings(out, s.patterns);
  PutStrings(out, s.implies);
  PutStrings(out, s.related);
  PutVarint(out, s.guard.exact_case ? 1 : 0);
  PutVarint(out, static_cast<uint32_t>(s.guard.context));
  PutString(out, s.guard.reject_before);
  PutString(out, s.guard.reject_after);
  PutString(out, s.defined_at.file);
  PutVarint(out, static_cast<uint32_t>(s.defined_at.line));
  PutVarint(out, static_cast<uint32_t>(s.defined_at.column));
}

Skill DecodeSkill(Reader* in) {
  Skill s;
  s.id = in->String();
  s.name = in->String();
  s.category = in->String();
  s.kind = static_cast<SkillKind>(in->Bounded(static_cast<uint32_t>(SkillKind::kCertification)));
  s.description = in->String();
  s.aliases = in->Strings();
  s.guarded = in->Strings();
  s.patterns = in->Strings();
  s.implies = in->Strings();
  s.related = in->Strings();
  s.guard.exact_case = in->Bounded(1) == 1;
  s.guard.context = in->Int();
  s.guard.reject_before = in->String();
  s.guard.reject_after = in->String();
  s.defined_at.file = in->String();
  s.defined_at.line = in->Int();
  s.defined_at.column = in->Int();
  return s;
}

// Creates `dir` and its missing parents; true when it exists afterwards.
bool MakeDirs(const std::string& dir) {
  for (size_t slash = dir.find('/', 1); slash != std::string::npos;
       slash = dir.find('/', slash + 1)) {
    mkdir(dir.substr(0, slash).c_str(), 0755);  // an existing parent is fine; checked below
  }
  mkdir(dir.c_str(), 0755);
  struct stat st;
  return stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

// "kb-" and 16 hex digits of the hash of the kb's absolute folders; empty when one of them
// does not exist (the load will fail, and a failed load is not cached).
std::string CacheFileName(const std::string& dir, const std::vector<std::string>& extra_dirs) {
  std::string location;
  auto add = [&location](const std::string& d) {
    char* abs = realpath(d.c_str(), nullptr);
    if (!abs) return false;
    PutString(&location, abs);
    free(abs);
    return true;
  };
  if (!add(dir)) return "";
  for (const std::string& d : extra_dirs) {
    if (!add(d)) return "";
  }
  char name[32];
  std::snprintf(name, sizeof name, "kb-%016llx.cache",
                static_cast<unsigned long long>(Hash64(location)));
  return name;
}

}  // namespace

KbCache::KbCache(const std::string& cache_dir, const std::string& dir,
                 const std::vector<std::string>& extra_dirs, std::vector<std::string> files)
    : cache_dir_(cache_dir), files_(std::move(files)) {
  const std::string name = CacheFileName(dir, extra_dirs);
  const std::optional<uint64_t> key = ContentKey(files_);
  if (name.empty() || !key) return;
  path_ = cache_dir_ + "/" + name;
  key_ = *key;
}

std::shared_ptr<const KnowledgeBase> KbCache::Read() const {
  std::string file;
  if (path_.empty() || !ReadWholeFile(path_, &file) || file.size() < kHeaderSize) return nullptr;
  const auto* h = reinterpret_cast<const unsigned char*>(file.data());
  const std::string_view payload = std::string_view(file).substr(kHeaderSize);
  if (file.compare(0, sizeof kMagic, kMagic, sizeof kMagic) != 0 ||
      LoadLittle(h + 8, 4) != kFormatVersion || LoadLittle(h + 12, 8) != key_ ||
      LoadLittle(h + 20, 8) != payload.size() || LoadLittle(h + 28, 8) != Hash64(payload)) {
    return nullptr;
  }
  return Decode(payload);
}

void KbCache::Write(const KnowledgeBase& kb) const {
  // Stored only when the loader read exactly the files the key covers (a guard against its
  // file discovery and KbFiles drifting apart), and none of them was edited while the YAML
  // was loading, which would store new contents under the old key.
  if (path_.empty() || kb.files() != files_ || ContentKey(files_) != key_ ||
      !MakeDirs(cache_dir_)) {
    return;
  }
  const std::string payload = Encode(kb);
  std::string file(kMagic, sizeof kMagic);
  PutFixed(&file, kFormatVersion, 4);
  PutFixed(&file, key_, 8);
  PutFixed(&file, payload.size(), 8);
  PutFixed(&file, Hash64(payload), 8);
  file += payload;
  // Readers see the old file or the new one, never half of one. No fsync: a file cut short
  // by a crash fails the length or checksum check and is rewritten.
  std::string tmp = path_ + ".XXXXXX";
  const int fd = mkstemp(tmp.data());
  if (fd < 0) return;
  const bool written = WriteAll(fd, file);
  if (close(fd) != 0 || !written || std::rename(tmp.c_str(), path_.c_str()) != 0) {
    unlink(tmp.c_str());
  }
}

std::string KbCache::Encode(const KnowledgeBase& kb) {
  std::string out;
  PutVarint(&out, static_cast<uint32_t>(kb.categories_.size()));
  for (const Category& c : kb.categories_) {
    PutString(&out, c.id);
    PutString(&out, c.name);
  }
  PutVarint(&out, static_cast<uint32_t>(kb.themes_.size()));
  for (const Theme& t : kb.themes_) {
    PutString(&out, t.id);
    PutString(&out, t.name);
    PutStrings(&out, t.cues);
  }
  PutVarint(&out, static_cast<uint32_t>(kb.skills_.size()));
  for (const Skill& s : kb.skills_) EncodeSkill(&out, s);
  PutStrings(&out, kb.files_);
  // The closures and related lists are stored rather than recomputed: recomputing would
  // repeat the loader's Validate, and they are small.
  for (const std::vector<int>& c : kb.implied_closure_) PutInts(&out, c);
  for (const std::vector<int>& r : kb.related_) PutInts(&out, r);
  return out;
}

std::shared_ptr<KnowledgeBase> KbCache::Decode(std::string_view payload) {
  Reader in(payload);
  auto kb = std::make_shared<KnowledgeBase>();
  kb->categories_.resize(in.Count());
  for (Category& c : kb->categories_) {
    c.id = in.String();
    c.name = in.String();
  }
  kb->themes_.resize(in.Count());
  for (Theme& t : kb->themes_) {
    t.id = in.String();
    t.name = in.String();
    t.cues = in.Strings();
  }
  const size_t n = in.Count();
  kb->skills_.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    kb->skills_.push_back(DecodeSkill(&in));
    // As the loader builds it: every skill's id, to its final position.
    kb->index_[kb->skills_.back().id] = static_cast<int>(i);
  }
  kb->files_ = in.Strings();
  kb->implied_closure_.resize(n);
  for (std::vector<int>& c : kb->implied_closure_) c = in.Indexes(n);
  kb->related_.resize(n);
  for (std::vector<int>& r : kb->related_) r = in.Indexes(n);
  if (!in.ok() || !in.AtEnd() || kb->index_.size() != n) return nullptr;
  return kb;
}

}  // namespace skillfit
