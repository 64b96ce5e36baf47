#include "report/report_common.h"
#include "util/ascii.h"
#include "skillfit/report.h"

#include <cmath>
#include <cstdio>
#include <string_view>
#include <vector>

namespace skillfit {

std::string LineExcerpt(const Document& doc, size_t line, size_t max) {
  std::string_view v = doc.Line(line);
  while (!v.empty() && (v.front() == ' ')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ')) v.remove_suffix(1);
  if (v.size() <= max) return std::string(v);
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(v[cut]) & 0xC0) == 0x80) --cut;
  return std::string(v.substr(0, cut)) + "\xE2\x80\xA6";
}

double Round1(double v) { return std::round(v * 10.0) / 10.0; }

std::string Fixed(double v, int digits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

std::string FileName(const Document& doc) {
  const size_t slash = doc.path.find_last_of('/');
  return slash == std::string::npos ? doc.path : doc.path.substr(slash + 1);
}

namespace {

std::string TrimmedTitle(std::string t) {
  while (!t.empty() && (t.front() == ' ' || t.front() == '*' || t.front() == '_')) t.erase(0, 1);
  return t;
}

// A title without a note in parentheses that the line's end cut open: "Senior Full Stack
// Engineer (5+ Years of" (its "Experience)" on the next line) -> "Senior Full Stack Engineer".
// A closed note stays as written: "Data Engineer (Remote, EU)".
std::string WithoutOpenNote(std::string t) {
  const size_t open = t.rfind('(');
  if (open == std::string::npos || open == 0 || t.find(')', open) != std::string::npos) return t;
  t.erase(open);
  while (!t.empty() && (t.back() == ' ' || t.back() == '-' || t.back() == ',')) t.pop_back();
  return t;
}

bool Capitalised(std::string_view w) {
  return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= '0' && w[0] <= '9'));
}

// Words that may follow a title named in a sentence: "a Senior Backend Engineer to join".
bool EndsTitleRun(std::string_view w) {
  for (const char* e : {"to", "who", "with", "that", "in", "at", "on", "for", "and", "based",
                        "within", "from", "whose", "which", "ready", "able", "eager", "like"}) {
    if (w == e) return true;
  }
  return false;
}

// The title at the start of `rest`: a run of capitalised words ("of", "and", "&" between two
// of them) ended by punctuation, the text's end or a word of EndsTitleRun; "" when the run
// goes on into other words ("a Python developer" names a skill, not a title).
std::string TitleRun(std::string_view rest) {
  std::vector<std::string_view> run;
  bool ended = false;
  while (!rest.empty()) {
    const size_t space = rest.find(' ');
    std::string_view w = rest.substr(0, space);
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    const bool stop = !w.empty() && std::string_view(",.;:!").find(w.back()) != std::string_view::npos;
    if (stop) w.remove_suffix(1);
    const bool joiner = (w == "of" || w == "and" || w == "&") && !run.empty();
    if (!Capitalised(w) && !joiner) {
      ended = !run.empty() && EndsTitleRun(w);
      break;
    }
    run.push_back(w);
    if (stop || rest.empty()) {
      ended = true;
      break;
    }
  }
  while (!run.empty() && !Capitalised(run.back())) run.pop_back();
  if (!ended || run.empty() || run.size() > 8) return "";
  std::string title;
  for (std::string_view w : run) title += (title.empty() ? "" : " ") + std::string(w);
  return title;
}

// The `title:` of YAML front matter whose opening "---" is on line `*line`; moves `*line` to
// its closing "---". "" when it has none.
std::string FrontMatterTitle(const Document& jd, size_t* line) {
  for (size_t k = *line + 1; k <= jd.line_starts.size(); ++k) {
    const std::string f = LineExcerpt(jd, k, 1000);
    if (f == "---") {
      *line = k;
      return "";
    }
    if (AsciiLowerCopy(f.substr(0, 6)) != "title:") continue;
    std::string v = TrimmedTitle(f.substr(6));
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) {
      v = v.substr(1, v.size() - 2);
    }
    if (!v.empty()) return v;
  }
  return "";
}

// Whether `line` reads as prose, not as a title: eight words or more, most of them in
// lowercase ("Join our team as we build the future of payments").
bool Prose(std::string_view line) {
  size_t words = 0, lower = 0;
  bool in = false;
  for (char c : line) {
    const bool space = c == ' ';
    if (!space && !in) {
      ++words;
      lower += c >= 'a' && c <= 'z';
    }
    in = !space;
  }
  return words >= 8 && 2 * lower > words;
}

// Whether lowercase word `w` may stand between an article and the title it introduces: a
// quantity ("a number of"), or a word praising the candidate ("a self-driven", "a highly
// motivated").
bool LeadsTitle(std::string_view w) {
  if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z')) return false;
  if (w.find('-') != std::string_view::npos) return true;  // "self-driven", "detail-oriented"
  for (const char* lead : {"number", "of", "highly", "motivated", "experienced", "talented",
                           "skilled", "dedicated", "driven", "passionate", "enthusiastic", "new",
                           "creative", "curious", "ambitious"}) {
    if (w == lead) return true;
  }
  return false;
}

// `title` with its last word singular when a plural names the post ("Mechanical Engineers",
// "Data Scientists", "Technicians"): a posting for several people names one post.
std::string SingularPost(std::string title) {
  const size_t space = title.rfind(' ');
  const std::string last = AsciiLowerCopy(title.substr(space == std::string::npos ? 0 : space + 1));
  for (const char* plural : {"ers", "ists", "ants", "ents", "ians", "ors", "ysts"}) {
    const std::string p = plural;
    if (last.size() > p.size() + 2 && last.compare(last.size() - p.size(), p.size(), p) == 0) {
      title.pop_back();
      break;
    }
  }
  return title;
}

