#include "extract/spoken_language.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <utility>

namespace skillfit {
namespace {

// ASCII lowercase of the same length, so that offsets carry over.
std::string LowerSameLength(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A run of language mentions listed together: "German, French and/or English".
struct Group {
  size_t first = 0, last = 0;  // indexes into the mentions, both in
  size_t begin = 0, end = 0;   // byte span of the run in the text
};

// The text around a group that its context is read from: [back, begin) and [end, fwd_end);
// `level_back` starts the part before it whose cue words ("is a must", "preferably") count.
struct Window {
  size_t back = 0, level_back = 0, fwd_end = 0;
  bool languages_block = false;  // a "Languages:" line or a languages section
};

bool IsLanguage(const KnowledgeBase& kb, const Mention& m) {
  return kb.skills()[m.skill].kind == SkillKind::kLanguage;
}

std::vector<Group> GroupLanguages(std::string_view text, const KnowledgeBase& kb,
                                  const std::vector<Mention>& mentions) {
  static const RE2 kJoin("(?i)(?:[\\s,/&]|\\band\\b|\\bor\\b|\\bas well as\\b|\\bboth\\b)*");
  std::vector<Group> groups;
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (!IsLanguage(kb, mentions[i])) continue;
    if (!groups.empty() && groups.back().last + 1 == i && mentions[i].begin >= groups.back().end) {
      const std::string_view gap = text.substr(groups.back().end, mentions[i].begin - groups.back().end);
      if (gap.size() <= 20 && RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), kJoin)) {
        groups.back().last = i;
        groups.back().end = mentions[i].end;
        continue;
      }
    }
    groups.push_back({i, i, mentions[i].begin, mentions[i].end});
  }
  return groups;
}

// Whether the byte at `i` of `lower` ends a clause going backwards or forwards.
bool EndsClause(std::string_view lower, size_t i, bool colon_ends) {
  const char c = lower[i];
  if (c == '\n' || c == ';' || c == '!' || c == '?' || c == '|') return true;
  if (c == ':') return colon_ends;
  if (c == '.') return i + 1 >= lower.size() || std::isspace(static_cast<unsigned char>(lower[i + 1]));
  if (c == '-' && i > 0 && i + 1 < lower.size() && lower[i - 1] == ' ' && lower[i + 1] == ' ') return true;
  // "–" and "—" (E2 80 93/94) and "•" (E2 80 A2) are UTF-8; test their first byte's sequence.
  if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < lower.size() &&
      static_cast<unsigned char>(lower[i + 1]) == 0x80) {
    const unsigned char t = static_cast<unsigned char>(lower[i + 2]);
    return t == 0x93 || t == 0x94 || t == 0xA2;
  }
  return false;
}

// Where the context before `g` starts: the clause start, the end of the group before, or a
// parenthesis; at most 150 bytes back.
size_t BackStart(std::string_view lower, const Group& g, size_t floor, bool colon_ends) {
  const size_t limit = std::max(floor, g.begin > 150 ? g.begin - 150 : size_t{0});
  size_t i = g.begin;
  while (i > limit) {
    const char c = lower[i - 1];
    if (c == '(' || c == ')' || EndsClause(lower, i - 1, colon_ends)) break;
    --i;
  }
  return i;
}

// After " and ", the words that carry on the same phrase ("English both written and spoken").
bool ContinuesPhrase(std::string_view lower, size_t at) {
  static const RE2 kCarry(
      "(?s)(?:written|spoken|verbal|oral|orally|verbally|writing|in|speech|speaking|reading|"
      "understanding|write|read|understand)\\b.*");
  const std::string_view rest = lower.substr(at, 20);
  return RE2::FullMatch(re2::StringPiece(rest.data(), rest.size()), kCarry);
}

