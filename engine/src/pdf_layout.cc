#include "pdf_layout.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <utility>
#include <cstdio>
#include <cstdlib>
#define DBG(...) do { if (getenv("PDFDBG")) fprintf(stderr, __VA_ARGS__); } while (0)

namespace skillfit {
namespace {

// Tuning, in em of the text involved unless said otherwise. Measured on resumes from
// Chromium (reactive-resume, resume-matcher), pdfTeX/XeTeX (moderncv, deedy, sb2nov).
constexpr double kNoSpaceGap = 0.15;     // boxes closer than this are one word
constexpr double kFragmentGap = 0.9;     // a wider gap inside a line separates fragments
constexpr double kBulletGap = 6.0;       // a bullet glyph joins text up to this far away
constexpr double kColumnGap = 0.9;       // narrowest vertical gap read as a column gutter
constexpr double kVetoWindow = 4.0;      // how far a horizontal cut looks for a gutter
constexpr double kAlign = 0.35;          // tolerance for "same baseline" / "same top"
constexpr double kInflated = 1.6;        // font size this much above the glyph widths' own
                                         // estimate is wrong (Type 3 fonts from Skia)

constexpr double kInf = std::numeric_limits<double>::infinity();

size_t CountCodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// True for a fragment that is only a list bullet: "•", "◦", "-", "–", "▪"...
bool IsBulletText(const std::string& s) {
  static const char* const kBullets[] = {
      "\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xE2\x80\xA3", "\xE2\x97\x8F",
      "\xE2\x97\x8B", "\xE2\x96\xA0", "\xE2\x96\xA1", "\xE2\x80\x93", "\xE2\x80\x94",
      "\xE2\x88\x99", "\xC2\xB7",     "\xE2\x9E\xA2", "\xE2\x9E\xA4", "\xE2\x96\xB8",
      "\xE2\x97\x86", "\xE2\x9C\x93", "\xE2\x9C\x94", "\xE2\x86\x92", "-",
      "*",            "\xEF\x82\xB7", "\xEF\x82\xA7", "\xE2\x81\x83", "\xE2\x96\xBA"};
  for (const char* b : kBullets) {
    if (s == b) return true;
  }
  return false;
}

// A word with the box we trust: the text layer's box, shrunk around its centre when the
// reported font size is inflated.
struct Word {
  const PdfWord* src;
  double x0, x1, top, bottom, em;
  double yc() const { return 0.5 * (top + bottom); }
};

// A run of words on one baseline with no wide gap inside: the unit the layout works on.
struct Fragment {
  double x0 = 0, x1 = 0, top = 0, bottom = 0;
  double em = 0;
  int style = 0;               // font and size of its first word, for "same style" tests
  double first_word_width = 0;  // kInf when the fragment starts with a bullet
  std::string text;
  double yc() const { return 0.5 * (top + bottom); }
  double height() const { return bottom - top; }
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
    Word e{&w, w.x0, w.x1, w.y0, w.y1, 0};
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
    out.push_back(e);
  }
  return out;
}

// Groups items with boxes [top, bottom] into rows: an item joins a row when it overlaps
// the row's tallest item vertically by half the smaller height and collides with no item of
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
      if (Overlap(t, b, row.anchor_top, row.anchor_bottom) < 0.5 * std::min(h, rh)) continue;
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

std::vector<Fragment> BuildFragments(const std::vector<Word>& words) {
  auto rows = GroupRows(static_cast<int>(words.size()),
                        [&](int i, double* t, double* b, double* x0, double* x1) {
                          *t = words[i].top;
                          *b = words[i].bottom;
                          *x0 = words[i].x0;
                          *x1 = words[i].x1;
                        });
  std::vector<Fragment> frags;
  for (auto& row : rows) {
    std::sort(row.begin(), row.end(), [&](int a, int b) { return words[a].x0 < words[b].x0; });
    Fragment cur;
    const Word* prev = nullptr;
    auto flush = [&]() {
      if (!cur.text.empty()) frags.push_back(std::move(cur));
      cur = Fragment();
    };
    for (int i : row) {
      const Word& w = words[i];
      if (prev != nullptr) {
        const double em = std::min(prev->em, w.em);
        const double gap = w.x0 - prev->x1;
        const bool bullet = IsBulletText(cur.text);
        if (gap > (bullet ? kBulletGap : kFragmentGap) * em) {
          flush();
        } else {
          if (gap >= kNoSpaceGap * em) cur.text.push_back(' ');
          cur.text += w.src->text;
          cur.x1 = std::max(cur.x1, w.x1);
          cur.top = std::min(cur.top, w.top);
          cur.bottom = std::max(cur.bottom, w.bottom);
          cur.em = std::max(cur.em, w.em);
          if (bullet) cur.first_word_width = kInf;
          prev = &w;
          continue;
        }
      }
      cur.text = w.src->text;
      cur.x0 = w.x0;
      cur.x1 = w.x1;
      cur.top = w.top;
      cur.bottom = w.bottom;
      cur.em = w.em;
      cur.style = w.src->font_id * 1024 + static_cast<int>(std::lround(w.em * 2));
      cur.first_word_width = w.x1 - w.x0;
      prev = &w;
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
    double leading = 0.3 * em_;
    if (!gaps.empty()) {
      std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
      leading = std::max(0.0, gaps[gaps.size() / 2]);
    }
    leading_ = leading;
    block_gap_ = leading + std::max(0.4 * em_, 0.5 * leading);
    DBG("em=%.2f leading=%.2f block_gap=%.2f frags=%zu\n", em_, leading_, block_gap_, f_.size());
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
    std::sort(sorted->begin(), sorted->end(),
              [&](int a, int b) { return f_[a].top < f_[b].top; });
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
  // their bottoms. Either both slabs have a white gap down their full height and the gaps
  // line up, or one has a well-supported gutter (three lines with text on both sides) that
  // no text of the other crosses: one column goes on after the other has ended.
  bool GutterCrosses(const std::vector<int>& a, const std::vector<int>& b) const {
    const auto ga = VerticalGaps(a, kColumnGap * em_);
    const auto gb = VerticalGaps(b, kColumnGap * em_);
    if (ga.empty() && gb.empty()) return false;
    for (const auto& x : ga) {
      for (const auto& y : gb) {
        if (Overlap(x.first, x.second, y.first, y.second) >= 0.5 * em_) return true;
      }
    }
    auto continues = [&](const std::vector<int>& from,
                         const std::vector<std::pair<double, double>>& gaps,
                         const std::vector<int>& into) {
      if (gaps.empty()) return false;
      const std::vector<Line> lines = Lines(from);
      for (const auto& g : gaps) {
        if (GutterSupport(lines, g.first, g.second) < 3) continue;
        bool crossed = false;
        for (int id : into) {
          crossed |= Overlap(f_[id].x0, f_[id].x1, g.first, g.second) > 0.25 * em_;
        }
        if (!crossed) return true;
      }
      return false;
    };
    return continues(a, ga, b) || continues(b, gb, a);
  }

  // A line continues on the next: it is long and the next line's first word would not
  // have fitted after it. `width` is the width of the column the lines are in.
  bool HasWrappedLines(const std::vector<Line>& lines, double width) const {
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
      const Line& a = lines[i];
      const Line& b = lines[i + 1];
      if (b.top - a.bottom >= block_gap_) continue;
      const double wa = a.x1 - a.x0;
      if (wa < 0.6 * width || a.frags.size() != 1) continue;
      const Fragment& nf = f_[b.frags.front()];
      if (nf.first_word_width == kInf) continue;
      if (wa + 0.25 * a.em + nf.first_word_width <= width + 0.1 * a.em) continue;
      // Short lines of a card ("Creative Solutions Inc." / "Senior Web Developer") pass the
      // width test too: a wrapped line also has many words or goes on in lowercase.
      const std::string& at = f_[a.frags[0]].text;
      const size_t words = 1 + static_cast<size_t>(std::count(at.begin(), at.end(), ' '));
      const unsigned char c0 = static_cast<unsigned char>(nf.text[0]);
      if (words >= 6 || (c0 >= 'a' && c0 <= 'z')) return true;
    }
    return false;
  }

  // A white gap [lo, hi] down a region is a gutter between columns when text sits on both
  // of its sides on at least two lines, or when it separates one line (a label: "Summary")
  // from the top line of a block of several lines beside it. A gap with text on both sides
  // on one line only is a wide space in that line ("john.doe@gmail.com    johndoe.me").
  // Returns the number of lines with text on both sides, 0 when the gap is no gutter
  // (1 for the label case).
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
    if (both >= 2) return both;
    if (left_first == nullptr || right_first == nullptr) return 0;
    const Line* single = left_lines == 1 ? left_first : right_lines == 1 ? right_first : nullptr;
    const Line* other_first = left_lines == 1 ? right_first : left_first;
    const int other_lines = left_lines == 1 ? right_lines : left_lines;
    if (single == nullptr || other_lines < 2) return 0;
    const double em = std::min(single->em, other_first->em);
    const bool aligned = std::fabs(single->top - other_first->top) <= kAlign * em ||
                         std::fabs(single->yc() - other_first->yc()) <= kAlign * em;
    return aligned ? 1 : 0;
  }

  enum class Split { kColumns, kTable, kLabels };

  // How to read a region whose fragments leave a vertical gap [lo, hi] over its full height.
  // Fills `label_tops` (tops of the label blocks, for kLabels) and `labels_left`.
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
        if (std::fabs(a.yc() - b.yc()) <= kAlign * em ||
            std::fabs(a.bottom - b.bottom) <= kAlign * em) {
          found = true;
          break;
        }
      }
      paired = found;
    }
    if (paired && !s_wraps && !o_wraps) {
      // Cells that are one style each (years, ranks) or a right-aligned column of dates
      // beside a column of names read row by row; cards with a title, a subtitle and a
      // description in each column read column by column.
      bool uniform = true;
      for (const Line& a : s) {
        uniform &= a.frags.size() == 1 && f_[a.frags[0]].style == f_[s[0].frags[0]].style;
      }
      bool right_aligned = !s_is_left;
      for (const Line& a : s) right_aligned &= std::fabs(a.x1 - s[0].x1) <= 0.5 * a.em;
      if (uniform || right_aligned) return Split::kTable;
    }

    // Labels: a short side of short blocks, each beside the top of a line of the other side.
    if (!s_wraps && 1.5 * static_cast<double>(s.size()) <= static_cast<double>(o.size())) {
      std::vector<double> tops;
      size_t block_lines = 0;
      bool ok = true;
      for (size_t i = 0; i < s.size() && ok; ++i) {
        const bool starts = i == 0 || s[i].top - s[i - 1].bottom >= block_gap_;
        if (!starts) {
          ok = ++block_lines <= 3;
          continue;
        }
        block_lines = 1;
        bool aligned = false;
        for (const Line& b : o) {
          const double em = std::min(s[i].em, b.em);
          if (std::fabs(s[i].top - b.top) <= kAlign * em ||
              std::fabs(s[i].yc() - b.yc()) <= kAlign * em ||
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

  void Cut(const std::vector<int>& ids, int depth, std::vector<TextBlock>* out) const {
    if (ids.empty()) return;
    DBG("%*sCut n=%zu first='%s'\n", depth*2, "", ids.size(), f_[ids[0]].text.c_str());
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
        // Above the band: everything since the last cut, so a long column's gutter counts.
        if (GutterCrosses(parts.back(), slabs[k])) {
          DBG("%*s veto before '%s'\n", depth * 2, "", f_[slabs[k][0]].text.c_str());
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
    const auto vgaps = VerticalGaps(ids, kColumnGap * em_);
    std::vector<Line> lines;
    int best_support = 0;
    std::pair<double, double> best{0, 0};
    for (const auto& g : vgaps) {
      if (lines.empty()) lines = Lines(ids);
      const int support = GutterSupport(lines, g.first, g.second);
      if (support > best_support ||
          (support == best_support && support > 0 &&
           g.second - g.first > best.second - best.first)) {
        best_support = support;
        best = g;
      }
    }
    if (best_support == 0) {
      EmitLines(ids, false, out);
      return;
    }
    DBG("%*s V %.1f-%.1f support %d\n", depth * 2, "", best.first, best.second, best_support);
    std::vector<int> left, right;
    const double mid = 0.5 * (best.first + best.second);
    for (int id : ids) (f_[id].x1 <= mid ? left : right).push_back(id);
    std::vector<double> label_tops;
    bool labels_left = true;
    const Split split = Classify(left, right, &label_tops, &labels_left);
    DBG("%*s split=%d\n", depth * 2, "", static_cast<int>(split));
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
  double em_ = 10;         // body font size of the page
  double leading_ = 3;     // white space between lines of a paragraph
  double block_gap_ = 7;   // white space that ends a block
};

}  // namespace

std::vector<TextBlock> LayOutPage(const std::vector<PdfWord>& words) {
  std::vector<Word> w = EffectiveWords(words);
  if (w.empty()) return {};
  return PageLayout(BuildFragments(w)).Run();
}

}  // namespace skillfit
