// skillfit rank: order, failures reported in their row, formats, streaming in order.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "skillfit/ranker.h"
#include "test_util.h"

using skillfit::testing::RunCli;

TEST_CASE("rank: resumes sorted by score; an unreadable file gets its row, and exit 1") {
  const auto r = RunCli({"rank", "--jd", "samples/jds/sre-devops.txt", "--format", "json", "--jobs", "2",
                         "samples/resumes/kim-park-legacy.txt", "samples/resumes/priya-nair-sre.txt",
                         "/nonexistent/cv.pdf", "samples/resumes/dana-wright-gcp.txt"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("/nonexistent/cv.pdf: no such file") != std::string::npos);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["schema"] == "skillfit.rank/1");
  const auto& rows = j["rows"];
  REQUIRE(rows.size() == 4);
  CHECK(rows[0]["id"] == "samples/resumes/priya-nair-sre.txt");
  CHECK(rows[0]["rank"] == 1);
  CHECK(rows[1]["id"] == "samples/resumes/dana-wright-gcp.txt");
  CHECK(rows[2]["id"] == "samples/resumes/kim-park-legacy.txt");
  CHECK(rows[0]["score"].get<double>() > rows[1]["score"].get<double>());
  CHECK(rows[1]["score"].get<double>() > rows[2]["score"].get<double>());
  CHECK(rows[3]["error"].get<std::string>().find("no such file") != std::string::npos);
  CHECK(!rows[2]["missing_required"].empty());
}

TEST_CASE("rank: folders, --top and csv; one resume against many JDs") {
  const auto r = RunCli({"rank", "--jd", "samples/jds/data-engineer.txt", "samples/resumes", "--top", "3",
                         "--format", "csv"});
  CHECK(r.exit_code == 0);
  std::istringstream lines(r.out);
  std::string header, first;
  std::getline(lines, header);
  std::getline(lines, first);
  CHECK(header.rfind("rank,id,score,required_coverage", 0) == 0);
  CHECK(first.find("maria-lopez-data") != std::string::npos);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 4);
  const auto rev = RunCli({"rank", "--resume", "samples/resumes/maria-lopez-data.txt", "samples/jds",
                           "--format", "jsonl"});
  CHECK(rev.exit_code == 0);
  CHECK(rev.out.substr(0, rev.out.find('\n')).find("data-engineer.txt") != std::string::npos);
}

TEST_CASE("rank: --stream answers one line per record, in order") {
  const std::string in =
      "{\"id\": \"x1\", \"path\": \"samples/resumes/kim-park-legacy.txt\"}\n"
      "{\"id\": \"x2\", \"text\": \"Experience\\nSRE | 2020 - now\\n- Ran Kubernetes and Terraform on AWS\"}\n"
      "oops\n"
      "{\"id\": \"x4\", \"path\": \"samples/resumes/priya-nair-sre.txt\"}\n";
  const auto r = RunCli({"rank", "--jd", "samples/jds/sre-devops.txt", "--stream", "--jobs", "2"}, in);
  CHECK(r.exit_code == 1);
  std::istringstream lines(r.out);
  std::vector<nlohmann::json> rows;
  for (std::string l; std::getline(lines, l);) rows.push_back(nlohmann::json::parse(l));
  REQUIRE(rows.size() == 4);
  CHECK(rows[0]["id"] == "x1");
  CHECK(rows[1]["id"] == "x2");
  CHECK(rows[1]["score"].get<double>() > 0);
  CHECK(rows[2]["error"] == "-:3: not a JSON object");
  CHECK(rows[3]["id"] == "x4");
}

