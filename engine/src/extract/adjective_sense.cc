#include "extract/adjective_sense.h"

#include <algorithm>
#include <string>

#include "util/ascii.h"

namespace skillfit {

namespace {

constexpr size_t kNone = std::string_view::npos;
constexpr size_t kMostWords = 8;  // a longer run of joined words is no list of adjectives

// Nouns that make the adjectives before them say how something is done.
constexpr std::string_view kMannerNouns[] = {"manner", "fashion", "way", "ways"};

struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool empty() const { return begin == end; }
  size_t size() const { return end - begin; }
};

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool IsWordChar(char c) { return IsAsciiAlnum(c) || c == '-'; }

bool IsLineSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The end of the white space at `at`, which may hold one line break but not a blank line;
// `at` itself when it holds more.
size_t SpaceEndFrom(std::string_view text, size_t at) {
  size_t i = at;
  int breaks = 0;
  while (i < text.size() && IsLineSpace(text[i])) breaks += text[i++] == '\n';
  return breaks > 1 ? at : i;
}

// The start of the white space that ends at `at`, as SpaceEndFrom.
size_t SpaceBeginBefore(std::string_view text, size_t at) {
  size_t i = at;
  int breaks = 0;
  while (i > 0 && IsLineSpace(text[i - 1])) breaks += text[--i] == '\n';
  return breaks > 1 ? at : i;
}

// The word that starts at `at` (letters first, then letters, digits or inner hyphens).
Span WordFrom(std::string_view text, size_t at) {
  if (at >= text.size() || !IsLetter(text[at])) return {at, at};
  size_t e = at;
  while (e < text.size() && IsWordChar(text[e])) ++e;
  while (e > at && text[e - 1] == '-') --e;
  return {at, e};
}

// The word that ends at `at`.
Span WordBefore(std::string_view text, size_t at) {
  size_t b = at;
  while (b > 0 && IsWordChar(text[b - 1])) --b;
  while (b < at && !IsLetter(text[b])) ++b;
  return {b, at};
}

bool Is(std::string_view text, Span w, std::string_view word) {
  return w.size() == word.size() && AsciiLowerCopy(text.substr(w.begin, w.size())) == word;
}

bool IsJoinerWord(std::string_view text, Span w) {
  return Is(text, w, "and") || Is(text, w, "or");
}

bool IsJoinerMark(char c) { return c == ',' || c == '/' || c == '&'; }

// The end of the run of joiners (",", "/", "&", "and", "or") after the word that ends at
// `at`, or kNone when none follows it.
size_t JoinersEndFrom(std::string_view text, size_t at) {
  size_t end = kNone;
  for (size_t i = SpaceEndFrom(text, at); i < text.size(); i = SpaceEndFrom(text, end)) {
    const Span w = WordFrom(text, i);
    if (IsJoinerMark(text[i])) {
      end = i + 1;
    } else if (!w.empty() && IsJoinerWord(text, w)) {
      end = w.end;
    } else {
      break;
    }
  }
  return end;
}

// The start of the run of joiners before the word that starts at `at`, or kNone.
size_t JoinersBeginBefore(std::string_view text, size_t at) {
  size_t begin = kNone;
  for (size_t i = SpaceBeginBefore(text, at); i > 0; i = SpaceBeginBefore(text, begin)) {
    const Span w = WordBefore(text, i);
    if (IsJoinerMark(text[i - 1])) {
      begin = i - 1;
    } else if (!w.empty() && IsJoinerWord(text, w)) {
      begin = w.begin;
    } else {
      break;
    }
  }
  return begin;
}

// Whether a noun of manner starts at `at` and no "of" follows it ("ways of working").
bool MannerNounAt(std::string_view text, size_t at) {
  const Span noun = WordFrom(text, at);
  if (noun.empty()) return false;
  const bool manner = std::any_of(std::begin(kMannerNouns), std::end(kMannerNouns),
                                  [&](std::string_view n) { return Is(text, noun, n); });
  return manner && !Is(text, WordFrom(text, SpaceEndFrom(text, noun.end)), "of");
}

// The words of the joined list that ends right before a noun of manner and holds the word
// `word`, in no particular order; empty when `word` is in no such list.
std::vector<Span> MannerList(std::string_view text, Span word) {
  std::vector<Span> list = {word};
  size_t at = word.end;  // the end of the last word of the list so far
  while (!MannerNounAt(text, SpaceEndFrom(text, at))) {
    const size_t joiners = JoinersEndFrom(text, at);
    if (joiners == kNone || list.size() == kMostWords) return {};
    const Span next = WordFrom(text, SpaceEndFrom(text, joiners));
    if (next.empty() || IsJoinerWord(text, next)) return {};
    list.push_back(next);
    at = next.end;
  }
  for (size_t b = word.begin;;) {
    const size_t joiners = JoinersBeginBefore(text, b);
    if (joiners == kNone) break;
    const Span before = WordBefore(text, SpaceBeginBefore(text, joiners));
    if (before.empty() || IsJoinerWord(text, before)) break;
    if (list.size() == kMostWords) return {};
    list.push_back(before);
    b = before.begin;
  }
  return list;
}

// Whether the mention spans one whole word.
bool IsOneWord(std::string_view text, const Mention& m) {
  if (m.begin >= m.end || m.end > text.size()) return false;
  const Span w = WordFrom(text, m.begin);
  return w.end == m.end && (m.begin == 0 || !IsWordChar(text[m.begin - 1]));
}

// Whether word `w` is an ordinary word: no mention covers it and no skill is spelled so.
bool IsPlainWord(std::string_view text, const SkillMatcher& matcher,
                 const std::vector<Mention>& mentions, Span w) {
  for (const Mention& m : mentions) {
    if (m.begin < w.end && w.begin < m.end) return false;
  }
  return matcher.Explain(text.substr(w.begin, w.size())).empty();
}

// Whether the word `w` is a verb of being said of a person, with its subject: "you are",
// "we're", "I am", or "be" alone ("must be", "Be").
bool PersonBeingEndsAt(std::string_view text, Span w) {
  if (Is(text, w, "be")) return true;
  if (Is(text, w, "re") && w.begin > 0 && text[w.begin - 1] == '\'') {
    const Span who = WordBefore(text, w.begin - 1);
    return Is(text, who, "you") || Is(text, who, "we");
  }
  const Span who = WordBefore(text, SpaceBeginBefore(text, w.begin));
  if (Is(text, w, "are")) return Is(text, who, "you") || Is(text, who, "we");
  return Is(text, w, "am") && Is(text, who, "i");
}

// Whether the word `w` qualifies the adjective after it: "very", "truly", "so" or a word in "-ly".
bool IsDegreeAdverb(std::string_view text, Span w) {
  return Is(text, w, "very") || Is(text, w, "truly") || Is(text, w, "so") ||
         (w.size() > 4 && Is(text, {w.end - 2, w.end}, "ly"));
}

// Whether a noun may follow at `at`: a word that is not a preposition or a conjunction.
bool NounMayFollow(std::string_view text, size_t at) {
  static constexpr std::string_view kNotNouns[] = {
      "in", "at", "on", "and", "or", "but", "with", "to", "about", "when", "while", "as",
      "enough", "by", "for", "of", "yet", "so", "because", "if"};
  const Span next = WordFrom(text, SpaceEndFrom(text, at));
  if (next.empty()) return false;
  return std::none_of(std::begin(kNotNouns), std::end(kNotNouns),
                      [&](std::string_view n) { return Is(text, next, n); });
}

}  // namespace

