#include "extract/career_break.h"

#include <string>

#include "util/ascii.h"

namespace skillfit {
namespace {

// Whether `phrase` occurs in `lower` between word boundaries.
bool HasPhrase(const std::string& lower, std::string_view phrase) {
  for (size_t at = lower.find(phrase); at != std::string::npos; at = lower.find(phrase, at + 1)) {
    const size_t end = at + phrase.size();
    const bool starts = at == 0 || !IsAsciiAlnum(lower[at - 1]);
    const bool ends = end == lower.size() || !IsAsciiAlnum(lower[end]);
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

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
    if (HasPhrase(lower, phrase)) return true;
  }
  return false;
}

}  // namespace skillfit
