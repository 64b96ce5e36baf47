// The front door: Engine opens the shipped kb and bank, and its calls give what the CLI
// prints; documents by path or by bytes read the same; one engine serves many threads.
#include "skillfit/engine.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "test_util.h"

using skillfit::DocKind;
using skillfit::DocumentInput;
using skillfit::Engine;
using skillfit::EngineOptions;
using skillfit::Extraction;
using skillfit::MatchRun;
using skillfit::ReportFormat;
using skillfit::Result;
using skillfit::Status;
using skillfit::testing::ReadFile;
using skillfit::testing::RunCli;
using skillfit::testing::SourceDir;

namespace {

const std::string kResume = "samples/resumes/priya-nair-sre.txt";
const std::string kJd = "samples/jds/sre-devops.txt";

EngineOptions Options() {
  EngineOptions options;
  options.kb_root = SourceDir() + "/kb";
  options.today.today_year = 2026;  // as the CLI runs below (SKILLFIT_TODAY)
  options.today.today_month = 11;
  return options;
}

const Engine& SharedEngine() {
  static const auto engine = [] {
    auto e = Engine::Open(Options());
    REQUIRE_MESSAGE(e.ok(), e.status().message());
    return *e;
  }();
  return *engine;
}

std::string MatchJson(const Engine& engine, const DocumentInput& resume, const DocumentInput& jd) {
  MatchRun run;
  const Status s = engine.Match(resume, jd, {}, &run);
  REQUIRE_MESSAGE(s.ok(), s.message());
  return engine.MatchReport(run, ReportFormat::kJson);
}

}  // namespace

TEST_CASE("engine: match gives the JSON that `skillfit match` prints") {
  const Engine& engine = SharedEngine();
  REQUIRE(engine.bank() != nullptr);
  const std::string resume = SourceDir() + "/" + kResume, jd = SourceDir() + "/" + kJd;
  const std::string json = MatchJson(engine, DocumentInput::File(resume), DocumentInput::File(jd));
  const auto cli = RunCli({"match", "--resume", resume, "--jd", jd, "--format", "json"}, "",
                          {"SKILLFIT_TODAY=2026-11"});
  REQUIRE(cli.exit_code == 0);
  const std::string& expected = cli.out;
  CHECK(json == expected);
  CHECK(json.find("\"questions\"") != std::string::npos);
}

TEST_CASE("engine: a document as bytes with a name reads as the file does") {
  const Engine& engine = SharedEngine();
  const std::string resume_path = SourceDir() + "/" + kResume;
  const std::string jd_path = SourceDir() + "/" + kJd;
  const std::string from_files =
      MatchJson(engine, DocumentInput::File(resume_path), DocumentInput::File(jd_path));
  const std::string from_bytes =
      MatchJson(engine, DocumentInput::Bytes(resume_path, ReadFile(resume_path)),
                DocumentInput::Bytes(jd_path, ReadFile(jd_path)));
  CHECK(from_bytes == from_files);
}

TEST_CASE("engine: extract as asked, or as guessed") {
  const Engine& engine = SharedEngine();
  const DocumentInput jd = DocumentInput::File(SourceDir() + "/" + kJd);
  Result<Extraction> asked = engine.Extract(jd, DocKind::kJd);
  REQUIRE(asked.ok());
  CHECK_FALSE(asked->kind_guessed);
  CHECK(asked->kind == DocKind::kJd);
  CHECK(asked->jd.skills.size() > 10);
  CHECK(asked->resume.skills.empty());
  Result<Extraction> guessed = engine.Extract(jd, std::nullopt);
  REQUIRE(guessed.ok());
  CHECK(guessed->kind_guessed);
  CHECK(guessed->kind == DocKind::kJd);
  CHECK(engine.ExtractReport(*guessed, ReportFormat::kJson).find("\"schema\"") !=
        std::string::npos);
  Result<Extraction> missing = engine.Extract(DocumentInput::File("/nonexistent/cv.pdf"), {});
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().message().find("/nonexistent/cv.pdf") == 0);
}

TEST_CASE("engine: a JD that names no skill fails, and the warnings found before it stay") {
  const Engine& engine = SharedEngine();
  MatchRun run;
  const Status s = engine.Match(DocumentInput::File(SourceDir() + "/" + kResume),
                                DocumentInput::Bytes("empty-jd.txt", "We are a friendly team.\n"),
                                {}, &run);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message() == "empty-jd.txt: no skills found in this job description; is it the right file?");
  CHECK_FALSE(run.resume.text.empty());

  MatchRun both_stdin;
  const Status usage =
      engine.Match(DocumentInput::File("-"), DocumentInput::File("-"), {}, &both_stdin);
  CHECK(usage.code() == skillfit::StatusCode::kUsageError);
}

TEST_CASE("engine: a ranker scores against its fixed JD; a JD with no skill is refused") {
  const Engine& engine = SharedEngine();
  auto ranker = engine.NewRanker(DocumentInput::File(SourceDir() + "/" + kJd), true);
  REQUIRE(ranker.ok());
  const skillfit::RankRow row = (*ranker)->Score({"priya", SourceDir() + "/" + kResume, "", false});
  REQUIRE(row.status.ok());
  CHECK(row.score > 50);
  auto none = engine.NewRanker(DocumentInput::Bytes("none.txt", "Lunch is free.\n"), true);
  REQUIRE_FALSE(none.ok());
  CHECK(none.status().message() == "none.txt: no skills found in this job description");
}

