#include "kb/required_words.h"

#include "util/ascii.h"

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

bool IsQuantifier(char c) { return c == '?' || c == '*' || c == '{' || c == '+'; }

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

// What a group that must match requires: one word of each alternative, the longest that
// alternative requires for sure, as one entry "w1|w2|..." (any of them); empty when an
// alternative requires no word for sure.
std::string GroupClause(std::string_view body) {
  std::string clause;
  for (std::string_view alt : Alternatives(body)) {
    std::string best;
    for (const std::string& w : RequiredWordsOf(alt)) {
      if (w.find('|') == std::string::npos && w.size() > best.size()) best = w;
    }
    if (best.empty()) return "";
    clause += (clause.empty() ? "" : "|") + best;
  }
  return clause;
}

}  // namespace

std::vector<std::string> RequiredWordsOf(std::string_view p) {
  if (Alternatives(p).size() > 1) {  // "a|b": one of them
    std::string clause = GroupClause(p);
    return clause.empty() ? std::vector<std::string>{} : std::vector<std::string>{clause};
  }
  std::vector<std::string> words;
  std::string run;
  auto end_run = [&] {
    if (!run.empty()) words.push_back(run);
    run.clear();
  };
  size_t i = 0;
  while (i < p.size()) {
    const char c = p[i];
    if (c == '\\' && i + 1 < p.size() && (p[i + 1] == 'Q' || p[i + 1] == 'E')) return {};
    if (IsAsciiAlnum(c)) {
      ++i;
      // A quantified letter may be missing ("u?"), or repeated ("b+" in "ab+c" leaves
      // "abbc", which holds "ab" and "c" but not "abc"): it ends the run either way.
      if (i < p.size() && IsQuantifier(p[i])) {
        if (p[i] == '+') run += AsciiLower(c);
        end_run();
        continue;
      }
      run += AsciiLower(c);
      continue;
    }
    end_run();
    if (c == '\\') {
      i = SkipEscape(p, i);
    } else if (c == '[') {
      i = SkipClass(p, i);
    } else if (c == '(') {
      const size_t end = SkipGroup(p, i);
      // A group that must match (no quantifier, or '+') requires one of its alternatives.
      if (end <= p.size() && (end == p.size() || !IsQuantifier(p[end]) || p[end] == '+')) {
        std::string clause = GroupClause(GroupBody(p, i, end));
        if (!clause.empty()) words.push_back(std::move(clause));
      }
      i = end;
    } else if (c == '{') {  // a counted repeat ("{0,2}"): its digits are not text
      const size_t close = p.find('}', i);
      i = close == std::string_view::npos ? p.size() : close + 1;
    } else {
      ++i;  // '.', '^', '$', a quantifier after a group or class, or another byte
    }
  }
  end_run();
  return words;
}

bool FoldsToAscii(std::string_view window) {
  // RE2's (?i) takes U+212A (Kelvin sign) to 'k' and U+017F (long s) to 's'.
  return window.find("\xE2\x84\xAA") != std::string_view::npos ||
         window.find("\xC5\xBF") != std::string_view::npos;
}

bool ContainsLoweredWord(std::string_view lowered_window, std::string_view word) {
  for (;;) {  // "w1|w2": one of several
    const size_t bar = word.find('|');
    if (lowered_window.find(word.substr(0, bar)) != std::string_view::npos) return true;
    if (bar == std::string_view::npos) return false;
    word.remove_prefix(bar + 1);
  }
}

bool ContainsWord(std::string_view window, std::string_view word) {
  return ContainsLoweredWord(AsciiLowerCopy(window), word);
}

}  // namespace skillfit
