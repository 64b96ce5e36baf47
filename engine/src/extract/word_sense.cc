#include "extract/word_sense.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "util/ascii.h"
#include "util/gated_re2.h"

namespace skillfit {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

// The lowercase word that ends at `end` (letters and '-').
std::string LastWord(std::string_view text, size_t begin, size_t end) {
  size_t b = end;
  while (b > begin && (std::isalpha(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '-')) --b;
  return AsciiLowerCopy(text.substr(b, end - b));
}

// The lowercase word that starts at `at`, after spaces.
std::string NextWord(std::string_view text, size_t at) {
  while (at < text.size() && IsSpace(text[at])) ++at;
  size_t e = at;
  while (e < text.size() && (std::isalpha(static_cast<unsigned char>(text[e])) || text[e] == '-')) ++e;
  return AsciiLowerCopy(text.substr(at, e - at));
}

bool OneOf(const std::string& w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words) {
    if (w == x) return true;
  }
  return false;
}

// Role nouns in the plural: the people one works with, not a skill.
bool PluralRoleNoun(const std::string& w) {
  return OneOf(w, {"owners", "managers", "masters", "developers", "engineers", "designers",
                   "architects", "analysts", "scientists", "specialists", "consultants",
                   "administrators", "testers", "marketers", "recruiters", "researchers"});
}

// Role nouns in the singular: a job title when they end a skill's words ("Information
// Architect", "Data Engineer").
bool SingularRoleNoun(const std::string& w) {
  return OneOf(w, {"owner", "manager", "master", "developer", "engineer", "designer", "architect",
                   "analyst", "scientist", "specialist", "consultant", "administrator", "tester",
                   "marketer", "recruiter", "researcher"});
}

// Names of a department or function, as a team one works with.
bool DepartmentName(std::string_view surface) {
  return OneOf(AsciiLowerCopy(surface), {"product management", "product", "engineering", "qa", "quality assurance",
                   "design", "ux", "marketing", "sales", "finance", "legal", "operations",
                   "procurement", "hr", "human resources", "it", "security", "data science",
                   "customer success", "customer support", "business analysis", "devops"});
}

// Whether the mention `surface` names the whole discipline of making software and the word
// after it, `next`, a way of doing it: "best software development practices", "practice in
// software development process e.g. Scrum", "modern software development techniques such as
// agile". What is asked is the method (named on, as a rule), not the discipline.
bool DisciplineAsMethod(std::string_view surface, const std::string& next) {
  // Not "practice": "software development practice of three years" is experience.
  return OneOf(AsciiLowerCopy(surface), {"software development", "software engineering",
                                         "application development"}) &&
         OneOf(next, {"practices", "process", "processes", "technique", "techniques",
                      "methodology", "methodologies", "principles", "methods"});
}

// The text of the sentence (up to 160 bytes, not past a line break) before `at`.
std::string_view SentenceBefore(std::string_view text, size_t at) {
  size_t b = at;
  while (b > 0 && at - b < 160 && text[b - 1] != '\n' && text[b - 1] != '.' && text[b - 1] != ';') --b;
  return text.substr(b, at - b);
}

// Whether a mention's own words name a degree ("degree in computer science", "MBA").
bool NamesDegree(std::string_view surface) {
  static const RE2 kDegree("(?i)\\b(?:degree|bachelor|master|b\\.?sc|m\\.?sc|mba|ph\\.?d|diploma)");
  return RE2::PartialMatch(surface, kDegree);
}

// Whether U+017F (long s), which RE2's case-insensitive 's' also matches, is in `s`: the
// cheap ASCII tests below then let the full pattern decide.
bool HasLongS(std::string_view s) { return s.find("\xC5\xBF") != std::string_view::npos; }

// A cheap test that holds whenever AfterWorkingWithCue's pattern can match `before`: every
// cue it knows holds "with" or "alongside".
bool MayNameCue(std::string_view before) {
  if (HasLongS(before)) return true;
  const std::string s = AsciiLowerCopy(before);
  return s.find("with") != std::string::npos || s.find("alongside") != std::string::npos;
}

// Whether a cue of working with others ("collaborate with", "working closely with",
// "alongside", "together with") comes before `begin` in its sentence, with only a list of
// people or teams since ("with the product owners, QA and "), and no experience asked before
// it ("experience working with ...").
bool AfterWorkingWithCue(std::string_view text, size_t begin) {
  const std::string_view before = SentenceBefore(text, begin);
  if (!MayNameCue(before)) return false;
  static const RE2 kCue(
      "(?i)\\b(?:(?:work(?:s|ing)?|collaborat\\w*|partner(?:s|ing)?|liais\\w*|interfac\\w*|"
      "coordinat\\w*|cooperat\\w*)\\s+(?:closely\\s+|together\\s+)?with|alongside|"
      "together\\s+with)\\b([^.;:()]{0,80})$");
  re2::StringPiece tail;
  if (!RE2::PartialMatch(before, kCue, &tail)) return false;
  const std::string list = AsciiLowerCopy(std::string_view(tail.data(), tail.size()));
  if (list.find(" to ") != std::string::npos || list.find(" for ") != std::string::npos) {
    return false;
  }
  const std::string lead = AsciiLowerCopy(before.substr(0, static_cast<size_t>(tail.data() - before.data())));
  return lead.find("experience") == std::string::npos && lead.find("years") == std::string::npos;
}

// The end of the last word before `begin`, past spaces.
size_t PreviousWordEnd(std::string_view text, size_t begin) {
  while (begin > 0 && IsSpace(text[begin - 1])) --begin;
  return begin;
}

// Whether the sentence says the role sought before `begin`: "18F is looking for talented
// security engineers" names the candidate, not colleagues.
bool HiringFor(std::string_view text, size_t begin) {
  const std::string before = AsciiLowerCopy(SentenceBefore(text, begin));
  for (const char* cue :
       {"looking for", "hiring", "seeking", "recruiting", "searching for", "seeks ", "seek "}) {
    if (before.find(cue) != std::string::npos) return true;
  }
  return false;
}

// The text's first line that holds a letter or digit: the posting's title.
std::string_view TitleLine(std::string_view text) {
  size_t at = 0;
  while (at < text.size() && !std::isalnum(static_cast<unsigned char>(text[at]))) ++at;
  const size_t eol = text.find('\n', at);
  return text.substr(at, (eol == std::string_view::npos ? text.size() : eol) - at);
}

// Whether `begin` is on the posting's title line (TitleLine).
bool OpensText(std::string_view text, size_t begin) {
  const std::string_view title = TitleLine(text);
  const size_t title_begin = static_cast<size_t>(title.data() - text.data());
  return begin >= title_begin && begin <= title_begin + title.size();
}

// The words (runs of letters) in `s`.
size_t WordsIn(std::string_view s) {
  size_t words = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    words += std::isalpha(static_cast<unsigned char>(s[i])) &&
             (i == 0 || !std::isalpha(static_cast<unsigned char>(s[i - 1])));
  }
  return words;
}

