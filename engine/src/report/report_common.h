// Internal: small helpers every report shares.
#ifndef SKILLFIT_REPORT_COMMON_H_
#define SKILLFIT_REPORT_COMMON_H_

#include <string>

#include "skillfit/document.h"

namespace skillfit {

// A line of a document, trimmed, cut to `max` bytes at a UTF-8 boundary with "…".
std::string LineExcerpt(const Document& doc, size_t line, size_t max = 200);

// 12.345 -> 12.3
double Round1(double v);

// "&<>\"'" escaped for HTML.
std::string HtmlEscape(std::string_view s);

}  // namespace skillfit

#endif  // SKILLFIT_REPORT_COMMON_H_
