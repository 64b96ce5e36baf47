#include "extract/employer_voice.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "extract/jd_cues.h"
#include "util/ascii.h"

namespace skillfit {
namespace {

// The sentence in lowercase from its first letter or '<' on, each run of space as one.
std::string LowerFromFirstWord(std::string_view s) {
  size_t b = 0;
  while (b < s.size() && !std::isalpha(static_cast<unsigned char>(s[b])) && s[b] != '<') ++b;
  return LowerCueText(s.substr(b));
}

bool StartsWithAny(const std::string& s, const char* const* starts) {
  for (const char* const* k = starts; *k; ++k) {
    if (s.rfind(*k, 0) == 0) return true;
  }
  return false;
}

// The words (runs of letters) of `s`.
int WordCount(const std::string& s) {
  int words = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (std::isalpha(static_cast<unsigned char>(s[i])) &&
        (i == 0 || !std::isalpha(static_cast<unsigned char>(s[i - 1])))) {
      ++words;
    }
  }
  return words;
}

// A "sentence" longer than this is a flattened run of list items (a posting that lost its line
// breaks), not one statement: what one part of it says is not said of the rest.
constexpr int kLongestSentence = 40;
constexpr int kLongestStatement = 70;  // NarratesWithoutAsking: statements run longer

// Whether `s` holds one of `phrases` (a null-ended list) anywhere.
bool HasAnyPhrase(const std::string& s, const char* const* phrases) {
  for (const char* const* p = phrases; *p; ++p) {
    if (s.find(*p) != std::string::npos) return true;
  }
  return false;
}

// Whether `s` holds one of `words` (a null-ended list) as a whole word.
bool HasAnyWord(const std::string& s, const char* const* words) {
  for (const char* const* w = words; *w; ++w) {
    if (HasWord(s, *w)) return true;
  }
  return false;
}

// Subjects that are the employer, its team or its product: any predicate says what it is.
const char* const kEmployerSubjects[] = {
    "our ", "<organization>", "<org", "the company ", "the team ", "this team ",
    "the department ", "the group ", "the business ", "the organisation ", "the organization ",
    nullptr};

// "We" says what the employer is, believes or aims at only before these verbs; before others
// ("we do daily standups", "we communicate over Slack", "we build APIs") it tells the team's
// practice, which the person hired shares.
const char* const kWeVerbs[] = {"are", "were", "have", "believe", "aim", "aspire", "strive",
                                "care", "exist", "want", "pride", "offer", "provide", "serve",
                                "help", "enable", "partner", "specialise", "specialize",
                                "focus", "think", "see", "envision", "dream", nullptr};

// Whether `s` opens with "we" (or "we're", "we've") and one of kWeVerbs, adverbs ("-ly",
// "also", "all") between them.
bool WeAreOrAim(const std::string& s) {
  for (const char* contracted : {"we're ", "we’re ", "we've ", "we’ve "}) {
    if (s.rfind(contracted, 0) == 0) return true;
  }
  if (s.rfind("we ", 0) != 0) return false;
  size_t at = 3;
  for (int words = 0; words < 3 && at < s.size(); ++words) {
    size_t e = at;
    while (e < s.size() && std::isalpha(static_cast<unsigned char>(s[e]))) ++e;
    const std::string w = s.substr(at, e - at);
    for (const char* const* v = kWeVerbs; *v; ++v) {
      if (w == *v || w == std::string(*v) + "s") return true;
    }
    const bool adverb = (w.size() > 3 && w.compare(w.size() - 2, 2, "ly") == 0) || w == "also" ||
                        w == "all" || w == "truly";
    if (!adverb) return false;
    at = e + 1;
  }
  return false;
}

// Whether `s` opens with a phrase of place, manner or means ("At <ORGANIZATION>", "With our
// omnichannel approach", "Across Europe") and then, within its first twelve words, "we"
// before one of kWeVerbs: "At Acme we believe ...", "With our app we are changing ...".
bool LeadThenWe(const std::string& s) {
  static const char* const kLeads[] = {"at ", "with ", "through ", "across ", "by ", "from ",
                                       "since ", "together ", "today ", "here ", nullptr};
  if (!StartsWithAny(s, kLeads)) return false;
  size_t at = 0;
  for (int words = 0; words < 12 && at < s.size(); ++words) {
    const size_t next = s.find(' ', at);
    if (next == std::string::npos) return false;
    at = next + 1;
    const std::string rest = s.substr(at);
    if (rest.rfind("we ", 0) == 0 || rest.rfind("we're ", 0) == 0 || rest.rfind("we’re ", 0) == 0) {
      return WeAreOrAim(rest);
    }
  }
  return false;
}

// Nouns that head the name of what the employer makes: "The Data Catalog platform authors
// metadata", "The product includes features related to:".
const char* const kProductNouns[] = {"platform", "product", "products", "app", "solution",
                                     "software", "suite", nullptr};
// Nouns that make a product noun part of a role or a team: "The platform engineer will ...".
const char* const kRoleNouns[] = {"engineer", "engineers", "developer", "developers", "team",
                                  "teams", "lead", "manager", "owner", "architect", "specialist",
                                  "analyst", "group", "role", "position", nullptr};

// Whether `s` (lowercase, from its first word) opens with the name of a product as subject:
// "the" or "this", at most three words of its name, then a product noun (kProductNouns) that
// no role noun follows: "the data catalog platform authors ...", "this product lets ...";
// not "the platform engineer will ...", "the products you build".
bool ProductSubject(const std::string& s) {
  size_t at;
  if (s.rfind("the ", 0) == 0) {
    at = 4;
  } else if (s.rfind("this ", 0) == 0) {
    at = 5;
  } else {
    return false;
  }
  for (int words = 0; words < 4 && at < s.size(); ++words) {
    size_t e = at;
    while (e < s.size() && s[e] != ' ') ++e;
    const std::string w = s.substr(at, e - at);
    at = e + 1;
    bool product = false;
    for (const char* const* n = kProductNouns; *n; ++n) product = product || w == *n;
    if (!product) continue;
    const size_t next_end = std::min(s.size(), s.find(' ', at));
    const std::string next = at < s.size() ? s.substr(at, next_end - at) : std::string();
    for (const char* const* r = kRoleNouns; *r; ++r) {
      if (next == *r) return false;
    }
    return true;
  }
  return false;
}

// Phrases of a search for the person hired: "is looking for", "we seek".
const char* const kHiringPhrases[] = {"looking for", "seeking", "we seek", "searching for",
                                      nullptr};

// Words that turn a sentence to the person hired: then it may ask something.
const char* const kPersonAsked[] = {"you", "your", "you're", "you'll", "candidate",
                                    "candidates", "applicant", "applicants", "someone",
                                    "somebody", "a person", "people who", "colleague who",
                                    "who has", "who have", "who is", "who knows", nullptr};

// What a sentence asks of someone's skill, whoever it names. Not "experience" alone (the
// experience a product gives its users) nor "ability" ("the ability to scale").
const char* const kAsks[] = {"experience in ", "experience with", "experience of ",
                             "experience using", "knowledge of", "proficien", "familiar with",
                             "expertise in", "background in", "skilled in", "skills in",
                             "understanding of", nullptr};

}  // namespace

