// `skillfit extract` reports: JSON (skillfit.extract/1) and readable text.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <sstream>

#include "skillfit/report.h"
#include "report/group_text.h"
#include "report/json_dump.h"
#include "report/report_education.h"

namespace skillfit {

std::string MonthString(int m) {
  if (m < 0) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", m / 12, m % 12 + 1);
  return buf;
}

namespace {

using nlohmann::json;

json MentionJson(const Document& doc, const Occurrence& o, bool with_level) {
  json j;
  const size_t b = o.mention.begin, e = o.mention.end;
  j["start"] = doc.has_source_offsets() ? doc.SourceOffset(b) : b;
  j["end"] = doc.has_source_offsets() ? doc.SourceOffset(e - 1) + 1 : e;
  j["line"] = o.line;
  j["text"] = doc.text.substr(b, e - b);
  j["section"] = SectionKindName(o.section_kind);
  if (with_level) j["level"] = RequirementLevelName(o.level);
  if (o.mention.guarded) j["guarded"] = true;
  if (o.group >= 0) j["group"] = o.group;
  if (o.cefr > 0 || !o.proficiency.empty()) j["proficiency"] = ProficiencyJson(o.cefr, o.proficiency);
  return j;
}

json SkillHead(const KnowledgeBase& kb, int skill) {
  const Skill& s = kb.skills()[skill];
  return json{{"id", s.id}, {"name", s.name}, {"category", s.category},
              {"kind", SkillKindName(s.kind)}};
}

json IdList(const KnowledgeBase& kb, const std::vector<int>& skills) {
  json a = json::array();
  for (int i : skills) a.push_back(kb.skills()[i].id);
  return a;
}

json SectionsJson(const Document& doc, const std::vector<Section>& sections) {
  json a = json::array();
  for (const Section& s : sections) {
    a.push_back({{"kind", SectionKindName(s.kind)},
                 {"heading", s.heading},
                 {"line", doc.LineOf(s.heading_begin)}});
  }
  return a;
}

// The JD's requirement groups: each met by any one member, at its level.
json GroupsJson(const Document& doc, const KnowledgeBase& kb,
                const std::vector<RequirementGroup>& groups) {
  json a = json::array();
  for (const RequirementGroup& g : groups) {
    json members = json::array();
    for (int m : g.members) members.push_back({{"id", kb.skills()[m].id}, {"name", kb.skills()[m].name}});
    json places = json::array();
    for (const Occurrence& o : g.places) places.push_back(MentionJson(doc, o, true));
    a.push_back({{"any_of", true},
                 {"level", RequirementLevelName(g.level)},
                 {"members", members},
                 {"mentions", places}});
  }
  return a;
}

}  // namespace

std::string ExtractJsonReport(const ExtractReportInput& in) {
  const Document& doc = *in.doc;
  const KnowledgeBase& kb = *in.kb;
  json j;
  j["schema"] = "skillfit.extract/1";
  j["file"] = doc.path;
  j["format"] = SourceFormatName(doc.format);
  j["as"] = DocKindName(in.kind);
  j["as_guessed"] = in.kind_guessed;
  j["offsets"] = doc.has_source_offsets() ? "file" : "text";
  j["skills"] = json::array();
  if (in.kind == DocKind::kJd) {
    const JdProfile& p = *in.jd;
    j["sections"] = SectionsJson(doc, p.sections);
    if (p.years_overall > 0) j["years_overall"] = p.years_overall;
    j["themes"] = p.themes;
    j["degree_asks"] = DegreeAsksJson(p.degree_asks, doc);
    for (const JdSkill& s : p.skills) {
      json e = SkillHead(kb, s.skill);
      e["level"] = RequirementLevelName(s.level);
      if (s.years > 0) e["years"] = s.years;
      if (kb.skills()[s.skill].kind == SkillKind::kLanguage) {
        e["proficiency"] = ProficiencyJson(s.cefr, s.proficiency);  // the level asked
      }
      e["mentions"] = json::array();
      for (const Occurrence& o : s.mentions) e["mentions"].push_back(MentionJson(doc, o, true));
      if (!s.implied_by.empty()) e["implied_by"] = IdList(kb, s.implied_by);
      j["skills"].push_back(e);
    }
    j["groups"] = GroupsJson(doc, kb, p.groups);
    j["warnings"] = p.warnings;
  } else {
    const ResumeProfile& p = *in.resume;
    j["sections"] = SectionsJson(doc, p.sections);
    j["roles"] = json::array();
    for (const Role& r : p.roles) {
      j["roles"].push_back({{"header", r.header},
                            {"title", r.title},
                            {"company", r.company},
                            {"project", r.project},
                            {"career_break", r.career_break},
                            {"line", r.header_line},
                            {"start", r.start >= 0 ? json(MonthString(r.start)) : json(nullptr)},
                            {"end", r.current ? json("present")
                                    : r.finish >= 0 ? json(MonthString(r.finish)) : json(nullptr)}});
    }
    j["total_years"] = p.total_years;
    j["as_of"] = p.as_of >= 0 ? json(MonthString(p.as_of)) : json(nullptr);
    j["headline_title"] = p.headline_title.empty() ? json(nullptr) : json(p.headline_title);
    j["degrees"] = DegreesJson(p.degrees, doc);
    for (const ResumeSkill& s : p.skills) {
      json e = SkillHead(kb, s.skill);
      e["level"] = "evidence";
      e["used"] = s.in_experience;
      e["roles"] = s.roles;
      e["years"] = s.years_known ? json(s.years) : json(nullptr);  // null: undated roles only
      e["last_used"] = s.last_used >= 0 ? json(MonthString(s.last_used)) : json(nullptr);
      if (kb.skills()[s.skill].kind == SkillKind::kLanguage) {
        e["proficiency"] = ProficiencyJson(s.cefr, s.proficiency);  // the level held
      }
      e["mentions"] = json::array();
      for (const Occurrence& o : s.mentions) e["mentions"].push_back(MentionJson(doc, o, false));
      if (!s.implied_by.empty()) e["implied_by"] = IdList(kb, s.implied_by);
      j["skills"].push_back(e);
    }
    j["warnings"] = p.warnings;
  }
  return JsonText(j, 2) + "\n";
}

std::string ExtractTextReport(const ExtractReportInput& in) {
  const Document& doc = *in.doc;
  const KnowledgeBase& kb = *in.kb;
  std::ostringstream out;
  out << doc.path << ": read as " << (in.kind == DocKind::kJd ? "a job description" : "a resume")
      << (in.kind_guessed ? " (guessed; use --as jd|resume to say)" : "") << "\n\nSections\n";
  const std::vector<Section>& sections = in.kind == DocKind::kJd ? in.jd->sections : in.resume->sections;
  for (const Section& s : sections) {
    out << "  line " << doc.LineOf(s.heading_begin) << "\t" << SectionKindName(s.kind);
    if (!s.heading.empty()) out << "\t\"" << s.heading << "\"";
    out << "\n";
  }
  auto lines = [&](const std::vector<Occurrence>& ms) {
    std::string s;
    size_t last = 0;
    int shown = 0;
    for (const Occurrence& o : ms) {
      if (o.line == last) continue;
      last = o.line;
      if (shown++ == 6) {
        s += ", ...";
        break;
      }
      s += (s.empty() ? "line " : ", ") + std::to_string(o.line);
    }
    return s;
  };
  if (in.kind == DocKind::kJd) {
    const JdProfile& p = *in.jd;
    if (p.years_overall > 0) out << "\nYears asked for the role: " << p.years_overall << "\n";
    for (RequirementLevel level : {RequirementLevel::kRequired, RequirementLevel::kPreferred,
                                   RequirementLevel::kResponsibility, RequirementLevel::kContext}) {
      bool header = false;
      for (const JdSkill& s : p.skills) {
        if (s.level != level) continue;
        if (!header) {
          out << "\n" << RequirementLevelName(level) << "\n";
          header = true;
        }
        out << "  " << kb.skills()[s.skill].name;
        if (s.years > 0) out << " (" << s.years << "+ years)";
        if (s.cefr > 0 || !s.proficiency.empty()) out << " - " << ProficiencyText(s.cefr, s.proficiency);
        if (!s.mentions.empty()) {
          out << "  [" << lines(s.mentions) << "]";
        } else {
          out << "  [implied by";
          for (int i : s.implied_by) out << " " << kb.skills()[i].name;
          out << "]";
        }
        out << "\n";
      }
    }
    if (!p.groups.empty()) out << "\nRequirement groups (any one member meets each)\n";
    for (const RequirementGroup& g : p.groups) {
      out << "  " << RequirementLevelName(g.level) << ": one of " << AlternativesText(kb, g.members)
          << "  [" << lines(g.places) << "]\n";
    }
    if (!p.themes.empty()) {
      out << "\nBehavioural themes:";
      for (const std::string& t : p.themes) out << " " << t;
      out << "\n";
    }
    for (const std::string& w : p.warnings) out << "\nwarning: " << w << "\n";
  } else {
    const ResumeProfile& p = *in.resume;
    out << "\nRoles (" << p.total_years << " years in all"
        << (p.as_of >= 0 ? "; \"Present\" read as " + MonthString(p.as_of) + ", the file's date"
                         : "")
        << ")\n";
    for (const Role& r : p.roles) {
      out << "  line " << r.header_line << "\t"
          << (r.start < 0 ? "dates unknown"
                          : MonthString(r.start) + " to " +
                                (r.current ? "present" : MonthString(r.finish)))
          << "\t" << r.header << "\n";
    }
    for (int used = 1; used >= 0; --used) {
      out << "\n" << (used ? "Used in roles or projects" : "Listed only (skills, summary, education)") << "\n";
      for (const ResumeSkill& s : p.skills) {
        if (s.in_experience != static_cast<bool>(used)) continue;
        out << "  " << kb.skills()[s.skill].name;
        if (s.years > 0) {
          char buf[32];
          std::snprintf(buf, sizeof buf, " (%.1f years", s.years);
          out << buf << ", last " << MonthString(s.last_used) << ")";
        } else if (!s.years_known) {
          out << " (years unknown)";
        }
        if (s.cefr > 0 || !s.proficiency.empty()) out << " - " << ProficiencyText(s.cefr, s.proficiency);
        if (!s.mentions.empty()) {
          out << "  [" << lines(s.mentions) << "]";
        } else {
          out << "  [implied by";
          for (int i : s.implied_by) out << " " << kb.skills()[i].name;
          out << "]";
        }
        out << "\n";
      }
    }
    for (const std::string& w : p.warnings) out << "\nwarning: " << w << "\n";
  }
  return out.str();
}

}  // namespace skillfit