// Whether the title at [begin, end) is the one hired or held, or names a certification: its
// sentence says so before it ("as a", "experience as", "you are a", "this role", a hiring cue:
// HiringFor), a word after it does ("the Site Reliability Engineer role", "... Data Engineer
// certification"), or it stands in a Markdown heading. A title
// named otherwise is a colleague's ("Information Architect from the Data Office", "reports to
// the Engineering Manager").
bool TitleOfHire(std::string_view text, size_t begin, size_t end) {
  if (HiringFor(text, begin)) return true;
  const size_t line = text.rfind('\n', begin == 0 ? 0 : begin - 1);
  const size_t line_begin = line == std::string_view::npos || begin == 0 ? 0 : line + 1;
  if (line_begin < text.size() && text[line_begin] == '#') return true;  // a heading names it
  // A line of five words or fewer names the role as a heading would ("Hands-on Full Stack
  // Developer").
  const size_t line_end = std::min(text.find('\n', begin), text.size());
  if (WordsIn(text.substr(line_begin, line_end - line_begin)) <= 5) return true;
  const std::string before = AsciiLowerCopy(SentenceBefore(text, begin));
  for (const char* cue :
       {"as a ",       "as an ",        "as the ",       "experience as", "you are a",
        "you're a",    "you\u2019re a", "role of",       "position as",   "position of",
        "work as",     "working as",    "join us as",    "become a",      "become an",
        "title:",      "role:",         "this position", "this role",     "the position",
        "the role",    "being a ",      "being an ",     "be a ",         "be an ",
        "you will be", "you'll be",     "you\u2019ll be"}) {
    if (before.find(cue) != std::string::npos) return true;
  }
  // "the UX designer's role": past a possessive.
  for (std::string_view possessive : {"'s", "\u2019s"}) {
    if (text.substr(end, possessive.size()) == possessive) end += possessive.size();
  }
  // A certification named for a role: "Google Cloud Professional Data Engineer certification".
  const std::string surface = AsciiLowerCopy(text.substr(begin, end - begin));
  if (surface.find("certified") != std::string::npos ||
      surface.find("professional") != std::string::npos ||
      OneOf(NextWord(text, end), {"certification", "certificate", "exam", "credential"})) {
    return true;
  }
  if (OneOf(NextWord(text, end), {"role", "position", "job", "opening", "vacancy", "fellow"})) {
    return true;
  }
  // The posting's title names it: "The Interaction Designer is part of ..." speaks of the hire.
  return AsciiLowerCopy(TitleLine(text)).find(surface) != std::string::npos;
}

