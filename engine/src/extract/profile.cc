// ExtractJd and ExtractResume: sections, mentions, levels, years, roles.
#include "skillfit/profile.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <utility>

#include "extract/acronym_plural.h"
#include "extract/adjective_sense.h"
#include "extract/contact_lines.h"
#include "extract/date_range.h"
#include "extract/degree_skills.h"
#include "extract/employer_names.h"
#include "extract/employer_voice.h"
#include "extract/example_heads.h"
#include "extract/headline.h"
#include "extract/inline_headings.h"
#include "extract/jd_cues.h"
#include "extract/language.h"
#include "extract/link_spans.h"
#include "extract/list_case.h"
#include "extract/name_initial.h"
#include "extract/phrase_forms.h"
#include "extract/phrase_words.h"
#include "extract/requirement_groups.h"
#include "extract/roles.h"
#include "extract/title_evidence.h"
#include "extract/title_tail.h"
#include "extract/unasked_mention.h"
#include "extract/visual_sense.h"
#include "extract/word_sense.h"
#include "extract/spoken_language.h"
#include "util/ascii.h"

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

const char* CefrName(int cefr) {
  static const char* const kNames[] = {"", "A1", "A2", "B1", "B2", "C1", "C2"};
  return cefr >= 0 && cefr <= 6 ? kNames[cefr] : "";
}

std::string ProficiencyText(int cefr, const std::string& words) {
  const std::string code = CefrName(cefr);
  if (words.empty() || words == code) return code;
  return code.empty() ? words : code + " (" + words + ")";
}

namespace {

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

// Notes a spoken-language reading on an occurrence and its skill: the skill keeps the highest
// level over its mentions.
template <typename SkillT>
void NoteProficiency(const LanguageReading& r, Occurrence* o, SkillT* s) {
  o->proficiency = r.proficiency;
  o->cefr = r.cefr;
  if (r.cefr > s->cefr || (s->proficiency.empty() && !r.proficiency.empty() && r.cefr >= s->cefr)) {
    s->cefr = r.cefr;
    s->proficiency = r.proficiency;
  }
}

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

// Whether `gap`, the text between a skill and a years phrase after it, keeps them together:
// six words at most, of which two at most are not words of measure ("with", "at least", "more
// than", "experience"...): "Python (3+ years)", "Python experience: 3 years", "a Java
// developer with at least 5 years".
bool NextToYears(std::string_view gap) {
  static const char* const kMeasureWords[] = {"with", "at", "least", "of", "over", "more",
                                              "than", "minimum", "min", "a", "an", "experience",
                                              nullptr};
  size_t words = 0, others = 0;
  for (size_t i = 0; i < gap.size();) {
    if (!std::isalnum(static_cast<unsigned char>(gap[i]))) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < gap.size() && std::isalnum(static_cast<unsigned char>(gap[e]))) ++e;
    const std::string w = LowerCueText(gap.substr(i, e - i));
    ++words;
    bool measure = false;
    for (const char* const* m = kMeasureWords; *m && !measure; ++m) measure = w == *m;
    if (!measure) ++others;
    i = e;
  }
  return words <= 6 && others <= 2;
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

// Whether `line` opens a list of what the employer or its product is or has, in its own voice
// and asking nothing: "The product includes features related to:", "Our customers include:".
// The list items below it are context, as the line would be.
bool IntroducesCompanyList(std::string_view line) {
  while (!line.empty() && IsAsciiSpace(line.back())) line.remove_suffix(1);
  return !line.empty() && line.back() == ':' && SentenceCue(line) == Cue::kNone &&
         SpeaksAsEmployer(line);
}

// Whether `line` (no trailing space) ends where no sentence can: on a comma, a conjunction,
// a preposition or an article ("... orchestration with Kubernetes or" / "ECS; ...").
bool EndsOpen(std::string_view line) {
  if (!line.empty() && line.back() == ',') return true;
  size_t b = line.size();
  while (b > 0 && std::isalpha(static_cast<unsigned char>(line[b - 1]))) --b;
  if (b > 0 && line[b - 1] == '/') return line.substr(b) == "or";  // "and/or"
  static constexpr std::string_view kOpenEnds[] = {
      "or", "and", "of", "with", "in", "the", "a", "an", "to", "for", "on", "from", "by", "as",
      "including", "via", "using"};
  const std::string word = AsciiLowerCopy(line.substr(b));
  return std::find(std::begin(kOpenEnds), std::end(kOpenEnds), word) != std::end(kOpenEnds);
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
  return markdown || std::islower(c) || EndsOpen(line.substr(0, e));
}

// The offset of the line that holds the first text: the JD's title line.
size_t FirstTextLine(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && (text[i] == '\n' || text[i] == ' ')) ++i;
  return text.rfind('\n', i) == std::string_view::npos || i == 0 ? 0 : text.rfind('\n', i) + 1;
}

// The end (at its '\n', or the end of the text) of the line that starts at `begin`.
size_t LineEnd(std::string_view text, size_t begin) {
  const size_t end = text.find('\n', begin);
  return end == std::string_view::npos ? text.size() : end;
}

// The end of the paragraph or list item whose first line starts at `begin`: the lines a
// sentence wraps over are read as one (offsets stay those of the text). `next_heading` is
// where the next section's heading starts.
size_t WrappedLineEnd(std::string_view text, size_t begin, size_t next_heading, bool markdown) {
  size_t end = LineEnd(text, begin);
  while (end < text.size()) {
    const size_t next_begin = end + 1;
    const size_t next_end = LineEnd(text, next_begin);
    // A heading stops the paragraph; one glued to the end of a line ends it after that line.
    if (next_heading <= end || next_heading == next_begin) break;
    if (!WrapsOnto(text.substr(begin, end - begin), text.substr(next_begin, next_end - next_begin),
                   markdown)) {
      break;
    }
    end = next_end;
  }
  return end;
}

// A sentence read apart from its parentheses: a parenthesis carries its own cue, so that in
// "3 years of Oracle (PL/SQL a plus)" only PL/SQL is preferred.
struct Parenthesized {
  std::string outer;                              // the sentence without its parentheses
  std::vector<std::pair<size_t, size_t>> parens;  // [begin, end) within the sentence
};

Parenthesized SplitParentheses(std::string_view sentence) {
  Parenthesized split;
  size_t open = std::string_view::npos;
  for (size_t i = 0; i < sentence.size(); ++i) {
    if (sentence[i] == '(' && open == std::string_view::npos) {
      open = i;
    } else if (sentence[i] == ')' && open != std::string_view::npos) {
      split.parens.push_back({open, i + 1});
      open = std::string_view::npos;
    } else if (open == std::string_view::npos) {
      split.outer += sentence[i];
    }
  }
  return split;
}

