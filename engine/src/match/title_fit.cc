// The title row: the resume's titles, latest first, against the JD's title and seniority.
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <initializer_list>
#include <set>
#include <string>
#include <tuple>

#include "skillfit/match.h"
#include "util/ascii.h"

namespace skillfit {
namespace {

// Seniority words and the level each names. A trainee's word comes first, whatever else the
// title says ("Product Manager Intern", "Junior Engineering Manager" are junior); then the
// strongest first ("Senior Engineering Manager" is a manager). Ranks order them: junior <
// mid < senior < lead, staff, manager < principal < director.
struct Level {
  const char* word;
  const char* name;
  int rank;
};
constexpr int kJuniorRank = 1;
constexpr int kSeniorRank = 3;
constexpr Level kLevels[] = {
    {"intern", "junior", 1},     {"trainee", "junior", 1},  {"junior", "junior", 1},
    {"jr", "junior", 1},         {"director", "director", 6}, {"vp", "director", 6},
    {"chief", "director", 6},    {"cto", "director", 6},    {"ceo", "director", 6},
    {"head", "director", 6},     {"principal", "principal", 5}, {"manager", "manager", 4},
    {"staff", "staff", 4},       {"lead", "lead", 4},       {"senior", "senior", 3},
    {"sr", "senior", 3},         {"graduate", "junior", 1}, {"entry", "junior", 1},
    {"associate", "junior", 1},
};

std::vector<std::string> WordsOf(const std::string& s) {
  std::vector<std::string> words;
  std::string w;
  for (char c : s + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!w.empty()) {
      words.push_back(w);
      w.clear();
    }
  }
  return words;
}

// The first grade of a ladder ("Software Engineer I", "SDE I") is its entry level. Later
// grades say less: "III" is a senior post at some employers and a mid-level one at others.
constexpr Level kFirstGrade = {"i", "junior", 1};

const Level* LevelOf(const std::string& title) {
  const std::vector<std::string> words = WordsOf(title);
  for (const Level& l : kLevels) {
    if (std::find(words.begin(), words.end(), l.word) != words.end()) return &l;
  }
  if (words.size() >= 2 && words.back() == kFirstGrade.word) return &kFirstGrade;
  return nullptr;
}

// Whether any of `words` is a word of `title`, case aside.
bool HasAnyWord(const std::string& title, std::initializer_list<const char*> words) {
  const std::vector<std::string> own = WordsOf(title);
  for (const char* w : words) {
    if (std::find(own.begin(), own.end(), w) != own.end()) return true;
  }
  return false;
}

bool IsTrainee(const std::string& title) { return HasAnyWord(title, {"intern", "trainee"}); }

std::string SeniorityOf(const std::string& title) {
  if (title.empty()) return "";
  const Level* l = LevelOf(title);
  return l ? l->name : "mid";
}

int RankOf(const std::string& title) {
  const Level* l = LevelOf(title);
  return l ? l->rank : 2;
}

// The title without its seniority words: "Senior Data Engineer" -> "data engineer".
std::string Core(const std::string& title) {
  std::string out;
  for (const std::string& w : WordsOf(title)) {
    bool level = false;
    for (const Level& l : kLevels) level |= w == l.word;
    if (!level) out += (out.empty() ? "" : " ") + w;
  }
  return out;
}

// Whether a role's title can name a post at all: it opens with a letter and holds no share
// ("60%", a school mark read where a title stands; ". Used by 14.4% of users", a line of
// work read as one). Unlike ReadsAsTitle, a figure may follow ("Software Engineer 2").
bool CanNamePost(const std::string& title) {
  return !title.empty() && std::isalpha(static_cast<unsigned char>(title[0])) &&
         title.find('%') == std::string::npos;
}

// Whether a title names volunteering ("Volunteer with the CFA Society", "Volunteer Tutor",
// "Volunteering"): unpaid help beside a career, not the post a person holds or the level
// they work at.
bool VolunteerPost(const std::string& title) {
  const std::string lower = AsciiLowerCopy(title);
  return HasWord(lower, "volunteer") || HasWord(lower, "volunteering");
}

// Roles with titles that can name a post, latest first: by end (current roles first), then
// by start; undated last. Projects, career breaks and volunteer posts are not posts held.
std::vector<const Role*> LatestFirst(const std::vector<Role>& roles) {
  std::vector<const Role*> out;
  for (const Role& r : roles) {
    if (!r.project && !r.career_break && CanNamePost(r.title) && !VolunteerPost(r.title)) {
      out.push_back(&r);
    }
  }
  // At one end month a role still held comes first (an old resume's roles all end at its
  // date: profile.h, as_of), then the one begun later.
  std::stable_sort(out.begin(), out.end(), [](const Role* a, const Role* b) {
    return std::make_tuple(a->finish, a->current, a->start) >
           std::make_tuple(b->finish, b->current, b->start);
  });
  return out;
}

// The title's words with the first letter of each capitalised: "data engineer" -> "Data
// Engineer".
std::string Capitalised(const std::string& words) {
  std::string out = words;
  for (size_t i = 0; i < out.size(); ++i) {
    if (i == 0 || out[i - 1] == ' ') out[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[i])));
  }
  return out;
}

