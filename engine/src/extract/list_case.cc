#include "extract/list_case.h"

#include "extract/phrase_candidates.h"
#include "extract/phrase_words.h"
#include "util/ascii.h"

namespace skillfit {

namespace {

// Whether token k may bound a list item: a joiner, a bracket, or nothing (the line's end).
bool BoundsItem(std::string_view text, const std::vector<Token>& t, size_t k) {
  if (k >= t.size()) return true;
  if (Joins(t[k])) return true;
  if (t[k].kind != TokenKind::kBreak) return false;
  const char c = text[t[k].begin];
  return c == '(' || c == ')' || c == '\n';
}

bool Covered(const std::vector<Mention>& mentions, size_t begin, size_t end) {
  for (const Mention& m : mentions) {
    if (m.begin < end && begin < m.end) return true;
  }
  return false;
}

}  // namespace

std::vector<Mention> WithListCaseMentions(std::string_view text, const SkillMatcher& matcher,
                                          std::vector<Mention> mentions) {
  const std::vector<Token> t = Tokens(text);
  std::string recased(text);
  std::vector<std::pair<size_t, size_t>> items;  // rewritten words
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].kind != TokenKind::kWord) continue;
    const bool before_list = k >= 1 && Joins(t[k - 1]);
    const bool after_list = k + 1 < t.size() && Joins(t[k + 1]);
    const bool left = k == 0 || BoundsItem(text, t, k - 1);
    if (!(before_list || after_list) || !left || !BoundsItem(text, t, k + 1)) continue;
    if (Covered(mentions, t[k].begin, t[k].end)) continue;
    const char first = text[t[k].begin];
    recased[t[k].begin] = first >= 'a' && first <= 'z' ? static_cast<char>(first - 'a' + 'A') : first;
    for (size_t j = t[k].begin + 1; j < t[k].end; ++j) recased[j] = AsciiLower(text[j]);
    items.push_back({t[k].begin, t[k].end});
  }
  if (items.empty()) return mentions;
  std::vector<Mention> extra;
  for (const Mention& m : matcher.Find(recased)) {
    if (!m.guarded) continue;
    for (const auto& [b, e] : items) {
      if (m.begin == b && m.end == e) extra.push_back(m);
    }
  }
  return MergeMentions(std::move(mentions), extra);
}

}  // namespace skillfit
