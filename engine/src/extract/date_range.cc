#include "extract/date_range.h"

#include <re2/re2.h>

#include <cctype>
#include <string>

#include "skillfit/profile.h"  // MonthIndex
#include "util/gated_re2.h"

namespace skillfit {
namespace {

#define SKILLFIT_MONTH                                                                    \
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"      \
  "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"
#define SKILLFIT_SEASON "(?:spring|summer|fall|autumn|winter)"
#define SKILLFIT_DATE                                                                     \
  "(?:" SKILLFIT_MONTH "\\s*,?\\s*(?:\\d{4}|'\\d{2})|" SKILLFIT_SEASON "\\s+\\d{4}|"      \
  "\\d{1,2}\\s*/\\s*\\d{4}|\\b(?:0?[1-9]|1[0-2])[-.](?:19|20)\\d{2}|"                    \
  "\\d{4}\\s*[-/.]\\s*\\d{1,2}(?:[^0-9]|$)|(?:19|20)\\d{2}|\\d{1,2}/\\d{2}\\b)"

// The dashes a range is written with: hyphen-minus, en and em dash, the soft hyphen (U+00AD,
// which some PDF producers put between dates), hyphen, non-breaking hyphen, minus sign.
#define SKILLFIT_DASH "(?:-|\u2013|\u2014|\u00AD|\u2010|\u2011|\u2212)"

int MonthOf(const std::string& m) {
  static const char* const kNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec"};
  for (int i = 0; i < 12; ++i) {
    if (m.compare(0, 3, kNames[i]) == 0) return i + 1;
  }
  return 0;
}

// Parses one date; `is_end` makes a bare year mean December and a season its last month.
int ParseDate(std::string s, bool is_end) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  int year = 0, month = 0;
  static const RE2 kMonthYear("(" SKILLFIT_MONTH ")\\s*,?\\s*(\\d{4}|'\\d{2})");
  static const RE2 kSeasonYear("(" SKILLFIT_SEASON ")\\s+(\\d{4})");
  static const RE2 kSlash("(\\d{1,2})\\s*[-/.]\\s*(\\d{4})");  // "03/2018", "06-2018", "6.2018"
  static const RE2 kShortSlash("(\\d{1,2})/(\\d{2})\\b");  // "06/15": June 2015
  static const RE2 kIso("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})");
  static const RE2 kYear("((?:19|20)\\d{2})");
  std::string a, b;
  // `s` is one date as SKILLFIT_DATE matched it: the forms with a month or season name start
  // with a letter, the others with a digit, so only the expressions of its kind are tried.
  const bool named = !s.empty() && std::isalpha(static_cast<unsigned char>(s[0]));
  if (named && RE2::PartialMatch(s, kMonthYear, &a, &b)) {
    month = MonthOf(a);
    year = b[0] == '\'' ? 2000 + std::stoi(b.substr(1)) : std::stoi(b);
    if (b[0] == '\'' && year > 2050) year -= 100;
  } else if (named && RE2::PartialMatch(s, kSeasonYear, &a, &b)) {
    year = std::stoi(b);
    // Seasons as the academic year has them: a spring term runs January to May, a fall term
    // September to December; summer is June to August, winter December to February.
    if (a == "spring") month = is_end ? 5 : 1;
    if (a == "summer") month = is_end ? 8 : 6;
    if (a == "fall" || a == "autumn") month = is_end ? 12 : 9;
    if (a == "winter") month = is_end ? 2 : 12;
  } else if (RE2::PartialMatch(s, kSlash, &a, &b)) {
    month = std::stoi(a);
    year = std::stoi(b);
  } else if (RE2::PartialMatch(s, kShortSlash, &a, &b)) {
    month = std::stoi(a);
    year = 2000 + std::stoi(b);
    if (year > 2050) year -= 100;
  } else if (RE2::PartialMatch(s, kIso, &a, &b)) {
    year = std::stoi(a);
    month = std::stoi(b);
  } else if (RE2::PartialMatch(s, kYear, &a)) {
    year = std::stoi(a);
    month = is_end ? 12 : 1;
  }
  if (year < 1950 || year > 2100 || month < 1 || month > 12) return -1;
  return year * 12 + (month - 1);
}

// Every date form above has four digits in a row, a year written '19 or a month and year
// written 06/15: a line without any holds no date, and most lines of a resume are such lines.
bool MayHoldDate(std::string_view line) {
  int run = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    const bool digit = line[i] >= '0' && line[i] <= '9';
    run = digit ? run + 1 : 0;
    if (run == 4) return true;
    if (run == 2 && i + 2 < line.size() && line[i + 1] == '/' &&
        std::isdigit(static_cast<unsigned char>(line[i + 2]))) {
      return true;
    }
    if (line[i] == '\'' && i + 2 < line.size() &&
        std::isdigit(static_cast<unsigned char>(line[i + 1])) &&
        std::isdigit(static_cast<unsigned char>(line[i + 2]))) {
      return true;
    }
  }
  return false;
}

