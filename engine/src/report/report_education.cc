// The education row in every match report format (report_education.h).
#include "report/report_education.h"

#include <sstream>

#include "report/report_common.h"

namespace skillfit {
namespace {
using nlohmann::json;

// The outcome as a reader says it: "meets with a related field", "not asked".
std::string OutcomeWords(EducationOutcome o) {
  std::string s = EducationOutcomeName(o);
  if (o == EducationOutcome::kMeetsRelatedField) return "meets with a related field";
  for (char& c : s) c = c == '_' ? ' ' : c;
  return s;
}

json AskJson(const DegreeAsk& a, const Document& jd) {
  json levels = json::array();
  for (DegreeLevel l : a.levels) levels.push_back(DegreeLevelName(l));
  return {{"levels", levels},
          {"fields", a.fields},
          {"related_fields_ok", a.related_ok},
          {"equivalent_experience", a.equivalent_experience},
          {"required", a.required},
          {"line", a.line},
          {"text", LineExcerpt(jd, a.line)}};
}

json DegreeJson(const Degree& d, const Document& resume) {
  return {{"level", DegreeLevelName(d.level)},
          {"as_written", d.level_text},
          {"field", d.field},
          {"institution", d.institution},
          {"in_progress", d.in_progress},
          {"line", d.line},
          {"text", LineExcerpt(resume, d.line)}};
}

// The lines behind verdict `v`, as "jd line N: ..." and "resume line M: ...".
std::vector<std::string> VerdictLines(const EducationRow& row, const EducationVerdict& v,
                                      const Document& jd, const Document& resume) {
  const DegreeAsk& a = row.asks[v.ask];
  std::vector<std::string> out = {"jd line " + std::to_string(a.line) + ": " +
                                  LineExcerpt(jd, a.line, 90)};
  if (v.degree >= 0) {
    const size_t line = row.degrees[v.degree].line;
    out.push_back("resume line " + std::to_string(line) + ": " + LineExcerpt(resume, line, 90));
  }
  return out;
}

}  // namespace

json DegreeAsksJson(const std::vector<DegreeAsk>& asks, const Document& jd) {
  json a = json::array();
  for (const DegreeAsk& x : asks) a.push_back(AskJson(x, jd));
  return a;
}

json DegreesJson(const std::vector<Degree>& degrees, const Document& resume) {
  json a = json::array();
  for (const Degree& d : degrees) a.push_back(DegreeJson(d, resume));
  return a;
}

json EducationJson(const EducationRow& row, const Document& jd, const Document& resume) {
  json e = {{"outcome", EducationOutcomeName(row.outcome)}, {"reason", row.reason}};
  const EducationVerdict* head = row.verdicts.empty() ? nullptr : &row.verdicts.front();
  e["requirement"] = head ? AskJson(row.asks[head->ask], jd) : json();
  e["degree"] = head && head->degree >= 0 ? DegreeJson(row.degrees[head->degree], resume) : json();
  e["asks"] = json::array();
  for (const EducationVerdict& v : row.verdicts) {
    json a = AskJson(row.asks[v.ask], jd);
    a["outcome"] = EducationOutcomeName(v.outcome);
    a["reason"] = v.reason;
    a["degree"] = v.degree >= 0 ? json(v.degree) : json();
    e["asks"].push_back(a);
  }
  e["degrees"] = DegreesJson(row.degrees, resume);
  return e;
}

std::string EducationText(const EducationRow& row, const Document& jd, const Document& resume) {
  std::ostringstream out;
  if (row.verdicts.empty()) {
    out << "  Education: not asked (" << row.reason << ")\n";
    return out.str();
  }
  for (const EducationVerdict& v : row.verdicts) {
    out << "  Education" << (row.asks[v.ask].required ? "" : " (preferred)") << ": "
        << OutcomeWords(v.outcome) << " - " << v.reason << "\n";
    for (const std::string& l : VerdictLines(row, v, jd, resume)) out << "           " << l << "\n";
  }
  return out.str();
}

std::string EducationMarkdown(const EducationRow& row, const Document& jd, const Document& resume) {
  std::ostringstream out;
  out << "## Education\n\n";
  if (row.verdicts.empty()) {
    out << "Not asked: " << row.reason << ".\n\n";
    return out.str();
  }
  out << "| Asked | Outcome | Why | Lines |\n|---|---|---|---|\n";
  for (const EducationVerdict& v : row.verdicts) {
    std::string lines;
    for (const std::string& l : VerdictLines(row, v, jd, resume)) {
      lines += (lines.empty() ? "" : "<br>") + l.substr(0, l.find(':'));
    }
    out << "| " << (row.asks[v.ask].required ? "required" : "preferred") << " | "
        << OutcomeWords(v.outcome) << " | " << v.reason << " | " << lines << " |\n";
  }
  out << "\n";
  return out.str();
}

std::string EducationHtml(const EducationRow& row, const Document& jd, const Document& resume) {
  std::ostringstream out;
  out << "<h2>Education</h2>\n";
  if (row.verdicts.empty()) {
    out << "<p>Not asked: " << HtmlEscape(row.reason) << ".</p>\n";
    return out.str();
  }
  out << "<table><thead><tr><th>Asked</th><th>Outcome</th><th>Why</th><th>Lines</th></tr>"
         "</thead><tbody>\n";
  for (const EducationVerdict& v : row.verdicts) {
    out << "<tr><td>" << (row.asks[v.ask].required ? "required" : "preferred") << "</td><td>"
        << HtmlEscape(OutcomeWords(v.outcome)) << "</td><td>" << HtmlEscape(v.reason) << "</td><td>";
    for (const std::string& l : VerdictLines(row, v, jd, resume)) {
      out << "<div class=\"ev\">" << HtmlEscape(l) << "</div>";
    }
    out << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
  return out.str();
}

}  // namespace skillfit
