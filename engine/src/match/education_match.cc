// The education row: a JD's degree asks against a resume's degrees (skillfit/education.h).
#include <algorithm>
#include <cstdio>

#include "extract/degree_words.h"
#include "skillfit/education.h"

namespace skillfit {

const char* DegreeLevelName(DegreeLevel l) {
  switch (l) {
    case DegreeLevel::kUnknown: return "unknown";
    case DegreeLevel::kHighSchool: return "high school";
    case DegreeLevel::kCertificate: return "diploma/certificate";
    case DegreeLevel::kAssociate: return "associate";
    case DegreeLevel::kBachelor: return "bachelor";
    case DegreeLevel::kMaster: return "master";
    case DegreeLevel::kDoctorate: return "doctorate";
  }
  return "unknown";
}

const char* EducationOutcomeName(EducationOutcome o) {
  switch (o) {
    case EducationOutcome::kMeets: return "meets";
    case EducationOutcome::kMeetsRelatedField: return "meets_related_field";
    case EducationOutcome::kEquivalentExperience: return "equivalent_experience";
    case EducationOutcome::kOtherField: return "other_field";
    case EducationOutcome::kBelow: return "below";
    case EducationOutcome::kUnknown: return "unknown";
    case EducationOutcome::kNotAsked: return "not_asked";
  }
  return "unknown";
}

namespace {

// Years of dated roles that stand for a degree when the JD accepts "equivalent experience":
// two per year of study, the usual rule of thumb of US postings (associate 2 years of study,
// bachelor 4 -> 4 years of work is asked as a floor, master 6, doctorate 8).
double EquivalentYears(DegreeLevel l) {
  switch (l) {
    case DegreeLevel::kDoctorate: return 8;
    case DegreeLevel::kMaster: return 6;
    case DegreeLevel::kBachelor: return 4;
    case DegreeLevel::kAssociate: return 2;
    default: return 1;
  }
}

// How the degree's field stands against the asked fields: kMeets, kMeetsRelatedField,
// kOtherField, or kUnknown when the degree states no field.
EducationOutcome FieldOutcome(const DegreeAsk& ask, const Degree& d, const DegreeFieldTable* t) {
  if (ask.fields.empty()) return EducationOutcome::kMeets;
  if (d.field.empty()) return EducationOutcome::kUnknown;
  const std::vector<int> held = t ? t->FindAll(d.field) : std::vector<int>{};
  bool related = false;
  for (const std::string& f : ask.fields) {
    if (LowerAscii(f) == LowerAscii(d.field)) return EducationOutcome::kMeets;
    for (int a : t ? t->FindAll(f) : std::vector<int>{}) {
      for (int h : held) {
        if (a == h || t->Covers(a, h)) return EducationOutcome::kMeets;
        related = related || t->Related(a, h);
      }
    }
  }
  return related ? EducationOutcome::kMeetsRelatedField : EducationOutcome::kOtherField;
}

// The outcome of degree `d` for `ask`, by level then field.
EducationOutcome DegreeOutcome(const DegreeAsk& ask, const Degree& d, const DegreeFieldTable* t) {
  if (d.level < ask.MinLevel()) return EducationOutcome::kBelow;
  return FieldOutcome(ask, d, t);
}

// Rank of an outcome when choosing a degree for an ask: lower is better.
int Rank(EducationOutcome o) {
  switch (o) {
    case EducationOutcome::kMeets: return 0;
    case EducationOutcome::kMeetsRelatedField: return 1;
    case EducationOutcome::kUnknown: return 2;
    case EducationOutcome::kOtherField: return 3;
    case EducationOutcome::kBelow: return 4;
    default: return 5;
  }
}

// "a bachelor's or master's in Computer Science or a related field, or equivalent experience"
std::string AskText(const DegreeAsk& a) {
  std::string s = "a ";
  for (size_t i = 0; i < a.levels.size(); ++i) {
    s += (i ? (i + 1 == a.levels.size() ? " or " : ", ") : "") +
         std::string(DegreeLevelName(a.levels[i])) +
         (a.levels[i] >= DegreeLevel::kAssociate && a.levels[i] <= DegreeLevel::kMaster ? "'s" : "");
  }
  if (!a.fields.empty()) {
    s += " in ";
    for (size_t i = 0; i < a.fields.size(); ++i) {
      s += (i ? (i + 1 == a.fields.size() ? " or " : ", ") : "") + a.fields[i];
    }
  }
  if (a.related_ok) s += " or a related field";
  if (a.equivalent_experience) s += ", or equivalent experience";
  return s;
}

std::string DegreeText(const Degree& d) {
  std::string s = d.level_text;
  if (!d.field.empty() && d.field != "Business Administration") s += " in " + d.field;
  if (d.in_progress) s += " (in progress)";
  return s;
}

std::string Reason(const DegreeAsk& a, const Degree* d, EducationOutcome o, double years) {
  const std::string asked = "the JD asks " + AskText(a);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", years);
  switch (o) {
    case EducationOutcome::kMeets: return DegreeText(*d) + " meets it; " + asked;
    case EducationOutcome::kMeetsRelatedField:
      return DegreeText(*d) + " is at the level, in a related field; " + asked;
    case EducationOutcome::kEquivalentExperience:
      return std::string(buf) + " years of dated roles stand for the degree; " + asked;
    case EducationOutcome::kOtherField:
      return DegreeText(*d) + " is at the level, in another field; " + asked;
    case EducationOutcome::kBelow: return DegreeText(*d) + " is below the level; " + asked;
    case EducationOutcome::kUnknown:
      return d ? DegreeText(*d) + " is at the level but names no field; " + asked
               : "no degree stated for it on the resume; " + asked;
    case EducationOutcome::kNotAsked: return "the JD asks for no degree";
  }
  return asked;
}

// The verdict on one ask, served by the best unused degree (lowest level among equals).
EducationVerdict JudgeAsk(int ask_index, const DegreeAsk& ask, const std::vector<Degree>& degrees,
                          std::vector<bool>* used, double years, bool years_known,
                          const DegreeFieldTable* t) {
  EducationVerdict v;
  v.ask = ask_index;
  bool counted_above = false;  // a degree that would meet this ask meets one before it
  for (size_t i = 0; i < degrees.size(); ++i) {
    const EducationOutcome o = DegreeOutcome(ask, degrees[i], t);
    if ((*used)[i] && Rank(o) <= 1) {
      counted_above = true;
      continue;
    }
    const bool better =
        v.degree < 0 || Rank(o) < Rank(v.outcome) ||
        (Rank(o) == Rank(v.outcome) && degrees[i].level < degrees[v.degree].level);
    if (better) {
      v.degree = static_cast<int>(i);
      v.outcome = o;
    }
  }
  const bool met = v.degree >= 0 && Rank(v.outcome) <= 1;
  if (met) (*used)[v.degree] = true;
  if (!met && ask.equivalent_experience && years_known && years >= EquivalentYears(ask.MinLevel())) {
    v.outcome = EducationOutcome::kEquivalentExperience;
  }
  v.reason = Reason(ask, v.degree >= 0 ? &degrees[v.degree] : nullptr, v.outcome, years);
  if (counted_above && !met && v.outcome != EducationOutcome::kEquivalentExperience) {
    v.reason = "each degree meets one ask, and the one that would meet this meets an ask above; "
               "the JD also asks " + AskText(ask);
  }
  return v;
}

// The ask score version 2 judges: the required ask with the highest lowest-accepted level
// (the first written among equals), else such an ask among all. -1 when there is none.
int MostDemandingAsk(const std::vector<DegreeAsk>& asks) {
  int best = -1;
  for (size_t a = 0; a < asks.size(); ++a) {
    if (best < 0) {
      best = static_cast<int>(a);
      continue;
    }
    const DegreeAsk& b = asks[static_cast<size_t>(best)];
    if (asks[a].required != b.required ? asks[a].required : asks[a].MinLevel() > b.MinLevel()) {
      best = static_cast<int>(a);
    }
  }
  return best;
}

// The resume's highest degree, finished ones before those in progress; the first written
// among equals. `degrees` is not empty.
const Degree& HighestDegree(const std::vector<Degree>& degrees) {
  const Degree* best = &degrees.front();
  for (const Degree& d : degrees) {
    if (d.in_progress != best->in_progress ? !d.in_progress : d.level > best->level) best = &d;
  }
  return *best;
}

}  // namespace

EducationRow JudgeEducation(const std::vector<DegreeAsk>& asks, const std::vector<Degree>& degrees,
                            double years_shown, bool years_known, const DegreeFieldTable* fields) {
  EducationRow row;
  row.asks = asks;
  row.degrees = degrees;
  std::vector<bool> used(degrees.size(), false);
  for (size_t a = 0; a < asks.size(); ++a) {
    row.verdicts.push_back(JudgeAsk(static_cast<int>(a), asks[a], degrees, &used, years_shown,
                                    years_known, fields));
  }
  if (row.verdicts.empty()) {
    row.reason = degrees.empty() ? "the JD asks for no degree"
                                 : "the JD asks for no degree; the resume states " +
                                       DegreeText(HighestDegree(degrees));
    return row;
  }
  row.outcome = row.verdicts.front().outcome;  // asks are required first
  row.reason = row.verdicts.front().reason;
  const int demanding = MostDemandingAsk(asks);
  std::vector<bool> none_used(degrees.size(), false);
  row.for_score = JudgeAsk(demanding, asks[static_cast<size_t>(demanding)], degrees, &none_used,
                           years_shown, years_known, fields);
  return row;
}

}  // namespace skillfit
