#include "report/report_common.h"

#include <cmath>

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
