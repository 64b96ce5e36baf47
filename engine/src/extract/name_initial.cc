#include "extract/name_initial.h"

#include <algorithm>

#include "util/ascii.h"

namespace skillfit {

namespace {

// Whether `word` is written as a name: a capital, then lowercase letters only (two at least).
bool InTitleCase(std::string_view word) {
  if (word.size() < 3 || !IsAsciiUpper(word[0])) return false;
  return std::all_of(word.begin() + 1, word.end(), IsAsciiLowerLetter);
}

// The end of the spaces and tabs at `at`.
size_t SkipBlanks(std::string_view text, size_t at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  return at;
}

}  // namespace

bool NameBeforeInitial(std::string_view text, const Mention& m) {
  if (m.begin >= m.end || m.end > text.size()) return false;
  if (!InTitleCase(text.substr(m.begin, m.end - m.begin))) return false;
  if (m.begin > 0 && IsAsciiLetter(text[m.begin - 1])) return false;
  const size_t initial = SkipBlanks(text, m.end);
  if (initial == m.end || initial + 1 >= text.size() || !IsAsciiUpper(text[initial])) return false;
  const size_t stop = SkipBlanks(text, initial + 1);
  return stop < text.size() && text[stop] == '.';
}

std::vector<Mention> WithoutNamesBeforeInitials(std::string_view text,
                                                std::vector<Mention> mentions) {
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                [&](const Mention& m) { return NameBeforeInitial(text, m); }),
                 mentions.end());
  return mentions;
}

}  // namespace skillfit
