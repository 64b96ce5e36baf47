#include "serve_api.h"

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "kb_search_json.h"

namespace skillfit {
namespace cli {
namespace {

std::string Dump(const nlohmann::json& j) {
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

Reply Ok(std::string body, const char* content_type = "application/json; charset=utf-8") {
  return Reply{200, content_type, std::move(body)};
}

// "12" -> 12; -1 for anything that is not a whole number from 0 to 200.
int PlanLimit(const std::string& text) {
  if (text.empty() || text.size() > 3 || text.find_first_not_of("0123456789") != std::string::npos) {
    return -1;
  }
  const int n = std::atoi(text.c_str());
  return n <= 200 ? n : -1;
}

nlohmann::json DocumentJson(const Document& doc) {
  return {{"name", doc.path}, {"format", SourceFormatName(doc.format)}, {"text", doc.text}};
}

}  // namespace

Reply ErrorReply(int status, const std::string& message) {
  nlohmann::json j;
  j["error"] = message;
  return Reply{status, "application/json; charset=utf-8", Dump(j)};
}

int HttpStatusFor(const Status& status) {
  switch (status.code()) {
    case StatusCode::kOk:
      return 200;
    case StatusCode::kInputError:
    case StatusCode::kUsageError:
      return 400;
    default:
      return 500;
  }
}

Reply ServeApi::Match(const Form& form, const std::string& format, bool with_documents) const {
  static const std::pair<const char*, ReportFormat> kFormats[] = {
      {"json", ReportFormat::kJson}, {"md", ReportFormat::kMarkdown},
      {"html", ReportFormat::kHtml}, {"text", ReportFormat::kText}};
  static const char* const kTypes[] = {"application/json; charset=utf-8",
                                       "text/markdown; charset=utf-8",
                                       "text/html; charset=utf-8", "text/plain; charset=utf-8"};
  size_t f = 0;
  while (f < 4 && format != kFormats[f].first) ++f;
  if (f == 4) return ErrorReply(400, "format must be json, md, html or text");
  const int limit = PlanLimit(form.Option("limit", "12"));
  if (limit < 0) return ErrorReply(400, "limit takes a whole number from 0 to 200");
  MatchRun run;
  const Status st = engine_->Match(form.Document("resume"), form.Document("jd"),
                                   MatchRequest{limit}, &run);
  if (!st.ok()) return ErrorReply(HttpStatusFor(st), st.message());
  std::string report = engine_->MatchReport(run, kFormats[f].second);
  if (!with_documents || f != 0) return Ok(std::move(report), kTypes[f]);
  const nlohmann::json docs = {{"resume", DocumentJson(run.resume)}, {"jd", DocumentJson(run.jd)}};
  return Ok("{\"match\": " + report + ", \"documents\": " + Dump(docs) + "}\n");
}

Reply ServeApi::Rank(const Form& form) const {
  const DocumentInput jd = form.Document("jd");
  auto ranker = engine_->NewRanker(jd, /*fixed_is_jd=*/true);
  if (!ranker.ok()) return ErrorReply(HttpStatusFor(ranker.status()), ranker.status().message());
  std::vector<RankInput> inputs;
  for (DocumentInput& d : form.Documents("resume")) {
    inputs.push_back(RankInput{d.name, "", std::move(d.bytes), true});
  }
  // One thread: the server's worker pool is where the cores are shared out.
  const std::vector<RankRow> rows = (*ranker)->ScoreAll(inputs, 1);
  const std::vector<size_t> order = RankOrder(rows, -1);
  const RankReportInput in{&rows, &order, /*fixed_is_jd=*/true, jd.name,
                           (*ranker)->score_version()};
  return Ok(Engine::RankReport(in, ReportFormat::kJson));
}

Reply ServeApi::Extract(const Form& form) const {
  const std::string as = form.Option("as", "");
  if (!as.empty() && as != "jd" && as != "resume") return ErrorReply(400, "as must be jd or resume");
  std::optional<DocKind> kind;
  if (!as.empty()) kind = as == "jd" ? DocKind::kJd : DocKind::kResume;
  auto extraction = engine_->Extract(form.Document("document"), kind);
  if (!extraction.ok()) {
    return ErrorReply(HttpStatusFor(extraction.status()), extraction.status().message());
  }
  return Ok(engine_->ExtractReport(*extraction, ReportFormat::kJson));
}

Reply ServeApi::KbSearch(const std::string& term) const {
  if (term.empty()) return ErrorReply(400, "give a term: /api/kb/search?q=TERM");
  if (term.size() > 200) return ErrorReply(400, "the term is longer than 200 bytes");
  size_t found = 0;
  return Ok(KbSearchJson(*engine_, term, &found));
}

Reply ServeApi::Health() const {
  nlohmann::json j;
  j["status"] = "ok";
  j["skills"] = engine_->kb().skills().size();
  j["questions"] = engine_->bank() ? engine_->bank()->questions().size() : 0;
  return Ok(Dump(j));
}

}  // namespace cli
}  // namespace skillfit
