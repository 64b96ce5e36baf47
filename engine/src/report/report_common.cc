#include "report/report_common.h"
#include "util/ascii.h"

#include <cmath>
#include <cstdio>

namespace skillfit {

std::string LineExcerpt(const Document& doc, size_t line, size_t max) {
  std::string_view v = doc.Line(line);
  while (!v.empty() && (v.front() == ' ')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ')) v.remove_suffix(1);
  if (v.size() <= max) return std::string(v);
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(v[cut]) & 0xC0) == 0x80) --cut;
  return std::string(v.substr(0, cut)) + "\xE2\x80\xA6";
}

double Round1(double v) { return std::round(v * 10.0) / 10.0; }

std::string Fixed(double v, int digits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

std::string FileName(const Document& doc) {
  const size_t slash = doc.path.find_last_of('/');
  return slash == std::string::npos ? doc.path : doc.path.substr(slash + 1);
}

namespace {

std::string TrimmedTitle(std::string t) {
  while (!t.empty() && (t.front() == ' ' || t.front() == '*' || t.front() == '_')) t.erase(0, 1);
  return t;
}

}  // namespace

std::string JdTitle(const Document& jd) {
  for (size_t line = 1; line <= jd.line_starts.size(); ++line) {
    std::string t = LineExcerpt(jd, line, 1000);
    // Markdown's heading marks and emphasis ("## **Data Engineer II**"), then a label before
    // the title ("Job Title: Data Engineer").
    auto mark = [](char c) { return c == '#' || c == ' ' || c == '*' || c == '_'; };
    while (!t.empty() && mark(t.front())) t.erase(0, 1);
    while (!t.empty() && mark(t.back())) t.pop_back();
    for (const char* label : {"job description:", "job title:", "position:", "role:", "title:"}) {
      const std::string l = label;
      if (AsciiLowerCopy(t.substr(0, l.size())) == l) t = TrimmedTitle(t.substr(l.size()));
    }
    if (t.empty()) continue;
    const bool sentence = t.back() == '.' || t.find(". ") != std::string::npos;
    return t.size() <= 100 && !sentence ? t : "";
  }
  return "";
}

std::string CoverageText(double coverage, int count) {
  return count == 0 ? "none asked" : Fixed(coverage) + "%";
}

std::string YearsShownText(const MatchResult& m) {
  return m.years_known ? Fixed(m.years_shown, 1) : "unknown (no dated roles)";
}

std::string TitleRowText(const MatchResult& m) {
  const TitleFit& t = m.title;
  const std::string scored =
      m.options.score_version == 1 ? "not scored"
      : m.parts.title.state == PartState::kKnown ? "part of the score: " + Fixed(m.parts.title.value, 2)
                                                 : "part of the score: unknown, 0.5";
  std::string out = "Title (" + scored + "): the JD's " +
                    (t.jd_title.empty() ? std::string("title is unknown") : t.jd_title + " (" + t.jd_seniority + ")");
  if (t.titles.empty()) return out + "; the resume names no title";
  out += "; latest role " + t.titles[0] + " (" + t.latest_seniority + "), seniority " + t.seniority_fit;
  out += t.held >= 0 ? "; the JD's title held as " + t.titles[t.held] : "; the JD's title not held";
  std::string held;
  for (size_t i = 0; i < t.titles.size() && i < 5; ++i) held += (i ? ", " : "") + t.titles[i];
  return out + "; titles, latest first: " + held;
}

std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace skillfit
