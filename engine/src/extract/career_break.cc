#include "extract/career_break.h"

#include <string>

#include "util/ascii.h"

namespace skillfit {

bool NamesCareerBreak(std::string_view text) {
  static const char* const kBreaks[] = {
      "career break",       "career gap",          "career pause",        "employment gap",
      "sabbatical",         "gap year",            "parental leave",      "maternity leave",
      "paternity leave",    "family leave",        "medical leave",       "personal leave",
      "stay-at-home parent", "stay at home parent", "stay-at-home mom",   "stay at home mom",
      "stay-at-home dad",   "stay at home dad",    "full-time parent",    "full time parent",
      "homemaker",
  };
  const std::string lower = AsciiLowerCopy(text);
  for (const char* phrase : kBreaks) {
    if (HasWord(lower, phrase)) return true;
  }
  return false;
}

}  // namespace skillfit
