// The compiled kb cache: a warm load equals a fresh one field for field; any edit, damage or
// unwritable folder falls back to the YAML; a kb with problems is never cached.
#include <doctest/doctest.h>

#include <fstream>
#include <random>

#include "cache_checks.h"
#include "kb/cache_file.h"
#include "skillfit/knowledge_base.h"
#include "skillfit/education.h"
#include "skillfit/skill_matcher.h"
#include "skillfit/title_table.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::CheckCliSameColdAndWarm;
using skillfit::testing::CheckDamageFallsBack;
using skillfit::testing::CheckFailureNotCached;
using skillfit::testing::CheckUncreatableDirIgnored;
using skillfit::testing::CopyOfKb;
using skillfit::testing::Entries;
using skillfit::testing::ReadFile;
using skillfit::testing::SourceDir;
using skillfit::testing::TempDir;
using skillfit::testing::WithChecksumFixed;

namespace {

// Loads `dir` (plus `extra_dirs`) through the cache in `cache_dir`; `hit` says whether the
// cache answered. Fails the test when the kb does not load.
std::shared_ptr<const KnowledgeBase> LoadCached(const std::string& dir,
                                                const std::string& cache_dir, bool* hit,
                                                const std::vector<std::string>& extra_dirs = {}) {
  KbLoadOptions options;
  options.cache_dir = cache_dir;
  options.from_cache = hit;
  auto kb = KnowledgeBase::Load(dir, extra_dirs, options);
  REQUIRE_MESSAGE(kb.ok(), kb.status().message());
  return kb.value();
}

void CheckSameSkill(const Skill& a, const Skill& b) {
  CAPTURE(a.id);
  CHECK(a.id == b.id);
  CHECK(a.name == b.name);
  CHECK(a.category == b.category);
  CHECK(a.kind == b.kind);
  CHECK(a.description == b.description);
  CHECK(a.aliases == b.aliases);
  CHECK(a.guarded == b.guarded);
  CHECK(a.patterns == b.patterns);
  CHECK(a.implies == b.implies);
  CHECK(a.related == b.related);
  CHECK(a.guard.exact_case == b.guard.exact_case);
  CHECK(a.guard.context == b.guard.context);
  CHECK(a.guard.reject_before == b.guard.reject_before);
  CHECK(a.guard.reject_after == b.guard.reject_after);
  CHECK(a.defined_at.file == b.defined_at.file);
  CHECK(a.defined_at.line == b.defined_at.line);
  CHECK(a.defined_at.column == b.defined_at.column);
}

void CheckSameKb(const KnowledgeBase& a, const KnowledgeBase& b) {
  REQUIRE(a.skills().size() == b.skills().size());
  for (size_t i = 0; i < a.skills().size(); ++i) {
    const Skill& s = a.skills()[i];
    CheckSameSkill(s, b.skills()[i]);
    CHECK(a.IndexOf(s.id) == static_cast<int>(i));
    CHECK(b.IndexOf(s.id) == static_cast<int>(i));
    CHECK(a.ImpliedBy(static_cast<int>(i)) == b.ImpliedBy(static_cast<int>(i)));
    CHECK(a.RelatedTo(static_cast<int>(i)) == b.RelatedTo(static_cast<int>(i)));
  }
  CHECK(b.IndexOf("no-such-skill") == -1);
  REQUIRE(a.categories().size() == b.categories().size());
  for (size_t i = 0; i < a.categories().size(); ++i) {
    CHECK(a.categories()[i].id == b.categories()[i].id);
    CHECK(a.categories()[i].name == b.categories()[i].name);
  }
  REQUIRE(a.themes().size() == b.themes().size());
  for (size_t i = 0; i < a.themes().size(); ++i) {
    CHECK(a.themes()[i].id == b.themes()[i].id);
    CHECK(a.themes()[i].name == b.themes()[i].name);
    CHECK(a.themes()[i].cues == b.themes()[i].cues);
  }
  CHECK(a.files() == b.files());
}

}  // namespace

TEST_CASE("kb cache: a warm load equals a fresh load in every field") {
  const std::string cache = TempDir();
  bool hit = true;
  auto cold = LoadCached(SourceDir() + "/kb", cache, &hit);
  CHECK_FALSE(hit);
  auto warm = LoadCached(SourceDir() + "/kb", cache, &hit);
  CHECK(hit);
  CheckSameKb(*cold, *warm);
  CheckSameKb(skillfit::testing::Kb(), *warm);  // and both equal a load without a cache
}