// Whether the lowercase `s` has "sc" after 'b' or 'm', an optional '.' and one optional space
// ("bsc", "m.sc", "b. sc"), or "ph" before an optional '.', one optional space and 'd'.
bool HasScOrPhd(const std::string& s) {
  for (size_t at = s.find("sc"); at != std::string::npos; at = s.find("sc", at + 1)) {
    size_t b = at;
    if (b > 0 && IsAsciiSpace(s[b - 1])) --b;
    if (b > 0 && s[b - 1] == '.') --b;
    if (b > 0 && (s[b - 1] == 'b' || s[b - 1] == 'm')) return true;
  }
  for (size_t at = s.find("ph"); at != std::string::npos; at = s.find("ph", at + 1)) {
    size_t e = at + 2;
    if (e < s.size() && s[e] == '.') ++e;
    if (e < s.size() && IsAsciiSpace(s[e])) ++e;
    if (e < s.size() && s[e] == 'd') return true;
  }
  return false;
}

// A cheap test that holds whenever DegreeSubject's pattern can match `before`: one of its
// degree words is there. Most mentions are nowhere near one, and skip the pattern.
bool MayNameDegree(std::string_view before) {
  if (HasLongS(before)) return true;
  const std::string s = AsciiLowerCopy(before);
  for (const char* word : {"degree", "bachelor", "master", "mba"}) {
    if (s.find(word) != std::string::npos) return true;
  }
  return HasScOrPhd(s);
}

// Whether the mention at `begin` lies in the field list of a degree ("degree in business
// administration, computer science or data science", "M.Sc . in Software Engineering",
// "University degree ( computer science or ...")): the subject of a degree, not a skill.
bool DegreeSubject(std::string_view text, size_t begin) {
  const size_t from = begin > 160 ? begin - 160 : 0;
  std::string_view before = text.substr(from, begin - from);
  const size_t nl = before.rfind('\n');
  if (nl != std::string_view::npos) before.remove_prefix(nl + 1);
  if (!MayNameDegree(before)) return false;
  static const RE2 kDegreeThen(
      "(?i)(?:\\bdegrees?|\\bbachelor\\S*|\\bmaster\\S*|\\bb\\.?\\s?sc|\\bm\\.?\\s?sc|\\bph\\.?\\s?d|"
      "\\bmba)\\s*\\.?\\s*(?:\\(\\s*|(?:in|within|of)\\s+)(?:the\\s+|an?\\s+)?([^.;:()\\n]{0,100})$");
  static const RE2 kNotFields(
      "(?i)\\b(?:experience|years?|with|knowledge|skills?|plus|equivalent|preferred|required|"
      "you|have|who|which|that|is|are)\\b");
  re2::StringPiece tail;
  if (!RE2::PartialMatch(before, kDegreeThen, &tail)) return false;
  return !RE2::PartialMatch(tail, kNotFields);
}

