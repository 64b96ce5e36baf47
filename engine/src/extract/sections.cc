#include "skillfit/sections.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "extract/date_range.h"
#include "extract/inline_headings.h"
#include "extract/jd_cues.h"
#include "extract/section_words.h"
#include "util/ascii.h"
#include "kb/literal_set.h"

namespace skillfit {

const char* DocKindName(DocKind k) { return k == DocKind::kJd ? "jd" : "resume"; }

const char* SectionKindName(SectionKind k) {
  switch (k) {
    case SectionKind::kPreamble: return "preamble";
    case SectionKind::kOther: return "other";
    case SectionKind::kSummary: return "summary";
    case SectionKind::kSkills: return "skills";
    case SectionKind::kExperience: return "experience";
    case SectionKind::kProjects: return "projects";
    case SectionKind::kEducation: return "education";
    case SectionKind::kCertifications: return "certifications";
    case SectionKind::kRequired: return "required";
    case SectionKind::kPreferred: return "preferred";
    case SectionKind::kResponsibilities: return "responsibilities";
    case SectionKind::kAbout: return "about";
    case SectionKind::kBenefits: return "benefits";
    case SectionKind::kLegal: return "legal";
  }
  return "other";
}

namespace {

struct Rule {
  SectionKind kind;
  const char* const* keys;  // null-terminated; a key matches as a substring of the heading
};

// The length of a placeholder that stands for a name taken out of the text ("<LOCATION>",
// "<ORGANIZATION>", as anonymised postings carry them) at `i` of `h`, 0 when none starts
// there: '<', three or more capitals or '_', '>'. It names nothing a heading rule asks for.
size_t PlaceholderAt(std::string_view h, size_t i) {
  if (h[i] != '<') return 0;
  size_t e = i + 1;
  while (e < h.size() && ((h[e] >= 'A' && h[e] <= 'Z') || h[e] == '_')) ++e;
  return e < h.size() && h[e] == '>' && e - i - 1 >= 3 ? e + 1 - i : 0;
}

// The heading in the form rules are written for: lowercase ASCII letters, digits, spaces and
// apostrophes; curly quotes as "'"; "&" as "and"; markup, placeholders ("<LOCATION>") and
// other punctuation as spaces.
std::string Canonical(std::string_view h) {
  // One pass: each byte that is not a letter, a digit or an apostrophe becomes a space, and
  // a space is added only after a non-space, so runs collapse as they are written.
  std::string out;
  out.reserve(h.size() + 8);
  out += ' ';  // padded so keys can ask for whole words: " pay "
  auto space = [&out] {
    if (out.back() != ' ') out += ' ';
  };
  for (size_t i = 0; i < h.size(); ++i) {
    const char c = h[i];
    if (const size_t n = PlaceholderAt(h, i); n > 0) {
      space();
      i += n - 1;
    } else if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < h.size() &&
        static_cast<unsigned char>(h[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(h[i + 2]) == 0x98 ||
         static_cast<unsigned char>(h[i + 2]) == 0x99)) {  // ‘ ’
      out += '\'';
      i += 2;
    } else if (IsAsciiAlnum(c)) {
      out += AsciiLower(c);
    } else if (c == '\'') {
      out += '\'';
    } else if (c == '&') {
      space();
      out += "and ";
    } else {
      space();
    }
  }
  space();
  if (out.size() == 1) out += ' ';  // nothing but spaces: "  ", as two pads
  return out;
}

// JD rules, tried in order: the first whose key occurs in the heading wins.
const char* const kJdLegal[] = {
    "equal opportunit", "employment opportunit", " eeo", "accommodation", "diversity", "how to apply", "apply now",
    "to apply", "application process", "who may apply", "eligib", "clearance", "disclaimer",
    "privacy", "e verify", "evaluation", "employment requirement", "required documents",
    "next steps", "after the closing", "how it will work", "veteran", "conditions of employment",
    "basic information", " location", "travel", "series and grade", "announcement",
    "appointment type", "work schedule", "supervisory", "promotion potential", "vacancies",
    "opening and closing", "quick links", "background check", "legal", "citizenship",
    "position type", " agency ", "telework", "relocation", "hiring path", "how we hire",
    "interview process", "hiring process", "job type", "date posted", "experience level",
    "employment type", "terms of employment", "place of employment", nullptr};
const char* const kJdBenefits[] = {"benefit", "perks", "what we offer", "compensation",
                                   "salary", " pay ", "why join", "why work", "we offer",
                                   "grade level", "total rewards", "we provide", "offers you",
                                   "we give you", nullptr};
const char* const kJdPreferred[] = {
    "preferred", "nice to have", "nice to haves", "bonus", " plus", "pluses", "desired",
    "desirable", "strong candidates", "ideal", "extra credit", "good to have", "great if",
    "even better", "additional qualifications", "would be nice", "stand out", "optional",
    "not required", "helpful", "extra points", " apply if", "additional skills",
    "fantastic if", "awesome if", "amazing if", "wonderful if", "perfect if", "impressed if",
    "impress us",
    // What adds to a candidate's odds, not what admits them: "Any of these will increase your
    // chances:".
    "your chances", nullptr};
const char* const kJdRequired[] = {
    "requirement", "qualification", "what you'll need", "what you need", "what you will need",
    "looking for", "you have", "you bring", "you will bring", "you'll bring", "who you are", "must have", "required", "skills",
    "experience", "about you", "you should have", "specialized", "knowledge", "competenc",
    "your background", " you are ", "what it takes", "you'll have", "you will have",
    "we need", "expectations", "prerequisite", "great in this role", "great fit",
    // The candidate described: "Your profile", "Candidate profile" (not "Company profile").
    "your profile", "candidate profile", "ideal profile", "desired profile", "required profile",
    // The verb of demand: "The role requires", "What this position requires" (before "the role"
    // names the duties).
    "requires", "will require", nullptr};
const char* const kJdResponsibilities[] = {
    "responsibilit", "what you'll do", "what you will do", "duties", "the role", "your role",
    "day to day", " you will ", " you'll ", "in this role", "objectives", "you'll be doing",
    "you will be doing", "the job", "role summary", "primarily responsible",
    "the work", "your impact", "work on", "the position", "position description", "what you do", "objective",
    "the opportunity", "your mission", "tasks", "accountabilities", nullptr};
const char* const kJdAbout[] = {"about", "industry", "company size", "company type", "who we are", "what we do", "our team", "the team", "company",
                                "mission", "overview", "our story", "culture", "job summary",
                                "who we're", "our values", "the organization", "background",
                                // Other teams and openings, listed beside the job.
                                "teams hiring", "open positions", "open roles", "other openings",
                                "current openings", "other positions", "other roles",
                                nullptr};

const Rule kJdRules[] = {
    {SectionKind::kPreferred, kJdPreferred},
    {SectionKind::kLegal, kJdLegal},
    {SectionKind::kBenefits, kJdBenefits},
    {SectionKind::kRequired, kJdRequired},
    {SectionKind::kResponsibilities, kJdResponsibilities},
    {SectionKind::kAbout, kJdAbout},
};

const char* const kCvSummary[] = {"summary", "profile", "objective", "about me", "overview",
                                  "introduction", "personal statement", "highlights", nullptr};
const char* const kCvCerts[] = {"certif", "licens", "credential", "training", "courses",
                                nullptr};
const char* const kCvSkills[] = {"skill", "technolog", " tools", "competenc", "expertise",
                                 "tech stack", "proficienc", "toolbox", "strengths",
                                 "areas of knowledge", nullptr};
const char* const kCvExperience[] = {"experience", "employment", "work history", "teaching",
                                     "career history", "professional background",
                                     "positions held", " career ", "internship", " work ",
                                     nullptr};
const char* const kCvProjects[] = {"project", "open source", "portfolio", "hackathon", nullptr};
const char* const kCvEducation[] = {"education", "academic", "coursework", "university",
                                    "degree", "studies", nullptr};
const char* const kCvOther[] = {"award", "honor", "honour", "publication", "interest",
                                "hobbies", "volunteer", "reference", "links", "profiles",
                                "activities", "achievement", "patents", "talks", "contact",
                                "languages", "leadership", nullptr};

const Rule kCvRules[] = {
    {SectionKind::kCertifications, kCvCerts},
    {SectionKind::kProjects, kCvProjects},
    {SectionKind::kSummary, kCvSummary},
    {SectionKind::kEducation, kCvEducation},
    {SectionKind::kExperience, kCvExperience},
    {SectionKind::kSkills, kCvSkills},
    {SectionKind::kOther, kCvOther},
};

// Words in `s`, counted up to `most` (a line is asked whether it is short; a long bullet
// need not be counted to its end).
size_t WordCount(std::string_view s, size_t most = std::string_view::npos) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool w = !IsAsciiSpace(c);
    if (w && !in && ++n > most) break;
    in = w;
  }
  return n;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool StripWrap(std::string_view* s, std::string_view mark) {
  if (s->size() > 2 * mark.size() && s->substr(0, mark.size()) == mark &&
      s->substr(s->size() - mark.size()) == mark) {
    *s = s->substr(mark.size(), s->size() - 2 * mark.size());
    return true;
  }
  return false;
}

bool AllCaps(std::string_view s) {
  size_t letters = 0;
  for (char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::islower(u)) return false;
    if (std::isupper(u)) ++letters;
  }
  return letters >= 3;
}