TEST_CASE("kb cache: each kb location has its own file, and --kb folders count") {
  const std::string cache = TempDir();
  const std::string extra = TempDir();
  std::ofstream(extra + "/user.yaml")
      << "skills:\n  - {id: cache-probe, name: Cache Probe, category: containers, kind: hard, "
         "description: a skill only the extra folder has}\n";
  bool hit = true;
  LoadCached(SourceDir() + "/kb", cache, &hit);
  CHECK_FALSE(hit);
  auto with_extra = LoadCached(SourceDir() + "/kb", cache, &hit, {extra});
  CHECK_FALSE(hit);
  CHECK(Entries(cache).size() == 2);
  CHECK(LoadCached(SourceDir() + "/kb", cache, &hit)->Find("cache-probe") == nullptr);
  CHECK(hit);
  CHECK(LoadCached(SourceDir() + "/kb", cache, &hit, {extra})->Find("cache-probe") != nullptr);
  CHECK(hit);
}

TEST_CASE("kb cache: editing an alias in a kb file misses the cache and loads the edit") {
  const std::string kb = CopyOfKb();
  const std::string cache = TempDir();
  bool hit = true;
  LoadCached(kb, cache, &hit);
  CHECK_FALSE(hit);
  CHECK(LoadCached(kb, cache, &hit)->Find("kubernetes")->aliases[1] == "kube");
  CHECK(hit);

  const std::string file = kb + "/skills/devops.yaml";
  std::string text = ReadFile(file);
  const std::string before = "aliases: [k8s, kube, kubectl";
  const size_t at = text.find(before);
  REQUIRE(at != std::string::npos);
  text.replace(at, before.size(), "aliases: [k8s, kube-cluster-x, kubectl");
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;

  auto edited = LoadCached(kb, cache, &hit);
  CHECK_FALSE(hit);
  CHECK(edited->Find("kubernetes")->aliases[1] == "kube-cluster-x");
  CHECK(LoadCached(kb, cache, &hit)->Find("kubernetes")->aliases[1] == "kube-cluster-x");
  CHECK(hit);
}

// Loads `dir` with its document tables through the cache in `cache_dir`; `hit` says whether
// the cache answered.
Result<std::shared_ptr<const KnowledgeBase>> LoadWithTables(const std::string& dir,
                                                             const std::string& cache_dir,
                                                             bool* hit) {
  KbLoadOptions options;
  options.cache_dir = cache_dir;
  options.from_cache = hit;
  options.document_tables = true;
  return KnowledgeBase::Load(dir, {}, options);
}

TEST_CASE("kb cache: the document tables come from the cache, and an edit to one misses it") {
  const std::string kb = CopyOfKb();
  const std::string cache = TempDir();
  bool hit = true;
  const auto cold = LoadWithTables(kb, cache, &hit);
  REQUIRE(cold.ok());
  CHECK_FALSE(hit);
  const auto warm = LoadWithTables(kb, cache, &hit);
  REQUIRE(warm.ok());
  CHECK(hit);
  for (const auto* loaded : {&cold, &warm}) {
    const KnowledgeBase& k = *loaded->value();
    REQUIRE(k.degree_fields() != nullptr);
    REQUIRE(k.titles() != nullptr);
    CHECK(k.titles()->size() > 0);
    CHECK(k.titles()->SkillsOf("Engineering Manager") ==
          std::vector<int>{k.IndexOf("leadership"), k.IndexOf("people-management")});
    CHECK(k.degree_fields()->FindAll("Math and Physics").size() == 2);
  }
  CHECK(cold.value()->degree_fields()->fields().size() ==
        warm.value()->degree_fields()->fields().size());

  // An edit to titles.yaml misses the cache and is read; a broken one fails the load only
  // when the tables are asked for, and is not cached.
  std::string titles = ReadFile(kb + "/titles.yaml");
  titles += "  - {title: cache probe lead, skills: [kubernetes]}\n";
  std::ofstream(kb + "/titles.yaml", std::ios::binary | std::ios::trunc) << titles;
  const auto edited = LoadWithTables(kb, cache, &hit);
  REQUIRE(edited.ok());
  CHECK_FALSE(hit);
  CHECK(edited.value()->titles()->SkillsOf("Cache Probe Lead") ==
        std::vector<int>{edited.value()->IndexOf("kubernetes")});
  std::ofstream(kb + "/degree_fields.yaml", std::ios::trunc) << "fields: [not, a, map\n";
  const auto broken = LoadWithTables(kb, cache, &hit);
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.status().message().find("degree_fields.yaml") != std::string::npos);
  CHECK(LoadCached(kb, cache, &hit)->Find("kubernetes") != nullptr);  // the kb alone loads
  CHECK_FALSE(LoadWithTables(kb, cache, &hit).ok());                 // and was not cached
  CHECK_FALSE(hit);
}

TEST_CASE("kb cache: a damaged cache file falls back to a full load and is rewritten") {
  const std::string cache = TempDir();
  bool hit = true;
  LoadCached(SourceDir() + "/kb", cache, &hit);
  CheckDamageFallsBack(skillfit::testing::CacheFile(cache, "kb-"), [&] {
    CheckSameKb(skillfit::testing::Kb(), *LoadCached(SourceDir() + "/kb", cache, &hit));
    return hit;
  });
}

