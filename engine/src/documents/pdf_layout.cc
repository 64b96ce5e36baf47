#include "documents/pdf_layout.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <string_view>
#include <utility>

namespace skillfit {
namespace {

// Tuning, in em of the text involved unless said otherwise. Measured on resumes from
// Chromium (reactive-resume, resume-matcher), pdfTeX/XeTeX (moderncv, deedy, sb2nov).
constexpr double kNoSpaceGap = 0.15;      // boxes closer than this are one word
constexpr double kFragmentGap = 0.7;      // a wider gap inside a line separates fragments
constexpr double kMonoFragmentGap = 1.1;  // the same for wide glyphs (a monospace space is
                                          // 0.6 em) and for letter-spaced text
constexpr double kBulletGap = 6.0;        // a bullet glyph joins text up to this far away
constexpr double kColumnGap = 0.7;        // narrowest vertical gap read as a column gutter
constexpr double kAlign = 0.35;           // tolerance for "same baseline" / "same top"
constexpr double kKeyColumn = 12.0;       // widest column of keys in a table read by rows
constexpr int kLongGutter = 5;            // lines beside a gutter for a column to go on alone
constexpr size_t kFewGaps = 6;            // fewer line gaps than this: a sparse page
constexpr double kInflated = 1.6;         // font size this much above the glyph widths' own
                                          // estimate is wrong (Type 3 fonts from Skia)

constexpr double kInf = std::numeric_limits<double>::infinity();

size_t CountCodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// True for a fragment that is only a list bullet: "•", "◦", "-", "–", "▪"...
bool IsBulletText(const std::string& s) {
  static const char* const kBullets[] = {"\xE2\x80\xA2",
                                         "\xE2\x97\xA6",
                                         "\xE2\x96\xAA",
                                         "\xE2\x80\xA3",
                                         "\xE2\x97\x8F",
                                         "\xE2\x97\x8B",
                                         "\xE2\x96\xA0",
                                         "\xE2\x96\xA1",
                                         "\xE2\x80\x93",
                                         "\xE2\x80\x94",
                                         "\xE2\x88\x99",
                                         "\xC2\xB7",
                                         "\xE2\x9E\xA2",
                                         "\xE2\x9E\xA4",
                                         "\xE2\x96\xB8",
                                         "\xE2\x97\x86",
                                         "\xE2\x9C\x93",
                                         "\xE2\x9C\x94",
                                         "\xE2\x86\x92",
                                         "-",
                                         "*",
                                         "\xEF\x82\xB7",
                                         "\xEF\x82\xA7",
                                         "\xE2\x81\x83",
                                         "\xE2\x96\xBA"};
  for (const char* b : kBullets) {
    if (s == b) return true;
  }
  return false;
}

// True when `s` starts with a plain lowercase word ("resulting in a", "times."), not an
// address or a handle ("https://site", "john@doe.com").
bool StartsWithLowercaseWord(const std::string& s) {
  size_t i = 0;
  while (i < s.size() && s[i] != ' ') {
    const char c = s[i];
    const bool letter = (c >= 'a' && c <= 'z') || (i > 0 && (c == '-' || c == '\''));
    if (!letter) break;
    ++i;
  }
  if (i == 0) return false;
  // What may end the word: punctuation, then nothing else before the space.
  while (i < s.size() && s[i] != ' ') {
    if (std::string_view(".,;:!?)").find(s[i]) == std::string_view::npos) return false;
    ++i;
  }
  return true;
}

// A word with the box we trust: the text layer's box, shrunk around its centre when the
// reported font size is inflated.
struct Word {
  const PdfWord* src;
  double x0, x1, top, bottom, em;
  bool wide;  // glyphs of its font average 0.55 em or more (monospace, wide caps)
  const std::string& text() const { return src->text; }
  double yc() const { return 0.5 * (top + bottom); }
};

// A run of words on one baseline with no wide gap inside: the unit the layout works on.
struct Fragment {
  double x0 = 0, x1 = 0, top = 0, bottom = 0;
  double em = 0;
  double first_word_width = 0;  // kInf when the fragment starts with a bullet
  std::string text;
  double yc() const { return 0.5 * (top + bottom); }
};

// Lines of a set of fragments: fragments that share a baseline, left to right.
struct Line {
  std::vector<int> frags;  // sorted by x0
  double x0 = kInf, x1 = -kInf, top = kInf, bottom = -kInf;
  double em = 0;
  double yc() const { return 0.5 * (top + bottom); }
};

double Overlap(double a0, double a1, double b0, double b1) {
  return std::min(a1, b1) - std::max(a0, b0);
}

// Two boxes are on one row when they overlap vertically by 40% of the smaller height (not
// half: a year centred beside a two-line entry belongs to its first line).
constexpr double kSameRow = 0.4;

template <typename Box>
bool SameRow(const Box& a, const Box& b) {
  return Overlap(a.top, a.bottom, b.top, b.bottom) >=
         kSameRow * std::min(a.bottom - a.top, b.bottom - b.top);
}

std::vector<Word> EffectiveWords(const std::vector<PdfWord>& words) {
  // Median glyph width per font class: a font size far above twice that is not the size
  // the glyphs are drawn at (Skia's Type 3 fonts report 2x), and its boxes overlap.
  std::map<std::pair<int, long>, std::vector<double>> widths;
  auto key = [](const PdfWord& w) {
    return std::make_pair(w.font_id, std::lround(w.font_size * 100));
  };
  for (const PdfWord& w : words) {
    const size_t n = CountCodePoints(w.text);
    if (n >= 3) widths[key(w)].push_back((w.x1 - w.x0) / static_cast<double>(n));
  }
  std::map<std::pair<int, long>, double> estimate;
  for (auto& [k, v] : widths) {
    std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
    estimate[k] = 2.0 * v[v.size() / 2];
  }
  std::vector<Word> out;
  out.reserve(words.size());
  for (const PdfWord& w : words) {
    if (w.text.empty() || !(w.x1 >= w.x0) || !(w.y1 >= w.y0)) continue;
    Word e{&w, w.x0, w.x1, w.y0, w.y1, 0, false};
    const double h = w.y1 - w.y0;
    double em = w.font_size > 0 ? w.font_size : h / 1.2;
    auto it = estimate.find(key(w));
    if (it != estimate.end() && it->second > 0 && em > kInflated * it->second) {
      em = it->second;
    }
    if (em <= 0.1) em = std::max(h, 1.0);
    if (h > 1.6 * em) {  // box much taller than the glyphs: keep the middle
      const double c = e.yc();
      e.top = c - 0.6 * em;
      e.bottom = c + 0.6 * em;
    }
    e.em = em;
    e.wide = it != estimate.end() && it->second >= 1.1 * em;
    out.push_back(e);
  }
  return out;
}

// Groups items with boxes [top, bottom] into rows: an item joins a row when it overlaps
// the row's tallest item vertically by 40% of the smaller height and collides with no item of
// the row horizontally. Returns rows of indices, top to bottom.
template <typename GetBox>
std::vector<std::vector<int>> GroupRows(int n, GetBox box) {
  std::vector<int> order(n);
  for (int i = 0; i < n; ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    double at, ab, ax0, ax1, bt, bb, bx0, bx1;
    box(a, &at, &ab, &ax0, &ax1);
    box(b, &bt, &bb, &bx0, &bx1);
    const double ac = at + ab, bc = bt + bb;
    return ac != bc ? ac < bc : ax0 < bx0;
  });
  struct Row {
    std::vector<int> items;
    double anchor_top, anchor_bottom;
    std::vector<std::pair<double, double>> spans;
  };
  std::vector<Row> rows;
  size_t first_open = 0;  // rows before this can take no more items
  for (int i : order) {
    double t, b, x0, x1;
    box(i, &t, &b, &x0, &x1);
    const double h = b - t;
    int target = -1;
    for (size_t r = first_open; r < rows.size(); ++r) {
      Row& row = rows[r];
      const double rh = row.anchor_bottom - row.anchor_top;
      if (Overlap(t, b, row.anchor_top, row.anchor_bottom) < kSameRow * std::min(h, rh)) continue;
      bool collides = false;
      for (const auto& s : row.spans) {
        if (Overlap(x0, x1, s.first, s.second) > 0.3 * std::min(x1 - x0, s.second - s.first)) {
          collides = true;
          break;
        }
      }
      if (!collides) {
        target = static_cast<int>(r);
        break;
      }
    }
    if (target < 0) {
      rows.push_back(Row{{}, t, b, {}});
      target = static_cast<int>(rows.size()) - 1;
    }
    Row& row = rows[target];
    row.items.push_back(i);
    row.spans.emplace_back(x0, x1);
    if (h > row.anchor_bottom - row.anchor_top) {
      row.anchor_top = t;
      row.anchor_bottom = b;
    }
    // Rows wholly above this item's top can never overlap a later (lower) item enough.
    while (first_open < rows.size() && rows[first_open].anchor_bottom < t) ++first_open;
  }
  std::vector<std::vector<int>> out;
  out.reserve(rows.size());
  for (Row& r : rows) out.push_back(std::move(r.items));
  return out;
}

// The separators between the words of one fragment: "" where the boxes touch once the
// letter spacing is taken off (a word split by a font change, stray boxes inside a word,
// "EDUCAT" "ION" of a letter-spaced heading) and " " elsewhere. Letter-spaced text
// ("S U M M A R Y": one box per letter, evenly spaced) is joined into words: in a run of
// three or more one-letter boxes, gaps up to 1.5 times the run's usual gap are inside words.
std::vector<const char*> Separators(const std::vector<const Word*>& w) {
  std::vector<const char*> sep(w.size(), "");
  for (size_t i = 1; i < w.size(); ++i) {
    const double em = std::min(w[i - 1]->em, w[i]->em);
    const double gap = w[i]->x0 - w[i - 1]->x1 - w[i - 1]->src->spacing_after;
    sep[i] = gap >= kNoSpaceGap * em ? " " : "";
  }
  size_t i = 0;
  while (i < w.size()) {
    size_t j = i;
    while (j < w.size() && CountCodePoints(w[j]->src->text) == 1) ++j;
    if (j - i >= 3) {
      std::vector<double> gaps;
      for (size_t k = i + 1; k < j; ++k) gaps.push_back(w[k]->x0 - w[k - 1]->x1);
      std::vector<double> sorted = gaps;
      std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
      const double usual = sorted[sorted.size() / 2];
      const double em = w[i]->em;
      if (usual < 0.5 * em) {
        for (size_t k = i + 1; k < j; ++k) {
          const double g = gaps[k - i - 1];
          sep[k] = g <= std::max(1.5 * usual, usual + 0.1 * em) ? "" : " ";
        }
      }
    }
    i = std::max(j, i + 1);
  }
  return sep;
}

std::vector<Fragment> BuildFragments(const std::vector<Word>& words) {
  auto rows = GroupRows(static_cast<int>(words.size()),
                        [&](int i, double* t, double* b, double* x0, double* x1) {
                          *t = words[i].top;
                          *b = words[i].bottom;
                          *x0 = words[i].x0;
                          *x1 = words[i].x1;
                        });
  std::vector<Fragment> frags;
  std::vector<const Word*> run;
  auto flush = [&]() {
    if (run.empty()) return;
    Fragment f;
    f.x0 = run.front()->x0;
    f.x1 = run.front()->x1;
    f.top = run.front()->top;
    f.bottom = run.front()->bottom;
    f.first_word_width =
        IsBulletText(run.front()->src->text) ? kInf : run.front()->x1 - run.front()->x0;
    const std::vector<const char*> sep = Separators(run);
    for (size_t k = 0; k < run.size(); ++k) {
      const Word& w = *run[k];
      f.text += sep[k];
      f.text += w.src->text;
      f.x1 = std::max(f.x1, w.x1);
      f.top = std::min(f.top, w.top);
      f.bottom = std::max(f.bottom, w.bottom);
      f.em = std::max(f.em, w.em);
    }
    frags.push_back(std::move(f));
    run.clear();
  };
  for (auto& row : rows) {
    std::sort(row.begin(), row.end(), [&](int a, int b) { return words[a].x0 < words[b].x0; });
    for (int i : row) {
      const Word& w = words[i];
      if (!run.empty()) {
        const Word& prev = *run.back();
        const double em = std::min(prev.em, w.em);
        // A bullet glyph stays with the text after it however wide the indent; letter-
        // spaced text (one box per letter) has wider word spaces.
        const bool letters = CountCodePoints(prev.src->text) == 1 && CountCodePoints(w.text()) == 1;
        const double limit = run.size() == 1 && IsBulletText(prev.src->text) ? kBulletGap
                             : (prev.wide && w.wide) || letters              ? kMonoFragmentGap
                                                                             : kFragmentGap;
        if (w.x0 - prev.x1 > limit * em) flush();
      }
      run.push_back(&w);
    }
    flush();
  }
  return frags;
}

// The layout of one page: recursive XY-cut over its fragments.
class PageLayout {
 public:
  explicit PageLayout(std::vector<Fragment> frags) : f_(std::move(frags)) { Measure(); }

