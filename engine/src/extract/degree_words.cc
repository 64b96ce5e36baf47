#include "extract/degree_words.h"

#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <mutex>

#include "kb/required_words.h"
#include "util/ascii.h"
#include "util/gated_re2.h"

namespace skillfit {
namespace {

// A level word: its pattern (RE2), the level, the field the word names itself, whether a
// bare capital form needs a degree context (BS, MS, MA...), and whether only JDs use it.
struct LevelPattern {
  const char* pattern;
  DegreeLevel level;
  const char* field;
  bool needs_context;
  bool jd_only;
};

#define SKILLFIT_OF_WHAT                                                                  \
  "(?:\\s+of\\s+(?:business\\s+administration|science|arts|engineering|technology|fine\\s+arts|" \
  "commerce|computer\\s+applications|applied\\s+science|education|laws|public\\s+health))?"

// The possessive after a level word takes ' or ’, and U+0092 too: text from Windows-1252 read
// as Latin-1 writes the right quotation mark so ("Master\u0092s degree").
const LevelPattern kLevelPatterns[] = {
    // Doctorate.
    {"(?i)ph\\.?\\s?d\\.?", DegreeLevel::kDoctorate, "", false, false},
    {"(?i)doctor\\s+of\\s+(?:philosophy|science|engineering|education)", DegreeLevel::kDoctorate,
     "", false, false},
    {"(?i)doctoral\\s+degree|doctorate(?:\\s+degree)?", DegreeLevel::kDoctorate, "", false, false},
    {"D\\.?\\s?Phil\\.?|Ed\\.D\\.?|EdD", DegreeLevel::kDoctorate, "", false, false},
    // Master.
    {"(?i)master(?:'s|\u2019s|\u0092s|s)?" SKILLFIT_OF_WHAT "(?:\\s+degree)?", DegreeLevel::kMaster,
     "", false, false},
    {"(?i)executive\\s+mba|M\\.B\\.A\\.?|MBA|EMBA", DegreeLevel::kMaster, "Business Administration",
     false, false},
    {"MSCS|MSEE|MSCE", DegreeLevel::kMaster, "", false, false},
    {"M\\.\\s?Sc\\.?|MSc|M\\.\\s?S\\.?|M\\.A\\.|M\\.\\s?Eng\\.?|MEng|M\\.\\s?Tech\\.?|MTech|MCA|MPH|MFA|"
     "M\\.\\s?Phil\\.?|MPhil|MRes|LL\\.?M\\.?|M\\.Ed\\.?|MEd|MPA|MSW|MIS",
     DegreeLevel::kMaster, "", false, false},
    {"MS|MA", DegreeLevel::kMaster, "", true, false},
    // The French engineering diploma, a master's by law (grade de master).
    {"(?i)dipl[o\u00f4]me\\s+d['\u2019]\\s?ing[e\u00e9]nieur|ing[e\u00e9]nieur\\s+dipl[o\u00f4]m[e\u00e9]",
     DegreeLevel::kMaster, "", false, false},
    // Bachelor.
    {"(?i)bachelor(?:'s|\u2019s|\u0092s|s)?" SKILLFIT_OF_WHAT "(?:\\s+degree)?",
     DegreeLevel::kBachelor, "", false, false},
    {"(?i)undergraduate\\s+degree|baccalaureate(?:\\s+degree)?", DegreeLevel::kBachelor, "", false,
     false},
    {"BSCS|BSEE|BSCE", DegreeLevel::kBachelor, "", false, false},
    {"B\\.B\\.A\\.?|BBA", DegreeLevel::kBachelor, "Business Administration", false, false},
    {"B\\.\\s?Sc\\.?|BSc|B\\.\\s?S\\.?|B\\.A\\.|B\\.E\\.|B\\.\\s?Eng\\.?|BEng|B\\.\\s?Tech\\.?|BTech|BCA|"
     "B\\.\\s?Com\\.?|BCom|BFA|LL\\.?B\\.?|B\\.Ed\\.?|BEd|BSN",
     DegreeLevel::kBachelor, "", false, false},
    {"BS|BA|BE", DegreeLevel::kBachelor, "", true, false},
    // A graduate of an engineering school ("Graduate IT Engineering School Polytech Nice"):
    // a degree at least a bachelor's wherever the school is. The words between are a name's,
    // capitalised: "graduate students at the engineering school" is no degree.
    {"(?i)graduate\\s+(?:of\\s+(?:an?\\s+|the\\s+)?)?(?:(?-i:[A-Z])[\\w&-]*\\s+){0,3}engineering\\s+school|"
     "engineering\\s+school\\s+graduate",
     DegreeLevel::kBachelor, "", false, false},
    {"(?i)(?:university|college|four[- ]year|4[- ]year|academic|post-?secondary)\\s+degree",
     DegreeLevel::kBachelor, "", false, true},
    {"(?i)degree\\s+(?:in|from)\\b", DegreeLevel::kBachelor, "", false, true},
    // Associate.
    {"(?i)associate(?:'s|\u2019s|\u0092s|s)?\\s+(?:degree|of\\s+(?:applied\\s+)?(?:science|arts))",
     DegreeLevel::kAssociate, "", false, false},
    {"A\\.A\\.S\\.?|A\\.S\\.|A\\.A\\.", DegreeLevel::kAssociate, "", false, false},
    {"AAS", DegreeLevel::kAssociate, "", true, false},
    // High school, before "diploma" so that "high school diploma" is read whole.
    {"(?i)high[- ]school(?:\\s+(?:diploma|degree|graduate|education))?|(?:senior\\s+|higher\\s+)?"
     "secondary\\s+(?:school|education)(?:\\s+(?:diploma|certificate))?",
     DegreeLevel::kHighSchool, "", false, false},
    {"GED", DegreeLevel::kHighSchool, "", false, false},
    // Diplomas and certificates below a degree.
    {"(?i)(?:post-?\\s?graduate\\s+|advanced\\s+|graduate\\s+)?diploma", DegreeLevel::kCertificate,
     "", false, false},
    {"(?i)(?:graduate\\s+)?certificate\\s+(?:in|of)\\b", DegreeLevel::kCertificate, "", false,
     false},
};

constexpr size_t kLevelPatternCount = sizeof kLevelPatterns / sizeof kLevelPatterns[0];

// Per level pattern, words one of which a line must hold for the pattern to match in it: a
// line that holds none is not searched, and the pattern is compiled only when a line needs
// it (its compile was most of this file's cost at every start). Lowercase words are looked
// for in the line lowercased, for a (?i) pattern; other words as written. "|" separates
// the words.
const char* const kLevelGates[] = {
    "ph",                                                                // ph.d
    "doctor",                                                            // doctor of
    "doctor",                                                            // doctoral
    "Phil|Ed.D|EdD",                                                     // D.Phil
    "master",                                                            // master's
    "mba|m.b.a",                                                         // MBA
    "MSC|MSE",                                                           // MSCS
    "M.|MSc|MEng|MTech|MCA|MPH|MPhil|MFA|MRes|LL|MEd|MPA|MSW|MIS",       // M.Sc
    "MS|MA",                                                             // MS
    "nieur",                                                             // diplôme d'ingénieur
    "bachelor",                                                          // bachelor's
    "undergraduate|baccalaureate",                                       // undergraduate
    "BSC|BSE",                                                           // BSCS
    "B.B.A|BBA",                                                         // BBA
    "B.|BSc|BEng|BTech|BCA|BCom|BFA|LL|BEd|BSN",                         // B.Sc
    "BS|BA|BE",                                                          // BS
    "engineering school",                                                // engineering school
    "degree",                                                            // college degree
    "degree",                                                            // degree in
    "associate",                                                         // associate's
    "A.A.|A.S.",                                                         // A.S.
    "AAS",                                                               // AAS
    "high|secondary",                                                    // high school
    "GED",                                                               // GED
    "diploma",                                                           // diploma
    "certificate",                                                       // certificate in
};
static_assert(sizeof kLevelGates / sizeof kLevelGates[0] == kLevelPatternCount,
              "one gate per level pattern");

// Whether pattern i may match in `line` (`lower`: the line with its ASCII letters lowercased,
// or empty when the line holds a character that (?i) folds to an ASCII letter, U+017F or
// U+212A; FoldsToAscii).
bool MayMatch(size_t i, std::string_view line, std::string_view lower) {
  const bool folded = std::string_view(kLevelPatterns[i].pattern).substr(0, 4) == "(?i)";
  if (folded && lower.empty()) return true;
  const std::string_view in = folded ? lower : line;
  std::string_view gates = kLevelGates[i];
  while (!gates.empty()) {
    const size_t bar = gates.find('|');
    if (in.find(gates.substr(0, bar)) != std::string_view::npos) return true;
    gates = bar == std::string_view::npos ? std::string_view() : gates.substr(bar + 1);
  }
  return false;
}

// Level pattern i, compiled the first time a line needs it. Thread-safe; never freed.
const RE2& Compiled(size_t i) {
  static std::once_flag once[kLevelPatternCount];
  static const RE2* compiled[kLevelPatternCount];
  std::call_once(once[i], [i] { compiled[i] = new RE2(kLevelPatterns[i].pattern); });
  return *compiled[i];
}

bool IsWordChar(char c) { return IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80; }

bool StartsWithWord(std::string_view s, std::string_view word) {
  if (s.size() < word.size() || LowerAscii(s.substr(0, word.size())) != word) return false;
  return s.size() == word.size() || !IsWordChar(s[word.size()]);
}

// Whether a bare capital form (BS, MS, MA...) at [b, e) of `line` reads as a degree.
bool ReadsAsDegree(std::string_view line, size_t b, size_t e) {
  std::string_view before = line.substr(0, b);
  while (!before.empty() && (before.back() == ' ' || before.back() == '\t')) before.remove_suffix(1);
  std::string_view after = line.substr(e);
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  if (after.empty() || std::isdigit(static_cast<unsigned char>(after[0]))) {
    // "Boston, MA" or "Boston, MA 02115": a state; a line that is only "MS" is a degree.
    return before.find_first_not_of("-*\u2022\t ") == std::string_view::npos ||
           (!before.empty() && before.back() == '/');
  }
  static const char* const kProducts[] = {"office", "excel", "word", "access", "powerpoint",
                                          "project", "teams", "sql", "visio", "dynamics",
                                          "outlook", "azure", "windows", "dos", "paint"};
  for (const char* p : kProducts) {
    if (StartsWithWord(after, p)) return false;
  }
  const bool at_start = before.empty() || before.find_first_not_of("-*\u2022\t |") ==
                                              std::string_view::npos;
  if (at_start || before.back() == '/' || before.back() == '(' ||
      (before.size() >= 3 && LowerAscii(before.substr(before.size() - 3)) == " or")) {
    return true;
  }
  const char c = after[0];
  // "Cambridge, MA, USA": a state between commas.
  if (!before.empty() && before.back() == ',' && c == ',') return false;
  if (c == ',' || c == '/' || c == '(' || c == '-' || c == ':' || c == '|' || c == ')' ||
      after.substr(0, 3) == "\u2013" || after.substr(0, 3) == "\u2014") {
    return true;
  }
  return StartsWithWord(after, "in") || StartsWithWord(after, "of") ||
         StartsWithWord(after, "degree") || StartsWithWord(after, "or");
}

bool IsBareMaster(std::string_view word) {
  const std::string low = LowerAscii(word);
  return low == "master" || low == "masters";
}

// Whether a bare "master" or "masters" (no "'s", "of X" or "degree" in the match) at [b, e)
// reads as the degree: before "in" or "of" ("Masters in Data Science"), or where a bare
// capital form would (ReadsAsDegree: "Bachelor or Master", "Master, TU Berlin") unless a
// capitalised word before it (not an article: "A master or bachelor's degree") makes it a
// post ("Scrum Master, Agile coach"). The verb and
// the other nouns are no degree: "master the requisite tools", "master node", "master data".
bool BareMasterReadsAsDegree(std::string_view line, size_t b, size_t e) {
  std::string_view after = line.substr(e);
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  if (StartsWithWord(after, "in") || StartsWithWord(after, "of")) return true;
  std::string_view before = line.substr(0, b);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  size_t w = before.size();
  while (w > 0 && std::isalpha(static_cast<unsigned char>(before[w - 1]))) --w;
  const std::string_view word = before.substr(w);
  static constexpr std::string_view kLeadWords[] = {"a",    "an",   "the", "any", "either",
                                                    "hold", "have", "has", "with", "bachelor",
                                                    "bachelors"};
  const std::string lead = LowerAscii(word);
  const bool post = !word.empty() && std::isupper(static_cast<unsigned char>(word[0])) &&
                    std::find(std::begin(kLeadWords), std::end(kLeadWords), lead) == std::end(kLeadWords);
  return !post && ReadsAsDegree(line, b, e);
}

// Whether the words after a level word make it a piece of work, not a degree: "bachelor
// thesis: ...", "master's project", "PhD research".
bool NamesWorkNotDegree(std::string_view after) {
  static const GatedRE2 kWork(
      "^(?i)\\s+(?:thesis|dissertation|project|course|courses|coursework|level|research|seminar)\\b");
  const RE2* work = kWork.For(after);
  return work && RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), *work);
}

