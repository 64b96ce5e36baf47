// The compiled knowledge-base cache (see kb_cache.h). The file's header, checksum and
// atomic replace are cache_file.h's; the payload holds categories, themes, skills, files,
// implied closures, related lists and the document tables.
#include "kb/kb_cache.h"

#include <sys/stat.h>

#include <cerrno>
#include <optional>

#include "kb/alias_text.h"
#include "kb/cache_file.h"
#include "kb/lazy_records.h"
#include "kb/matcher_image.h"
#include "skillfit/education.h"
#include "skillfit/title_table.h"

namespace skillfit {

// Adding a field to one of these structs? Write it in EncodeX and read it in DecodeX below,
// then bump kFormatVersion so old cache files are ignored. These asserts fail to remind you.
static_assert(sizeof(Category) == 2 * sizeof(std::string),
              "Category changed: cache the new field in kb_cache.cc, bump kFormatVersion");
static_assert(sizeof(Theme) == 2 * sizeof(std::string) + 2 * sizeof(std::vector<std::string>),
              "Theme changed: cache the new field in kb_cache.cc, bump kFormatVersion");
static_assert(sizeof(Guard) == 2 * sizeof(int) + 2 * sizeof(std::string),  // bool padded to int
              "Guard changed: cache the new field in kb_cache.cc, bump kFormatVersion");
static_assert(sizeof(DegreeField) == 2 * sizeof(std::string) + 3 * sizeof(std::vector<std::string>),
              "DegreeField changed: cache the new field in kb_cache.cc, bump kFormatVersion");
static_assert(sizeof(Skill) == 4 * sizeof(std::string) + alignof(std::string) +  // kind, padded
                                   5 * sizeof(std::vector<std::string>) + sizeof(Guard) +
                                   sizeof(SourcePlace),
              "Skill changed: cache the new field in kb_cache.cc, bump kFormatVersion");

namespace {

// Bump on any change to what is written, so files of an older build are ignored.
// 4: the document tables; 5: required words marked and joined (required_words.h); 6: the
// ids' order
constexpr uint32_t kFormatVersion = 6;
constexpr char kMagic[8] = {'S', 'K', 'F', 'T', 'K', 'B', 'C', '\n'};
constexpr CacheFormat kFormat = {kMagic, kFormatVersion};

// The key of a kb: the format versions, then each file's path and stat (PutFiles). Null
// when a file cannot be read.
// Appends each of `files` that may be missing: its path, then 0 when it does not exist, or
// 1 and PutFiles of it. False when one cannot be read (then there is no key).
bool PutOptionalFiles(std::string* out, const std::vector<std::string>& files) {
  for (const std::string& f : files) {
    PutString(out, f);
    struct stat st;
    const bool missing = stat(f.c_str(), &st) != 0 && errno == ENOENT;
    PutVarint(out, missing ? 0 : 1);
    if (!missing && !PutFiles(out, {f})) return false;
  }
  return true;
}

std::optional<uint64_t> ContentKey(const std::vector<std::string>& files,
                                   const std::vector<std::string>& table_files) {
  std::string all;
  PutVarint(&all, kFormatVersion);
  PutVarint(&all, kMatcherImageVersion);
  if (!PutFiles(&all, files) || !PutOptionalFiles(&all, table_files)) return std::nullopt;
  return Hash64(all);
}

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
  PutSourcePlace(out, s.defined_at);
}

// A skill's record, as EncodeSkill wrote it (LazyRecords' decoder: a skill holds no index).
Skill DecodeSkill(Reader* in, size_t /*limit*/) {
  Skill s;
  s.id = in->String();
  s.name = in->String();
  s.category = in->String();
  s.kind = static_cast<SkillKind>(in->Bounded(static_cast<uint32_t>(SkillKind::kLanguage)));
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
  s.defined_at = in->Place();
  return s;
}

// Passes over a skill's record, reading every field as DecodeSkill does but copying none;
// returns its id (a view of the record's bytes).
std::string_view SkipSkill(Reader* in) {
  const std::string_view id = in->View();
  in->View();  // name
  in->View();  // category
  in->Bounded(static_cast<uint32_t>(SkillKind::kLanguage));
  in->View();                                       // description
  for (int list = 0; list < 5; ++list) in->SkipStrings();  // aliases ... related
  in->Bounded(1);                                   // guard: exact_case
  in->Int();                                        // context
  in->View();                                       // reject_before
  in->View();                                       // reject_after
  in->SkipPlace();
  return id;
}

// Whether `in` holds a list of strings one of which NormalizesTo `key`; reads the list.
bool AnyNormalizesTo(Reader* in, std::string_view key) {
  bool any = false;
  const uint32_t n = in->Count();
  for (uint32_t i = 0; i < n && in->ok(); ++i) any = NormalizesTo(in->View(), key) || any;
  return any;
}

}  // namespace