  std::vector<TextBlock> Run() {
    std::vector<int> all(f_.size());
    for (size_t i = 0; i < f_.size(); ++i) all[i] = static_cast<int>(i);
    std::vector<TextBlock> out;
    Cut(all, 0, &out);
    return out;
  }

 private:
  // Page-wide measures: the body font size and the gap between lines of a paragraph.
  void Measure() {
    std::vector<std::pair<double, size_t>> ems;
    size_t total = 0;
    for (const Fragment& f : f_) {
      const size_t n = f.text.size();
      ems.emplace_back(f.em, n);
      total += n;
    }
    std::sort(ems.begin(), ems.end());
    em_ = 10;
    size_t acc = 0;
    for (const auto& [e, n] : ems) {
      acc += n;
      if (2 * acc >= total) {
        em_ = e;
        break;
      }
    }
    // Gap from each fragment to the nearest fragment below that shares its x-range.
    std::vector<int> by_top(f_.size());
    for (size_t i = 0; i < f_.size(); ++i) by_top[i] = static_cast<int>(i);
    std::sort(by_top.begin(), by_top.end(), [&](int a, int b) { return f_[a].top < f_[b].top; });
    std::vector<double> gaps;
    for (size_t k = 0; k < by_top.size(); ++k) {
      const Fragment& a = f_[by_top[k]];
      double best = kInf;
      for (size_t j = k + 1; j < by_top.size(); ++j) {
        const Fragment& b = f_[by_top[j]];
        if (b.top > a.bottom + 3 * em_) break;
        if (b.yc() <= a.bottom) continue;
        if (Overlap(a.x0, a.x1, b.x0, b.x1) <= 0) continue;
        best = std::min(best, b.top - a.bottom);
      }
      if (best < kInf) gaps.push_back(best);
    }
    // The median gap; on a sparse page (a few lines) the smallest, since there gaps between
    // blocks may be as common as gaps between lines.
    double leading = 0.3 * em_;
    if (gaps.size() >= kFewGaps) {
      std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
      leading = std::max(0.0, gaps[gaps.size() / 2]);
    } else if (!gaps.empty()) {
      leading = std::max(0.0, *std::min_element(gaps.begin(), gaps.end()));
    }
    block_gap_ = leading + std::max(0.4 * em_, 0.5 * leading);
  }