// Whether every word of `part` is among `whole`'s (and `part` has a word): "data engineer"
// within "data engineer ii marketplace"; "a" (of "A/Associate") is no title at all.
bool WordsWithin(const std::vector<std::string>& part, const std::vector<std::string>& whole) {
  if (part.empty() || (part.size() == 1 && part[0].size() < 3)) return false;
  for (const std::string& w : part) {
    if (std::find(whole.begin(), whole.end(), w) == whole.end()) return false;
  }
  return true;
}

// A title's core words with the software posts' nouns made one: a "Full Stack Developer", a
// "Full Stack Engineer" and a "Full Stack Programmer" hold one post. Only where another word
// names the field: a bare "Developer" is no "Engineer".
std::vector<std::string> PostWords(const std::string& title) {
  std::vector<std::string> words = WordsOf(Core(title));
  if (words.size() < 2) return words;
  for (std::string& w : words) {
    if (w == "developer" || w == "programmer") w = "engineer";
  }
  return words;
}

// The index in `latest` (latest first) of the highest post held in the two years before the
// latest role's end: an executive director who also volunteers as an engineering manager
// since earlier is a director. The latest when no other ranks above it, or dates are unknown.
// Only the roles `counts` marks are weighed (all when it marks none), the first of them as
// the latest.
size_t HighestRecent(const std::vector<const Role*>& latest, const std::vector<char>& counts) {
  constexpr int kRecentMonths = 24;
  const bool any = std::find(counts.begin(), counts.end(), 1) != counts.end();
  auto weighed = [&](size_t i) { return !any || counts[i]; };
  size_t best = 0;
  while (best < latest.size() && !weighed(best)) ++best;
  if (best >= latest.size()) return 0;
  if (latest[best]->finish < 0) return best;
  const int end = latest[best]->finish;
  for (size_t i = best + 1; i < latest.size(); ++i) {
    const Role& r = *latest[i];
    if (weighed(i) && r.finish >= end - kRecentMonths && RankOf(r.title) > RankOf(latest[best]->title)) {
      best = i;
    }
  }
  return best;
}

// The level of latest[i]'s title against the JD's post `jd_post`. A title without a level word
// ("MERN Stack Developer", "Data Analyst") names none, and a recruiter reads it from the years
// in the line of work: the months of the dated, non-trainee roles whose titles share its
// field, overlaps counted once, read senior from five years on, when that field is the JD's
// (ten years of teaching make no senior data engineer). A title's own word is kept.
int RankHeld(const std::vector<const Role*>& latest, size_t i, const std::string& jd_post) {
  constexpr int kSeniorMonths = 60;
  const std::string& title = latest[i]->title;
  if (LevelOf(title) != nullptr || !SameField(title, jd_post)) return RankOf(title);
  std::set<int> months;
  for (const Role* r : latest) {
    if (r->start < 0 || r->finish < r->start || IsTrainee(r->title)) continue;
    if (r->title != title && !SameField(r->title, title)) continue;
    for (int m = r->start; m < r->finish; ++m) months.insert(m);
  }
  return static_cast<int>(months.size()) >= kSeniorMonths ? kSeniorRank : RankOf(title);
}

// The name of level `rank`: "senior" for 3.
const char* LevelName(int rank) {
  for (const Level& l : kLevels) {
    if (l.rank == rank) return l.name;
  }
  return "mid";
}

