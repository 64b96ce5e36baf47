#include "cache_checks.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <random>

#include "kb/cache_file.h"
#include "test_util.h"

namespace skillfit {
namespace testing {

namespace {

ino_t Inode(const std::string& path) {
  struct stat st;
  REQUIRE(stat(path.c_str(), &st) == 0);
  return st.st_ino;
}

}  // namespace

std::string WithChecksumFixed(std::string file) {
  const std::string_view payload = std::string_view(file).substr(40);
  const uint64_t length = payload.size(), sum = Hash64(payload);
  for (int i = 0; i < 8; ++i) {
    file[20 + i] = static_cast<char>(length >> (8 * i));
    file[28 + i] = static_cast<char>(sum >> (8 * i));
  }
  return file;
}

std::string CacheFile(const std::string& dir, const std::string& prefix) {
  std::vector<std::string> names = Entries(dir);
  names.erase(std::remove_if(names.begin(), names.end(),
                             [&](const std::string& n) { return n.rfind(prefix, 0) != 0; }),
              names.end());
  REQUIRE(names.size() == 1);
  return dir + "/" + names[0];
}

void CheckDamageFallsBack(const std::string& path, const std::function<bool()>& load) {
  const std::string good = ReadFile(path);
  REQUIRE(good.size() > 100);
  std::string random(good.size(), '\0');
  std::mt19937 rng(7);
  for (char& c : random) c = static_cast<char>(rng());
  std::string key_flipped = good;
  key_flipped[12] ^= 0x01;
  std::string payload_flipped = good;
  payload_flipped[good.size() - 10] ^= 0x01;
  std::string first_payload_flipped = good;
  first_payload_flipped[40] ^= 0x80;
  std::string version_flipped = good;
  version_flipped[8] ^= 0x01;  // a file of another format version
  std::string reserved_set = good;
  reserved_set[36] = 1;
  std::string foreign = good;
  foreign[0] = 'X';  // another kind of file
  const std::vector<std::pair<const char*, std::string>> damaged = {
      {"truncated", good.substr(0, good.size() / 2)},
      {"truncated by a byte", good.substr(0, good.size() - 1)},
      {"truncated to a quarter", good.substr(0, good.size() / 4)},
      {"only a header", good.substr(0, 40)},
      {"less than a header", good.substr(0, 39)},
      {"another format version", version_flipped},
      {"a reserved header byte set", reserved_set},
      {"another magic", foreign},
      {"a flipped first payload byte", first_payload_flipped},
      {"empty", ""},
      {"random bytes", random},
      {"a flipped key byte", key_flipped},
      {"a flipped payload byte", payload_flipped},
      {"a byte appended", good + "x"},
  };
  for (const auto& damage : damaged) {
    const char* what = damage.first;  // not a structured binding: clang-14 cannot capture one
    CAPTURE(what);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << damage.second;
    CHECK_FALSE(load());
    CHECK(ReadFile(path) == good);
    CHECK(load());
  }
}

void CheckUncreatableDirIgnored(const std::function<bool(const std::string& cache_dir)>& load) {
  const std::string file = TempDir() + "/plain-file";
  std::ofstream(file) << "not a folder";
  CHECK_FALSE(load(file + "/cache"));
  CHECK_FALSE(load(file + "/cache"));
}

void CheckFailureNotCached(const Status& plain,
                           const std::function<Status(const std::string& cache_dir)>& load) {
  REQUIRE_FALSE(plain.ok());
  const std::string cache = TempDir();
  for (int run = 0; run < 2; ++run) {
    const Status cached = load(cache);
    REQUIRE_FALSE(cached.ok());
    CHECK(cached.code() == plain.code());
    CHECK(cached.message() == plain.message());
    CHECK(Entries(cache).empty());
  }
}

void CheckCliSameColdAndWarm(const std::vector<std::string>& args, const std::string& prefix) {
  const std::string cache = TempDir() + "/skillfit";  // created by the first run
  const CliResult cold = RunCli(args, "", {"SKILLFIT_CACHE_DIR=" + cache});
  CHECK(cold.exit_code == 0);
  const std::string file = CacheFile(cache, prefix);
  const CliResult warm = RunCli(args, "", {"SKILLFIT_CACHE_DIR=" + cache});
  CHECK(warm.exit_code == 0);
  CHECK(Inode(file) == Inode(CacheFile(cache, prefix)));
  CHECK(warm.out == cold.out);
  CHECK(warm.err == cold.err);
  CHECK(warm.out == RunCli(args).out);  // and the same as with no cache at all
}

}  // namespace testing
}  // namespace skillfit