  // The font size of most of the text of `ids`.
  double RegionEm(const std::vector<int>& ids) const {
    std::vector<std::pair<double, size_t>> ems;
    size_t total = 0;
    for (int id : ids) {
      ems.emplace_back(f_[id].em, f_[id].text.size());
      total += f_[id].text.size();
    }
    std::sort(ems.begin(), ems.end());
    size_t acc = 0;
    for (const auto& [e, n] : ems) {
      acc += n;
      if (2 * acc >= total) return e;
    }
    return em_;
  }

  // Splits `ids` into lines (fragments on one baseline), top to bottom.
  std::vector<Line> Lines(const std::vector<int>& ids) const {
    auto rows = GroupRows(static_cast<int>(ids.size()),
                          [&](int i, double* t, double* b, double* x0, double* x1) {
                            const Fragment& f = f_[ids[i]];
                            *t = f.top;
                            *b = f.bottom;
                            *x0 = f.x0;
                            *x1 = f.x1;
                          });
    std::vector<Line> lines;
    lines.reserve(rows.size());
    for (auto& row : rows) {
      Line line;
      for (int k : row) {
        const int id = ids[k];
        const Fragment& f = f_[id];
        line.frags.push_back(id);
        line.x0 = std::min(line.x0, f.x0);
        line.x1 = std::max(line.x1, f.x1);
        line.top = std::min(line.top, f.top);
        line.bottom = std::max(line.bottom, f.bottom);
        line.em = std::max(line.em, f.em);
      }
      std::sort(line.frags.begin(), line.frags.end(),
                [&](int a, int b) { return f_[a].x0 < f_[b].x0; });
      lines.push_back(std::move(line));
    }
    std::sort(lines.begin(), lines.end(),
              [](const Line& a, const Line& b) { return a.yc() < b.yc(); });
    return lines;
  }

