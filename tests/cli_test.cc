// The command line: exit codes, one-line errors, formats, atomic output.
#include <dirent.h>
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <nlohmann/json.hpp>

#include "test_util.h"

using skillfit::testing::ReadFile;
using skillfit::testing::RunCli;
using skillfit::testing::TempDir;

namespace {
size_t Lines(const std::string& s) { return std::count(s.begin(), s.end(), '\n'); }
}  // namespace

TEST_CASE("cli: usage errors exit 2; --help exits 0") {
  CHECK(RunCli({}).exit_code == 2);
  CHECK(RunCli({"frobnicate"}).exit_code == 2);
  CHECK(RunCli({"match", "--resume", "x"}).exit_code == 2);
  CHECK(RunCli({"match", "--bogus"}).exit_code == 2);
  for (const char* c : {"match", "extract", "text", "kb", "questions", "rank"}) {
    CAPTURE(c);
    const auto r = RunCli({c, "--help"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("usage: skillfit") == 0);
  }
}

TEST_CASE("cli: bad input exits 1 with one line naming the file") {
  const std::string dir = TempDir();
  std::ofstream(dir + "/empty.txt");
  std::ofstream(dir + "/junk.pdf") << "not a pdf";
  for (const std::string& f : {dir + "/empty.txt", dir + "/junk.pdf", dir + "/missing.txt", dir}) {
    CAPTURE(f);
    const auto r = RunCli({"text", f});
    CHECK(r.exit_code == 1);
    CHECK(Lines(r.err) == 1);
    CHECK(r.err.find(f) != std::string::npos);
    CHECK(r.out.empty());
    const auto m = RunCli({"match", "--resume", f, "--jd", "samples/jds/sre-devops.txt"});
    CHECK(m.exit_code == 1);
    CHECK(m.out.empty());
  }
}

TEST_CASE("cli: text reads standard input") {
  const auto r = RunCli({"text", "-"}, "Skills\r\nGo\r\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "Skills\nGo\n");
}

TEST_CASE("cli: match in every format; JSON follows the contract") {
  const auto j = RunCli({"match", "--resume", "samples/resumes/priya-nair-sre.txt", "--jd",
                         "samples/jds/sre-devops.txt", "--format", "json"});
  REQUIRE(j.exit_code == 0);
  const auto doc = nlohmann::json::parse(j.out);
  CHECK(doc["schema"] == "skillfit.match/1");
  CHECK(doc["score"].is_number());
  CHECK(doc["required_coverage"].is_number());
  CHECK(doc["preferred_coverage"].is_number());
  REQUIRE(doc["skills"].size() > 5);
  for (const auto& s : doc["skills"]) {
    for (const char* k : {"id", "name", "level", "weight", "evidence", "jd_lines", "resume_lines"}) {
      CHECK_MESSAGE(s.contains(k), k);
    }
    if (s["evidence"] == "strong" || s["evidence"] == "weak") CHECK(!s["resume_lines"].empty());
  }
  for (const char* f : {"text", "md", "html"}) {
    CAPTURE(f);
    const auto r = RunCli({"match", "--resume", "samples/resumes/priya-nair-sre.txt", "--jd",
                           "samples/jds/sre-devops.txt", "--format", f});
    CHECK(r.exit_code == 0);
    CHECK(r.out.size() > 500);
  }
}

TEST_CASE("cli: extract JSON lists skills with mentions and byte offsets into the file") {
  const auto r = RunCli({"extract", "samples/jds/backend-engineer.txt", "--as", "jd", "--format", "json"});
  REQUIRE(r.exit_code == 0);
  const auto doc = nlohmann::json::parse(r.out);
  CHECK(doc["schema"] == "skillfit.extract/1");
  const std::string file = ReadFile(skillfit::testing::SourceDir() + "/samples/jds/backend-engineer.txt");
  int checked = 0;
  for (const auto& s : doc["skills"]) {
    for (const char* k : {"id", "name", "category", "kind", "level", "mentions"}) CHECK(s.contains(k));
    for (const auto& m : s["mentions"]) {
      const size_t b = m["start"], e = m["end"];
      CHECK(file.substr(b, e - b) == m["text"].get<std::string>());
      ++checked;
    }
  }
  CHECK(checked > 10);
}

TEST_CASE("cli: -o writes whole or not at all; the old file survives an error") {
  const std::string dir = TempDir();
  const std::string out = dir + "/report.html";
  std::ofstream(out) << "OLD";
  const auto bad = RunCli({"match", "--resume", dir + "/missing.pdf", "--jd", "samples/jds/sre-devops.txt",
                           "--format", "html", "-o", out});
  CHECK(bad.exit_code == 1);
  CHECK(ReadFile(out) == "OLD");
  const auto good = RunCli({"match", "--resume", "samples/resumes/priya-nair-sre.txt", "--jd",
                            "samples/jds/sre-devops.txt", "--format", "html", "-o", out});
  CHECK(good.exit_code == 0);
  CHECK(ReadFile(out).find("<!DOCTYPE html>") == 0);
  const auto to_dir = RunCli({"match", "--resume", "samples/resumes/priya-nair-sre.txt", "--jd",
                              "samples/jds/sre-devops.txt", "-o", dir});
  CHECK(to_dir.exit_code == 1);
  // No temporary files left behind.
  size_t entries = 0;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) entries += e->d_name[0] != '.';
    closedir(d);
  }
  CHECK(entries == 1);
}

TEST_CASE("cli: extract guesses JD or resume when --as is absent, and says so") {
  const auto jd = RunCli({"extract", "samples/jds/sre-devops.txt", "--format", "json"});
  REQUIRE(jd.exit_code == 0);
  const auto j = nlohmann::json::parse(jd.out);
  CHECK(j["as"] == "jd");
  CHECK(j["as_guessed"] == true);
  CHECK(jd.err.find("guessed") != std::string::npos);
  const auto cv = RunCli({"extract", "samples/resumes/kim-park-legacy.txt", "--format", "json"});
  REQUIRE(cv.exit_code == 0);
  const auto c = nlohmann::json::parse(cv.out);
  CHECK(c["as"] == "resume");
  CHECK(c["as_guessed"] == true);
  const auto told = RunCli({"extract", "samples/jds/sre-devops.txt", "--as", "jd", "--format", "json"});
  REQUIRE(told.exit_code == 0);
  CHECK(nlohmann::json::parse(told.out)["as_guessed"] == false);
}

TEST_CASE("cli: kb stats gives each category its count, apart from its id however long") {
  const auto r = RunCli({"kb", "stats"});
  REQUIRE(r.exit_code == 0);
  const size_t from = r.out.find("by category:\n");
  REQUIRE(from != std::string::npos);
  std::istringstream lines(r.out.substr(from + 13));
  std::string line;
  int rows = 0;
  while (std::getline(lines, line) && !line.empty()) {
    CAPTURE(line);
    std::istringstream row(line);
    std::string id;
    long count = -1;
    std::string rest;
    CHECK((row >> id >> count));  // "healthcare-administration87" would read no count
    CHECK(count >= 0);
    CHECK(!(row >> rest));
    ++rows;
  }
  CHECK(rows > 30);
}
