// skillfit rank --jd JD RESUME...   |   skillfit rank --resume RESUME JD...
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
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

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string s;
  for (size_t i = 0; i < v.size(); ++i) s += (i ? sep : "") + v[i];
  return s;
}

nlohmann::json RowJson(const RankRow& r, int rank) {
  nlohmann::json j;
  if (rank > 0) j["rank"] = rank;
  j["id"] = r.id;
  if (!r.status.ok()) {
    j["error"] = r.status.message();
    return j;
  }
  j["score"] = std::round(r.score * 10) / 10;
  j["required_coverage"] = std::round(r.required_coverage * 10) / 10;
  j["preferred_coverage"] = std::round(r.preferred_coverage * 10) / 10;
  j["missing_required"] = r.missing_required;
  j["weak_required"] = r.weak_required;
  j["warnings"] = r.warnings;
  return j;
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

// Scores `inputs` on `jobs` threads; `progress` is called (under a lock) as rows finish.
std::vector<RankRow> ScoreAll(const Ranker& ranker, const std::vector<RankInput>& inputs, int jobs,
                              bool progress) {
  std::vector<RankRow> rows(inputs.size());
  std::atomic<size_t> next{0};
  std::atomic<size_t> done{0};
  std::mutex mu;
  auto worker = [&] {
    for (size_t i = next++; i < inputs.size(); i = next++) {
      rows[i] = ranker.Score(inputs[i]);
      const size_t d = ++done;
      if (progress && (d % 16 == 0 || d == inputs.size())) {
        std::lock_guard<std::mutex> lock(mu);
        const int width = 30;
        const int filled = static_cast<int>(width * d / inputs.size());
        std::fprintf(stderr, "\r[%s%s] %zu/%zu", std::string(filled, '=').c_str(),
                     std::string(width - filled, ' ').c_str(), d, inputs.size());
        if (d == inputs.size()) std::fprintf(stderr, "\n");
      }
    }
  };
  std::vector<std::thread> threads;
  for (int t = 1; t < jobs; ++t) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();
  return rows;
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
      RankInput in;
      std::string error;
      try {
        const nlohmann::json j = nlohmann::json::parse(line);
        in.id = j.contains("id") ? (j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump())
                                 : "line " + std::to_string(line_no);
        if (j.contains("text") && j["text"].is_string()) {
          in.text = j["text"].get<std::string>();
          in.has_text = true;
        } else if (j.contains("path") && j["path"].is_string()) {
          in.path = j["path"].get<std::string>();
        } else {
          error = "-:" + std::to_string(line_no) + ": record has neither \"text\" nor \"path\"";
        }
      } catch (const std::exception&) {
        in.id = "line " + std::to_string(line_no);
        error = "-:" + std::to_string(line_no) + ": not a JSON object";
      }
      inputs.push_back(in);
      bad.push_back(error);
    }
    std::vector<RankInput> good;
    for (size_t i = 0; i < inputs.size(); ++i) {
      if (bad[i].empty()) good.push_back(inputs[i]);
    }
    std::vector<RankRow> rows = ScoreAll(ranker, good, jobs, false);
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
      std::cout << RowJson(row, 0).dump() << "\n";
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
    char* end = nullptr;
    settings->top = std::strtol(args.Get("--top").c_str(), &end, 10);
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

// Row indexes by score, best first; ties in input order; rows that failed last; at most
// `top` when top > 0.
std::vector<size_t> RankOrder(const std::vector<RankRow>& rows, long top) {
  std::vector<size_t> order(rows.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (rows[a].status.ok() != rows[b].status.ok()) return rows[a].status.ok();
    return rows[a].score > rows[b].score;
  });
  if (top > 0 && static_cast<size_t>(top) < order.size()) order.resize(static_cast<size_t>(top));
  return order;
}