bool IsPresentWord(std::string word) {
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return word == "present" || word == "current" || word == "currently" || word == "now" ||
         word == "today" || word == "ongoing" || word == "date";
}

void SetSpan(std::string_view line, const re2::StringPiece& whole, DateRange* out) {
  out->begin = static_cast<size_t>(whole.data() - line.data());
  out->end = out->begin + whole.size();
}

// Whether a year ending at `end` goes on as a version's suffix, one to three letters and a
// digit: "Windows Server 2003 – 2012R2" and "2008-2016SP1" name releases, not a span.
bool VersionSuffixAt(std::string_view line, size_t end) {
  size_t i = end;
  while (i < line.size() && i - end < 3 && std::isalpha(static_cast<unsigned char>(line[i]))) ++i;
  return i > end && i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]));
}

// The first match of `re` in `line` as a range: group 1 the start, group 2 the end (a date or
// a word for now). False when the range runs backwards or its end is a release's name.
bool TwoDates(const RE2& re, std::string_view line, int today, DateRange* out) {
  re2::StringPiece input(line.data(), line.size());
  re2::StringPiece m[3];
  if (!re.Match(input, 0, line.size(), RE2::UNANCHORED, m, 3)) return false;
  if (VersionSuffixAt(line, static_cast<size_t>(m[2].data() + m[2].size() - line.data()))) {
    return false;
  }
  const std::string second(m[2].data(), m[2].size());
  out->start = ParseDate(std::string(m[1].data(), m[1].size()), false);
  out->current = IsPresentWord(second);
  out->finish = out->current ? today : ParseDate(second, true);
  // "2019 - 03/2021" style mixes are fine; a range that runs backwards is not a range.
  if (out->start < 0 || out->finish < out->start) return false;
  SetSpan(line, m[0], out);
  return true;
}

// "Jan 2020 - Present", "2019-2021", "06/15 - Now": two dates, or a date and a word for now.
bool FullRange(std::string_view line, int today, DateRange* out) {
  static const RE2 kRange(
      "(?i)(" SKILLFIT_DATE ")\\s*(?:" SKILLFIT_DASH "|to|until|till|through|thru|→|~)\\s*"
      "(" SKILLFIT_DATE "|present|current|currently|now|today|ongoing|date)");
  return TwoDates(kRange, line, today, out);
}

// "2013-14", "2024–25", "2015/2016": a year and a later year or its last two digits, as an
// academic year is written. "2014-06" (a month) and "2014-12" are not: the second number must
// be a later year than the first.
bool ShortYearRange(std::string_view line, DateRange* out) {
  static const RE2 kShort("((?:19|20)\\d{2})\\s*(?:" SKILLFIT_DASH "|/)\\s*((?:19|20)?\\d{2})(?:[^0-9/.]|$)");
  re2::StringPiece input(line.data(), line.size());
  re2::StringPiece m[3];
  if (!kShort.Match(input, 0, line.size(), RE2::UNANCHORED, m, 3)) return false;
  if (VersionSuffixAt(line, static_cast<size_t>(m[2].data() + m[2].size() - line.data()))) {
    return false;
  }
  const int first = std::stoi(std::string(m[1].data(), m[1].size()));
  const std::string second(m[2].data(), m[2].size());
  const int last = second.size() == 4 ? std::stoi(second) : first / 100 * 100 + std::stoi(second);
  if (last <= first || last - first > 20) return false;
  out->start = MonthIndex(first, 1);
  out->finish = MonthIndex(last, 12);
  out->current = false;
  SetSpan(line, m[0], out);
  out->end = out->begin + (m[2].data() + m[2].size() - m[0].data());
  return true;
}

