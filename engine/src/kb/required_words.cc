#include "kb/required_words.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "util/ascii.h"
#include "util/utf8.h"

namespace skillfit {
namespace {

bool IsHexDigit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The index just past the escape that starts at p[i] == '\\' ("\\x{41}", "\\pL", "\\101").
size_t SkipEscape(std::string_view p, size_t i) {
  ++i;
  if (i >= p.size()) return i;
  const char c = p[i++];
  if (c == 'x' || c == 'p' || c == 'P') {
    if (i < p.size() && p[i] == '{') {
      while (i < p.size() && p[i] != '}') ++i;
      return i + 1;
    }
    if (c != 'x') return i + 1;                         // \pL: one letter names the class
    for (int k = 0; k < 2 && i < p.size() && IsHexDigit(p[i]); ++k) ++i;  // \x41
    return i;
  }
  if (c >= '0' && c <= '7') {
    while (i < p.size() && p[i] >= '0' && p[i] <= '7') ++i;  // an octal escape
  }
  return i;
}

// The index just past the class that starts at p[i] == '[' ("[]a]" and "[^]a]" included).
size_t SkipClass(std::string_view p, size_t i) {
  ++i;
  if (i < p.size() && p[i] == '^') ++i;
  if (i < p.size() && p[i] == ']') ++i;
  while (i < p.size() && p[i] != ']') {
    if (p[i] == '\\') {
      i = SkipEscape(p, i);
    } else if (p[i] == '[' && i + 1 < p.size() && p[i + 1] == ':') {  // [:alpha:]
      const size_t end = p.find(":]", i + 2);
      i = end == std::string_view::npos ? p.size() : end + 2;
    } else {
      ++i;
    }
  }
  return i + 1;
}

// The index just past the group that starts at p[i] == '('.
size_t SkipGroup(std::string_view p, size_t i) {
  int depth = 0;
  while (i < p.size()) {
    const char c = p[i];
    if (c == '\\') {
      i = SkipEscape(p, i);
      continue;
    }
    if (c == '[') {
      i = SkipClass(p, i);
      continue;
    }
    ++i;
    if (c == '(') ++depth;
    if (c == ')' && --depth == 0) return i;
  }
  return i;
}

// The body of the group p[begin, end) ("(?:a|b)" -> "a|b", "(?P<x>a)" -> "a"), or nothing
// for a group that only sets flags ("(?i)").
std::string_view GroupBody(std::string_view p, size_t begin, size_t end) {
  std::string_view g = p.substr(begin + 1, end - begin - 2);  // inside the parentheses
  if (g.empty() || g[0] != '?') return g;
  if (g.size() > 1 && g[1] == 'P') {  // (?P<name>...)
    const size_t close = g.find('>');
    return close == std::string_view::npos ? std::string_view() : g.substr(close + 1);
  }
  size_t i = 1;
  while (i < g.size() && (IsAsciiAlnum(g[i]) || g[i] == '-')) ++i;  // flags
  return i < g.size() && g[i] == ':' ? g.substr(i + 1) : std::string_view();
}

// The alternatives of `body` at its top level ("a|b(c|d)" -> "a", "b(c|d)").
std::vector<std::string_view> Alternatives(std::string_view body) {
  std::vector<std::string_view> out;
  size_t from = 0, i = 0;
  while (i < body.size()) {
    if (body[i] == '\\') {
      i = SkipEscape(body, i);
    } else if (body[i] == '[') {
      i = SkipClass(body, i);
    } else if (body[i] == '(') {
      i = SkipGroup(body, i);
    } else if (body[i] == '|') {
      out.push_back(body.substr(from, i - from));
      from = ++i;
    } else {
      ++i;
    }
  }
  out.push_back(body.substr(from));
  return out;
}

// What an element of a pattern (an escape, a class, a literal) is to the words beside it:
// kWordish may be a letter or digit, or we cannot tell; kNonWord is one byte or character
// that is never an ASCII letter or digit, even with case folded; kBoundary is a zero-width
// assertion ("\b", "^", "$") that a word ends or starts there.
enum class Edge { kWordish, kNonWord, kBoundary };

// The characters RE2's (?i) takes to an ASCII letter: the Kelvin sign and the long s.
bool FoldsToLetter(uint32_t code_point) { return code_point == 0x212A || code_point == 0x17F; }

Edge EdgeOfCodePoint(uint32_t cp) {
  if (cp < 0x80) return IsAsciiAlnum(static_cast<char>(cp)) ? Edge::kWordish : Edge::kNonWord;
  return FoldsToLetter(cp) ? Edge::kWordish : Edge::kNonWord;
}

// The code point of "\x41" or "\x{2019}" at p[i] == '\\' (p[i + 1] == 'x'); 'A' if unreadable.
uint32_t HexEscapeValue(std::string_view p, size_t i) {
  size_t j = i + 2;
  const bool braced = j < p.size() && p[j] == '{';
  if (braced) ++j;
  uint32_t v = 0;
  int digits = 0;
  for (; j < p.size() && IsHexDigit(p[j]) && digits < 8 && (braced || digits < 2); ++j, ++digits) {
    const char c = AsciiLower(p[j]);
    v = v * 16 + static_cast<uint32_t>(c <= '9' ? c - '0' : c - 'a' + 10);
  }
  return digits == 0 ? 'A' : v;
}

// The edge of the escape at p[i] == '\\'.
Edge EscapeEdge(std::string_view p, size_t i) {
  if (i + 1 >= p.size()) return Edge::kWordish;
  const char c = p[i + 1];
  if (c == 'b') return Edge::kBoundary;
  if (c == 's' || c == 'n' || c == 't' || c == 'r' || c == 'f' || c == 'v') return Edge::kNonWord;
  if (c == 'x') return EdgeOfCodePoint(HexEscapeValue(p, i));
  const bool punct = static_cast<unsigned char>(c) < 0x80 && !IsAsciiAlnum(c) && c != '_';
  return punct ? Edge::kNonWord : Edge::kWordish;  // \d \w \pL \1 ...: may be a word's
}

// The bytes of the character at p[i]: its UTF-8 sequence, or the one byte when it is none.
size_t CharacterLength(std::string_view p, size_t i) {
  return std::max<size_t>(1, Utf8SequenceLength(p, i));
}

// The edge of a literal character p[i, i + n) of n bytes: the Kelvin sign and the long s
// fold to letters; any other non-ASCII character is never an ASCII letter.
Edge LiteralEdge(std::string_view p, size_t i, size_t n) {
  const std::string_view ch = p.substr(i, n);
  if (ch == "\xE2\x84\xAA" || ch == "\xC5\xBF") return Edge::kWordish;
  if (n > 1) return Edge::kNonWord;
  const char c = p[i];
  if (c == '.') return Edge::kWordish;  // any character
  if (c == '^' || c == '$') return Edge::kBoundary;
  return IsAsciiAlnum(c) ? Edge::kWordish : Edge::kNonWord;
}

// The edge of the class p[begin, end): kNonWord only when none of its members can be a
// letter or digit ("[-–—:,]", "[\s/]"); a negated class, a range or a named class may be.
Edge ClassEdge(std::string_view p, size_t begin, size_t end) {
  size_t i = begin + 1;
  if (i < end && p[i] == '^') return Edge::kWordish;
  while (i + 1 < end) {
    const char c = p[i];
    if (c == '\\') {
      if (EscapeEdge(p, i) != Edge::kNonWord) return Edge::kWordish;
      i = SkipEscape(p, i);
    } else if (c == '[' || (c == '-' && i != begin + 1 && i + 2 != end)) {
      return Edge::kWordish;  // [:alpha:], or a range
    } else {
      const size_t n = CharacterLength(p, i);
      if (LiteralEdge(p, i, n) != Edge::kNonWord) return Edge::kWordish;
      i += n;
    }
  }
  return Edge::kNonWord;
}

// The quantifier at p[i], if any: where it ends (a lazy '?' included), whether it lets its
// element match no time, and whether more than once.
struct Quantifier {
  size_t end;
  bool optional = false;
  bool repeats = false;
};

Quantifier ReadQuantifier(std::string_view p, size_t i) {
  Quantifier q{i};
  if (i >= p.size()) return q;
  const char c = p[i];
  if (c == '?' || c == '*' || c == '+') {
    q = {i + 1, c != '+', c != '?'};
  } else if (c == '{') {
    const size_t close = p.find('}', i);
    if (close == std::string_view::npos) return q;
    const std::string_view counts = p.substr(i + 1, close - i - 1);
    const size_t comma = counts.find(',');
    const std::string_view low = counts.substr(0, comma);
    if (low.empty() || low.find_first_not_of("0123456789") != std::string_view::npos) return q;
    const std::string_view high =
        comma == std::string_view::npos ? low : counts.substr(comma + 1);
    // Repeats unless at most once: "{0,1}", "{1}", "{1,1}" (a count with more digits is more).
    q = {close + 1, low.find_first_not_of('0') == std::string_view::npos,
         high.size() != 1 || high[0] > '1'};
  }
  if (q.end > i && q.end < p.size() && p[q.end] == '?') ++q.end;  // lazy
  return q;
}

// The element (not a letter, not a group) at p[i]: where it ends, before any quantifier,
// and its edge.
std::pair<size_t, Edge> ReadElement(std::string_view p, size_t i) {
  if (p[i] == '\\') return {SkipEscape(p, i), EscapeEdge(p, i)};
  if (p[i] == '[') {
    const size_t end = SkipClass(p, i);
    return {end, ClassEdge(p, i, std::min(end, p.size()))};
  }
  const size_t n = CharacterLength(p, i);
  return {i + n, LiteralEdge(p, i, n)};
}

// Whether the element at p[j] is sure to be a character that is not a letter or digit, or a
// word's edge; at the end of p, `at_end` says.
bool NonWordAt(std::string_view p, size_t j, bool at_end) {
  if (j >= p.size()) return at_end;
  if (p[j] == '(' || IsAsciiAlnum(p[j])) return false;
  const auto [end, edge] = ReadElement(p, j);
  return edge == Edge::kBoundary || (edge == Edge::kNonWord && !ReadQuantifier(p, end).optional);
}

struct Walked {
  std::vector<std::string> words;  // terms ("^net$") and clauses ("^cs$|^computer+^science$")
  bool ends_at_boundary = false;   // whether what follows the pattern follows a non-word
  bool gives_up = false;           // \Q...\E: nothing is known
};

Walked Walk(std::string_view p, bool at_boundary, bool boundary_after);

// A group that must match requires one of its alternatives, each the words it requires:
// "a1+a2|b1", with no clause (empty) when an alternative requires no word for sure. An
// alternative that requires no term of its own but a clause of a group inside it requires
// one of that clause's options, which join the others: "(?:(?:job|role)s?|period)" ->
// "^job|^role|^period$".
std::string Clause(const std::vector<Walked>& alternatives) {
  std::string clause;
  for (const Walked& alt : alternatives) {
    std::string all;
    for (const std::string& w : alt.words) {
      if (w.find('|') == std::string::npos) all += (all.empty() ? "" : "+") + w;
    }
    if (all.empty() && !alt.words.empty()) all = alt.words.front();  // a clause, whole
    if (all.empty() || alt.gives_up) return "";
    clause += (clause.empty() ? "" : "|") + all;
  }
  return clause;
}

// Reads the pattern left to right: runs of letters and digits become terms, marked '^' when
// a non-word character (or the start) surely comes before them and '$' when one surely
// comes after; a group that must match becomes a clause. `at_boundary` says whether the
// pattern's start follows a non-word, `boundary_after` whether its end is followed by one.
class Walker {
 public:
  Walker(std::string_view p, bool at_boundary, bool boundary_after)
      : p_(p), boundary_(at_boundary), boundary_after_(boundary_after) {}

