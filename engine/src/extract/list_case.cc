#include "extract/list_case.h"

#include <algorithm>
#include <utility>

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

// Whether spans overlap the words of a text, asked word by word from its start: the spans
// sorted by their starts, and the furthest end among those that start before the word ends.
// Linear in words and spans together (a scan of every span for every word made a long list
// of skill names quadratic).
class CoverageSweep {
 public:
  explicit CoverageSweep(const std::vector<Mention>& mentions) {
    for (const Mention& m : mentions) spans_.push_back({m.begin, m.end});
    std::sort(spans_.begin(), spans_.end());
  }
  // Whether a span overlaps [begin, end); each call's word after the last call's.
  bool Covered(size_t begin, size_t end) {
    while (next_ < spans_.size() && spans_[next_].first < end) {
      furthest_end_ = std::max(furthest_end_, spans_[next_].second);
      ++next_;
    }
    return furthest_end_ > begin;
  }

 private:
  std::vector<std::pair<size_t, size_t>> spans_;
  size_t next_ = 0;
  size_t furthest_end_ = 0;
};

}  // namespace

std::vector<Mention> WithListCaseMentions(std::string_view text, const SkillMatcher& matcher,
                                          std::vector<Mention> mentions) {
  return WithListCaseMentions(text, Tokens(text), matcher, std::move(mentions));
}

std::vector<Mention> WithListCaseMentions(std::string_view text, const std::vector<Token>& t,
                                          const SkillMatcher& matcher,
                                          std::vector<Mention> mentions) {
  std::string recased(text);
  std::vector<std::pair<size_t, size_t>> items;  // rewritten words, in order
  // Which word tokens a mention covers, in one sweep.
  std::vector<bool> covered(t.size(), false);
  CoverageSweep coverage(mentions);
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].kind == TokenKind::kWord) covered[k] = coverage.Covered(t[k].begin, t[k].end);
  }
  // A word beside a skill with only white space between: an item of a list whose commas were
  // lost ("gitlab fastlane jest"). Tokens hold no white space, so a neighbouring word token
  // is one.
  const auto skill_word = [&](size_t k) {
    return k < t.size() && t[k].kind == TokenKind::kWord && covered[k];
  };
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].kind != TokenKind::kWord || covered[k]) continue;
    const bool before_list = k >= 1 && Joins(t[k - 1]);
    const bool after_list = k + 1 < t.size() && Joins(t[k + 1]);
    const bool left = k == 0 || BoundsItem(text, t, k - 1);
    const bool bare_left = k >= 1 && skill_word(k - 1), bare_right = skill_word(k + 1);
    const bool in_list = (before_list || after_list) && left && BoundsItem(text, t, k + 1);
    const bool in_bare_list = (bare_left || bare_right) && (left || bare_left) &&
                              (bare_right || BoundsItem(text, t, k + 1));
    if (!in_list && !in_bare_list) continue;
    const char first = text[t[k].begin];
    recased[t[k].begin] = first >= 'a' && first <= 'z' ? static_cast<char>(first - 'a' + 'A') : first;
    for (size_t j = t[k].begin + 1; j < t[k].end; ++j) recased[j] = AsciiLower(text[j]);
    items.push_back({t[k].begin, t[k].end});
  }
  if (items.empty()) return mentions;
  std::vector<Mention> extra;
  for (const Mention& m : matcher.Find(recased)) {
    if (!m.guarded) continue;
    const auto item = std::lower_bound(items.begin(), items.end(), std::make_pair(m.begin, m.end));
    if (item != items.end() && item->first == m.begin && item->second == m.end) extra.push_back(m);
  }
  return MergeMentions(std::move(mentions), extra);
}

}  // namespace skillfit
