#include "extract/acronym_plural.h"

#include <string>
#include <utility>

#include "extract/phrase_candidates.h"
#include "util/ascii.h"

namespace skillfit {

namespace {

bool IsCapital(char c) { return c >= 'A' && c <= 'Z'; }

// A plural an apostrophe wrote: the acronym's begin, the apostrophe's begin and the end of
// the "s" after it.
struct ApostrophePlural {
  size_t begin, apostrophe, end;
};

// The length of the apostrophe at `i` ("'" or the UTF-8 "’"), or 0.
size_t ApostropheAt(std::string_view text, size_t i) {
  if (text[i] == '\'') return 1;
  return text.substr(i, 3) == "\xE2\x80\x99" ? 3 : 0;
}

std::vector<ApostrophePlural> FindApostrophePlurals(std::string_view text) {
  std::vector<ApostrophePlural> out;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsAsciiAlnum(text[i])) {
      ++i;
      continue;
    }
    const size_t b = i;
    bool capitals = IsCapital(text[b]);
    while (i < text.size() && IsAsciiAlnum(text[i])) {
      capitals = capitals && (IsCapital(text[i]) || (text[i] >= '0' && text[i] <= '9'));
      ++i;
    }
    if (!capitals || i - b < 2 || !IsCapital(text[i - 1]) || text[i - 1] == 'S' || i >= text.size()) {
      continue;
    }
    const size_t mark = ApostropheAt(text, i);
    const size_t s = i + mark;
    if (mark == 0 || s >= text.size() || text[s] != 's') continue;
    if (s + 1 < text.size() && IsAsciiAlnum(text[s + 1])) continue;
    out.push_back({b, i, s + 1});
    i = s + 1;
  }
  return out;
}

}  // namespace

std::vector<Mention> WithAcronymPluralMentions(std::string_view text, const SkillMatcher& matcher,
                                               std::vector<Mention> mentions) {
  const std::vector<ApostrophePlural> plurals = FindApostrophePlurals(text);
  if (plurals.empty()) return mentions;
  std::string rewritten(text);
  for (const ApostrophePlural& p : plurals) {
    rewritten[p.apostrophe] = 's';
    for (size_t j = p.apostrophe + 1; j < p.end; ++j) rewritten[j] = ' ';
  }
  std::vector<Mention> extra;
  size_t next = 0;  // the first plural that may still end inside a mention
  for (Mention m : matcher.Find(rewritten)) {
    while (next < plurals.size() && plurals[next].apostrophe + 1 <= m.begin) ++next;
    if (next == plurals.size()) break;
    const ApostrophePlural& p = plurals[next];
    // The mention names the whole plural, as its last word: "APIs", "REST APIs".
    if (m.begin > p.begin || m.end != p.apostrophe + 1) continue;
    m.end = p.end;
    extra.push_back(std::move(m));
  }
  return MergeMentions(std::move(mentions), extra);
}

}  // namespace skillfit