// Whether the word at `at` is a level code ("C1", "ILR") or "I": a capitalised word that goes
// on with the language rather than starting a new item ("Good to have" starts one).
bool NamesLevel(std::string_view lower, size_t at) {
  size_t e = at;
  while (e < lower.size() && std::isalnum(static_cast<unsigned char>(lower[e]))) ++e;
  const std::string_view word = lower.substr(at, e - at);
  return word == "i" || word == "ilr" || (word.size() == 2 && CefrOf(word) > 0);
}

// Where the context after `g` ends: the clause end, the next language, an " and " that starts
// another item, a capitalised word outside parentheses (a new item in a list that lost its
// line breaks: "Fluent in English Good to have ..."); at most 120 bytes on.
size_t FwdEnd(std::string_view text, std::string_view lower, const Group& g, size_t ceil) {
  const size_t limit = std::min(ceil, g.end + 120);
  int depth = 0;
  size_t i = g.end;
  for (; i < limit; ++i) {
    const char c = lower[i];
    if (c == '(') ++depth;
    if (c == ')' && --depth < 0) break;
    if (EndsClause(lower, i, true) && !(c == ':' && i == g.end)) break;
    const bool word_start = i > g.end && lower[i - 1] == ' ';
    if (!word_start) continue;
    if (lower.substr(i, 4) == "and " && !ContinuesPhrase(lower, i + 4)) break;
    if (depth == 0 && std::isupper(static_cast<unsigned char>(text[i])) && !NamesLevel(lower, i)) {
      break;
    }
  }
  return i;
}

// Where the cue words before `g` start: the item that holds it, from its last capitalised
// word (a list that lost its line breaks: "... is a plus Proficiency in English").
size_t LevelBackStart(std::string_view text, std::string_view lower, const Group& g, size_t floor) {
  const size_t limit = std::max(floor, g.begin > 80 ? g.begin - 80 : size_t{0});
  size_t i = g.begin;
  while (i > limit && lower[i - 1] != ')' && !EndsClause(lower, i - 1, false)) --i;
  for (size_t k = g.begin; k > i; --k) {
    const bool word_start = k - 1 == 0 || lower[k - 2] == ' ' || lower[k - 2] == '\n';
    if (word_start && std::isupper(static_cast<unsigned char>(text[k - 1]))) return k - 1;
  }
  return i;
}

// "languages", "spoken languages:", "## Language skills": a line that heads a languages list.
bool NamesLanguages(std::string_view line_lower) {
  static const RE2 kHead(
      "[\\s#*\\-•]*(?:spoken |foreign )?languages?(?: skills| spoken)?\\s*:?\\s*");
  return RE2::FullMatch(re2::StringPiece(line_lower.data(), line_lower.size()), kHead);
}

// Whether [line_begin, pos) of `lower`, part of one line, is a "Languages: ..." line up to
// `pos`: its start heads the list, and whatever follows belongs to the list. The head is
// matched from the line's start alone (a match of the whole part, asked for every group of a
// long line, made that line quadratic).
bool HeadsLanguagesLine(std::string_view lower, size_t line_begin, size_t pos) {
  static const RE2 kHead(
      "[\\s#*\\-•]*(?:spoken |foreign )?languages?(?: skills| spoken)?\\s*[:|\\-–]");
  const std::string_view line = lower.substr(line_begin, pos - line_begin);
  return kHead.Match(re2::StringPiece(line.data(), line.size()), 0, line.size(),
                     RE2::ANCHOR_START, nullptr, 0);
}

// Whether a languages heading sits up to 15 lines above the line that starts at `b`, before
// any other heading.
bool UnderLanguagesHeading(std::string_view lower, size_t b) {
  for (int n = 0; n < 15 && b > 0; ++n) {
    const size_t e = b - 1;
    size_t s = lower.rfind('\n', e == 0 ? 0 : e - 1);
    s = (s == std::string_view::npos || e == 0) ? 0 : s + 1;
    const std::string_view above = lower.substr(s, e - s);
    if (NamesLanguages(above)) return true;
    if (!above.empty() && (above[0] == '#' || above.back() == ':')) return false;
    b = s;
  }
  return false;
}

