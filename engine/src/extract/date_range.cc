#include "extract/date_range.h"

#include <re2/re2.h>

#include <cctype>
#include <string>

namespace skillfit {
namespace {

#define SKILLFIT_MONTH                                                                    \
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"      \
  "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"
#define SKILLFIT_SEASON "(?:spring|summer|fall|autumn|winter)"
#define SKILLFIT_DATE                                                                     \
  "(?:" SKILLFIT_MONTH "\\s*,?\\s*(?:\\d{4}|'\\d{2})|" SKILLFIT_SEASON "\\s+\\d{4}|"      \
  "\\d{1,2}\\s*/\\s*\\d{4}|\\d{4}\\s*[-/.]\\s*\\d{1,2}(?:[^0-9]|$)|(?:19|20)\\d{2}|"                 \
  "\\d{1,2}/\\d{2}\\b)"

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
  static const RE2 kSlash("(\\d{1,2})\\s*/\\s*(\\d{4})");
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
    if (a == "spring") month = is_end ? 5 : 3;
    if (a == "summer") month = is_end ? 8 : 6;
    if (a == "fall" || a == "autumn") month = is_end ? 11 : 9;
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

}  // namespace

bool FindDateRange(std::string_view line, int today, DateRange* out) {
  static const RE2 kRange(
      "(?i)(" SKILLFIT_DATE ")\\s*(?:" SKILLFIT_DASH "|to|until|till|through|thru|→|~)\\s*"
      "(" SKILLFIT_DATE "|present|current|currently|now|today|ongoing|date)");
  static const RE2 kSeason("(?i)(" SKILLFIT_SEASON "\\s+(?:19|20)\\d{2})");
  if (!MayHoldDate(line)) return false;
  re2::StringPiece input(line.data(), line.size());
  re2::StringPiece m[3];
  if (kRange.Match(input, 0, line.size(), RE2::UNANCHORED, nullptr, 0) &&
      kRange.Match(input, 0, line.size(), RE2::UNANCHORED, m, 3)) {
    const std::string first(m[1].data(), m[1].size());
    std::string second(m[2].data(), m[2].size());
    for (char& c : second) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out->start = ParseDate(first, false);
    if (second == "present" || second == "current" || second == "currently" || second == "now" ||
        second == "today" || second == "ongoing" || second == "date") {
      out->finish = today;
      out->current = true;
    } else {
      out->finish = ParseDate(second, true);
      out->current = false;
    }
    // "2019 - 03/2021" style mixes are fine; a range that runs backwards is not a range.
    if (out->start >= 0 && out->finish >= out->start) {
      out->begin = static_cast<size_t>(m[0].data() - line.data());
      out->end = out->begin + m[0].size();
      return true;
    }
  }
  if (kSeason.Match(input, 0, line.size(), RE2::UNANCHORED, m, 2)) {
    const std::string s(m[1].data(), m[1].size());
    out->start = ParseDate(s, false);
    out->finish = ParseDate(s, true);
    if (out->finish < out->start) out->finish = out->start + 2;  // winter spans the new year
    out->current = false;
    out->begin = static_cast<size_t>(m[1].data() - line.data());
    out->end = out->begin + m[1].size();
    return out->start >= 0;
  }
  return false;
}

}  // namespace skillfit
