// Records read from a warm cache on first use (record_list.h, kb/lazy_records.h): they answer
// as the records of a YAML load, from any thread, and a record the load's walk finds
// malformed sends the load to the YAML.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <random>
#include <thread>

#include "cache_checks.h"
#include "kb/cache_file.h"
#include "skillfit/knowledge_base.h"
#include "skillfit/question_bank.h"
#include "skillfit/skill_matcher.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::Kb;
using skillfit::testing::Matcher;
using skillfit::testing::ReadFile;
using skillfit::testing::SourceDir;
using skillfit::testing::TempDir;
using skillfit::testing::WithChecksumFixed;

namespace {

// The shipped kb through the cache in `cache_dir`; `hit` says whether the cache answered.
std::shared_ptr<const KnowledgeBase> LoadKb(const std::string& cache_dir, bool* hit) {
  KbLoadOptions options;
  options.cache_dir = cache_dir;
  options.from_cache = hit;
  auto kb = KnowledgeBase::Load(SourceDir() + "/kb", {}, options);
  REQUIRE_MESSAGE(kb.ok(), kb.status().message());
  return kb.value();
}

std::shared_ptr<const QuestionBank> LoadBank(const KnowledgeBase& kb, const std::string& cache_dir,
                                             bool* hit) {
  QuestionBankLoadOptions options;
  options.cache_dir = cache_dir;
  options.from_cache = hit;
  auto bank = QuestionBank::Load(SourceDir() + "/kb/questions", kb, options);
  REQUIRE_MESSAGE(bank.ok(), bank.status().message());
  return bank.value();
}

// A warm kb: loaded once to fill a fresh cache, then from it.
std::shared_ptr<const KnowledgeBase> WarmKb(const std::string& cache_dir) {
  bool hit = true;
  LoadKb(cache_dir, &hit);
  auto kb = LoadKb(cache_dir, &hit);
  REQUIRE(hit);
  return kb;
}

std::string Explained(const SkillMatcher& m, const std::string& term) {
  std::string out;
  for (const TermMatch& t : m.Explain(term)) out += std::to_string(t.skill) + " " + t.via + "; ";
  return out;
}

// Bytes [begin, end) of `good` flipped one at a time (a seeded choice of `rounds`), the
// checksum fixed each time; `use` runs on each load. Returns how many loads the cache answered.
int LoadsWithFlips(const std::string& path, const std::string& good, size_t begin, size_t end,
                   int rounds, const std::function<bool()>& use) {
  std::mt19937 rng(18);
  int hits = 0;
  for (int round = 0; round < rounds; ++round) {
    std::string bad = good;
    const size_t at = begin + rng() % (end - begin);
    bad[at] = static_cast<char>(bad[at] ^ (1 + rng() % 255));
    std::ofstream(path, std::ios::binary | std::ios::trunc) << WithChecksumFixed(bad);
    CAPTURE(at);
    if (use()) ++hits;
  }
  std::ofstream(path, std::ios::binary | std::ios::trunc) << good;
  return hits;
}

}  // namespace

TEST_CASE("lazy records: kb search of a warm kb answers as a load without the cache") {
  const std::string cache = TempDir();
  auto matcher = SkillMatcher::Compile(WarmKb(cache));
  REQUIRE(matcher.ok());
  // Spelled by a skill (name, alias, guarded spelling, odd case and spaces) and not.
  const struct {
    const char* term;
    bool found;
  } cases[] = {
      {"kubernetes", true},  {"K8s", true},          {"  Node   JS ", true},
      {"Go", true},          {"R", true},            {"python", true},
      {"AWS Certified Solutions Architect - Associate", true},
      {"no such skill", false}, {"", false},         {"kubernetesx", false},
  };
  for (const auto& c : cases) {
    CAPTURE(c.term);
    const std::string warm = Explained(**matcher, c.term);
    CHECK(warm == Explained(Matcher(), c.term));
    CHECK(warm.empty() != c.found);
  }
}

TEST_CASE("lazy records: every thread reading a warm kb gets the one record of each skill") {
  const std::string cache = TempDir();
  auto kb = WarmKb(cache);
  const size_t n = kb->skills().size();
  REQUIRE(n == Kb().skills().size());
  std::vector<std::vector<const Skill*>> seen(4, std::vector<const Skill*>(n));
  std::vector<std::thread> threads;
  for (size_t t = 0; t < seen.size(); ++t) {
    threads.emplace_back([&, t] {
      for (size_t k = 0; k < n; ++k) {
        const size_t i = t % 2 == 0 ? k : n - 1 - k;  // half from each end
        seen[t][i] = &kb->skills()[i];
      }
    });
  }
  for (std::thread& t : threads) t.join();
  size_t i = 0;
  for (const Skill& s : kb->skills()) {  // iteration reads the same records
    CAPTURE(i);
    for (const auto& thread_saw : seen) CHECK(thread_saw[i] == &s);
    CHECK(s.id == Kb().skills()[i].id);
    CHECK(kb->IdOf(static_cast<int>(i)) == s.id);
    ++i;
  }
  CHECK(i == n);
}

