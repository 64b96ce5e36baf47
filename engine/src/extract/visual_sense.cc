#include "extract/visual_sense.h"

#include <algorithm>
#include <string>

#include "extract/jd_cues.h"
#include "util/ascii.h"

namespace skillfit {

namespace {

// A skill whose name reads as visual design in a visual sentence, and the skill it reads as.
struct VisualSibling {
  const char* software;
  const char* visual;
};
constexpr VisualSibling kVisualSiblings[] = {
    {"design-patterns", "design-systems"},
};

// Words that put a sentence in visual design (lowercase, whole words).
constexpr std::string_view kVisualWords[] = {
    "visual",      "visually",     "brand",   "branding", "palette", "palettes",
    "colour",      "colours",      "color",   "colors",   "typography", "typeface",
    "typefaces",   "iconography",  "illustration", "illustrations", "graphic", "graphics",
};

bool IsVisualWord(std::string_view word) {
  return std::find(std::begin(kVisualWords), std::end(kVisualWords), word) !=
         std::end(kVisualWords);
}

// The line (between line breaks) of `text` that holds byte `at`: [begin, end).
std::pair<size_t, size_t> LineAround(std::string_view text, size_t at) {
  const size_t nl = text.rfind('\n', at == 0 ? 0 : at - 1);
  const size_t begin = (nl == std::string_view::npos || at == 0) ? 0 : nl + 1;
  const size_t end = std::min(text.find('\n', at), text.size());
  return {begin, end};
}

// Whether `s` holds a visual word (letters only, compared in lowercase).
bool HasVisualWord(std::string_view s) {
  std::string word;
  for (size_t i = 0; i <= s.size(); ++i) {
    const char c = i < s.size() ? s[i] : ' ';
    if (IsAsciiAlnum(c)) {
      word.push_back(AsciiLower(c));
      continue;
    }
    if (IsVisualWord(word)) return true;
    word.clear();
  }
  return false;
}

}  // namespace

bool InVisualSentence(std::string_view text, size_t begin, size_t end) {
  const auto [line_begin, line_end] = LineAround(text, begin);
  const std::string_view line = text.substr(line_begin, line_end - line_begin);
  for (const auto& [b, e] : SplitSentences(line)) {
    if (line_begin + e < begin || line_begin + b > end) continue;
    if (HasVisualWord(line.substr(b, e - b))) return true;
  }
  return false;
}

std::vector<Mention> WithVisualSenses(std::string_view text, const KnowledgeBase& kb,
                                      std::vector<Mention> mentions) {
  for (const VisualSibling& pair : kVisualSiblings) {
    const int software = kb.IndexOf(pair.software);
    const int visual = kb.IndexOf(pair.visual);
    if (software < 0 || visual < 0) continue;
    for (Mention& m : mentions) {
      if (m.skill == software && InVisualSentence(text, m.begin, m.end)) m.skill = visual;
    }
  }
  return mentions;
}

}  // namespace skillfit
