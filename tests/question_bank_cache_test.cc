// The compiled question-bank cache: a warm load equals a fresh one field for field; an edit
// to a question file or to the kb's skill ids, damage or an unwritable folder falls back to
// the YAML; a bank with problems is never cached.
#include <doctest/doctest.h>

#include <fstream>

#include "cache_checks.h"
#include "skillfit/knowledge_base.h"
#include "skillfit/question_bank.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::CacheFile;
using skillfit::testing::CheckCliSameColdAndWarm;
using skillfit::testing::CheckDamageFallsBack;
using skillfit::testing::CheckFailureNotCached;
using skillfit::testing::CheckUncreatableDirIgnored;
using skillfit::testing::CopyOfKb;
using skillfit::testing::Kb;
using skillfit::testing::ReadFile;
using skillfit::testing::SourceDir;
using skillfit::testing::TempDir;

namespace {

// Loads the bank in `dir` against `kb` through the cache in `cache_dir`; `hit` says whether
// the cache answered. Fails the test when the bank does not load.
std::shared_ptr<const QuestionBank> LoadCached(const std::string& dir, const KnowledgeBase& kb,
                                               const std::string& cache_dir, bool* hit) {
  QuestionBankLoadOptions options;
  options.cache_dir = cache_dir;
  options.from_cache = hit;
  auto bank = QuestionBank::Load(dir, kb, options);
  REQUIRE_MESSAGE(bank.ok(), bank.status().message());
  return bank.value();
}

std::shared_ptr<const QuestionBank> LoadPlain(const std::string& dir, const KnowledgeBase& kb) {
  auto bank = QuestionBank::Load(dir, kb);
  REQUIRE_MESSAGE(bank.ok(), bank.status().message());
  return bank.value();
}

std::shared_ptr<const KnowledgeBase> LoadKb(const std::string& dir) {
  auto kb = KnowledgeBase::Load(dir);
  REQUIRE_MESSAGE(kb.ok(), kb.status().message());
  return kb.value();
}

// `a` and `b`, both loaded against `kb`, hold the same questions and answer ForSkill and
// ForTheme the same for every skill and theme of `kb`.
void CheckSameBank(const QuestionBank& a, const QuestionBank& b, const KnowledgeBase& kb) {
  REQUIRE(a.questions().size() == b.questions().size());
  for (size_t i = 0; i < a.questions().size(); ++i) {
    const Question& x = a.questions()[i];
    const Question& y = b.questions()[i];
    CAPTURE(x.id);
    CHECK(x.id == y.id);
    CHECK(x.text == y.text);
    CHECK(x.level == y.level);
    CHECK(x.skills == y.skills);
    CHECK(x.themes == y.themes);
    CHECK(x.answer == y.answer);
    CHECK(x.explanation == y.explanation);
    CHECK(x.exercise == y.exercise);
    CHECK(x.defined_at.file == y.defined_at.file);
    CHECK(x.defined_at.line == y.defined_at.line);
    CHECK(x.defined_at.column == y.defined_at.column);
  }
  const int skills = static_cast<int>(kb.skills().size());
  for (int s = -1; s <= skills; ++s) {
    CAPTURE(s);
    CHECK(a.ForSkill(s) == b.ForSkill(s));
  }
  for (const Theme& t : kb.themes()) {
    CAPTURE(t.id);
    CHECK(a.ForTheme(t.id) == b.ForTheme(t.id));
  }
  CHECK(b.ForTheme("no-such-theme").empty());
}

// Replaces the first `before` in `file` with `after`.
void Edit(const std::string& file, const std::string& before, const std::string& after) {
  std::string text = ReadFile(file);
  const size_t at = text.find(before);
  REQUIRE(at != std::string::npos);
  text.replace(at, before.size(), after);
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

}  // namespace

TEST_CASE("question bank cache: a warm load equals a fresh load in every field") {
  const std::string dir = SourceDir() + "/kb/questions";
  const std::string cache = TempDir();
  bool hit = true;
  auto cold = LoadCached(dir, Kb(), cache, &hit);
  CHECK_FALSE(hit);
  CacheFile(cache, "questions-");
  auto warm = LoadCached(dir, Kb(), cache, &hit);
  CHECK(hit);
  CheckSameBank(*cold, *warm, Kb());
  CheckSameBank(*LoadPlain(dir, Kb()), *warm, Kb());  // and both equal a load without a cache
}

TEST_CASE("question bank cache: editing a question file misses the cache and loads the edit") {
  const std::string kb_dir = CopyOfKb();
  auto kb = LoadKb(kb_dir);
  const std::string dir = kb_dir + "/questions";
  const std::string cache = TempDir();
  bool hit = true;
  LoadCached(dir, *kb, cache, &hit);
  LoadCached(dir, *kb, cache, &hit);
  REQUIRE(hit);

  const std::string before = "What makes a way of working agile rather than waterfall";
  Edit(dir + "/practices.yaml", before, "What makes a way of working agile, not waterfall");
  auto edited = LoadCached(dir, *kb, cache, &hit);
  CHECK_FALSE(hit);
  CheckSameBank(*LoadPlain(dir, *kb), *edited, *kb);
  const Question* edited_question = nullptr;
  for (const Question& q : edited->questions()) {
    if (q.id == "agile-basic-increments-over-big-plan") edited_question = &q;
  }
  REQUIRE(edited_question != nullptr);
  CHECK(edited_question->text.rfind("What makes a way of working agile, not", 0) == 0);
  LoadCached(dir, *kb, cache, &hit);
  CHECK(hit);
}

TEST_CASE("question bank cache: a kb whose skill indexes shift misses the cache") {
  const std::string kb_dir = CopyOfKb();
  const std::string dir = kb_dir + "/questions";
  const std::string cache = TempDir();
  auto before = LoadKb(kb_dir);
  bool hit = true;
  auto old_bank = LoadCached(dir, *before, cache, &hit);
  LoadCached(dir, *before, cache, &hit);
  REQUIRE(hit);

  SUBCASE("a skill inserted before all others") {
    Edit(kb_dir + "/skills/certifications.yaml", "skills:\n",
         "skills:\n  - id: aaa-cache-probe\n    name: Cache Probe Cert\n"
         "    category: certifications\n    kind: certification\n"
         "    description: a skill that shifts every index after it.\n\n");
    auto after = LoadKb(kb_dir);
    REQUIRE(after->IndexOf("aaa-cache-probe") == 0);
    auto bank = LoadCached(dir, *after, cache, &hit);
    CHECK_FALSE(hit);
    CheckSameBank(*LoadPlain(dir, *after), *bank, *after);
    // The same questions name the same skills, each now one index further on.
    REQUIRE(bank->questions().size() == old_bank->questions().size());
    for (size_t i = 0; i < bank->questions().size(); ++i) {
      const std::vector<int>& now = bank->questions()[i].skills;
      const std::vector<int>& then = old_bank->questions()[i].skills;
      REQUIRE(now.size() == then.size());
      for (size_t k = 0; k < now.size(); ++k) {
        CHECK(after->skills()[now[k]].id == before->skills()[then[k]].id);
      }
    }
    LoadCached(dir, *after, cache, &hit);
    CHECK(hit);
  }
  SUBCASE("a theme removed") {
    // Questions name this theme, so the bank no longer validates: the cache must not answer.
    Edit(kb_dir + "/themes.yaml", "  - id: on-call\n", "  - id: on-call-renamed\n");
    auto after = LoadKb(kb_dir);
    QuestionBankLoadOptions options;
    options.cache_dir = cache;
    options.from_cache = &hit;
    auto bank = QuestionBank::Load(dir, *after, options);
    CHECK_FALSE(hit);
    REQUIRE_FALSE(bank.ok());
    CHECK(bank.status().message() == QuestionBank::Load(dir, *after).status().message());
  }
  SUBCASE("an edit that keeps every skill and theme id keeps the cache") {
    Edit(kb_dir + "/skills/devops.yaml", "aliases: [k8s, kube, kubectl",
         "aliases: [k8s, kube-cluster-x, kubectl");
    auto after = LoadKb(kb_dir);
    auto bank = LoadCached(dir, *after, cache, &hit);
    CHECK(hit);
    CheckSameBank(*LoadPlain(dir, *after), *bank, *after);
  }
}

TEST_CASE("question bank cache: a damaged cache file falls back to a full load and is rewritten") {
  const std::string dir = SourceDir() + "/kb/questions";
  const std::string cache = TempDir();
  bool hit = true;
  LoadCached(dir, Kb(), cache, &hit);
  CheckDamageFallsBack(CacheFile(cache, "questions-"), [&] {
    CheckSameBank(*LoadPlain(dir, Kb()), *LoadCached(dir, Kb(), cache, &hit), Kb());
    return hit;
  });
}

TEST_CASE("question bank cache: a cache folder that cannot be created is ignored") {
  const std::string dir = SourceDir() + "/kb/questions";
  CheckUncreatableDirIgnored([&](const std::string& cache) {
    bool hit = true;
    CheckSameBank(*LoadPlain(dir, Kb()), *LoadCached(dir, Kb(), cache, &hit), Kb());
    return hit;
  });
}

TEST_CASE(
    "question bank cache: a bank with a problem fails as without the cache and is not cached") {
  const std::string dir = TempDir();
  std::ofstream(dir + "/bad.yaml")
      << "questions:\n  - id: bad-one\n    level: basic\n    skills: [no-such-skill]\n"
         "    text: \"Why?\"\n    answer: \"One. Two. Three.\"\n"
         "    explanation: [\"a\", \"b\"]\n    exercise: [\"x\", \"y\", \"z\"]\n";
  CheckFailureNotCached(QuestionBank::Load(dir, Kb()).status(), [&](const std::string& cache) {
    QuestionBankLoadOptions options;
    options.cache_dir = cache;
    return QuestionBank::Load(dir, Kb(), options).status();
  });
}

TEST_CASE("question bank cache: skillfit match and questions print the same cold and warm") {
  for (const char* command : {"match", "questions"}) {
    CAPTURE(command);
    CheckCliSameColdAndWarm({command, "--resume", "samples/resumes/priya-nair-sre.txt", "--jd",
                             "samples/jds/sre-devops.txt"},
                            "questions-");
  }
}