// The cue for a mention at text offset `m.begin` of a sentence that starts at `abs_b`: that of
// a parenthesis holding it, when it carries one, else the sentence's own.
Cue MentionCue(const Mention& m, Cue outer_cue, std::string_view sentence, size_t abs_b,
               const Parenthesized& split) {
  Cue cue = outer_cue;
  for (const auto& [pb, pe] : split.parens) {
    if (m.begin >= abs_b + pb && m.begin < abs_b + pe) {
      const Cue inner = SentenceCue(sentence.substr(pb, pe - pb));
      if (inner != Cue::kNone) cue = inner;
    }
  }
  return cue;
}

// Whether `after` (the text right after a mention) opens with a word for a group of people:
// "product and architecture teams", "QA department". The skill names the group the person
// hired works with, not what they are asked. (After "the", "our" ... the mention is dropped
// as no skill at all: word_sense.cc.)
bool NamesAUnit(std::string_view after) {
  size_t b = 0;
  while (b < after.size() && after[b] == ' ') ++b;
  if (b == 0) return false;
  size_t e = b;
  while (e < after.size() && std::isalpha(static_cast<unsigned char>(after[e]))) ++e;
  const std::string word = LowerCueText(after.substr(b, e - b));
  return word == "team" || word == "teams" || word == "department" || word == "departments";
}

// The cue a sentence's items share: that of the words of the items with no preferred cue of
// their own ("Preferred: \u2022Excel \u2022SAFe" -> kPreferred, from the lead-in; "\u2022Git
// \u2022Java would be an advantage \u2022Agile" -> kNone: Java's wish is its own).
Cue SharedCue(std::string_view sentence, const std::vector<std::pair<size_t, size_t>>& items) {
  std::string rest;
  for (const auto& [ib, ie] : items) {
    const std::string_view item = sentence.substr(ib, ie - ib);
    if (BulletMarkLength(item) == 0 || SentenceCue(item) != Cue::kPreferred) {
      rest.append(item).append(" ");
    }
  }
  return SentenceCue(rest);
}

// The cue for the words at `at` of a sentence whose first clause closes on a cue of its own
// (FirstClosedClause): that clause's before its end, the rest's after it; `sentence_cue` when
// no clause closes so.
Cue ClauseCue(const ClosedClause& clause, size_t at, Cue sentence_cue) {
  if (clause.end == std::string_view::npos) return sentence_cue;
  return at < clause.end ? clause.cue : clause.rest;
}

// What the level of a JD sentence's skills depends on, besides each one's cue.
struct SentenceSense {
  std::string_view sentence;
  SectionKind section_kind = SectionKind::kPreamble;
  bool title_line = false;        // the JD's first line of text, which names the role
  bool title_run_on = false;      // a sentence of that line after its first
  bool in_required_list = false;  // a bullet after "... each of the following competencies"
  bool team_stack = false;        // "We use PostgreSQL" (DescribesTeamStack)
  bool company = false;           // DescribesCompany or SpeaksAsEmployer, when not team_stack
  bool team_paragraph = false;    // the sentence before, in the paragraph, spoke as the team
  bool domain = false;            // the skill is a field of business (kb category "domains")
  bool framed_out = false;        // its own phrase sets it outside the ask (unasked_mention.h)
};

// The level a skill named in the sentence is asked at, given its cue.
RequirementLevel LevelFor(const SentenceSense& s, Cue cue) {
  const SectionKind sk = s.section_kind;
  RequirementLevel level = SectionLevel(sk);
  if (s.in_required_list) return RequirementLevel::kRequired;
  if (IsContextSection(sk)) return level;
  if (cue != Cue::kRequired && s.company) return RequirementLevel::kContext;
  if (s.framed_out) return RequirementLevel::kContext;  // "much like ... banks", "desire to learn"
  if (cue == Cue::kPreferred) {
    level = RequirementLevel::kPreferred;
  } else if (cue == Cue::kRequired && sk != SectionKind::kPreferred) {
    level = RequirementLevel::kRequired;
  } else if (s.team_stack) {
    // "We use PostgreSQL": the candidate will work with it; it is not asked for.
    level = RequirementLevel::kResponsibility;
  } else if (sk == SectionKind::kPreamble || sk == SectionKind::kOther) {
    // No heading says what this is: a sentence that asks, or a bare list line, is a
    // requirement; one that describes work is a responsibility. The title line names
    // what the role is, so it counts as required.
    const bool setting = s.domain && cue == Cue::kNone && StatesTheSetting(s.sentence);
    if ((s.title_line && !(s.title_run_on && setting)) || AsksForSkill(s.sentence)) {
      level = RequirementLevel::kRequired;
    } else if (setting) {
      // "We handle the production from our wind farms and oil and gas fields", "Help us
      // empower digital payments": a field of business named where nothing asks for it is the
      // employer's market (StatesTheSetting already refuses a duty it does not read as one).
      level = RequirementLevel::kContext;
    } else if (DescribesDuty(s.sentence)) {
      level = RequirementLevel::kResponsibility;
    } else if (!s.team_paragraph && NarratesWithoutAsking(s.sentence)) {
      level = RequirementLevel::kContext;
    } else {
      level = RequirementLevel::kRequired;
    }
  }
  return level;
}

// The skills (kb indexes) a years phrase `y` in `sentence` (at text offset `abs_b`) speaks of;
// `in_sentence` indexes `mentions`, in order. After the phrase: the first skill, and the ones
// listed right after it ("5+ years of Python, Go or Rust"); a skill further on is about
// something else ("(we use FastAPI)"), and a parenthesis after a listed skill gives examples
// of it, not more skills of those years ("3 years with AWS (EC2, S3)": AWS, not EC2). Else
// the last one before it, when two words at most stand between: "Python (3+ years)", "Python
// experience: 3 years"; not "Master in Computer Science or comparable field 5+ years of
// leading teams". Empty when the years are asked of the role.
std::vector<int> SkillsOfYears(const YearsAsked& y, std::string_view sentence, size_t abs_b,
                               const std::vector<int>& in_sentence,
                               const std::vector<Mention>& mentions) {
  std::vector<int> after, before;
  size_t last_end = 0, before_end = 0;
  for (int k : in_sentence) {
    const size_t rel = mentions[k].begin - abs_b;
    if (rel < y.begin) {
      before.push_back(mentions[k].skill);
      before_end = std::max(before_end, std::min(mentions[k].end - abs_b, y.begin));
      continue;
    }
    const size_t gap_from = after.empty() ? y.end : last_end;
    if (rel < gap_from) continue;
    const std::string_view gap = sentence.substr(gap_from, rel - gap_from);
    if (!ListGap(gap, after.empty())) break;
    if (!after.empty() && gap.find('(') != std::string_view::npos) break;
    after.push_back(mentions[k].skill);
    last_end = mentions[k].end - abs_b;
  }
  if (!after.empty()) return after;
  if (before.size() > 1) before.erase(before.begin(), before.end() - 1);
  if (!before.empty() && !NextToYears(sentence.substr(before_end, y.begin - before_end))) return {};
  return before;
}

