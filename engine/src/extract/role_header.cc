#include "extract/role_header.h"

#include "extract/country_names.h"
#include "extract/title_case.h"
#include "util/ascii.h"
#include "util/gated_re2.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string_view>

namespace skillfit {
namespace {

// Words that name a post, lowercase: a header part holding one is the title. A word counts
// when a token of the part is one of these or ends with one ("co-founder", "videographer").
constexpr std::string_view kPostWords[] = {
    "engineer",   "developer", "programmer", "intern",     "trainee",   "apprentice",
    "manager",    "director",  "head",       "lead",       "leader",    "chief",
    "officer",    "ceo",       "cto",        "cfo",        "coo",       "cpo",
    "vp",         "president", "founder",    "owner",      "partner",   "consultant",
    "analyst",    "scientist", "researcher", "assistant",  "associate", "architect",
    "designer",   "administrator", "specialist", "technician", "coordinator", "executive",
    "representative", "advisor", "instructor", "teacher",  "tutor",     "lecturer",
    "professor",  "fellow",    "editor",     "writer",     "photographer", "grapher",
    "bartender",  "waiter",    "volunteer",  "mentor",     "member",    "economist",
    "accountant", "tuition",   "scholar",    "sre",        "devops",    "administrator",
    "tester",     "clerk",     "nurse",      "agent",      "operator",  "superintendent",
    "supervisor", "attendant", "cashier",    "associate",  "staff",     "principal",
    "grip"};

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

}  // namespace

bool NamesPost(std::string_view part) {
  const std::string low = AsciiLowerCopy(part);
  size_t i = 0;
  while (i < low.size()) {
    while (i < low.size() && !std::isalpha(static_cast<unsigned char>(low[i]))) ++i;
    size_t j = i;
    while (j < low.size() && (std::isalpha(static_cast<unsigned char>(low[j])) || low[j] == '-')) ++j;
    const std::string_view token(low.data() + i, j - i);
    for (std::string_view w : kPostWords) {
      if (token == w || (w.size() >= 5 && EndsWith(token, w))) return true;
    }
    i = j;
  }
  return false;
}

namespace {

std::string Clean(std::string_view s) {
  static constexpr std::string_view kEdge = " \t,;:|\xC2\xB7";
  while (!s.empty() && kEdge.find(s.front()) != std::string_view::npos) s.remove_prefix(1);
  while (!s.empty() && kEdge.find(s.back()) != std::string_view::npos) s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

bool IsPlace(std::string_view part) {
  static const RE2 kPlace(
      "(?i)(?:remote|hybrid|on-?site)|"
      "[A-Z][A-Za-z.'\\- ]{1,30}, (?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)");
  return RE2::FullMatch(re2::StringPiece(part.data(), part.size()), kPlace) && !NamesPost(part);
}

namespace {

// Cuts a place glued to the end of a part: "Software Development Engineer Portland, OR",
// "Senior Web Developer San Francisco, CA" (a city of two words when its first is one that
// opens place names: "Goldman Sachs Boston, MA" keeps "Sachs").
std::string WithoutTrailingPlace(std::string s) {
  static const GatedRE2 kTwoWordCity(
      "^(.*\\S)\\s+(?:San|Santa|New|Los|Las|Palo|Mountain|Salt|St\\.?|Saint|Fort|Ann|Long|"
      "Grand|Cedar|Des|Baton|Kansas|Jersey|Hong|Tel|Buenos|Rio|Sao|Kuala|Abu|Cape|El|Little) "
      "[A-Z][a-z]+, [A-Z]{2}$");
  static const RE2 kTail("^(.*\\S)\\s+[A-Z][a-z]+, [A-Z]{2}$");
  static const GatedRE2 kRemote("(?i)^(.*\\S)\\s+\\[?(?:remote|hybrid)\\]?$");
  std::string head;
  const RE2* two_word_city = kTwoWordCity.For(s);
  const RE2* remote = kRemote.For(s);
  if ((two_word_city && RE2::FullMatch(s, *two_word_city, &head)) ||
      RE2::FullMatch(s, kTail, &head) || (remote && RE2::FullMatch(s, *remote, &head))) {
    return head;
  }
  return s;
}

// Splits `s` at the marks that separate a title from a company and a place.
void SplitStrong(std::string_view s, std::vector<std::string>* parts) {
  static constexpr std::string_view kMarks[] = {" | ", "|", " \xE2\x80\x94 ", "\xE2\x80\x94",
                                                " \xE2\x80\x93 ", " - ", " @ ", " at ", "[", "]",
                                                " \xC2\xB7 ", " \xEF\xBD\x9C ", "  ", " \xE2\x80\xA2 ",
                                                "\xE2\x80\x8B"};
  size_t from = 0;
  for (size_t i = 0; i < s.size();) {
    size_t hit = 0;
    for (std::string_view m : kMarks) {
      if (s.substr(i, m.size()) == m) hit = m.size();
      if (hit) break;
    }
    if (!hit) {
      ++i;
      continue;
    }
    parts->push_back(Clean(s.substr(from, i - from)));
    i += hit;
    from = i;
  }
  parts->push_back(Clean(s.substr(from)));
}

std::vector<std::string> SplitComma(const std::string& s) {
  std::vector<std::string> out;
  size_t from = 0, at;
  while ((at = s.find(", ", from)) != std::string::npos) {
    out.push_back(Clean(s.substr(from, at - from)));
    from = at + 2;
  }
  out.push_back(Clean(s.substr(from)));
  return out;
}

// A parenthesis a date was cut from (a comma left at its edge) is a part of its own:
// "Teaching Fellow, X (Harvard Economics, )" -> "Teaching Fellow, X" and "Harvard Economics";
// "GNOME Foundation ( , Remote)" -> "GNOME Foundation" and "Remote". "(Full-Stack)" stays.
void SplitDatedParenthesis(std::string* part, std::vector<std::string>* parts) {
  const size_t open = part->find('(');
  if (open == std::string::npos) return;
  const size_t close = part->find(')', open);
  std::string_view inner = std::string_view(*part).substr(
      open + 1, (close == std::string::npos ? part->size() : close) - open - 1);
  while (!inner.empty() && inner.front() == ' ') inner.remove_prefix(1);
  while (!inner.empty() && inner.back() == ' ') inner.remove_suffix(1);
  if (close != std::string::npos && !inner.empty() && inner.front() != ',' && inner.back() != ',') {
    return;
  }
  parts->push_back(Clean(inner));
  *part = Clean(std::string_view(*part).substr(0, open));
}

// A country before a post ("China Research Assistant"): the country goes to `places` and
// `*part` keeps the post. A part whose rest names no post is left whole ("China Mobile").
void CutLeadingCountry(std::string* part, std::vector<std::string>* places) {
  const size_t n = LeadingCountry(*part);
  if (n == 0 || !NamesPost(std::string_view(*part).substr(n + 1))) return;
  places->push_back(part->substr(0, n));
  part->erase(0, n + 1);
}

// Whether `part` is a grade of a career ladder, which a dash may part from its post
// ("Software Development Engineer \u2013 I", "Analyst - II").
bool IsLadderGrade(std::string_view part) {
  return part == "I" || part == "II" || part == "III" || part == "IV";
}

// Splits `lines` at the strong marks, a ladder grade staying with the post before it.
std::vector<std::string> StrongParts(const std::vector<std::string>& lines) {
  std::vector<std::string> split, raw;
  for (const std::string& l : lines) SplitStrong(l, &split);
  for (std::string& p : split) {
    if (IsLadderGrade(p) && !raw.empty() && !raw.back().empty()) {
      raw.back() += " " + p;
    } else {
      raw.push_back(std::move(p));
    }
  }
  return raw;
}

// The parts that name something: no empty or one-letter bits; places go to `places`.
std::vector<std::string> NameParts(const std::vector<std::string>& lines,
                                   std::vector<std::string>* places) {
  std::vector<std::string> raw = StrongParts(lines), parts;
  std::vector<std::string> inner;
  for (std::string& p : raw) SplitDatedParenthesis(&p, &inner);
  raw.insert(raw.end(), inner.begin(), inner.end());
  for (std::string& p : raw) {
    p = Clean(WithoutTrailingPlace(p));
    if (p.size() < 2) continue;
    (IsPlace(p) ? places : &parts)->push_back(p);
  }
  // One part left, with commas in it: "Hardware Team Lead, Cornell AutoBoat Project Team";
  // "Tsinghua University, Beijing, China Research Assistant" (a country glued to the post).
  if (parts.size() == 1 && parts[0].find(", ") != std::string::npos) {
    std::vector<std::string> split = SplitComma(parts[0]);
    for (size_t i = 1; i < split.size(); ++i) CutLeadingCountry(&split[i], places);
    split.erase(std::remove_if(split.begin(), split.end(),
                               [](const std::string& p) { return p.size() < 2 || IsPlace(p); }),
                split.end());
    if (split.size() > 1) parts = split;
  }
  return parts;
}

// The title: the first part that names a post (else the first part); the company: the first
// other part that names none (else the second part).
RoleNames NamesFrom(const std::vector<std::string>& parts) {
  RoleNames n;
  size_t title = parts.size();
  for (size_t i = 0; i < parts.size() && title == parts.size(); ++i) {
    if (NamesPost(parts[i])) title = i;
  }
  if (title == parts.size()) {
    // No part names a post: the first is the title, as "Title, Company" puts it.
    if (!parts.empty()) n.title = parts[0];
    if (parts.size() > 1) n.company = parts[1];
    return n;
  }
  n.title = parts[title];
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i != title && !NamesPost(parts[i])) {
      n.company = parts[i];
      break;
    }
  }
  return n;
}

}  // namespace

std::vector<std::string> SplitHeaderParts(std::string_view line) {
  std::vector<std::string> parts;
  SplitStrong(line, &parts);
  return parts;
}

RoleNames ParseRoleHeader(const std::vector<std::string>& lines) {
  std::vector<std::string> places;
  RoleNames n = NamesFrom(NameParts(lines, &places));
  if (!places.empty()) n.place = places.front();
  n.title = TitleCased(std::move(n.title));
  return n;
}

}  // namespace skillfit