// The title a posting's lead sentence names: "We are looking for a Senior Backend Engineer to
// join", "We're hiring an Engineering Manager, Payments", "As a Data Analyst, you will", "Are
// you a self-driven Embedded Software Engineer with", "looking for a number of Mechanical
// Engineers for".
std::string TitleInSentence(const std::string& line) {
  const std::string lower = AsciiLowerCopy(line);
  for (const char* cue : {"looking for a ", "looking for an ", "hiring a ", "hiring an ",
                          "seeking a ", "seeking an ", "as a ", "as an ", "need a ", "need an ",
                          "are you a ", "are you an "}) {
    const size_t at = lower.find(cue);
    if (at == std::string::npos || (at > 0 && lower[at - 1] != ' ')) continue;
    std::string_view rest = std::string_view(line).substr(at + std::string_view(cue).size());
    for (int skipped = 0; skipped < 4; ++skipped) {
      const std::string_view w = rest.substr(0, rest.find(' '));
      if (w.size() == rest.size() || !LeadsTitle(w)) break;
      rest.remove_prefix(w.size() + 1);
    }
    std::string title = TitleRun(rest);
    if (!title.empty()) return SingularPost(title);
  }
  return "";
}

}  // namespace

std::string JdTitle(const Document& jd) {
  for (size_t line = 1; line <= jd.line_starts.size(); ++line) {
    std::string t = LineExcerpt(jd, line, 1000);
    // Markdown's heading marks and emphasis ("## **Data Engineer II**"), then a label before
    // the title ("Job Title: Data Engineer").
    auto mark = [](char c) { return c == '#' || c == ' ' || c == '*' || c == '_'; };
    while (!t.empty() && mark(t.front())) t.erase(0, 1);
    while (!t.empty() && mark(t.back())) t.pop_back();
    for (const char* label : {"job description:", "job title:", "position:", "role:", "title:"}) {
      const std::string l = label;
      if (AsciiLowerCopy(t.substr(0, l.size())) == l) t = TrimmedTitle(t.substr(l.size()));
    }
    if (t.empty()) continue;
    if (t == "---") {  // YAML front matter the loader did not take (a blank line above it)
      const std::string v = FrontMatterTitle(jd, &line);
      if (!v.empty()) return v;
      continue;
    }
    // A posting that opens with prose may name its title in its first sentence, which may
    // wrap before its full stop.
    const std::string named = TitleInSentence(t.substr(0, t.find(". ")));
    if (!named.empty()) return named;
    // A sentence is no title, and neither is a question or an exclamation that names no
    // post ("Are you a true sports enthusiast?", "Join us!").
    const bool sentence = t.back() == '.' || t.back() == '?' || t.back() == '!' ||
                          t.find(". ") != std::string::npos;
    return t.size() <= 100 && !sentence && !Prose(t) ? WithoutOpenNote(t) : "";
  }
  return "";
}

std::string CoverageText(double coverage, int count, bool brief) {
  if (count == 0) return brief ? "none" : "none asked";
  return Fixed(coverage) + "%";
}

std::string AsOfText(const MatchResult& m, const Document& resume) {
  if (m.resume_as_of < 0) return "";
  const char* source = resume.format == SourceFormat::kJsonResume ? "its meta.lastModified"
                       : resume.format == SourceFormat::kDocx     ? "the DOCX says"
                                                                  : "the PDF says";
  return "Read as of " + MonthString(m.resume_as_of) + ", the month " + source +
         " it was written: a \"Present\" on it ends there, and recency counts from it.";
}

std::string YearsShownText(const MatchResult& m) {
  return m.years_known ? Fixed(m.years_shown, 1) : "unknown (no dated roles)";
}

std::string TitleRowText(const MatchResult& m) {
  const TitleFit& t = m.title;
  const std::string scored =
      m.options.score_version == 1 ? "not scored"
      : m.parts.title.state == PartState::kKnown ? "part of the score: " + Fixed(m.parts.title.value, 2)
                                                 : "part of the score: unknown, 0.5";
  std::string out = "Title (" + scored + "): the JD's " +
                    (t.jd_title.empty() ? std::string("title is unknown")
                                         : "title " + t.jd_title + " (" + t.jd_seniority + ")");
  if (t.titles.empty()) return out + "; the resume names no title";
  if (t.from_headline) {
    out += "; no role names a title, the resume's headline states " + t.titles[0] + " (" +
           t.latest_seniority + "), seniority " + t.seniority_fit;
    return out + (t.held >= 0 ? "; the JD's title stated" : "; the JD's title not stated");
  }
  const std::string by_years = t.seniority_by_years ? ", by its years in the field" : "";
  out += "; latest role " + t.titles[0] + " (" + t.latest_seniority +
         (t.level_title == 0 ? by_years : "") + ")";
  if (t.level_in_field) {
    out += ", highest post in the JD's field " + t.titles[t.level_title] + " (" +
           t.level_seniority + by_years + ")";
  } else if (t.level_title > 0) {
    out += ", highest post in the last two years " + t.titles[t.level_title] + " (" +
           t.level_seniority + by_years + ")";
  }
  out += ", seniority " + t.seniority_fit;
  out += t.held >= 0        ? "; the JD's title held as " + t.titles[t.held]
         : t.same_field ? "; the JD's title not held, its field shared"
                        : "; the JD's title not held, another field";
  std::string held;
  for (size_t i = 0; i < t.titles.size() && i < 5; ++i) held += (i ? ", " : "") + t.titles[i];
  return out + "; titles, latest first: " + held;
}

std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace skillfit