// "education", "work history": a line of lowercase words only, as minimalist templates set
// their headings.
bool AllLowerWords(std::string_view s) {
  for (char c : s) {
    if (!std::islower(static_cast<unsigned char>(c)) && c != ' ') return false;
  }
  return !s.empty();
}

bool IsBullet(std::string_view s) {
  return s.substr(0, 3) == "\xE2\x80\xA2" || s.substr(0, 2) == "- " || s.substr(0, 2) == "* " ||
         s.substr(0, 2) == "+ ";
}

// Whether a noun of demand followed by its link ("experience with") starts at `at` of
// `canonical`, `at` being the space before the noun.
bool DemandAt(const std::string& canonical, size_t at) {
  static const char* const kNouns[] = {" experience ", " knowledge ", " skills ", " expertise ",
                                       " proficiency ", " understanding ", " familiarity ",
                                       " background ", nullptr};
  static const char* const kLinks[] = {"with ", "in ", "of ", "using ", "on ", nullptr};
  for (const char* const* n = kNouns; *n; ++n) {
    const std::string noun = *n;
    if (canonical.compare(at, noun.size(), noun) != 0) continue;
    for (const char* const* l = kLinks; *l; ++l) {
      const std::string link = *l;
      if (canonical.compare(at + noun.size(), link.size(), link) == 0) return true;
    }
  }
  return false;
}

// " experience with java ": a noun of demand followed by what is demanded. Words may qualify
// the noun (two at most) when the line stops on the link, as a lead-in to the items below
// it: "Working experience with" / "Android Studio", "Hands-on knowledge of" / "Kafka".
bool AsksForSomething(const std::string& canonical) {
  if (DemandAt(canonical, 0)) return true;
  // The spaces before the last two words: the noun and its link.
  const size_t link = canonical.rfind(' ', canonical.size() - 2);
  const size_t noun = link == 0 ? std::string::npos : canonical.rfind(' ', link - 1);
  if (noun == std::string::npos || noun == 0 || !DemandAt(canonical, noun)) return false;
  return WordCount(canonical.substr(0, noun)) <= 2;
}

struct HeadingLine {
  bool is_heading = false;
  std::string text;         // heading text without markup
  SectionKind kind = SectionKind::kOther;
  size_t body_offset = 0;   // for an inline heading, where the body starts within the line
  bool inline_body = false;
};

// A heading whose section's body starts on the heading's own line, `body_offset` bytes in.
HeadingLine InlineHeading(std::string_view text, SectionKind kind, size_t body_offset) {
  HeadingLine h;
  h.is_heading = true;
  h.text = std::string(text);
  h.kind = kind;
  h.inline_body = true;
  h.body_offset = body_offset;
  return h;
}

// Strips the marks of a Markdown heading from a trimmed, non-empty `line`; false when it has
// none.
bool StripHeadingMarks(std::string_view* line) {
  std::string_view l = *line;
  if (l[0] != '#') return false;
  size_t n = 0;
  while (n < l.size() && l[n] == '#') ++n;
  // "## Role Summary"; also "##Role Summary", which the first Markdown accepted (two marks
  // at least, so that a "#hashtag" stays text).
  if (n <= 6 && n < l.size() &&
      (l[n] == ' ' || (n >= 2 && std::isalpha(static_cast<unsigned char>(l[n]))))) {
    l = Trim(l.substr(n));
    while (!l.empty() && l.back() == '#') l.remove_suffix(1);
    *line = Trim(l);
    return true;
  }
  return false;
}

// "**Requirements:** text" -> an inline heading, when the bold label ends in ':', names a kind
// and has six words at most. `line` is `raw` trimmed, without Markdown heading marks.
HeadingLine BoldLabelHeading(std::string_view raw, std::string_view line, DocKind kind) {
  if (line.size() <= 4 || line.substr(0, 2) != "**") return HeadingLine();
  const size_t close = line.find("**", 2);
  if (close == std::string_view::npos || close + 2 >= line.size()) return HeadingLine();
  std::string_view label = Trim(line.substr(2, close - 2));
  if (label.empty() || label.back() != ':') return HeadingLine();
  label.remove_suffix(1);
  const SectionKind k = ClassifyHeading(label, kind);
  if (k == SectionKind::kOther || WordCount(label) > 6) return HeadingLine();
  return InlineHeading(label, k, static_cast<size_t>(line.data() - raw.data()) + close + 2);
}

// Headings that name no kind but end the section before them ("Job description").
bool IsNeutralHeading(std::string_view line) {
  static const char* const kNeutral[] = {" job description ", " description ", " job details ",
                                         " position details ", " the job ", " details ", nullptr};
  const std::string c = Canonical(line);
  for (const char* const* n = kNeutral; *n; ++n) {
    if (c == *n) return true;
  }
  return false;
}