// The field a graduate of an engineering school names: the words before "school", after
// "graduate" and its "of the": "Graduate IT Engineering School" -> "IT Engineering"; none for
// "Engineering School Graduate".
std::string EngineeringSchoolField(std::string_view word) {
  const std::string low = LowerAscii(word);
  constexpr std::string_view kSchool = " school";
  if (low.size() <= kSchool.size() || low.compare(low.size() - kSchool.size(), kSchool.size(), kSchool) != 0) {
    return "";
  }
  std::string_view field = word.substr(0, word.size() - kSchool.size());
  for (std::string_view lead : {"graduate", "of", "an", "a", "the"}) {
    if (StartsWithWord(field, lead)) field = TrimField(field.substr(lead.size()));
  }
  return std::string(field);
}

// The field a level word names in itself: "MSCS" -> "Computer Science".
std::string OwnField(std::string_view word, const char* field) {
  if (*field) return field;
  if (std::string school = EngineeringSchoolField(word); !school.empty()) return school;
  if (word.size() == 4 && (word.substr(2) == "CS")) return "Computer Science";
  if (word.size() == 4 && (word.substr(2) == "EE")) return "Electrical Engineering";
  if (word.size() == 4 && (word.substr(2) == "CE")) return "Computer Engineering";
  return "";
}

