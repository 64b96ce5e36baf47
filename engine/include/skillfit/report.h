// Reports: profiles and matches rendered as text, JSON, Markdown or HTML strings.
//
//   std::string json = skillfit::ExtractJsonReport(doc, kb, jd_profile, /*guessed=*/false);
//   std::cout << json;   // the CLI prints or writes it; the engine never does
//
// JSON follows the contract in DESIGN.md: "schema": "skillfit.<command>/<version>".
#ifndef SKILLFIT_REPORT_H_
#define SKILLFIT_REPORT_H_

#include <string>
#include <vector>

#include "skillfit/document.h"
#include "skillfit/knowledge_base.h"
#include "skillfit/match.h"
#include "skillfit/profile.h"
#include "skillfit/question_bank.h"
#include "skillfit/ranker.h"
#include "skillfit/study_plan.h"

namespace skillfit {

struct ExtractReportInput {
  const Document* doc = nullptr;
  const KnowledgeBase* kb = nullptr;
  DocKind kind = DocKind::kResume;
  bool kind_guessed = false;
  const JdProfile* jd = nullptr;          // when kind == kJd
  const ResumeProfile* resume = nullptr;  // when kind == kResume
};

std::string ExtractJsonReport(const ExtractReportInput& in);
std::string ExtractTextReport(const ExtractReportInput& in);

struct MatchReportInput {
  const Document* resume_doc = nullptr;
  const Document* jd_doc = nullptr;
  const KnowledgeBase* kb = nullptr;
  const MatchResult* match = nullptr;
  bool color = false;  // ANSI colour in the text report
  const StudyPlan* plan = nullptr;      // the interview plan, when one was built
  const QuestionBank* bank = nullptr;
  // What makes the result less sure (no dated roles, skipped pages, not English, repaired
  // encoding), shown in every format: JSON "warnings", a banner in HTML and Markdown, lines in
  // text. Null: none.
  const std::vector<std::string>* warnings = nullptr;
};

std::string MatchJsonReport(const MatchReportInput& in);      // skillfit.match/1
std::string MatchTextReport(const MatchReportInput& in);
std::string MatchMarkdownReport(const MatchReportInput& in);
std::string MatchHtmlReport(const MatchReportInput& in);      // one self-contained file

// `skillfit questions`: the plan with each bank question's study guide.
struct PlanReportInput {
  const StudyPlan* plan = nullptr;
  const QuestionBank* bank = nullptr;
  const KnowledgeBase* kb = nullptr;
  const Document* resume_doc = nullptr;
  const Document* jd_doc = nullptr;
  const std::vector<std::string>* warnings = nullptr;  // as in MatchReportInput
};
std::string PlanTextReport(const PlanReportInput& in);
std::string PlanJsonReport(const PlanReportInput& in);      // skillfit.questions/1
std::string PlanMarkdownReport(const PlanReportInput& in);

// `skillfit rank`: rows in `order` (RankOrder), each failed row with its error.
struct RankReportInput {
  const std::vector<RankRow>* rows = nullptr;
  const std::vector<size_t>* order = nullptr;
  bool fixed_is_jd = true;
  std::string fixed_path;  // the JD (or resume) every row was scored against
  int score_version = 2;   // the rows' (Ranker::score_version)
};
std::string RankTextReport(const RankReportInput& in);
std::string RankJsonReport(const RankReportInput& in);       // skillfit.rank/1
std::string RankJsonLinesReport(const RankReportInput& in);  // one JSON object a row
std::string RankCsvReport(const RankReportInput& in);        // a header, then a row a line
// One row as a JSON line without its rank, for `rank --stream`.
std::string RankRowJsonLine(const RankRow& row);

// "2024-03" for a MonthIndex.
std::string MonthString(int month_index);

}  // namespace skillfit

#endif  // SKILLFIT_REPORT_H_