// For each group, whether its line is a "Languages: ..." line or sits under a languages
// heading (up to 15 lines above, before any other heading). The line's start is carried from
// one group to the next and the lines above are read once for each line: a line of thousands
// of languages is read once, not once for each of them.
std::vector<bool> InLanguagesBlocks(std::string_view lower, const std::vector<Group>& groups) {
  std::vector<bool> out(groups.size());
  size_t last = 0, b = 0;  // the last group's begin and its line's start
  size_t under_line = std::string_view::npos;  // the line UnderLanguagesHeading last read
  bool under = false;
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    const size_t pos = groups[gi].begin;
    if (pos >= last) {  // a line break in [last, pos] starts a later line
      const size_t nl = lower.substr(last, pos + 1 - last).rfind('\n');
      if (nl != std::string_view::npos) b = last + nl + 1;
    } else {
      const size_t nl = lower.rfind('\n', pos);
      b = nl == std::string_view::npos ? 0 : nl + 1;
    }
    last = pos;
    if (HeadsLanguagesLine(lower, b, pos)) {
      out[gi] = true;
      continue;
    }
    if (b != under_line) {
      under_line = b;
      under = UnderLanguagesHeading(lower, b);
    }
    out[gi] = under;
  }
  return out;
}

// The text of [b, e) in lowercase, "as well (as)" blanked (it is no "well").
std::string Piece(std::string_view lower, size_t b, size_t e) {
  std::string s(lower.substr(b, e - b));
  for (size_t at = s.find("as well"); at != std::string::npos; at = s.find("as well", at)) {
    s.replace(at, 7, "       ");
  }
  return s;
}

bool Partial(const std::string& s, const RE2& re) { return RE2::PartialMatch(s, re); }

// A reason the mention is not a language asked or held: an adjective ("German market"), a
// course ("German lessons", "willing to learn German"), a negation ("you do not have to speak
// Danish"), or an audience ("English-speaking customers").
// `item` is the text before the group from its item's start (LevelBackStart), `after` the
// text right after it, whatever the clause: "German Language Classes".
bool Dropped(const std::string& item, const std::string& fwd, const std::string& after) {
  static const RE2 kAdjective(
      "^\\s*(?:markets?|company|companies|culture|cultural|universit(?:y|ies)|people|population|"
      "region|regional|government|legislation|laws?|grading|system|ministry|confederation|"
      "class|tires?|tyres?|engineering|engineers?|customers?|clients?|kitchen|cuisine|food|"
      "espresso|coffee|offices?|startups?|banks?|brands?|manufacturers?|citizens?|citizenship|"
      "nationals?|nationality|passport|residency|residents?|subsidiary|headquarters|"
      "authorit(?:y|ies)|organi[sz]ations?|industry|industries|health|healthcare|embassy|"
      "economy|army|federal|state|cities|city|capital|teams?|society|style|design|cars?|"
      "automotive|robo|grades?|drivers?|driving|branch|entity|firm|group|partners?|holidays?|"
      "post|mail|version|translation|subtitles|literature|studies|philology|degree|"
      "language\\s+(?:classes|courses?|lessons?|school|teachers?|tests?|lunch(?:es)?))\\b");
  static const RE2 kLearning(
      "\\b(?:learn|learning|classes|courses?|lessons?|tuition|teachers?|lunch(?:es)?)\\b");
  static const RE2 kNegated(
      "(?:\\bnot\\b|n't\\b|\\bno need\\b|\\bwithout\\b)[^.;:!?]{0,40}$");
  static const RE2 kNotAsked("^\\s*(?:is|are)\\s+not\\s+(?:required|needed|necessary|mandatory|a must)");
  static const RE2 kAudience("^\\s*-?\\s*speaking\\s+(?:markets?|countr(?:y|ies)|world|regions?|"
                             "customers?|clients?|audiences?|users?|population|people|areas?)\\b");
  return Partial(after, kAdjective) || Partial(item + " " + fwd, kLearning) ||
         Partial(item, kNegated) || Partial(after, kNotAsked) || Partial(after, kAudience);
}