// Whether an unmarked line of `words` words (without the ':' that ended it, when `colon`),
// which names kind `k`, is a heading: a short line that names a kind before a colon, a short
// line in capitals, or a few capitalised words that name a kind.
bool IsPlainHeading(std::string_view line, DocKind kind, SectionKind k, size_t words, bool colon) {
  if (words > 8 || line.back() == '.' || line.back() == ',') return false;
  // "Experience with Java", "Knowledge of Docker": a line of a list that names what it asks
  // for is a requirement, not a heading.
  const bool kind_of_demand = kind == DocKind::kJd && AsksForSomething(Canonical(line));
  if (colon && k != SectionKind::kOther && words <= 5) return true;
  if (AllCaps(line) && words <= 6) return true;
  // "Awards", "Honors & Awards", "Publications": a resume's sections that are read as other.
  if (kind == DocKind::kResume && NamesSectionOnly(line)) return true;
  // In a resume, a bare lowercase name of a kind ("skills", "work experience") stands alone
  // as a heading; a sentence in lowercase has more words or punctuation. Not in a JD, where a
  // sentence wrapped before its last word ("Experience with Docker is a" / "plus") leaves
  // such a word alone on a line.
  if (kind == DocKind::kResume && k != SectionKind::kOther && words <= 2 && AllLowerWords(line)) {
    return true;
  }
  // Requirement headings in a JD run to five words ("Who we are looking for").
  const size_t most = kind == DocKind::kJd && k == SectionKind::kRequired ? 5u : 4u;
  return k != SectionKind::kOther && words <= most && !kind_of_demand &&
         (most == 4 || line.find(':') == std::string_view::npos) &&
         std::isupper(static_cast<unsigned char>(line[0])) &&
         line.find_first_of("0123456789|@") == std::string_view::npos;
}

// A lead-in that says the list below is a plus opens a preferred section: "You will get
// extra points for the following", "Nice to have:", "It would be great if you also".
bool LeadsIntoPreferredList(std::string_view line, bool colon) {
  const std::string c = Canonical(line);
  auto ends_with = [&](std::string_view tail) {
    return c.size() >= tail.size() && c.compare(c.size() - tail.size(), tail.size(), tail) == 0;
  };
  // "It would be fantastic if you could also" / "Speak English": a clause left open for the
  // items below.
  return colon || ends_with(" following ") || ends_with(" if you ") || ends_with(" if you also ") ||
         ends_with(" if you could ") || ends_with(" if you could also ");
}

// A lead-in that adds to what was asked and asks nothing itself opens a preferred list: "Earn
// street creds by also knowing these:", "Additionally, it helps to know:". A lead-in that adds
// a demand ("You should also have:", "You must also know:") or duties ("You will also:") does
// not.
bool AddsToWhatIsAsked(std::string_view line) {
  const std::string c = Canonical(line);
  const bool adds = c.find(" also ") != std::string::npos ||
                    c.find(" additionally ") != std::string::npos ||
                    c.find(" in addition ") != std::string::npos;
  if (!adds) return false;
  static constexpr std::string_view kDemands[] = {
      " must ", " should ", " need ", " needs ", " required ", " require ", " will ", " you'll ",
      " responsib", " shall ", " have to ", " has to "};
  for (std::string_view d : kDemands) {
    if (c.find(d) != std::string::npos) return false;
  }
  return true;
}

// Two-column PDF templates set the section name beside the first line of its section:
// "Experience Creative Solutions Inc. January 2019 to Present". A resume heading word
// followed by a capitalised word opens the section there ("Experience with Go" does not).
HeadingLine LeadWordHeading(std::string_view raw, std::string_view line, DocKind kind) {
  static constexpr std::string_view kLead[] = {
      "Summary",      "Profile",       "Experience",       "Work Experience", "Employment",
      "Education",    "Skills",        "Technical Skills", "Projects",        "Certifications",
      "Certificates", "SUMMARY",       "EXPERIENCE",       "EDUCATION",       "SKILLS",
      "PROJECTS",     "CERTIFICATIONS"};
  for (const std::string_view lead : kLead) {
    // Every line comes here: the first byte turns most leads away before a compare.
    if (line.size() > lead.size() + 2 && line[0] == lead[0] &&
        line.substr(0, lead.size()) == lead && line[lead.size()] == ' ' &&
        std::isupper(static_cast<unsigned char>(line[lead.size() + 1]))) {
      return InlineHeading(lead, ClassifyHeading(lead, kind),
                           static_cast<size_t>(line.data() - raw.data()) + lead.size() + 1);
    }
  }
  return HeadingLine();
}

// "Requirements: 5+ years of Go" opens the section on its own line: a capitalised label of
// four words at most that names a kind (in a resume, only a summary or skills). A key written
// in snake case ("nice_to_have: Terraform", as YAML front matter writes it) is a label too.
HeadingLine LabelHeading(std::string_view raw, std::string_view line, DocKind kind) {
  const size_t c = line.find(':');
  if (c == std::string_view::npos || c == 0 || c + 1 >= line.size()) return HeadingLine();
  std::string_view label = Trim(line.substr(0, c));
  const SectionKind lk = ClassifyHeading(label, kind);
  const bool strong_label =
      WordCount(label) <= 4 && lk != SectionKind::kOther &&
      (kind == DocKind::kJd || lk == SectionKind::kSummary || lk == SectionKind::kSkills);
  const bool key = label.find('_') != std::string_view::npos &&
                   label.find(' ') == std::string_view::npos;
  if (!strong_label || !(key || std::isupper(static_cast<unsigned char>(label[0])))) {
    return HeadingLine();
  }
  return InlineHeading(label, lk, static_cast<size_t>(line.data() - raw.data()) + c + 1);
}

// "About Acme Health is a research organisation ...", "About <ORGANIZATION> ...": a JD line
// that opens with "About" and a capitalised name starts the company's section there (postings
// flattened to a line per paragraph keep no heading line). "About You" names no company.
HeadingLine AboutLeadHeading(std::string_view raw, std::string_view line) {
  if (line.size() < 8 || line.substr(0, 6) != "About ") return HeadingLine();
  const unsigned char first = static_cast<unsigned char>(line[6]);
  if (!std::isupper(first) && first != '<') return HeadingLine();
  size_t e = 6;
  while (e < line.size() && line[e] != ' ') ++e;
  const std::string_view lead = line.substr(0, e);
  if (ClassifyHeading(lead, DocKind::kJd) != SectionKind::kAbout) return HeadingLine();
  return InlineHeading(lead, SectionKind::kAbout,
                       static_cast<size_t>(line.data() - raw.data()) + std::min(e + 1, line.size()));
}

// Whether a word shows a sentence rather than a heading: a person ("we", "you"), a verb of
// being or having, or, after the first word, a word that leads into more ("a", "as", "with",
// "for", "our", "of"): "We are looking for a <title>", "Then the role as <title>", "Deep
// experience with <tool>", "Solid knowledge of <tool>" are no headings; "Your
// responsibilities", "Nice to have" are.
bool SpeaksInSentence(std::string_view word, bool first) {
  static constexpr std::string_view kAnywhere[] = {"we", "We", "you",  "You", "I",  "are",
                                                   "is", "am", "will", "has", "be", "can"};
  static constexpr std::string_view kAfterFirst[] = {
      "a", "an", "as", "with", "for", "our", "your", "their", "in", "on", "at", "by", "of"};
  for (std::string_view w : kAnywhere) {
    if (word == w) return true;
  }
  if (first) return false;
  for (std::string_view w : kAfterFirst) {
    if (word == w) return true;
  }
  return false;
}

// Whether `rest` opens with a word that turns a sentence to the reader or speaks for the
// employer: "You", "Your", "We", "Our".
bool OpensAddress(std::string_view rest) {
  for (std::string_view w : {"You ", "Your ", "We ", "Our "}) {
    if (rest.substr(0, w.size()) == w) return true;
  }
  return false;
}