TEST_CASE("lazy records: a warm bank's topics and theme lists are a cold bank's") {
  const std::string cache = TempDir();
  bool hit = true;
  auto cold = LoadBank(Kb(), cache, &hit);
  CHECK_FALSE(hit);
  auto warm = LoadBank(Kb(), cache, &hit);
  REQUIRE(hit);
  REQUIRE(warm->questions().size() == cold->questions().size());
  for (size_t q = 0; q < cold->questions().size(); ++q) {
    const Question& c = cold->questions()[q];
    const QuestionTopics& t = warm->TopicsOf(static_cast<int>(q));
    CAPTURE(c.id);
    CHECK(warm->questions()[q].id == c.id);
    CHECK(t.level == c.level);
    CHECK(t.skills == c.skills);
    CHECK(std::vector<std::string>(t.themes.begin(), t.themes.end()) == c.themes);
    CHECK(cold->TopicsOf(static_cast<int>(q)).themes == t.themes);
  }
  std::vector<std::string> themes = {"no-such-theme", ""};
  for (const Theme& th : Kb().themes()) themes.push_back(th.id);
  for (const std::string& theme : themes) {
    CAPTURE(theme);
    const std::vector<int> asked = cold->ForTheme(theme);
    CHECK(warm->ForTheme(theme) == asked);
    std::vector<int> scan;  // what ForTheme answered before it had an index
    for (size_t q = 0; q < cold->questions().size(); ++q) {
      const std::vector<std::string>& t = cold->questions()[q].themes;
      if (std::find(t.begin(), t.end(), theme) != t.end()) scan.push_back(static_cast<int>(q));
    }
    CHECK(asked == scan);
  }
}

TEST_CASE("lazy records: damage in a skill record the checksum does not catch does no harm") {
  // Bytes of the kb's part flipped, the checksum fixed: a record the walk finds malformed
  // sends the load to the YAML; one it accepts decodes as walked, id for id.
  const std::string cache = TempDir();
  WarmKb(cache);
  const std::string path = skillfit::testing::CacheFile(cache, "kb-");
  const std::string good = ReadFile(path);
  const size_t image_at = good.size() / 2;  // the kb's part is the head, the image the tail
  const int hits = LoadsWithFlips(path, good, 48, image_at, 60, [&] {
    bool hit = false;
    auto kb = LoadKb(cache, &hit);
    for (size_t i = 0; i < kb->skills().size(); ++i) {
      CHECK(kb->IndexOf(kb->skills()[i].id) == static_cast<int>(i));
    }
    return hit;
  });
  CHECK(hits > 0);   // a flip inside a text the walk accepts
  CHECK(hits < 60);  // and flips it refuses
}

TEST_CASE("lazy records: damage in a question record the checksum does not catch does no harm") {
  const std::string cache = TempDir();
  bool hit = true;
  LoadBank(Kb(), cache, &hit);
  const std::string path = skillfit::testing::CacheFile(cache, "questions-");
  const std::string good = ReadFile(path);
  const int hits = LoadsWithFlips(path, good, 40, good.size(), 60, [&] {
    bool from_cache = false;
    auto bank = LoadBank(Kb(), cache, &from_cache);
    for (size_t q = 0; q < bank->questions().size(); ++q) {
      for (int s : bank->questions()[q].skills) {
        CHECK(s >= 0);
        CHECK(static_cast<size_t>(s) < Kb().skills().size());
      }
      CHECK(bank->questions()[q].skills == bank->TopicsOf(static_cast<int>(q)).skills);
    }
    return from_cache;
  });
  CHECK(hits > 0);  // flips inside texts the walk accepts
  // A count of questions one more or one fewer than the records: the walk runs off the end
  // or stops short of it, and the load goes to the YAML.
  const std::string_view payload = std::string_view(good).substr(40);
  Reader count_reader(payload);
  const uint32_t n = count_reader.Varint();
  const size_t records_at = 40 + count_reader.Offset(payload);
  for (const uint32_t wrong : {n + 1, n - 1}) {
    CAPTURE(wrong);
    std::string count;
    PutVarint(&count, wrong);
    std::ofstream(path, std::ios::binary | std::ios::trunc)
        << WithChecksumFixed(good.substr(0, 40) + count + good.substr(records_at));
    bool from_cache = true;
    LoadBank(Kb(), cache, &from_cache);
    CHECK_FALSE(from_cache);
  }
}