// Whether the words right around the group state or ask a proficiency in it.
bool OwnContext(const std::string& back, const std::string& fwd) {
  static const RE2 kBack(
      "\\b(?:fluen\\w*|proficien\\w*|command|knowledge|mastery|master(?:ed|s)?|native|bilingual|"
      "mother tongue|first language|speak\\w*|spoken|communicat\\w*|conversational|business|"
      "basic|elementary|intermediate|advanced|excellent|good|strong|perfect|level|skills?|"
      "ilr\\s*\\d\\+?|[abc][12])(?:[\\s,/-]|\\b(?:in|of|the|and|both|a|an|at|written|spoken|verbal|"
      "oral|orally|communication|skills?|knowledge|command|write|writes|read|understand|speak|"
      "proficiency|fluency|level|professional|working|very|good|excellent|fluently|native|"
      "effortlessly|proficiently|confidently|clearly)\\b)*$");
  static const RE2 kBackList(
      "\\b(?:command|knowledge|proficiency|fluency|fluent|proficient)\\s+(?:of|in)\\s+"
      "[^.;:!?]{0,40}(?:\\band\\b|\\bor\\b|&|,)\\s*$");
  static const RE2 kBackLanguages(
      "(?:\\blanguages\\s*(?:such as|like|including|e\\.g\\.?)?|\\blanguage\\s*(?:such as|like|"
      "e\\.g\\.?))\\s*$");
  static const RE2 kFwd(
      "^[\\s,:]*(?:\\(\\s*)?(?:skills?\\b|proficiency|fluency|knowledge|communication|fluent|fluently|"
      "proficiently|effortlessly|well\\b|native|mother tongue|speakers?\\b|bilingual|"
      "(?:both\\s+)?(?:written|spoken|verbal|oral|orally|verbally)\\b|"
      "(?:at|on)\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,2}level\\b|[abc][12]\\b|ilr\\b|level\\b|"
      "(?:basic|good|excellent|fluent|conversational|business|professional|working|"
      "intermediate|advanced|elementary|beginner)\\b)");
  static const RE2 kFwdLanguage("^\\s*language\\b");
  static const RE2 kFwdNative("\\b(?:mother tongue|native language|first language|native speaker)\\b");
  // An ask said of the language: a verb and a cue ("is a plus", "would be an advantage", "is
  // required"), an article and a cue noun ("a plus"), or a cue adjective alone ("preferred").
  static const RE2 kFwdAsked(
      "^\\s*(?:(?:is|are|would be|will be|would also be|will also be|is also|are also)\\s+"
      "(?:(?:considered|seen as|regarded as|highly|strongly|definitely|a big|a great|a real|an?|"
      "as an?)\\s+)*(?:plus|advantage|must|requirement|prerequisite|asset|bonus|merit|required|"
      "preferred|mandatory|desired|desirable|essential|beneficial|necessary|needed|welcome|"
      "appreciated)|(?:a big|a great|an?)\\s+(?:plus|advantage|must|asset|bonus)|"
      "(?:(?:highly|strongly)\\s+)?(?:required|preferred|mandatory|desired|desirable|essential|"
      "beneficial|necessary|needed|appreciated))\\b");
  static const RE2 kApplyIn("\\bin\\s*$");
  static const RE2 kSpeakingTeam("^\\s*-?\\s*speaking\\s+(?:teams?|environment|workplace|company|"
                                 "office|colleagues|organi[sz]ation|role|position|job)\\b");
  if (Partial(back, kBack) || Partial(back, kBackList) || Partial(back, kBackLanguages)) return true;
  if (Partial(fwd, kFwd) || Partial(fwd, kSpeakingTeam) || Partial(fwd, kFwdNative)) return true;
  // "English language skills", "French language would be a plus"; not "CV in English language".
  // The language as the subject of an ask: "German is a plus", "Danish preferred"; not the
  // language a document is written in ("applications in English are required").
  return (Partial(fwd, kFwdLanguage) || Partial(fwd, kFwdAsked)) && !Partial(back, kApplyIn);
}