// Reads a JD line by line and places each mention in the profile's skills at the level that
// its sentence and section give it; collects the years asked of each skill and of the role.
// A line here is a paragraph or list item: the lines a sentence wraps over are read as one.
// How many of `mentions` name each skill, by kb index (up to the highest index named).
std::vector<size_t> MentionsPerSkill(const std::vector<Mention>& mentions) {
  std::vector<size_t> count;
  for (const Mention& m : mentions) {
    if (m.skill < 0) continue;
    const size_t k = static_cast<size_t>(m.skill);
    if (k >= count.size()) count.resize(k + 1, 0);
    ++count[k];
  }
  return count;
}

class JdReader {
 public:
  // `mentions` are those of doc.text, in order; `p` has its sections; `at` indexes p->skills.
  // `readings` are those of ReadSpokenLanguages for `mentions`.
  JdReader(const Document& doc, const KnowledgeBase& kb, const std::vector<Mention>& mentions,
           const std::vector<LanguageReading>& readings, JdProfile* p, SkillPlaces* at)
      : doc_(doc),
        kb_(kb),
        text_(doc.text),
        mentions_(mentions),
        readings_(readings),
        p_(p),
        at_(at),
        markdown_(doc.format == SourceFormat::kMarkdown),
        mentions_of_(MentionsPerSkill(mentions)) {}

  // Fills p->skills (levels and occurrences, no years) and p->years_overall.
  void ReadLines();

  // Years asked per skill (kb index), once ReadLines has run.
  const std::map<int, double>& years_for_skill() const { return years_for_skill_; }

 private:
  // An occurrence placed in the profile: p_->skills[skill_index].mentions[mention_index].
  struct Placed {
    size_t skill_index, mention_index;
  };

  void ReadLine(size_t line_begin, size_t line_end, size_t next_heading, size_t section,
                bool title_line);
  void ReadSentence(std::string_view sentence, size_t abs_b, size_t section, bool title_line);
  void ReadPiece(std::string_view line, size_t b, size_t e, size_t line_begin, size_t section,
                 bool title_line);
  Cue BareParenthesisCue(std::string_view sentence, size_t abs_b, const Parenthesized& split) const;
  Placed Place(const Mention& m, size_t section, RequirementLevel level);
  void RaisePrevious(RequirementLevel level);
  void AddYearsAsked(std::string_view sentence, size_t abs_b, const std::vector<int>& in_sentence);
  void GroupPrevious();
  void GroupAlternatives(std::string_view sentence, size_t abs_b,
                         const std::vector<int>& in_sentence, const std::vector<Placed>& placed);

  const Document& doc_;
  const KnowledgeBase& kb_;
  const std::string_view text_;
  const std::vector<Mention>& mentions_;
  const std::vector<LanguageReading>& readings_;
  JdProfile* const p_;
  SkillPlaces* const at_;
  const bool markdown_;
  // Mentions of each skill (kb index): room for that many occurrences is made when a skill is
  // first placed, so a JD naming one skill 300,000 times grows no vector by copies.
  const std::vector<size_t> mentions_of_;
  // Years asked, per sentence: attached to skills after the phrase in the same sentence, else
  // before it, else to the role.
  std::map<int, double> years_for_skill_;
  // The mentions on the line being read: mentions_[mi_, mj_).
  size_t mi_ = 0, mj_ = 0;
  // The occurrences of the sentence before, while a paragraph runs, so that a sentence that
  // points back at them ("... at least two of those languages") can give them its level.
  std::vector<Placed> previous_;
  bool previous_has_cue_ = false;
  // The cue of the whole sentence while its items, parted by bullets kept inside a flattened
  // line, are read one by one: an item with no cue of its own takes it (kNone otherwise).
  Cue bulleted_sentence_cue_ = Cue::kNone;
  // Whether the sentence before, in this paragraph, spoke as the team telling its practice
  // (NamesTheTeam, not the company's description): the next one goes on with it.
  bool team_paragraph_ = false;
  size_t previous_section_ = 0;
  // While the bullets after "... each of the following competencies" run: they are required,
  // whatever the section.
  bool in_required_list_ = false;
  // While the bullets after "The product includes features related to:" run: they are
  // context (IntroducesCompanyList).
  bool in_company_list_ = false;
  bool title_run_on_ = false;     // reading a sentence of the title line after its first
  // Headings in capitals inside the line being read (offsets in the text), in order.
  std::vector<InlineHeading> inline_headings_;
  // LineStartBefore's last answer: the start of the text line that holds `line_start_at_`.
  size_t line_start_at_ = 0;
  size_t line_start_ = 0;
  // The kind of the section `offset` of the sentence from `sentence_begin` is in: that of the
  // last inline heading before it, else `section_kind`. A flattened posting's heading speaks
  // up to the sentence's end, not for the rest of its one line; a label of benefits ("Job
  // benefits:", "We offer") speaks to the line's end.
  SectionKind KindAt(size_t sentence_begin, size_t offset, SectionKind section_kind) const;
  size_t LineStartBefore(size_t at);
  // The title line's tail (FindTitleTail) in text offsets.
  TitleTail TitleTailAt() const;
};

TitleTail JdReader::TitleTailAt() const {
  const size_t begin = FirstTextLine(text_);
  TitleTail tail = FindTitleTail(text_.substr(begin, LineEnd(text_, begin) - begin));
  if (tail.begin == std::string_view::npos) return tail;
  tail.begin += begin;
  tail.end += begin;
  return tail;
}