// "Apr 2022, Aug 2022", "Jun 2023, present": two dates with a month name, or one and a word
// for now, joined by a comma (years alone joined by a comma are a list: "2019, 2021").
bool CommaRange(std::string_view line, int today, DateRange* out) {
  static const RE2 kComma("(?i)(" SKILLFIT_MONTH "\\s*\\d{4}),\\s*(" SKILLFIT_MONTH
                          "\\s*\\d{4}|present|current|now)");
  return TwoDates(kComma, line, today, out);
}

// "July - September 2013": two months of one year.
bool MonthsOfOneYear(std::string_view line, DateRange* out) {
  static const GatedRE2 kMonths("(?i)(" SKILLFIT_MONTH ")\\s*(?:" SKILLFIT_DASH
                                "|to)\\s*(" SKILLFIT_MONTH ")\\s*,?\\s*(\\d{4})");
  re2::StringPiece input(line.data(), line.size());
  re2::StringPiece m[4];
  const RE2* months = kMonths.For(line);
  if (!months || !months->Match(input, 0, line.size(), RE2::UNANCHORED, m, 4)) return false;
  const std::string year(m[3].data(), m[3].size());
  out->start = ParseDate(std::string(m[1].data(), m[1].size()) + " " + year, false);
  out->finish = ParseDate(std::string(m[2].data(), m[2].size()) + " " + year, true);
  out->current = false;
  if (out->start < 0 || out->finish < out->start) return false;
  SetSpan(line, m[0], out);
  return true;
}

// "Summer 2021": one term.
bool OneSeason(std::string_view line, DateRange* out) {
  static const GatedRE2 kSeason("(?i)(" SKILLFIT_SEASON "\\s+(?:19|20)\\d{2})");
  re2::StringPiece input(line.data(), line.size());
  re2::StringPiece m[2];
  const RE2* season = kSeason.For(line);
  if (!season || !season->Match(input, 0, line.size(), RE2::UNANCHORED, m, 2)) return false;
  const std::string s(m[1].data(), m[1].size());
  out->start = ParseDate(s, false);
  out->finish = ParseDate(s, true);
  if (out->finish < out->start) out->finish = out->start + 2;  // winter spans the new year
  out->current = false;
  SetSpan(line, m[1], out);
  return out->start >= 0;
}

// "Since 2021", "2022- sound engineering", "Assistant Professor, 2026-.": a start and no end
// written, which runs to today. `open` is set for a dash: the end may sit on the next line.
bool OpenRange(std::string_view line, int today, DateRange* out) {
  static const GatedRE2 kSince("(?i)\\b(?:since|from)\\s+(" SKILLFIT_DATE ")");
  static const RE2 kDangling("(?i)(" SKILLFIT_DATE ")\\s?" SKILLFIT_DASH "(?:[\\s.,;)]|$)");
  re2::StringPiece input(line.data(), line.size());
  re2::StringPiece m[2];
  const RE2* since_re = kSince.For(line);
  const bool since = since_re && since_re->Match(input, 0, line.size(), RE2::UNANCHORED, m, 2);
  if (!since && !kDangling.Match(input, 0, line.size(), RE2::UNANCHORED, m, 2)) return false;
  // "2019 - Built ..." is a dash before words; "2019 -" at the end, or "2019-" with no space,
  // is a range left open.
  const size_t after = static_cast<size_t>(m[0].data() - line.data()) + m[0].size();
  const std::string_view rest = line.substr(std::min(after, line.size()));
  const bool spaced = m[0].size() > m[1].size() + 1 && m[0][m[1].size()] == ' ';
  if (spaced && rest.find_first_not_of(" \t") != std::string_view::npos) return false;
  out->start = ParseDate(std::string(m[1].data(), m[1].size()), false);
  if (out->start < 0 || today < out->start) return false;
  out->finish = today;
  out->current = true;
  out->open = !since;  // "Since 2021" says it runs to today; "2021-" may end on the next line
  SetSpan(line, m[0], out);
  return true;
}