  Walked Run() {
    size_t i = 0;
    while (i < p_.size() && !out_.gives_up) {
      if (IsAsciiAlnum(p_[i])) {
        i = Letter(i);
      } else if (p_[i] == '(') {
        i = Group(i);
      } else if (p_[i] == '\\' && i + 1 < p_.size() && (p_[i + 1] == 'Q' || p_[i + 1] == 'E')) {
        out_.gives_up = true;
      } else {
        i = Other(i);
      }
    }
    EndRun(boundary_after_);
    out_.ends_at_boundary = boundary_;
    if (out_.gives_up) out_.words.clear();
    return std::move(out_);
  }

 private:
  void EndRun(bool followed_by_non_word) {
    if (!run_.empty()) {
      out_.words.push_back((run_at_boundary_ ? "^" : "") + run_ + (followed_by_non_word ? "$" : ""));
    }
    run_.clear();
  }

  // A letter or digit: it goes on the run, unless a quantifier may leave it out or repeat it
  // ("u?", "b+" in "ab+c" leaves "abbc", which holds "ab" and "c" but not "abc").
  size_t Letter(size_t i) {
    const Quantifier q = ReadQuantifier(p_, i + 1);
    if (q.end == i + 1) {
      if (run_.empty()) run_at_boundary_ = boundary_;
      run_ += AsciiLower(p_[i]);
    } else {
      if (!q.optional && p_[i + 1] == '+') {
        if (run_.empty()) run_at_boundary_ = boundary_;
        run_ += AsciiLower(p_[i]);
      }
      EndRun(false);
    }
    boundary_ = false;
    return q.end;
  }