bool SpeaksAsEmployer(std::string_view sentence) {
  const std::string s = LowerFromFirstWord(sentence);
  if (!StartsWithAny(s, kEmployerSubjects) && !WeAreOrAim(s) && !LeadThenWe(s) &&
      !ProductSubject(s)) {
    return false;
  }
  // "We want people to come with experience in the following": an ask, whoever is named.
  return !HasAnyPhrase(s, kAsks) && !HasAnyWord(s, kPersonAsked);
}

namespace {

// Verbs that make a sentence a statement: "Code and AI are at the center of everything",
// "The platform has grown to ten countries".
const char* const kStatementVerbs[] = {"is",  "are",     "was",      "were",  "has",  "have",
                                       "had", "believe", "believes", "means", nullptr};

// Words that keep a statement from being only the setting: the team speaking of its own work
// ("BitBucket is our repo of choice", "we track progress in Jira"), which the person hired
// shares, and words of need ("Needed is good Danish knowledge").
// Also the words of what is expected of the person hired, said of "they" or with the
// subject left out ("Is comfortable working in an agile team", "They are expected to ...").
// And the words of the job's own tasks ("Their assignment will be to develop the Java
// applications", "Topics for the positions include ...").
const char* const kNarrativeExceptions[] = {
    "we", "our", "us", "needed", "required", "must", "knowledge", "skills", "need", "needs",
    "expected", "should", "comfortable", "able", "ideal", "their", "they", "assignment", "duties",
    "role", "job", "position", "positions", "tasks", "done", "prerequisite", "pre-requisite",
    "entail", "entails", "involve", "involves",
    // A modal tells what the job or its people will or may do, not how things are.
    "will", "would", "shall", "may", "might", "can", "could", nullptr};

// Where the gerund that opens `s` (lowercase) ends ("ensuring the ..." -> 8), or npos.
size_t GerundEnd(const std::string& s) {
  const size_t first_end = s.find(' ');
  if (first_end == std::string::npos || first_end <= 4 || s.compare(first_end - 3, 3, "ing") != 0) {
    return std::string::npos;
  }
  return first_end;
}

// Whether `s` (lowercase) opens with a verb whose subject is left out, as a list of what the
// person hired is or has does ("is comfortable ...", "has shipped ..."), with a gerund
// ("ensuring ...", "developing ..."), or with a label ("title: ...", "industry: ..."): none
// tells the setting.
bool OpensWithoutSubject(const std::string& s) {
  for (const char* verb : {"is ", "are ", "has ", "have ", "can ", "will "}) {
    if (s.rfind(verb, 0) == 0) return true;
  }
  // A duty or a demand in the gerund: "Ensuring the specifications are available ...".
  if (GerundEnd(s) != std::string::npos) return true;
  const size_t colon = s.find(':');
  return colon != std::string::npos && s.find(' ') > colon;
}

}  // namespace

