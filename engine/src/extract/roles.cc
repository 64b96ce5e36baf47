#include "extract/roles.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "extract/career_break.h"
#include "extract/date_range.h"
#include "extract/role_header.h"
#include "extract/section_words.h"

namespace skillfit {
namespace {

// Whether a line goes on with the sentence of the line above: it opens with a lowercase word
// that joins ("and SCCM 2012." under "updated Windows 7 using SCCM 2007").
bool ContinuesSentence(std::string_view line) {
  const size_t b = line.find_first_not_of(" \t");
  if (b == std::string_view::npos) return false;
  const size_t e = line.find_first_of(" \t", b);
  const std::string_view word = line.substr(b, e == std::string_view::npos ? line.npos : e - b);
  for (std::string_view w : {"and", "or", "&", "with", "to", "of", "for", "in", "using", "by"}) {
    if (word == w) return true;
  }
  return false;
}

struct Line {
  size_t begin = 0;  // offset in the text; the line runs to its '\n'
  std::string_view text;
};

std::vector<Line> LinesOf(std::string_view text, size_t begin, size_t end) {
  std::vector<Line> lines;
  // Room for every line up front: a list of 700,000 short lines grew this vector by copies.
  lines.reserve(static_cast<size_t>(std::count(text.begin() + begin, text.begin() + end, '\n')) + 1);
  size_t pos = begin;
  while (pos < end) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos || eol > end) eol = end;
    lines.push_back({pos, text.substr(pos, eol - pos)});
    pos = eol + 1;
  }
  return lines;
}

std::string_view Trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool IsBulletLine(std::string_view s) {
  s = Trimmed(s);
  static constexpr std::string_view kMarks[] = {"\xE2\x80\xA2", "- ", "* ", "+ ", "\xE2\x97\x8B",
                                                "\xE2\x97\xA6", "\xE2\x80\x93 ", "\xE2\x97\x8F"};
  for (std::string_view m : kMarks) {
    if (s.substr(0, m.size()) == m) return true;
  }
  return false;
}

size_t LetterCount(std::string_view s) {
  return static_cast<size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }));
}

