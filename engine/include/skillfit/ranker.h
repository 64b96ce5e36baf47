// Ranker: scores many resumes against one JD, or one resume against many JDs, with the fixed
// side read once. Score() is thread-safe; callers run it on as many threads as they like.
//
//   skillfit::Ranker ranker(matcher, jd_doc, /*fixed_is_jd=*/true, options);
//   skillfit::RankRow row = ranker.Score({"cv-17", "cvs/cv-17.pdf", "", false});
//   // row.score, row.required_coverage, row.missing_required = {"Kubernetes", "Terraform"}
#ifndef SKILLFIT_RANKER_H_
#define SKILLFIT_RANKER_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "skillfit/document.h"
#include "skillfit/match.h"
#include "skillfit/profile.h"
#include "skillfit/skill_matcher.h"

namespace skillfit {

struct RankInput {
  std::string id;    // how the row is named: the path, or the id of a streamed record
  std::string path;  // read from here when `has_text` is false
  std::string text;  // the document itself, when `has_text`
  bool has_text = false;
};

struct RankRow {
  std::string id;
  Status status;  // not ok: the input could not be read; the numbers are 0
  double score = 0;
  double required_coverage = 0;
  double preferred_coverage = 0;
  int required_count = 0;   // requirements asked at each level; 0: the coverage means nothing
  int preferred_count = 0;
  std::vector<std::string> missing_required;  // the weightiest first, at most 5
  std::vector<std::string> weak_required;     // at most 5
  // The JD's core skills the resume does not show (UnmetCoreSkills, match.h): each halves
  // the score in version 2, so a row says which.
  std::vector<std::string> core_unmet;
  // What makes the row less sure, from reading the document and its profile: "no dated roles
  // found", "the text does not read as English", invalid UTF-8 repaired, "does not read as a
  // resume" (a README in the folder), "written 2016-02 (the file's date)" for an old resume...
  // Without the document's name in front, which is the row's id.
  std::vector<std::string> warnings;
};

// Called as rows finish, one call at a time: how many are done, of how many.
using RankProgress = std::function<void(size_t done, size_t total)>;

class Ranker {
 public:
  Ranker(std::shared_ptr<const SkillMatcher> matcher, const Document& fixed, bool fixed_is_jd,
         const MatchOptions& options, const LoadLimits& limits = {});
  RankRow Score(const RankInput& input) const;
  // Scores every input on `jobs` threads (this one among them); rows in input order.
  // `progress`, when set, is called every 16 rows and at the last.
  std::vector<RankRow> ScoreAll(const std::vector<RankInput>& inputs, int jobs,
                                const RankProgress& progress = nullptr) const;
  // False when the fixed JD names no skill at all (every score would be 0).
  bool fixed_has_skills() const;
  int score_version() const { return options_.score_version; }

 private:
  std::shared_ptr<const SkillMatcher> matcher_;
  bool fixed_is_jd_;
  MatchOptions options_;
  LoadLimits limits_;
  JdProfile jd_;          // when fixed_is_jd_
  std::string jd_title_;  // its title (the title row), when fixed_is_jd_
  std::vector<CoreSkill> jd_core_;  // its core skills (CoreSkills), when fixed_is_jd_
  ResumeProfile resume_;  // otherwise
};

// Row indexes by score, best first; ties in input order; rows that failed last; at most `top`
// when top > 0.
std::vector<size_t> RankOrder(const std::vector<RankRow>& rows, long top);

// One record of `rank --stream`, line `line_no` (from 1) of the input:
// {"id": ..., "text": ...} or {"id": ..., "path": ...}. A record without an id is named
// "line N". When the line is not such a record, `error` says why ("-:3: not a JSON object")
// and the input keeps only its id.
RankInput ParseRankRecord(const std::string& line, size_t line_no, std::string* error);

}  // namespace skillfit

#endif  // SKILLFIT_RANKER_H_
