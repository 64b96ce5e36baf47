#include "engine_setup.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

#include "report_error.h"

namespace skillfit {
namespace cli {
namespace {

// The cache folder (engine_setup.h says which); "" for none.
std::string CacheDir() {
  if (const char* dir = std::getenv("SKILLFIT_CACHE_DIR")) return dir;  // "" turns it off
  // The XDG base-directory spec says a relative $XDG_CACHE_HOME is to be ignored.
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && xdg[0] == '/') {
    return std::string(xdg) + "/skillfit";
  }
  if (const char* home = std::getenv("HOME"); home && *home) {
    return std::string(home) + "/.cache/skillfit";
  }
  return "";
}

// Today's month ("Present" in a resume), or SKILLFIT_TODAY=YYYY-MM.
ExtractOptions TodayOptions() {
  ExtractOptions o;
  int y = 0, m = 0;
  if (const char* t = std::getenv("SKILLFIT_TODAY"); t && std::sscanf(t, "%d-%d", &y, &m) == 2 &&
                                                      m >= 1 && m <= 12) {
    o.today_year = y;
    o.today_month = m;
    return o;
  }
  const std::time_t now = std::time(nullptr);
  std::tm tm_now;
  localtime_r(&now, &tm_now);
  o.today_year = tm_now.tm_year + 1900;
  o.today_month = tm_now.tm_mon + 1;
  return o;
}

}  // namespace

void AddKbOptions(ArgSpec* spec) {
  spec->with_value.insert("--kb");
  spec->repeatable.insert("--kb");
  spec->with_value.insert("--kb-root");
}

const char kScoreVersionHelp[] =
    "  --score-version N  1: v1's weighted skill coverage; 2 (default): skills, education,\n"
    "               title and years combined (README \"How the score works\")\n";

void AddScoreOptions(ArgSpec* spec) { spec->with_value.insert("--score-version"); }

EngineOptions EngineOptionsFrom(const Args& args, bool with_question_bank) {
  EngineOptions options;
  options.kb_root = args.Has("--kb-root") ? args.Get("--kb-root") : DefaultKbDir("");
  options.extra_kb = args.All("--kb");
  options.cache_dir = CacheDir();
  options.load_question_bank = with_question_bank;
  options.today = TodayOptions();
  options.score_version = args.Get("--score-version", "2") == "1" ? 1 : 2;
  return options;
}

// The engine is kept until the process ends: destroying it would free every skill, table
// and string one by one (a twentieth of a warm `match`) just before the exit frees them at
// once. Held by a static, so leak checkers see it as still reachable.
static void KeepUntilExit(const std::shared_ptr<const Engine>& engine) {
  static auto* const kept = new std::vector<std::shared_ptr<const Engine>>();
  kept->push_back(engine);
}

Result<std::shared_ptr<const Engine>> OpenEngine(const Args& args, bool with_question_bank,
                                                 bool with_document_tables) {
  const std::string version = args.Get("--score-version", "2");
  if (version != "1" && version != "2") {
    return Status::UsageError("--score-version must be 1 or 2, not '" + version + "'");
  }
  EngineOptions options = EngineOptionsFrom(args, with_question_bank);
  options.load_document_tables = with_document_tables;
  auto engine = Engine::Open(options);
  if (engine.ok()) KeepUntilExit(*engine);
  return engine;
}

Result<std::shared_ptr<const Engine>> OpenEngineAndMatch(const Args& args, int plan_limit,
                                                         MatchRun* run) {
  if (args.Get("--resume") == "-" && args.Get("--jd") == "-") {
    return Status::UsageError("only one of --resume and --jd can be '-'");
  }
  auto engine = OpenEngine(args, /*with_question_bank=*/true);
  if (!engine.ok()) return engine.status();
  const Status matched = (*engine)->Match(DocumentInput::File(args.Get("--resume")),
                                          DocumentInput::File(args.Get("--jd")),
                                          MatchRequest{plan_limit}, run);
  for (const std::string& w : run->warnings) Warn(w);
  if (!matched.ok()) return matched;
  return engine;
}

ReportFormat ReportFormatNamed(const std::string& name) {
  if (name == "json") return ReportFormat::kJson;
  if (name == "md") return ReportFormat::kMarkdown;
  if (name == "html") return ReportFormat::kHtml;
  if (name == "csv") return ReportFormat::kCsv;
  if (name == "jsonl") return ReportFormat::kJsonLines;
  return ReportFormat::kText;
}

}  // namespace cli
}  // namespace skillfit