// `s` less its trailing spaces.
std::string_view TrimEnd(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Whether `s` ends with "not", "n't" or "n\u2019t", in any case.
bool EndsWithNot(std::string_view s) {
  auto ends = [&](std::string_view suffix) {
    if (s.size() < suffix.size()) return false;
    return AsciiLowerCopy(s.substr(s.size() - suffix.size())) == suffix;
  };
  return ends("not") || ends("n't") || ends("n\u2019t");
}

// A cheap test that holds whenever SaidNotToBe's pattern can match `before`: after its
// trailing spaces, and maybe one more word ("a", "an", "about") and spaces, it ends with a
// negation.
bool MayEndWithNot(std::string_view before) {
  std::string_view s = TrimEnd(before);
  if (EndsWithNot(s)) return true;
  while (!s.empty() && std::isalpha(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return EndsWithNot(TrimEnd(s));
}

// Whether the word before `begin`, past one determiner, is a verb of swaying others' work:
// "use research to influence project planning", "findings that inform the product roadmap".
// The hire's evidence shapes what follows; it is not asked of them.
bool ObjectOfSwaying(std::string_view text, size_t begin) {
  size_t end = PreviousWordEnd(text, begin);
  std::string word = LastWord(text, 0, end);
  if (OneOf(word, {"the", "our", "their", "its"})) {
    word = LastWord(text, 0, PreviousWordEnd(text, end - word.size()));
  }
  return OneOf(word, {"influence", "influences", "influencing", "inform", "informs", "informing"});
}

// Whether the sentence says the job is not the skill right after: "The job is not telephone
// sales", "this isn't a sales role".
bool SaidNotToBe(std::string_view text, size_t begin) {
  const std::string_view before = SentenceBefore(text, begin);
  if (!MayEndWithNot(before)) return false;
  static const RE2 kNot("(?i)\\b(?:(?:is|are)\\s+not|isn't|aren't|isn\u2019t|aren\u2019t)\\s+(?:an?\\s+|about\\s+)?$");
  return RE2::PartialMatch(before, kNot);
}

// Whether the mention opens a sentence or list item: only bullet marks and spaces since the
// line's start or a sentence's end.
bool OpensSentence(std::string_view text, size_t begin) {
  size_t b = begin;
  while (b > 0 && (IsSpace(text[b - 1]) || text[b - 1] == '-' || text[b - 1] == '*')) --b;
  return b == 0 || text[b - 1] == '\n' || text[b - 1] == '.' || text[b - 1] == ';';
}

// Whether the mention at [begin, end) is the name of a team, unit or organisation: an
// apposition says so ("cloud.gov, a product team within 18F, is hiring"), a possessive owns
// what a team has ("cloud.gov's core programming languages are ..."), or a capitalised unit
// word goes on with the name ("IT Modernization Centers of Excellence").
bool NamesOrganisation(std::string_view text, size_t begin, size_t end) {
  static const GatedRE2 kApposition(
      "^,\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:team|company|startup|organi[sz]ation|agency|"
      "group)\\b");
  const std::string_view after = text.substr(end, std::min<size_t>(80, text.size() - end));
  const RE2* apposition = after.empty() || after[0] != ',' ? nullptr : kApposition.For(after);
  if (apposition && RE2::PartialMatch(after, *apposition)) return true;
  for (std::string_view possessive : {"'s ", "\u2019s "}) {
    if (after.substr(0, possessive.size()) == possessive &&
        OneOf(NextWord(text, end + possessive.size()),
              {"core", "own", "team", "teams", "mission", "customers", "users", "clients",
               "engineers", "developers", "founders"})) {
      return true;
    }
  }
  const bool capital = std::isupper(static_cast<unsigned char>(text[begin]));
  size_t next = end;
  while (next < text.size() && IsSpace(text[next])) ++next;
  return capital && next > end && next < text.size() &&
         std::isupper(static_cast<unsigned char>(text[next])) &&
         OneOf(NextWord(text, end), {"center", "centers", "centre", "centres", "office", "division",
                                     "department", "institute", "council", "unit", "lab", "labs"});
}

// Whether a plural role noun follows mention `k` ("front end developers"), or follows the
// mention that a joining word ties it to ("backend and full stack developers"): the skill
// words name people one works with or writes for, not a skill asked.
bool NamesPeopleAfter(std::string_view text, const std::vector<Mention>& mentions, size_t k) {
  const size_t end = mentions[k].end;
  // A one-word verb before its object: "Mentor engineers on other teams", "experience
  // coaching developers" (not "machine learning engineers", a noun phrase).
  const std::string_view surface = text.substr(mentions[k].begin, end - mentions[k].begin);
  const std::string last = LastWord(text, mentions[k].begin, end);
  const bool one_word =
      surface.find(' ') == std::string_view::npos && last.size() == surface.size();
  if (one_word && (OpensSentence(text, mentions[k].begin) ||
                   (last.size() > 4 && last.compare(last.size() - 3, 3, "ing") == 0))) {
    return false;
  }
  if (PluralRoleNoun(NextWord(text, end))) return true;
  if (k + 1 >= mentions.size()) return false;
  // Joined by a comma, "and" or "or" (not "coach the other devops engineers").
  const std::string joiner = NextWord(text, end);
  size_t after = end;
  while (after < text.size() && IsSpace(text[after])) ++after;
  const bool comma = after < text.size() && text[after] == ',';
  if (comma) ++after;
  while (after < text.size() && IsSpace(text[after])) ++after;
  const bool word = !comma && OneOf(joiner, {"and", "or"});
  if (word) after += joiner.size();
  while (after < text.size() && IsSpace(text[after])) ++after;
  const Mention& next = mentions[k + 1];
  return (comma || word) && next.begin == after && PluralRoleNoun(NextWord(text, next.end));
}

// Whether the rest of mention k's line, up to a sentence's end, is a list of other skills:
// only mentions, joins ("," "/" "&" "+" "and" "or") and a list's closing words ("or similar",
// "etc"). "Selenium jest/enzyme or similar" lists tools and has no verb; "Make monitoring and
// alerting alert on symptoms" goes on as a clause.
bool OnlySkillsFollow(std::string_view text, const std::vector<Mention>& mentions, size_t k) {
  size_t at = mentions[k].end;
  size_t next = k + 1;
  while (at < text.size() && text[at] != '\n' && text[at] != '.' && text[at] != ';') {
    const char c = text[at];
    if (IsSpace(c) || c == ',' || c == '/' || c == '&' || c == '+') {
      ++at;
      continue;
    }
    while (next < mentions.size() && mentions[next].begin < at) ++next;
    if (next < mentions.size() && mentions[next].begin == at) {
      at = std::max(at + 1, static_cast<size_t>(mentions[next].end));
      continue;
    }
    const std::string word = NextWord(text, at);
    if (word.empty() || !OneOf(word, {"and", "or", "similar", "equivalent", "etc", "related"})) {
      return false;
    }
    at += word.size();
  }
  return true;
}

}  // namespace

bool OrdinarySense(std::string_view text, const std::vector<Mention>& mentions, size_t k) {
  const Mention& m = mentions[k];
  const std::string_view surface = text.substr(m.begin, m.end - m.begin);
  if ((PluralRoleNoun(LastWord(text, m.begin, m.end)) || NamesPeopleAfter(text, mentions, k)) &&
      !HiringFor(text, m.begin)) {
    return true;
  }
  if (DegreeSubject(text, m.begin) && !NamesDegree(surface)) return true;
  // A part named after a product right before it is no job title ("Prometheus Alert Manager").
  const bool after_product = k > 0 && PreviousWordEnd(text, m.begin) == mentions[k - 1].end;
  if (SingularRoleNoun(LastWord(text, m.begin, m.end)) && !after_product &&
      !OpensText(text, m.begin) && !TitleOfHire(text, m.begin, m.end)) {
    return true;
  }
  if (SaidNotToBe(text, m.begin)) return true;
  if (DisciplineAsMethod(surface, NextWord(text, m.end))) return true;
  if (NamesOrganisation(text, m.begin, m.end)) return true;
  if (DepartmentName(surface) && AfterWorkingWithCue(text, m.begin)) return true;
  const std::string before = LastWord(text, 0, PreviousWordEnd(text, m.begin));
  if (ObjectOfSwaying(text, m.begin)) return true;
  if (OneOf(before, {"the", "our", "your", "their", "other"}) &&
      OneOf(NextWord(text, m.end), {"team", "teams", "department", "organization", "group"})) {
    return true;
  }
  const bool one_capital_word = std::isupper(static_cast<unsigned char>(surface[0])) &&
                                surface.find(' ') == std::string_view::npos;
  if (m.guarded && one_capital_word && OpensSentence(text, m.begin) && k + 1 < mentions.size()) {
    size_t next = m.end;
    while (next < text.size() && IsSpace(text[next])) ++next;
    return mentions[k + 1].begin == next && next < text.size() &&
           std::islower(static_cast<unsigned char>(text[next])) &&
           !OnlySkillsFollow(text, mentions, k);
  }
  return false;
}

std::vector<Mention> WithoutOrdinarySenses(std::string_view text, std::vector<Mention> mentions) {
  std::vector<Mention> kept;
  kept.reserve(mentions.size());
  for (size_t k = 0; k < mentions.size(); ++k) {
    if (!OrdinarySense(text, mentions, k)) kept.push_back(mentions[k]);
  }
  return kept;
}

}  // namespace skillfit