SectionKind JdReader::KindAt(size_t sentence_begin, size_t offset,
                             SectionKind section_kind) const {
  SectionKind kind = section_kind;
  for (const InlineHeading& h : inline_headings_) {
    // A label of benefits speaks to its line's end, other headings to their sentence's; a
    // heading right before a glued item (SplitGluedItems: "About us | Working with us ...")
    // opens that item's sentence.
    const bool opens_item = h.end <= sentence_begin &&
                            text_.substr(h.end, sentence_begin - h.end).find_first_not_of(' ') ==
                                std::string_view::npos;
    if ((h.to_line_end || h.begin >= sentence_begin || opens_item) && h.end <= offset) {
      kind = h.closes ? section_kind : h.kind;
    }
  }
  return kind;
}

void JdReader::ReadLines() {
  const size_t first_text_line = FirstTextLine(text_);
  const std::vector<Section>& sections = p_->sections;
  size_t line_begin = 0;
  while (line_begin < text_.size()) {
    const size_t section = SectionAt(sections, line_begin);
    const bool title_line = line_begin == first_text_line;
    const size_t next_heading =
        section + 1 < sections.size() ? sections[section + 1].heading_begin : text_.size();
    const size_t line_end = title_line ? LineEnd(text_, line_begin)
                                       : WrappedLineEnd(text_, line_begin, next_heading, markdown_);
    ReadLine(line_begin, line_end, next_heading, section, title_line);
    // A section opened by a label inside this line ("... analysis Requirements: 5 years of
    // SAP") goes on from its body, on the same line.
    const bool opens_inside = next_heading > line_begin && next_heading < line_end &&
                              sections[section + 1].begin < line_end;
    line_begin = opens_inside ? sections[section + 1].begin : line_end + 1;
  }
}

// The start of the text line (after the last '\n') that holds offset `at`. Mentions are read
// in order, so each call searches only the text since the last one's offset (a search back
// to the line's start for every mention made a long line quadratic).
size_t JdReader::LineStartBefore(size_t at) {
  if (at < line_start_at_) {  // out of order: search back from `at`
    line_start_at_ = 0;
    line_start_ = 0;
  }
  const size_t newline = text_.substr(line_start_at_, at - line_start_at_).rfind('\n');
  if (newline != std::string_view::npos) line_start_ = line_start_at_ + newline + 1;
  line_start_at_ = at;
  return line_start_;
}

// Reads the sentences of the line [line_begin, line_end) in `section`, after what the line
// says of the lines around it: a blank line or a new section ends the paragraph, and a line
// may open or end a required list.
void JdReader::ReadLine(size_t line_begin, size_t line_end, size_t next_heading, size_t section,
                        bool title_line) {
  std::string_view line = text_.substr(line_begin, line_end - line_begin);
  if (next_heading > line_begin && next_heading < line_end) {
    // A heading glued to the end of the line ("... FedRAMP ) Desired Experience") is not
    // part of its sentences.
    line = line.substr(0, next_heading - line_begin);
  }
  if (section != previous_section_ || IsBlank(line)) {
    previous_.clear();
    team_paragraph_ = false;
  }
  previous_section_ = section;
  if (in_required_list_ && !IsBlank(line) && !ContinuesList(line)) in_required_list_ = false;
  if (IntroducesRequiredList(line)) in_required_list_ = true;
  if (in_company_list_ && !IsBlank(line) && !ContinuesList(line)) in_company_list_ = false;
  if (IntroducesCompanyList(line)) in_company_list_ = true;
  inline_headings_ = FindInlineHeadings(line);
  // A label before a colon also ends the sentence before it: what follows "We are impressed
  // if you have:" takes its own cue, not the one of the demands before it.
  std::vector<size_t> label_starts;
  for (InlineHeading& h : inline_headings_) {
    if (h.labelled) label_starts.push_back(h.begin);
    h.begin += line_begin;
    h.end += line_begin;
  }
  // Mentions on this line.
  mj_ = mi_;
  const size_t read_end = line_begin + line.size();  // before a heading glued into the line
  while (mj_ < mentions_.size() && mentions_[mj_].begin < read_end) ++mj_;
  // On the title line, the body after a job board's metadata run ("... Technologies java Job
  // description <ORGANIZATION> is a consultancy") is no part of the title: it is read apart.
  const size_t body = title_line ? BoardBodyStart(line) : std::string_view::npos;
  if (body != std::string_view::npos) {
    label_starts.insert(std::upper_bound(label_starts.begin(), label_starts.end(), body), body);
  }
  // A first line that runs on as a paragraph may name the role in any sentence ("Join Acme
  // and become Pricing Analyst"), but the sentences after its first are read as a paragraph's
  // too: "Do you want to design mobile services? ... Help us empower digital payments".
  title_run_on_ = false;
  for (const auto& [sb, se] : SplitSentences(line)) {
    size_t piece = sb;
    for (size_t cut : label_starts) {
      if (cut > piece && cut < se) {
        ReadPiece(line, piece, cut, line_begin, section, title_line && piece < body);
        piece = cut;
      }
    }
    ReadPiece(line, piece, se, line_begin, section, title_line && piece < body);
    title_run_on_ = title_line;
  }
  title_run_on_ = false;
  mi_ = mj_;
}

// Reads the sentence [b, e) of `line` (at text offset `line_begin`), item by item when it glues
// list items together.
void JdReader::ReadPiece(std::string_view line, size_t b, size_t e, size_t line_begin,
                         size_t section, bool title_line) {
  const std::string_view sentence = line.substr(b, e - b);
  const std::vector<std::pair<size_t, size_t>> items = SplitGluedItems(sentence);
  // Items parted by bullets ("Preferred: \u2022Excel \u2022SAFe certification") share the
  // sentence's cue where they carry none; one with its own cue keeps it ("You have Jenkins
  // \u2022Any fintech experience is a plus": Jenkins stays required).
  bool bulleted = false;
  for (const auto& [ib, ie] : items) {
    bulleted = bulleted || BulletMarkLength(sentence.substr(ib, ie - ib)) > 0;
  }
  bulleted_sentence_cue_ = bulleted ? SharedCue(sentence, items) : Cue::kNone;
  for (const auto& [ib, ie] : items) {
    ReadSentence(sentence.substr(ib, ie - ib), line_begin + b + ib, section, title_line);
  }
  bulleted_sentence_cue_ = Cue::kNone;
}

