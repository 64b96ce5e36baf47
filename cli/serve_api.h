// What each call of the `skillfit serve` JSON API does with a checked form: the engine call
// and the reply, with no HTTP library in sight (serve_server.cc does the HTTP).
//
//   skillfit::cli::ServeApi api(engine);
//   skillfit::cli::Reply r = api.Match(form, "json", /*with_documents=*/false);
//   // r.status 200, r.body the same JSON as `skillfit match --format json`
#ifndef SKILLFIT_CLI_SERVE_API_H_
#define SKILLFIT_CLI_SERVE_API_H_

#include <memory>
#include <string>

#include "serve_upload.h"
#include "skillfit/engine.h"

namespace skillfit {
namespace cli {

// An HTTP answer: status, media type and body.
struct Reply {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
};

// {"error": message} with `status`.
Reply ErrorReply(int status, const std::string& message);

// The HTTP status that carries a Status's meaning, as the CLI's exit codes do: 400 for an
// input that cannot be used (or a bad option), 500 for a kb, output or internal error.
int HttpStatusFor(const Status& status);

class ServeApi {
 public:
  explicit ServeApi(std::shared_ptr<const Engine> engine) : engine_(std::move(engine)) {}

  // POST /api/match: kMatchForm. `format` is json (skillfit.match/1), md, html or text.
  // With `with_documents` (JSON only): {"match": <the report>, "documents": {"resume":
  // {"name", "format", "text"}, "jd": {...}}}, the texts the report's line numbers count in.
  Reply Match(const Form& form, const std::string& format, bool with_documents) const;
  // POST /api/rank: kRankForm; skillfit.rank/1, each resume's row named by its file.
  Reply Rank(const Form& form) const;
  // POST /api/extract: kExtractForm; skillfit.extract/1.
  Reply Extract(const Form& form) const;
  // GET /api/kb/search?q=TERM: skillfit.kb-search/1.
  Reply KbSearch(const std::string& term) const;
  // GET /healthz: {"status": "ok", "skills": N, "questions": N}.
  Reply Health() const;

 private:
  std::shared_ptr<const Engine> engine_;
};

}  // namespace cli
}  // namespace skillfit

#endif  // SKILLFIT_CLI_SERVE_API_H_