// Postings flattened to a line per paragraph keep a list's heading at the start of its first
// line: "Qualifications You hold a degree ...", "Preferred background and qualifications
// •Relevant academic education ...". A JD line whose first words (five at most, letters only,
// the first capitalised and the others lowercase, as a heading in sentence case is written)
// are followed by a bullet or a capitalised word, and name a list of asks or duties, opens that
// section after them; so do words in title case ("Nice to Have", "Your Tasks") followed by a
// bullet or by "You", "Your", "We" or "Our". So does a lead that opens with "About" and names the company ("About
// us Working with us you'll ...", "About the department You will join ..."), as
// AboutLeadHeading does for "About <Name>". A demand ("Experience with Python ...") and a
// sentence's opening (SpeaksInSentence) stay text.
HeadingLine GluedLeadHeading(std::string_view raw, std::string_view line) {
  if (line.empty() || !std::isupper(static_cast<unsigned char>(line[0]))) return HeadingLine();
  size_t b = 0;
  bool joined = false;      // the word before was "and" or "or"
  bool title_case = false;  // a word after the first is capitalised: "Nice to Have"
  for (int words = 1; words <= 5; ++words) {
    size_t e = b;
    while (e < line.size() && std::isalpha(static_cast<unsigned char>(line[e]))) ++e;
    if (e == b || e >= line.size()) return HeadingLine();
    const std::string_view word = line.substr(b, e - b);
    if (words > 1 && !joined && !std::islower(static_cast<unsigned char>(line[b]))) {
      title_case = true;
    }
    if (SpeaksInSentence(word, words == 1)) return HeadingLine();
    size_t next = e;
    while (next < line.size() && line[next] == ' ') ++next;
    if (next >= line.size()) return HeadingLine();
    const size_t bullet = BulletMarkLength(line.substr(next));
    if (bullet == 0 && next == e) return HeadingLine();  // "C++", "e-mail": not a word alone
    // "Responsibilities and Duties Design ...": a capitalised word after "and" goes on the
    // heading.
    joined = word == "and" || word == "or";
    const bool capital_next = !joined && std::isupper(static_cast<unsigned char>(line[next]));
    // A lead in title case ends only where a bullet or a sentence to the reader begins:
    // "Nice to Have • Kafka", "Your Tasks You are ..."; its own capitals go on the lead.
    if (bullet > 0 || (capital_next && (!title_case || OpensAddress(line.substr(next))))) {
      const std::string_view lead = line.substr(0, e);
      const SectionKind k = ClassifyHeading(lead, DocKind::kJd);
      const bool lists = k == SectionKind::kRequired || k == SectionKind::kPreferred ||
                         k == SectionKind::kResponsibilities;
      const bool about = k == SectionKind::kAbout && lead.substr(0, 6) == "About ";
      if (AsksForSomething(Canonical(lead))) return HeadingLine();
      if (lists || about) {
        next += bullet;
        while (next < line.size() && line[next] == ' ') ++next;
        return InlineHeading(lead, k, static_cast<size_t>(line.data() - raw.data()) + next);
      }
      // "Nice to" before "Have": a lead in title case may go on past a capital.
      if (bullet > 0 || !capital_next) return HeadingLine();
    }
    b = next;
  }
  return HeadingLine();
}

// "Your role in the team We are hiring for a Data Ops engineer .": a short lead (five words at
// most, the first capitalised, no punctuation) glued before the sentence that says whom the
// employer hires ("We are hiring", "We are looking for", "We seek") is the heading of the role
// itself: it ends the company's section above, so that the duties after it are read as the
// job's. The lead's own kind when it names one ("Requirements We are looking for ..."), else
// a neutral heading; a lead that names the company ("About us We are hiring") is none.
HeadingLine HiringLeadHeading(std::string_view raw, std::string_view line) {
  if (line.empty() || !std::isupper(static_cast<unsigned char>(line[0]))) return HeadingLine();
  static constexpr std::string_view kHiring[] = {"We are hiring", "We are looking for",
                                                 "We're looking for", "We seek", "We are seeking"};
  size_t b = 0;
  for (int words = 0; words < 5; ++words) {
    size_t e = b;
    while (e < line.size() && std::isalpha(static_cast<unsigned char>(line[e]))) ++e;
    if (e == b || e >= line.size() || line[e] != ' ') return HeadingLine();
    b = e + 1;
    for (std::string_view cue : kHiring) {
      const std::string_view rest = line.substr(b);
      if (rest.substr(0, cue.size()) != cue || rest.size() == cue.size() || rest[cue.size()] != ' ') {
        continue;
      }
      const std::string_view lead = line.substr(0, e);
      const SectionKind k = ClassifyHeading(lead, DocKind::kJd);
      if (k == SectionKind::kAbout) return HeadingLine();
      return InlineHeading(lead, k, static_cast<size_t>(line.data() - raw.data()) + b);
    }
  }
  return HeadingLine();
}

// "Terms of salary and employment Employment will be in accordance with ...": a lead of two to
// six words (letters; after the first, lowercase words or "and", "of") glued before a capitalised
// word, naming the employer's terms (pay, benefits, conditions of employment), and speaking of
// no one ("The position we offer ..."), opens that
// section there. Such leads speak with "of" ("Terms of employment"), which GluedLeadHeading
// takes for a sentence; a lead of asks or duties stays GluedLeadHeading's.
HeadingLine TermsLeadHeading(std::string_view raw, std::string_view line) {
  if (line.empty() || !IsAsciiUpper(line[0])) return HeadingLine();
  size_t b = 0;
  for (int words = 1; words <= 6; ++words) {
    size_t e = b;
    while (e < line.size() && IsAsciiLetter(line[e])) ++e;
    if (e == b || e >= line.size() || line[e] != ' ') return HeadingLine();
    if (words > 1 && !IsAsciiLowerLetter(line[b])) return HeadingLine();
    // A person or a verb of being is a sentence ("The position we offer The team ..."), as in
    // GluedLeadHeading; "of" and "and" are not, here.
    if (SpeaksInSentence(line.substr(b, e - b), true)) return HeadingLine();
    const size_t next = e + 1;
    if (words >= 2 && next < line.size() && IsAsciiUpper(line[next])) {
      const std::string_view lead = line.substr(0, e);
      const SectionKind k = ClassifyHeading(lead, DocKind::kJd);
      if (k != SectionKind::kBenefits && k != SectionKind::kLegal) return HeadingLine();
      return InlineHeading(lead, k, static_cast<size_t>(line.data() - raw.data()) + next);
    }
    b = next;
  }
  return HeadingLine();
}

// "Who we are looking for To be considered ...", "What you'll do Consultative engineering
// ...": a heading that speaks to the reader or for the employer, glued before a capitalised
// word in a flattened posting. GluedLeadHeading takes its "we" or "you" for a sentence, so
// these leads are named here; each opens the section its words classify as.
constexpr std::string_view kPersonLeads[] = {
    "Who we are looking for", "What we are looking for", "Who you are", "What you bring",
    "What you will bring",    "What you'll bring",       "What you will do", "What you'll do",
    "What we offer",          "What we can offer",       "Who we are"};

// The spellings of person lead `lead`: as written, and with a typographic apostrophe (U+2019,
// "What you’ll do") where it has "'"; the first is the one classified.
std::vector<std::string> LeadSpellings(std::string_view lead) {
  std::vector<std::string> out = {std::string(lead)};
  const size_t q = lead.find('\'');
  if (q != std::string_view::npos) {
    out.push_back(std::string(lead.substr(0, q)) + "\xE2\x80\x99" + std::string(lead.substr(q + 1)));
  }
  return out;
}