// Places the mentions of `sentence` (at text offset `abs_b`) at their levels, lends its cue to
// the sentence before when it points back at it, and notes the years it asks.
void JdReader::ReadSentence(std::string_view sentence, size_t abs_b, size_t section,
                            bool title_line) {
  const size_t abs_e = abs_b + sentence.size();
  const SectionKind sk = p_->sections[section].kind;
  const Parenthesized split = SplitParentheses(sentence);
  // The rest of the sentence is read without its parentheses.
  Cue outer_cue = SentenceCue(split.outer);
  if (outer_cue == Cue::kNone) outer_cue = BareParenthesisCue(sentence, abs_b, split);
  if (outer_cue == Cue::kNone) outer_cue = bulleted_sentence_cue_;
  SentenceSense sense;
  sense.sentence = sentence;
  sense.section_kind = sk;
  sense.title_line = title_line;
  sense.title_run_on = title_line && title_run_on_;
  sense.in_required_list = in_required_list_;
  sense.team_stack = DescribesTeamStack(sentence);
  sense.team_paragraph = team_paragraph_;
  // A sentence in the employer's voice with a cue of its own ("We value: CI/CD") still asks.
  sense.company = !sense.team_stack && (in_company_list_ || DescribesCompany(sentence) ||
                                        (outer_cue == Cue::kNone && SpeaksAsEmployer(sentence)) ||
                                        TellsWhatIsGiven(sentence));
  const size_t forward_cue = ForwardPreferredCue(sentence);
  const ClosedClause clause = FirstClosedClause(sentence);
  const size_t employer_end = EmployerClauseEnd(sentence);
  const TitleTail title_tail = title_line ? TitleTailAt() : TitleTail();
  std::vector<int> in_sentence;
  std::vector<Placed> placed;
  for (size_t k = mi_; k < mj_; ++k) {
    const Mention& m = mentions_[k];
    if (m.begin < abs_b || m.begin >= abs_e) continue;
    const bool language = readings_[k].language;
    // A spoken language takes the cue said of it ("German is a plus"), not the sentence's.
    Cue cue = language ? readings_[k].cue
                       : MentionCue(m, ClauseCue(clause, m.begin - abs_b, outer_cue),
                                    sentence, abs_b, split);
    if (!language && cue == Cue::kPreferred && m.begin < abs_b + forward_cue) {
      // "solid B2B sales experience, preferably from retail": the wish is for what follows.
      cue = SentenceCue(sentence.substr(0, forward_cue));
    }
    SentenceSense at = sense;
    at.section_kind = KindAt(abs_b, m.begin, sk);
    at.domain = m.skill >= 0 && kb_.skills()[static_cast<size_t>(m.skill)].category == "domains";
    at.framed_out = (at.domain && NamedAsBenchmark(sentence, m.begin - abs_b)) ||
                    NamedToLearn(sentence, m.begin - abs_b);
    RequirementLevel level = LevelFor(at, cue);
    if (m.begin >= title_tail.begin && m.begin < title_tail.end) {
      level = RequirementLevel::kContext;  // "Software Engineer - Cloud Security": the team
    }
    if (employer_end != std::string_view::npos && m.begin < abs_b + employer_end &&
        !at.in_required_list && !IsContextSection(at.section_kind)) {
      level = RequirementLevel::kContext;  // "We love agile ... and are looking for people who"
    }
    const size_t line_begin = LineStartBefore(m.begin);
    if (!language && InBoardMetadata(text_.substr(line_begin, m.begin - line_begin))) {
      level = RequirementLevel::kContext;  // "Industry: E-Commerce", "Role: DevOps Engineer"
    }
    if (!language && cue == Cue::kNone && NamesAUnit(text_.substr(m.end, 16))) {
      level = RequirementLevel::kContext;  // "work with the product and architecture teams"
    }
    // A language asked with a proficiency is never a duty: "Fluency in English" under "Your role".
    if (language && level == RequirementLevel::kResponsibility) level = RequirementLevel::kRequired;
    placed.push_back(Place(m, section, level));
    if (language) {
      JdSkill& s = p_->skills[placed.back().skill_index];
      NoteProficiency(readings_[k], &s.mentions[placed.back().mention_index], &s);
    }
    in_sentence.push_back(static_cast<int>(k));
  }
  // A title names the role's stack: "React/HTML5 Tech lead" asks both, so it offers no
  // alternatives; only the body's lists do.
  if (!title_line) GroupAlternatives(sentence, abs_b, in_sentence, placed);
  if (outer_cue != Cue::kNone && !previous_has_cue_ && !IsContextSection(sk) &&
      RefersBack(sentence)) {
    // "Core languages are Go and Ruby. You should have experience with one of those":
    // the demand speaks for the skills of the sentence before.
    RaisePrevious(LevelFor(sense, outer_cue));
  }
  if (!IsContextSection(sk) && RefersBackToOne(sentence)) GroupPrevious();
  previous_ = placed;
  previous_has_cue_ = outer_cue != Cue::kNone;
  team_paragraph_ = !sense.company && NamesTheTeam(sentence);
  if (IsContextSection(sk)) return;
  AddYearsAsked(sentence, abs_b, in_sentence);
}

// The cue of a parenthesis that holds only a cue, which speaks for the whole sentence:
// "Node ( Mandatory )". The last such wins; kNone when there is none.
Cue JdReader::BareParenthesisCue(std::string_view sentence, size_t abs_b,
                                 const Parenthesized& split) const {
  Cue cue = Cue::kNone;
  for (const auto& [pb, pe] : split.parens) {
    bool holds_skill = false;
    for (size_t k = mi_; k < mj_; ++k) {
      holds_skill =
          holds_skill || (mentions_[k].begin >= abs_b + pb && mentions_[k].begin < abs_b + pe);
    }
    const Cue inner = SentenceCue(sentence.substr(pb, pe - pb));
    if (!holds_skill && inner != Cue::kNone) cue = inner;
  }
  return cue;
}

// Adds `m` as an occurrence of its skill at `level` (adding the skill at its first mention);
// the skill keeps the strongest level of its occurrences.
JdReader::Placed JdReader::Place(const Mention& m, size_t section, RequirementLevel level) {
  Occurrence o;
  o.mention = m;
  o.line = doc_.LineOf(m.begin);
  o.section = section;
  o.section_kind = p_->sections[section].kind;
  o.level = level;
  if (!at_->Has(m.skill)) {
    JdSkill s;
    s.skill = m.skill;
    s.level = level;
    if (static_cast<size_t>(m.skill) < mentions_of_.size()) {
      s.mentions.reserve(mentions_of_[m.skill]);
    }
    at_->Set(m.skill, p_->skills.size());
    p_->skills.push_back(std::move(s));
  }
  JdSkill& s = p_->skills[(*at_)[m.skill]];
  if (s.mentions.empty() || level < s.level) s.level = level;
  s.mentions.push_back(o);
  return {(*at_)[m.skill], s.mentions.size() - 1};
}