bool NarratesWithoutAsking(std::string_view sentence) {
  const std::string s = LowerFromFirstWord(sentence);
  const int words = WordCount(s);
  if (words < 8 || words > kLongestStatement || OpensWithoutSubject(s)) return false;
  // A statement that asks nothing of anyone, and is not the team speaking of its own work.
  return HasAnyWord(s, kStatementVerbs) && !HasAnyPhrase(s, kAsks) &&
         !HasAnyWord(s, kPersonAsked) && !HasAnyWord(s, kNarrativeExceptions);
}

namespace {

// Words of a sentence that tells the job rather than the setting: a modal says what the job or
// its people will or may do, and a word of hiring or of work puts the role in it ("Our team is
// looking for an engineer to work on 5G products").
const char* const kTellsTheJob[] = {"will",  "would",  "shall",  "may",   "might",   "can",
                                    "could", "must",   "should", "hire",  "hiring",  "join",
                                    "work",  "working", "role",  "position", "projects", nullptr};

}  // namespace

namespace {

// Whether `s` (lowercase) invites the reader into the employer's own aim: "Help us empower
// digital payments", "help us make e-commerce greener". The employer ("us") is who the aim
// belongs to; what the reader would do is a duty only when the sentence names it as work.
bool InvitesToOurAim(const std::string& s) { return s.rfind("help us ", 0) == 0; }

// Whether `s` (lowercase) invites the reader to join the employer, as a call or a question,
// and asks no skill: "Join a growing team in the pharma industry", "Are you eager to join an
// international finance organisation in the global pharma industry?". The organisation
// joined is the setting; not "Join us if you have experience in the pharma industry".
bool InvitesToJoin(const std::string& s) {
  static const char* const kJoined[] = {"join a ", "join an ", "join the ", "join our ",
                                        "join us ", nullptr};
  const bool call = s.rfind("join ", 0) == 0 || s.rfind("come join ", 0) == 0;
  const size_t last = s.find_last_not_of(' ');
  const bool question = last != std::string::npos && s[last] == '?';
  // Work the reader would do there is a duty: "join our team and you will build ...".
  static const char* const kWorkDone[] = {"will", "you'll", "shall", "must", "should", "work",
                                          "working", "build", "develop", "manage", "lead", "own",
                                          nullptr};
  return (call || question) && HasAnyPhrase(s, kJoined) && !HasAnyPhrase(s, kAsks) &&
         !HasAnyPhrase(s, kHiringPhrases) && !HasAnyWord(s, kWorkDone) &&
         s.find(" if ") == std::string::npos;
}

// Whether `s` (lowercase) opens with a gerund phrase as the subject of a statement: the first
// "is" or "has" (within twelve words) is followed by a determiner, so it says what the whole
// activity is or has: "Building a scalable e-commerce platform has its own challenges",
// "Working in fintech is a privilege". Not "Ensuring the data is correct" (a duty: an
// adjective after the verb) nor "Developing APIs" (no statement).
bool GerundAsSubject(const std::string& s) {
  const size_t first_end = GerundEnd(s);
  if (first_end == std::string::npos) return false;
  size_t at = first_end + 1;
  for (int words = 0; words < 12 && at < s.size(); ++words) {
    const size_t next = s.find(' ', at);
    if (next == std::string::npos) return false;
    const std::string word = s.substr(at, next - at);
    if (word == "is" || word == "has") {
      static const char* const kDeterminers[] = {"its ", "a ", "an ", "the ", "no ", nullptr};
      return StartsWithAny(s.substr(next + 1), kDeterminers);
    }
    at = next + 1;
  }
  return false;
}

}  // namespace