  std::string LineText(const Line& line) const {
    std::string s;
    for (int id : line.frags) {
      if (!s.empty()) s.push_back(' ');
      s += f_[id].text;
    }
    return s;
  }

  // A leaf: its lines top to bottom, a new block at every gap wider than a paragraph's.
  void EmitLines(const std::vector<int>& ids, bool join_dangling_dash,
                 std::vector<TextBlock>* out) const {
    std::vector<Line> lines = Lines(ids);
    TextBlock block;
    double prev_bottom = -kInf;
    bool prev_dash = false;
    for (const Line& line : lines) {
      std::string text = LineText(line);
      if (!block.lines.empty() && line.top - prev_bottom >= block_gap_ && !prev_dash) {
        out->push_back(std::move(block));
        block = TextBlock();
      }
      if (prev_dash && !block.lines.empty()) {
        block.lines.back() += " " + text;
      } else {
        block.lines.push_back(std::move(text));
      }
      prev_bottom = std::max(prev_bottom, line.bottom);
      prev_dash = false;
      if (join_dangling_dash) {
        const std::string& t = block.lines.back();
        prev_dash = (t.size() >= 1 && t.back() == '-') ||
                    (t.size() >= 3 && (t.compare(t.size() - 3, 3, "\xE2\x80\x93") == 0 ||
                                       t.compare(t.size() - 3, 3, "\xE2\x80\x94") == 0));
      }
    }
    if (!block.lines.empty()) out->push_back(std::move(block));
  }

  // Gaps in the vertical projection of `ids` wider than a paragraph's gap, as (top, bottom)
  // of the white band. `sorted` gets `ids` ordered by top.
  std::vector<std::pair<double, double>> HorizontalGaps(const std::vector<int>& ids,
                                                        std::vector<int>* sorted) const {
    *sorted = ids;
    std::sort(sorted->begin(), sorted->end(), [&](int a, int b) { return f_[a].top < f_[b].top; });
    std::vector<std::pair<double, double>> gaps;
    double bottom = -kInf;
    for (int id : *sorted) {
      const Fragment& f = f_[id];
      if (bottom > -kInf && f.top - bottom >= block_gap_) gaps.emplace_back(bottom, f.top);
      bottom = std::max(bottom, f.bottom);
    }
    return gaps;
  }

  // Inner gaps of the horizontal projection of `ids` at least `min_width` wide.
  std::vector<std::pair<double, double>> VerticalGaps(const std::vector<int>& ids,
                                                      double min_width) const {
    std::vector<std::pair<double, double>> spans;
    spans.reserve(ids.size());
    for (int id : ids) spans.emplace_back(f_[id].x0, f_[id].x1);
    std::sort(spans.begin(), spans.end());
    std::vector<std::pair<double, double>> gaps;
    double right = -kInf;
    for (const auto& [x0, x1] : spans) {
      if (right > -kInf && x0 - right >= min_width) gaps.emplace_back(right, x0);
      right = std::max(right, x1);
    }
    return gaps;
  }

