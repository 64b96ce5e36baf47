#include "extract/jd_cues.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>

#include "util/gated_re2.h"

namespace skillfit {

std::string LowerCueText(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() == ' ') continue;
      c = ' ';
    }
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

size_t BulletMarkLength(std::string_view s) {
  if (s.substr(0, 3) == "\xE2\x80\xA2") return 3;
  if (s.substr(0, 2) == "\xC2\x95" || s.substr(0, 2) == "\xC2\xB7") return 2;
  return 0;
}

std::string LowerKeepingOffsets(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    c = std::isspace(static_cast<unsigned char>(c))
            ? ' '
            : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

namespace {

std::string Lower(std::string_view s) { return LowerCueText(s); }

// A key longer than `s` is passed over after reading at most s.size() + 1 of its bytes: a
// list of 700,000 two-letter lines measured every key of every list on every line.
bool HasAny(const std::string& s, const char* const* keys) {
  for (const char* const* k = keys; *k; ++k) {
    const size_t n = strnlen(*k, s.size() + 1);
    if (n <= s.size() && s.find(*k, 0, n) != std::string::npos) return true;
  }
  return false;
}

const char* const kPreferredCues[] = {
    "a plus", "is a plus", "are a plus", "a big plus", "plus if", "nice to have", "nice-to-have",
    "preferred", "preferably", "ideally", "bonus", "desirable", "desired", "helpful",
    "an advantage", "advantageous", "beneficial", "not required", "not a requirement",
    "would be great", "optional", "strong candidates", "extra credit", "a desire to learn",
    "would be nice", "good to have", "is welcome", "are welcome", "appreciated", "advantage",
    "we would like you to", "would love", "not mandatory", "not essential", "best candidates",
    "strongest candidates", "ideal candidate", "we value", "we greatly value", "we highly value",
    "highly valued", "perfect for you", "it is perfect", "would be ideal", "would be perfect",
    "would be fantastic", "would be awesome", "would be amazing", "would be wonderful",
    "would be an asset", "preference for", "preference will be given", "preference is given",
    // The verb of "preferred", said by the employer: "We prefer a person with a master's".
    "we prefer", "we would prefer", "we'd prefer",
    // What adds to the odds: "Kafka will increase your chances" (not "your chance to build").
    "your chances", nullptr};
const char* const kRequiredCues[] = {
    "must have", "must be", "must ", "required", "a requirement", "requirements:",
    "requirement:", "basic requirements", "minimum requirements", "key requirements", "mandatory", "need to have",
    "needs to have", "minimum", "at least", "essential", "you have", "you'll have",
    "you will have", "proven", "years of", "years' ", "demonstrated", "we require",
    "you will need", "you'll need", "you need", "you should have", "you should be",
    "we expect you", "we also expect you", "we expect that you", "expect you to have",
    "you should understand", "you should know", "looking for", "seeking", "is hiring a ",
    "are hiring a ", "is hiring an ", "are hiring an ", nullptr};
// "required" that asks nothing of the candidate: "perform reviews as required".
const char* const kNotRequired[] = {"as required", "if required", "when required", "where required",
                                    nullptr};
// Whether lowercase `s` calls something "a plus" with a word between: "is a strong plus", "an
// added plus", "a huge plus" ("a plus" itself is a listed cue). Not "5 plus years".
bool CallsAPlus(const std::string& s) {
  for (size_t at = s.find(" plus"); at != std::string::npos; at = s.find(" plus", at + 1)) {
    const size_t end = at + 5;
    if (end < s.size() && std::isalpha(static_cast<unsigned char>(s[end]))) continue;
    size_t b = at;  // the word before "plus": [b, at)
    while (b > 0 && std::isalpha(static_cast<unsigned char>(s[b - 1]))) --b;
    if (b == at || b < 2 || s[b - 1] != ' ') continue;
    const size_t article_end = b - 1;
    size_t a = article_end;
    while (a > 0 && std::isalpha(static_cast<unsigned char>(s[a - 1]))) --a;
    const std::string article = s.substr(a, article_end - a);
    if (article == "a" || article == "an") return true;
  }
  return false;
}

// "You will have the opportunity to define product scope", "you'll have access to a
// lab": what the post offers the candidate, not what it asks of them. `s` lowercase.
std::string WithoutOffers(std::string s) {
  static constexpr std::string_view kHave[] = {"you have ", "you'll have ", "you will have "};
  static constexpr std::string_view kOffers[] = {
      "the opportunity", "an opportunity", "opportunities", "the chance", "a chance",
      "the autonomy", "autonomy", "the freedom", "freedom", "the possibility", "access to",
      "the flexibility", "flexibility", "the support", "the backing"};
  for (std::string_view have : kHave) {
    for (size_t at = s.find(have); at != std::string::npos; at = s.find(have, at + 1)) {
      const std::string_view after = std::string_view(s).substr(at + have.size());
      for (std::string_view offer : kOffers) {
        if (after.substr(0, offer.size()) != offer) continue;
        s.replace(at, have.size(), std::string(have.size(), ' '));
        break;
      }
    }
  }
  return s;
}

const char* const kAskCues[] = {
    "experience with", "experience in", "experience using", "experience building",
    "experience of", "proficien", "knowledge of", "familiar", "expertise", "skilled in",
    "skills in", "background in", "understanding of", "fluency", "fluent in", "comfortable with",
    "hands-on", "working knowledge", "expert in", "command of", "ability to", "track record",
    "degree in", "certification", "certified", "experience", nullptr};

const char* const kDutyCues[] = {"you will", "you'll", "responsible for", "will be responsible",
                                 "your role", "day to day", "day-to-day", "we will", nullptr};

// Verbs that open a line of duties, in the imperative or third person.
const char* const kDutyVerbs[] = {
    "build", "design", "develop", "work", "collaborate", "lead", "own", "maintain", "participate",
    "perform", "support", "help", "drive", "manage", "implement", "create", "write", "deliver",
    "deploy", "operate", "run", "partner", "mentor", "coach", "contribute", "architect", "plan",
    "ensure", "identify", "define", "conduct", "provide", "review", "advise", "facilitate",
    "improve", "automate", "monitor", "troubleshoot", "respond", "coordinate", "communicate",
    "research", "analyze", "analyse", "evaluate", "document", "establish", "oversee", "prototype",
    "test", "serve", "act", "engage", "assist", "guide", "translate", "teach", nullptr};

const char* const kTeamStackCues[] = {
    "we use ", "we're using", "we are using", "we work with", "we're working with",
    "we are working with", "our stack", "our tech stack", "languages include",
    "technologies include", "tools include", "stack includes", "are built with", "is built with",
    "built on top of", nullptr};

const char* const kCompanyCues[] = {
    "our product", "product is", "core product", "our company", " company ", "company.",
    "our mission", "our users", "our customers", "our clients", "our ambition", "our goal",
    "we aim", "we aspire", "we are committed", "we're committed", "is a team", "team within",
    "we are making", "we're making", "we are developing", "we're developing", "we are in growth",
    "develops products", "builds products", "products which", "products that help",
    // The employer named as a leader of its field: "Acme is a global leader in payments".
    "is a global leader", "is a world leader", "is a leading", "is the leading",
    "is a market leader", nullptr};
// Words that turn a sentence to the candidate, so that it is no longer only about the company.
// "experience" only as asked of someone ("experience with", "years of experience"), not the
// experience a product gives its users ("the best possible experience to anyone").
const char* const kAddressesCandidate[] = {
    "you", "candidate", "experience with", "experience in ", "experience using", "experience of",
    "experience building", "experience developing", "years of experience", "experienced",
    "experience:", "experience.", "skill", "knowledge", "ability", nullptr};

const char* const kBackReferences[] = {"of these", "of those", "these languages", "those languages",
                                       "these tools", "those tools", "these technologies",
                                       "those technologies", nullptr};

const char* const kBackToOne[] = {"one of these",      "one of those",        "one of them",
                                  "one or more of these", "one or more of those", "any of these",
                                  "any of those",      "either of these",     "either of those",
                                  nullptr};

}  // namespace

bool DescribesTeamStack(std::string_view sentence) {
  return HasAny(Lower(sentence), kTeamStackCues);
}

bool IntroducesRequiredList(std::string_view line) {
  std::string s = Lower(line);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  const bool names_list = s.find("competenc") != std::string::npos ||
                          s.find("knowledge, skills and abilities") != std::string::npos ||
                          s.find("knowledge, skills, and abilities") != std::string::npos;
  return names_list && (s.find("the following") != std::string::npos || (!s.empty() && s.back() == ':'));
}

bool DescribesCompany(std::string_view sentence) {
  const std::string s = " " + Lower(sentence) + " ";
  return HasAny(s, kCompanyCues) && !HasAny(s, kAddressesCandidate);
}

bool RefersBack(std::string_view sentence) { return HasAny(Lower(sentence), kBackReferences); }

bool RefersBackToOne(std::string_view sentence) { return HasAny(Lower(sentence), kBackToOne); }

bool DescribesDuty(std::string_view sentence) {
  const std::string s = Lower(sentence);
  if (HasAny(s, kDutyCues)) return true;
  size_t b = 0;
  while (b < s.size() && !std::isalpha(static_cast<unsigned char>(s[b]))) ++b;
  size_t e = b;
  while (e < s.size() && std::isalpha(static_cast<unsigned char>(s[e]))) ++e;
  std::string first = s.substr(b, e - b);
  if (first.size() > 3 && first.back() == 's') first.pop_back();  // "Builds" -> "build"
  if (first.size() > 4 && first.compare(first.size() - 2, 2, "ie") == 0) first.back() = 'y';
  for (const char* const* v = kDutyVerbs; *v; ++v) {
    if (first == *v) return true;
  }
  return false;
}

namespace {

// Whether `s` at `at` starts with `word` as a whole word.
bool WordAt(const std::string& s, size_t at, std::string_view word) {
  if (s.compare(at, word.size(), word) != 0) return false;
  const size_t e = at + word.size();
  return e >= s.size() || !std::isalpha(static_cast<unsigned char>(s[e]));
}

// `s` with each cue adjective that qualifies a thing other than what is asked blanked out:
// "the market leader and the preferred supplier", "an essential part of our growth", "the
// desired outcome" say nothing of the candidate. After a determiner, the adjective is a cue
// only before a noun of what is asked ("the preferred qualifications", "the required skills").
std::string WithoutAttributiveCues(std::string s) {
  static constexpr std::string_view kDeterminers[] = {"the ", "a ", "an ", "our ", "their ",
                                                      "its ", "your "};
  static constexpr std::string_view kAdjectives[] = {
      "preferred", "desired", "desirable", "essential", "helpful", "beneficial",
      "mandatory", "optional", "required", "ideal"};
  static constexpr std::string_view kAskedNouns[] = {
      "qualification", "skill", "experience", "background", "knowledge", "requirement",
      "candidate", "profile", "competenc", "abilit", "degree", "education", "certification",
      "language", "expertise", "attribute", "trait", "criteria"};
  for (std::string_view det : kDeterminers) {
    for (size_t at = s.find(det); at != std::string::npos; at = s.find(det, at + 1)) {
      if (at > 0 && std::isalpha(static_cast<unsigned char>(s[at - 1]))) continue;
      const size_t adj = at + det.size();
      for (std::string_view a : kAdjectives) {
        if (!WordAt(s, adj, a)) continue;
        size_t noun = adj + a.size();
        while (noun < s.size() && s[noun] == ' ') ++noun;
        bool asked = noun >= s.size() || !std::isalpha(static_cast<unsigned char>(s[noun]));
        for (std::string_view n : kAskedNouns) asked = asked || s.compare(noun, n.size(), n) == 0;
        if (!asked) s.replace(adj, a.size(), std::string(a.size(), ' '));
        break;
      }
    }
  }
  return s;
}

}  // namespace

Cue SentenceCue(std::string_view sentence) {
  const std::string s = WithoutAttributiveCues(Lower(sentence));
  if (HasAny(s, kPreferredCues) || CallsAPlus(s)) {
    // "plus" inside "plus years" or "5 plus" is not a cue; the list keeps to phrases.
    return Cue::kPreferred;
  }
  std::string rest = s;
  for (const char* const* k = kNotRequired; *k; ++k) {
    for (size_t at = rest.find(*k); at != std::string::npos; at = rest.find(*k, at)) {
      rest.replace(at, std::string(*k).size(), " ");
    }
  }
  if (HasAny(WithoutOffers(rest), kRequiredCues)) return Cue::kRequired;
  return Cue::kNone;
}

size_t ForwardPreferredCue(std::string_view sentence) {
  static constexpr std::string_view kForward[] = {"preferably", "ideally"};
  const std::string s = Lower(sentence);
  size_t first = std::string::npos;
  for (std::string_view cue : kForward) {
    for (size_t k = s.find(cue); k != std::string::npos; k = s.find(cue, k + 1)) {
      if (k > 0 && std::isalpha(static_cast<unsigned char>(s[k - 1]))) continue;
      first = std::min(first, k);
    }
  }
  // A preferred cue before it ("Kafka is a plus, ideally ...") speaks for the words before it;
  // one after it ("... ideally from consulting; pharma would be an advantage") adds to a wish
  // already open.
  if (first == std::string::npos || HasAny(s.substr(0, first), kPreferredCues)) {
    return std::string_view::npos;
  }
  return first;
}

namespace {

// Cues that close what they say of the words before them, and the conjunctions that may follow
// one to open the next clause.
constexpr std::string_view kClosingRequired[] = {
    " is a must", " are a must", " is required", " are required", " is essential",
    " are essential", " is mandatory", " are mandatory", " is a requirement", " a must-have"};
constexpr std::string_view kClosingPreferred[] = {
    " is a plus", " are a plus", " a big plus", " is an advantage", " are an advantage",
    " is preferred", " are preferred", " is desirable", " are desirable", " is a bonus",
    " is nice to have", " are nice to have", " is beneficial", " is helpful"};
constexpr std::string_view kClauseJoins[] = {" and ", ", and ", ", but ", " but ", ", while ",
                                              " while ", ", whereas ", " whereas ", ", "};

// The end of `cue` in `s` at `at` when a conjunction follows it; npos otherwise.
size_t JoinedCueEnd(const std::string& s, size_t at, std::string_view cue) {
  const size_t end = at + cue.size();
  for (std::string_view j : kClauseJoins) {
    if (s.compare(end, j.size(), j) == 0) return end;
  }
  return std::string::npos;
}

}  // namespace

ClosedClause FirstClosedClause(std::string_view sentence) {
  const std::string s = LowerKeepingOffsets(sentence);
  size_t best = std::string::npos;
  Cue best_cue = Cue::kNone;
  const auto scan = [&](std::string_view cue_text, Cue cue) {
    for (size_t at = s.find(cue_text); at != std::string::npos; at = s.find(cue_text, at + 1)) {
      const size_t end = JoinedCueEnd(s, at, cue_text);
      if (end != std::string::npos && end < best) {
        best = end;
        best_cue = cue;
      }
    }
  };
  for (std::string_view c : kClosingRequired) scan(c, Cue::kRequired);
  for (std::string_view c : kClosingPreferred) scan(c, Cue::kPreferred);
  ClosedClause clause;
  if (best == std::string::npos) return clause;
  clause.rest = SentenceCue(sentence.substr(best));
  if (clause.rest == Cue::kNone || clause.rest == best_cue) return clause;
  clause.end = best;
  clause.cue = best_cue;
  return clause;
}

namespace {

// The field names of a job board's metadata run, lowercase, as written before their values.
constexpr std::string_view kLabels[] = {
    "role:", "industry:", "company size:", "company type:", "job type:", "experience level:",
    "date posted:", "technologies ", "tags:", "location options:"};

}  // namespace

bool IsBoardField(std::string_view label) {
  const std::string s = Lower(label);
  for (std::string_view l : kLabels) {
    if (s == l || (l.back() == ':' && s == l.substr(0, l.size() - 1))) return true;
  }
  return false;
}

bool InBoardMetadata(std::string_view before) {
  before = before.substr(before.size() > 400 ? before.size() - 400 : 0);
  // Two labels at least, and all but one end in ':': without a ':' there is no run of them
  // (asked for every mention, this keeps a long line of skills from lowercasing its 400
  // bytes for each).
  if (before.find(':') == std::string_view::npos) return false;
  const std::string s = Lower(before);
  // Metadata comes as a run of labels ("Job type: Full-time Experience level: Senior Role:
  // ..."): one label alone ("Your role: ...") is prose.
  size_t label_end = std::string::npos, labels = 0;
  for (std::string_view l : kLabels) {
    const size_t at = s.rfind(l);
    if (at == std::string::npos || (at > 0 && std::isalpha(static_cast<unsigned char>(s[at - 1])))) {
      continue;
    }
    ++labels;
    if (label_end == std::string::npos || at + l.size() > label_end) label_end = at + l.size();
  }
  if (labels < 2 || s.size() - label_end > 100) return false;
  const std::string_view rest = std::string_view(s).substr(label_end);
  for (size_t k = rest.find("job description"); k != std::string_view::npos;
       k = rest.find("job description", k + 1)) {
    if (rest.substr(k + 15, 1) != ":") return false;
  }
  return rest.find(". ") == std::string_view::npos && rest.find('!') == std::string_view::npos;
}

size_t BoardBodyStart(std::string_view line) {
  const std::string s = Lower(line.substr(0, std::min<size_t>(line.size(), 2000)));
  for (size_t k = s.find("job description"); k != std::string::npos;
       k = s.find("job description", k + 1)) {
    const size_t after = k + 15;
    if (after < s.size() && s[after] != ' ') continue;  // "Job description:" is a field
    if (!InBoardMetadata(line.substr(0, k))) continue;
    size_t body = after;
    while (body < line.size() && line[body] == ' ') ++body;
    return body < line.size() ? body : std::string_view::npos;
  }
  return std::string_view::npos;
}

bool AsksForSkill(std::string_view sentence) { return HasAny(Lower(sentence), kAskCues); }

namespace {

// Whether "N years", with `before` and `after` it (lowercase), measures a span of time, not
// experience asked: "a >1 year time horizon", "within 2 years", "every 2 years", "in 3
// years", "a 2 year contract", "a position of 4 to 6 years". Only a years phrase without
// "experience" after it is tested.
bool NotExperienceYears(std::string_view before, std::string_view after) {
  static const RE2 kSpanBefore(
      "(?:^|[^a-z])(?:a|an|within|in|next|first|after|every|each|per|for)\\s*[<>~]?\\s*$");
  // What lasts N years is no experience: "a fixed term position of 4 to 6 years", "for a
  // period of 2 years", "a contract lasting 3 years".
  static const GatedRE2 kLastsBefore(
      "(?:^|[^a-z])(?:(?:position|post|job|role|term|contract|appointment|assignment|engagement|"
      "placement|secondment|fellowship|professorship|programme|program|project|grant)s?\\s+"
      "(?:of|lasting|running|spanning)|(?:period|duration)\\s+(?:of|for|lasting)|"
      "(?:funded|financed|awarded|hired|employed|appointed)\\s+for)\\s*"
      "(?:up\\s+to\\s+|about\\s+)?$");
  static const RE2 kExperienceAfter(
      "^(?:'|\u2019)?\\s*(?:of|with|using|working|building|track\\s+record|background|"
      "career|professional|hands-on|experience)\\b");
  static const GatedRE2 kSpanAfter(
      "^\\s*(?:time\\s+)?(?:horizon|contract|term|appointment|plan|roadmap|warranty|old|"
      "ago|later|from\\s+now|degree|program|programme|course|fellowship|period|"
      "commitment|assignment|anniversary|cycle|window|budget|lease)\\b");
  // "for N years" after a verb of work is how long the work went on: "have worked in a
  // similar role for 3+ years", "used Python for 5 years".
  static const GatedRE2 kWorkedFor(
      "(?:^|[^a-z])(?:worked|working|used|using|developed|developing|built|building|managed|"
      "managing|led|held|practised|practiced)\\b.*\\bfor\\s*[<>~]?\\s*$");
  static const RE2 kEmployerVoice("(?:^|[^a-z])(?:we|our|us)\\b");
  if (kSpanAfter.PartialMatch(after) || kLastsBefore.PartialMatch(before)) return true;
  if (kWorkedFor.PartialMatch(before) && !RE2::PartialMatch(before, kEmployerVoice)) return false;
  return RE2::PartialMatch(before, kSpanBefore) && !RE2::PartialMatch(after, kExperienceAfter);
}

}  // namespace

std::vector<YearsAsked> FindYearsAsked(std::string_view sentence) {
  // A number in words may repeat in digits in parentheses, as formal postings write it:
  // "five (5) years", "three (3) to five (5) years"; the number in words counts.
  static const RE2 kYears(
      "(?i)(?:^|[^A-Za-z0-9])((\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|"
      "twelve|fifteen)\\s*(?:\\(\\s*\\d{1,2}\\s*\\+?\\s*\\)\\s*)?(?:\\+|plus)?\\s*"
      "(?:(?:-|–|to|or)\\s*(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\\s*"
      "(?:\\(\\s*\\d{1,2}\\s*\\+?\\s*\\)\\s*)?)?\\+?\\s*(?:or\\s+more\\s+)?(?:full\\s+)?years?)"
      "('|’)?(\\s+(?:of\\s+)?(?:\\w+\\s+){0,3}?experience\\b)?");
  static const char* const kWords[] = {"one", "two", "three", "four", "five", "six", "seven",
                                       "eight", "nine", "ten"};
  std::vector<YearsAsked> out;
  re2::StringPiece input(sentence.data(), sentence.size());
  re2::StringPiece m[5];
  size_t pos = 0;
  while (pos < sentence.size() &&
         kYears.Match(input, pos, sentence.size(), RE2::UNANCHORED, m, 5)) {
    YearsAsked y;
    const std::string num = Lower(std::string(m[2].data(), m[2].size()));
    if (std::isdigit(static_cast<unsigned char>(num[0]))) {
      y.years = std::stod(num);
    } else if (num == "twelve") {
      y.years = 12;
    } else if (num == "fifteen") {
      y.years = 15;
    } else {
      for (int i = 0; i < 10; ++i) {
        if (num == kWords[i]) y.years = i + 1;
      }
    }
    y.begin = static_cast<size_t>(m[1].data() - sentence.data());
    y.end = y.begin + m[1].size();
    if (m[4].data() != nullptr && !m[4].empty()) {
      y.end = static_cast<size_t>(m[4].data() - sentence.data()) + m[4].size();
      // "years of experience" with nothing but "in X" after: overall unless a skill follows.
      y.overall = true;
    }
    // Years in a sentence about age, history or tenure are not asked of a candidate, nor
    // years that measure a time span rather than experience (NotExperienceYears).
    const std::string before = Lower(sentence.substr(0, y.begin));
    if (before.find("over the ") != std::string::npos ||
        before.find("for the past") != std::string::npos ||
        before.find("founded") != std::string::npos ||
        (!y.overall && NotExperienceYears(before, Lower(sentence.substr(y.end))))) {
      pos = y.end;
      continue;
    }
    if (y.years > 0 && y.years <= 30) out.push_back(y);
    pos = std::max(y.end, pos + 1);
  }
  return out;
}

// Whether the lone period at `dot` is the last dot of a short dotted abbreviation set apart
// by tokenised text, with the sentence going on in lowercase after it: "a B.Sc . or M.Sc . in
// Physics", "Ph.D . in Chemistry". A word without an inner dot ("cluster . you") is not one.
namespace {
bool DottedAbbreviationGoesOn(std::string_view line, size_t dot) {
  if (dot < 2 || dot + 2 >= line.size() || !std::islower(static_cast<unsigned char>(line[dot + 2]))) {
    return false;
  }
  size_t w = dot - 1;
  while (w > 0 && !std::isspace(static_cast<unsigned char>(line[w - 1]))) --w;
  const std::string_view word = line.substr(w, dot - 1 - w);
  const size_t inner = word.find('.');
  return word.size() >= 3 && word.size() <= 6 && inner != std::string_view::npos && inner > 0 &&
         inner + 1 < word.size() &&
         std::all_of(word.begin(), word.end(),
                     [](char c) { return c == '.' || std::isalpha(static_cast<unsigned char>(c)); });
}
}  // namespace

std::vector<std::pair<size_t, size_t>> SplitSentences(std::string_view line) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t start = 0;
  for (size_t i = 0; i + 1 < line.size(); ++i) {
    const char c = line[i];
    if ((c == '.' || c == ';' || c == '!' || c == '?') && std::isspace(static_cast<unsigned char>(line[i + 1]))) {
      if (c == '.') {
        // "e.g. ", "i.e. ", "etc. ", "vs. ", "U.S. " do not end a sentence.
        size_t w = i;
        while (w > start && !std::isspace(static_cast<unsigned char>(line[w - 1]))) --w;
        if (w < i && line[w] == '(') ++w;  // "(e.g. AWS, GCP)"
        const std::string word = Lower(line.substr(w, i - w + 1));
        // A period alone ("... cluster . You ...", as tokenised text writes it) ends one,
        // unless it is the dot of a name split apart there: "C# on . Net Core", "Node . js".
        const std::string next = Lower(line.substr(i + 2, 3));
        const bool dotted_name = next.rfind("net", 0) == 0 || next.rfind("js", 0) == 0;
        const bool alone = w == i && !dotted_name &&
                           (i == 0 || std::isspace(static_cast<unsigned char>(line[i - 1]))) &&
                           !DottedAbbreviationGoesOn(line, i);
        if (!alone && (word == "e.g." || word == "i.e." || word == "etc." || word == "vs." ||
                       word == "u.s." || word == "incl." || word == "approx." || word.size() <= 2)) {
          continue;
        }
      }
      out.push_back({start, i + 1});
      start = i + 2;
    }
  }
  if (start < line.size()) out.push_back({start, line.size()});
  return out;
}