// Nouns that name a kind of post in any field: sharing one of them ("Backend Engineer" and
// "Data Engineer", "Data Analyst" and "Financial Analyst") says less about the line of work
// than sharing a field word ("data", "backend", "reliability").
bool IsPostNoun(const std::string& w) {
  static const char* const kPostNouns[] = {
      "engineer",  "engineering", "developer", "analyst",   "specialist",     "consultant",
      "officer",   "technician",  "assistant", "coordinator", "representative", "administrator",
      "architect", "programmer",  "scientist", "professional", "expert",       "advisor"};
  for (const char* p : kPostNouns) {
    if (w == p) return true;
  }
  return false;
}

// Field words that name one field in different words: a "Backend Engineer", a "Java
// Engineer" and a "Software Developer" work in one field, as do a "Data Engineer" and a
// "Machine Learning Engineer". Two post nouns name the software field by themselves: a
// "Developer - Data Services" and a "Software Engineering Intern" write software, as a
// "Programmer" does.
// The family of a word; 0 for a word of no family.
int FieldFamily(const std::string& w) {
  struct FieldWord {
    const char* word;
    int family;
  };
  static const FieldWord kFieldWords[] = {
      {"software", 1}, {"web", 1},        {"backend", 1},   {"frontend", 1},  {"fullstack", 1},
      {"stack", 1},    {"application", 1}, {"applications", 1},
      {"mobile", 1},   {"ios", 1},        {"android", 1},   {"java", 1},      {"python", 1},
      {"javascript", 1}, {"typescript", 1}, {"ruby", 1},    {"php", 1},       {"golang", 1},
      {"data", 2},     {"analytics", 2},  {"bi", 2},        {"machine", 2},   {"learning", 2},
      {"ml", 2},       {"ai", 2},         {"statistics", 2}, {"quantitative", 2},
      {"devops", 3},   {"reliability", 3}, {"sre", 3},      {"infrastructure", 3}, {"cloud", 3},
      {"platform", 3}, {"systems", 3},   {"developer", 1}, {"programmer", 1},
      {"sde", 1},      {"swe", 1},        {"sdet", 1},
  };
  for (const FieldWord& f : kFieldWords) {
    if (w == f.word) return f.family;
  }
  return 0;
}

// The words of a title's core, "front end" and "back end" read as one word each: "front" and
// "back" alone name no field ("Front Desk Associate" is no front-end post).
std::vector<std::string> FieldWordsOf(const std::string& title) {
  std::vector<std::string> words = WordsOf(Core(title));
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i + 1] == "end" && (words[i] == "front" || words[i] == "back")) {
      words[i] += "end";
      words.erase(words.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    }
  }
  return words;
}

}  // namespace

// Whether two titles share a field: a word that is no level word and no post noun of no
// family, or field words of one family ("Senior Data Engineer" and "Data Scientist": "data";
// "Backend Engineer" and "Software Developer": software; "Backend Engineer" and "Data
// Engineer": no).
bool SameField(const std::string& a, const std::string& b) {
  const std::vector<std::string> words = FieldWordsOf(a);
  for (const std::string& w : FieldWordsOf(b)) {
    const int family = FieldFamily(w);
    if (w.size() < 2 || (IsPostNoun(w) && family == 0)) continue;
    for (const std::string& v : words) {
      if ((w.size() > 2 && v == w) || (family > 0 && FieldFamily(v) == family)) return true;
    }
  }
  return false;
}

namespace {

// Whether a title's core is post nouns only ("Senior Engineer", "Analyst"): it names a post
// and no field.
bool NamesNoField(const std::vector<std::string>& core) {
  return !core.empty() && std::all_of(core.begin(), core.end(), IsPostNoun);
}

// What the resume's headline tells of the field of a title that names none, against the
// JD's post: its words other than post nouns and level words ("Power BI Developer | Data
// Analyst" -> "power bi data") share the JD's field, name another, or name none.
enum class HeadlineField { kShared, kOther, kUntold };
HeadlineField FieldByHeadline(const std::string& headline, const std::string& jd_post) {
  std::string fields;
  for (const std::string& w : WordsOf(Core(headline))) {
    if (!IsPostNoun(w)) fields += (fields.empty() ? "" : " ") + w;
  }
  if (fields.empty()) return HeadlineField::kUntold;
  return SameField(fields, jd_post) ? HeadlineField::kShared : HeadlineField::kOther;
}

}  // namespace