// The strongest proficiency named in `lower`'s [b, e), as written in `text`.
void ReadProficiency(std::string_view text, std::string_view lower, size_t b, size_t e,
                     LanguageReading* r) {
  static const RE2 kLevel(
      "\\b(ilr\\s*(?:level\\s*)?[0-5](?:\\+|\\b)|(?:[abc][12]|near[- ]native|native(?: speaker)?|"
      "mother tongue|first language|bilingual|full professional(?: working)?(?: proficiency)?|"
      "professional working(?: proficiency)?|limited working(?: proficiency)?|working proficiency|"
      "upper[- ]intermediate|pre[- ]intermediate|very good|high level|negotiation level|fluen\\w*|"
      "perfect\\w*|master(?:ed|y)?|excellent|advanced|strong|effortless\\w*|proficien\\w*|"
      "professional|business|good|well|conversational|working|intermediate|basic|"
      "elementary(?: proficiency)?|"
      "beginner)\\b)");
  const std::string window = Piece(lower, b, e);
  re2::StringPiece in(window);
  re2::StringPiece m;
  while (RE2::FindAndConsume(&in, kLevel, &m)) {
    const std::string phrase(m.data(), m.size());
    const int cefr = CefrOf(phrase);
    // The highest level wins; at the same level, a CEFR code says it most exactly.
    if (cefr > r->cefr || (cefr == r->cefr && cefr > 0 && phrase.size() == 2)) {
      r->cefr = cefr;
      const size_t at = b + static_cast<size_t>(m.data() - window.data());
      r->proficiency = std::string(text.substr(at, m.size()));
      if (phrase.size() == 2) r->proficiency = {static_cast<char>(std::toupper(phrase[0])), phrase[1]};
    }
  }
  if (r->proficiency.empty()) {
    // A word that asks for the language without a level: "speak", "written and spoken".
    r->cefr = 0;
  }
}

// The ILR level of "ilr 2+" as CEFR.
int CefrOfIlr(std::string_view phrase) {
  const size_t d = phrase.find_first_of("012345");
  if (d == std::string_view::npos) return 0;
  const int n = phrase[d] - '0';
  const bool plus = phrase.back() == '+';
  static const int kBase[] = {0, 2, 4, 5, 6, 6};  // ILR 0..5
  static const int kPlus[] = {1, 3, 4, 5, 6, 6};  // ILR 0+..5
  return plus ? kPlus[n] : kBase[n];
}

}  // namespace

int CefrOf(std::string_view phrase) {
  const std::string p = LowerSameLength(phrase);
  if (p.size() == 2 && (p[0] == 'a' || p[0] == 'b' || p[0] == 'c') && (p[1] == '1' || p[1] == '2')) {
    return (p[0] - 'a') * 2 + (p[1] - '0');
  }
  if (p.rfind("ilr", 0) == 0) return CefrOfIlr(p);
  struct Row {
    const char* prefix;
    int cefr;
  };
  // Checked in order; the first whose words start the phrase wins.
  static const Row kTable[] = {
      {"near-native", 6}, {"near native", 6}, {"native", 6}, {"mother tongue", 6}, {"first language", 6}, {"bilingual", 6},
      {"full professional", 5}, {"professional working", 5}, {"limited working", 3},
      {"working proficiency", 3}, {"upper-intermediate", 4},
      {"upper intermediate", 4}, {"pre-intermediate", 2}, {"pre intermediate", 2}, {"very good", 5}, {"high level", 5},
      {"negotiation level", 5}, {"fluen", 5}, {"perfect", 5}, {"master", 5}, {"excellent", 5},
      {"advanced", 5}, {"strong", 5}, {"effortless", 5}, {"proficien", 4}, {"professional", 4},
      {"business", 4}, {"good", 4}, {"well", 4}, {"conversational", 3}, {"working", 3},
      {"intermediate", 3}, {"basic", 2}, {"elementary", 2}, {"beginner", 1}};
  for (const Row& r : kTable) {
    if (p.rfind(r.prefix, 0) == 0) return r.cefr;
  }
  return 0;
}