  // True when a column gutter runs through the white band between region `a` (just above
  // it) and slab `b` (just below): cutting there would read the top of two columns before
  // their bottoms. Either both have a white gap down their full height and the gaps line
  // up, or one has a long gutter (kLongGutter lines with text on both sides) that
  // no text of the other crosses: one column goes on after the other has ended.
  bool GutterCrosses(const std::vector<int>& a, const std::vector<int>& b) const {
    const double em = std::min(RegionEm(a), RegionEm(b));
    const auto ga = VerticalGaps(a, kColumnGap * em);
    const auto gb = VerticalGaps(b, kColumnGap * em);
    if (ga.empty() && gb.empty()) return false;
    for (const auto& x : ga) {
      for (const auto& y : gb) {
        // The same gutter: it overlaps, and the column after it starts at about the same x
        // above and below (a heading may stand out a little); two grids of cards stacked
        // have other edges. Or both columns are indented alike below: the bullets of two
        // cards side by side under their headers.
        if (Overlap(x.first, x.second, y.first, y.second) >= 0.5 * em &&
            (std::fabs(x.second - y.second) <= 2 * em || IndentedAlike(a, x, b, y, em))) {
          return true;
        }
      }
    }
    auto continues = [&](const std::vector<int>& from,
                         const std::vector<std::pair<double, double>>& gaps,
                         const std::vector<int>& into) {
      if (gaps.empty()) return false;
      const std::vector<Line> lines = Lines(from);
      for (const auto& g : gaps) {
        if (GutterSupport(lines, g.first, g.second) < kLongGutter) continue;
        // `into` must sit in one of the columns and start at its left edge (a centred
        // heading under a row of cards starts a new part).
        bool left_of = true, right_of = true;
        double into_x0 = kInf, col_left_x0 = kInf, col_right_x0 = kInf;
        for (int id : into) {
          left_of &= f_[id].x1 <= g.first + 0.25 * em;
          right_of &= f_[id].x0 >= g.second - 0.25 * em;
          into_x0 = std::min(into_x0, f_[id].x0);
        }
        for (int id : from) {
          if (f_[id].x1 <= g.first + 0.01) col_left_x0 = std::min(col_left_x0, f_[id].x0);
          if (f_[id].x0 >= g.second - 0.01) col_right_x0 = std::min(col_right_x0, f_[id].x0);
        }
        if ((left_of && std::fabs(into_x0 - col_left_x0) <= 1.5 * em) ||
            (right_of && std::fabs(into_x0 - col_right_x0) <= 1.5 * em)) {
          return true;
        }
      }
      return false;
    };
    return continues(a, ga, b) || continues(b, gb, a) || HeadingsOverColumns(a, b);
  }

  // True when the columns on each side of gutter `y` of `below` start further right than
  // those on each side of gutter `x` of `above`, by the same amount of at most 4 em.
  bool IndentedAlike(const std::vector<int>& above, const std::pair<double, double>& x,
                     const std::vector<int>& below, const std::pair<double, double>& y,
                     double em) const {
    auto left_x0 = [&](const std::vector<int>& ids, double gutter_left) {
      double x0 = kInf;
      for (int id : ids) {
        if (f_[id].x1 <= gutter_left + 0.01) x0 = std::min(x0, f_[id].x0);
      }
      return x0;
    };
    const double right_shift = y.second - x.second;
    const double left_shift = left_x0(below, y.first) - left_x0(above, x.first);
    return right_shift > 0 && right_shift <= 4 * em &&
           std::fabs(right_shift - left_shift) <= 0.25 * em;
  }

  // True when `row` is one line of headings, in a larger type than the text of `columns`,
  // each wholly on one side of a long gutter of `columns` and both sides used: "education
  // work" above a sidebar and the main column. They are read with their columns.
  bool HeadingsOverColumns(const std::vector<int>& row, const std::vector<int>& columns) const {
    const double em = RegionEm(columns);
    if (RegionEm(row) < 1.2 * em || Lines(row).size() != 1) return false;
    const auto gaps = VerticalGaps(columns, kColumnGap * em);
    const std::vector<Line> lines = Lines(columns);
    for (const auto& g : gaps) {
      if (GutterSupport(lines, g.first, g.second) < kLongGutter) continue;
      bool left = false, right = false, crosses = false;
      for (int id : row) {
        if (f_[id].x1 <= g.first + 0.25 * em) {
          left = true;
        } else if (f_[id].x0 >= g.second - 0.25 * em) {
          right = true;
        } else {
          crosses = true;
        }
      }
      if (left && right && !crosses) return true;
    }
    return false;
  }

  // True when `lines` hold running text that wraps: a long line of the same size as the
  // next, whose first word would not have fitted after it, and which either goes on in
  // lowercase ("... resulting in a" / "40% increase ...") or is one of two long lines of
  // many words. Short lines of a card ("Creative Solutions Inc." / "Senior Web
  // Developer") and rows of a table pass the width test but not the rest. `width` is the
  // width of the column the lines are in.
  bool HasWrappedLines(const std::vector<Line>& lines, double width) const {
    int long_wraps = 0;
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
      const Line& a = lines[i];
      const Line& b = lines[i + 1];
      if (b.top - a.bottom >= block_gap_ || a.frags.size() != 1) continue;
      if (std::fabs(a.em - b.em) > 0.1 * a.em) continue;
      const double wa = a.x1 - a.x0;
      if (wa < 0.6 * width) continue;
      const Fragment& nf = f_[b.frags.front()];
      if (nf.first_word_width == kInf) continue;
      if (wa + 0.25 * a.em + nf.first_word_width <= width + 0.1 * a.em) continue;
      const std::string& at = f_[a.frags[0]].text;
      const size_t words = 1 + static_cast<size_t>(std::count(at.begin(), at.end(), ' '));
      if (words >= 3 && StartsWithLowercaseWord(nf.text)) return true;
      if (words >= 6 && ++long_wraps >= 2) return true;
    }
    return false;
  }

  // True when the parts of `lines` on one side of x (left when `left`) share a left, right
  // or centre edge.
  bool SideAligned(const std::vector<Line>& lines, double x, bool left) const {
    double min_x0 = kInf, max_x0 = -kInf, min_x1 = kInf, max_x1 = -kInf;
    double min_c = kInf, max_c = -kInf, em = 0;
    for (const Line& line : lines) {
      double x0 = kInf, x1 = -kInf;
      for (int id : line.frags) {
        const Fragment& f = f_[id];
        if (left ? f.x1 <= x + 0.01 : f.x0 >= x - 0.01) {
          x0 = std::min(x0, f.x0);
          x1 = std::max(x1, f.x1);
        }
      }
      if (x0 == kInf) continue;
      min_x0 = std::min(min_x0, x0);
      max_x0 = std::max(max_x0, x0);
      min_x1 = std::min(min_x1, x1);
      max_x1 = std::max(max_x1, x1);
      min_c = std::min(min_c, 0.5 * (x0 + x1));
      max_c = std::max(max_c, 0.5 * (x0 + x1));
      em = std::max(em, line.em);
    }
    const double tol = 0.5 * em;
    return max_x0 - min_x0 <= tol || max_x1 - min_x1 <= tol || max_c - min_c <= tol;
  }

