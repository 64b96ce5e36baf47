#include "extract/respelling.h"

#include "util/ascii.h"

namespace skillfit {

namespace {

// An ending and its other spelling. `both`: the swap is made either way.
struct EndingSwap {
  const char* from;
  const char* to;
  bool both;
  size_t before = 3;  // letters at least before the ending: not "selling", "noise"
};

// Longer endings first: the first that fits a word is the only one tried.
constexpr EndingSwap kSwaps[] = {
    {"isations", "izations", true}, {"isation", "ization", true}, {"ising", "izing", true},
    {"isers", "izers", true},       {"iser", "izer", true},       {"ised", "ized", true},
    {"ises", "izes", true},         {"ise", "ize", true},         {"ysing", "yzing", true},
    {"ysed", "yzed", true},         {"yses", "yzes", true},       {"yse", "yze", true},
    {"elling", "eling", true},      {"elled", "eled", true},      {"ellers", "elers", true},
    {"eller", "eler", true},        {"ogues", "ogs", false},      {"ogue", "og", false},
    {"tres", "ters", false},        {"tre", "ter", false},        {"iours", "iors", false},
    {"iour", "ior", false},         {"iourial", "iorial", false}, {"ioural", "ioral", false},
    {"programmes", "programs", false, 0}, {"programme", "program", false, 0},
    {"licence", "license", false, 0},  {"defence", "defense", false, 0}, {"offence", "offense", false, 0},
    // British "-orientated" to the American "-oriented": "service orientated", "object-orientated".
    {"orientated", "oriented", false, 0},
};

// Whether `word` ends in `tail`, ASCII letters compared without case.
bool EndsWithFolded(std::string_view word, std::string_view tail) {
  if (word.size() < tail.size()) return false;
  const std::string_view end = word.substr(word.size() - tail.size());
  for (size_t k = 0; k < tail.size(); ++k) {
    if (AsciiLower(end[k]) != tail[k]) return false;
  }
  return true;
}

}  // namespace

std::vector<std::string> OtherSpellings(std::string_view word) {
  std::vector<std::string> out;
  if (word.size() < 5) return out;
  for (const EndingSwap& s : kSwaps) {
    for (int way = 0; way < (s.both ? 2 : 1); ++way) {
      const std::string_view from = way ? s.to : s.from, to = way ? s.from : s.to;
      if (AsciiLower(word.back()) != from.back() || !EndsWithFolded(word, from) ||
          word.size() < from.size() + s.before) {
        continue;
      }
      out.push_back(AsciiLowerCopy(word.substr(0, word.size() - from.size())) + std::string(to));
      return out;
    }
  }
  return out;
}

namespace {

// Each run of tokens around token i, with up to `around` content words on each side and at
// most `around` + 1 tokens in all, read with token i as each of `others`; as candidates of one
// group and slot. `inside`: token i must have a word on each side (a joiner).
void AddReadings(std::string_view text, const std::vector<Token>& t, size_t i,
                 const std::vector<std::string>& others, size_t around, bool inside, int group,
                 std::vector<PhraseCandidate>* out) {
  size_t first = i;  // the first content word of the run before i
  while (first > 0 && i - first < around && ContentWordAt(text, t, first - 1)) --first;
  for (size_t b = first; b + (inside ? 1 : 0) <= i; ++b) {
    for (size_t e = i + (inside ? 2 : 1); e <= b + around + 1 && e <= t.size() &&
                                          (e == i + 1 || ContentWordAt(text, t, e - 1));
         ++e) {
      for (const std::string& other : others) {
        std::string reading;
        for (size_t k = b; k < e; ++k) {
          if (k > b) reading += ' ';
          reading += k == i ? other : std::string(text.substr(t[k].begin, t[k].end - t[k].begin));
        }
        PhraseCandidate c{std::move(reading), t[b].begin, t[e - 1].end};
        c.group = group;
        c.slot = 0;
        out->push_back(std::move(c));
      }
    }
  }
}

}  // namespace

void AddRespelled(std::string_view text, const std::vector<Token>& t, size_t i, int group,
                  std::vector<PhraseCandidate>* out) {
  if (t[i].kind != TokenKind::kWord) return;
  const std::vector<std::string> others =
      OtherSpellings(text.substr(t[i].begin, t[i].end - t[i].begin));
  if (!others.empty() && ContentWordAt(text, t, i)) AddReadings(text, t, i, others, 2, false, group, out);
}

void AddAmpersandAsAnd(std::string_view text, const std::vector<Token>& t, size_t i, int group,
                       std::vector<PhraseCandidate>* out) {
  if (t[i].kind != TokenKind::kAnd || text.substr(t[i].begin, t[i].end - t[i].begin) != "&") return;
  AddReadings(text, t, i, {"and"}, 4, true, group, out);
}

}  // namespace skillfit