namespace {

// Whether [from, to) of `lower` holds no sentence end and is short enough to share a context.
bool SameSentence(std::string_view lower, size_t from, size_t to) {
  if (to < from || to - from > 150) return false;
  for (size_t i = from; i < to; ++i) {
    const char c = lower[i];
    if (c == '\n' || c == '!' || c == '?' || c == ';') return false;
    if (c == '.' && (i + 1 >= lower.size() || lower[i + 1] == ' ')) return false;
  }
  return true;
}

// The end of a group's entry in a languages list: "German (B2)" ends at ',' ';' '|' or the line.
size_t ListEntryEnd(std::string_view lower, size_t from, size_t ceil) {
  size_t i = from;
  while (i < ceil && lower[i] != '\n' && lower[i] != ',' && lower[i] != ';' && lower[i] != '|') ++i;
  return i;
}

// In a languages list, a language alone on its line may have its level on the next line, as
// LinkedIn's export writes it ("English" / "Full Professional Proficiency"): the level is
// read from that line when it holds no other language (it ends before `ceil`, the next
// language) and is short, a level and not another entry.
void ReadLevelBelow(std::string_view text, std::string_view lower, size_t from, size_t ceil,
                    LanguageReading* r) {
  size_t nl = from;
  while (nl < ceil && (lower[nl] == ' ' || lower[nl] == '\t' || lower[nl] == '\r')) ++nl;
  if (nl >= ceil || lower[nl] != '\n') return;  // more text on the language's own line
  const size_t begin = nl + 1;
  const size_t end = std::min(ceil, std::min(lower.size(), lower.find('\n', begin)));
  if (end <= begin || end - begin > 40) return;
  ReadProficiency(text, lower, begin, end, r);
}

// How a group reads: 1 with context of its own, 0 with none, -1 when something rules it out.
// Fills `r` with its proficiency and cue. `languages_block`: InLanguagesBlocks' answer for it.
int ReadGroup(std::string_view text, std::string_view lower, const std::vector<Group>& groups,
              size_t gi, bool languages_block, LanguageReading* r) {
  const Group& g = groups[gi];
  r->language = true;
  const size_t floor = gi > 0 ? groups[gi - 1].end : 0;
  const size_t ceil = gi + 1 < groups.size() ? groups[gi + 1].begin : text.size();
  Window w;
  w.languages_block = languages_block;
  w.back = BackStart(lower, g, floor, !w.languages_block);
  w.fwd_end = w.languages_block ? ListEntryEnd(lower, g.end, ceil) : FwdEnd(text, lower, g, ceil);
  const std::string back = Piece(lower, w.back, g.begin);
  const std::string fwd = Piece(lower, g.end, w.fwd_end);
  const std::string after = Piece(lower, g.end, std::min(text.size(), g.end + 40));
  w.level_back = LevelBackStart(text, lower, g, floor);
  const std::string item = Piece(lower, w.level_back, g.begin);
  if (!w.languages_block && Dropped(item, fwd, after)) return -1;
  // Level words from the item, or from the 60 bytes before the group when the item starts
  // later ("an excellent command of PowerPoint, Excel and English"); not from further back
  // in the clause ("React Native ... languages such as Swedish").
  const size_t near = std::min(w.level_back, g.begin > 60 ? g.begin - 60 : size_t{0});
  ReadProficiency(text, lower, std::max(w.back, near), g.begin, r);
  ReadProficiency(text, lower, g.end, w.fwd_end, r);
  // One language alone: levels below a row of languages (two columns) say not whose is whose.
  if (w.languages_block && g.first == g.last && r->proficiency.empty()) {
    ReadLevelBelow(text, lower, g.end, ceil, r);
  }
  r->cue = SentenceCue(std::string(text.substr(w.level_back, g.begin - w.level_back)) + " " +
                       std::string(text.substr(g.end, w.fwd_end - g.end)));
  return w.languages_block || OwnContext(back, fwd) ? 1 : 0;
}

// A language without words of its own (state 0) shares the context of a counted one (state 1)
// in its sentence: "Fluent English is a must while German and French are an advantage".
// SameSentence spans 150 bytes at most, so only the counted groups that end up to 150 bytes
// before one or begin up to 150 bytes after it are asked (asking every group made a list of
// thousands of languages quadratic).
void ShareCountedSentences(std::string_view lower, const std::vector<Group>& groups,
                           const std::vector<int>& state, std::vector<LanguageReading>* readings) {
  std::vector<std::pair<size_t, size_t>> by_end, by_begin;  // (offset, group) of counted ones
  for (size_t k = 0; k < groups.size(); ++k) {
    if (state[k] != 1) continue;
    by_end.push_back({groups[k].end, k});
    by_begin.push_back({groups[k].begin, k});
  }
  std::sort(by_end.begin(), by_end.end());
  std::sort(by_begin.begin(), by_begin.end());
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    if (state[gi] != 0) continue;
    const size_t b = groups[gi].begin, e = groups[gi].end;
    bool counts = false;
    for (auto it = std::lower_bound(by_end.begin(), by_end.end(),
                                    std::make_pair(b > 150 ? b - 150 : size_t{0}, size_t{0}));
         !counts && it != by_end.end() && it->first <= b; ++it) {
      counts = it->second < gi && SameSentence(lower, it->first, b);
    }
    for (auto it = std::lower_bound(by_begin.begin(), by_begin.end(), std::make_pair(e, size_t{0}));
         !counts && it != by_begin.end() && it->first <= e + 150; ++it) {
      counts = it->second > gi && SameSentence(lower, e, it->first);
    }
    (*readings)[gi].counts = counts;
  }
}

}  // namespace