bool SpelledAs(std::string_view record, std::string_view key) {
  Reader in(record);
  in.View();  // id
  const bool by_name = NormalizesTo(in.View(), key);
  in.View();  // category
  in.Bounded(static_cast<uint32_t>(SkillKind::kLanguage));
  in.View();  // description
  const bool by_alias = AnyNormalizesTo(&in, key);
  const bool by_guarded = AnyNormalizesTo(&in, key);
  return in.ok() && (by_name || by_alias || by_guarded);
}

namespace {

// Reserves room for `n` items in the empty `list`, which is about to get them, and maps its
// pages in at once (PopulateForWrite).
template <typename T>
void ReservePopulated(std::vector<T>* list, size_t n) {
  list->reserve(n);
  PopulateForWrite(list->data(), n * sizeof(T));
}

// The length of the kb's part of a payload (see KbCache::Encode), from its first 8 bytes;
// nothing when the payload is too short to hold it.
std::optional<size_t> KbPartSize(std::string_view payload) {
  if (payload.size() < 8) return std::nullopt;
  uint64_t size = 0;
  for (int i = 7; i >= 0; --i) size = (size << 8) | static_cast<unsigned char>(payload[i]);
  if (size > payload.size() - 8) return std::nullopt;
  return static_cast<size_t>(size);
}

// Where the matcher's image starts in a payload (Encode): the first multiple of 8 after the
// kb's part, the payload's end when there is no image; nothing when the payload is malformed.
std::optional<size_t> ImageAt(std::string_view payload) {
  const std::optional<size_t> size = KbPartSize(payload);
  if (!size) return std::nullopt;
  const size_t at = (8 + *size + 7) & ~size_t{7};
  if (at > payload.size()) return std::nullopt;
  return at;
}

// The matcher's image in a payload; empty when there is none or the payload is malformed.
std::string_view MatcherImage(std::string_view payload) {
  const std::optional<size_t> at = ImageAt(payload);
  return at ? payload.substr(*at) : std::string_view();
}

}  // namespace

// The cache file's name covers the kb's folders; empty when one does not exist (the load
// will fail, and a failed load is not cached).
static std::vector<std::string> Places(const std::string& dir,
                                       const std::vector<std::string>& extra_dirs) {
  std::vector<std::string> places = {dir};
  places.insert(places.end(), extra_dirs.begin(), extra_dirs.end());
  return places;
}

KbCache::KbCache(const std::string& cache_dir, const std::string& dir,
                 const std::vector<std::string>& extra_dirs, std::vector<std::string> files,
                 std::vector<std::string> table_files)
    : files_(std::move(files)),
      table_files_(std::move(table_files)),
      file_(cache_dir, CacheFileName("kb", Places(dir, extra_dirs)), kFormat,
            ContentKey(files_, table_files_)) {}

std::shared_ptr<const KnowledgeBase> KbCache::Read() const {
  // After the checksum the image is released and the kb's part stays mapped in: the walk
  // reads it, skills are decoded from it when used, and every id in it is read again at
  // once (the question bank's key, IndexOf); dropped, each page would cost a fault to map
  // back.
  const std::shared_ptr<const MappedPayload> mapped = file_.Map(MatcherImage);
  if (!mapped) return nullptr;
  std::string_view image;
  std::shared_ptr<KnowledgeBase> kb = Decode(mapped, &image);
  if (kb && !image.empty()) {
    kb->compiled_matcher_ = std::make_shared<const CompiledMatcher>(CompiledMatcher{mapped, image});
  }
  return kb;
}

void KbCache::Write(const KnowledgeBase& kb) const {
  // Stored only when the loader read exactly the files the key covers (a guard against its
  // file discovery and KbFiles drifting apart), and none of them was edited while the YAML
  // was loading, which would store new contents under the old key.
  if (!kb.degree_fields_ || !kb.titles_) return;
  if (kb.files() != files_ || ContentKey(files_, table_files_) != file_.key()) return;
  std::string payload = Encode(kb);
  if (kb.compiled_matcher_) payload += kb.compiled_matcher_->image;
  file_.Write(payload);
}

// The payload: 8 bytes that say how long the kb's part is, that part, zeros to the next
// multiple of 8, then the matcher's image (matcher_image.h), if any, to the end.
std::string KbCache::Encode(const KnowledgeBase& kb) {
  std::string out = EncodeKb(kb);
  std::string payload;
  for (int i = 0; i < 8; ++i) payload.push_back(static_cast<char>(uint64_t{out.size()} >> (8 * i)));
  payload += out;
  while (payload.size() % 8 != 0) payload.push_back('\0');
  return payload;
}

std::shared_ptr<KnowledgeBase> KbCache::Decode(const std::shared_ptr<const MappedPayload>& mapped,
                                               std::string_view* image) {
  const std::string_view payload = mapped->bytes();
  const std::optional<size_t> image_at = ImageAt(payload);
  if (!image_at) return nullptr;
  *image = payload.substr(*image_at);
  return DecodeKb(mapped, payload.substr(8, *KbPartSize(payload)));
}