TEST_CASE("engine: one engine, many threads, the same reports") {
  const Engine& engine = SharedEngine();
  const std::vector<std::string> resumes = {"alex-chen-backend.txt", "priya-nair-sre.txt",
                                            "maria-lopez-data.txt", "jordan-lee-junior.txt"};
  auto report = [&](const std::string& name) {
    MatchRun run;
    const Status s =
        engine.Match(DocumentInput::File(SourceDir() + "/samples/resumes/" + name),
                     DocumentInput::File(SourceDir() + "/" + kJd), {}, &run);
    return s.ok() ? engine.MatchReport(run, ReportFormat::kText) : s.message();
  };
  std::vector<std::string> alone;
  for (const std::string& r : resumes) alone.push_back(report(r));
  std::vector<std::string> together(resumes.size());
  std::vector<std::thread> threads;
  for (int round = 0; round < 3; ++round) {
    for (size_t i = 0; i < resumes.size(); ++i) {
      threads.emplace_back([&, i] { together[i] = report(resumes[i]); });
    }
    for (std::thread& t : threads) t.join();
    threads.clear();
    for (size_t i = 0; i < resumes.size(); ++i) CHECK(together[i] == alone[i]);
  }
}

TEST_CASE("engine: a kb that does not load fails to open, naming it") {
  EngineOptions options = Options();
  options.kb_root = "/nonexistent/kb";
  auto engine = Engine::Open(options);
  REQUIRE_FALSE(engine.ok());
  CHECK(engine.status().message().find("/nonexistent/kb") != std::string::npos);
}

TEST_CASE("engine: match JSON carries the study plan, the same questions `questions` lists") {
  const Engine& engine = SharedEngine();
  MatchRun run;
  const Status s = engine.Match(DocumentInput::File(SourceDir() + "/" + kResume),
                                DocumentInput::File(SourceDir() + "/" + kJd), {12}, &run);
  REQUIRE(s.ok());
  REQUIRE(run.plan.items.size() == 12);
  const auto match = nlohmann::json::parse(engine.MatchReport(run, ReportFormat::kJson));
  const auto plan = nlohmann::json::parse(engine.PlanReport(run, ReportFormat::kJson));
  REQUIRE(match["questions"].size() == 12);
  CHECK(match["questions"] == plan["questions"]);

  MatchRun none;
  REQUIRE(engine.Match(DocumentInput::File(SourceDir() + "/" + kResume),
                       DocumentInput::File(SourceDir() + "/" + kJd), {0}, &none).ok());
  CHECK(nlohmann::json::parse(engine.MatchReport(none, ReportFormat::kJson))["questions"].empty());
}

TEST_CASE("engine: warnings are in every format of the match report, and in the plan's") {
  const Engine& engine = SharedEngine();
  MatchRun run;
  // A resume with a skills list and no dated roles: years and recency are unknown.
  const Status s = engine.Match(
      DocumentInput::Bytes("undated.txt", "Jane Doe\n\nSkills\nPython, Kubernetes, AWS\n"),
      DocumentInput::File(SourceDir() + "/" + kJd), {}, &run);
  REQUIRE(s.ok());
  const std::string warning =
      "undated.txt: no dated roles found; years of use and recency are unknown";
  REQUIRE(run.warnings.size() == 1);
  CHECK(run.warnings[0] == warning);
  const auto json = nlohmann::json::parse(engine.MatchReport(run, ReportFormat::kJson));
  CHECK(json["warnings"] == nlohmann::json::array({warning}));
  CHECK(engine.MatchReport(run, ReportFormat::kText).find("  warning: " + warning + "\n") !=
        std::string::npos);
  CHECK(engine.MatchReport(run, ReportFormat::kMarkdown).find("> **Warning:** " + warning) !=
        std::string::npos);
  const std::string html = engine.MatchReport(run, ReportFormat::kHtml);
  CHECK(html.find("<div class=\"warnings\" role=\"alert\">") != std::string::npos);
  CHECK(html.find("<li>" + warning + "</li>") != std::string::npos);
  CHECK(nlohmann::json::parse(engine.PlanReport(run, ReportFormat::kJson))["warnings"].size() == 1);
  CHECK(engine.PlanReport(run, ReportFormat::kText).find("warning: " + warning) !=
        std::string::npos);

  MatchRun clean;  // a resume with dated roles: no warning, and no empty banner
  REQUIRE(engine.Match(DocumentInput::File(SourceDir() + "/" + kResume),
                       DocumentInput::File(SourceDir() + "/" + kJd), {}, &clean).ok());
  CHECK(clean.warnings.empty());
  CHECK(nlohmann::json::parse(engine.MatchReport(clean, ReportFormat::kJson))["warnings"].empty());
  CHECK(engine.MatchReport(clean, ReportFormat::kHtml).find("class=\"warnings\"") ==
        std::string::npos);
}

TEST_CASE("engine: the kb alone opens without the document tables, which a full open reads") {
  // A kb folder whose skills, categories and themes are the shipped ones, with a broken
  // titles table beside them.
  const std::string root = skillfit::testing::TempDir() + "/kb";
  std::filesystem::create_directories(root);
  for (const char* part : {"skills", "categories.yaml", "themes.yaml", "degree_fields.yaml"}) {
    std::filesystem::create_symlink(SourceDir() + "/kb/" + part, root + "/" + part);
  }
  std::ofstream(root + "/titles.yaml") << "titles: [not, a, map\n";
  EngineOptions options;
  options.kb_root = root;
  options.load_question_bank = false;
  const auto full = Engine::Open(options);
  REQUIRE_FALSE(full.ok());
  CHECK(full.status().message().find("titles.yaml") != std::string::npos);
  options.load_document_tables = false;
  const auto kb_only = Engine::Open(options);
  REQUIRE(kb_only.ok());
  CHECK((*kb_only)->kb().IndexOf("kubernetes") >= 0);
}
