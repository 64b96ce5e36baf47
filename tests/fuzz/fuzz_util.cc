// Helpers shared by the libFuzzer harnesses (see fuzz_util.h).
#include "fuzz_util.h"

#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <vector>

namespace skillfit {
namespace fuzz {
namespace {

std::vector<std::string>& FoldersToRemove() {
  static auto* folders = new std::vector<std::string>;
  return *folders;
}

int RemoveEntry(const char* path, const struct stat*, int, struct FTW*) {
  return std::remove(path);
}

void RemoveFolders() {
  for (const std::string& dir : FoldersToRemove()) {
    nftw(dir.c_str(), RemoveEntry, 16, FTW_DEPTH | FTW_PHYS);
  }
}

}  // namespace

std::string SourceDir() { return SKILLFIT_SOURCE_DIR; }

std::string TempDir() {
  const char* tmp = std::getenv("TMPDIR");
  std::string dir = std::string(tmp && *tmp ? tmp : "/tmp") + "/skillfit-fuzz-XXXXXX";
  Check(mkdtemp(dir.data()) != nullptr, "cannot create a folder like " + dir);
  if (FoldersToRemove().empty()) std::atexit(RemoveFolders);
  FoldersToRemove().push_back(dir);
  return dir;
}

void WriteFile(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  Check(static_cast<bool>(out), "cannot write " + path);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  Check(static_cast<bool>(in), "cannot read " + path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string SmallKb(const std::vector<std::string>& skill_files) {
  const std::string shipped = SourceDir() + "/kb";
  const std::string kb = TempDir() + "/kb";
  Check(mkdir(kb.c_str(), 0755) == 0 && mkdir((kb + "/skills").c_str(), 0755) == 0,
        "cannot create " + kb);
  for (const char* file : {"categories.yaml", "themes.yaml"}) {
    WriteFile(kb + "/" + file, ReadFile(shipped + "/" + file));
  }
  for (const std::string& file : skill_files) {
    WriteFile(kb + "/skills/" + file, ReadFile(shipped + "/skills/" + file));
  }
  return kb;
}

void Check(bool ok, const std::string& what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz check failed: %s\n", what.c_str());
  std::abort();
}

void WriteSeed(const std::string& name, std::string_view bytes) {
  const char* dir = std::getenv("SKILLFIT_FUZZ_SEED_DIR");
  if (dir && *dir) WriteFile(std::string(dir) + "/" + name, bytes);
}

}  // namespace fuzz
}  // namespace skillfit