size_t Words(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool space = std::isspace(static_cast<unsigned char>(c));
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

// A line that may name a title or an employer beside a dated line: short, not a bullet, not
// a sentence (a full stop ends only a short line: "JP MORGAN CHASE & CO."), not the
// lowercase rest of a wrapped sentence, and without dates of its own.
bool IsNameLine(std::string_view raw, size_t most) {
  const std::string_view s = Trimmed(raw);
  if (s.empty() || s.size() > most || IsBulletLine(s)) return false;
  if (std::islower(static_cast<unsigned char>(s.front()))) return false;
  if (s.back() == '.' && Words(s) > 5) return false;
  if (s.back() == ':' || s.back() == ',') return false;
  DateRange r;
  return !FindDateRange(s, 2100 * 12, &r) && !FindLoneDate(s, &r);
}

// Whether a line stops mid-phrase, so that its next line finishes it: it ends with a comma
// or leaves a parenthesis open.
bool WrapsOnto(std::string_view raw) {
  const std::string_view s = Trimmed(raw);
  if (s.empty()) return false;
  return s.back() == ',' ||
         std::count(s.begin(), s.end(), '(') > std::count(s.begin(), s.end(), ')');
}

// Whether the line at `k` (or the one after, past a blank line) may name a role.
bool NamesBelow(const std::vector<Line>& lines, size_t k) {
  if (k < lines.size() && Trimmed(lines[k].text).empty()) ++k;
  return k < lines.size() && IsNameLine(lines[k].text, 60);
}

// Whether line `i` opens a role, and its dates; `used` gets the lines the dates take (2 when
// a range is split over two lines: "Nov.2021-" / "Mar.2022 ...", "... September" / "2014 -
// Present"); `end_only` is set when the second line gives only the end date, its text being
// the role's first bullet.
bool DatedAt(const std::vector<Line>& lines, size_t i, int today, DateRange* r, size_t* used,
             bool* end_only) {
  const std::string_view line = lines[i].text;
  *used = 1;
  *end_only = false;
  if (line.size() >= 200) return false;
  const bool has_next = i + 1 < lines.size() && !Trimmed(lines[i + 1].text).empty();
  if (FindDateRange(line, today, r)) {
    int end = -1;
    if (r->open && has_next && StartsWithDate(lines[i + 1].text, &end) && end >= r->start) {
      r->finish = end;
      r->current = r->open = false;
      *used = 2;
      *end_only = true;
    }
    return true;
  }
  if (IsBulletLine(line) || Trimmed(line).empty()) return false;
  if (has_next) {
    const std::string joined = std::string(line) + " " + std::string(lines[i + 1].text);
    if (FindDateRange(joined, today, r) && r->begin < line.size() && r->end > line.size() + 1) {
      *used = 2;
      return true;
    }
  }
  if (line.size() > 120) return false;
  // One date at the end of a name line wrapped before it: "Teaching Fellow, X (University of
  // Chicago," / "2019)".
  if (has_next && WrapsOnto(line) && LetterCount(lines[i + 1].text) < 3) {
    const std::string joined = std::string(line) + " " + std::string(lines[i + 1].text);
    if (FindLoneDate(joined, r) && r->begin > line.size()) {
      *used = 2;
      return true;
    }
  }
  // One date on a short line with words of its own: "Tuition 2020", "Apr.2010 Guest Lecturer";
  // or on a line of its own with the names below: "2020" / "Tuition Heidelberg". Not on a line
  // that goes on with the sentence above ("and SCCM 2012.").
  if (ContinuesSentence(line) || !FindLoneDate(line, r)) return false;
  std::string rest(line.substr(0, r->begin));
  rest += line.substr(r->end);
  // A date alone opens its entry only below a blank line or the section's start; below a
  // name line it closes the entry above ("Financial Industry Regulatory Authority" / "Sep
  // 2020").
  const bool opens = i == 0 || Trimmed(lines[i - 1].text).empty();
  return LetterCount(rest) >= 3 || (LetterCount(rest) == 0 && opens && NamesBelow(lines, i + 1));
}

// The line `line` without its date span [b, e), when the span lies in it.
std::string WithoutSpan(std::string_view line, size_t b, size_t e) {
  if (b >= line.size()) return std::string(line);
  return std::string(line.substr(0, b)) + " " + std::string(line.substr(std::min(e, line.size())));
}

// Builds the role whose dates open at line `i` (taking `used` lines); `floor` is the first
// line a header above it may take (the line after the previous role's dated lines). Returns
// the index of the last line the role's header takes.
size_t BuildRole(const std::vector<Line>& lines, size_t i, size_t used, bool end_only,
                 size_t floor, const DateRange& r, const Document& doc, Role* role,
                 RoleNames* names_out) {
  role->start = r.start;
  role->finish = r.finish;
  role->current = r.current;
  std::string dated(lines[i].text);
  if (used == 2 && !end_only) dated += " " + std::string(lines[i + 1].text);
  std::vector<std::string> names = {WithoutSpan(dated, r.begin, r.end)};  // in text order
  // Up to two lines above name the role unless the dated line names both title and company
  // itself; a place line among them is not counted ("Creative Solutions Inc." / "Senior Web
  // Developer" / "San Francisco, CA" / "January 2019 to Present").
  const RoleNames own = ParseRoleHeader(names);
  size_t first = i, taken = 0;
  while (first > floor && taken < 2 && (own.title.empty() || own.company.empty()) &&
         IsNameLine(lines[first - 1].text, 80)) {
    --first;
    if (!IsPlace(Trimmed(lines[first].text))) ++taken;
  }
  for (size_t k = i; k > first; --k) names.insert(names.begin(), std::string(Trimmed(lines[k - 1].text)));
  size_t last = i + used - 1;
  // Dates on a line of their own, names below: "2013-14" / "Editor-in-Chief" / "Fullerton
  // College". A title or company still missing may sit on the line below: "Project Manager
  // Jan 2025 – Dec 2025" / "Jumping Freight", "Facebook Summer 2017" / "Software Engineering Intern".
  const bool dates_only = LetterCount(names.back()) < 3 && first == i;
  const RoleNames above = ParseRoleHeader(names);
  const size_t below = dates_only ? 2 : (above.title.empty() || above.company.empty()) ? 1 : 0;
  // A blank line may part dates on a line of their own from the names below them.
  size_t from = last + 1;
  if (dates_only && from + 1 < lines.size() && Trimmed(lines[from].text).empty()) ++from;
  for (size_t k = from; k < lines.size() && k < from + below && IsNameLine(lines[k].text, 60); ++k) {
    names.emplace_back(Trimmed(lines[k].text));
    last = k;
  }
  role->begin = lines[first].begin;
  role->header_line = doc.LineOf(role->begin);
  for (size_t k = first; k <= last - (end_only ? 1 : 0); ++k) {
    role->header += (k == first ? "" : " | ") + std::string(Trimmed(lines[k].text));
  }
  *names_out = ParseRoleHeader(names);
  role->title = names_out->title;
  role->company = names_out->company;
  return last;
}

// Whether a role's header names a post and an employer or a place, and is not a degree's:
// "Associate of Arts" holds a post word, "Teaching Assistant, Dept. of Physics" names a post.
bool NamesPostAndEmployer(const RoleNames& n, const std::string& header) {
  if (n.title.empty() || (n.company.empty() && n.place.empty()) || !NamesPost(n.title)) {
    return false;
  }
  std::string low;
  for (char c : header) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::string_view kDegree[] = {"bachelor", "master of", "master's", "degree",
                                                 "diploma", "associate of", "associate's",
                                                 "gpa", "ph.d", "phd", "b.s.", "m.s."};
  for (std::string_view w : kDegree) {
    if (low.find(w) != std::string::npos) return false;
  }
  return true;
}

// A line of a role's body: a bullet, or a sentence (long, or ending with a full stop).
bool IsBodyLine(std::string_view raw) {
  const std::string_view s = Trimmed(raw);
  return IsBulletLine(s) || s.size() > 80 || (!s.empty() && s.back() == '.' && Words(s) > 5);
}

// Whether line `i` opens a role without dates: one or two name lines that name a post and an
// employer, a body line below them, and above them the section's start, a blank line or the
// body of the role before, not its header ("Casual Grounds Assistant — Hervey Bay Garden
// Centre" / "• Maintained plant stock ...", "Cretus Robotics Club - Technical Lead" /
// "Engaged in hands-on robotics workshops ..."). `floor` is the line after the last role's
// header; `role` gets its header and names, `last` the index of its last header line.
bool UndatedRoleAt(const std::vector<Line>& lines, size_t i, size_t floor, Role* role,
                   size_t* last) {
  if (i > 0 && (i == floor || IsNameLine(lines[i - 1].text, 80))) return false;
  for (size_t k = i; k < i + 2 && k + 1 < lines.size(); ++k) {
    if (!IsNameLine(lines[k].text, 80)) return false;
    if (!IsBodyLine(lines[k + 1].text)) continue;
    std::vector<std::string> names;
    for (size_t h = i; h <= k; ++h) names.emplace_back(Trimmed(lines[h].text));
    const RoleNames n = ParseRoleHeader(names);
    role->title = n.title;
    role->company = n.company;
    role->begin = lines[i].begin;
    for (size_t h = 0; h < names.size(); ++h) role->header += (h == 0 ? "" : " | ") + names[h];
    *last = k;
    return !n.company.empty() && NamesPostAndEmployer(n, role->header);
  }
  return false;
}

// Whether the names at line `i` belong to the last of `roles`: a role of dates alone (no
// title) whose header ends at `floor` - 1, with only blank lines between ("June 2022 –
// Present" / "" / "Software Engineer (Front-End), Google, Mountain View, CA, USA").
bool NamesDatesAbove(const std::vector<Line>& lines, size_t floor, size_t i,
                     std::vector<Role>* roles) {
  if (roles->empty() || !roles->back().title.empty() || floor == 0) return false;
  for (size_t k = floor; k < i; ++k) {
    if (!Trimmed(lines[k].text).empty()) return false;
  }
  return true;
}

// Dates in a column of their own, read before the entries they date ("01-2021 - Present" /
// "06-2018 - Present" / ... and then "Lead Full Stack Developer" / "ManyPixels" / bullets, the
// next entries without dates): a run of two or more roles of dates alone (the last may have
// taken the first entry's names) followed by as many entries without dates gives its dates to
// those entries in order.
void PairDateColumn(std::vector<Role>* roles) {
  std::vector<Role>& rs = *roles;
  for (size_t a = 0; a < rs.size(); ++a) {
    size_t b = a;
    while (b + 1 < rs.size() && rs[b].title.empty() && rs[b].start >= 0 && rs[b + 1].start >= 0) ++b;
    if (b == a || rs[a].start < 0 || !rs[a].title.empty()) continue;
    std::vector<size_t> entries;  // the roles that take the dates, in order
    if (!rs[b].title.empty()) entries.push_back(b);
    for (size_t k = b + 1; k < rs.size() && rs[k].start < 0; ++k) entries.push_back(k);
    const size_t n = b - a + 1;
    if (entries.size() < n) continue;
    std::vector<Role> dates(rs.begin() + a, rs.begin() + b + 1);
    for (size_t k = 0; k < n; ++k) {
      rs[entries[k]].start = dates[k].start;
      rs[entries[k]].finish = dates[k].finish;
      rs[entries[k]].current = dates[k].current;
    }
    if (!rs[b].title.empty()) {  // its header loses the dates it no longer has
      std::string& h = rs[b].header;
      h.erase(0, h.find(" | ") == std::string::npos ? 0 : h.find(" | ") + 3);
      while (h.compare(0, 2, "| ") == 0 || h.compare(0, 1, " ") == 0) h.erase(0, 1);
    }
    rs.erase(rs.begin() + a, rs.begin() + (rs[b].title.empty() ? b + 1 : b));
  }
}

// Which roles a resume section holds: all of them in an experience or projects section, or,
// when the resume has no experience heading, in any section outside education,
// certifications, skills and the sections of awards and the like (NamesNoJobs); only roles
// that name a post and an employer ("Mentor, University of Minnesota ...", "Nokia, Noida" /
// "Senior Engineer") in the other sections and education, where a two-column page or a
// heading we do not read may have put them; none in skills and certifications.
enum class Holds { kNone, kNamedOnly, kAll };

Holds RolesHeld(const Section& s, bool has_experience_heading) {
  const SectionKind k = s.kind;
  if (k == SectionKind::kExperience || k == SectionKind::kProjects) return Holds::kAll;
  if (k == SectionKind::kPreamble || k == SectionKind::kOther) {
    return has_experience_heading || NamesNoJobs(s.heading) ? Holds::kNamedOnly : Holds::kAll;
  }
  return k == SectionKind::kEducation ? Holds::kNamedOnly : Holds::kNone;
}

// The roles in section `s`: a dated line opens one, which runs to the next.
std::vector<Role> RolesIn(const Document& doc, const Section& s, Holds holds, int today) {
  const std::vector<Line> lines = LinesOf(doc.text, s.begin, s.end);
  std::vector<Role> roles;
  size_t floor = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    DateRange r;
    size_t used = 1;
    bool end_only = false;
    Role role;
    role.project = s.kind == SectionKind::kProjects;
    size_t last = i;
    RoleNames names;
    if (DatedAt(lines, i, today, &r, &used, &end_only)) {
      last = BuildRole(lines, i, used, end_only, floor, r, doc, &role, &names);
    } else if (s.kind == SectionKind::kExperience && UndatedRoleAt(lines, i, floor, &role, &last)) {
      if (NamesDatesAbove(lines, floor, i, &roles)) {  // the names of dates alone above
        roles.back().header += " | " + role.header;
        roles.back().title = role.title;
        roles.back().company = role.company;
        floor = last + 1;
        i = last;
        continue;
      }
      role.header_line = doc.LineOf(role.begin);  // dates unknown: start and finish stay -1
    } else {
      continue;
    }
    // A dated line that opens no role (a degree's) still ends the role before it.
    if (!roles.empty() && roles.back().end == 0) roles.back().end = role.begin;
    // Outside experience and projects, a role also spans more than one month: "Sep 2020"
    // below a certificate's name dates the certificate.
    if (holds == Holds::kNamedOnly &&
        (!NamesPostAndEmployer(names, role.header) || (!role.current && role.finish <= role.start))) {
      continue;
    }
    roles.push_back(std::move(role));
    floor = last + 1;
    i = last;
  }
  if (!roles.empty() && roles.back().end == 0) roles.back().end = s.end;
  PairDateColumn(&roles);
  for (Role& r : roles) {
    if (r.begin >= r.end) r.end = std::min(s.end, r.begin + r.header.size() + 1);
  }
  return roles;
}

}  // namespace

std::vector<Role> FindRoles(const Document& doc, const std::vector<Section>& sections, int today) {
  bool has_experience_heading = false;
  for (const Section& s : sections) has_experience_heading |= s.kind == SectionKind::kExperience;
  std::vector<Role> roles;
  for (const Section& s : sections) {
    const Holds holds = RolesHeld(s, has_experience_heading);
    if (holds == Holds::kNone) continue;
    for (Role& r : RolesIn(doc, s, holds, today)) {
      r.career_break = NamesCareerBreak(r.title.empty() ? r.header : r.title + " | " + r.company);
      roles.push_back(std::move(r));
    }
  }
  std::sort(roles.begin(), roles.end(),
            [](const Role& a, const Role& b) { return a.begin < b.begin; });
  // Fix ends that a later role in another section would have set.
  for (size_t i = 0; i + 1 < roles.size(); ++i) {
    roles[i].end = std::min(roles[i].end, roles[i + 1].begin);
  }
  return roles;
}

}  // namespace skillfit