// Whether `inner`, a parenthesis of a title, says something of the job rather than the post:
// a figure ("3 Years of Experience", "2 positions"), the genders a European posting names
// ("m/f/d", "f/m/x"), or the terms of employment ("Remote", "Contract", "Maternity Cover").
bool JobTermsOnly(const std::string& inner) {
  if (std::any_of(inner.begin(), inner.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    return true;
  }
  static const char* const kTerms[] = {"m", "f", "d", "w", "x", "h", "all", "genders", "remote",
                                        "hybrid", "onsite", "contract", "temporary", "temp",
                                        "permanent", "freelance", "maternity", "parental", "cover",
                                        "part", "full", "time", "fixed", "term", "internship"};
  const std::vector<std::string> words = WordsOf(inner);
  return !words.empty() && std::all_of(words.begin(), words.end(), [](const std::string& w) {
    return std::find_if(std::begin(kTerms), std::end(kTerms),
                        [&](const char* t) { return w == t; }) != std::end(kTerms);
  });
}

// `title` without the parentheses that state the job's terms (JobTermsOnly).
std::string WithoutJobTerms(const std::string& title) {
  std::string out;
  size_t from = 0;
  for (size_t open = title.find('('); open != std::string::npos; open = title.find('(', from)) {
    const size_t close = title.find(')', open);
    if (close == std::string::npos) break;
    out += title.substr(from, open - from);
    if (JobTermsOnly(title.substr(open + 1, close - open - 1))) {
      while (!out.empty() && out.back() == ' ') out.pop_back();
    } else {
      out += title.substr(open, close + 1 - open);
    }
    from = close + 1;
  }
  out += title.substr(from);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string PostOf(const std::string& raw) {
  const std::string title = WithoutJobTerms(raw);
  size_t cut = title.find(',');
  for (const char* dash : {" - ", " \u2013 ", " \u2014 "}) cut = std::min(cut, title.find(dash));
  if (cut == std::string::npos) return title;
  const std::string head = title.substr(0, cut);
  const std::vector<std::string> words = WordsOf(head);
  return std::any_of(words.begin(), words.end(), IsPostNoun) ? head : title;
}

bool SameLineOfWork(const std::string& a, const std::string& b) {
  const std::vector<std::string> words = WordsOf(Core(a));
  for (const std::string& w : WordsOf(Core(b))) {
    if (w.size() > 2 && std::find(words.begin(), words.end(), w) != words.end()) return true;
  }
  return false;
}

// Whether a role's title reads as a post whose next level can be named: it starts with a letter
// and holds no figure ("60%", ". Used by 14.4% of ...", "Engineer 2" read from a line that is
// no title, or numbered in a way no level word continues).
bool ReadsAsTitle(const std::string& title) {
  if (title.empty() || !std::isalpha(static_cast<unsigned char>(title[0]))) return false;
  return std::none_of(title.begin(), title.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) || c == '%';
  });
}

// Whether a title's core names a field a director heads ("Engineering", "Marketing",
// "Product", "Sales") rather than one thing managed or a post ("Project", "Account",
// "Engineer"): "Director of Engineering", not "Director of Project".
bool NamesField(const std::string& core) {
  static const char* const kFields[] = {"product", "sales", "operations", "finance", "design",
                                        "data", "research", "security", "analytics", "it"};
  const std::vector<std::string> words = WordsOf(core);
  if (words.empty()) return false;
  const std::string& last = words.back();
  if (last.size() > 4 && last.compare(last.size() - 3, 3, "ing") == 0) return true;
  for (const char* f : kFields) {
    if (last == f) return true;
  }
  return false;
}

// Whether a title is a post held while studying or unpaid, with no ladder of its own above it:
// "Undergraduate Researcher", "PhD Student", "Volunteer Tutor", "Postdoctoral Fellow".
bool OffTheLadder(const std::string& title) {
  return HasAnyWord(title, {"undergraduate", "student", "volunteer", "apprentice", "postdoctoral",
                            "postdoc", "fellow", "scholar"});
}

