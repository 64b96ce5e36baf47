#include "report/verdict_text.h"

#include <algorithm>
#include <cstdio>

namespace skillfit {

std::string YearsText(double y) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", y);
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

std::string YearCount(double years) {
  const std::string n = YearsText(years);
  return n + (n == "1" ? " year" : " years");
}

std::string HeldText(double years) {
  if (years >= 2) return YearsText(years) + " years";
  const int months = static_cast<int>(years * 12 + 0.5);
  return std::to_string(months) + (months == 1 ? " month" : " months");
}

std::string SectionsText(const std::vector<Occurrence>& ms, const std::string& fallback) {
  std::vector<std::string> names;
  for (const Occurrence& o : ms) {
    const std::string n = SectionKindName(o.section_kind);
    if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
  }
  if (names.empty()) return fallback;
  std::string s;
  for (size_t i = 0; i < names.size(); ++i) {
    s += (i ? (i + 1 == names.size() ? " and " : ", ") : "") + names[i];
  }
  return s;
}

}  // namespace skillfit
