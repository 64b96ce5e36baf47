// `skillfit match --format html`: one self-contained page (no network), printable, with
// inline SVG charts of coverage by level and by category, and each skill's evidence in context.
#include <cstdio>
#include <map>
#include <sstream>

#include "report/group_text.h"
#include "report/report_common.h"
#include "report/score_text.h"
#include "report/report_education.h"
#include "report/report_plan.h"
#include "skillfit/gap_report.h"
#include "skillfit/report.h"

namespace skillfit {
namespace {

const char* LabelClass(EvidenceLabel l) { return EvidenceLabelName(l); }

// The line of a mention with the mention itself marked.
std::string InContext(const Document& doc, const Occurrence& o) {
  const size_t line_begin = doc.line_starts[o.line - 1];
  const std::string_view line = doc.Line(o.line);
  const size_t b = o.mention.begin - line_begin;
  const size_t e = std::min(line.size(), o.mention.end - line_begin);
  if (b > line.size()) return HtmlEscape(line);
  return HtmlEscape(line.substr(0, b)) + "<mark>" + HtmlEscape(line.substr(b, e - b)) + "</mark>" +
         HtmlEscape(line.substr(e));
}

// Horizontal bars: label, value 0..100, count.
std::string BarChart(const std::vector<std::tuple<std::string, double, int>>& rows, const char* title) {
  const int row_h = 26, label_w = 300, bar_w = 340;
  const int h = static_cast<int>(rows.size()) * row_h + 34;
  std::ostringstream s;
  s << "<svg role=\"img\" aria-label=\"" << title << "\" viewBox=\"0 0 " << (label_w + bar_w + 70)
    << " " << h << "\" width=\"100%\" style=\"max-width:680px\">\n<text x=\"0\" y=\"16\" class=\"ct\">"
    << title << "</text>\n";
  int y = 30;
  for (const auto& [label, value, count] : rows) {
    const int w = static_cast<int>(bar_w * value / 100.0 + 0.5);
    s << "<text x=\"" << (label_w - 8) << "\" y=\"" << (y + 15) << "\" text-anchor=\"end\" class=\"cl\">"
      << HtmlEscape(label) << " (" << count << ")</text>"
      << "<rect x=\"" << label_w << "\" y=\"" << (y + 3) << "\" width=\"" << bar_w
      << "\" height=\"16\" class=\"bg\"/><rect x=\"" << label_w << "\" y=\"" << (y + 3)
      << "\" width=\"" << w << "\" height=\"16\" class=\"fg\"/>"
      << "<text x=\"" << (label_w + bar_w + 8) << "\" y=\"" << (y + 15) << "\" class=\"cl\">"
      << Fixed(value) << "%</text>\n";
    y += row_h;
  }
  s << "</svg>\n";
  return s.str();
}

// The page up to the report: the document head with its style sheet, and the body's start.
const char kPageHead[] = R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>skillfit match report</title>
<style>
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;max-width:1000px;margin:24px auto;padding:0 16px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:1px solid #dde2ea;padding-bottom:4px}
h3{font-size:16px;margin:16px 0 6px}.meta{color:#5b6475;font-size:13px}
.warnings{background:#fff6e0;border:1px solid #e8c46a;border-radius:8px;padding:8px 14px;margin:12px 0}
.warnings ul{margin:4px 0 0;padding-left:20px}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:16px 0}.card{border:1px solid #dde2ea;border-radius:8px;padding:10px 16px;min-width:150px}
.card b{display:block;font-size:28px}.card span{color:#5b6475;font-size:13px}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #eef1f5;vertical-align:top}
th{background:#f5f7fa}.lbl{font-weight:600;border-radius:4px;padding:1px 6px;font-size:12px;white-space:nowrap}
.strong{background:#dcf5e3;color:#14612e}.weak{background:#fff1cc;color:#7a5500}.related{background:#dcf0fa;color:#0c5a7a}.missing{background:#fde0e0;color:#8a1c1c}
.ev{color:#3b4252;font-size:13px;margin:2px 0}.ev small{color:#7a8394}mark{background:#fff59d;padding:0 1px}
.ct{font-weight:600;font-size:14px}.cl{font-size:12px;fill:#3b4252}.bg{fill:#eef1f5}.fg{fill:#3f7fd6}
.fix{color:#14612e}.learn{color:#8a1c1c}footer{margin-top:32px;color:#5b6475;font-size:12px}
@media print{body{margin:0;max-width:none}.card{break-inside:avoid}tr{break-inside:avoid}}
</style></head><body>
)";

// The title, the two documents' paths, and a card for the score and each coverage figure
// (and the years, when the JD asks for some).
void WriteSummary(const MatchReportInput& in, std::ostream* out) {
  const MatchResult& m = *in.match;
  const std::string title = JdTitle(*in.jd_doc);
  *out << "<h1>Match report" << (title.empty() ? "" : ": " + HtmlEscape(title))
       << "</h1>\n<div class=\"meta\">Resume: <code>" << HtmlEscape(FileName(*in.resume_doc))
       << "</code> &middot; Job description: <code>" << HtmlEscape(FileName(*in.jd_doc))
       << "</code></div>\n";
  if (in.warnings != nullptr && !in.warnings->empty()) {
    *out << "<div class=\"warnings\" role=\"alert\"><b>Read with care</b><ul>";
    for (const std::string& w : *in.warnings) *out << "<li>" << HtmlEscape(w) << "</li>";
    *out << "</ul></div>\n";
  }
  *out << "<div class=\"cards\"><div class=\"card\"><b>" << Fixed(m.score)
       << "</b><span>score out of 100</span></div><div class=\"card\"><b>"
       << CoverageText(m.required_coverage, m.required_count) << "</b><span>required coverage ("
       << m.required_count << ")</span></div><div class=\"card\"><b>"
       << CoverageText(m.preferred_coverage, m.preferred_count)
       << "</b><span>preferred coverage (" << m.preferred_count << ")</span></div>";
  if (m.years_asked > 0) {
    *out << "<div class=\"card\"><b>" << (m.years_known ? Fixed(m.years_shown, 1) : "unknown")
         << " / " << Fixed(m.years_asked)
         << "</b><span>years shown / asked</span></div>";
  }
  *out << "</div>\n";
  if (const std::string as_of = AsOfText(m, *in.resume_doc); !as_of.empty()) {
    *out << "<p class=\"as-of\">" << HtmlEscape(as_of) << "</p>\n";
  }
  *out << "<p class=\"title-row\">" << HtmlEscape(TitleRowText(m)) << "</p>\n";
  if (const std::string core = UnmetCoreText(m, *in.kb); !core.empty()) {
    *out << "<p class=\"core-unmet\">" << HtmlEscape(core) << "</p>\n";
  }
}

// Charts: the mean credit of the skills asked (context skills aside) by requirement level and
// by category.
void WriteCoverageCharts(const MatchResult& m, const KnowledgeBase& kb, std::ostream* out) {
  std::map<RequirementLevel, std::pair<double, int>> by_level;
  std::map<std::string, std::pair<double, int>> by_category;
  for (const SkillVerdict& v : m.skills) {
    if (v.level == RequirementLevel::kContext || !StandsForRequirement(m, v)) continue;
    by_level[v.level].first += v.credit;
    by_level[v.level].second += 1;
    const Category* c = kb.FindCategory(kb.skills()[v.skill].category);
    auto& cat = by_category[c ? c->name : kb.skills()[v.skill].category];
    cat.first += v.credit;
    cat.second += 1;
  }
  std::vector<std::tuple<std::string, double, int>> level_rows, cat_rows;
  for (const auto& [l, p] : by_level) level_rows.emplace_back(RequirementLevelName(l), 100.0 * p.first / p.second, p.second);
  for (const auto& [c, p] : by_category) cat_rows.emplace_back(c, 100.0 * p.first / p.second, p.second);
  *out << "<h2>Coverage</h2>\n"
       << BarChart(level_rows, "Coverage by requirement level")
       << BarChart(cat_rows, "Coverage by category");
}

// Requirement groups: each with the member that met it.
void WriteGroups(const MatchResult& m, const KnowledgeBase& kb, std::ostream* out) {
  bool header = false;
  for (const GroupVerdict& g : m.groups) {
    if (g.level == RequirementLevel::kContext) continue;
    if (!header) *out << "<h2>Requirement groups <small>any one member meets each</small></h2>\n<ul>\n";
    header = true;
    *out << "<li>" << RequirementLevelName(g.level) << " <span class=\"lbl " << LabelClass(g.label)
         << "\">" << EvidenceLabelName(g.label) << "</span> " << HtmlEscape(GroupVerdictText(kb, g))
         << "</li>\n";
  }
  if (header) *out << "</ul>\n";
}

// Gaps: "What to do", a list per gap group with each skill's advice (or reason).
void WriteGaps(const MatchResult& m, const KnowledgeBase& kb, std::ostream* out) {
  const std::vector<GapGroup> groups = GroupGaps(m, kb);
  if (!groups.empty()) *out << "<h2>What to do</h2>\n";
  for (const GapGroup& g : groups) {
    *out << "<h3>" << HtmlEscape(g.title) << " <small class=\""
         << (g.fixable ? "fix\">fix by rewriting" : "learn\">learning gap")
         << "</small></h3>\n<ul>\n";
    if (!g.note.empty()) *out << "<li>" << HtmlEscape(g.note) << "</li>\n";
    for (const SkillVerdict* v : g.skills) {
      *out << "<li><b>" << HtmlEscape(kb.skills()[v->skill].name)
           << "</b>: " << HtmlEscape(v->advice.empty() ? v->reason : v->advice) << "</li>\n";
    }
    *out << "</ul>\n";
  }
}

// The lines behind a verdict, each with its mention marked: the JD's lines (all but the second
// mention that is on a new line: `n++ == 1`), then the resume's first three lines.
void WriteEvidence(const SkillVerdict& v, const MatchReportInput& in, std::ostream* out) {
  size_t last = 0;
  int n = 0;
  for (const Occurrence& o : v.jd_mentions) {
    if (o.line == last || n++ == 1) continue;
    last = o.line;
    *out << "<div class=\"ev\"><small>JD line " << o.line << ":</small> "
         << InContext(*in.jd_doc, o) << "</div>";
  }
  last = 0;
  n = 0;
  for (const Occurrence& o : v.resume_mentions) {
    if (o.line == last) continue;
    last = o.line;
    if (n++ == 3) break;
    *out << "<div class=\"ev\"><small>resume line " << o.line << ":</small> "
         << InContext(*in.resume_doc, o) << "</div>";
  }
}

// Every skill with its evidence: a table row per skill the JD asks for (context skills aside).
void WriteSkillTable(const MatchReportInput& in, std::ostream* out) {
  const KnowledgeBase& kb = *in.kb;
  *out << "<h2>Every skill the JD asks for</h2>\n"
          "<table><thead><tr><th>Skill</th><th>Level</th><th>Evidence</th>"
          "<th>Why, and the lines behind it</th></tr></thead><tbody>\n";
  for (const SkillVerdict& v : in.match->skills) {
    if (v.level == RequirementLevel::kContext) continue;
    *out << "<tr><td>" << HtmlEscape(kb.skills()[v.skill].name) << "</td><td>"
         << RequirementLevelName(v.level)
         << (v.years_asked > 0 ? ", " + Fixed(v.years_asked) + "+ yrs" : "")
         << "</td><td><span class=\"lbl " << LabelClass(v.label) << "\">"
         << EvidenceLabelName(v.label) << "</span></td><td>" << HtmlEscape(v.reason);
    WriteEvidence(v, in, out);
    *out << "</td></tr>\n";
  }
  *out << "</tbody></table>\n";
}

// A bank question's study guide, folded: the answer, the explanation, the exercise.
void WriteStudyGuide(const Question& q, std::ostream* out) {
  *out << "<details><summary>Study guide</summary><p>" << HtmlEscape(q.answer) << "</p><ul>";
  for (const std::string& e : q.explanation) *out << "<li>" << HtmlEscape(e) << "</li>";
  *out << "</ul><ol>";
  for (const std::string& e : q.exercise) *out << "<li>" << HtmlEscape(e) << "</li>";
  *out << "</ol></details>";
}

// The interview study plan: a numbered list per group; `plan` has items.
void WritePlan(const StudyPlan& plan, const QuestionBank& bank, std::ostream* out) {
  *out << "<h2>Interview study plan</h2>\n";
  for (size_t i = 0; i < plan.items.size(); ++i) {
    const PlanItem& it = plan.items[i];
    if (OpensPlanGroup(plan, i)) {
      if (i > 0) *out << "</ol>\n";
      *out << "<h3>" << PlanGroupTitle(it.group) << "</h3>\n<ol>\n";
    }
    *out << "<li><b>" << HtmlEscape(it.text) << "</b> <small>(" << QuestionLevelName(it.level)
         << ")</small>"
         << "<div class=\"ev\">" << HtmlEscape(it.reason) << "</div>";
    if (it.question >= 0) WriteStudyGuide(bank.questions()[it.question], out);
    *out << "</li>\n";
  }
  *out << "</ol>\n";
}

}  // namespace

std::string MatchHtmlReport(const MatchReportInput& in) {
  const MatchResult& m = *in.match;
  std::ostringstream out;
  out << kPageHead;
  WriteSummary(in, &out);
  WriteCoverageCharts(m, *in.kb, &out);
  WriteGroups(m, *in.kb, &out);
  WriteGaps(m, *in.kb, &out);
  out << EducationHtml(m.education, *in.jd_doc, *in.resume_doc);
  WriteSkillTable(in, &out);
  if (in.plan && in.bank && !in.plan->items.empty()) WritePlan(*in.plan, *in.bank, &out);
  out << "<footer>Score v" << m.score_version << ": " << HtmlEscape(ScoreV2Lead(m))
      << "100 &times; &Sigma;(weight &times; credit) / &Sigma;(weight). Weights: required 3, preferred 1.5, "
         "responsibility 1; soft skills count half. Credit: strong 1, weak 0.5, related 0.25, missing 0. "
      << HtmlEscape(kGroupScoreNote) << " " << HtmlEscape(EducationNote(m))
      << " Made by skillfit, locally; nothing was uploaded.</footer>\n</body></html>\n";
  return out.str();
}

}  // namespace skillfit
