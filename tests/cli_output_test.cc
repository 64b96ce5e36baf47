// Where output goes and what it may quote: a failed write to standard output is exit 1 for
// every command; -o onto a FIFO, a device or a symbolic link writes what is there instead of
// replacing it; messages and JSON that quote bytes that are not UTF-8 stay valid UTF-8.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "skillfit/status.h"
#include "test_util.h"

using skillfit::EscapeInvalidUtf8;
using skillfit::testing::ReadFile;
using skillfit::testing::RunCli;
using skillfit::testing::TempDir;

namespace {

const char kResume[] = "samples/resumes/priya-nair-sre.txt";
const char kJd[] = "samples/jds/sre-devops.txt";

bool ValidUtf8(const std::string& s) { return EscapeInvalidUtf8(s) == s; }

// Exit code and standard error of build/skillfit ARGS with standard output on /dev/full.
std::pair<int, std::string> RunIntoFullDisk(const std::string& args) {
  const std::string err = TempDir() + "/err";
  const std::string cmd = "cd " + std::string(SKILLFIT_SOURCE_DIR) +
                          " && SKILLFIT_CACHE_DIR= " + SKILLFIT_BINARY + " " + args +
                          " >/dev/full 2>" + err;
  const int status = std::system(cmd.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), ReadFile(err)};
}

}  // namespace

TEST_CASE("output: every command reports a failed write to standard output with exit 1") {
  const std::string pair = std::string("--resume ") + kResume + " --jd " + kJd;
  const std::vector<std::string> commands = {
      std::string("text ") + kResume,
      std::string("text --lines ") + kResume,
      std::string("extract ") + kJd + " --as jd",
      "match " + pair,
      "match " + pair + " --format json",
      "questions " + pair,
      std::string("rank --jd ") + kJd + " samples/resumes",
      "kb stats",
      "kb search kubernetes",
      "--help",
  };
  for (const std::string& c : commands) {
    CAPTURE(c);
    const auto [code, err] = RunIntoFullDisk(c);
    CHECK(code == 1);
    CHECK(err.find("cannot write") != std::string::npos);
  }
}

TEST_CASE("output: -o onto a FIFO writes into it and leaves it a FIFO") {
  const std::string fifo = TempDir() + "/report.fifo";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  std::string received;
  std::thread reader([&] { received = ReadFile(fifo); });
  const auto r = RunCli({"match", "--resume", kResume, "--jd", kJd, "--format", "json", "-o", fifo});
  reader.join();
  CHECK(r.exit_code == 0);
  CHECK(nlohmann::json::parse(received)["schema"] == "skillfit.match/1");
  struct stat st;
  REQUIRE(lstat(fifo.c_str(), &st) == 0);
  CHECK(S_ISFIFO(st.st_mode));
}

TEST_CASE("output: -o onto a device writes to it and leaves it a device") {
  const auto r = RunCli({"match", "--resume", kResume, "--jd", kJd, "-o", "/dev/null"});
  CHECK(r.exit_code == 0);
  struct stat st;
  REQUIRE(lstat("/dev/null", &st) == 0);
  CHECK(S_ISCHR(st.st_mode));
  const auto full = RunCli({"match", "--resume", kResume, "--jd", kJd, "-o", "/dev/full"});
  CHECK(full.exit_code == 1);
  CHECK(full.err.find("/dev/full: cannot write") != std::string::npos);
}

TEST_CASE("output: -o onto a symbolic link replaces its target and keeps the link") {
  const std::string dir = TempDir();
  const std::string target = dir + "/target.json", link = dir + "/link.json";
  std::ofstream(target) << "old\n";
  REQUIRE(chmod(target.c_str(), 0600) == 0);
  REQUIRE(symlink(target.c_str(), link.c_str()) == 0);
  const auto r = RunCli({"match", "--resume", kResume, "--jd", kJd, "--format", "json", "-o", link});
  CHECK(r.exit_code == 0);
  struct stat st;
  REQUIRE(lstat(link.c_str(), &st) == 0);
  CHECK(S_ISLNK(st.st_mode));
  REQUIRE(stat(target.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);  // the file's own permissions are kept
  CHECK(nlohmann::json::parse(ReadFile(target))["schema"] == "skillfit.match/1");

  const std::string dangling = dir + "/dangling.json";
  REQUIRE(symlink((dir + "/missing/x.json").c_str(), dangling.c_str()) == 0);
  const auto bad = RunCli({"match", "--resume", kResume, "--jd", kJd, "-o", dangling});
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find("a symbolic link to a missing file") != std::string::npos);
  REQUIRE(lstat(dangling.c_str(), &st) == 0);
  CHECK(S_ISLNK(st.st_mode));
}

TEST_CASE("output: a file name that is not UTF-8 is quoted as valid UTF-8") {
  const std::string dir = TempDir();
  const std::string latin1 = dir + "/caf\xE9.txt";
  std::ofstream(latin1) << ReadFile(std::string(SKILLFIT_SOURCE_DIR) + "/" + kResume);
  const auto r = RunCli({"extract", latin1, "--format", "json"});
  REQUIRE(r.exit_code == 0);
  CHECK(ValidUtf8(r.out));
  CHECK(ValidUtf8(r.err));
  CHECK(nlohmann::json::parse(r.out)["schema"] == "skillfit.extract/1");

  const auto missing = RunCli({"extract", dir + "/nope\xE9.txt", "--format", "json"});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("nope\\xE9.txt: no such file") != std::string::npos);
  CHECK(ValidUtf8(missing.err));
}

TEST_CASE("output: rank with a JSON Resume that is broken JSON and not UTF-8 gives an error row") {
  const std::string dir = TempDir();
  std::ofstream(dir + "/broken.json") << "{\"basics\": {\"name\": \"Ren\xE9\xFF\", ";
  for (const char* format : {"json", "jsonl", "csv", "text"}) {
    CAPTURE(format);
    const auto r = RunCli({"rank", "--jd", kJd, dir, "--format", format});
    CHECK(r.exit_code == 1);  // a row could not be read
    CHECK(ValidUtf8(r.out));
    CHECK(ValidUtf8(r.err));
    CHECK(r.out.find("broken.json") != std::string::npos);
  }
}

TEST_CASE("output: EscapeInvalidUtf8 writes each bad byte as \\xNN and keeps the rest") {
  CHECK(EscapeInvalidUtf8("plain ascii") == "plain ascii");
  CHECK(EscapeInvalidUtf8("caf\xC3\xA9") == "caf\xC3\xA9");
  CHECK(EscapeInvalidUtf8("caf\xE9.pdf") == "caf\\xE9.pdf");
  CHECK(EscapeInvalidUtf8("\xC3") == "\\xC3");                 // cut short
  CHECK(EscapeInvalidUtf8("\xED\xA0\x80") == "\\xED\\xA0\\x80");  // a surrogate
  CHECK(skillfit::Status::InputError("a\xFF: bad").message() == "a\\xFF: bad");
}