bool SaidOfPerson(std::string_view text, const KnowledgeBase& kb, const Mention& m) {
  if (m.skill < 0 || kb.skills()[m.skill].kind != SkillKind::kHard || !IsOneWord(text, m)) {
    return false;
  }
  for (size_t i = m.begin; i < m.end; ++i) {
    if (!IsAsciiLowerLetter(text[i]) && text[i] != '-') return false;
  }
  Span before = WordBefore(text, SpaceBeginBefore(text, m.begin));
  if (before.empty() || before.end == m.begin) return false;
  if (IsDegreeAdverb(text, before)) before = WordBefore(text, SpaceBeginBefore(text, before.begin));
  return !before.empty() && PersonBeingEndsAt(text, before) && !NounMayFollow(text, m.end);
}

std::vector<Mention> WithoutPersonAdjectives(std::string_view text, const KnowledgeBase& kb,
                                             std::vector<Mention> mentions) {
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                [&](const Mention& m) { return SaidOfPerson(text, kb, m); }),
                 mentions.end());
  return mentions;
}

bool InMannerList(std::string_view text, const SkillMatcher& matcher,
                  const std::vector<Mention>& mentions, size_t k) {
  const Mention& m = mentions[k];
  if (!IsOneWord(text, m)) return false;
  const std::vector<Span> list = MannerList(text, {m.begin, m.end});
  return std::any_of(list.begin(), list.end(), [&](Span w) {
    return w.begin != m.begin && IsPlainWord(text, matcher, mentions, w);
  });
}

std::vector<Mention> WithoutMannerAdjectives(std::string_view text, const SkillMatcher& matcher,
                                             std::vector<Mention> mentions) {
  std::vector<bool> drop(mentions.size());
  for (size_t k = 0; k < mentions.size(); ++k) drop[k] = InMannerList(text, matcher, mentions, k);
  std::vector<Mention> kept;
  for (size_t k = 0; k < mentions.size(); ++k) {
    if (!drop[k]) kept.push_back(mentions[k]);
  }
  return kept;
}

}  // namespace skillfit
