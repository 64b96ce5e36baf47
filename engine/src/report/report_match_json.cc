// `skillfit match --format json`: the contract in DESIGN.md (schema skillfit.match/1).
#include <nlohmann/json.hpp>

#include "report/group_text.h"
#include "report/report_common.h"
#include "report/report_education.h"
#include "report/report_plan.h"
#include "report/score_text.h"
#include "skillfit/gap_report.h"
#include "skillfit/report.h"
#include "report/json_dump.h"

namespace skillfit {

namespace {
using nlohmann::json;

json LinesJson(const Document& doc, const std::vector<Occurrence>& ms, bool jd) {
  json a = json::array();
  size_t last = 0;
  for (const Occurrence& o : ms) {
    if (o.line == last) continue;
    last = o.line;
    json l = {{"line", o.line},
              {"text", LineExcerpt(doc, o.line)},
              {"section", SectionKindName(o.section_kind)}};
    if (jd) l["level"] = RequirementLevelName(o.level);
    a.push_back(l);
  }
  return a;
}
json SkillRef(const KnowledgeBase& kb, int skill) {
  return {{"id", kb.skills()[skill].id}, {"name", kb.skills()[skill].name}};
}

// Each requirement group, scored once by its best member (`met_by`, null when none).
json GroupsJson(const MatchReportInput& in) {
  const KnowledgeBase& kb = *in.kb;
  json a = json::array();
  for (const GroupVerdict& g : in.match->groups) {
    json members = json::array();
    for (int s : g.members) members.push_back(SkillRef(kb, s));
    a.push_back({{"any_of", true},
                 {"members", members},
                 {"level", RequirementLevelName(g.level)},
                 {"weight", g.weight},
                 {"evidence", EvidenceLabelName(g.label)},
                 {"credit", g.credit},
                 {"met_by", g.met_by >= 0 ? SkillRef(kb, g.met_by) : json()},
                 {"jd_lines", LinesJson(*in.jd_doc, g.jd_places, true)}});
  }
  return a;
}

// The formula and its weights: v1's skill weights and credits (the skill parts of v2 use
// them too) and, in version 2, the parts' weights.
json FormulaJson(const MatchResult& m) {
  const MatchOptions& o = m.options;
  json f = {
      {"text", "score = 100 * sum(weight * credit) / sum(weight); weight = level weight * kind factor"},
      {"groups", kGroupScoreNote},
      {"education", kEducationScoreNote},
      {"level_weights", {{"required", o.weight_required}, {"preferred", o.weight_preferred},
                         {"responsibility", o.weight_responsibility}, {"context", 0}}},
      {"kind_factor", {{"soft", o.soft_skill_factor}, {"hard", 1}, {"certification", 1}}},
      {"credits", {{"strong", o.credit_strong}, {"weak", o.credit_weak},
                   {"related", o.credit_related}, {"missing", 0}}},
      {"recent_years", o.recent_years}};
  if (m.options.score_version == 1) return f;
  const ScoreWeightsV2& w = o.v2;
  f["skills_text"] = f["text"];
  f["text"] = ScoreV2Text(w);
  f["version"] = kScoreV2Formula;
  f["education"] = std::string(kEducationPartNote);
  f["weights"] = {{"required_skills", w.required_skills}, {"other_skills", w.other_skills},
                  {"education", w.education}, {"title", w.title}, {"years", w.years}};
  f["unknown_part"] = 0.5;
  f["core_unmet"] = w.core_unmet;
  return f;
}

// Score v2's parts, each {value (null when not asked), state}, and v1's figure beside them.
json PartsJson(const MatchResult& m, const KnowledgeBase& kb) {
  auto part = [](const ScorePart& p) {
    return json{{"value", p.state == PartState::kNotAsked ? json() : json(p.value)},
                {"state", PartStateName(p.state)}};
  };
  const ScoreParts& p = m.parts;
  json core = json::array();
  for (const CoreSkill& c : m.core) {
    core.push_back({{"id", kb.skills()[c.skill].id}, {"in_title", c.in_title}, {"must", c.must}});
  }
  return {{"core_skills", core}, {"core_unmet", p.core_unmet},
          {"required_skills", part(p.required_skills)}, {"other_skills", part(p.other_skills)},
          {"education", part(p.education)},           {"title", part(p.title)},
          {"years", part(p.years)},                   {"years_asked", p.years_asked},
          {"score_v1", Round1(m.score_v1)}};
}

}  // namespace

std::string MatchJsonReport(const MatchReportInput& in) {
  const MatchResult& m = *in.match;
  const KnowledgeBase& kb = *in.kb;
  json j;
  j["schema"] = "skillfit.match/1";
  j["resume"] = {{"file", in.resume_doc->path},
                 {"format", SourceFormatName(in.resume_doc->format)},
                 {"as_of", m.resume_as_of >= 0 ? json(MonthString(m.resume_as_of)) : json()}};
  j["jd"] = {{"file", in.jd_doc->path}, {"format", SourceFormatName(in.jd_doc->format)}};
  j["score"] = Round1(m.score);
  j["required_coverage"] = Round1(m.required_coverage);
  j["preferred_coverage"] = Round1(m.preferred_coverage);
  j["score_version"] = m.score_version;
  j["formula"] = FormulaJson(m);
  j["score_parts"] = PartsJson(m, kb);
  j["years"] = {{"asked", m.years_asked},
                {"shown", m.years_known ? nlohmann::json(Round1(m.years_shown)) : nlohmann::json()}};
  j["education"] = EducationJson(m.education, *in.jd_doc, *in.resume_doc);
  j["title"] = {{"jd_title", m.title.jd_title},
                {"jd_seniority", m.title.jd_seniority},
                {"resume_titles", m.title.titles},
                {"from_headline", m.title.from_headline},
                {"latest_seniority", m.title.latest_seniority},
                {"level_title", m.title.titles.empty() ? json() : json(m.title.titles[m.title.level_title])},
                {"level_seniority", m.title.level_seniority},
                {"seniority_by_years", m.title.seniority_by_years},
                {"held", m.title.held >= 0 ? json(m.title.titles[m.title.held]) : json()},
                {"same_field", m.title.same_field},
                {"seniority_fit", m.title.seniority_fit},
                {"in_score", m.options.score_version == 2}};
  j["skills"] = json::array();
  for (const SkillVerdict& v : m.skills) {
    const Skill& s = kb.skills()[v.skill];
    json e = {{"id", s.id}, {"name", s.name}, {"category", s.category},
              {"kind", SkillKindName(s.kind)}, {"level", RequirementLevelName(v.level)},
              {"weight", v.weight}, {"evidence", EvidenceLabelName(v.label)},
              {"credit", v.credit}, {"reason", v.reason}};
    if (v.years_asked > 0) e["years_asked"] = v.years_asked;
    if (v.years_shown > 0) e["years_shown"] = Round1(v.years_shown);
    if (!v.years_known) e["years_shown"] = nullptr;  // used only in undated roles
    if (v.last_used >= 0) e["last_used"] = MonthString(v.last_used);
    if (s.kind == SkillKind::kLanguage) {
      e["proficiency_asked"] = ProficiencyJson(v.cefr_asked, v.proficiency_asked);
      e["proficiency_held"] = ProficiencyJson(v.cefr_held, v.proficiency_held);
    }
    if (!v.advice.empty()) {
      e["advice"] = v.advice;
      e["fixable"] = v.fixable;
    }
    e["jd_lines"] = LinesJson(*in.jd_doc, v.jd_mentions, true);
    e["resume_lines"] = LinesJson(*in.resume_doc, v.resume_mentions, false);
    if (v.group >= 0) e["group"] = v.group;  // weighs 0: counted through groups[group]
    if (!v.via.empty()) {
      json via = json::array();
      for (int x : v.via) via.push_back(kb.skills()[x].id);
      e["via"] = via;
    }
    j["skills"].push_back(e);
  }
  j["groups"] = GroupsJson(in);
  j["gaps"] = json::array();
  for (const GapGroup& g : GroupGaps(m, kb)) {
    json ids = json::array();
    for (const SkillVerdict* v : g.skills) ids.push_back(kb.skills()[v->skill].id);
    json e = {{"group", g.id}, {"title", g.title}, {"fixable", g.fixable}, {"skills", ids}};
    if (!g.note.empty()) e["note"] = g.note;
    j["gaps"].push_back(e);
  }
  j["warnings"] = in.warnings != nullptr ? json(*in.warnings) : json::array();
  // The study plan, as in every other format, with each bank question's study guide.
  j["questions"] = in.plan != nullptr && in.bank != nullptr
                       ? PlanItemsJson(*in.plan, *in.bank, kb, /*guides=*/true)
                       : json::array();
  return JsonText(j, 2) + "\n";
}

}  // namespace skillfit