bool StatesTheSetting(std::string_view sentence) {
  const std::string s = LowerFromFirstWord(sentence);
  if (s.empty() || WordCount(s) > kLongestStatement) return false;
  if (InvitesToJoin(s)) return true;
  // An invitation to the employer's aim, or an activity said to be something, is a statement.
  const bool statement = InvitesToOurAim(s) || GerundAsSubject(s);
  if (!statement && (OpensWithoutSubject(s) || DescribesDuty(sentence))) return false;
  return !HasAnyPhrase(s, kAsks) && !HasAnyPhrase(s, kHiringPhrases) &&
         !HasAnyWord(s, kPersonAsked) && !HasAnyWord(s, kTellsTheJob);
}

namespace {

// What the employer gives the person hired (training, courses, support) and how it
// handles the application: skills named there are the setting, not what is asked.
const char* const kGivenToHire[] = {"training course",     "courses taught",
                                    "courses in ",         "course in ",
                                    "learning budget",     "training budget",
                                    "education budget",    "conference budget",
                                    "we offer:",           "we offer you",
                                    "what we offer",       "provide you with",
                                    "support you through", "help you improve",
                                    "application process", "privacy policy",
                                    "privacy notice",      "data protection statement",
                                    "processing of your",  nullptr};

// Whether `s` (lowercase) has the posting itself as its subject and names no one asked of:
// "The job advertisement will be closed once we have found the right candidate", "This posting
// is open until May"; not "The job ads you write reach thousands" (a recruiter's work).
bool SpeaksOfThePosting(const std::string& s) {
  static const char* const kPostingSubjects[] = {"the job ad", "this job ad", "the job post",
                                                 "this job post", "this posting", "the posting",
                                                 "this advert", "the advert", nullptr};
  // "the right candidate" the posting waits for is asked nothing; "you" would be.
  static const char* const kReader[] = {"you", "your", "you'll", "you're", "you’ll", nullptr};
  return StartsWithAny(s, kPostingSubjects) && !HasAnyWord(s, kReader) && !HasAnyPhrase(s, kAsks);
}

}  // namespace

bool TellsWhatIsGiven(std::string_view sentence) {
  const std::string s = LowerFromFirstWord(sentence);
  return WordCount(s) <= kLongestSentence &&
         (HasAnyPhrase(s, kGivenToHire) || SpeaksOfThePosting(s));
}

bool NamesTheTeam(std::string_view sentence) {
  static const char* const kTeamOpeners[] = {"we ", "we're ", "we’re ", "our team ", nullptr};
  return StartsWithAny(LowerFromFirstWord(sentence), kTeamOpeners);
}

size_t EmployerClauseEnd(std::string_view sentence) {
  const std::string s = LowerKeepingOffsets(sentence);
  static const char* const kJoins[] = {" and are ", " and we are ", " and we're ", " and we’re ",
                                       " and is ", ", and are ", ", and we are ", nullptr};
  for (const char* const* j = kJoins; *j; ++j) {
    const size_t at = s.find(*j);
    if (at == std::string::npos) continue;
    const std::string after = s.substr(at + std::string_view(*j).size());
    bool hires = false;
    for (const char* const* h = kHiringPhrases; *h && !hires; ++h) hires = after.rfind(*h, 0) == 0;
    hires = hires || after.rfind("hiring", 0) == 0;
    const std::string_view clause = sentence.substr(0, at);
    if (hires && SpeaksAsEmployer(clause) && SentenceCue(clause) == Cue::kNone) return at;
  }
  return std::string_view::npos;
}

}  // namespace skillfit
