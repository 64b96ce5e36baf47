// The degrees a resume states, read from its education sections (see skillfit/education.h).
#include <re2/re2.h>

#include <algorithm>

#include "extract/degree_words.h"
#include "skillfit/education.h"
#include "util/gated_re2.h"

namespace skillfit {
namespace {

struct Line {
  size_t begin, end;  // without '\n'
  size_t number;      // 1-based
  std::vector<LevelWord> words;
};

// Whether the "heading" of section `s` is an education entry that the splitter took for a
// heading: a degree line ("B.Tech in Information Technology" reads as a skills heading, for
// its last word) or a school line ("University of Michigan" opens an education section).
bool HeadingIsEntry(std::string_view text, const Section& s) {
  if (s.heading_begin >= s.begin) return false;
  std::string_view heading = text.substr(s.heading_begin, s.begin - s.heading_begin);
  return !FindLevelWords(heading, false).empty() || NamesInstitution(heading);
}

// The lines of the education sections, with their level words.
std::vector<Line> EducationLines(std::string_view text, const std::vector<Section>& sections) {
  std::vector<Line> lines;
  size_t number = 1, pos = 0;
  bool education = false;
  for (const Section& s : sections) {
    const bool entry = HeadingIsEntry(text, s);
    education = s.kind == SectionKind::kEducation || (education && entry);
    if (!education) continue;
    const size_t first = entry ? s.heading_begin : s.begin;
    for (; pos < first; ++pos) number += text[pos] == '\n';
    size_t b = first;
    while (b < s.end) {
      size_t e = text.find('\n', b);
      if (e == std::string_view::npos || e > s.end) e = s.end;
      lines.push_back({b, e, number, FindLevelWords(text.substr(b, e - b), false)});
      for (; pos < e + 1 && pos < text.size(); ++pos) number += text[pos] == '\n';
      b = e + 1;
    }
  }
  return lines;
}

// For a resume with no education section (a heading the splitter missed: "education work"
// of two columns read as one line): every line, with the level words kept only where the
// line stands outside the summary, skills, experience, projects and certifications, and it
// or a line beside it names a school. So "B.S, Pure Mathematics" under "University of Texas"
// counts, and "MBA holders on my team" or a teacher's role at a high school does not.
std::vector<Line> LinesBesideSchools(std::string_view text, const std::vector<Section>& sections) {
  std::vector<Line> lines;
  // Room for every line up front: a list of 700,000 short lines grew this vector by copies.
  lines.reserve(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  size_t number = 1;
  for (size_t b = 0; b < text.size(); ++number) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    lines.push_back({b, e, number, {}});
    b = e + 1;
  }
  std::vector<bool> school(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    school[i] = NamesInstitution(text.substr(lines[i].begin, lines[i].end - lines[i].begin));
  }
  // Level words only where a school is near: one expression per line rather than all of them.
  for (size_t i = 0; i < lines.size(); ++i) {
    const bool near = school[i] || (i > 0 && school[i - 1]) || (i + 1 < lines.size() && school[i + 1]);
    const SectionKind kind = sections.empty() ? SectionKind::kPreamble
                                              : sections[SectionAt(sections, lines[i].begin)].kind;
    if (!near || (kind != SectionKind::kPreamble && kind != SectionKind::kOther)) continue;
    lines[i].words = FindLevelWords(text.substr(lines[i].begin, lines[i].end - lines[i].begin), false);
  }
  return lines;
}

// A level's words without the "in" or "of" that joins them to a field: "Certificate of"
// (Completion) is a "Certificate".
std::string_view WithoutTrailingJoin(std::string_view level_text) {
  for (std::string_view join : {" in", " of", " In", " Of", " IN", " OF"}) {
    if (level_text.size() > join.size() &&
        level_text.substr(level_text.size() - join.size()) == join) {
      return level_text.substr(0, level_text.size() - join.size());
    }
  }
  return level_text;
}

// The field a level's own words name: "Bachelor of Engineering" -> "Engineering"; none for
// "Bachelor of Science" or "of Arts", which say the kind of degree, not its subject.
std::string FieldOfLevelWords(std::string_view level_text) {
  static const RE2 kOf("(?i)\\bof\\s+(.+?)(?:\\s+degree)?$");
  std::string of;
  const re2::StringPiece text(level_text.data(), level_text.size());
  if (!RE2::PartialMatch(text, kOf, &of)) return "";
  const std::string lower = LowerAscii(of);
  if (lower == "science" || lower == "arts" || lower == "applied science" ||
      lower == "philosophy") {
    return "";
  }
  return of;
}

// The last part of `before` (the line before a level word), when it reads as a field:
// "Computer Science, B.S." -> "Computer Science".
std::string FieldBefore(std::string_view before) {
  std::string_view t = TrimField(before);
  const size_t cut = t.find_last_of(",|(\t");
  if (cut != std::string_view::npos) t = TrimField(t.substr(cut + 1));
  for (std::string_view dash : {"\u2013", "\u2014", " - "}) {
    const size_t d = t.rfind(dash);
    if (d != std::string_view::npos) t = TrimField(t.substr(d + dash.size()));
  }
  return PlausibleField(t) ? std::string(t) : std::string();
}

// A field on the line under a degree ("B.S." then "Computer Science"), or in a "Major:" line.
std::string FieldBelow(std::string_view next) {
  static const GatedRE2 kMajor(
      "(?i)^\\s*(?:major|field of study|concentration|specialization)\\s*(?:in|:)\\s*(.+)$");
  std::string major;
  const RE2* major_re = kMajor.For(next);
  if (major_re &&
      RE2::PartialMatch(re2::StringPiece(next.data(), next.size()), *major_re, &major)) {
    return FieldAfter(major);
  }
  const std::string_view t = TrimField(next);
  if (t.empty() || next.find(':') != std::string_view::npos || next.substr(0, 2) == "- " ||
      next.substr(0, 3) == "\xE2\x80\xA2") {
    return "";
  }
  size_t words = 1;
  for (char c : t) words += c == ' ';
  return words <= 6 && PlausibleField(t) ? std::string(t) : std::string();
}

// A school's name without the dates and notes written after it: "University of Regina
// (2005" -> "University of Regina"; "Pandit Deendayal Energy University Expected 2027" ->
// "Pandit Deendayal Energy University".
std::string SchoolName(std::string_view part) {
  // "Bachelor in Physics Universit\u00e4t Heidelberg": the name opens at its school word.
  const size_t opens = SchoolStart(part);
  if (opens != std::string_view::npos && !FindLevelWords(part.substr(0, opens), false).empty()) {
    part = part.substr(opens);
  }
  static const RE2 kAfterName(
      "(?i)(?:\\(|\\b(?:19|20)\\d{2}\\b|\\b(?:expected|anticipated|graduat\\w*|gpa|cgpa)\\b|"
      "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d)");
  re2::StringPiece m;
  if (kAfterName.Match(re2::StringPiece(part.data(), part.size()), 0, part.size(), RE2::UNANCHORED,
                       &m, 1)) {
    part = part.substr(0, static_cast<size_t>(m.data() - part.data()));
  }
  return std::string(TrimField(part));
}

// The part of `line` that names a school: "B.S. Economics, Stanford University, 2019" ->
// "Stanford University".
std::string InstitutionIn(std::string_view line) {
  if (!NamesInstitution(line)) return "";
  size_t b = 0;
  while (b <= line.size()) {
    size_t e = std::min(line.find_first_of(",|\t", b), line.find("  ", b));
    if (e == std::string_view::npos) e = line.size();
    std::string_view part = line.substr(b, e - b);
    for (std::string_view dash : {"\u2013", "\u2014", " - "}) {
      const size_t d = part.find(dash);
      if (d != std::string_view::npos && !NamesInstitution(part.substr(0, d))) {
        part = part.substr(d + dash.size());
      } else if (d != std::string_view::npos) {
        part = part.substr(0, d);
      }
    }
    // "High School Diploma" is the level, not the school.
    const std::vector<LevelWord> words = FindLevelWords(part, false);
    const bool level_only = !words.empty() && words[0].level == DegreeLevel::kHighSchool &&
                            TrimField(part.substr(0, words[0].begin)).empty();
    if (NamesInstitution(part) && !level_only) return SchoolName(part);
    b = e + 1;
  }
  return "";
}

// Whether `window` (the degree's line and the lines under it) says the degree is not done:
// "expected 2027", "candidate", "pursuing", "in progress", "present", or an end year after
// `today_year`.
bool InProgress(std::string_view window, int today_year) {
  // "present", "current", "now" and "date" only as the end of a range ("2019 - Present",
  // "since 2021 to date"): "present the app" or "current students" say nothing of the degree.
  static const RE2 kWords(
      "(?i)\\b(?:expected|anticipated|expecting|candidate|pursuing|in progress|ongoing|"
      "currently enrolled)\\b|(?:[-\xE2\x80\x93\xE2\x80\x94]|\\bto|\\buntil|\\bsince)\\s*"
      "(?:present|current|now|date)\\b");
  const re2::StringPiece sp(window.data(), window.size());
  if (RE2::PartialMatch(sp, kWords)) return true;
  static const RE2 kYear("\\b((?:19|20)\\d{2})\\b");
  re2::StringPiece input = sp;
  int year = 0;
  while (RE2::FindAndConsume(&input, kYear, &year)) {
    if (year > today_year) return true;
  }
  return false;
}

// Whether a field stops on a word that joins it to more ("Electronics and", "Science of"):
// the line broke inside the field.
// A field of that word alone ("Master of Science in") is all cut.
bool FieldCutShort(std::string_view field) {
  const size_t sp = field.rfind(' ');
  const std::string_view last = sp == std::string_view::npos ? field : field.substr(sp + 1);
  for (std::string_view w : {"and", "&", "of", "in", "for"}) {
    if (last == w) return true;
  }
  return false;
}

// `gap` without its parenthesised parts, trimmed: " (Honours) / " -> "/".
std::string WithoutParenthesised(std::string_view gap) {
  std::string out;
  int depth = 0;
  for (char c : gap) {
    if (c == '(') ++depth;
    if (depth == 0) out += c;
    if (c == ')' && depth > 0) --depth;
  }
  return std::string(TrimField(out));
}

// The field of the degree named by word `k` of line `i`.
std::string FieldOf(std::string_view text, const std::vector<Line>& lines, size_t i, size_t k) {
  const Line& l = lines[i];
  const std::string_view line = text.substr(l.begin, l.end - l.begin);
  // "BS/MS in Computer Science": words joined by '/', '&' or "and" share the last one's field,
  // with an honours mark between them ("Bachelor of Engineering (Honours) / Master of ...").
  size_t last = k;
  while (last + 1 < l.words.size()) {
    const std::string gap = WithoutParenthesised(
        line.substr(l.words[last].end, l.words[last + 1].begin - l.words[last].end));
    if (!(gap.empty() || gap == "/" || gap == "&" || gap == "and")) break;
    ++last;
  }
  const LevelWord& w = l.words[last];
  const size_t rest_end = last + 1 < l.words.size() ? l.words[last + 1].begin : line.size();
  // Words that end in "school" name the school next ("... Engineering School Polytech Nice"),
  // not a field; the level word gives its own ("IT Engineering").
  const std::string_view level_text = line.substr(w.begin, w.end - w.begin);
  const bool school = level_text.size() >= 6 &&
                      LowerAscii(level_text.substr(level_text.size() - 6)) == "school";
  std::string field = school ? std::string() : FieldAfter(line.substr(w.end, rest_end - w.end));
  if (field.empty() && !school) field = FieldOfLevelWords(level_text);
  if (field.empty()) field = w.field;
  const size_t before_begin = k > 0 ? l.words[k - 1].end : 0;
  if (field.empty()) field = FieldBefore(line.substr(before_begin, l.words[k].begin - before_begin));
  const bool next_is_text = i + 1 < lines.size() && lines[i + 1].words.empty() &&
                            lines[i + 1].number == l.number + 1;
  if (!next_is_text) return field;
  const std::string below =
      FieldBelow(text.substr(lines[i + 1].begin, lines[i + 1].end - lines[i + 1].begin));
  if (field.empty() && l.words.size() == 1) return below;
  // "B.Tech in Electronics and" / "Communication": the field goes on below.
  if (FieldCutShort(field) && !below.empty()) {
    field = field.find(' ') == std::string::npos ? below : field + " " + below;
  }
  return field;
}

bool Blank(std::string_view text, const Line& l) {
  return TrimField(text.substr(l.begin, l.end - l.begin)).empty();
}

// "• BSc..." or "- BSc...": a line that is an item of a bulleted list.
bool StartsWithBullet(std::string_view line) {
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  return line.substr(0, 3) == "\xE2\x80\xA2" || line.substr(0, 2) == "- " ||
         line.substr(0, 2) == "* " || line.substr(0, 2) == "\xC2\xB7";
}

// The lines that belong to the degree on line `i`: it and up to two non-blank lines under
// it, up to the next line with a degree or, in a bulleted list, the next item. [begin, end)
// bytes.
std::pair<size_t, size_t> Block(std::string_view text, const std::vector<Line>& lines, size_t i) {
  size_t last = i;
  const bool bulleted = StartsWithBullet(text.substr(lines[i].begin, lines[i].end - lines[i].begin));
  for (size_t j = i + 1, seen = 0; j < lines.size() && seen < 2 && lines[j].words.empty(); ++j) {
    if (Blank(text, lines[j])) continue;
    // The next item of a bulleted list is another entry.
    if (bulleted && StartsWithBullet(text.substr(lines[j].begin, lines[j].end - lines[j].begin))) break;
    last = j;
    ++seen;
  }
  return {lines[i].begin, lines[last].end};
}

// The school line above the degree on line `i` (blank lines aside), when the degree's own
// line names none: "Tsinghua University, 2014 - Present" over "Master of Software
// Engineering". -1 when there is none.
int SchoolLineAbove(std::string_view text, const std::vector<Line>& lines, size_t i) {
  auto line_text = [&](size_t j) { return text.substr(lines[j].begin, lines[j].end - lines[j].begin); };
  if (NamesInstitution(line_text(i))) return -1;
  for (size_t j = i, blanks = 0; j-- > 0 && blanks <= 2;) {
    if (Blank(text, lines[j])) {
      ++blanks;
      continue;
    }
    return lines[j].words.empty() && NamesInstitution(line_text(j)) ? static_cast<int>(j) : -1;
  }
  return -1;
}

// The school of the degree on line `i`: on its line, else the school line above, else the
// lines of its block.
std::string SchoolOf(std::string_view text, const std::vector<Line>& lines, size_t i, int above,
                     std::pair<size_t, size_t> block) {
  auto line_text = [&](size_t j) { return text.substr(lines[j].begin, lines[j].end - lines[j].begin); };
  std::string s = InstitutionIn(line_text(i));
  if (s.empty() && above >= 0) s = InstitutionIn(line_text(above));
  for (size_t j = i + 1; s.empty() && j < lines.size() && lines[j].end <= block.second; ++j) {
    s = InstitutionIn(line_text(j));
  }
  return s;
}

}  // namespace

std::vector<Degree> ReadDegrees(std::string_view text, const std::vector<Section>& sections,
                                int today_year) {
  const bool has_education = std::any_of(sections.begin(), sections.end(), [](const Section& s) {
    return s.kind == SectionKind::kEducation;
  });
  const std::vector<Line> lines =
      has_education ? EducationLines(text, sections) : LinesBesideSchools(text, sections);
  std::vector<Degree> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    const std::pair<size_t, size_t> block = Block(text, lines, i);
    const int above = SchoolLineAbove(text, lines, i);
    // The degree's dates may sit on its school's line, above it.
    const size_t from = above >= 0 ? lines[above].begin : block.first;
    for (size_t k = 0; k < l.words.size(); ++k) {
      const LevelWord& w = l.words[k];
      // "High School Diploma, Lincoln High School": the second is the school's name, as is
      // a high school line right under a high school diploma.
      if (w.level == DegreeLevel::kHighSchool &&
          (k > 0 || (!out.empty() && out.back().level == DegreeLevel::kHighSchool &&
                     l.number <= out.back().line + 2))) {
        continue;
      }
      // "Bachelor of Science (BS)": one degree, written twice.
      if (k > 0 && l.words[k - 1].level == w.level &&
          text.substr(l.begin + l.words[k - 1].end, w.begin - l.words[k - 1].end).find('(') !=
              std::string_view::npos) {
        continue;
      }
      Degree d;
      d.level = w.level;
      d.level_text = std::string(WithoutTrailingJoin(text.substr(l.begin + w.begin, w.end - w.begin)));
      d.field = w.level == DegreeLevel::kHighSchool ? "" : FieldOf(text, lines, i, k);
      d.institution = SchoolOf(text, lines, i, above, block);
      d.in_progress = InProgress(text.substr(from, block.second - from), today_year);
      d.line = l.number;
      d.begin = l.begin + w.begin;
      d.end = l.begin + w.end;
      out.push_back(std::move(d));
    }
  }
  return out;
}

}  // namespace skillfit
