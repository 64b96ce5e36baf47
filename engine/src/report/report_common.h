// Internal: small helpers every report shares.
#ifndef SKILLFIT_REPORT_COMMON_H_
#define SKILLFIT_REPORT_COMMON_H_

#include <string>

#include "skillfit/document.h"
#include "skillfit/match.h"

namespace skillfit {

// A line of a document, trimmed, cut to `max` bytes at a UTF-8 boundary with "…".
std::string LineExcerpt(const Document& doc, size_t line, size_t max = 200);

// 12.345 -> 12.3
double Round1(double v);

// `v` with `digits` decimals: Fixed(12.345, 1) is "12.3".
std::string Fixed(double v, int digits = 0);

// "&<>\"'" escaped for HTML.
std::string HtmlEscape(std::string_view s);

// The file name of a document's path, without its folders ("-" for standard input).
std::string FileName(const Document& doc);

// A JD's title: its first non-empty line when it reads as one (at most 100 bytes, no
// sentence end); when that line is prose, the title its first sentence names ("We are
// looking for a Senior Backend Engineer to join..."); else "".
std::string JdTitle(const Document& jd);

// "72%", or "none asked" when no skill was asked at that level (a coverage of nothing is
// not 100%); "none" when `brief` (a table's cell).
std::string CoverageText(double coverage, int count, bool brief = false);

// The years the resume's dated roles span, "unknown" when it has none.
std::string YearsShownText(const MatchResult& m);

// "" for a resume read as of today; else one sentence: "Read as of 2016-02, the month the
// PDF says it was written: its "Present" ends there and recency counts from it."
std::string AsOfText(const MatchResult& m, const Document& resume);

// The title row in words, with its part of the score (v2; "not scored" in v1): "Title
// (part of the score: 0.75): the JD's Senior Data Engineer (senior); latest role Data
// Engineer (mid), below; titles held: Data Engineer, Analyst".
std::string TitleRowText(const MatchResult& m);

}  // namespace skillfit

#endif  // SKILLFIT_REPORT_COMMON_H_
