#include "documents/front_matter.h"

#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "skillfit/sections.h"

namespace skillfit {
namespace {

using Keeps = std::vector<std::pair<size_t, size_t>>;

// One line of the front matter: [begin, end) without its '\n' (at `end`) or trailing '\r'
// and spaces.
struct FmLine {
  size_t begin = 0, end = 0, eol = 0;
  std::string_view text;
};

std::vector<FmLine> Lines(std::string_view s, size_t from, size_t* fm_end) {
  std::vector<FmLine> out;
  size_t pos = from;
  while (pos < s.size()) {
    size_t eol = s.find('\n', pos);
    if (eol == std::string_view::npos) eol = s.size();
    std::string_view line = s.substr(pos, eol - pos);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line == "---" || line == "...") {
      *fm_end = eol;
      return out;
    }
    out.push_back({pos, pos + line.size(), eol, line});
    pos = eol + 1;
  }
  *fm_end = std::string_view::npos;  // never closed: not front matter
  return out;
}

bool Indented(const FmLine& l) { return !l.text.empty() && (l.text[0] == ' ' || l.text[0] == '-'); }

// The key of a top-level "key: value" line, or "" when the line is not one.
std::string_view KeyOf(const FmLine& l) {
  if (l.text.empty() || Indented(l) || l.text[0] == '#') return {};
  const size_t colon = l.text.find(':');
  if (colon == std::string_view::npos || colon == 0) return {};
  return l.text.substr(0, colon);
}

// [b, e) of `line` after `from`, without surrounding spaces and quotes.
std::pair<size_t, size_t> ValueRange(const FmLine& l, size_t from) {
  size_t b = from, e = l.text.size();
  while (b < e && l.text[b] == ' ') ++b;
  if (e > b + 1 && (l.text[b] == '"' || l.text[b] == '\'') && l.text[e - 1] == l.text[b]) {
    ++b;
    --e;
  }
  return {l.begin + b, l.begin + e};
}

bool HasTag(std::string_view s) { return s.find('{') != std::string_view::npos; }

// Whether an indented line of a value is a key of a nested mapping ("  link: /x",
// "  - name: Analyst"), which makes the value records rather than prose. Record keys are
// lowercase; "- Security: own the threat model" is a labelled line of prose.
bool IsMappingLine(std::string_view t) {
  size_t i = 0;
  while (i < t.size() && (t[i] == ' ' || t[i] == '-')) ++i;
  const size_t key = i;
  while (i < t.size() && (std::isalnum(static_cast<unsigned char>(t[i])) || t[i] == '_')) ++i;
  return i > key && std::islower(static_cast<unsigned char>(t[key])) && i + 1 < t.size() &&
         t[i] == ':' && t[i + 1] == ' ';
}

// Whether a front matter key names a section a reader would see as a heading.
bool NamesSection(std::string_view key) {
  std::string words(key);
  for (char& c : words) {
    if (c == '_' || c == '-') c = ' ';
  }
  // Pay, location, dates and eligibility are job-board metadata, not a section of the text.
  const SectionKind jd = ClassifyHeading(words, DocKind::kJd);
  if (jd == SectionKind::kBenefits || jd == SectionKind::kLegal) return false;
  return jd != SectionKind::kOther || ClassifyHeading(words, DocKind::kResume) != SectionKind::kOther;
}

// Keeps the key line of entry `lines[i]` (as "key:" and its '\n') and its value: the rest of
// the line when it is plain prose, or the indented lines below it. Returns the index of the
// next line to read.
size_t KeepSection(std::string_view s, const std::vector<FmLine>& lines, size_t i, Keeps* keep) {
  const FmLine& l = lines[i];
  const size_t colon = l.text.find(':');
  std::string_view rest = l.text.substr(colon + 1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  const bool block = rest.empty() || rest[0] == '|' || rest[0] == '>';
  size_t next = i + 1;
  if (!block) {  // "responsibilities: Build the API." reads as a heading with its body
    if (!HasTag(rest)) keep->push_back({l.begin, std::min(l.eol + 1, s.size())});
    return next;
  }
  size_t end = next;
  bool mapping = false;
  for (; end < lines.size() && (Indented(lines[end]) || lines[end].text.empty()); ++end) {
    mapping = mapping || (rest.empty() && IsMappingLine(lines[end].text));
  }
  if (mapping) return end;  // a list of records (name:, link:), not prose
  keep->push_back({l.begin, l.begin + colon + 1});
  keep->push_back({l.eol, std::min(l.eol + 1, s.size())});
  for (; next < end; ++next) {
    const FmLine& v = lines[next];
    if (!v.text.empty() && !HasTag(v.text)) keep->push_back({v.begin, std::min(v.eol + 1, s.size())});
  }
  return end;
}

// The title's value and a '\n' after it.
void KeepTitle(std::string_view s, const FmLine& l, Keeps* keep) {
  const auto [b, e] = ValueRange(l, 6);
  if (e <= b || HasTag(s.substr(b, e - b))) return;
  keep->push_back({b, e});
  keep->push_back({l.eol, std::min(l.eol + 1, s.size())});
}

}  // namespace

size_t SkipFrontMatter(std::string_view s, size_t start, SkipRanges* skip) {
  if (s.substr(start, 3) != "---") return start;
  size_t eol = s.find('\n', start);
  if (eol == std::string_view::npos) return start;
  std::string_view first = s.substr(start, eol - start);
  while (!first.empty() && (first.back() == '\r' || first.back() == ' ')) first.remove_suffix(1);
  if (first != "---") return start;
  size_t fm_end = 0;
  const std::vector<FmLine> lines = Lines(s, eol + 1, &fm_end);
  if (fm_end == std::string_view::npos) return start;
  Keeps keep;
  bool titled = false;
  for (size_t i = 0; i < lines.size();) {
    const std::string_view key = KeyOf(lines[i]);
    if (key == "title" && !titled) {
      KeepTitle(s, lines[i], &keep);
      titled = true;
    } else if (!key.empty() && NamesSection(key)) {
      i = KeepSection(s, lines, i, &keep);
      continue;
    }
    ++i;
  }
  const size_t body = std::min(fm_end + 1, s.size());
  size_t at = start;
  for (const auto& [b, e] : keep) {
    if (b > at) skip->push_back({at, b});
    at = e;
  }
  if (body > at) skip->push_back({at, body});
  return body;
}

}  // namespace skillfit
