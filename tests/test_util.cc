#include "test_util.h"

#include "skillfit/document.h"
#include "skillfit/profile.h"

#include <dirent.h>
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace skillfit {
namespace testing {

// SKILLFIT_TEST_SOURCE_DIR points a built suite at another checkout of the same sources (a
// work tree that changes only kb/ or tests/data/ need not build its own).
std::string SourceDir() {
  const char* dir = std::getenv("SKILLFIT_TEST_SOURCE_DIR");
  return dir != nullptr && *dir != '\0' ? dir : SKILLFIT_SOURCE_DIR;
}
std::string CorpusDir() { return SourceDir() + "/../shared/corpus"; }

bool Exists(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

namespace {
struct TempRoot {
  std::string path;
  TempRoot() {
    char tmpl[] = "/tmp/skillfit-test-XXXXXX";
    path = mkdtemp(tmpl);
  }
  ~TempRoot() { std::system(("rm -rf '" + path + "'").c_str()); }
};
TempRoot& Root() {
  static TempRoot root;
  return root;
}
std::string Quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') {
      q += "'\\''";
    } else {
      q += c;
    }
  }
  return q + "'";
}
}  // namespace

std::string TempDir() {
  static int n = 0;
  const std::string d = Root().path + "/" + std::to_string(n++);
  mkdir(d.c_str(), 0755);
  return d;
}

const KnowledgeBase& Kb() { return MatcherPtr()->kb(); }
const SkillMatcher& Matcher() { return *MatcherPtr(); }

std::shared_ptr<const SkillMatcher> MatcherPtr() {
  static std::shared_ptr<const SkillMatcher> matcher = [] {
    auto kb = KnowledgeBase::Load(SourceDir() + "/kb");
    REQUIRE_MESSAGE(kb.ok(), kb.status().message());
    auto m = SkillMatcher::Compile(kb.value());
    REQUIRE_MESSAGE(m.ok(), m.status().message());
    return m.value();
  }();
  return matcher;
}

CliResult RunCli(const std::vector<std::string>& args, const std::string& stdin_text,
                 const std::vector<std::string>& env) {
  const std::string dir = TempDir();
  std::string cmd = "NO_COLOR=1 SKILLFIT_TODAY=2026-11 SKILLFIT_CACHE_DIR=";
  for (const std::string& e : env) {
    const size_t eq = e.find('=');  // only the value is quoted: 'A=b' would be a command name
    cmd += " " + e.substr(0, eq + 1) + Quote(e.substr(eq + 1));
  }
  cmd += " " + Quote(SKILLFIT_BINARY);
  for (const std::string& a : args) cmd += " " + Quote(a);
  const std::string in = dir + "/in", out = dir + "/out", err = dir + "/err";
  std::ofstream(in, std::ios::binary) << stdin_text;
  cmd = "cd " + Quote(SourceDir()) + " && " + cmd + " <" + Quote(in) + " >" + Quote(out) + " 2>" +
        Quote(err);
  const int status = std::system(cmd.c_str());
  CliResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  return r;
}

std::vector<std::string> FilesIn(const std::string& dir, const std::string& suffix) {
  std::vector<std::string> files;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      const std::string n = e->d_name;
      if (n.size() > suffix.size() && n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0) {
        files.push_back(n);
      }
    }
    closedir(d);
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> Entries(const std::string& dir) {
  std::vector<std::string> names = FilesIn(dir, "");
  names.erase(std::remove_if(names.begin(), names.end(),
                             [](const std::string& n) { return n == "." || n == ".."; }),
              names.end());
  return names;
}

std::string CopyOfKb() {
  const std::string dir = TempDir() + "/kb";
  REQUIRE(std::system(("cp -R " + Quote(SourceDir() + "/kb") + " " + Quote(dir)).c_str()) == 0);
  return dir;
}

std::vector<std::vector<std::string>> ReadTsv(const std::string& name) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(ReadFile(SourceDir() + "/tests/data/" + name));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    size_t start = 0;
    while (true) {
      const size_t tab = line.find('\t', start);
      cols.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    rows.push_back(cols);
  }
  REQUIRE_MESSAGE(!rows.empty(), "no rows in tests/data/" << name);
  return rows;
}

std::vector<std::vector<std::string>> ReadTsvSet(const std::string& stem) {
  std::vector<std::vector<std::string>> rows = ReadTsv(stem + ".tsv");
  const std::filesystem::path folder = SourceDir() + "/tests/data/" + stem;
  std::vector<std::string> names;
  if (std::filesystem::is_directory(folder)) {
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      if (entry.path().extension() == ".tsv") names.push_back(entry.path().filename().string());
    }
  }
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    auto more = ReadTsv(stem + "/" + name);
    rows.insert(rows.end(), more.begin(), more.end());
  }
  return rows;
}

std::string JdLevelOf(const std::string& text, const std::string& id) {
  const Result<Document> doc = LoadDocumentFromBytes(text, "posting.txt");
  REQUIRE(doc.ok());
  for (const JdSkill& s : ExtractJd(*doc, Matcher(), {}).skills) {
    if (Kb().skills()[s.skill].id == id && !s.mentions.empty()) return RequirementLevelName(s.level);
  }
  return "absent";
}

ResumeProfile ResumeOf(const std::string& text, int written_month) {
  Result<Document> doc = LoadDocumentFromBytes(text, "cv.txt");
  REQUIRE(doc.ok());
  doc->written_month = written_month;
  ExtractOptions opts;
  opts.today_year = 2026;
  opts.today_month = 11;
  return ExtractResume(*doc, Matcher(), opts);
}

}  // namespace testing
}  // namespace skillfit