  // A white gap [lo, hi] down a region is a gutter between columns when text sits on both
  // of its sides on at least two lines, or when it separates one line on its left (a label:
  // "Summary") from the top line of a block of several lines on its right. A gap with text
  // on both sides on one line only is a wide space in that line ("john.doe@gmail.com
  // johndoe.me"). Returns the number of lines with text on both sides, 0 when the gap is
  // no gutter (1 for the label case).
  int GutterSupport(const std::vector<Line>& lines, double lo, double hi) const {
    int both = 0, left_lines = 0, right_lines = 0;
    const Line* left_first = nullptr;
    const Line* right_first = nullptr;
    for (const Line& line : lines) {
      bool l = false, r = false;
      for (int id : line.frags) {
        l |= f_[id].x1 <= lo + 0.01;
        r |= f_[id].x0 >= hi - 0.01;
      }
      both += l && r;
      if (l && !left_first) left_first = &line;
      if (r && !right_first) right_first = &line;
      left_lines += l;
      right_lines += r;
    }
    if (both >= 4) return both;
    if (both >= 2) {
      // Few lines: the text on each side must line up like a column (left, right or centre
      // edges), not be the pieces of a centred line of contacts.
      return SideAligned(lines, lo, true) && SideAligned(lines, hi, false) ? both : 0;
    }
    if (left_first == nullptr || right_first == nullptr) return 0;
    // A label sits on the left; one line on the right of a block ("2019", "Berlin") belongs
    // to the block's first line and is read with it.
    if (left_lines != 1 || right_lines < 2) return 0;
    const Line* single = left_first;
    const Line* other_first = right_first;
    const double em = std::min(single->em, other_first->em);
    const bool aligned =
        std::fabs(single->top - other_first->top) <= kAlign * em || SameRow(*single, *other_first);
    return aligned ? 1 : 0;
  }

  // The white bands of `line` across [x0, x1]: before its first fragment, between its
  // fragments and after its last.
  std::vector<std::pair<double, double>> Whites(const Line& line, double x0, double x1) const {
    std::vector<std::pair<double, double>> w;
    double left = x0;
    for (int id : line.frags) {
      if (f_[id].x0 > left) w.emplace_back(left, f_[id].x0);
      left = std::max(left, f_[id].x1);
    }
    if (x1 > left) w.emplace_back(left, x1);
    return w;
  }

  // The parts of bands `a` that are also in bands `b`, `min_width` wide or more.
  static std::vector<std::pair<double, double>> Intersect(
      const std::vector<std::pair<double, double>>& a,
      const std::vector<std::pair<double, double>>& b, double min_width) {
    std::vector<std::pair<double, double>> out;
    for (const auto& x : a) {
      for (const auto& y : b) {
        const double lo = std::max(x.first, y.first), hi = std::min(x.second, y.second);
        if (hi - lo >= min_width) out.emplace_back(lo, hi);
      }
    }
    return out;
  }

  // The run of columns that starts at lines[i], as [first, last) lines, or {i, i} when there
  // is none: the lines from i on share a white band, and kLongGutter lines or more of them
  // have text on both of its sides; lines with text on one side only at either end of the run
  // are left out (a heading above a grid, the next section's heading below it).
  std::pair<size_t, size_t> GutterRun(const std::vector<Line>& lines, size_t i, double x0,
                                      double x1, double em) const {
    std::vector<std::pair<double, double>> bands = Whites(lines[i], x0, x1);
    size_t j = i + 1;
    while (j < lines.size()) {
      auto next = Intersect(bands, Whites(lines[j], x0, x1), kColumnGap * em);
      if (next.empty()) break;
      bands = std::move(next);
      ++j;
    }
    for (const auto& g : bands) {
      if (g.first <= x0 + 0.01 || g.second >= x1 - 0.01) continue;
      auto both = [&](const Line& line) {
        bool l = false, r = false;
        for (int id : line.frags) {
          l |= f_[id].x1 <= g.first + 0.01;
          r |= f_[id].x0 >= g.second - 0.01;
        }
        return l && r;
      };
      size_t first = i, last = j;
      while (first < last && !both(lines[first])) ++first;
      while (last > first && !both(lines[last - 1])) --last;
      const std::vector<Line> run(lines.begin() + first, lines.begin() + last);
      if (GutterSupport(run, g.first, g.second) >= kLongGutter) return {first, last};
    }
    return {i, i};
  }