  // An escape, a class or another literal, with its quantifier.
  size_t Other(size_t i) {
    const auto [end, edge] = ReadElement(p_, i);
    const Quantifier q = ReadQuantifier(p_, end);
    if (edge == Edge::kBoundary || (edge == Edge::kNonWord && !q.optional)) {
      EndRun(true);
      boundary_ = true;
    } else {
      EndRun(false);
      if (edge == Edge::kWordish) boundary_ = false;  // an optional non-word changes nothing
    }
    return q.end;
  }

  // A group: its alternatives are walked each on its own; one that must match adds a clause.
  size_t Group(size_t i) {
    const size_t end = SkipGroup(p_, i);
    EndRun(false);
    const std::string_view body = GroupBody(p_, i, std::min(end, p_.size()));
    if (body.empty()) return end;  // flags only, "(?i)"
    const Quantifier q = ReadQuantifier(p_, end);
    const std::vector<std::string_view> alternatives = Alternatives(body);
    // A repeated group starts after its own end too; and its end may be followed by itself.
    bool start = boundary_;
    if (q.repeats) {
      for (std::string_view alt : alternatives) start = start && Walk(alt, false, false).ends_at_boundary;
    }
    const bool after = !q.repeats && NonWordAt(p_, q.end, boundary_after_);
    std::vector<Walked> walked;
    bool ends = true;
    for (std::string_view alt : alternatives) {
      walked.push_back(Walk(alt, start, after));
      ends = ends && walked.back().ends_at_boundary;
    }
    if (!q.optional && walked.size() == 1) {  // one alternative: all it requires
      for (std::string& w : walked[0].words) out_.words.push_back(std::move(w));
    } else if (!q.optional) {
      std::string clause = Clause(walked);
      if (!clause.empty()) out_.words.push_back(std::move(clause));
    }
    boundary_ = q.optional ? boundary_ && ends : ends;
    return q.end;
  }