std::string KbCache::EncodeKb(const KnowledgeBase& kb) {
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
    PutStrings(&out, t.arises_in);
  }
  PutVarint(&out, static_cast<uint32_t>(kb.skills_.size()));
  for (const Skill& s : kb.skills_) EncodeSkill(&out, s);
  PutInts(&out, kb.by_id_);
  PutStrings(&out, kb.files_);
  // The closures and related lists are stored rather than recomputed: recomputing would
  // repeat the loader's Validate, and they are small.
  for (const std::vector<int>& c : kb.implied_closure_) PutInts(&out, c);
  for (const std::vector<int>& r : kb.related_) PutInts(&out, r);
  EncodeTables(kb, &out);
  return out;
}

void KbCache::EncodeTables(const KnowledgeBase& kb, std::string* out) {
  PutVarint(out, static_cast<uint32_t>(kb.degree_fields_->fields().size()));
  for (const DegreeField& f : kb.degree_fields_->fields()) {
    PutString(out, f.id);
    PutString(out, f.name);
    PutStrings(out, f.aliases);
    PutStrings(out, f.families);
    PutStrings(out, f.covers);
  }
  PutVarint(out, static_cast<uint32_t>(kb.titles_->entries_.size()));
  for (const TitleTable::Entry& e : kb.titles_->entries_) {
    PutString(out, e.phrase);
    PutInts(out, e.skills);
  }
}

void KbCache::DecodeTables(Reader* in, KnowledgeBase* kb) {
  std::vector<DegreeField> fields(in->Count());
  for (DegreeField& f : fields) {
    f.id = in->String();
    f.name = in->String();
    f.aliases = in->Strings();
    f.families = in->Strings();
    f.covers = in->Strings();
  }
  TitleTable titles;
  titles.entries_.resize(in->Count());
  for (TitleTable::Entry& e : titles.entries_) {
    e.phrase = in->String();
    e.skills = in->Indexes(kb->skills_.size());
  }
  kb->degree_fields_ = std::make_shared<const DegreeFieldTable>(std::move(fields));
  kb->titles_ = std::make_shared<const TitleTable>(std::move(titles));
}

// Whether by_id_ lists every skill once, by id in strictly increasing order (so no id is
// repeated), as IndexOf's binary search needs. Its entries are already known to be in range.
bool KbCache::IdsInOrder(const KnowledgeBase& kb) {
  const std::vector<int>& order = kb.by_id_;
  if (order.size() != kb.skills_.size()) return false;
  for (size_t i = 1; i < order.size(); ++i) {
    if (!(kb.IdOf(order[i - 1]) < kb.IdOf(order[i]))) return false;
  }
  return true;
}

// The skills are walked, not decoded: each is checked, its place and id noted, and it is
// decoded from the mapped file on first use (LazyRecords).
bool KbCache::WalkSkills(const std::shared_ptr<const MappedPayload>& mapped,
                         std::string_view payload, Reader* in, KnowledgeBase* kb) {
  const size_t n = in->Count();
  std::vector<uint32_t> offsets;
  offsets.reserve(n + 1);
  kb->ids_.reserve(n);
  for (size_t i = 0; i < n && in->ok(); ++i) {
    offsets.push_back(static_cast<uint32_t>(in->Offset(payload)));
    kb->ids_.push_back(SkipSkill(in));
  }
  if (!in->ok()) return false;
  offsets.push_back(static_cast<uint32_t>(in->Offset(payload)));
  auto records = std::make_shared<const LazyRecords<Skill>>(mapped, payload, std::move(offsets),
                                                            DecodeSkill, 0);
  kb->skills_.SetSource(records);
  kb->skill_records_ = std::move(records);
  return true;
}

std::shared_ptr<KnowledgeBase> KbCache::DecodeKb(const std::shared_ptr<const MappedPayload>& mapped,
                                                 std::string_view payload) {
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
    t.arises_in = in.Strings();
  }
  if (!WalkSkills(mapped, payload, &in, kb.get())) return nullptr;
  const size_t n = kb->skills_.size();
  kb->by_id_ = in.Indexes(n);
  kb->files_ = in.Strings();
  ReservePopulated(&kb->implied_closure_, n);
  kb->implied_closure_.resize(n);
  for (std::vector<int>& c : kb->implied_closure_) c = in.Indexes(n);
  ReservePopulated(&kb->related_, n);
  kb->related_.resize(n);
  for (std::vector<int>& r : kb->related_) r = in.Indexes(n);
  DecodeTables(&in, kb.get());
  if (!in.ok() || !in.AtEnd() || !IdsInOrder(*kb)) return nullptr;
  return kb;
}

}  // namespace skillfit