namespace {

// Capitalised words that open a glued list item: a demand, or the candidate addressed.
bool OpensItem(std::string_view word) {
  static constexpr std::string_view kOpeners[] = {
      "Experience", "Ability", "Proven", "Knowledge", "Understanding", "Familiarity",
      "Proficiency", "Proficient", "Fluency", "Fluent", "Expertise", "Demonstrated",
      "Strong", "Excellent", "Solid", "Deep", "Good", "Great", "Minimum", "You", "Must",
      "Background", "Hands-on", "Working", "Previous", "Prior", "Familiar", "Degree",
      "University", "Bachelor", "Master", "Qualifications", "Requirements", "Nice",
      "Bonus", "Able", "Any"};
  for (std::string_view o : kOpeners) {
    if (word == o) return true;
  }
  return false;
}

// Words after which a capitalised word continues the phrase ("experience in Advanced
// Analytics", "knowledge of Working Capital").
bool JoinsNext(std::string_view word) {
  static constexpr std::string_view kJoins[] = {
      "in", "of", "with", "and", "or", "for", "the", "a", "an", "to", "on", "using", "as",
      "at", "by", "from", "into", "via", "like", "such", "including", "your", "our"};
  for (std::string_view j : kJoins) {
    if (word == j) return true;
  }
  return false;
}

// Whether the word before a capitalised opener can end a list item: a lowercase word that
// joins nothing to what follows, or, when the opener leads into its object ("Experience
// with", "Knowledge of"), a name ("SQL Experience with Go"; not "SQL Server Experience is").
bool EndsItem(std::string_view prev, bool opener_leads) {
  const bool lower = std::islower(static_cast<unsigned char>(prev.front())) &&
                     std::islower(static_cast<unsigned char>(prev.back()));
  if (lower) return !JoinsNext(prev);
  return opener_leads && std::isalnum(static_cast<unsigned char>(prev.back()));
}

// Whether the word after the opener that ends at `end` is a preposition it leads with.
bool OpenerLeads(std::string_view sentence, size_t end) {
  size_t b = end;
  while (b < sentence.size() && sentence[b] == ' ') ++b;
  size_t e = b;
  while (e < sentence.size() && std::isalpha(static_cast<unsigned char>(sentence[e]))) ++e;
  const std::string_view w = sentence.substr(b, e - b);
  return w == "with" || w == "in" || w == "of" || w == "to" || w == "using" || w == "working" ||
         w == "experience" || w == "knowledge" || w == "exposure";  // "Any experience with"
}

// The end of `s` that holds its last `n` characters, a run of space counting as one (as
// LowerCueText writes it).
std::string_view LastCharacters(std::string_view s, size_t n) {
  size_t i = s.size(), kept = 0;
  while (i > 0 && kept < n) {
    --i;
    const bool repeats_space = i > 0 && std::isspace(static_cast<unsigned char>(s[i])) &&
                               std::isspace(static_cast<unsigned char>(s[i - 1]));
    if (!repeats_space) ++kept;
  }
  return s.substr(i);
}

// Whether `item` (the glued item so far) ends in a cue that closes what it says of the words
// before it: "... DevOps would be ideal", "... Kafka is a plus". A capitalised word after such
// a cue starts the next item ("... would be ideal React Redux Angular").
bool EndsInClosingCue(std::string_view item) {
  static constexpr std::string_view kClosing[] = {
      " a plus", " a big plus", " would be ideal", " would be great", " would be nice",
      " an advantage", " is preferred", " are preferred", " is desirable", " are desirable",
      " a bonus", " is welcome", " are welcome", " is beneficial", " is helpful",
      " nice to have", " is optional"};
  while (!item.empty() && (item.back() == ' ' || item.back() == ',' || item.back() == '!')) {
    item.remove_suffix(1);
  }
  // Only the item's end can hold the cue: lowercasing the whole item at each capitalised word
  // made a long flattened line ("Python Python ...") quadratic.
  const std::string lower = LowerCueText(LastCharacters(item, 32));
  for (std::string_view c : kClosing) {
    if (lower.size() >= c.size() && lower.compare(lower.size() - c.size(), c.size(), c) == 0) {
      return true;
    }
  }
  return false;
}

// Whether the word [b, e) of `sentence` starts a new glued item, the item so far starting at
// `start` with [prev_b, prev_e) its last word: an opener after a word that can end an item, or
// a capitalised word after a closing cue.
bool StartsGluedItem(std::string_view sentence, size_t start, size_t prev_b, size_t prev_e,
                     size_t b, size_t e) {
  const std::string_view word = sentence.substr(b, e - b);
  if (OpensItem(word)) {
    return EndsItem(sentence.substr(prev_b, prev_e - prev_b), OpenerLeads(sentence, e));
  }
  // A name's placeholder ("<ORGANIZATION>") opens a new item as a capital does: "... would be
  // a plus <ORGANIZATION> is a global leader in financial services".
  return (std::isupper(static_cast<unsigned char>(word.front())) || word.front() == '<') &&
         EndsInClosingCue(sentence.substr(start, b - start));
}

}  // namespace