  std::string_view p_;
  bool boundary_;
  const bool boundary_after_;
  std::string run_;
  bool run_at_boundary_ = false;
  Walked out_;
};

Walked Walk(std::string_view p, bool at_boundary, bool boundary_after) {
  return Walker(p, at_boundary, boundary_after).Run();
}

}  // namespace

std::vector<std::string> RequiredWordsOf(std::string_view p, bool at_word_edges) {
  const std::vector<std::string_view> alternatives = Alternatives(p);
  if (alternatives.size() == 1) return Walk(p, at_word_edges, at_word_edges).words;
  std::vector<Walked> walked;  // "a|b": one of them
  for (std::string_view alt : alternatives) walked.push_back(Walk(alt, at_word_edges, at_word_edges));
  std::string clause = Clause(walked);
  return clause.empty() ? std::vector<std::string>{} : std::vector<std::string>{clause};
}

bool FoldsToAscii(std::string_view window) {
  // RE2's (?i) takes U+212A (Kelvin sign) to 'k' and U+017F (long s) to 's'.
  return window.find("\xE2\x84\xAA") != std::string_view::npos ||
         window.find("\xC5\xBF") != std::string_view::npos;
}

namespace {

// Whether `term` ("word", "^word", "word$", "^word$") occurs in the lowered window: '^' asks
// that no ASCII letter or digit come before it there, '$' that none come after.
bool ContainsTerm(std::string_view window, std::string_view term) {
  const bool at_start = !term.empty() && term.front() == '^';
  if (at_start) term.remove_prefix(1);
  const bool at_end = !term.empty() && term.back() == '$';
  if (at_end) term.remove_suffix(1);
  for (size_t at = window.find(term); at != std::string_view::npos; at = window.find(term, at + 1)) {
    const size_t after = at + term.size();
    if ((!at_start || at == 0 || !IsAsciiAlnum(window[at - 1])) &&
        (!at_end || after == window.size() || !IsAsciiAlnum(window[after]))) {
      return true;
    }
  }
  return false;
}

// Whether every '+'-joined term of `all` occurs in the window.
bool ContainsAll(std::string_view window, std::string_view all) {
  for (;;) {
    const size_t plus = all.find('+');
    if (!ContainsTerm(window, all.substr(0, plus))) return false;
    if (plus == std::string_view::npos) return true;
    all.remove_prefix(plus + 1);
  }
}

}  // namespace

bool ContainsLoweredWord(std::string_view lowered_window, std::string_view word) {
  for (;;) {  // "a|b1+b2": one of several, each one or more terms
    const size_t bar = word.find('|');
    if (ContainsAll(lowered_window, word.substr(0, bar))) return true;
    if (bar == std::string_view::npos) return false;
    word.remove_prefix(bar + 1);
  }
}

bool ContainsWord(std::string_view window, std::string_view word) {
  return ContainsLoweredWord(AsciiLowerCopy(window), word);
}

}  // namespace skillfit