struct PersonLead {
  std::string lead;      // as kPersonLeads writes it
  std::string spelling;  // as a posting may write it (LeadSpellings)
  SectionKind kind;      // what the lead's words classify as
};

// Every spelling of kPersonLeads with its kind, built once: the leads are looked for on every
// line of a posting.
const std::vector<PersonLead>& PersonLeads() {
  static const std::vector<PersonLead> leads = [] {
    std::vector<PersonLead> out;
    for (std::string_view lead : kPersonLeads) {
      const SectionKind k = ClassifyHeading(lead, DocKind::kJd);
      for (std::string& s : LeadSpellings(lead)) out.push_back({std::string(lead), std::move(s), k});
    }
    return out;
  }();
  return leads;
}

HeadingLine PersonLeadHeading(std::string_view raw, std::string_view line) {
  for (const PersonLead& p : PersonLeads()) {
    const size_t n = p.spelling.size();
    if (line.size() < n + 2 || line.substr(0, n) != p.spelling || line[n] != ' ' ||
        !IsAsciiUpper(line[n + 1])) {
      continue;
    }
    if (p.kind == SectionKind::kOther) return HeadingLine();
    return InlineHeading(p.lead, p.kind, static_cast<size_t>(line.data() - raw.data()) + n + 1);
  }
  return HeadingLine();
}

// A heading that opens a line of text: a label ("Company description: ...", in a resume only
// this), or in a JD flattened to a line per paragraph an "About <name>" lead, a lead before
// whom the employer hires, one glued to its list, or one naming the employer's terms.
HeadingLine LeadHeading(std::string_view raw, std::string_view line, DocKind kind) {
  const HeadingLine label = LabelHeading(raw, line, kind);
  if (label.is_heading || kind != DocKind::kJd) return label;
  const HeadingLine about = AboutLeadHeading(raw, line);
  if (about.is_heading) return about;
  const HeadingLine hiring = HiringLeadHeading(raw, line);
  if (hiring.is_heading) return hiring;
  const HeadingLine person = PersonLeadHeading(raw, line);
  if (person.is_heading) return person;
  const HeadingLine glued = GluedLeadHeading(raw, line);
  return glued.is_heading ? glued : TermsLeadHeading(raw, line);
}

// A JD line too long to be a heading may still open with one (LeadHeading).
HeadingLine LongLineHeading(std::string_view raw, std::string_view line, DocKind kind) {
  return kind == DocKind::kJd ? LeadHeading(raw, line, kind) : HeadingLine();
}

// Whether a canonical heading names the duties themselves: " responsibilities ", " duties ",
// " tasks ".
bool NamesDuties(const std::string& canonical) {
  return canonical.find(" responsib") != std::string::npos ||
         canonical.find(" duties ") != std::string::npos ||
         canonical.find(" tasks ") != std::string::npos;
}

// Whether the line `raw` is a heading, and of what kind.
HeadingLine Detect(std::string_view raw, DocKind kind) {
  HeadingLine h;
  std::string_view line = Trim(raw);
  if (line.empty()) return h;
  if (line.size() > 120) return LongLineHeading(raw, line, kind);
  bool marked = StripHeadingMarks(&line);
  std::string_view inner = line;
  if (StripWrap(&inner, "**") || StripWrap(&inner, "__")) {
    line = Trim(inner);
    marked = true;
  } else {
    const HeadingLine bold = BoldLabelHeading(raw, line, kind);
    if (bold.is_heading) return bold;
  }
  bool colon = false;
  if (!line.empty() && line.back() == ':') {
    line.remove_suffix(1);
    line = Trim(line);
    colon = true;
  }
  if (line.empty() || IsBullet(line)) return h;
  // Counted up to 25: no rule below asks of more than 24 words.
  const size_t words = WordCount(line, 25);
  // Only a marked line or a short one can be a heading (in a resume, six words at most by
  // the rules below; a JD's lead-ins run to ten), so a longer plain line is not classified.
  const bool short_enough = kind == DocKind::kJd ? words <= 10 : words <= 6;
  const SectionKind k =
      marked || short_enough ? ClassifyHeading(line, kind) : SectionKind::kOther;
  if (kind == DocKind::kJd && k == SectionKind::kOther && words <= 3 && IsNeutralHeading(line)) {
    h.is_heading = true;
    h.text = std::string(line);
    h.kind = SectionKind::kOther;
    return h;
  }
  if (marked) {
    // A Markdown heading may be a sentence ("### Strong candidates will have experience with,
    // or a desire to learn, some of the following:"); a bold line must be short.
    if (words > (raw.find('#') != std::string_view::npos && Trim(raw)[0] == '#' ? 24u : 12u)) return h;
    h.is_heading = true;
  } else {
    h.is_heading = IsPlainHeading(line, kind, k, words, colon);
  }
  if (!h.is_heading && kind == DocKind::kJd && k == SectionKind::kPreferred && words <= 10 &&
      line.back() != '.' && LeadsIntoPreferredList(line, colon)) {
    h.is_heading = true;
  }
  if (!h.is_heading && kind == DocKind::kJd && colon && words <= 10 && AddsToWhatIsAsked(line)) {
    h.is_heading = true;
    h.text = std::string(line);
    h.kind = SectionKind::kPreferred;
    return h;
  }
  // "You'll be great in this role if you:", "This is what you will need to have:": a lead-in
  // of ten words at most that names what is asked of the candidate, speaks to them ("if you",
  // or "you" with a demand) and ends in a colon opens a required list. (A rated list, "You will be scored on each of
  // the following competencies:", stays in its section: IntroducesRequiredList reads it.)
  if (!h.is_heading && kind == DocKind::kJd && k == SectionKind::kRequired && words <= 10 &&
      colon &&
      (Canonical(line).find(" if you ") != std::string::npos ||
       (Canonical(line).find(" you ") != std::string::npos &&
        SentenceCue(line) == Cue::kRequired))) {
    h.is_heading = true;
  }
  // "You should:", "You must:": the demand itself, cut short before its list.
  if (!h.is_heading && kind == DocKind::kJd && colon && words <= 2) {
    const std::string c = Canonical(line);
    if (c == " you should " || c == " you must ") {
      h.is_heading = true;
      h.text = std::string(line);
      h.kind = SectionKind::kRequired;
      return h;
    }
  }
  // "Your responsibilities will include but not be limited to:": a lead-in of ten words at
  // most that names the duties themselves and ends in a colon opens the list of them ("To
  // grok the job you should feel comfortable with:" names none).
  if (!h.is_heading && kind == DocKind::kJd && k == SectionKind::kResponsibilities && words <= 10 &&
      colon && NamesDuties(Canonical(line))) {
    h.is_heading = true;
  }
  if (!h.is_heading && !colon && kind == DocKind::kResume) {
    const HeadingLine lead = LeadWordHeading(raw, line, kind);
    if (lead.is_heading) return lead;
  }
  if (!h.is_heading && !colon) {
    const HeadingLine lead = LeadHeading(raw, line, kind);
    if (lead.is_heading) return lead;
  }
  if (h.is_heading) {
    h.text = std::string(line);
    h.kind = k;
  }
  return h;
}

// Every key of a kind's rules in one LiteralSet, found in one pass over a heading.
struct RuleIndex {
  LiteralSet keys;
  std::vector<SectionKind> kind_of_key;
};