// `line` with each run of five or more digits (a phone number, an ID: "+201156066705")
// written over with '#' in `*masked`, where it is then viewed: no date form has more than
// four digits in a row, so no year is read out of a longer number. Offsets stay the same.
std::string_view WithoutLongNumbers(std::string_view line, std::string* masked) {
  size_t run = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i < line.size() && line[i] >= '0' && line[i] <= '9') {
      ++run;
      continue;
    }
    if (run >= 5) {
      if (masked->empty()) masked->assign(line);
      masked->replace(i - run, run, run, '#');
    }
    run = 0;
  }
  return masked->empty() ? line : std::string_view(*masked);
}

}  // namespace

bool FindDateRange(std::string_view text, int today, DateRange* out) {
  if (!MayHoldDate(text)) return false;
  std::string masked;
  const std::string_view line = WithoutLongNumbers(text, &masked);
  *out = DateRange();
  return FullRange(line, today, out) || ShortYearRange(line, out) || CommaRange(line, today, out) ||
         MonthsOfOneYear(line, out) || OneSeason(line, out) || OpenRange(line, today, out);
}

bool FindLoneDate(std::string_view text, DateRange* out) {
  static const RE2 kDate("(?i)(" SKILLFIT_DATE ")");
  if (!MayHoldDate(text)) return false;
  std::string masked;
  const std::string_view line = WithoutLongNumbers(text, &masked);
  re2::StringPiece input(line.data(), line.size());
  re2::StringPiece m[2];
  if (!kDate.Match(input, 0, line.size(), RE2::UNANCHORED, m, 2)) return false;
  // Only one date in the line, at its start or among its last few characters.
  const size_t begin = static_cast<size_t>(m[1].data() - line.data());
  const size_t end = begin + m[1].size();
  // A year glued to a name is part of the name: "WISE2013", "Python3".
  if (begin > 0 && std::isalnum(static_cast<unsigned char>(line[begin - 1]))) return false;
  re2::StringPiece tail(line.data() + end, line.size() - end);
  if (RE2::PartialMatch(tail, kDate)) return false;
  const size_t lead = line.find_first_not_of(" \t(");
  if (begin != lead && line.size() - end > 25) return false;
  // A date inside a note in parentheses that opens in lowercase dates the note, not the line:
  // "Houseworks – Remote (promoted from intern, Apr 2025)".
  const size_t open = line.rfind('(', begin);
  if (open != std::string_view::npos && line.find(')', open) >= begin && open + 1 < begin &&
      std::islower(static_cast<unsigned char>(line[open + 1]))) {
    return false;
  }
  const std::string date(m[1].data(), m[1].size());
  *out = DateRange();
  out->start = ParseDate(date, false);
  out->finish = ParseDate(date, true);
  out->begin = begin;
  out->end = end;
  return out->start >= 0 && out->finish >= out->start;
}

bool StartsWithDate(std::string_view text, int* month_index) {
  static const RE2 kLead("(?i)\\s*(" SKILLFIT_DATE ")");
  std::string masked;
  const std::string_view line = WithoutLongNumbers(text, &masked);
  re2::StringPiece input(line.data(), line.size());
  re2::StringPiece m[2];
  if (!MayHoldDate(line) || !kLead.Match(input, 0, line.size(), RE2::ANCHOR_START, m, 2)) {
    return false;
  }
  *month_index = ParseDate(std::string(m[1].data(), m[1].size()), true);
  return *month_index >= 0;
}

}  // namespace skillfit