// Raises the occurrences of the sentence before, and their skills, to at least `level`.
void JdReader::RaisePrevious(RequirementLevel level) {
  for (const Placed& pl : previous_) {
    JdSkill& s = p_->skills[pl.skill_index];
    Occurrence& o = s.mentions[pl.mention_index];
    o.level = std::min(o.level, level);
    s.level = std::min(s.level, level);
  }
}

// Notes the skills of the sentence before as one group of alternatives, when it names two or
// more: the sentence being read asks for one of them.
void JdReader::GroupPrevious() {
  std::vector<Occurrence*> members;
  std::vector<int> skills;
  for (const Placed& pl : previous_) {
    Occurrence& o = p_->skills[pl.skill_index].mentions[pl.mention_index];
    members.push_back(&o);
    if (std::find(skills.begin(), skills.end(), o.mention.skill) == skills.end()) {
      skills.push_back(o.mention.skill);
    }
  }
  if (skills.size() >= 2) AddRequirementGroup(members, &p_->groups);
}

// Notes the lists of alternatives in `sentence` as requirement groups; `in_sentence` indexes
// its mentions and `placed` holds their occurrences, one for one.
void JdReader::GroupAlternatives(std::string_view sentence, size_t abs_b,
                                 const std::vector<int>& in_sentence,
                                 const std::vector<Placed>& placed) {
  std::vector<Mention> ms;
  for (int k : in_sentence) ms.push_back(mentions_[static_cast<size_t>(k)]);
  std::vector<std::vector<size_t>> groups = FindAlternatives(sentence, abs_b, ms, kb_);
  for (std::vector<size_t>& g : SameSpanAlternatives(sentence, abs_b, ms)) groups.push_back(std::move(g));
  for (const std::vector<size_t>& g : groups) {
    std::vector<Occurrence*> members;
    for (size_t i : g) {
      members.push_back(&p_->skills[placed[i].skill_index].mentions[placed[i].mention_index]);
    }
    AddRequirementGroup(members, &p_->groups);
  }
}

// Notes the years each phrase of `sentence` asks, of its skills or else of the role;
// `in_sentence` indexes the sentence's mentions.
void JdReader::AddYearsAsked(std::string_view sentence, size_t abs_b,
                             const std::vector<int>& in_sentence) {
  for (const YearsAsked& y : FindYearsAsked(sentence)) {
    const std::vector<int> targets = SkillsOfYears(y, sentence, abs_b, in_sentence, mentions_);
    if (targets.empty()) {
      p_->years_overall = std::max(p_->years_overall, y.years);
    } else {
      for (int skill : targets) {
        years_for_skill_[skill] = std::max(years_for_skill_[skill], y.years);
      }
    }
  }
}

// Sets the years asked of each skill that `years_for_skill` names.
void SetYearsAsked(const std::map<int, double>& years_for_skill, std::vector<JdSkill>* skills) {
  for (JdSkill& s : *skills) {
    auto it = years_for_skill.find(s.skill);
    if (it != years_for_skill.end()) s.years = it->second;
  }
}

// An implied skill is asked at the level of the strongest skill implying it.
void LevelImpliedSkills(const SkillPlaces& at, std::vector<JdSkill>* skills) {
  for (JdSkill& s : *skills) {
    if (s.mentions.empty()) {
      RequirementLevel best = RequirementLevel::kContext;
      for (int from : s.implied_by) best = std::min(best, (*skills)[at[from]].level);
      s.level = best;
    }
  }
}

// Named skills before implied ones; then the strongest level first, then by first mention.
void SortByLevel(std::vector<JdSkill>* skills) {
  std::stable_sort(skills->begin(), skills->end(), [](const JdSkill& a, const JdSkill& b) {
    if (a.mentions.empty() != b.mentions.empty()) return b.mentions.empty();
    if (a.level != b.level) return a.level < b.level;
    const size_t fa = a.mentions.empty() ? 0 : a.mentions.front().mention.begin;
    const size_t fb = b.mentions.empty() ? 0 : b.mentions.front().mention.begin;
    return fa < fb;
  });
}

// Behavioural themes (kb theme ids) named outside the context sections. A theme that arises
// only in some work (kb `arises_in`) is named by a one-word cue only when the JD also asks a
// skill of that work: "compliance" in "WCAG accessibility compliance", "budget" in an
// accountant's posting, name no security or cost-versus-reliability situation; a cue of two
// words or more ("security reviews", "on call") names its theme anywhere.
std::vector<std::string> ThemesAsked(const KnowledgeBase& kb, std::string_view text,
                                     const std::vector<Section>& sections,
                                     const std::vector<JdSkill>& skills) {
  std::string asked;
  for (const Section& s : sections) {
    if (IsContextSection(s.kind)) continue;
    asked += std::string(text.substr(s.heading_begin, s.end - s.heading_begin));
    asked += '\n';
  }
  for (char& c : asked) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::vector<std::string> themes;
  for (const Theme& t : kb.themes()) {
    const bool of_its_work = t.arises_in.empty() || AsksSkillIn(skills, kb, t.arises_in);
    for (const std::string& cue : t.cues) {
      const bool one_word = cue.find_first_of(" -") == std::string::npos;
      if ((of_its_work || !one_word) && ContainsPhrase(asked, cue)) {
        themes.push_back(t.id);
        break;
      }
    }
  }
  return themes;
}

// Without any heading, levels come from wording alone: say so.
void WarnUnlessHeadings(const Document& doc, const std::vector<Section>& sections,
                        std::vector<std::string>* warnings) {
  bool any_heading = false;
  for (const Section& s : sections) any_heading = any_heading || s.kind != SectionKind::kPreamble;
  if (!any_heading) {
    warnings->push_back(
        doc.path + ": no section headings found; levels come from the wording of each sentence");
  }
}

// Adds each of `mentions` as an occurrence of its skill, with its section and role (the
// skills in the order of their first mention).
// The last role whose span holds `offset`, or -1. Roles in text order that do not overlap (as
// FindRoles makes them) are found by halving; any others by a scan (a scan for every mention
// made a resume of many roles quadratic).
int RoleHolding(const std::vector<Role>& roles, bool ordered, size_t offset) {
  if (ordered) {
    const auto after = std::partition_point(roles.begin(), roles.end(),
                                            [offset](const Role& r) { return r.begin <= offset; });
    if (after == roles.begin()) return -1;
    const size_t r = static_cast<size_t>(after - roles.begin()) - 1;
    return offset < roles[r].end ? static_cast<int>(r) : -1;
  }
  int found = -1;
  for (size_t r = 0; r < roles.size(); ++r) {
    if (offset >= roles[r].begin && offset < roles[r].end) found = static_cast<int>(r);
  }
  return found;
}

