// Ranker: scores many resumes against one JD, or one resume against many JDs, with the fixed
// side read once. Score() is thread-safe; callers run it on as many threads as they like.
//
//   skillfit::Ranker ranker(matcher, jd_doc, /*fixed_is_jd=*/true, options);
//   skillfit::RankRow row = ranker.Score({"cv-17", "cvs/cv-17.pdf", "", false});
//   // row.score, row.required_coverage, row.missing_required = {"Kubernetes", "Terraform"}
#ifndef SKILLFIT_RANKER_H_
#define SKILLFIT_RANKER_H_

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
  std::vector<std::string> missing_required;  // the weightiest first, at most 5
  std::vector<std::string> weak_required;     // at most 5
  // What makes the row less sure, from reading the document and its profile: "no dated roles
  // found", "the text does not read as English", invalid UTF-8 repaired... Without the
  // document's name in front, which is the row's id.
  std::vector<std::string> warnings;
};

class Ranker {
 public:
  Ranker(std::shared_ptr<const SkillMatcher> matcher, const Document& fixed, bool fixed_is_jd,
         const MatchOptions& options, const LoadLimits& limits = {});
  RankRow Score(const RankInput& input) const;
  // False when the fixed JD names no skill at all (every score would be 0).
  bool fixed_has_skills() const;

 private:
  std::shared_ptr<const SkillMatcher> matcher_;
  bool fixed_is_jd_;
  MatchOptions options_;
  LoadLimits limits_;
  JdProfile jd_;          // when fixed_is_jd_
  ResumeProfile resume_;  // otherwise
};

}  // namespace skillfit

#endif  // SKILLFIT_RANKER_H_