RuleIndex BuildRuleIndex(const Rule* rules, size_t n) {
  std::vector<std::string> keys;
  std::vector<SectionKind> kinds;
  for (size_t r = 0; r < n; ++r) {
    for (const char* const* key = rules[r].keys; *key; ++key) {
      keys.push_back(*key);
      kinds.push_back(rules[r].kind);
    }
  }
  return RuleIndex{LiteralSet(keys), std::move(kinds)};
}

const RuleIndex& RuleIndexFor(DocKind kind) {
  static const RuleIndex jd = BuildRuleIndex(kJdRules, std::size(kJdRules));
  static const RuleIndex cv = BuildRuleIndex(kCvRules, std::size(kCvRules));
  return kind == DocKind::kJd ? jd : cv;
}

// Whether a word of `body` from the `first`th of its word starts on speaks in a sentence.
bool TailSpeaks(std::string_view body, const std::vector<size_t>& starts, size_t first) {
  for (size_t w = first; w < starts.size(); ++w) {
    const size_t e = w + 1 < starts.size() ? starts[w + 1] : body.size();
    if (SpeaksInSentence(Trim(body.substr(starts[w], e - starts[w])), w == first)) return true;
  }
  return false;
}

// Postings flattened to one line per paragraph (SkillSpan) glue a heading to the end of the
// line before: "... ( HIPAA FISMA GDPR FedRAMP ) Desired Experience", "... location )
// Company description:". Finds such a tail of two or three words, the first capitalised after
// a word that is not, that names a JD section other than a requirement ("Experience" and
// "Skills" end too many sentences), and reads as a name, not a clause: "... with Core-Java/Spring
// are desirable" ends in a cue on what comes before it, "... working in a Dev/Sec Ops culture"
// is the object of its sentence (SpeaksInSentence). Returns its offset in the line, or npos.
size_t TrailingHeading(std::string_view line, SectionKind* kind) {
  std::string_view body = Trim(line);
  if (!body.empty() && body.back() == ':') body.remove_suffix(1);
  std::vector<size_t> starts;  // word starts in `body`
  for (size_t i = 0; i < body.size(); ++i) {
    if (body[i] != ' ' && (i == 0 || body[i - 1] == ' ')) starts.push_back(i);
  }
  for (size_t n = 2; n <= 3; ++n) {
    if (starts.size() < n + 3) break;
    const size_t at = starts[starts.size() - n];
    const size_t before = starts[starts.size() - n - 1];
    if (!std::isupper(static_cast<unsigned char>(body[at])) ||
        std::isupper(static_cast<unsigned char>(body[before]))) {
      continue;
    }
    const std::string_view tail = body.substr(at);
    if (tail.find_first_of(".,;()0123456789") != std::string_view::npos) continue;
    if (TailSpeaks(body, starts, starts.size() - n)) continue;
    // After an article or a preposition the tail is the sentence's own noun phrase: "You will
    // thrive working in a Dev/Sec Ops culture".
    if (SpeaksInSentence(Trim(body.substr(before, at - before)), false)) continue;
    const SectionKind k = ClassifyHeading(tail, DocKind::kJd);
    if (k == SectionKind::kOther || k == SectionKind::kRequired) continue;
    *kind = k;
    return static_cast<size_t>(body.data() - line.data()) + at;
  }
  return std::string_view::npos;
}

// Whether a section of kind `k` holds a list of asks or duties.
bool OpensList(SectionKind k) {
  return k == SectionKind::kRequired || k == SectionKind::kPreferred ||
         k == SectionKind::kResponsibilities;
}

// The person leads of asks or duties inside flattened line `line`: one of kPersonLeads after a
// word and before a capital or a digit ("... push it to the next level What you'll bring 4+
// years of ..."), or "Your" and a noun of a list before "You", "We" ... ("Your Profile You
// have ..."). As FindInlineHeadings gives labels: `end` one past the lead's last character.
// A label of kind `k` over [begin, end) of a line, as FindInlineHeadings gives one.
skillfit::InlineHeading ListLabel(size_t begin, size_t end, SectionKind k) {
  skillfit::InlineHeading h;
  h.begin = begin;
  h.end = end;
  h.kind = k;
  h.labelled = true;
  return h;
}

// Adds to `out` each place of `spelling` (a person lead of kind `k`) inside `line`, after a
// word and before a capital or a digit.
void AddLeadsInside(std::string_view line, std::string_view spelling, SectionKind k,
                    std::vector<skillfit::InlineHeading>* out) {
  for (size_t at = line.find(spelling, 1); at != std::string_view::npos;
       at = line.find(spelling, at + 1)) {
    const size_t end = at + spelling.size();
    if (line[at - 1] != ' ' || end + 1 >= line.size() || line[end] != ' ') continue;
    if (!IsAsciiUpper(line[end + 1]) && !std::isdigit(static_cast<unsigned char>(line[end + 1]))) {
      continue;
    }
    out->push_back(ListLabel(at, end + 1, k));
  }
}