std::string RowsJson(const std::vector<RankRow>& rows, const std::vector<size_t>& order,
                     const RankSettings& settings) {
  nlohmann::json j;
  j["schema"] = "skillfit.rank/1";
  j[settings.fixed_is_jd ? "jd" : "resume"] = settings.fixed_path;
  j["score_version"] = "1";
  j["rows"] = nlohmann::json::array();
  int rank = 0;
  for (size_t i : order) j["rows"].push_back(RowJson(rows[i], rows[i].status.ok() ? ++rank : 0));
  return j.dump(2) + "\n";
}

std::string RowsJsonLines(const std::vector<RankRow>& rows, const std::vector<size_t>& order) {
  std::string out;
  int rank = 0;
  for (size_t i : order) out += RowJson(rows[i], rows[i].status.ok() ? ++rank : 0).dump() + "\n";
  return out;
}

std::string RowsCsv(const std::vector<RankRow>& rows, const std::vector<size_t>& order) {
  std::ostringstream out;
  out << "rank,id,score,required_coverage,preferred_coverage,missing_required,weak_required,error,"
         "warnings\n";
  int rank = 0;
  char buf[64];
  for (size_t i : order) {
    const RankRow& r = rows[i];
    if (!r.status.ok()) {
      out << "," << CsvField(r.id) << ",,,,,," << CsvField(r.status.message()) << ",\n";
      continue;
    }
    std::snprintf(buf, sizeof buf, "%.1f,%.1f,%.1f", r.score, r.required_coverage,
                  r.preferred_coverage);
    out << ++rank << "," << CsvField(r.id) << "," << buf << ","
        << CsvField(Join(r.missing_required, "; ")) << "," << CsvField(Join(r.weak_required, "; "))
        << ",," << CsvField(Join(r.warnings, "; ")) << "\n";
  }
  return out.str();
}

std::string RowsText(const std::vector<RankRow>& rows, const std::vector<size_t>& order,
                     const RankSettings& settings) {
  std::ostringstream out;
  out << (settings.fixed_is_jd ? "Resumes ranked against " : "JDs ranked for ")
      << settings.fixed_path << "\n\n";
  out << "rank  score  required  preferred  file  (missing required skills)\n";
  int rank = 0;
  char buf[96];
  for (size_t i : order) {
    const RankRow& r = rows[i];
    if (!r.status.ok()) {
      out << "   -      -         -          -  " << r.id << "  (error: " << r.status.message()
          << ")\n";
      continue;
    }
    std::snprintf(buf, sizeof buf, "%4d  %5.1f  %7.0f%%  %8.0f%%  ", ++rank, r.score,
                  r.required_coverage, r.preferred_coverage);
    out << buf << r.id;
    if (!r.missing_required.empty()) out << "  (missing: " << Join(r.missing_required, ", ") << ")";
    out << "\n";
    for (const std::string& w : r.warnings) {
      out << "                                  warning: " << w << "\n";
    }
  }
  return out.str();
}

// The ranked rows in the asked format.
std::string RankReport(const std::vector<RankRow>& rows, const std::vector<size_t>& order,
                       const RankSettings& settings) {
  if (settings.format == "json") return RowsJson(rows, order, settings);
  if (settings.format == "jsonl") return RowsJsonLines(rows, order);
  if (settings.format == "csv") return RowsCsv(rows, order);
  return RowsText(rows, order, settings);
}

}  // namespace

int RunRank(int argc, char** argv) {
  ArgSpec spec{{"--jd", "--resume", "--format", "-o", "--top", "--jobs", "--from-list"},
               {"--help", "--stream"},
               {}};
  AddKbOptions(&spec);
  auto args = Args::Parse(argc, argv, 2, spec, "rank");
  if (!args.ok()) return Fail(args.status());
  if (args->Has("--help")) {
    std::cout << kRankHelp;
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
  const std::vector<RankRow> rows = ScoreAll(**ranker, inputs, settings.jobs, progress);
  const bool failed = WarnAboutRows(rows, settings.fixed_is_jd);
  st = WriteOutput(args->Get("-o", "-"), RankReport(rows, RankOrder(rows, settings.top), settings));
  if (!st.ok()) return Fail(st);
  return failed ? 1 : 0;
}

}  // namespace cli
}  // namespace skillfit
