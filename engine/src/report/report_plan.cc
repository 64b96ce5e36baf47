// `skillfit questions` reports, and the plan items shared with the match report.
#include "report/report_plan.h"

#include <sstream>

#include "skillfit/report.h"
#include "report/json_dump.h"

namespace skillfit {

nlohmann::json PlanItemsJson(const StudyPlan& plan, const QuestionBank& bank,
                             const KnowledgeBase& kb, bool guides) {
  nlohmann::json a = nlohmann::json::array();
  for (const PlanItem& it : plan.items) {
    nlohmann::json j;
    j["group"] = PlanGroupName(it.group);
    j["id"] = it.question >= 0 ? nlohmann::json(bank.questions()[it.question].id) : nlohmann::json(nullptr);
    j["generated"] = it.question < 0;
    j["text"] = it.text;
    j["level"] = QuestionLevelName(it.level);
    j["reason"] = it.reason;
    nlohmann::json skills = nlohmann::json::array();
    for (int s : it.skills) skills.push_back(kb.skills()[s].id);
    j["skills"] = skills;
    if (!it.theme.empty()) j["theme"] = it.theme;
    if (it.resume_line > 0) j["resume_line"] = it.resume_line;
    if (guides && it.question >= 0) {
      const Question& q = bank.questions()[it.question];
      j["answer"] = q.answer;
      j["explanation"] = q.explanation;
      j["exercise"] = q.exercise;
    }
    a.push_back(j);
  }
  return a;
}

std::string PlanJsonReport(const PlanReportInput& in) {
  nlohmann::json j;
  j["schema"] = "skillfit.questions/1";
  j["resume"] = in.resume_doc->path;
  j["jd"] = in.jd_doc->path;
  j["warnings"] = in.warnings != nullptr ? nlohmann::json(*in.warnings) : nlohmann::json::array();
  j["questions"] = PlanItemsJson(*in.plan, *in.bank, *in.kb, true);
  return JsonText(j, 2) + "\n";
}

std::string PlanTextReport(const PlanReportInput& in) {
  std::ostringstream out;
  out << "Interview study plan: " << in.resume_doc->path << " for " << in.jd_doc->path << "\n";
  if (in.warnings != nullptr) {
    for (const std::string& w : *in.warnings) out << "warning: " << w << "\n";
  }
  int n = 0;
  for (size_t i = 0; i < in.plan->items.size(); ++i) {
    const PlanItem& it = in.plan->items[i];
    if (OpensPlanGroup(*in.plan, i)) out << "\n== " << PlanGroupTitle(it.group) << " ==\n";
    out << "\n" << ++n << ". [" << QuestionLevelName(it.level) << "] " << it.text << "\n   why: " << it.reason << "\n";
    if (it.question >= 0) {
      const Question& q = in.bank->questions()[it.question];
      out << "   say: " << q.answer << "\n   know:\n";
      for (const std::string& e : q.explanation) out << "     - " << e << "\n";
      out << "   practise:\n";
      int k = 0;
      for (const std::string& e : q.exercise) out << "     " << ++k << ") " << e << "\n";
    }
  }
  return out.str();
}

std::string PlanMarkdownReport(const PlanReportInput& in) {
  std::ostringstream out;
  out << "# Interview study plan\n\n**Resume:** `" << in.resume_doc->path << "`  \n**Job description:** `"
      << in.jd_doc->path << "`\n";
  int n = 0;
  for (size_t i = 0; i < in.plan->items.size(); ++i) {
    const PlanItem& it = in.plan->items[i];
    if (OpensPlanGroup(*in.plan, i)) out << "\n## " << PlanGroupTitle(it.group) << "\n";
    out << "\n### " << ++n << ". " << it.text << "\n\n*" << QuestionLevelName(it.level) << "* — " << it.reason << "\n";
    if (it.question >= 0) {
      const Question& q = in.bank->questions()[it.question];
      out << "\n**Say:** " << q.answer << "\n\n**Know:**\n\n";
      for (const std::string& e : q.explanation) out << "- " << e << "\n";
      out << "\n**Practise:**\n\n";
      int k = 0;
      for (const std::string& e : q.exercise) out << ++k << ". " << e << "\n";
    }
  }
  return out.str();
}

}  // namespace skillfit