std::vector<skillfit::InlineHeading> PersonLeadsIn(std::string_view line) {
  std::vector<skillfit::InlineHeading> out;
  for (const PersonLead& p : PersonLeads()) {
    if (OpensList(p.kind)) AddLeadsInside(line, p.spelling, p.kind, &out);
  }
  // "... within the team Your Profile You have deep experience ...": "Your" and a capitalised
  // noun naming a list, before a sentence to the reader.
  for (size_t at = line.find(" Your "); at != std::string_view::npos; at = line.find(" Your ", at + 1)) {
    size_t e = at + 6;
    if (e >= line.size() || !IsAsciiUpper(line[e])) continue;
    while (e < line.size() && IsAsciiLetter(line[e])) ++e;
    if (e >= line.size() || line[e] != ' ' || !OpensAddress(line.substr(e + 1))) continue;
    const SectionKind k = ClassifyHeading(line.substr(at + 1, e - at - 1), DocKind::kJd);
    if (!OpensList(k)) continue;
    out.push_back(ListLabel(at + 1, e + 1, k));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace

namespace {

// `c` (Canonical) with "about" after a word of feeling taken out: "Excited about domain-driven
// design", "Passionate about testing", "Curious about data" say what the candidate cares about,
// not who the company is. Words ending in "ed" count as such words, and a few adjectives;
// "More about us", "All about <ORGANIZATION>" and "Information about the company" keep it.
std::string WithoutTraitAbout(std::string c) {
  static constexpr std::string_view kFeeling[] = {"passionate", "curious", "serious", "enthusiastic",
                                                  "crazy", "keen", "nerdy", "mad", "care", "cares"};
  const size_t at = c.find(" about ");
  if (at == std::string::npos || at == 0) return c;
  const size_t word = c.rfind(' ', at - 1);
  const std::string_view before = std::string_view(c).substr(word + 1, at - word - 1);
  bool feeling = before.size() > 3 && before.substr(before.size() - 2) == "ed";
  for (std::string_view f : kFeeling) feeling = feeling || before == f;
  if (feeling) c.replace(at, 7, " ");
  return c;
}

}  // namespace

SectionKind ClassifyHeading(std::string_view heading, DocKind kind) {
  if (kind == DocKind::kJd) {
    // "Key objective #3: Practice customer service, a tailored experience": a short label
    // before a colon says what the heading is; the words after it are its example.
    const size_t colon = heading.find(':');
    if (colon != std::string_view::npos && colon > 0 && colon + 1 < heading.size() &&
        WordCount(heading.substr(0, colon)) <= 4) {
      const SectionKind k = ClassifyHeading(heading.substr(0, colon), kind);
      if (k != SectionKind::kOther) return k;
    }
  }
  const std::string c =
      kind == DocKind::kJd ? WithoutTraitAbout(Canonical(heading)) : Canonical(heading);
  if (c.size() <= 2) return SectionKind::kOther;
  // A long heading is a sentence: a word like "agency" or "team" in it says little, so only
  // the kinds that postings phrase as sentences count ("Strong candidates will have...").
  const bool long_heading = WordCount(heading) > 6;
  // Keys are numbered in rule order, so the first key found whose rule counts names the
  // first rule that matches.
  const RuleIndex& index = RuleIndexFor(kind);
  for (int key : index.keys.FindIn(c)) {
    const SectionKind k = index.kind_of_key[key];
    if (long_heading && (k == SectionKind::kLegal || k == SectionKind::kBenefits ||
                         k == SectionKind::kAbout || k == SectionKind::kOther)) {
      continue;
    }
    return k;
  }
  return SectionKind::kOther;
}

namespace {

// Whether a resume line that Detect took for an unclassified heading is a line of the section
// it sits in: "LANGUAGES" in capitals inside a skills section is a sub-heading; inside
// experience, projects or education, a line in capitals that joins parts with '|', a dash, a
// comma or " at ", or holds a digit, is an entry ("FACEBOOK | SOFTWARE ENGINEER", "MIT, BS
// COMPUTER SCIENCE 2012"), not a new section.
bool IsEntryLine(std::string_view line, const HeadingLine& h, SectionKind current) {
  if (h.kind != SectionKind::kOther || h.inline_body) return false;
  if (current == SectionKind::kSkills) return true;  // "LANGUAGES" there heads a sub-list
  // "Honors, Awards, & Fellowships": only words that name sections, whatever joins them.
  if (NamesSectionOnly(h.text)) return false;
  if (current != SectionKind::kExperience && current != SectionKind::kProjects &&
      current != SectionKind::kEducation) {
    return false;
  }
  static constexpr std::string_view kJoins[] = {"|", " - ", "\u2013", "\u2014", ",", " AT ", " at ", "@"};
  for (std::string_view j : kJoins) {
    if (line.find(j) != std::string_view::npos) return true;
  }
  return line.find_first_of("0123456789") != std::string_view::npos;
}

// Whether the line before the line that ends at `eol`, or one of the three after it, holds a
// date range: an unclassified line in capitals, or one that joins parts with a comma, inside
// experience or projects that a range sits beside is a role's employer or title ("GOOGLE" /
// "Software Engineer III" / "Dec 2024 - Present"), not a heading.
bool DatedSoonAfter(std::string_view text, size_t eol, SectionKind current) {
  if (current != SectionKind::kExperience && current != SectionKind::kProjects) return false;
  size_t pos = eol + 1;
  // The line before counts too: "Trainee Oct 2024 – Feb 2025" / "Procedure Technologies, Mumbai".
  const size_t bol = eol == 0 ? 0 : text.rfind('\n', eol - 1);
  if (bol != std::string_view::npos && bol > 0) {
    const size_t prev = text.rfind('\n', bol - 1);
    const size_t from = prev == std::string_view::npos ? 0 : prev + 1;
    DateRange r;
    if (FindDateRange(text.substr(from, bol - from), 2100 * 12, &r)) return true;
  }
  for (int i = 0; i < 3 && pos < text.size(); ++i) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    DateRange r;
    if (FindDateRange(text.substr(pos, end - pos), 2100 * 12, &r)) return true;
    pos = end + 1;
  }
  return false;
}

// Whether `line` holds nothing but dates: "2016-2019", "2020", "09/14-06/15".
bool DatesOnly(std::string_view line) {
  DateRange r;
  if (!FindDateRange(line, 2100 * 12, &r) && !FindLoneDate(line, &r)) return false;
  int letters = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if ((i < r.begin || i >= r.end) && std::isalpha(static_cast<unsigned char>(line[i]))) ++letters;
  }
  return letters < 3;
}

// Whether the line that starts at `bol` is one of the two name lines below a line of dates
// alone, a blank line allowed after the dates: "2023" / "" / "Art project København", "09/14-06/15"
// / "" / "Year abroad Carnforth" / "Theology studies". Roles find their names there.
bool UnderDatesOnly(std::string_view text, size_t bol) {
  std::vector<std::string_view> above;  // the lines above, nearest first
  for (size_t b = bol; above.size() < 5 && b > 0;) {
    const size_t eol = b - 1;  // the '\n' that ends the line above
    const size_t nl = eol == 0 ? std::string_view::npos : text.rfind('\n', eol - 1);
    const size_t from = nl == std::string_view::npos ? 0 : nl + 1;
    above.push_back(Trim(text.substr(from, eol - from)));
    b = from;
  }
  // The dates open their entry: a blank line or the start of the text above them, not the
  // name of an entry they close ("B.S. Physics" / "2016 - 2020" / "Experience").
  auto dates_at = [&above](size_t k) {
    return k < above.size() && !above[k].empty() && DatesOnly(above[k]) &&
           (k + 1 == above.size() || above[k + 1].empty());
  };
  for (size_t k = 0, names = 0; names < 2 && k < above.size(); ++names) {
    if (dates_at(k) || (above[k].empty() && dates_at(k + 1))) return true;
    if (above[k].empty()) return false;
    ++k;  // a name line: the dates may sit above it
  }
  return false;
}

// Whether a resume heading ends on the word or the key of words that names its kind: "Work
// Experience", "Technical Skills", "Work History" do; "User Experience Research" and "Project
// Management" name a kind only by a word inside a field's name.
bool EndsOnKindWord(std::string_view heading) {
  const std::string c = Canonical(heading);  // " work history "
  const size_t cut = c.find_last_not_of(' ');
  if (cut == std::string::npos) return false;
  const size_t from = c.rfind(' ', cut) + 1;
  const std::string last = c.substr(from, cut + 1 - from);
  if (ClassifyHeading(last, DocKind::kResume) != SectionKind::kOther || NamesSectionOnly(last)) {
    return true;
  }
  for (const Rule& rule : kCvRules) {
    for (const char* const* key = rule.keys; *key; ++key) {
      std::string_view k = Trim(*key);
      if (k.find(' ') != std::string_view::npos && c.size() > k.size() + 1 &&
          c.compare(c.size() - k.size() - 1, k.size(), k) == 0 && c.back() == ' ') {
        return true;
      }
    }
  }
  return false;
}

// Whether a line Detect took for a heading is plain: not in capitals, nor marked with "#" or
// "*". Only a plain one may be read back as a bullet's end or a list's item.
bool PlainHeadingLine(std::string_view line) {
  const std::string_view t = Trim(line);
  return !AllCaps(t) && t.front() != '#' && t.front() != '*';
}

// Whether a plain line Detect took for a heading is an item of the resume's skills list it
// sits in: a line in title case, not in capitals nor marked, right under another line of the
// list, whose kind is named only by a word inside it ("Wireframes & Prototyping" / "User
// Experience Research" / "Design Personas"). A heading that ends on its kind's word ("Work
// Experience") still opens its section.
bool IsSkillsItem(std::string_view line, const HeadingLine& h, SectionKind current,
                  std::string_view prev_line) {
  return current == SectionKind::kSkills && !h.inline_body && !Trim(prev_line).empty() &&
         PlainHeadingLine(line) && !EndsOnKindWord(h.text);
}

// Whether a plain JD line that Detect took for a required heading is an item of the list it
// sits in: a list's items open alike, so a line whose first word is the first word of the
// line right above it, inside a list of asks or duties, goes on with that list ("Experience
// with DHIS2 ..." / "Experience Federal and NGO clients" under "Desired Experience"). A line
// ending in ':' still heads ("Skills" / "Skills you need:").
bool IsSiblingItem(std::string_view line, const HeadingLine& h, SectionKind current,
                   std::string_view prev_line) {
  if (h.kind != SectionKind::kRequired || h.inline_body || !OpensList(current)) return false;
  const std::string_view t = Trim(line), above = Trim(prev_line);
  if (above.empty() || t.back() == ':' || !PlainHeadingLine(line)) return false;
  const size_t n = t.find(' ');
  if (n == std::string_view::npos || above.size() <= n || above[n] != ' ') return false;
  return AsciiLowerCopy(t.substr(0, n)) == AsciiLowerCopy(above.substr(0, n));
}

}  // namespace

