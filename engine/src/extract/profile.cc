// ExtractJd and ExtractResume: sections, mentions, levels, years, roles.
#include "skillfit/profile.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "extract/date_range.h"
#include "extract/jd_cues.h"
#include "extract/language.h"

namespace skillfit {

const char* RequirementLevelName(RequirementLevel l) {
  switch (l) {
    case RequirementLevel::kRequired: return "required";
    case RequirementLevel::kPreferred: return "preferred";
    case RequirementLevel::kResponsibility: return "responsibility";
    case RequirementLevel::kContext: return "context";
  }
  return "context";
}

int MonthIndex(int year, int month) { return year * 12 + (month - 1); }

namespace {

struct LineSpan {
  size_t begin, end;  // without '\n'
};

LineSpan LineAround(std::string_view text, size_t offset) {
  size_t b = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  b = (b == std::string_view::npos || offset == 0) ? 0 : b + 1;
  if (offset > 0 && text[offset - 1] == '\n') b = offset;
  size_t e = text.find('\n', offset);
  if (e == std::string_view::npos) e = text.size();
  return {b, e};
}

RequirementLevel SectionLevel(SectionKind k) {
  switch (k) {
    case SectionKind::kRequired: return RequirementLevel::kRequired;
    case SectionKind::kPreferred: return RequirementLevel::kPreferred;
    case SectionKind::kResponsibilities: return RequirementLevel::kResponsibility;
    case SectionKind::kAbout:
    case SectionKind::kBenefits:
    case SectionKind::kLegal: return RequirementLevel::kContext;
    default: return RequirementLevel::kResponsibility;
  }
}

bool IsContextSection(SectionKind k) {
  return k == SectionKind::kAbout || k == SectionKind::kBenefits || k == SectionKind::kLegal;
}

// Whole-word, case-insensitive search for a lowercase phrase.
bool ContainsPhrase(const std::string& lower_text, const std::string& phrase) {
  size_t pos = 0;
  while ((pos = lower_text.find(phrase, pos)) != std::string::npos) {
    const bool left = pos == 0 || !std::isalnum(static_cast<unsigned char>(lower_text[pos - 1]));
    const size_t e = pos + phrase.size();
    const bool right = e >= lower_text.size() || !std::isalnum(static_cast<unsigned char>(lower_text[e]));
    if (left && right) return true;
    pos = e;
  }
  return false;
}

// Skill (an index into the kb) -> its place in a profile's skills. A flat table of the kb's
// size: each mention asks it, and a tree map was about 3% of a ranked resume's time in perf.
class SkillPlaces {
 public:
  explicit SkillPlaces(const KnowledgeBase& kb) : place_(kb.skills().size(), -1) {}
  bool Has(int skill) const { return place_[skill] >= 0; }
  size_t operator[](int skill) const { return static_cast<size_t>(place_[skill]); }
  void Set(int skill, size_t place) { place_[skill] = static_cast<int>(place); }

