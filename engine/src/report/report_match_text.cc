// `skillfit match` as a terminal report and as Markdown.
#include <cstdio>
#include <sstream>

#include "report/group_text.h"
#include "report/report_common.h"
#include "report/verdict_text.h"
#include "report/score_text.h"
#include "report/report_education.h"
#include "report/report_plan.h"
#include "skillfit/gap_report.h"
#include "skillfit/report.h"

namespace skillfit {
namespace {

struct Style {
  bool color;
  std::string Paint(const char* code, const std::string& s) const {
    return color ? std::string("\x1b[") + code + "m" + s + "\x1b[0m" : s;
  }
};

const char* LabelColor(EvidenceLabel l) {
  switch (l) {
    case EvidenceLabel::kStrong: return "32";
    case EvidenceLabel::kWeak: return "33";
    case EvidenceLabel::kRelated: return "36";
    case EvidenceLabel::kMissing: return "31";
  }
  return "0";
}

std::string Pad(std::string s, size_t n) {
  // Pads by bytes; names are mostly ASCII.
  if (s.size() < n) s += std::string(n - s.size(), ' ');
  return s;
}

}  // namespace

std::string MatchTextReport(const MatchReportInput& in) {
  const MatchResult& m = *in.match;
  const KnowledgeBase& kb = *in.kb;
  const Style st{in.color};
  std::ostringstream out;
  const std::string title = JdTitle(*in.jd_doc);
  out << st.Paint("1", "skillfit match") << ": " << FileName(*in.resume_doc) << " against "
      << FileName(*in.jd_doc) << (title.empty() ? "" : " (" + title + ")") << "\n\n";
  if (in.warnings != nullptr && !in.warnings->empty()) {
    for (const std::string& w : *in.warnings) out << "  " << st.Paint("33", "warning: " + w) << "\n";
    out << "\n";
  }
  out << "  Score " << st.Paint("1", Fixed(m.score) + "/100") << "   required coverage "
      << CoverageText(m.required_coverage, m.required_count) << " (" << m.required_count
      << " skills)   preferred coverage " << CoverageText(m.preferred_coverage, m.preferred_count)
      << " (" << m.preferred_count << ")\n";
  if (m.years_asked > 0) {
    out << "  Years: the JD asks " << Fixed(m.years_asked) << ", your dated roles span "
        << YearsShownText(m) << "\n";
  }
  if (const std::string as_of = AsOfText(m, *in.resume_doc); !as_of.empty()) {
    out << "  " << as_of << "\n";
  }
  out << EducationText(m.education, *in.jd_doc, *in.resume_doc);
  out << "  " << TitleRowText(m) << "\n";
  if (const std::string core = UnmetCoreText(m, kb); !core.empty()) out << "  " << core << "\n";
  RequirementLevel current = RequirementLevel::kContext;
  bool first = true;
  for (const SkillVerdict& v : m.skills) {
    if (v.level == RequirementLevel::kContext) continue;
    if (first || v.level != current) {
      current = v.level;
      first = false;
      out << "\n" << st.Paint("1", std::string(RequirementLevelName(current))) << "\n";
    }
    const std::string label = Pad(EvidenceLabelName(v.label), 8);
    out << "  " << st.Paint(LabelColor(v.label), label) << " " << Pad(kb.skills()[v.skill].name + " ", 28)
        << v.reason << "\n";
    size_t shown = 0;
    size_t last = 0;
    for (const Occurrence& o : v.resume_mentions) {
      if (o.line == last) continue;
      last = o.line;
      if (shown++ == 2) break;
      out << "           " << st.Paint("2", "resume line " + std::to_string(o.line) + ": " +
                                             LineExcerpt(*in.resume_doc, o.line, 90))
          << "\n";
    }
  }
  bool groups_header = false;
  for (const GroupVerdict& g : m.groups) {
    if (g.level == RequirementLevel::kContext) continue;
    if (!groups_header) out << "\n" << st.Paint("1", "Requirement groups (any one member meets each)") << "\n";
    groups_header = true;
    out << "  " << st.Paint(LabelColor(g.label), Pad(EvidenceLabelName(g.label), 8)) << " "
        << RequirementLevelName(g.level) << ": " << GroupVerdictText(kb, g) << "\n";
  }
  const std::vector<GapGroup> groups = GroupGaps(m, kb);
  if (!groups.empty()) out << "\n" << st.Paint("1", "What to do") << "\n";
  for (const GapGroup& g : groups) {
    out << "\n  " << st.Paint("1", g.title) << (g.fixable ? "  (fix by rewriting)" : "  (learning gap)")
        << "\n";
    if (!g.note.empty()) out << "    - " << g.note << "\n";
    for (const SkillVerdict* v : g.skills) {
      out << "    - " << kb.skills()[v->skill].name << ": " << (v->advice.empty() ? v->reason : v->advice)
          << "\n";
    }
  }
  if (in.plan && !in.plan->items.empty()) {
    out << "\n" << st.Paint("1", "Interview study plan") << "  (skillfit questions shows the study guides)\n";
    int n = 0;
    for (size_t i = 0; i < in.plan->items.size(); ++i) {
      const PlanItem& it = in.plan->items[i];
      if (OpensPlanGroup(*in.plan, i)) out << "\n  " << st.Paint("1", PlanGroupTitle(it.group)) << "\n";
      out << "  " << ++n << ". " << it.text << "\n     " << st.Paint("2", std::string("why: ") + it.reason) << "\n";
    }
  }
  out << "\nScore v" << m.score_version << ": " << ScoreV2Lead(m)
      << "100 x sum(weight x credit) / sum(weight); weights required 3, preferred 1.5, "
         "responsibility 1 (soft skills half); credit strong 1, weak 0.5, related 0.25. "
      << kGroupScoreNote << " " << EducationNote(m) << "\n";
  return out.str();
}

std::string MatchMarkdownReport(const MatchReportInput& in) {
  const MatchResult& m = *in.match;
  const KnowledgeBase& kb = *in.kb;
  std::ostringstream out;
  const std::string title = JdTitle(*in.jd_doc);
  out << "# Match report\n\n**Resume:** `" << FileName(*in.resume_doc) << "`  \n**Job description:** "
      << (title.empty() ? "" : title + " ") << "`" << FileName(*in.jd_doc) << "`\n\n";
  if (in.warnings != nullptr && !in.warnings->empty()) {
    for (const std::string& w : *in.warnings) out << "> **Warning:** " << w << "\n>\n";
    out << "\n";
  }
  out << "| Score | Required coverage | Preferred coverage |\n|---:|---:|---:|\n| **"
      << Fixed(m.score) << "**/100 | " << CoverageText(m.required_coverage, m.required_count)
      << " of " << m.required_count << " | " << CoverageText(m.preferred_coverage, m.preferred_count)
      << " of " << m.preferred_count << " |\n\n";
  if (m.years_asked > 0) {
    out << "The JD asks " << YearCount(m.years_asked) << " of experience; the resume's dated roles span "
        << YearsShownText(m) << ".\n\n";
  }
  if (const std::string as_of = AsOfText(m, *in.resume_doc); !as_of.empty()) {
    out << as_of << "\n\n";
  }
  out << EducationMarkdown(m.education, *in.jd_doc, *in.resume_doc);
  out << TitleRowText(m) << ".\n\n";
  if (const std::string core = UnmetCoreText(m, kb); !core.empty()) out << core << ".\n\n";
  out << "## Skills the JD asks for\n\n| Level | Skill | Evidence | Why | Resume lines |\n|---|---|---|---|---|\n";
  for (const SkillVerdict& v : m.skills) {
    if (v.level == RequirementLevel::kContext) continue;
    std::string lines;
    size_t last = 0;
    int n = 0;
    for (const Occurrence& o : v.resume_mentions) {
      if (o.line == last) continue;
      last = o.line;
      if (n++ == 4) break;
      lines += (lines.empty() ? "" : ", ") + std::to_string(o.line);
    }
    out << "| " << RequirementLevelName(v.level) << " | " << kb.skills()[v.skill].name << " | "
        << EvidenceLabelName(v.label) << " | " << v.reason << " | " << lines << " |\n";
  }
  bool groups_header = false;
  for (const GroupVerdict& g : m.groups) {
    if (g.level == RequirementLevel::kContext) continue;
    if (!groups_header) out << "\n## Requirement groups (any one member meets each)\n\n";
    groups_header = true;
    out << "- " << RequirementLevelName(g.level) << ", **" << EvidenceLabelName(g.label)
        << "**: " << GroupVerdictText(kb, g) << "\n";
  }
  const std::vector<GapGroup> groups = GroupGaps(m, kb);
  if (!groups.empty()) out << "\n## What to do\n";
  for (const GapGroup& g : groups) {
    out << "\n### " << g.title << (g.fixable ? " — fix by rewriting" : " — learning gap") << "\n\n";
    if (!g.note.empty()) out << "- " << g.note << "\n";
    for (const SkillVerdict* v : g.skills) {
      out << "- **" << kb.skills()[v->skill].name << "**: " << (v->advice.empty() ? v->reason : v->advice)
          << "\n";
    }
  }
  if (in.plan && !in.plan->items.empty()) {
    out << "\n## Interview study plan\n";
    for (size_t i = 0; i < in.plan->items.size(); ++i) {
      const PlanItem& it = in.plan->items[i];
      if (OpensPlanGroup(*in.plan, i)) out << "\n### " << PlanGroupTitle(it.group) << "\n\n";
      out << "- " << it.text << " *(" << QuestionLevelName(it.level) << "; " << it.reason << ")*\n";
    }
  }
  out << "\n---\nScore v" << m.score_version << ": " << ScoreV2Lead(m)
      << "100 × Σ(weight × credit) / Σ(weight). Weights: required 3, preferred 1.5, "
         "responsibility 1; soft skills count half. Credit: strong 1, weak 0.5, related 0.25, "
         "missing 0. "
      << kGroupScoreNote << " " << EducationNote(m) << "\n";
  return out.str();
}

}  // namespace skillfit
