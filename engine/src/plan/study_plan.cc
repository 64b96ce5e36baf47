// BuildStudyPlan: picks questions from the bank and writes questions from the resume.
#include "skillfit/study_plan.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <set>

#include "plan/question_fit.h"
#include "skillfit/report.h"
#include "plan/group_questions.h"
#include "report/verdict_text.h"
#include "util/ascii.h"

namespace skillfit {

const char* PlanGroupName(PlanGroup g) {
  switch (g) {
    case PlanGroup::kCloseGaps: return "close-the-gaps";
    case PlanGroup::kProveStrengths: return "prove-your-strengths";
    case PlanGroup::kDefendResume: return "defend-your-resume";
    case PlanGroup::kBehavioural: return "behavioural-themes";
  }
  return "close-the-gaps";
}

const char* PlanGroupTitle(PlanGroup g) {
  switch (g) {
    case PlanGroup::kCloseGaps: return "Close the gaps";
    case PlanGroup::kProveStrengths: return "Prove your strengths";
    case PlanGroup::kDefendResume: return "Defend your resume";
    case PlanGroup::kBehavioural: return "Behavioural themes in this JD";
  }
  return "";
}

namespace {


// A role as a question names it: its title and company as the role reader found them
// ("Senior SRE at Acme"), else the part of its header that names it ("Senior SRE — Acme,
// Austin | 2021 - now" -> "Senior SRE — Acme, Austin").
std::string RoleLabel(const Role& r) {
  // The role reader's own parts when it found a title: "Software Engineer at Acme".
  if (!r.title.empty() && r.title.size() + r.company.size() <= 86) {
    return r.company.empty() ? r.title : r.title + " at " + r.company;
  }
  std::string h = r.header;
  const size_t bar = h.find(" | ");
  if (bar != std::string::npos) {
    // "Title | Org | dates" (two lines joined) keeps the first two parts.
    const size_t bar2 = h.find(" | ", bar + 3);
    h = bar2 != std::string::npos && h.substr(bar + 3, bar2 - bar - 3).find_first_of("0123456789") == std::string::npos
            ? h.substr(0, bar) + ", " + h.substr(bar + 3, bar2 - bar - 3)
            : h.substr(0, bar);
  }
  while (!h.empty() && (h.back() == ' ' || h.back() == ',' || h.back() == '|')) h.pop_back();
  return h.size() > 90 ? h.substr(0, 90) : h;
}

std::string Shorten(const std::string& s, size_t max) {
  if (s.size() <= max) return s;
  size_t cut = s.rfind(' ', max);
  if (cut == std::string::npos || cut < max / 2) cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}

// The downtime a month that the highest availability figure of `text` (as "99.99%") allows,
// worked out over an average month of 43,830 minutes: "about 4.4 minutes of downtime a month
// at 99.99%"; "some downtime" when the text has no such figure.
std::string DowntimeAllowed(const std::string& text) {
  static const RE2 kFigure("(9\\d(?:\\.\\d+)?)\\s?%");
  re2::StringPiece in(text);
  std::string figure, best_text;
  double best = 0;
  while (RE2::FindAndConsume(&in, kFigure, &figure)) {
    if (std::stod(figure) > best) {
      best = std::stod(figure);
      best_text = figure;
    }
  }
  if (best <= 0 || best >= 100) return "some downtime";
  const double minutes = (100.0 - best) / 100.0 * 43830.0;
  char buf[96];
  if (minutes < 90) {
    std::snprintf(buf, sizeof buf, "about %.1f minutes", minutes);
  } else {
    std::snprintf(buf, sizeof buf, "about %.1f hours", minutes / 60.0);
  }
  return std::string(buf) + " of downtime a month at " + best_text + "%";
}

// One question phrasing per kind of claim: an interviewer asks a cost claim for its baseline
// and attribution, a speed claim for its percentile, a reliability claim for its cause.
std::string ClaimQuestion(const ResumeClaim& c, const std::string& where) {
  const std::string quote = "\"" + Shorten(c.text, 160) + "\"";
  const std::string at = where.empty() ? "" : " (" + where + ")";
  switch (c.kind) {
    case ClaimKind::kCost:
      return "You wrote " + quote + at + ". What was the spend before, which change saved the most, "
             "how did you attribute the saving to your work, and what did you give up for it?";
    case ClaimKind::kSpeed:
      if (!c.says_change) {
        return "You wrote " + quote + at + ". How was that time measured, what did it depend on, "
               "and what would it take to halve it?";
      }
      return "You wrote " + quote + at + ". What was the baseline and where did the time go before the "
             "change? Which percentile and period does the new figure describe, and what did the speed-up cost?";
    case ClaimKind::kReliability:
      return "You wrote " + quote + at + ". How was that figure measured, what changed in the system or "
             "the process to move it, and how do you know it was the change and not a quieter period?";
    case ClaimKind::kScale:
      return "You wrote " + quote + at + ". What would have broken first as the volume grew, what did you "
             "change to carry it, and how did you test it before the full load arrived?";
    case ClaimKind::kPeople:
      return "You wrote " + quote + at + ". How did you decide what to teach or hand over, what did those "
             "people go on to do, and what would you do differently with the next group?";
    case ClaimKind::kQuality:
      return "You wrote " + quote + at + ". How did you measure quality before and after, which change "
             "mattered most, and did it slow the team down?";
    case ClaimKind::kProject:
      return "Walk me through this: " + quote + at + ". Why was it needed then, how did you plan and "
             "sequence it, what went wrong on the way, and how did you know it was finished?";
    // The kinds that name what was done: a round, a team, a share, an availability figure,
    // a migration, an upgrade.
    case ClaimKind::kFunding:
      return "You wrote " + quote + at + ". What was your part in raising it, which figures did "
             "investors ask for, and what did the money have to buy by when?";
    case ClaimKind::kTeamGrowth:
      return "You wrote " + quote + at + ". How did you decide when and whom to hire, how did you "
             "keep the bar while growing, and what broke in how the team worked as it grew?";
    case ClaimKind::kShare:
      return "You wrote " + quote + at + ". What was the whole, over which period, how was the share "
             "counted, and what was it before your work?";
    case ClaimKind::kAvailability:
      return "You wrote " + quote + at + ". That allows " + DowntimeAllowed(c.text) +
             ": how was availability measured and tracked, what counted as down, and what used "
             "most of that budget?";
    case ClaimKind::kMigration:
      return "Walk me through this migration: " + quote + at + ". Why migrate then, what was the plan "
             "and its order, what could have gone wrong, and how would you have rolled back?";
    case ClaimKind::kUpgrade:
      return "You wrote " + quote + at + ". What does that downtime figure mean precisely (for whom, "
             "measured how), how was it achieved, and what was the rollback strategy?";
    case ClaimKind::kEffect:
      // A figure of what was worked on ("root cause analysis on 15% output deviations") has
      // no before and after to ask for.
      if (!c.says_change) {
        return "You wrote " + quote + at + ". What does that figure describe and how was it "
               "measured, what did your work find or decide, and what changed because of it?";
      }
      return "You wrote " + quote + at + ". How was the figure measured and over what period, what "
             "was it before your change, and how sure are you that your change caused it rather "
             "than something that moved at the same time?";
  }
  return quote;
}

struct Picker {
  const QuestionBank& bank;
  std::set<int> used;
  std::set<std::string> outside_role;  // themes of situations the role has not (question_fit.h)
  const KnowledgeBase* kb = nullptr;
  std::set<int> jd_skills;  // every skill the JD names or implies
  // Whether question `q`, asked for `skill`, is set in a rival of a tool the JD names: a
  // skill the JD leaves out that is a sibling of one it names. A question on InnoDB's
  // clustered index (MySQL) fits query tuning for a PostgreSQL post less than one on
  // PostgreSQL's planner.
  bool SetInRival(int q, int skill) const {
    for (int s : bank.TopicsOf(q).skills) {
      if (s == skill || jd_skills.count(s)) continue;
      for (int r : kb->RelatedTo(s)) {
        if (jd_skills.count(r)) return true;
      }
    }
    return false;
  }
  // The first unused question for `skill` at the first level in `order` that has one. For
  // a soft skill, only the questions set in situations the role has: a question on a hard
  // skill the JD asks is about that skill, whatever its themes.
  int Pick(int skill, std::initializer_list<QuestionLevel> order) {
    const bool soft = kb->skills()[skill].kind == SkillKind::kSoft;
    std::vector<int> qs;
    for (int q : bank.ForSkill(skill)) {
      if (!soft || FitsRole(bank.TopicsOf(q), outside_role)) qs.push_back(q);
    }
    // At each level, prefer questions set in no rival of the JD's tools, then questions
    // whose first skill is this one (they are about it, not only touch it).
    for (QuestionLevel l : order) {
      for (int pass = 0; pass < 4; ++pass) {
        for (int q : qs) {
          const QuestionTopics& t = bank.TopicsOf(q);
          if (t.level != l || used.count(q)) continue;
          if (pass < 2 && SetInRival(q, skill)) continue;
          if (pass % 2 == 0 && t.skills.front() != skill) continue;
          used.insert(q);
          return q;
        }
      }
    }
    return -1;
  }
  // Behavioural questions (no skills, or soft skills only) that probe `theme`.
  int PickTheme(const std::string& theme, std::initializer_list<QuestionLevel> order,
                const KnowledgeBase& kb) {
    std::vector<int> qs;
    for (int q : bank.ForTheme(theme)) {
      bool soft = true;
      for (int s : bank.TopicsOf(q).skills) soft = soft && kb.skills()[s].kind == SkillKind::kSoft;
      if (soft && FitsRole(bank.TopicsOf(q), outside_role)) qs.push_back(q);
    }
    for (QuestionLevel l : order) {
      for (int q : qs) {
        if (bank.TopicsOf(q).level == l && !used.count(q) && bank.TopicsOf(q).themes.front() == theme) {
          used.insert(q);
          return q;
        }
      }
    }
    for (int q : qs) {
      if (!used.count(q)) {
        used.insert(q);
        return q;
      }
    }
    return -1;
  }
};

// A plan item for bank question `q` of `group`; the caller adds why it was picked.
PlanItem BankItem(const QuestionBank& bank, PlanGroup group, int q) {
  PlanItem item;
  item.group = group;
  item.question = q;
  item.text = bank.questions()[q].text;
  item.level = bank.questions()[q].level;
  return item;
}

// The required and preferred skills the resume falls short on, in the order to study them:
// required missing, required weak, required related, then preferred in the same order; the
// heavier skill first within each. Certifications are left out (not an interview topic).
// A requirement group is one gap, on the member GroupStandIn picks.
std::vector<const SkillVerdict*> GapsToStudy(const MatchResult& m, const KnowledgeBase& kb,
                                             const QuestionBank& bank) {
  struct Gap {
    const SkillVerdict* v;
    int rank;
  };
  std::vector<Gap> order;
  for (const SkillVerdict& v : m.skills) {
    if (!PlanAsksAbout(m, v, bank)) continue;
    const bool req = v.level == RequirementLevel::kRequired;
    const bool pref = v.level == RequirementLevel::kPreferred;
    if (!req && !pref) continue;
    if (kb.skills()[v.skill].kind == SkillKind::kCertification) continue;  // not an interview topic
    int rank = -1;
    if (v.label == EvidenceLabel::kMissing) rank = req ? 0 : 3;
    if (v.label == EvidenceLabel::kWeak) rank = req ? 1 : 4;
    if (v.label == EvidenceLabel::kRelated) rank = req ? 2 : 5;
    if (rank >= 0) order.push_back({&v, rank});
  }
  std::stable_sort(order.begin(), order.end(), [&m](const Gap& a, const Gap& b) {
    if (a.rank != b.rank) return a.rank < b.rank;
    return PlanWeight(m, *a.v) > PlanWeight(m, *b.v);
  });
  std::vector<const SkillVerdict*> gaps;
  for (const Gap& g : order) gaps.push_back(g.v);
  return gaps;
}

// The bank question for gap `v`: basics first for a missing or related skill, intermediate
// first for a weak one. -1 when the bank has none left for the skill.
int PickGapQuestion(const SkillVerdict& v, Picker* picker) {
  if (v.label == EvidenceLabel::kWeak) {
    return picker->Pick(
        v.skill, {QuestionLevel::kIntermediate, QuestionLevel::kAdvanced, QuestionLevel::kBasic});
  }
  return picker->Pick(
      v.skill, {QuestionLevel::kBasic, QuestionLevel::kIntermediate, QuestionLevel::kAdvanced});
}

// The JD line that asks for `v` at the level it is asked at: a posting may name a skill first
// as context ("courses taught in Agile and Lean") and ask for it later. 0 when none is known.
size_t AskingLine(const SkillVerdict& v) {
  for (const Occurrence& o : v.jd_mentions) {
    if (o.level == v.level) return o.line;
  }
  return v.jd_mentions.empty() ? 0 : v.jd_mentions.front().line;
}

// Why gap `v` is in the plan, asked by a question of `level`: what the JD asks and what the
// resume shows instead.
std::string GapReason(const SkillVerdict& v, const KnowledgeBase& kb, QuestionLevel level_asked) {
  const std::string name = kb.skills()[v.skill].name;
  const std::string level = v.level == RequirementLevel::kRequired ? "required" : "preferred";
  const size_t jd_line = AskingLine(v);
  if (v.label == EvidenceLabel::kMissing) {
    // "Learn the basics first" would say the opposite of an advanced question.
    return level + " by the JD (line " + std::to_string(jd_line) + "), not on your resume: " +
           (level_asked == QuestionLevel::kBasic ? "learn the basics first"
                                                 : "the bank has no basic question left on it; "
                                                   "prepare it from the start");
  }
  if (v.label == EvidenceLabel::kWeak) {
    if (v.weak_reason == WeakReason::kListedOnly) {
      return level + " by the JD, only in your " + SectionsText(v.resume_mentions, "skills list") +
             ": expect to be asked how you used it";
    }
    if (v.weak_reason == WeakReason::kTitleOnly) {
      return level + " by the JD; your resume shows it only in a job title held " +
             HeldText(v.years_shown) +
             ": expect to be asked what you did with it";
    }
    if (v.weak_reason == WeakReason::kLongAgo) {
      return level + " by the JD; you last used it in " + MonthString(v.last_used).substr(0, 4) +
             ": refresh what has changed since";
    }
    return level + " with " + YearCount(v.years_asked) + " asked; your resume shows " +
           YearsText(v.years_shown);
  }
  std::string via;
  for (size_t i = 0; i < v.via.size() && i < 2; ++i)
    via += (i ? " and " : "") + kb.skills()[v.via[i]].name;
  return level + " by the JD; your resume shows only the related " + via +
         ": be ready to map what you know onto " + name;
}

// Close the gaps: a bank question for each gap, in GapsToStudy's order, where one is left.
std::vector<PlanItem> CloseGapItems(const PlanInput& in, Picker* picker) {
  std::vector<PlanItem> gaps;
  for (const SkillVerdict* v : GapsToStudy(*in.match, *in.kb, *in.bank)) {
    const int q = PickGapQuestion(*v, picker);
    if (q < 0) continue;
    PlanItem item = BankItem(*in.bank, PlanGroup::kCloseGaps, q);
    // Named first, as a strength's reason is: a bank question may not name its skill ("Tell me
    // about a postmortem" studies Written communication).
    item.reason = in.kb->skills()[v->skill].name + ": " + GroupReasonPrefix(*in.match, *v, *in.kb) +
                  GapReason(*v, *in.kb, item.level);
    item.skills = {v->skill};
    gaps.push_back(item);
  }
  return gaps;
}

// Prove your strengths: strong skills the JD weighs most, at depth.
std::vector<PlanItem> ProveStrengthItems(const PlanInput& in, Picker* picker) {
  const KnowledgeBase& kb = *in.kb;
  std::vector<const SkillVerdict*> strong;
  const MatchResult& m = *in.match;
  for (const SkillVerdict& v : m.skills) {
    if (v.label == EvidenceLabel::kStrong && PlanWeight(m, v) > 0 &&
        kb.skills()[v.skill].kind == SkillKind::kHard && PlanAsksAbout(m, v, *in.bank)) {
      strong.push_back(&v);
    }
  }
  std::stable_sort(strong.begin(), strong.end(), [&m](const SkillVerdict* a, const SkillVerdict* b) {
    if (PlanWeight(m, *a) != PlanWeight(m, *b)) return PlanWeight(m, *a) > PlanWeight(m, *b);
    return a->years_shown > b->years_shown;
  });
  std::vector<PlanItem> strengths;
  for (const SkillVerdict* v : strong) {
    const int q = picker->Pick(v->skill, {QuestionLevel::kAdvanced, QuestionLevel::kIntermediate});
    if (q < 0) continue;
    PlanItem item = BankItem(*in.bank, PlanGroup::kProveStrengths, q);
    // A group member's reason says which group it meets.
    item.reason = kb.skills()[v->skill].name + ": " + RequirementLevelName(v->level) +
                  " by the JD and " + v->reason + "; expect questions at depth";
    item.skills = {v->skill};
    strengths.push_back(item);
  }
  return strengths;
}

// The generated question that asks the candidate to defend claim `c` of `resume`.
PlanItem ClaimItem(const ResumeClaim& c, const ResumeProfile& resume) {
  const std::string where = c.role >= 0 ? RoleLabel(resume.roles[c.role]) : "";
  PlanItem item;
  item.group = PlanGroup::kDefendResume;
  item.text = ClaimQuestion(c, where);
  item.level = QuestionLevel::kAdvanced;
  item.reason =
      c.quantified
          ? std::string(std::strchr("aeiou", ClaimKindName(c.kind)[0]) ? "an " : "a ") +
                ClaimKindName(c.kind) + " claim on your resume (line " +
                std::to_string(c.line) + "): an interviewer will ask you to defend the number"
          : "a project you name (line " + std::to_string(c.line) + "): expect to walk through it";
  item.resume_line = c.line;
  return item;
}

// The generated question about the latest role: the one that ends last. `resume` has roles.
PlanItem LatestRoleItem(const ResumeProfile& resume) {
  const Role* latest = &resume.roles.front();
  for (const Role& r : resume.roles) {
    if (r.finish > latest->finish) latest = &r;
  }
  PlanItem item;
  item.group = PlanGroup::kDefendResume;
  // A role held now opens with its typical day; one that has ended, with what it left behind.
  item.text = latest->current
                  ? "In your current role (" + RoleLabel(*latest) +
                        "), walk me through a typical day: what takes most of your time, what "
                        "do you own end to end, and what would you change first?"
                  : "In your latest role (" + RoleLabel(*latest) +
                        "), what was the hardest problem you owned, what did you change about "
                        "how it was handled, and what would you still change?";
  item.level = QuestionLevel::kIntermediate;
  item.reason = "your most recent role (line " + std::to_string(latest->header_line) +
                "): it opens most interviews";
  item.resume_line = latest->header_line;
  return item;
}

// Why the title question compares `held` with `other`: the JD's own title, or the next level
// up because the JD's title is the same, of another line of work, or not given.
std::string TitleReason(const TitleFit& fit, const std::string& held, const std::string& other) {
  if (other == fit.jd_title) return "the title you hold against the JD's title";
  if (fit.jd_title.empty()) return "the title you hold against the next level up: the JD names no title";
  if (AsciiLowerCopy(fit.jd_title) == AsciiLowerCopy(held)) {
    return "the title you hold: the JD's is the same";
  }
  return "the title you hold against the next level up: the JD's title (" + fit.jd_title +
         ") is another line of work";
}

// The title held last: how the candidate tells it from the JD's title in the same line of
// work, or else from the next level up. None when the resume gives no title or the title is
// at the top.
std::vector<PlanItem> TitleItem(const PlanInput& in) {
  const TitleFit& fit = in.match->title;
  if (fit.titles.empty()) return {};
  const std::string& held = fit.titles.front();
  std::string other = fit.jd_title;
  if (other.empty() || AsciiLowerCopy(other) == AsciiLowerCopy(held) || !SameLineOfWork(held, other)) {
    other = NextLevelTitle(held);  // a title of another line of work is no comparison to ask
  }
  if (other.empty()) return {};
  PlanItem item;
  item.group = PlanGroup::kDefendResume;
  item.text = "Your title is " + held + ". How do you define the difference between " + held +
              " and " + other + ", and which parts of the " + other + " work have you done?";
  item.level = QuestionLevel::kIntermediate;
  item.reason = TitleReason(fit, held, other);
  for (const Role& r : in.resume->roles) {
    if (r.title == held) {
      item.resume_line = r.header_line;
      break;
    }
  }
  return {item};
}

// Defend your resume: quantified claims first, then named projects, then the latest role
// (which is put second, after the first claim); the title held last.
std::vector<PlanItem> DefendResumeItems(const PlanInput& in) {
  std::vector<ResumeClaim> claims =
      in.claims != nullptr ? *in.claims : FindClaims(*in.resume_doc, *in.resume);
  // A change with its size first, then other figures, then named projects: "cut build time
  // from 40 to 12 minutes" is the bullet an interviewer picks before "120 students a year".
  std::stable_sort(claims.begin(), claims.end(), [](const ResumeClaim& a, const ResumeClaim& b) {
    return a.quantified + a.says_change > b.quantified + b.says_change;
  });
  std::vector<PlanItem> defend;
  for (const ResumeClaim& c : claims) defend.push_back(ClaimItem(c, *in.resume));
  if (!in.resume->roles.empty()) {
    defend.insert(defend.begin() + std::min<size_t>(defend.size(), 1), LatestRoleItem(*in.resume));
  }
  for (const PlanItem& t : TitleItem(in)) defend.push_back(t);
  return defend;
}

// The kb's name for theme `id` (the last theme with that id), or `id` when the kb has none.
std::string ThemeName(const std::string& id, const KnowledgeBase& kb) {
  std::string name = id;
  for (const Theme& t : kb.themes()) {
    if (t.id == id) name = t.name;
  }
  return name;
}

// Behavioural themes the JD names, with a mix of levels.
std::vector<PlanItem> BehaviouralItems(const PlanInput& in, Picker* picker) {
  static const std::initializer_list<QuestionLevel> kRotation[3] = {
      {QuestionLevel::kIntermediate, QuestionLevel::kAdvanced, QuestionLevel::kBasic},
      {QuestionLevel::kAdvanced, QuestionLevel::kIntermediate, QuestionLevel::kBasic},
      {QuestionLevel::kBasic, QuestionLevel::kIntermediate, QuestionLevel::kAdvanced}};
  std::vector<PlanItem> behavioural;
  for (size_t i = 0; i < in.jd->themes.size(); ++i) {
    const std::string& theme = in.jd->themes[i];
    const int q = picker->PickTheme(theme, kRotation[i % 3], *in.kb);
    if (q < 0) continue;
    PlanItem item = BankItem(*in.bank, PlanGroup::kBehavioural, q);
    item.reason = "the JD asks about " + ThemeName(theme, *in.kb);
    item.theme = theme;
    behavioural.push_back(item);
  }
  return behavioural;
}

// What an item is about, so that a plan asks about it once: its first skill's id, or its
// behavioural theme (a theme and a skill of the same id, such as incident-response, are one
// topic); "" for a question written from the resume.
std::string TopicOf(const PlanItem& item, const KnowledgeBase& kb) {
  if (!item.skills.empty()) return kb.skills()[item.skills.front()].id;
  return item.theme;
}

// Appends to `plan` up to `quota` items of `group`, in order, leaving out those on a topic
// the plan already asks about (`topics`).
void TakeItems(const std::vector<PlanItem>& group, int quota, const KnowledgeBase& kb,
               std::set<std::string>* topics, StudyPlan* plan) {
  for (size_t i = 0; i < group.size() && quota > 0; ++i) {
    const std::string topic = TopicOf(group[i], kb);
    if (!topic.empty() && !topics->insert(topic).second) continue;
    plan->items.push_back(group[i]);
    --quota;
  }
}

// The plan: the first candidates of each group, groups in order, one question a topic. The
// limit is shared 40% gaps, 25% strengths, 20% resume, 15% behavioural; what a group cannot
// use goes to the others in that order.
StudyPlan ShareLimit(int limit, const std::vector<const std::vector<PlanItem>*>& groups,
                     const KnowledgeBase& kb) {
  const double shares[4] = {0.40, 0.25, 0.20, 0.15};
  int quota[4];
  int given = 0;
  for (int g = 0; g < 4; ++g) {
    quota[g] = static_cast<int>(limit * shares[g] + 0.5);
    given += quota[g];
  }
  quota[0] += limit - given;
  int spare = 0;
  for (int g = 0; g < 4; ++g) {
    const int have = static_cast<int>(groups[g]->size());
    if (have < quota[g]) {
      spare += quota[g] - have;
      quota[g] = have;
    }
  }
  for (int g = 0; g < 4 && spare > 0; ++g) {
    const int extra = std::min(spare, static_cast<int>(groups[g]->size()) - quota[g]);
    quota[g] += extra;
    spare -= extra;
  }
  StudyPlan plan;
  std::set<std::string> topics;
  for (int g = 0; g < 4; ++g) TakeItems(*groups[g], quota[g], kb, &topics, &plan);
  return plan;
}

}  // namespace

StudyPlan BuildStudyPlan(const PlanInput& in, const PlanOptions& options) {
  const int limit = std::max(1, options.limit);
  // Candidates per group, in priority order. The picker gives a bank question once only, so
  // the groups that take bank questions pick in this order: gaps, strengths, behavioural.
  Picker picker{*in.bank, {}, ThemesOutsideRole(*in.jd, *in.kb), in.kb, {}};
  for (const JdSkill& s : in.jd->skills) picker.jd_skills.insert(s.skill);
  const std::vector<PlanItem> gaps = CloseGapItems(in, &picker);
  const std::vector<PlanItem> strengths = ProveStrengthItems(in, &picker);
  const std::vector<PlanItem> defend = DefendResumeItems(in);
  const std::vector<PlanItem> behavioural = BehaviouralItems(in, &picker);
  return ShareLimit(limit, {&gaps, &strengths, &defend, &behavioural}, *in.kb);
}

}  // namespace skillfit
