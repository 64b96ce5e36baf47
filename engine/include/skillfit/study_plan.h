// The interview study plan: questions worth studying for this resume and this JD, each with
// the reason it was picked, in a fixed order (the same input always gives the same plan).
//
//   skillfit::StudyPlan plan = skillfit::BuildStudyPlan(in, {.limit = 20});
//   for (const skillfit::PlanItem& q : plan.items) ...  // group, text, reason
//
// Groups, in order: close the gaps (missing and weak required skills first), prove your
// strengths (strong skills the JD weighs most), defend your resume (questions generated from
// its quantified claims, named projects and latest role), behavioural themes the JD names.
#ifndef SKILLFIT_STUDY_PLAN_H_
#define SKILLFIT_STUDY_PLAN_H_

#include <string>
#include <vector>

#include "skillfit/document.h"
#include "skillfit/match.h"
#include "skillfit/profile.h"
#include "skillfit/question_bank.h"

namespace skillfit {

enum class PlanGroup { kCloseGaps, kProveStrengths, kDefendResume, kBehavioural };
const char* PlanGroupName(PlanGroup g);   // "close-the-gaps", ...
const char* PlanGroupTitle(PlanGroup g);  // "Close the gaps", ...

// A claim on the resume an interviewer will ask the candidate to defend.
// What a resume bullet claims, by the question an interviewer asks about it: a cost claim for
// its baseline, an availability figure for the downtime it allows, a migration for its plan
// and rollback, a share ("83% of reviews") for its whole.
enum class ClaimKind {
  kCost, kSpeed, kReliability,
  kScale,  // a volume carried: users, requests, events, records, hosts ("40,000 requests/s")
  kPeople, kQuality, kProject,
  kFunding,       // a funding round raised ("raised a $5M seed round")
  kTeamGrowth,    // a team grown ("grew the team from 3 to 12")
  kShare,         // a share of a whole ("83% of reviews", "40% of the budget")
  kAvailability,  // an availability or uptime figure ("99.99% availability")
  kMigration,     // a migration from one system to another
  kUpgrade,       // an upgrade done with zero or minimal downtime
  kEffect,        // a measured change with no subject above ("cut print error by 30%")
};
const char* ClaimKindName(ClaimKind k);

struct ResumeClaim {
  ClaimKind kind = ClaimKind::kScale;
  std::string text;   // the bullet, joined across wrapped lines
  size_t line = 0;    // first line of the bullet
  int role = -1;      // index into ResumeProfile::roles
  bool quantified = false;
  bool says_change = false;  // quantified, and says what changed: "cut ... by 30%", "from 40 to 12"
};

// Bullets with a number that measures an outcome ("cut AWS spend by 25%", "from 40 to 12
// minutes", "3x throughput") and bullets that name a project or migration ("led the Istio
// rollout"). Plain bullets without either are not claims.
std::vector<ResumeClaim> FindClaims(const Document& resume, const ResumeProfile& profile);

struct PlanItem {
  PlanGroup group = PlanGroup::kCloseGaps;
  int question = -1;       // index into the bank; -1 for a generated question
  std::string text;        // the question
  QuestionLevel level = QuestionLevel::kBasic;
  std::string reason;      // why it was picked ("required by the JD, only in your skills list")
  std::vector<int> skills; // skills it is about
  std::string theme;       // behavioural theme id, when it is about one
  size_t resume_line = 0;  // for generated questions: the resume line behind it
};

struct StudyPlan {
  std::vector<PlanItem> items;
};

struct PlanInput {
  const Document* resume_doc = nullptr;
  const ResumeProfile* resume = nullptr;
  const JdProfile* jd = nullptr;
  const MatchResult* match = nullptr;
  const KnowledgeBase* kb = nullptr;
  const QuestionBank* bank = nullptr;
  // FindClaims of the resume when the caller has found them already (the engine finds them
  // beside the resume's extraction, on its thread); null: found here.
  const std::vector<ResumeClaim>* claims = nullptr;
};

struct PlanOptions {
  int limit = 20;  // questions in all (default 20)
};

StudyPlan BuildStudyPlan(const PlanInput& in, const PlanOptions& options);

}  // namespace skillfit

#endif  // SKILLFIT_STUDY_PLAN_H_