// Whether the roles are in text order and none overlaps the next.
bool RolesOrdered(const std::vector<Role>& roles) {
  for (size_t r = 1; r < roles.size(); ++r) {
    if (roles[r].begin < roles[r - 1].end || roles[r].begin < roles[r - 1].begin) return false;
  }
  return true;
}

void PlaceResumeMentions(const Document& doc, const std::vector<Mention>& mentions,
                         const std::vector<LanguageReading>& readings, ResumeProfile* p,
                         SkillPlaces* at) {
  const bool ordered = RolesOrdered(p->roles);
  std::vector<std::pair<size_t, size_t>> titles;  // each role's title span (TitleSpan)
  titles.reserve(p->roles.size());
  for (const Role& r : p->roles) titles.push_back(TitleSpan(doc.text, r));
  // Each skill in order of its first mention, with room for all its mentions: a text that
  // names one skill 100,000 times grows no vector by doubling.
  for (const Mention& m : mentions) {
    if (at->Has(m.skill)) continue;
    ResumeSkill s;
    s.skill = m.skill;
    at->Set(m.skill, p->skills.size());
    p->skills.push_back(s);
  }
  std::vector<size_t> count(p->skills.size(), 0);
  for (const Mention& m : mentions) ++count[(*at)[m.skill]];
  for (size_t k = 0; k < count.size(); ++k) p->skills[k].mentions.reserve(count[k]);
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    Occurrence o;
    o.mention = m;
    o.line = doc.LineOf(m.begin);
    o.section = SectionAt(p->sections, m.begin);
    o.section_kind = p->sections[o.section].kind;
    o.role = RoleHolding(p->roles, ordered, m.begin);
    o.in_title = o.role >= 0 && m.begin >= titles[o.role].first && m.end <= titles[o.role].second;
    ResumeSkill& s = p->skills[(*at)[m.skill]];
    if (readings[k].language) NoteProficiency(readings[k], &o, &s);
    s.mentions.push_back(o);
  }
}

// Years covered by month spans ([MonthIndex, MonthIndex], both ends in), overlaps once.
double MergedYears(std::vector<std::pair<int, int>> spans) {
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
}

// Marks in `in_lines` (by place in `sk`) each skill named in a role's title whose lines name a
// skill of its kb category: the title names the field of the work those lines show
// ("Mechanical Design Intern" over a DFMA line), so it counts as a line does. A title over
// lines of other work ("Product Manager Intern" over customer calls) stays a title alone.
void MarkTitlesShownInLines(const KnowledgeBase& kb, const std::vector<ResumeSkill>& sk,
                            std::vector<char>* in_lines) {
  std::set<std::pair<int, std::string>> shown;  // (role, category) of skills its lines name
  for (const ResumeSkill& s : sk) {
    for (const Occurrence& o : s.mentions) {
      if (o.role >= 0 && !o.in_title) shown.insert({o.role, kb.skills()[s.skill].category});
    }
  }
  for (size_t i = 0; i < sk.size(); ++i) {
    const std::string& category = kb.skills()[sk[i].skill].category;
    for (const Occurrence& o : sk[i].mentions) {
      if (o.in_title && shown.count({o.role, category})) (*in_lines)[i] = 1;
    }
  }
}

// The roles (indexes, possibly repeated) that name each skill or a skill implying it, by the
// skill's place in `skills`; marks as in_experience each skill named in a role or project, or
// implied by one that is, and as title_only each of those that only roles' titles name
// (MarkTitlesShownInLines aside).
std::vector<std::vector<int>> RolesNaming(const KnowledgeBase& kb, const SkillPlaces& at,
                                          std::vector<ResumeSkill>* skills) {
  std::vector<ResumeSkill>& sk = *skills;
  std::vector<std::vector<int>> roles_of(sk.size());
  std::vector<char> in_lines(sk.size(), 0);  // used in a role's line or a project, not a title
  for (size_t i = 0; i < sk.size(); ++i) {
    for (const Occurrence& o : sk[i].mentions) {
      const bool used = o.role >= 0 || o.section_kind == SectionKind::kExperience ||
                        o.section_kind == SectionKind::kProjects;
      if (used) sk[i].in_experience = true;
      if (used && !o.in_title) in_lines[i] = 1;
      if (o.role >= 0) roles_of[i].push_back(o.role);
    }
  }
  MarkTitlesShownInLines(kb, sk, &in_lines);
  const std::vector<char> named_in_lines = in_lines;  // before implication: its own mentions
  for (size_t i = 0; i < sk.size(); ++i) {
    for (int from : sk[i].implied_by) {
      const size_t fi = at[from];
      if (sk[fi].in_experience) sk[i].in_experience = true;
      if (named_in_lines[fi]) in_lines[i] = 1;
      roles_of[i].insert(roles_of[i].end(), roles_of[fi].begin(), roles_of[fi].end());
    }
  }
  for (size_t i = 0; i < sk.size(); ++i) sk[i].title_only = sk[i].in_experience && !in_lines[i];
  return roles_of;
}

// Sets each skill's role count, years and last use from the roles naming it (`roles_of`, as
// RolesNaming returns).
void SetRoleEvidence(const std::vector<Role>& roles, std::vector<std::vector<int>> roles_of,
                     std::vector<ResumeSkill>* skills) {
  for (size_t i = 0; i < skills->size(); ++i) {
    ResumeSkill& skill = (*skills)[i];
    std::vector<int>& rs = roles_of[i];
    std::sort(rs.begin(), rs.end());
    rs.erase(std::unique(rs.begin(), rs.end()), rs.end());
    std::vector<std::pair<int, int>> spans;
    for (int r : rs) {
      const Role& role = roles[r];
      if (role.start < 0) continue;
      spans.push_back({role.start, role.finish});
      skill.last_used = std::max(skill.last_used, role.finish);
    }
    skill.roles = static_cast<int>(rs.size());
    skill.years = MergedYears(spans);
    skill.years_known = rs.empty() || !spans.empty();
  }
}

