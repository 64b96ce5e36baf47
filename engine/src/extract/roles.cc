#include "extract/roles.h"

#include <algorithm>
#include <cctype>

#include "extract/date_range.h"
#include "extract/role_header.h"

namespace skillfit {
namespace {

struct Line {
  size_t begin = 0;  // offset in the text; the line runs to its '\n'
  std::string_view text;
};

std::vector<Line> LinesOf(std::string_view text, size_t begin, size_t end) {
  std::vector<Line> lines;
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
  // One date on a short line with words of its own: "Tuition 2020", "Apr.2010 Guest Lecturer".
  if (line.size() > 120 || !FindLoneDate(line, r)) return false;
  std::string rest(line.substr(0, r->begin));
  rest += line.substr(r->end);
  return LetterCount(rest) >= 3;
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
                 size_t floor, const DateRange& r, const Document& doc, Role* role) {
  role->start = r.start;
  role->finish = r.finish;
  role->current = r.current;
  std::string dated(lines[i].text);
  if (used == 2 && !end_only) dated += " " + std::string(lines[i + 1].text);
  std::vector<std::string> names = {WithoutSpan(dated, r.begin, r.end)};  // in text order
  // Lines above name the role unless the dated line names both title and company itself.
  const RoleNames own = ParseRoleHeader(names);
  size_t first = i;
  while (first > floor && i - first < 2 && (own.title.empty() || own.company.empty()) &&
         IsNameLine(lines[first - 1].text, 80)) {
    --first;
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
  const RoleNames n = ParseRoleHeader(names);
  role->title = n.title;
  role->company = n.company;
  return last;
}

// Whether a resume section holds roles: an experience or projects section, or, when the
// resume has no experience heading, any section outside education, certifications and skills.
bool HoldsRoles(SectionKind k, bool has_experience_heading) {
  return k == SectionKind::kExperience || k == SectionKind::kProjects ||
         (!has_experience_heading && (k == SectionKind::kPreamble || k == SectionKind::kOther));
}

// The roles in section `s`: a dated line opens one, which runs to the next.
std::vector<Role> RolesIn(const Document& doc, const Section& s, int today) {
  const std::vector<Line> lines = LinesOf(doc.text, s.begin, s.end);
  std::vector<Role> roles;
  size_t floor = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    DateRange r;
    size_t used = 1;
    bool end_only = false;
    if (!DatedAt(lines, i, today, &r, &used, &end_only)) continue;
    Role role;
    role.project = s.kind == SectionKind::kProjects;
    const size_t last = BuildRole(lines, i, used, end_only, floor, r, doc, &role);
    if (!roles.empty()) roles.back().end = role.begin;
    roles.push_back(std::move(role));
    floor = last + 1;
    i = last;
  }
  if (!roles.empty()) roles.back().end = s.end;
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
    if (!HoldsRoles(s.kind, has_experience_heading)) continue;
    for (Role& r : RolesIn(doc, s, today)) roles.push_back(std::move(r));
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