std::vector<LanguageReading> ReadSpokenLanguages(std::string_view text, const KnowledgeBase& kb,
                                                 const std::vector<Mention>& mentions) {
  std::vector<LanguageReading> out(mentions.size());
  for (size_t i = 0; i < mentions.size(); ++i) out[i].counts = !IsLanguage(kb, mentions[i]);
  const std::vector<Group> groups = GroupLanguages(text, kb, mentions);
  if (groups.empty()) return out;
  const std::string lower = LowerSameLength(text);
  std::vector<LanguageReading> readings(groups.size());
  std::vector<int> state(groups.size());
  const std::vector<bool> blocks = InLanguagesBlocks(lower, groups);
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    state[gi] = ReadGroup(text, lower, groups, gi, blocks[gi], &readings[gi]);
  }
  for (size_t gi = 0; gi < groups.size(); ++gi) readings[gi].counts = state[gi] == 1;
  ShareCountedSentences(lower, groups, state, &readings);
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    for (size_t i = groups[gi].first; i <= groups[gi].last; ++i) out[i] = readings[gi];
  }
  return out;
}

void DropUncountedLanguages(std::string_view text, const KnowledgeBase& kb,
                            std::vector<Mention>* mentions) {
  bool any = false;
  for (const Mention& m : *mentions) any = any || IsLanguage(kb, m);
  if (!any) return;
  const std::vector<LanguageReading> readings = ReadSpokenLanguages(text, kb, *mentions);
  size_t kept = 0;
  for (size_t i = 0; i < mentions->size(); ++i) {
    if (readings[i].counts) (*mentions)[kept++] = (*mentions)[i];
  }
  mentions->resize(kept);
}

}  // namespace skillfit
