// skillfit rank --jd JD RESUME...   |   skillfit rank --resume RESUME JD...
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "args.h"
#include "commands.h"
#include "engine_setup.h"
#include "output.h"
#include "report_error.h"
#include "skillfit/engine.h"

namespace skillfit {
namespace cli {

static const char kRankHelp[] =
    "usage: skillfit rank --jd JD [RESUME|FOLDER]... [--from-list FILE|-]\n"
    "       skillfit rank --resume RESUME [JD|FOLDER]... [--from-list FILE|-]\n"
    "       skillfit rank --jd JD --stream  < records.jsonl > results.jsonl\n"
    "\n"
    "Scores many resumes against one JD (or one resume against many JDs) on every core, and\n"
    "lists them by score with the most important required skills each one misses.\n"
    "  --format text|json|csv|jsonl   (default text)\n"
    "  --top N          only the N best\n"
    "  --jobs N         threads (default: every core)\n"
    "  --from-list F    read paths, one a line, from F ('-' for standard input)\n"
    "  --stream         JSON lines in ({\"id\":..,\"text\":..} or {\"id\":..,\"path\":..}), JSON\n"
    "                   lines out, one result per record, in order: a map step for Hadoop\n"
    "                   Streaming or Spark's RDD.pipe\n"
    "Folders are searched (recursively) for .pdf .docx .txt .md .json files. A file that\n"
    "cannot be read gets a row with its error and a line on standard error; the others are\n"
    "still ranked, and the exit code is then 1.\n";

namespace {

bool Rankable(const std::filesystem::path& p) {
  std::string ext = p.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".pdf" || ext == ".docx" || ext == ".txt" || ext == ".md" || ext == ".markdown" ||
         ext == ".json";
}

// Files named on the command line, folders expanded, in a stable order.
void Collect(const std::string& arg, std::vector<RankInput>* out) {
  std::error_code ec;
  if (std::filesystem::is_directory(arg, ec)) {
    std::vector<std::string> found;
    for (auto it = std::filesystem::recursive_directory_iterator(arg, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file(ec) && Rankable(it->path())) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    for (const std::string& f : found) out->push_back({f, f, "", false});
    return;
  }
  out->push_back({arg, arg, "", false});
}

// A bar on standard error: "[=====     ] 160/500".
void ShowProgress(size_t done, size_t total) {
  const int width = 30;
  const int filled = static_cast<int>(width * done / total);
  std::fprintf(stderr, "\r[%s%s] %zu/%zu", std::string(filled, '=').c_str(),
               std::string(width - filled, ' ').c_str(), done, total);
  if (done == total) std::fprintf(stderr, "\n");
}

int Stream(const Ranker& ranker, int jobs) {
  // Records are read in batches, scored in parallel and written in input order, so memory
  // stays bounded however long the stream is.
  const size_t batch = static_cast<size_t>(64 * jobs);
  std::string line;
  size_t line_no = 0;
  bool failed = false;
  bool eof = false;
  while (!eof) {
    std::vector<RankInput> inputs;
    std::vector<std::string> bad;  // per input: a parse error, or empty
    while (inputs.size() < batch) {
      if (!std::getline(std::cin, line)) {
        eof = true;
        break;
      }
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      std::string error;
      RankInput in = ParseRankRecord(line, line_no, &error);
      inputs.push_back(in);
      bad.push_back(error);
    }
    std::vector<RankInput> good;
    for (size_t i = 0; i < inputs.size(); ++i) {
      if (bad[i].empty()) good.push_back(inputs[i]);
    }
    std::vector<RankRow> rows = ranker.ScoreAll(good, jobs);
    size_t g = 0;
    for (size_t i = 0; i < inputs.size(); ++i) {
      RankRow row;
      if (bad[i].empty()) {
        row = std::move(rows[g++]);
      } else {
        row.id = inputs[i].id;
        row.status = Status::InputError(bad[i]);
      }
      if (!row.status.ok()) {
        failed = true;
        Warn(row.status.message());
      }
      std::cout << Engine::RankStreamLine(row);
    }
    std::cout.flush();
  }
  return failed ? 1 : 0;
}

// What the command line asks of `rank`.
struct RankSettings {
  bool fixed_is_jd = true;
  std::string fixed_path;  // --jd or --resume
  std::string format;      // text, json, csv or jsonl
  int jobs = 1;
  long top = -1;  // -1: every row
};

// --format, --jobs and --top, checked.
Status ReadSettings(const Args& args, RankSettings* settings) {
  settings->fixed_is_jd = args.Has("--jd");
  settings->fixed_path = args.Get(settings->fixed_is_jd ? "--jd" : "--resume");
  auto chosen = args.OneOf("--format", {"text", "json", "csv", "jsonl"}, "rank");
  if (!chosen.ok()) return chosen.status();
  settings->format = *chosen;
  settings->jobs = static_cast<int>(std::thread::hardware_concurrency());
  if (args.Has("--jobs")) settings->jobs = std::atoi(args.Get("--jobs").c_str());
  if (settings->jobs < 1 || settings->jobs > 256) {
    return Status::UsageError("rank: --jobs takes 1 to 256");
  }
  if (args.Has("--top")) {
    const std::string top = args.Get("--top");  // `end` points into it
    char* end = nullptr;
    settings->top = std::strtol(top.c_str(), &end, 10);
    if (*end != '\0' || settings->top < 1) {
      return Status::UsageError("rank: --top takes a positive number");
    }
  }
  return Status::Ok();
}

// The documents to rank: the positionals, then the paths of --from-list, folders expanded.
Status CollectInputs(const Args& args, bool fixed_is_jd, std::vector<RankInput>* inputs) {
  for (const std::string& p : args.positionals()) Collect(p, inputs);
  if (args.Has("--from-list")) {
    const std::string list = args.Get("--from-list");
    std::ifstream file;
    if (list != "-") {
      file.open(list);
      if (!file) return Status::InputError(list + ": cannot open the list");
    }
    std::istream& in = list == "-" ? std::cin : file;
    std::string line;
    while (std::getline(in, line)) {
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
      if (!line.empty()) Collect(line, inputs);
    }
  }
  if (inputs->empty()) {
    return Status::UsageError(std::string("rank: no ") + (fixed_is_jd ? "resumes" : "JDs") +
                              " to rank (give files, folders or --from-list)");
  }
  return Status::Ok();
}

// A line on standard error for each row that failed, and one counting the rows with
// warnings. True when any row failed.
bool WarnAboutRows(const std::vector<RankRow>& rows, bool fixed_is_jd) {
  bool failed = false;
  size_t warned = 0;
  for (const RankRow& r : rows) {
    if (!r.status.ok()) {
      failed = true;
      Warn(r.status.message());
    }
    warned += !r.warnings.empty();
  }
  if (warned > 0) {
    // One line, not one per file: the rows say which and why.
    Warn(std::to_string(warned) + " of " + std::to_string(rows.size()) + " " +
         (fixed_is_jd ? "resumes" : "JDs") + " have warnings (see each row's warnings)");
  }
  return failed;
}

}  // namespace

int RunRank(int argc, char** argv) {
  ArgSpec spec{{"--jd", "--resume", "--format", "-o", "--top", "--jobs", "--from-list"},
               {"--help", "--stream"},
               {}};
  AddKbOptions(&spec);
  AddScoreOptions(&spec);
  auto args = Args::Parse(argc, argv, 2, spec, "rank");
  if (!args.ok()) return Fail(args.status());
  if (args->Has("--help")) {
    std::cout << kRankHelp << kScoreVersionHelp;
    return 0;
  }
  if (args->Has("--jd") == args->Has("--resume")) {
    std::cerr << kRankHelp;
    return 2;
  }
  RankSettings settings;
  Status st = ReadSettings(*args, &settings);
  if (!st.ok()) return Fail(st);
  auto engine = OpenEngine(*args, /*with_question_bank=*/false);
  if (!engine.ok()) return Fail(engine.status());
  auto ranker = (*engine)->NewRanker(DocumentInput::File(settings.fixed_path), settings.fixed_is_jd);
  if (!ranker.ok()) return Fail(ranker.status());
  if (args->Has("--stream")) return Stream(**ranker, settings.jobs);

  std::vector<RankInput> inputs;
  st = CollectInputs(*args, settings.fixed_is_jd, &inputs);
  if (!st.ok()) return Fail(st);
  const bool progress = isatty(STDERR_FILENO) && inputs.size() >= 20;
  const std::vector<RankRow> rows =
      (*ranker)->ScoreAll(inputs, settings.jobs, progress ? ShowProgress : RankProgress());
  const bool failed = WarnAboutRows(rows, settings.fixed_is_jd);
  const std::vector<size_t> order = RankOrder(rows, settings.top);
  RankReportInput report{&rows, &order, settings.fixed_is_jd, settings.fixed_path,
                         (*ranker)->score_version()};
  st = WriteOutput(args->Get("-o", "-"), Engine::RankReport(report, ReportFormatNamed(settings.format)));
  if (!st.ok()) return Fail(st);
  return failed ? 1 : 0;
}

}  // namespace cli
}  // namespace skillfit