TEST_CASE("rank: --from-list from a file and from standard input; text; the same on 1 and 2 jobs") {
  const std::string dir = skillfit::testing::TempDir();
  const std::string list = dir + "/list.txt";
  std::ofstream(list) << "samples/resumes/kim-park-legacy.txt\r\n\nsamples/resumes/priya-nair-sre.txt \n";
  const auto from_file = RunCli({"rank", "--jd", "samples/jds/sre-devops.txt", "--from-list", list,
                                 "--format", "csv", "--jobs", "1"});
  CHECK(from_file.exit_code == 0);
  CHECK(from_file.err.empty());  // no progress bar when standard error is not a terminal
  CHECK(std::count(from_file.out.begin(), from_file.out.end(), '\n') == 3);
  CHECK(from_file.out.find("priya-nair-sre") < from_file.out.find("kim-park-legacy"));
  const auto from_stdin = RunCli({"rank", "--jd", "samples/jds/sre-devops.txt", "--from-list", "-",
                                  "--format", "csv", "--jobs", "2"},
                                 "samples/resumes/kim-park-legacy.txt\nsamples/resumes/priya-nair-sre.txt\n");
  CHECK(from_stdin.exit_code == 0);
  CHECK(from_stdin.out == from_file.out);
  const auto missing = RunCli({"rank", "--jd", "samples/jds/sre-devops.txt", "--from-list", dir + "/none"});
  CHECK(missing.exit_code != 0);
  CHECK(missing.err.find("cannot open the list") != std::string::npos);

  const auto text = RunCli({"rank", "--jd", "samples/jds/sre-devops.txt", "samples/resumes"});
  CHECK(text.exit_code == 0);
  CHECK(text.out.rfind("Resumes ranked against samples/jds/sre-devops.txt", 0) == 0);
  const auto one = RunCli({"rank", "--jd", "samples/jds/sre-devops.txt", "samples/resumes", "--jobs", "1",
                           "--format", "jsonl"});
  const auto two = RunCli({"rank", "--jd", "samples/jds/sre-devops.txt", "samples/resumes", "--jobs", "2",
                           "--format", "jsonl"});
  CHECK(one.exit_code == 0);
  CHECK(one.out == two.out);
  CHECK(std::count(one.out.begin(), one.out.end(), '\n') >= 5);
}

TEST_CASE("rank: a row carries its document's warnings, and standard error counts them") {
  const std::string dir = skillfit::testing::TempDir();
  // No dated roles: years and recency are unknown, and the row says so.
  std::ofstream(dir + "/undated.txt")
      << "Skills\nPython, Kubernetes, Terraform, AWS, Prometheus\n\nExperience\n"
         "Site reliability engineer at a payments company: ran Kubernetes on AWS with Terraform.\n";
  // Another language: skills are found by name, sections and dates may be missed.
  std::ofstream(dir + "/german.txt")
      << "Lebenslauf. Ich bin Ingenieurin für Softwaresysteme und arbeite seit vielen Jahren mit "
         "Python, Kubernetes und Terraform in der Cloud. Ich habe Dienste für Zahlungen gebaut und "
         "betreut, Überwachung mit Prometheus eingerichtet und Bereitschaftsdienste geleitet. "
         "Davor war ich Entwicklerin bei einer Bank in München und habe dort Systeme entworfen.\n";
  const auto r = RunCli({"rank", "--jd", "samples/jds/sre-devops.txt", "--format", "json",
                         "samples/resumes/priya-nair-sre.txt", dir + "/undated.txt", dir + "/german.txt"});
  CHECK(r.exit_code == 0);  // warnings are not failures
  CHECK(r.err.find("2 of 3 resumes have warnings") != std::string::npos);
  const auto j = nlohmann::json::parse(r.out);
  std::map<std::string, std::string> warnings;  // file name -> its warnings, joined
  for (const auto& row : j["rows"]) {
    const std::string id = row["id"];
    std::string all;
    for (const auto& w : row["warnings"]) all += w.get<std::string>() + "\n";
    warnings[id.substr(id.rfind('/') + 1)] = all;
  }
  CHECK(warnings["priya-nair-sre.txt"].empty());
  CHECK(warnings["undated.txt"].rfind("no dated roles found", 0) == 0);  // the id is not repeated
  CHECK(warnings["german.txt"].find("does not read as English") != std::string::npos);

  const auto csv = RunCli({"rank", "--jd", "samples/jds/sre-devops.txt", "--format", "csv",
                           dir + "/undated.txt"});
  CHECK(csv.out.rfind("rank,id,score,required_coverage,preferred_coverage,missing_required,"
                      "weak_required,error,warnings,core_unmet\n", 0) == 0);
  CHECK(csv.out.find(",,no dated roles found") != std::string::npos);
}