 private:
  std::vector<int> place_;
};

// Adds the skills that mentioned ones imply, as implied (no mentions).
template <typename SkillT>
void AddImplied(const KnowledgeBase& kb, std::vector<SkillT>* skills, SkillPlaces* at) {
  const size_t n = skills->size();
  for (size_t i = 0; i < n; ++i) {
    const int from = (*skills)[i].skill;
    for (int to : kb.ImpliedBy(from)) {
      if (!at->Has(to)) {
        SkillT s;
        s.skill = to;
        at->Set(to, skills->size());
        skills->push_back(s);
      }
      auto& by = (*skills)[(*at)[to]].implied_by;
      if (std::find(by.begin(), by.end(), from) == by.end()) by.push_back(from);
    }
  }
}

// Skills are still found in a text in another language (names are names), but headings, cues
// and date words are English: say so rather than let the sections and levels look right.
void WarnUnlessEnglish(const Document& doc, std::vector<std::string>* warnings) {
  if (ReadsAsEnglish(doc.text)) return;
  warnings->push_back(doc.path + ": the text does not read as English; skills are found by name, "
                      "but sections, requirement levels and dates are read from English words "
                      "and may be missed");
}

// True when the text between a years phrase (or a listed skill) and the next skill joins
// them: separators, "and", "or", "with", "of", "in", "using" and a few words before the first.
bool ListGap(std::string_view gap, bool first) {
  size_t words = 0;
  bool in_word = false;
  for (char c : gap) {
    const bool w = std::isalnum(static_cast<unsigned char>(c)) != 0;
    if (w && !in_word) ++words;
    in_word = w;
  }
  return words <= (first ? 4u : 1u) && gap.size() <= (first ? 40u : 8u);
}

bool IsBlank(std::string_view line) {
  for (char c : line) {
    if (!std::isspace(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// A bullet ("- ", "* ", "1. ") or the wrapped rest of one (a line that opens in lowercase).
bool ContinuesList(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  if (i >= line.size()) return false;
  const unsigned char c = static_cast<unsigned char>(line[i]);
  if (c == '-' || c == '*' || c == '+' || std::islower(c)) return true;
  if (line.substr(i, 3) == "\xE2\x80\xA2") return true;  // "•"
  size_t d = i;
  while (d < line.size() && std::isdigit(static_cast<unsigned char>(line[d]))) ++d;
  return d > i && d < line.size() && (line[d] == '.' || line[d] == ')');
}

// True when `next` carries on the sentence that `line` (the last line read so far) leaves
// open, so that the two are one line wrapped. A line that ends in ':' introduces what follows;
// a blank line, a list item, a heading, a table row or markup starts something new. In
// Markdown the lines of a paragraph are one text; elsewhere a line must open in lowercase to
// continue one ("... front end\ndevelopers"), since plain-text lists often carry no bullets.
bool WrapsOnto(std::string_view line, std::string_view next, bool markdown) {
  if (IsBlank(line) || IsBlank(next)) return false;
  size_t e = line.size();
  while (e > 0 && std::isspace(static_cast<unsigned char>(line[e - 1]))) --e;
  const char last = line[e - 1];
  if (last == ':' || last == '|' || last == '>' || last == '}') return false;
  size_t i = 0;
  while (i < next.size() && (next[i] == ' ' || next[i] == '\t')) ++i;
  const unsigned char c = static_cast<unsigned char>(next[i]);
  if (c == '-' || c == '*' || c == '+' || c == '#' || c == '|' || c == '<' || c == '{' ||
      c == '>' || c == '!' || c == '[' || c == '`' || c == '=') {
    return false;
  }
  if (next.substr(i, 3) == "\xE2\x80\xA2") return false;  // "•"
  size_t d = i;
  while (d < next.size() && std::isdigit(static_cast<unsigned char>(next[d]))) ++d;
  if (d > i && d < next.size() && (next[d] == '.' || next[d] == ')')) return false;
  return markdown || std::islower(c);
}

}  // namespace

JdProfile ExtractJd(const Document& doc, const SkillMatcher& matcher, const ExtractOptions& opts) {
  JdProfile p;
  const std::string_view text = doc.text;
  p.sections = SplitSections(text, DocKind::kJd);
  const std::vector<Mention> mentions = matcher.Find(text);
  SkillPlaces at(matcher.kb());  // skill -> index in p.skills

  // Years asked, per sentence: attach to skills after the phrase in the same sentence, else
  // before it, else to the role.
  std::map<int, double> years_for_skill;
  const size_t first_text_line = [&] {
    size_t i = 0;
    while (i < text.size() && (text[i] == '\n' || text[i] == ' ')) ++i;
    return text.rfind('\n', i) == std::string_view::npos || i == 0 ? 0 : text.rfind('\n', i) + 1;
  }();
  size_t mi = 0;
  size_t line_begin = 0;
  // The occurrences of the sentence before, while a paragraph runs, so that a sentence that
  // points back at them ("... at least two of those languages") can give them its level.
  struct Placed {
    size_t skill_index, mention_index;
  };
  std::vector<Placed> previous;
  bool previous_has_cue = false;
  size_t previous_section = 0;
  // While the bullets after "... each of the following competencies" run: they are required,
  // whatever the section.
  bool in_required_list = false;
  const bool markdown = doc.format == SourceFormat::kMarkdown;
  while (line_begin < text.size()) {
    size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    const size_t section = SectionAt(p.sections, line_begin);
    const bool title_line = line_begin == first_text_line;
    const SectionKind sk = p.sections[section].kind;
    // The lines a sentence wraps over are read as one: "line" runs to the end of the paragraph
    // or list item (offsets stay those of the text).
    const size_t next_heading =
        section + 1 < p.sections.size() ? p.sections[section + 1].heading_begin : text.size();
    if (!title_line) {
      while (line_end < text.size()) {
        const size_t next_begin = line_end + 1;
        size_t next_end = text.find('\n', next_begin);
        if (next_end == std::string_view::npos) next_end = text.size();
        // A heading stops the paragraph; one glued to the end of a line ends it after that line.
        if (next_heading <= line_end || next_heading == next_begin) break;
        if (!WrapsOnto(text.substr(line_begin, line_end - line_begin),
                       text.substr(next_begin, next_end - next_begin), markdown)) {
          break;
        }
        line_end = next_end;
      }
    }
    std::string_view line = text.substr(line_begin, line_end - line_begin);
    if (section + 1 < p.sections.size() && p.sections[section + 1].heading_begin > line_begin &&
        p.sections[section + 1].heading_begin < line_end) {
      // A heading glued to the end of the line ("... FedRAMP ) Desired Experience") is not
      // part of its sentences.
      line = line.substr(0, p.sections[section + 1].heading_begin - line_begin);
    }
    if (section != previous_section || IsBlank(line)) previous.clear();
    previous_section = section;
    if (in_required_list && !IsBlank(line) && !ContinuesList(line)) in_required_list = false;
    if (IntroducesRequiredList(line)) in_required_list = true;
    // Mentions on this line.
    size_t mj = mi;
    while (mj < mentions.size() && mentions[mj].begin < line_end) ++mj;
    for (const auto& [sb, se] : SplitSentences(line)) {
      const std::string_view sentence = line.substr(sb, se - sb);
      const size_t abs_b = line_begin + sb, abs_e = line_begin + se;
      // A parenthesis carries its own cue: in "3 years of Oracle (PL/SQL a plus)" only PL/SQL
      // is preferred. The rest of the sentence is read without its parentheses.
      std::string outer;
      std::vector<std::pair<size_t, size_t>> parens;  // [begin, end) within the sentence
      {
        size_t open = std::string_view::npos;
        for (size_t i = 0; i < sentence.size(); ++i) {
          if (sentence[i] == '(' && open == std::string_view::npos) {
            open = i;
          } else if (sentence[i] == ')' && open != std::string_view::npos) {
            parens.push_back({open, i + 1});
            open = std::string_view::npos;
          } else if (open == std::string_view::npos) {
            outer += sentence[i];
          }
        }
      }
      Cue outer_cue = SentenceCue(outer);
      if (outer_cue == Cue::kNone) {
        // A parenthesis that holds only a cue speaks for the sentence: "Node ( Mandatory )".
        for (const auto& [pb, pe] : parens) {
          bool holds_skill = false;
          for (size_t k = mi; k < mj; ++k) {
            holds_skill = holds_skill || (mentions[k].begin >= abs_b + pb && mentions[k].begin < abs_b + pe);
          }
          const Cue inner = SentenceCue(sentence.substr(pb, pe - pb));
          if (!holds_skill && inner != Cue::kNone) outer_cue = inner;
        }
      }
      const bool team_stack = DescribesTeamStack(sentence);
      const bool company = !team_stack && DescribesCompany(sentence);
      auto level_for = [&](Cue cue) {
        RequirementLevel level = SectionLevel(sk);
        if (in_required_list) return RequirementLevel::kRequired;
        if (IsContextSection(sk)) return level;
        if (cue != Cue::kRequired && company) return RequirementLevel::kContext;
        if (cue == Cue::kPreferred) {
          level = RequirementLevel::kPreferred;
        } else if (cue == Cue::kRequired && sk != SectionKind::kPreferred) {
          level = RequirementLevel::kRequired;
        } else if (team_stack) {
          // "We use PostgreSQL": the candidate will work with it; it is not asked for.
          level = RequirementLevel::kResponsibility;
        } else if (sk == SectionKind::kPreamble || sk == SectionKind::kOther) {
          // No heading says what this is: a sentence that asks, or a bare list line, is a
          // requirement; one that describes work is a responsibility. The title line names
          // what the role is, so it counts as required.
          level = (title_line || AsksForSkill(sentence) || !DescribesDuty(sentence))
                      ? RequirementLevel::kRequired
                      : RequirementLevel::kResponsibility;
        }
        return level;
      };
      std::vector<int> in_sentence;
      std::vector<Placed> placed;
      for (size_t k = mi; k < mj; ++k) {
        const Mention& m = mentions[k];
        if (m.begin < abs_b || m.begin >= abs_e) continue;
        Cue cue = outer_cue;
        for (const auto& [pb, pe] : parens) {
          if (m.begin >= abs_b + pb && m.begin < abs_b + pe) {
            const Cue inner = SentenceCue(sentence.substr(pb, pe - pb));
            if (inner != Cue::kNone) cue = inner;
          }
        }
        const RequirementLevel level = level_for(cue);
        Occurrence o;
        o.mention = m;
        o.line = doc.LineOf(m.begin);
        o.section = section;
        o.section_kind = sk;
        o.level = level;
        if (!at.Has(m.skill)) {
          JdSkill s;
          s.skill = m.skill;
          s.level = level;
          at.Set(m.skill, p.skills.size());
          p.skills.push_back(s);
        }
        JdSkill& s = p.skills[at[m.skill]];
        if (s.mentions.empty() || level < s.level) s.level = level;
        s.mentions.push_back(o);
        in_sentence.push_back(static_cast<int>(k));
        placed.push_back({at[m.skill], s.mentions.size() - 1});
      }
      if (outer_cue != Cue::kNone && !previous_has_cue && !IsContextSection(sk) &&
          RefersBack(sentence)) {
        // "Core languages are Go and Ruby. You should have experience with one of those":
        // the demand speaks for the skills of the sentence before.
        const RequirementLevel level = level_for(outer_cue);
        for (const Placed& pl : previous) {
          JdSkill& s = p.skills[pl.skill_index];
          Occurrence& o = s.mentions[pl.mention_index];
          o.level = std::min(o.level, level);
          s.level = std::min(s.level, level);
        }
      }
      previous = placed;
      previous_has_cue = outer_cue != Cue::kNone;
      if (IsContextSection(sk)) continue;
      for (const YearsAsked& y : FindYearsAsked(sentence)) {
        // After the phrase: the first skill, and the ones listed right after it
        // ("5+ years of Python, Go or Rust", "3 years with AWS (EC2, S3)"); a skill further
        // on is about something else ("(we use FastAPI)"). Before it: "Python (3+ years)".
        std::vector<int> after, before;
        size_t last_end = 0;
        for (int k : in_sentence) {
          const size_t rel = mentions[k].begin - abs_b;
          if (rel < y.begin) {
            before.push_back(mentions[k].skill);
            continue;
          }
          const size_t gap_from = after.empty() ? y.end : last_end;
          if (rel < gap_from) continue;
          if (!ListGap(sentence.substr(gap_from, rel - gap_from), after.empty())) break;
          after.push_back(mentions[k].skill);
          last_end = mentions[k].end - abs_b;
        }
        if (before.size() > 1) before.erase(before.begin(), before.end() - 1);
        const std::vector<int>& targets = !after.empty() ? after : before;
        if (targets.empty()) {
          p.years_overall = std::max(p.years_overall, y.years);
        } else {
          for (int skill : targets) {
            years_for_skill[skill] = std::max(years_for_skill[skill], y.years);
          }
        }
      }
    }
    mi = mj;
    line_begin = line_end + 1;
  }
  for (JdSkill& s : p.skills) {
    auto it = years_for_skill.find(s.skill);
    if (it != years_for_skill.end()) s.years = it->second;
  }
  AddImplied(matcher.kb(), &p.skills, &at);
  for (JdSkill& s : p.skills) {
    if (s.mentions.empty()) {
      // An implied skill is asked at the level of the strongest skill implying it.
      RequirementLevel best = RequirementLevel::kContext;
      for (int from : s.implied_by) best = std::min(best, p.skills[at[from]].level);
      s.level = best;
    }
  }
  std::stable_sort(p.skills.begin(), p.skills.end(), [](const JdSkill& a, const JdSkill& b) {
    if (a.mentions.empty() != b.mentions.empty()) return b.mentions.empty();
    if (a.level != b.level) return a.level < b.level;
    const size_t fa = a.mentions.empty() ? 0 : a.mentions.front().mention.begin;
    const size_t fb = b.mentions.empty() ? 0 : b.mentions.front().mention.begin;
    return fa < fb;
  });
  // Behavioural themes named outside the context sections.
  std::string asked;
  for (const Section& s : p.sections) {
    if (IsContextSection(s.kind)) continue;
    asked += std::string(text.substr(s.heading_begin, s.end - s.heading_begin));
    asked += '\n';
  }
  for (char& c : asked) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const Theme& t : matcher.kb().themes()) {
    for (const std::string& cue : t.cues) {
      if (ContainsPhrase(asked, cue)) {
        p.themes.push_back(t.id);
        break;
      }
    }
  }
  bool any_heading = false;
  for (const Section& s : p.sections) any_heading = any_heading || s.kind != SectionKind::kPreamble;
  if (!any_heading) {
    p.warnings.push_back(doc.path + ": no section headings found; levels come from the wording of each sentence");
  }
  if (opts.check_language) WarnUnlessEnglish(doc, &p.warnings);
  (void)opts;
  return p;
}

ResumeProfile ExtractResume(const Document& doc, const SkillMatcher& matcher,
                            const ExtractOptions& opts) {
  ResumeProfile p;
  const std::string_view text = doc.text;
  p.sections = SplitSections(text, DocKind::kResume);
  const int today = MonthIndex(opts.today_year, opts.today_month);
  bool has_experience_heading = false;
  for (const Section& s : p.sections) has_experience_heading |= s.kind == SectionKind::kExperience;

  // Roles: a line with a date range in an experience section (or anywhere outside education,
  // certifications and skills when the resume has no experience heading).
  for (const Section& s : p.sections) {
    const bool role_section = s.kind == SectionKind::kExperience ||
                              (!has_experience_heading && (s.kind == SectionKind::kPreamble ||
                                                           s.kind == SectionKind::kOther));
    if (!role_section) continue;
    size_t pos = s.begin;
    std::vector<Role> roles;
    size_t last_header_pos = 0;
    while (pos < s.end) {
      size_t eol = text.find('\n', pos);
      if (eol == std::string_view::npos || eol > s.end) eol = s.end;
      const std::string_view line = text.substr(pos, eol - pos);
      DateRange r;
      if (line.size() < 200 && FindDateRange(line, today, &r)) {
        Role role;
        role.begin = pos;
        role.start = r.start;
        role.finish = r.finish;
        role.current = r.current;
        role.header = std::string(line);
        role.header_line = doc.LineOf(pos);
        // A short line just above without a bullet or full stop is the title or employer.
        if (pos > s.begin) {
          const LineSpan prev = LineAround(text, pos - 1);
          const std::string_view pl = text.substr(prev.begin, prev.end - prev.begin);
          const bool bullet = pl.substr(0, 3) == "\xE2\x80\xA2" || pl.substr(0, 2) == "- " ||
                              pl.substr(0, 2) == "* ";
          DateRange other;
          if (!pl.empty() && pl.size() <= 80 && !bullet && pl.back() != '.' &&
              prev.begin >= s.begin && !FindDateRange(pl, today, &other) &&
              (roles.empty() || prev.begin > last_header_pos)) {
            role.begin = prev.begin;
            role.header = std::string(pl) + " | " + role.header;
            role.header_line = doc.LineOf(prev.begin);
          }
        }
        if (!roles.empty()) roles.back().end = role.begin;
        last_header_pos = pos;
        roles.push_back(role);
      }
      pos = eol + 1;
    }
    if (!roles.empty()) roles.back().end = s.end;
    for (Role& r : roles) {
      if (r.begin >= r.end) r.end = std::min(s.end, r.begin + r.header.size() + 1);
      p.roles.push_back(std::move(r));
    }
  }
  std::sort(p.roles.begin(), p.roles.end(), [](const Role& a, const Role& b) { return a.begin < b.begin; });
  // Fix ends that a later role in another section would have set.
  for (size_t i = 0; i + 1 < p.roles.size(); ++i) {
    p.roles[i].end = std::min(p.roles[i].end, p.roles[i + 1].begin);
  }

  SkillPlaces at(matcher.kb());  // skill -> index in p.skills
  for (const Mention& m : matcher.Find(text)) {
    Occurrence o;
    o.mention = m;
    o.line = doc.LineOf(m.begin);
    o.section = SectionAt(p.sections, m.begin);
    o.section_kind = p.sections[o.section].kind;
    for (size_t r = 0; r < p.roles.size(); ++r) {
      if (m.begin >= p.roles[r].begin && m.begin < p.roles[r].end) o.role = static_cast<int>(r);
    }
    if (!at.Has(m.skill)) {
      ResumeSkill s;
      s.skill = m.skill;
      at.Set(m.skill, p.skills.size());
      p.skills.push_back(s);
    }
    p.skills[at[m.skill]].mentions.push_back(o);
  }
  AddImplied(matcher.kb(), &p.skills, &at);

  // Evidence from roles: a skill is used in every role that names it or a skill implying it.
  auto merged_years = [](std::vector<std::pair<int, int>> spans) {
    std::sort(spans.begin(), spans.end());
    int total = 0, cur_b = -1, cur_e = -1;
    for (auto [b, e] : spans) {
      if (b > cur_e) {
        if (cur_e >= cur_b && cur_b >= 0) total += cur_e - cur_b + 1;
        cur_b = b;
        cur_e = e;
      } else {
        cur_e = std::max(cur_e, e);
      }
    }
    if (cur_b >= 0) total += cur_e - cur_b + 1;
    return total / 12.0;
  };
  std::vector<std::vector<int>> roles_of(p.skills.size());
  for (size_t i = 0; i < p.skills.size(); ++i) {
    for (const Occurrence& o : p.skills[i].mentions) {
      const bool used = o.role >= 0 || o.section_kind == SectionKind::kExperience ||
                        o.section_kind == SectionKind::kProjects;
      if (used) p.skills[i].in_experience = true;
      if (o.role >= 0) roles_of[i].push_back(o.role);
    }
  }
  for (size_t i = 0; i < p.skills.size(); ++i) {
    for (int from : p.skills[i].implied_by) {
      const size_t fi = at[from];
      if (p.skills[fi].in_experience) p.skills[i].in_experience = true;
      roles_of[i].insert(roles_of[i].end(), roles_of[fi].begin(), roles_of[fi].end());
    }
  }
  for (size_t i = 0; i < p.skills.size(); ++i) {
    std::vector<int>& rs = roles_of[i];
    std::sort(rs.begin(), rs.end());
    rs.erase(std::unique(rs.begin(), rs.end()), rs.end());
    std::vector<std::pair<int, int>> spans;
    for (int r : rs) {
      const Role& role = p.roles[r];
      if (role.start < 0) continue;
      spans.push_back({role.start, role.finish});
      p.skills[i].last_used = std::max(p.skills[i].last_used, role.finish);
    }
    p.skills[i].roles = static_cast<int>(rs.size());
    p.skills[i].years = merged_years(spans);
  }
  std::vector<std::pair<int, int>> all;
  for (const Role& r : p.roles) {
    if (r.start >= 0) all.push_back({r.start, r.finish});
  }
  p.total_years = merged_years(all);
  if (p.roles.empty()) {
    p.warnings.push_back(doc.path + ": no dated roles found; years of use and recency are unknown");
  }
  if (opts.check_language) WarnUnlessEnglish(doc, &p.warnings);
  return p;
}

DocKind GuessDocKind(const Document& doc, double* confidence) {
  int jd = 0, cv = 0;
  for (const Section& s : SplitSections(doc.text, DocKind::kJd)) {
    if (s.kind == SectionKind::kRequired || s.kind == SectionKind::kPreferred ||
        s.kind == SectionKind::kResponsibilities || s.kind == SectionKind::kBenefits) {
      jd += 2;
    }
  }
  for (const Section& s : SplitSections(doc.text, DocKind::kResume)) {
    if (s.kind == SectionKind::kExperience || s.kind == SectionKind::kEducation ||
        s.kind == SectionKind::kSkills || s.kind == SectionKind::kSummary) {
      cv += 2;
    }
  }
  std::string lower = doc.text.substr(0, 20000);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* w : {"you will", "you'll", "we are looking", "we're looking", "responsibilities",
                        "qualifications", "the ideal candidate", "benefits", "apply",
                        "equal opportunity", "our team", "join us"}) {
    if (ContainsPhrase(lower, w)) ++jd;
  }
  int ranges = 0;
  size_t pos = 0;
  while (pos < doc.text.size() && ranges < 10) {
    size_t eol = doc.text.find('\n', pos);
    if (eol == std::string::npos) eol = doc.text.size();
    DateRange r;
    if (FindDateRange(std::string_view(doc.text).substr(pos, eol - pos), 2100 * 12, &r)) ++ranges;
    pos = eol + 1;
  }
  cv += 2 * ranges;
  if (doc.format == SourceFormat::kJsonResume) cv += 100;
  if (confidence) {
    const int total = jd + cv;
    *confidence = total == 0 ? 0.0 : std::abs(jd - cv) / static_cast<double>(total);
  }
  return jd > cv ? DocKind::kJd : DocKind::kResume;
}

}  // namespace skillfit