// Years spanned by the dated roles, overlaps counted once.
double TotalYears(const std::vector<Role>& roles) {
  std::vector<std::pair<int, int>> all;
  for (const Role& r : roles) {
    if (r.start >= 0 && !r.career_break) all.push_back({r.start, r.finish});
  }
  return MergedYears(all);
}

}  // namespace

JdProfile ExtractJd(const Document& doc, const SkillMatcher& matcher, const ExtractOptions& opts) {
  JdProfile p;
  const std::string_view text = doc.text;
  p.sections = SplitSections(text, DocKind::kJd);
  p.degree_asks = ReadDegreeAsks(text, p.sections);
  // The kb's mentions, then the forms it reads only in context, less the words used in an
  // ordinary sense, the heads of examples and the adjectives of a manner ("in an efficient,
  // agile manner"), design words read in a visual sentence, with the degrees the asks name in
  // their fields.
  // The phrase rules read one tokenization of the text (a 2 MiB list makes tens of megabytes).
  std::vector<Token> tokens = Tokens(text);
  std::vector<Mention> mentions = WithListCaseMentions(text, tokens, matcher, matcher.Find(text));
  mentions = WithPhraseForms(text, tokens, matcher, std::move(mentions));
  std::vector<Token>().swap(tokens);
  mentions = WithAcronymPluralMentions(text, matcher, std::move(mentions));
  mentions = WithoutLinkMentions(text, std::move(mentions));
  mentions =
      WithoutExampleHeads(text, matcher.kb(), WithoutOrdinarySenses(text, std::move(mentions)));
  mentions = WithoutMannerAdjectives(text, matcher, std::move(mentions));
  mentions = WithoutPersonAdjectives(text, matcher.kb(), std::move(mentions));
  mentions = WithoutNamesBeforeInitials(text, std::move(mentions));
  mentions = WithVisualSenses(text, matcher.kb(), std::move(mentions));
  mentions = WithDegreeFieldSkills(text, matcher, p.degree_asks, std::move(mentions));
  mentions = WithDegreeFieldsAtLineLevel(text, matcher, std::move(mentions));
  const std::vector<LanguageReading> readings = ReadSpokenLanguages(text, matcher.kb(), mentions);
  SkillPlaces at(matcher.kb());  // skill -> index in p.skills
  JdReader reader(doc, matcher.kb(), mentions, readings, &p, &at);
  reader.ReadLines();
  SetYearsAsked(reader.years_for_skill(), &p.skills);
  AddImplied(matcher.kb(), &p.skills, &at);
  LevelImpliedSkills(at, &p.skills);
  LevelRequirementGroups(p.skills, &p.groups);
  SortByLevel(&p.skills);
  p.themes = ThemesAsked(matcher.kb(), text, p.sections, p.skills);
  WarnUnlessHeadings(doc, p.sections, &p.warnings);
  if (opts.check_language) WarnUnlessEnglish(doc, &p.warnings);
  return p;
}

namespace {

// ResumeProfile::as_of: `written` (the file's month) when it is old enough to matter and no
// dated role contradicts it (a role begun, or ended in a later year, after the file was
// written says the date is a template's or a copy's); else -1. The caller ends every role
// there at the latest. A resume with no current role is read as of its month too: its
// "Graduating May 2018" is a degree in progress, and its skills' recency is what it was.
int ResumeAsOf(int written, int today, const std::vector<Role>& roles) {
  if (written < 0 || today - written < kAsOfMonths) return -1;
  for (const Role& r : roles) {
    // A year alone ends in December: "2016" in a resume of 2016-02 is no contradiction.
    if (r.start > written || (!r.current && r.finish / 12 > written / 12)) return -1;
  }
  return written;
}

}  // namespace

ResumeProfile ExtractResume(const Document& doc, const SkillMatcher& matcher,
                            const ExtractOptions& opts) {
  ResumeProfile p;
  const std::string_view text = doc.text;
  p.sections = SplitSections(text, DocKind::kResume);
  const int today = MonthIndex(opts.today_year, opts.today_month);
  p.roles = FindRoles(doc, p.sections, today);
  p.as_of = ResumeAsOf(doc.written_month, today, p.roles);
  // Roles end at the resume's month at the latest when one of them reads "Present": the file
  // then stops every role there. A resume with no current role keeps its ends as written ("Summer
  // 2017" on a resume of 2017-07 ends in August): it is read as of its month for recency only.
  const bool any_current =
      std::any_of(p.roles.begin(), p.roles.end(), [](const Role& r) { return r.current; });
  if (p.as_of >= 0 && any_current) {
    for (Role& r : p.roles) r.finish = r.current ? p.as_of : std::min(r.finish, p.as_of);
  }
  SkillPlaces at(matcher.kb());  // skill -> index in p.skills
  std::vector<Mention> mentions = WithoutEmployerNameMentions(
      text, p.roles,
      WithoutContactLabels(
          text, p.sections,
          WithoutLinkMentions(text, WithCoordinatedForms(text, matcher, matcher.Find(text)))));
  if (opts.titles) AddTitleMentions(doc, p.roles, *opts.titles, &mentions);  // titles held
  PlaceResumeMentions(doc, mentions, ReadSpokenLanguages(text, matcher.kb(), mentions), &p, &at);
  AddImplied(matcher.kb(), &p.skills, &at);
  // Evidence from roles: a skill is used in every role that names it or a skill implying it.
  std::vector<std::vector<int>> roles_of = RolesNaming(matcher.kb(), at, &p.skills);
  SetRoleEvidence(p.roles, std::move(roles_of), &p.skills);
  p.total_years = TotalYears(p.roles);
  p.degrees = ReadDegrees(text, p.sections, p.as_of >= 0 ? p.as_of / 12 : opts.today_year);
  p.headline_title = HeadlineTitle(doc, p.sections);
  if (std::none_of(p.roles.begin(), p.roles.end(), [](const Role& r) { return r.start >= 0; })) {
    p.warnings.push_back(doc.path + ": no dated roles found; years of use and recency are unknown");
  }
  if (opts.check_language) WarnUnlessEnglish(doc, &p.warnings);
  return p;
}

bool AsksSkillIn(const std::vector<JdSkill>& skills, const KnowledgeBase& kb,
                 const std::vector<std::string>& categories) {
  for (const JdSkill& s : skills) {
    if (s.level == RequirementLevel::kContext || s.mentions.empty()) continue;
    const std::string& c = kb.skills()[s.skill].category;
    if (std::find(categories.begin(), categories.end(), c) != categories.end()) return true;
  }
  return false;
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