TEST_CASE("rank: a row names the core skills its resume does not show, in every format") {
  // Java is in the JD's title and asked again: a backend engineer in Go shows it only as
  // related, which halves the score; a resume that shows Java has no such note.
  const std::vector<std::string> files = {"samples/resumes/alex-chen-backend.txt",
                                          "samples/resumes/kim-park-legacy.txt"};
  std::vector<std::string> args = {"rank", "--jd", "samples/jds/java-platform.txt", "--format", "json"};
  args.insert(args.end(), files.begin(), files.end());
  const auto json = RunCli(args);
  REQUIRE(json.exit_code == 0);
  const nlohmann::json rows = nlohmann::json::parse(json.out)["rows"];
  std::map<std::string, nlohmann::json> core;
  for (const auto& row : rows) {
    const std::string id = row["id"];
    core[id.substr(id.rfind('/') + 1)] = row["core_unmet"];
  }
  CHECK(core["alex-chen-backend.txt"] == nlohmann::json::array({"Java"}));
  CHECK(core["kim-park-legacy.txt"].empty());
  args[4] = "text";
  const auto text = RunCli(args);
  CHECK(text.out.find("alex-chen-backend.txt  (core not shown: Java; missing: ") != std::string::npos);
  args[4] = "csv";
  const auto csv = RunCli(args);
  CHECK(csv.out.find(",Java\n") != std::string::npos);
}

// Regression: the check of --top read the end of a number parsed from a temporary string that
// was already destroyed (AddressSanitizer: stack-use-after-scope in every `rank --top`).
TEST_CASE("rank: --top takes a whole positive number") {
  for (const char* top : {"3x", "0", "-2", ""}) {
    CAPTURE(top);
    const auto r = RunCli({"rank", "--jd", "samples/jds/data-engineer.txt", "samples/resumes",
                           "--top", top});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("rank: --top takes a positive number") != std::string::npos);
  }
}

TEST_CASE("rank: a level the JD asks nothing at reads 'none', and JSON rows carry the counts") {
  // A JD with required skills and no preferred ones.
  const std::string dir = skillfit::testing::TempDir();
  const std::string jd = dir + "/jd.txt";
  std::ofstream(jd) << "Backend Engineer\n\nRequirements\n- 3+ years of Python\n- PostgreSQL\n";
  const auto text = RunCli({"rank", "--jd", jd, "--jobs", "1", "samples/resumes/alex-chen-backend.txt"});
  CHECK(text.exit_code == 0);
  const std::string row = text.out.substr(text.out.find("   1 "));
  CHECK(row.find("none") != std::string::npos);       // preferred: nothing asked
  CHECK(row.find("100%       none") != std::string::npos);  // required covered, aligned
  const auto json = RunCli({"rank", "--jd", jd, "--jobs", "1", "--format", "json",
                            "samples/resumes/alex-chen-backend.txt"});
  const auto j = nlohmann::json::parse(json.out);
  REQUIRE(j["rows"].size() == 1);
  CHECK(j["rows"][0]["required_count"].get<int>() >= 2);
  CHECK(j["rows"][0]["preferred_count"] == 0);
}

TEST_CASE("rank: a row says when a file reads as no resume, and when a resume is a year old") {
  const std::string dir = skillfit::testing::TempDir();
  // A folder's README: a table of files, no resume section, no dated role.
  std::ofstream(dir + "/README.md")
      << "# Resumes\n\n| file | career |\n|---|---|\n| a.pdf | Backend engineer, Python |\n";
  // A JSON Resume last changed in March 2019, its post still current then.
  std::ofstream(dir + "/old.json")
      << R"({"basics": {"name": "Jane Roe"}, "meta": {"lastModified": "2019-03-04T10:00:00"},
             "work": [{"position": "Backend Engineer", "name": "Acme", "startDate": "2016-01-01",
                       "highlights": ["Built REST APIs in Python and PostgreSQL"]}]})";
  const auto r = RunCli({"rank", "--jd", "samples/jds/backend-engineer.txt", "--format", "json",
                         "--jobs", "1", dir + "/README.md", dir + "/old.json",
                         "samples/resumes/alex-chen-backend.txt"});
  REQUIRE(r.exit_code == 0);
  const auto j = nlohmann::json::parse(r.out);
  std::map<std::string, std::string> warnings;  // file name -> its warnings, joined
  for (const auto& row : j["rows"]) {
    std::string id = row["id"];
    std::string joined;
    for (const auto& w : row["warnings"]) joined += w.get<std::string>() + "\n";
    warnings[id.substr(id.rfind('/') + 1)] = joined;
  }
  REQUIRE(warnings.size() == 3);
  CHECK(warnings["README.md"].find("does not read as a resume") != std::string::npos);
  CHECK(warnings["old.json"].find("written 2019-03, ") != std::string::npos);
  CHECK(warnings["old.json"].find("does not read as a resume") == std::string::npos);
  CHECK(warnings["alex-chen-backend.txt"].find("does not read as a resume") == std::string::npos);
  CHECK(warnings["alex-chen-backend.txt"].find("written") == std::string::npos);
}
