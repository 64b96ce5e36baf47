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

}  // namespace skillfit

#endif  // SKILLFIT_REPORT_PLAN_H_