std::string NextLevelTitle(const std::string& title) {
  const std::string core = Capitalised(Core(title));
  if (core.empty() || OffTheLadder(title) || !ReadsAsTitle(title)) return "";
  switch (RankOf(title)) {
    case 1: return core;
    case 2: return "Senior " + core;
    case 3: return "Staff " + core;
    case 4:
      if (LevelOf(title)->name != std::string("manager")) return "Principal " + core;
      return NamesField(core) ? "Director of " + core : "Senior " + core + " Manager";
    case 5: return NamesField(core) ? "Director of " + core : "";
  }
  return "";
}

TitleFit FitTitle(const std::string& jd_title, const std::vector<Role>& roles,
                  const std::string& headline) {
  TitleFit fit;
  fit.jd_title = jd_title;
  fit.jd_seniority = SeniorityOf(jd_title);
  const std::vector<const Role*> latest = LatestFirst(roles);
  for (const Role* r : latest) fit.titles.push_back(r->title);
  if (fit.titles.empty() && !headline.empty()) {
    fit.titles.push_back(headline);
    fit.from_headline = true;
  }
  const std::string jd_post = PostOf(jd_title);
  const std::vector<std::string> jd_core = PostWords(jd_post);
  // The posts in the JD's field (the JD's title, or a title of its field): a career changer's
  // seniority is read from them when they rank above a post of another field held since.
  std::vector<char> in_field(fit.titles.size(), 0);
  for (size_t i = 0; i < fit.titles.size(); ++i) {
    const std::string title = PostOf(fit.titles[i]);
    const std::vector<std::string> core = PostWords(title);
    // A trainee's title (an intern's, a trainee's) is not the post held, for a post above the
    // junior level ("Product Manager Intern" for a Product Manager): it counts as the same
    // line of work only. A junior's title is the post, held at a lower level.
    const bool trainee = IsTrainee(title) && RankOf(jd_title) > kJuniorRank;
    bool within = WordsWithin(core, jd_core) || WordsWithin(jd_core, core);
    // A title that names no field ("Senior Engineer") is the JD's only in the field the
    // headline states ("Senior Backend Engineer" for a "Backend Developer", not for a "Data
    // Analyst"); with a headline silent on the field, it shares the line of work, untold.
    if (within && NamesNoField(core) && !NamesNoField(jd_core) && !fit.from_headline) {
      const HeadlineField told = FieldByHeadline(headline, jd_post);
      within = told == HeadlineField::kShared;
      fit.same_field = fit.same_field || told == HeadlineField::kUntold;
    }
    if (fit.held < 0 && !trainee && within) fit.held = static_cast<int>(i);
    fit.same_line = fit.same_line || SameLineOfWork(title, jd_post);
    const bool field = SameField(title, jd_post);
    fit.same_field = fit.same_field || field;
    in_field[i] = within || field;
  }
  fit.latest_seniority = fit.titles.empty() ? "" : SeniorityOf(fit.titles[0]);
  if (!fit.from_headline) {
    // The highest recent post, unless the posts of the JD's field rank above it: a post of
    // another field taken since never lowers the level, as a lower recent post never does.
    fit.level_title = HighestRecent(latest, {});
    const size_t field = HighestRecent(latest, in_field);
    if (field < latest.size() && RankOf(latest[field]->title) > RankOf(latest[fit.level_title]->title)) {
      fit.level_title = field;
      fit.level_in_field = true;
    }
  }
  fit.level_seniority = fit.titles.empty() ? "" : SeniorityOf(fit.titles[fit.level_title]);
  const int cv = fit.titles.empty()   ? 0
                 : fit.from_headline ? RankOf(fit.titles[0])
                                     : RankHeld(latest, fit.level_title, jd_post);
  if (!fit.titles.empty() && cv != RankOf(fit.titles[fit.level_title])) {
    fit.level_seniority = LevelName(cv);
    fit.seniority_by_years = true;
    if (fit.level_title == 0) fit.latest_seniority = fit.level_seniority;
  }
  if (jd_title.empty() || fit.titles.empty()) {
    fit.seniority_fit = "unknown";
  } else {
    const int jd = RankOf(jd_title);
    fit.seniority_fit = cv == jd ? "same" : cv < jd ? "below" : "above";
    fit.levels_below = jd - cv;
  }
  return fit;
}

}  // namespace skillfit