// Whether `w`, a JD's bare "degree" ("degree in X"), is the degree of the level word `before`
// that it follows with only spaces between: "PhD degree in physics" and "MSc degree in
// Statistics" ask a doctorate and a master's, not a bachelor's besides. The master's and
// bachelor's patterns take their "degree" themselves; the abbreviations do not.
bool JoinsDegreeWord(std::string_view line, const LevelWord& before, const LevelWord& w) {
  constexpr std::string_view kDegree = "degree";
  if (w.end - w.begin != kDegree.size() || LowerAscii(line.substr(w.begin, w.end - w.begin)) != kDegree) {
    return false;
  }
  const std::string_view gap = line.substr(before.end, w.begin - before.end);
  return !gap.empty() && gap.find_first_not_of(' ') == std::string_view::npos;
}

}  // namespace

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

std::vector<LevelWord> FindLevelWords(std::string_view line, bool jd) {
  std::vector<LevelWord> found;
  const re2::StringPiece text(line.data(), line.size());
  // Of the characters outside ASCII, (?i) takes only the Kelvin sign and the long s to ASCII
  // letters: a line without them holds a (?i) pattern's words in ASCII, in any case.
  const std::string lower = FoldsToAscii(line) ? std::string() : LowerAscii(line);
  for (size_t i = 0; i < kLevelPatternCount; ++i) {
    const LevelPattern& p = kLevelPatterns[i];
    if (p.jd_only && !jd) continue;
    if (!MayMatch(i, line, lower)) continue;
    size_t pos = 0;
    re2::StringPiece m;
    while (pos < line.size() &&
           Compiled(i).Match(text, pos, line.size(), RE2::UNANCHORED, &m, 1)) {
      const size_t b = static_cast<size_t>(m.data() - line.data());
      const size_t e = b + m.size();
      pos = e > b ? e : b + 1;
      if (b > 0 && IsWordChar(line[b - 1])) continue;
      if (e < line.size() && IsWordChar(line[e - 1]) && IsWordChar(line[e])) continue;
      if (p.needs_context && !ReadsAsDegree(line, b, e)) continue;
      if (p.level == DegreeLevel::kMaster && IsBareMaster(line.substr(b, e - b)) &&
          !BareMasterReadsAsDegree(line, b, e)) {
        continue;
      }
      if (NamesWorkNotDegree(line.substr(e))) continue;
      // "degree in": the level word is "degree"; "in" opens the field.
      const size_t word_end = p.jd_only && AsciiLower(line[b]) == 'd' ? b + 6 : e;
      found.push_back({p.level, b, word_end, OwnField(line.substr(b, e - b), p.field)});
    }
  }
  // The longest at each place, then no overlaps.
  std::sort(found.begin(), found.end(), [](const LevelWord& a, const LevelWord& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<LevelWord> out;
  for (const LevelWord& w : found) {
    if (!out.empty() && w.begin < out.back().end) continue;
    if (!out.empty() && JoinsDegreeWord(line, out.back(), w)) {
      out.back().end = w.end;
      continue;
    }
    out.push_back(w);
  }
  return out;
}

std::string_view TrimField(std::string_view s) {
  // Bullets ("\u2022", "\u25e6", "\u25aa") open a line in some PDFs' text.
  for (std::string_view bullet : {"\u2022", "\u25e6", "\u25aa"}) {
    const size_t b = s.find_first_not_of(" \t");
    if (b != std::string_view::npos && s.substr(b, bullet.size()) == bullet) {
      s = s.substr(b + bullet.size());
    }
  }
  const std::string_view kEdge = " \t:-,()|*.;";
  const size_t b = s.find_first_not_of(kEdge);
  if (b == std::string_view::npos) return {};
  s = s.substr(b);
  // Keep a closing dot that ends an abbreviation ("Eng."), drop the rest.
  while (!s.empty() && kEdge.find(s.back()) != std::string_view::npos) s.remove_suffix(1);
  return s;
}

bool NamesInstitution(std::string_view s) {
  static const RE2 kSchool(
      "(?i)\\b(?:universit|college|institut|school|academy|polytechnic|conservatory|"
      "hochschule|escuela|ecole|\u00e9cole|iit\\b|mit\\b|ucla\\b|nyu\\b)");
  return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), kSchool);
}