TEST_CASE("kb cache: a cache folder that cannot be created is ignored") {
  CheckUncreatableDirIgnored([](const std::string& cache) {
    bool hit = true;
    CheckSameKb(skillfit::testing::Kb(), *LoadCached(SourceDir() + "/kb", cache, &hit));
    return hit;
  });
}

TEST_CASE("kb cache: a kb with a problem fails as without the cache and is not cached") {
  const std::string extra = TempDir();
  std::ofstream(extra + "/user.yaml")
      << "skills:\n  - {id: bad-one, name: Bad One, category: no-such-category, kind: hard, "
         "description: its category does not exist}\n";
  CheckFailureNotCached(
      KnowledgeBase::Load(SourceDir() + "/kb", {extra}).status(), [&](const std::string& cache) {
        KbLoadOptions options;
        options.cache_dir = cache;
        return KnowledgeBase::Load(SourceDir() + "/kb", {extra}, options).status();
      });
}

TEST_CASE("kb cache: skillfit match prints the same with a cold and a warm cache") {
  CheckCliSameColdAndWarm({"match", "--resume", "samples/resumes/priya-nair-sre.txt", "--jd",
                           "samples/jds/sre-devops.txt"},
                          "kb-");
}

namespace {

// What `matcher` finds in the sample texts and says of a few terms, as text to compare.
std::string MatcherAnswers(const SkillMatcher& matcher) {
  std::string out;
  for (const char* name : {"samples/resumes/priya-nair-sre.txt", "samples/jds/sre-devops.txt"}) {
    for (const Mention& m : matcher.Find(ReadFile(SourceDir() + "/" + name))) {
      out += std::to_string(m.skill) + ":" + std::to_string(m.begin) + "-" +
             std::to_string(m.end) + (m.guarded ? "g " : " ");
    }
    out += "\n";
  }
  const char* text = "AWS Certified Solutions Architect - Associate, Go and R with Python, k8s";
  for (const Mention& m : matcher.Find(text)) out += std::to_string(m.skill) + " ";
  for (const char* term : {"k8s", "Go", "aws certified developer associate", "node.js"}) {
    for (const TermMatch& t : matcher.Explain(term)) out += std::to_string(t.skill) + t.via + ";";
  }
  return out;
}

}  // namespace

TEST_CASE("kb cache: a warm start's matcher, viewed in the mapped file, answers as a built one") {
  const std::string cache = TempDir();
  bool hit = true;
  LoadCached(SourceDir() + "/kb", cache, &hit);
  auto warm = LoadCached(SourceDir() + "/kb", cache, &hit);
  REQUIRE(hit);
  auto viewed = SkillMatcher::Compile(warm);
  REQUIRE(viewed.ok());
  CHECK(MatcherAnswers(**viewed) == MatcherAnswers(skillfit::testing::Matcher()));
}

TEST_CASE("kb cache: a matcher image with damage the checksum does not catch is never trusted "
          "into harm") {
  // Bytes flipped all over the image, the checksum then fixed: the kb still decodes, and the
  // matcher either refuses the image (and builds its own) or views one whose every offset
  // and index was checked: each mention names a skill of the kb.
  const std::string cache = TempDir();
  bool hit = true;
  LoadCached(SourceDir() + "/kb", cache, &hit);
  const std::string path = skillfit::testing::CacheFile(cache, "kb-");
  const std::string good = ReadFile(path);
  const std::string text = ReadFile(SourceDir() + "/samples/jds/sre-devops.txt");
  std::mt19937 rng(11);
  for (int round = 0; round < 40; ++round) {
    std::string bad = good;
    const size_t at = good.size() / 2 + rng() % (good.size() / 2);  // the image is the tail
    bad[at] = static_cast<char>(bad[at] ^ (1 + rng() % 255));
    std::ofstream(path, std::ios::binary | std::ios::trunc) << WithChecksumFixed(bad);
    CAPTURE(at);
    auto kb = LoadCached(SourceDir() + "/kb", cache, &hit);
    auto matcher = SkillMatcher::Compile(kb);
    REQUIRE(matcher.ok());
    for (const Mention& m : (*matcher)->Find(text)) {
      CHECK(m.skill >= 0);
      CHECK(static_cast<size_t>(m.skill) < kb->skills().size());
    }
  }
}

TEST_CASE("kb cache: a matcher image cut short or of another kb is not used") {
  const std::string cache = TempDir();
  bool hit = true;
  LoadCached(SourceDir() + "/kb", cache, &hit);
  const std::string path = skillfit::testing::CacheFile(cache, "kb-");
  const std::string good = ReadFile(path);
  // The image cut to half, with the header made right: the kb decodes, the image does not
  // open, and the matcher built instead answers as the shipped one.
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      << WithChecksumFixed(good.substr(0, good.size() - (good.size() - 40) / 4));
  auto kb = LoadCached(SourceDir() + "/kb", cache, &hit);
  auto matcher = SkillMatcher::Compile(kb);
  REQUIRE(matcher.ok());
  CHECK(MatcherAnswers(**matcher) == MatcherAnswers(skillfit::testing::Matcher()));
}
