// Internal: the study plan as JSON, shared by the questions and match reports.
#ifndef SKILLFIT_REPORT_PLAN_H_
#define SKILLFIT_REPORT_PLAN_H_

#include <nlohmann/json.hpp>

#include "skillfit/knowledge_base.h"
#include "skillfit/question_bank.h"
#include "skillfit/study_plan.h"

namespace skillfit {

// [{"group", "id" (bank questions), "text", "level", "reason", "skills", "theme",
//   "resume_line", and with `guides` "answer", "explanation", "exercise"}]
nlohmann::json PlanItemsJson(const StudyPlan& plan, const QuestionBank& bank,
                             const KnowledgeBase& kb, bool guides);

// True when item `i` of the plan starts a group (the first item, or a new group): where a
// report writes the group's heading.
inline bool OpensPlanGroup(const StudyPlan& plan, size_t i) {
  return i == 0 || plan.items[i].group != plan.items[i - 1].group;
}

}  // namespace skillfit

#endif  // SKILLFIT_REPORT_PLAN_H_