size_t SchoolStart(std::string_view s) {
  // A letter after the space: an ASCII one or any non-ASCII character (an accented capital),
  // which compiles to a far smaller program than \p{L} under (?i) (14 M instructions at
  // every start, callgrind).
  static const RE2 kOpens("(?i)\\b(?:universit\\S*|institut\\S*|college|school|academy|"
                          "polytechnic)\\s+(?:[a-z]|[^\\x00-\\x7f])");
  re2::StringPiece m;
  if (!kOpens.Match(re2::StringPiece(s.data(), s.size()), 0, s.size(), RE2::UNANCHORED, &m, 1)) {
    return std::string_view::npos;
  }
  return static_cast<size_t>(m.data() - s.data());
}

bool PlausibleField(std::string_view s) {
  s = TrimField(s);
  if (s.empty() || !std::isalpha(static_cast<unsigned char>(s[0]))) return false;
  if (NamesInstitution(s)) return false;
  static const GatedRE2 kNotField(
      "(?i)^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?:\\s|$)|"
      "(?:spring|summer|fall|autumn|winter)\\b|gpa\\b|cgpa\\b|grade|expected|anticipated|"
      "candidate|pursuing|graduated|graduation|present|current|honou?rs\\b|cum laude|"
      "magna|summa|class of|coursework|courses|thesis|dissertation|minor\\b|dean|award|"
      "with\\b|from\\b|at\\b|and\\b|"
      // "Certificate of Completion": the kind of certificate, not what was studied.
      "(?:completion|achievement|attendance|participation|appreciation|merit|excellence|"
      "recognition)\\b)");
  const RE2* not_field = kNotField.For(s);
  if (not_field && RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), *not_field)) {
    return false;
  }
  size_t words = 1;
  for (char c : s) {
    if (c == ' ') ++words;
    if (std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return words <= 8;
}

std::string FieldAfter(std::string_view rest) {
  // Honours marks and "degree" between the level and its field.
  static const RE2 kLead(
      "^(?i)\\s*\\)?\\s*(?:\\(\\s*hon(?:s|ours|ors)?\\.?\\s*\\)|hon(?:s|ours|ors)\\.?)?\\s*(?:degree)?\\s*"
      "(?:candidate\\s+|student\\s+)?\\.?\\s*(?:(?:in|of)\\s+|[,:(|\u2013\u2014-]\\s*)?");
  re2::StringPiece sp(rest.data(), rest.size());
  RE2::Consume(&sp, kLead);
  std::string_view s(sp.data(), sp.size());
  // The field ends at a separator, a date or the school.
  static const RE2 kEnd(
      "(?i)(?:,|;|\\||\\(|\\)|\t|\\s{2,}|\\s[-\u2013\u2014]\\s|\u2013|\u2014|\\d|\\sat\\s|"
      "\\sfrom\\s|\\swith\\s|\\sminor\\b|\\s-\\s|\\s(?:c?gpa|grade|percentage|rank)\\b)");
  re2::StringPiece m;
  const re2::StringPiece text(s.data(), s.size());
  size_t end = s.size();
  if (kEnd.Match(text, 0, s.size(), RE2::UNANCHORED, &m, 1)) {
    end = static_cast<size_t>(m.data() - s.data());
  }
  std::string_view field = TrimField(s.substr(0, end));
  // "Hons.Coop. in Computer Science": the field is what follows "in".
  const size_t in = field.rfind(" in ");
  if (in != std::string_view::npos) field = TrimField(field.substr(in + 4));
  // "Physics Universit\u00e4t Heidelberg": the field ends where the school's name opens.
  const size_t school = SchoolStart(field);
  if (school != std::string_view::npos && school > 0) field = TrimField(field.substr(0, school));
  return PlausibleField(field) ? std::string(field) : std::string();
}

}  // namespace skillfit