std::vector<std::pair<size_t, size_t>> SplitGluedItems(std::string_view sentence) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t start = 0, prev_b = std::string_view::npos, prev_e = 0;
  // A sentence that opens with a dash bullet: a dash standing alone before a capitalised word
  // opens the next bullet ("- Good project skills - M.S degree preferred - Python").
  const size_t first = sentence.find_first_not_of(' ');
  const bool dash_led = first != std::string_view::npos && sentence.substr(first, 2) == "- ";
  size_t i = 0;
  while (i < sentence.size()) {
    while (i < sentence.size() && sentence[i] == ' ') ++i;
    const size_t b = i;
    while (i < sentence.size() && !std::isspace(static_cast<unsigned char>(sentence[i]))) ++i;
    if (b == i) break;
    if (dash_led && prev_b != std::string_view::npos && prev_b > start &&
        sentence.substr(prev_b, prev_e - prev_b) == "-" &&
        std::isupper(static_cast<unsigned char>(sentence[b]))) {
      size_t end = prev_b;
      while (end > start && sentence[end - 1] == ' ') --end;
      out.push_back({start, end});
      start = prev_b;
    } else if (prev_b != std::string_view::npos && b > start &&
               BulletMarkLength(sentence.substr(b, i - b)) > 0) {
      // A bullet kept inside a flattened line opens the next item, alone or glued to its
      // first word: "... agile methodologies \u2022Any experience from fintech is a plus".
      out.push_back({start, prev_e});
      start = b;
    } else if (prev_b != std::string_view::npos && b > start && prev_e == b - 1 &&
        StartsGluedItem(sentence, start, prev_b, prev_e, b, i)) {
      out.push_back({start, prev_e});
      start = b;
    }
    prev_b = b;
    prev_e = i;
  }
  if (start < sentence.size()) out.push_back({start, sentence.size()});
  return out;
}

}  // namespace skillfit