  // A region with no white band across it and no gutter down its full height may still hold
  // columns in a part of it: a grid of project cards between sections whose lines span the
  // page, with no more space around it than between lines (TeX's tight layouts). Cuts the
  // region above and below each run of columns (GutterRun) and lays out the parts; false
  // when there is no such run.
  bool CutAtGutterRuns(const std::vector<int>& ids, int depth, std::vector<TextBlock>* out) const {
    const std::vector<Line> lines = Lines(ids);
    double x0 = kInf, x1 = -kInf;
    for (const Line& line : lines) {
      x0 = std::min(x0, line.x0);
      x1 = std::max(x1, line.x1);
    }
    const double em = RegionEm(ids);
    std::vector<size_t> cuts;  // line indices where a part starts
    for (size_t i = 0; i < lines.size();) {
      const auto [first, last] = GutterRun(lines, i, x0, x1, em);
      if (first == last) {
        ++i;
        continue;
      }
      if (first == 0 && last == lines.size()) return false;
      if (first > 0) cuts.push_back(first);
      if (last < lines.size()) cuts.push_back(last);
      i = last;
    }
    if (cuts.empty()) return false;
    std::vector<int> part;
    size_t c = 0;
    for (size_t k = 0; k < lines.size(); ++k) {
      if (c < cuts.size() && k == cuts[c]) {
        Cut(part, depth + 1, out);
        part.clear();
        while (c < cuts.size() && cuts[c] <= k) ++c;
      }
      part.insert(part.end(), lines[k].frags.begin(), lines[k].frags.end());
    }
    Cut(part, depth + 1, out);
    return true;
  }

  enum class Split { kColumns, kTable, kLabels };

  // How to read a region split by a gutter into `left` and `right`: as two columns, as a
  // table row by row, or as labels beside blocks. Fills `label_tops` (tops of the label
  // blocks, for kLabels) and `labels_left`.
  Split Classify(const std::vector<int>& left, const std::vector<int>& right,
                 std::vector<double>* label_tops, bool* labels_left) const {
    const std::vector<Line> l = Lines(left), r = Lines(right);
    const bool s_is_left = l.size() <= r.size();
    const std::vector<Line>& s = s_is_left ? l : r;
    const std::vector<Line>& o = s_is_left ? r : l;
    auto width = [](const std::vector<Line>& lines) {
      double x0 = kInf, x1 = -kInf;
      for (const Line& line : lines) {
        x0 = std::min(x0, line.x0);
        x1 = std::max(x1, line.x1);
      }
      return x1 - x0;
    };
    const bool s_wraps = HasWrappedLines(s, width(s));
    const bool o_wraps = HasWrappedLines(o, width(o));

    // Table: every line of the short side shares a baseline with a line of the other side.
    bool paired = o.size() <= s.size() + 1;
    for (const Line& a : s) {
      if (!paired) break;
      bool found = false;
      for (const Line& b : o) {
        const double em = std::min(a.em, b.em);
        if (SameRow(a, b) || std::fabs(a.bottom - b.bottom) <= kAlign * em) {
          found = true;
          break;
        }
      }
      paired = found;
    }
    if (paired && !s_wraps && !o_wraps) {
      // A narrow column of keys (years, "Languages") or a right-aligned column of dates and
      // places beside names reads row by row; side-by-side cards (a title, an issuer and a
      // year in each column) read column by column.
      double l_width = 0, l_em = 0;
      for (const Line& a : l) {
        l_width = std::max(l_width, a.x1 - a.x0);
        l_em = std::max(l_em, a.em);
      }
      bool right_aligned = !r.empty();
      for (const Line& a : r) right_aligned &= std::fabs(a.x1 - r[0].x1) <= 0.5 * a.em;
      if (l_width <= kKeyColumn * l_em || right_aligned) return Split::kTable;
    }

    // Labels: a short side of short blocks, each beside the top of a line of the other side,
    // and not in a larger type than it (a name beside a block of contacts is a column).
    if (!s_wraps && 1.5 * static_cast<double>(s.size()) <= static_cast<double>(o.size())) {
      std::vector<double> tops;
      size_t block_lines = 0;
      double o_em = 0;
      for (const Line& b : o) o_em = std::max(o_em, b.em);
      bool ok = true;
      for (const Line& a : s) ok &= a.em <= 1.3 * o_em;
      // A heading over the labels that sits above all of the other side ("Experiences" on
      // top of a gutter of dates, touching the first date) is no label: it is read first.
      double o_top = kInf;
      for (const Line& b : o) o_top = std::min(o_top, b.top);
      size_t first = 0;
      while (first + 1 < s.size() && s[first].bottom <= o_top + kAlign * s[first].em) ++first;
      for (size_t i = first; i < s.size() && ok; ++i) {
        const bool starts = i == first || s[i].top - s[i - 1].bottom >= block_gap_;
        if (!starts) {
          ok = ++block_lines <= 3;
          continue;
        }
        block_lines = 1;
        bool aligned = false;
        for (const Line& b : o) {
          const double em = std::min(s[i].em, b.em);
          if (std::fabs(s[i].top - b.top) <= kAlign * em || SameRow(s[i], b) ||
              std::fabs(s[i].bottom - b.bottom) <= kAlign * em) {
            aligned = true;
            tops.push_back(std::min(s[i].top, b.top));
            break;
          }
        }
        ok = aligned;
      }
      if (ok && !tops.empty()) {
        *label_tops = std::move(tops);
        *labels_left = s_is_left;
        return Split::kLabels;
      }
    }
    return Split::kColumns;
  }

  // The white band's height above `ids` (below `above`'s lowest text), or below it.
  double BandAbove(const std::vector<int>& above, const std::vector<int>& ids) const {
    double bottom = -kInf, top = kInf;
    for (int id : above) bottom = std::max(bottom, f_[id].bottom);
    for (int id : ids) top = std::min(top, f_[id].top);
    return top - bottom;
  }

