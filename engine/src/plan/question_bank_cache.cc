// The compiled question-bank cache (see question_bank_cache.h). The file's header, checksum
// and atomic replace are cache_file.h's; the payload holds the questions in file order.
#include "plan/question_bank_cache.h"

#include <algorithm>
#include <optional>

#include "kb/cache_file.h"
#include "kb/lazy_records.h"

namespace skillfit {

// Adding a field to Question? Write it in Encode and read it in Decode below, then bump
// kFormatVersion so old cache files are ignored. This assert fails to remind you.
static_assert(sizeof(Question) == 3 * sizeof(std::string) + alignof(std::string) +  // level
                                      sizeof(std::vector<int>) +
                                      3 * sizeof(std::vector<std::string>) + sizeof(SourcePlace),
              "Question changed: cache the new field in question_bank_cache.cc, bump "
              "kFormatVersion");

namespace {

// Bump on any change to what is written, so files of an older build are ignored.
constexpr uint32_t kFormatVersion = 2;  // 2: the header's reserved bytes
constexpr char kMagic[8] = {'S', 'K', 'F', 'T', 'Q', 'B', 'C', '\n'};
constexpr CacheFormat kFormat = {kMagic, kFormatVersion};

// The key of a bank: the format version, each question file's path and stat (PutFiles), then what
// the loader reads from the kb: every skill id in kb order (a question's skills are stored
// as indexes into it, and an id that is gone fails validation) and every theme id (themes
// are validated against them). Whatever else a kb edit changes (names, aliases, patterns)
// leaves the loaded bank as it was, so it keeps the cache. Null when a file cannot be read.
std::optional<uint64_t> ContentKey(const std::vector<std::string>& files, const KnowledgeBase& kb) {
  std::string all;
  PutVarint(&all, kFormatVersion);
  if (!PutFiles(&all, files)) return std::nullopt;
  PutVarint(&all, static_cast<uint32_t>(kb.skills().size()));
  for (size_t i = 0; i < kb.skills().size(); ++i) PutString(&all, kb.IdOf(static_cast<int>(i)));
  PutVarint(&all, static_cast<uint32_t>(kb.themes().size()));
  for (const Theme& t : kb.themes()) PutString(&all, t.id);
  return Hash64(all);
}

// The question folder, then the folders of the kb's files in order, once each: where this
// bank and its kb live, not which files are in them.
std::vector<std::string> Places(const std::string& dir, const KnowledgeBase& kb) {
  std::vector<std::string> places = {dir};
  std::vector<std::string> kb_dirs;
  for (const std::string& f : kb.files()) {
    const size_t slash = f.rfind('/');
    std::string folder = slash == std::string::npos ? "." : f.substr(0, slash);
    if (std::find(kb_dirs.begin(), kb_dirs.end(), folder) == kb_dirs.end()) {
      kb_dirs.push_back(std::move(folder));
    }
  }
  places.insert(places.end(), kb_dirs.begin(), kb_dirs.end());
  return places;
}

// A question's record, as Encode wrote it; `skill_count` bounds its skill indexes.
Question DecodeQuestion(Reader* in, size_t skill_count) {
  Question q;
  q.id = in->String();
  q.text = in->String();
  q.level = static_cast<QuestionLevel>(in->Bounded(static_cast<uint32_t>(QuestionLevel::kAdvanced)));
  q.skills = in->Indexes(skill_count);
  q.themes = in->Strings();
  q.answer = in->String();
  q.explanation = in->Strings();
  q.exercise = in->Strings();
  q.defined_at = in->Place();
  return q;
}

// Passes over a question's record as DecodeQuestion reads it, copying no text; returns what
// it is about (its themes viewed in the record), for the bank's indexes: rebuilt, as the
// loader's IndexBySkill does, not stored.
QuestionTopics WalkQuestion(Reader* in, size_t skill_count) {
  QuestionTopics topics;
  in->View();  // id
  in->View();  // text
  topics.level = static_cast<QuestionLevel>(in->Bounded(static_cast<uint32_t>(QuestionLevel::kAdvanced)));
  topics.skills = in->Indexes(skill_count);
  topics.themes.resize(in->Count());
  for (std::string_view& t : topics.themes) t = in->View();
  in->View();         // answer
  in->SkipStrings();  // explanation
  in->SkipStrings();  // exercise
  in->SkipPlace();
  return topics;
}

}  // namespace

QuestionBankCache::QuestionBankCache(const std::string& cache_dir, const std::string& dir,
                                     std::vector<std::string> files, const KnowledgeBase& kb)
    : files_(std::move(files)),
      kb_(kb),
      file_(cache_dir, CacheFileName("questions", Places(dir, kb)), kFormat,
            ContentKey(files_, kb)) {}

std::shared_ptr<const QuestionBank> QuestionBankCache::Read() const {
  // Kept mapped from the checksum through the walk, then released: a question's pages are
  // read back when it is decoded.
  const std::shared_ptr<const MappedPayload> payload =
      file_.Map([](std::string_view) { return std::string_view(); });
  if (!payload) return nullptr;
  std::shared_ptr<const QuestionBank> bank = Decode(payload);
  payload->Release(payload->bytes());
  return bank;
}

void QuestionBankCache::Write(const QuestionBank& bank) const {
  // Not stored when a question file was edited while the YAML was loading, which would
  // store new contents under the old key.
  if (ContentKey(files_, kb_) != file_.key()) return;
  file_.Write(Encode(bank));
}

std::string QuestionBankCache::Encode(const QuestionBank& bank) {
  std::string out;
  PutVarint(&out, static_cast<uint32_t>(bank.questions_.size()));
  for (const Question& q : bank.questions_) {
    PutString(&out, q.id);
    PutString(&out, q.text);
    PutVarint(&out, static_cast<uint32_t>(q.level));
    PutInts(&out, q.skills);
    PutStrings(&out, q.themes);
    PutString(&out, q.answer);
    PutStrings(&out, q.explanation);
    PutStrings(&out, q.exercise);
    PutSourcePlace(&out, q.defined_at);
  }
  return out;
}

std::shared_ptr<QuestionBank> QuestionBankCache::Decode(
    const std::shared_ptr<const MappedPayload>& mapped) const {
  const std::string_view payload = mapped->bytes();
  Reader in(payload);
  auto bank = std::make_shared<QuestionBank>();
  const size_t skill_count = kb_.skills().size();
  bank->by_skill_.assign(skill_count, {});
  const size_t n = in.Count();
  std::vector<uint32_t> offsets;
  offsets.reserve(n + 1);
  bank->topics_.reserve(n);
  for (size_t q = 0; q < n && in.ok(); ++q) {
    offsets.push_back(static_cast<uint32_t>(in.Offset(payload)));
    QuestionTopics topics = WalkQuestion(&in, skill_count);
    if (in.ok()) bank->AddToIndex(std::move(topics));
  }
  if (!in.ok() || !in.AtEnd()) return nullptr;
  offsets.push_back(static_cast<uint32_t>(in.Offset(payload)));
  bank->questions_.SetSource(std::make_shared<const LazyRecords<Question>>(
      mapped, payload, std::move(offsets), DecodeQuestion, skill_count));
  return bank;
}

}  // namespace skillfit