// Whether `line` stops where its phrase cannot: on a mark that joins ("|", ",", "&", "/") or
// on a word that needs more after it ("for", "of", "and", "the", "with" ...).
bool EndsMidPhrase(std::string_view line) {
  line = Trim(line);
  if (line.empty()) return false;
  if (std::string_view("|,&/").find(line.back()) != std::string_view::npos) return true;
  const size_t sp = line.rfind(' ');
  const std::string_view last = sp == std::string_view::npos ? line : line.substr(sp + 1);
  static constexpr std::string_view kOpenWords[] = {
      "for", "of", "and", "or", "the", "a", "an", "to", "with", "in", "on", "at", "by",
      "as", "such", "from", "into", "via", "our", "their", "its"};
  return std::find(std::begin(kOpenWords), std::end(kOpenWords), last) != std::end(kOpenWords);
}

std::vector<Section> SplitSections(std::string_view text, DocKind kind) {
  std::vector<Section> out;
  Section current;
  current.kind = SectionKind::kPreamble;
  current.begin = 0;
  size_t pos = 0;
  char last_end = '\0';  // the last character of the last non-blank line
  std::string_view prev_line;  // the line just above, blank or not
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string_view line = text.substr(pos, eol - pos);
    HeadingLine h = Detect(line, kind);
    // A list wrapped after a comma goes on below it: "Ruby, Python, SQL," / "HTML/CSS" is one
    // list, not a section "HTML/CSS". A heading that names a kind still opens its section.
    if (h.is_heading && h.kind == SectionKind::kOther && last_end == ',') h.is_heading = false;
    // In a resume, a line right under one cut mid-phrase goes on with it: "... a platform for"
    // / "academic personnel" is a bullet's end, not an education section; "... Full-Stack
    // Development |" / "Project Management" a list's last item. Headings in capitals or marked
    // ones still open their sections.
    if (h.is_heading && kind == DocKind::kResume && !h.inline_body && EndsMidPhrase(prev_line) &&
        PlainHeadingLine(line)) {
      h.is_heading = false;
    }
    if (h.is_heading && kind == DocKind::kResume && IsSkillsItem(line, h, current.kind, prev_line)) {
      h.is_heading = false;
    }
    if (h.is_heading && kind == DocKind::kJd && IsSiblingItem(line, h, current.kind, prev_line)) {
      h.is_heading = false;
    }
    prev_line = line;
    // Inside a resume's education, "University of Texas" names education again: an entry of
    // the section, not a second one.
    if (h.is_heading && kind == DocKind::kResume && h.kind == current.kind &&
        h.kind != SectionKind::kOther && !h.inline_body) {
      h.is_heading = false;
    }
    if (!Trim(line).empty()) last_end = Trim(line).back();
    if (h.is_heading && kind == DocKind::kResume &&
        (IsEntryLine(line, h, current.kind) ||
         ((h.kind == SectionKind::kOther || line.find(", ") != std::string_view::npos) &&
          !NamesSectionOnly(h.text) && !h.inline_body &&
          DatedSoonAfter(text, eol, current.kind)))) {
      h.is_heading = false;
    }
    // An unmarked heading in lowercase letters below dates alone is a role's name.
    if (h.is_heading && kind == DocKind::kResume && !h.inline_body && !AllCaps(Trim(line)) &&
        Trim(line).front() != '#' && Trim(line).front() != '*' && !NamesSectionOnly(h.text) &&
        UnderDatesOnly(text, pos)) {
      h.is_heading = false;
    }
    SectionKind tail_kind = SectionKind::kOther;
    const size_t tail = !h.is_heading && kind == DocKind::kJd ? TrailingHeading(line, &tail_kind)
                                                               : std::string_view::npos;
    if (tail != std::string_view::npos) {
      current.end = pos + tail;
      out.push_back(current);
      current = Section();
      current.kind = tail_kind;
      current.heading = std::string(Trim(line.substr(tail)));
      if (!current.heading.empty() && current.heading.back() == ':') current.heading.pop_back();
      current.heading_begin = pos + tail;
      current.begin = std::min(eol + 1, text.size());
    }
    if (h.is_heading) {
      current.end = pos;
      if (current.end > current.begin || !current.heading.empty()) out.push_back(current);
      current = Section();
      current.kind = h.kind;
      current.heading = h.text;
      current.heading_begin = pos;
      current.begin = h.inline_body ? pos + h.body_offset : std::min(eol + 1, text.size());
    }
    if ((!h.is_heading || h.inline_body) && tail == std::string_view::npos &&
        kind == DocKind::kJd) {
      // "... Perform necessary analysis Requirements: 5 years of supply chain experience":
      // a label of demands or duties inside a flattened line opens its section there, for the
      // rest of the line and the lines below it (also after a heading that opens the line);
      // so does a lead that speaks to the reader ("... What you'll bring 4+ years ...").
      std::vector<skillfit::InlineHeading> labels = PersonLeadsIn(line);
      if (line.find(':') != std::string_view::npos) {
        for (const skillfit::InlineHeading& l : FindInlineHeadings(line)) labels.push_back(l);
        std::stable_sort(labels.begin(), labels.end(),
                         [](const auto& a, const auto& b) { return a.begin < b.begin; });
      }
      for (const skillfit::InlineHeading& label : labels) {
        if (!label.labelled || !OpensList(label.kind)) continue;
        if (h.is_heading && label.begin < h.body_offset) continue;  // the line's own heading
        current.end = pos + label.begin;
        out.push_back(current);
        current = Section();
        current.kind = label.kind;
        current.heading = std::string(line.substr(label.begin, label.end - 1 - label.begin));
        current.heading_begin = pos + label.begin;
        size_t body = label.end;
        while (body < line.size() && line[body] == ' ') ++body;
        current.begin = pos + body;
      }
    }
    pos = eol + 1;
  }
  current.end = text.size();
  if (current.end > current.begin || !current.heading.empty() || out.empty()) {
    out.push_back(current);
  }
  return out;
}

size_t SectionAt(const std::vector<Section>& sections, size_t offset) {
  // Sections are in text order: the last whose heading starts at or before `offset`, found
  // by halving (a scan from the end made a document of many headings quadratic).
  const auto after = std::partition_point(sections.begin(), sections.end(), [offset](const Section& s) {
    return s.heading_begin <= offset;
  });
  return after == sections.begin() ? 0 : static_cast<size_t>(after - sections.begin()) - 1;
}

}  // namespace skillfit