  // True when slab k, one line that would go on a column of `part` (the columns above it),
  // heads the part below instead: the slab after it does not go on the columns, and the
  // line stands nearer to it than to the columns. "PROJECTS" under a sidebar and a main
  // column, over a paragraph as wide as both, is read with the paragraph.
  bool LeadsPartBelow(const std::vector<int>& part, const std::vector<std::vector<int>>& slabs,
                      size_t k) const {
    if (k + 1 >= slabs.size() || BandAbove(slabs[k], slabs[k + 1]) >= BandAbove(part, slabs[k]) ||
        Lines(slabs[k]).size() != 1) {
      return false;
    }
    std::vector<int> joined = part;
    joined.insert(joined.end(), slabs[k].begin(), slabs[k].end());
    return !GutterCrosses(joined, slabs[k + 1]);
  }

  void Cut(const std::vector<int>& ids, int depth, std::vector<TextBlock>* out) const {
    if (ids.empty()) return;
    if (ids.size() == 1 || depth > 200) {
      EmitLines(ids, false, out);
      return;
    }
    // Blocks: cut at every white band across the region that no column gutter crosses.
    std::vector<int> sorted;
    const auto gaps = HorizontalGaps(ids, &sorted);
    if (!gaps.empty()) {
      std::vector<std::vector<int>> slabs(1);
      size_t c = 0;
      for (int id : sorted) {
        if (c < gaps.size() && f_[id].top >= gaps[c].second - 0.01) {
          slabs.emplace_back();
          while (c < gaps.size() && f_[id].top >= gaps[c].second - 0.01) ++c;
        }
        slabs.back().push_back(id);
      }
      std::vector<std::vector<int>> parts(1, slabs[0]);
      for (size_t k = 1; k < slabs.size(); ++k) {
        // A row of headings over columns that was joined to what is above it (a line of
        // contacts with gaps in the same places) goes with the columns instead.
        if (parts.back().size() > slabs[k - 1].size() &&
            HeadingsOverColumns(slabs[k - 1], slabs[k])) {
          parts.back().resize(parts.back().size() - slabs[k - 1].size());
          parts.push_back(slabs[k - 1]);
          parts.back().insert(parts.back().end(), slabs[k].begin(), slabs[k].end());
          continue;
        }
        // Above the band: everything since the last cut, so a long column's gutter counts.
        if (GutterCrosses(parts.back(), slabs[k]) && !LeadsPartBelow(parts.back(), slabs, k)) {
          parts.back().insert(parts.back().end(), slabs[k].begin(), slabs[k].end());
        } else {
          parts.push_back(slabs[k]);
        }
      }
      if (parts.size() > 1) {
        for (const auto& part : parts) Cut(part, depth + 1, out);
        return;
      }
    }
    // Columns: of the white bands down the whole region that are gutters (not a wide space
    // inside one line), the one with text on both sides on most lines, then the widest.
    const auto vgaps = VerticalGaps(ids, kColumnGap * RegionEm(ids));
    std::vector<Line> lines;
    int best_support = 0;
    std::pair<double, double> best{0, 0};
    for (const auto& g : vgaps) {
      if (lines.empty()) lines = Lines(ids);
      const int support = GutterSupport(lines, g.first, g.second);
      if (support > best_support || (support == best_support && support > 0 &&
                                     g.second - g.first > best.second - best.first)) {
        best_support = support;
        best = g;
      }
    }
    if (best_support == 0) {
      if (!CutAtGutterRuns(ids, depth, out)) EmitLines(ids, false, out);
      return;
    }
    std::vector<int> left, right;
    const double mid = 0.5 * (best.first + best.second);
    for (int id : ids) (f_[id].x1 <= mid ? left : right).push_back(id);
    std::vector<double> label_tops;
    bool labels_left = true;
    const Split split = Classify(left, right, &label_tops, &labels_left);
    switch (split) {
      case Split::kTable:
        EmitLines(ids, false, out);
        return;
      case Split::kColumns:
        Cut(left, depth + 1, out);
        Cut(right, depth + 1, out);
        return;
      case Split::kLabels: {
        // Bands start at each label's top; in a band, the label, then what it labels
        // (or the reverse when the labels are on the right).
        std::vector<std::vector<int>> label_part(label_tops.size() + 1),
            body_part(label_tops.size() + 1);
        const std::vector<int>& labels = labels_left ? left : right;
        const std::vector<int>& body = labels_left ? right : left;
        auto band_of = [&](const Fragment& f) {
          size_t b = 0;
          while (b < label_tops.size() && f.yc() >= label_tops[b] - 0.01) ++b;
          return b;
        };
        for (int id : labels) label_part[band_of(f_[id])].push_back(id);
        for (int id : body) body_part[band_of(f_[id])].push_back(id);
        for (size_t b = 0; b < label_part.size(); ++b) {
          if (labels_left) EmitLines(label_part[b], true, out);
          Cut(body_part[b], depth + 1, out);
          if (!labels_left) EmitLines(label_part[b], true, out);
        }
        return;
      }
    }
  }

  std::vector<Fragment> f_;
  double em_ = 10;        // body font size of the page
  double block_gap_ = 7;  // white space that ends a block: a paragraph's leading and more
};

}  // namespace

std::vector<TextBlock> LayOutPage(const std::vector<PdfWord>& words) {
  std::vector<Word> w = EffectiveWords(words);
  if (w.empty()) return {};
  return PageLayout(BuildFragments(w)).Run();
}

}  // namespace skillfit
