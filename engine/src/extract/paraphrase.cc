#include "extract/paraphrase.h"

#include <algorithm>
#include <string>

#include "extract/phrase_words.h"
#include "extract/respelling.h"
#include "util/ascii.h"

namespace skillfit {

namespace {

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

void AddUnique(std::string form, std::vector<std::string>* out) {
  if (std::find(out->begin(), out->end(), form) == out->end()) out->push_back(std::move(form));
}

// The stems a verb form may come from: "modelling" -> {"modell", "model"}, "optimise" ->
// {"optimise", "optimis", "optimize", "optimiz"}, "gathered" -> {"gather"}.
std::vector<std::string> StemsOf(const std::string& w) {
  std::vector<std::string> bases;
  if (EndsWith(w, "ing")) {
    bases.push_back(w.substr(0, w.size() - 3));
  } else if (EndsWith(w, "ed")) {
    bases.push_back(w.substr(0, w.size() - 2));
    bases.push_back(w.substr(0, w.size() - 1));  // "optimised" -> "optimise"
  } else if (EndsWith(w, "es") || (EndsWith(w, "s") && !EndsWith(w, "ss"))) {
    bases.push_back(w.substr(0, w.size() - 1));
  } else {
    bases.push_back(w);
  }
  std::vector<std::string> stems;
  for (const std::string& b : bases) {
    AddUnique(b, &stems);
    // A doubled last consonant: "modell" -> "model".
    if (b.size() >= 3 && b[b.size() - 1] == b[b.size() - 2]) AddUnique(b.substr(0, b.size() - 1), &stems);
    // A final "e" dropped before a suffix: "optimis" of "optimise".
    if (EndsWith(b, "e")) AddUnique(b.substr(0, b.size() - 1), &stems);
  }
  // British and American spellings: "optimis" and "optimiz", "analys" and "analyz".
  const size_t n = stems.size();
  for (size_t i = 0; i < n; ++i) {
    std::string other = stems[i];
    for (size_t k = other.size() >= 2 ? other.size() - 2 : 0; k < other.size(); ++k) {
      if (other[k] == 's') other[k] = 'z';
      else if (other[k] == 'z') other[k] = 's';
    }
    if (other != stems[i]) AddUnique(other, &stems);
  }
  return stems;
}

}  // namespace

std::vector<std::string> NounsOfVerb(std::string_view verb) {
  const std::string w = AsciiLowerCopy(verb);
  std::vector<std::string> nouns;
  if (w.size() < 4) return nouns;
  for (const std::string& stem : StemsOf(w)) {
    if (stem.size() < 3) continue;
    const bool e_stem = EndsWith(stem, "e");
    const std::string bare = e_stem ? stem.substr(0, stem.size() - 1) : stem;
    AddUnique(bare + "ing", &nouns);
    if (!bare.empty() && !EndsWith(bare, "l")) AddUnique(bare + bare.back() + "ing", &nouns);
    AddUnique(bare + "ion", &nouns);
    AddUnique(bare + "ation", &nouns);
    AddUnique(stem + "ment", &nouns);
    AddUnique(bare + "ure", &nouns);
    // "analys(e)" -> "analysis", "synthesiz(e)" -> no.
    if (EndsWith(bare, "ys") || EndsWith(bare, "yz")) {
      AddUnique(bare.substr(0, bare.size() - 1) + "sis", &nouns);
    }
  }
  // "modelling" and "modeling" both.
  const size_t n = nouns.size();
  for (size_t i = 0; i < n; ++i) {
    const std::string& f = nouns[i];
    if (EndsWith(f, "lling")) AddUnique(f.substr(0, f.size() - 4) + "ing", &nouns);
  }
  return nouns;
}

namespace {

// The word forms of an object noun: as written and, for a plural, the singular.
std::vector<std::string> ObjectForms(const std::string& object) {
  std::vector<std::string> out{object};
  if (EndsWith(object, "s") && !EndsWith(object, "ss") && object.size() > 3) {
    out.push_back(object.substr(0, object.size() - 1));
  }
  return out;
}

// Whether a word ends in "-ing".
bool IngForm(std::string_view text, const Token& w) {
  return EndsWith(AsciiLowerCopy(text.substr(w.begin, w.end - w.begin)), "ing");
}

// Verb phrases: the verbs at `v` (one, or a list "gather, elicit or analyse"), then an object
// of one or two words: "O N" for each noun N of each verb, spanning from the verb.
void AddVerbObject(std::string_view text, const std::vector<Token>& t, size_t v,
                   std::vector<PhraseCandidate>* out) {
  if (!ContentWordAt(text, t, v)) return;
  // An "-ing" word after another word of its phrase is no verb there ("forward thinking
  // design"), unless that word is an adverb ("iteratively developing").
  if (IngForm(text, t[v]) && v >= 1 && ContentWordAt(text, t, v - 1) &&
      !EndsWith(AsciiLowerCopy(text.substr(t[v - 1].begin, t[v - 1].end - t[v - 1].begin)), "ly")) {
    return;
  }
  // Skip over the other verbs of a list to the object: ", elicit or analyse".
  size_t o = v + 1;
  for (size_t skip = 0; skip <= 3; ++skip) {
    for (size_t len = 1; len <= 2; ++len) {
      bool words = true;
      for (size_t k = o; k < o + len; ++k) words = words && ContentWordAt(text, t, k);
      if (!words) break;
      // A one-word object ends its noun phrase: in "analyse business requirements" the
      // object is not "business".
      if (len == 1 && ContentWordAt(text, t, o + 1)) continue;
      const std::string object = AsciiLowerCopy(JoinWords(text, t, o, o + len));
      for (const std::string& noun : NounsOfVerb(text.substr(t[v].begin, t[v].end - t[v].begin))) {
        for (const std::string& form : ObjectForms(object)) {
          out->push_back({form + " " + noun, t[v].begin, t[o + len - 1].end});
        }
      }
    }
    // The next verb of a list: a joiner, then a word of the same form ("gather, elicit or
    // analyse", "monitoring and assessing"; not "automated testing, continuous integration").
    size_t next = o;
    while (next < t.size() && Joins(t[next])) ++next;
    if (next == o || !ContentWordAt(text, t, next) || IngForm(text, t[next]) != IngForm(text, t[v])) {
      break;
    }
    o = next + 1;
  }
}

// Whether a word may head a noun phrase that names a skill with "of" after it: a noun of an
// activity ("analysis", "management", "automation", "testing", "maintenance", "architecture")
// or "design". Not "use", "lot", "knowledge".
bool ActivityNoun(std::string_view text, const Token& w) {
  const std::string word = AsciiLowerCopy(text.substr(w.begin, w.end - w.begin));
  if (word == "design") return true;
  if (word.size() < 6) return false;  // not "thing", "being"
  for (const char* tail : {"sis", "ment", "tion", "sion", "ing", "ance", "ure"}) {
    if (EndsWith(word, tail)) return true;
  }
  return false;
}

// The forms of a noun phrase's last word: as written, and the singular of a plural
// ("databases" -> "database", "technologies" -> "technology").
std::vector<std::string> NounForms(const std::string& noun) {
  std::vector<std::string> out = ObjectForms(noun);
  if (EndsWith(noun, "ies") && noun.size() > 4) out.push_back(noun.substr(0, noun.size() - 3) + "y");
  if (EndsWith(noun, "es") && noun.size() > 4) out.push_back(noun.substr(0, noun.size() - 2));
  return out;
}

// The last word of the noun phrase that starts at word `o`: a run of up to kMaxWords content
// words, cut before an "-ing" or "-ed" word with more words after it ("data using Python").
// Returns `o` when there is none, or the run is longer (its end is then unclear).
size_t NounPhraseEnd(std::string_view text, const std::vector<Token>& t, size_t o) {
  constexpr size_t kMaxWords = 4;
  size_t e = o;
  while (ContentWordAt(text, t, e)) {
    if (e > o && ContentWordAt(text, t, e + 1)) {
      const std::string w = AsciiLowerCopy(text.substr(t[e].begin, t[e].end - t[e].begin));
      if (EndsWith(w, "ing") || EndsWith(w, "ed")) break;
    }
    ++e;
  }
  return e - o > kMaxWords ? o : e;
}

// "the N of [the] X Y Z" read as "Z N", "Y Z N", "X Y Z N" ("analysis of agency transaction
// data" -> "data analysis", ...), the last word also in the singular, spanning from the head
// noun to the end of the phrase. Whether a reading names a skill is left to the kb: the
// words it does not know ("agency", "large") drop out with the shorter readings, but an
// adjective of kind (-al, -ic: "financial", "relational"; -ing: "interacting") stays.
void AddNounOf(std::string_view text, const std::vector<Token>& t, size_t h,
               std::vector<PhraseCandidate>* out) {
  if (h + 2 >= t.size() || !ContentWordAt(text, t, h) || !ActivityNoun(text, t[h])) return;
  const Token& of = t[h + 1];
  if (of.kind != TokenKind::kWord || AsciiLowerCopy(text.substr(of.begin, of.end - of.begin)) != "of") return;
  size_t o = h + 2;
  // Articles and possessives: "of the", "of our".
  while (o < t.size() && t[o].kind == TokenKind::kWord && IsFunctionWord(text, t[o]) && o < h + 4) ++o;
  const size_t e = NounPhraseEnd(text, t, o);
  if (e == o) return;
  const std::string last = AsciiLowerCopy(text.substr(t[e - 1].begin, t[e - 1].end - t[e - 1].begin));
  const std::string head = AsciiLowerCopy(text.substr(t[h].begin, t[h].end - t[h].begin));
  // A reading keeps an adjective of kind (-al, -ic, or a participle in -ing) and the words
  // after it: "allocation of financial resources" is no "resource allocation", "design of
  // interacting systems" no "system design".
  size_t first = e - 1;  // where the shortest reading starts
  for (size_t k = o; k + 1 < e; ++k) {
    const std::string w = AsciiLowerCopy(text.substr(t[k].begin, t[k].end - t[k].begin));
    if (w.size() > 4 && (EndsWith(w, "al") || EndsWith(w, "ic") || EndsWith(w, "ing"))) first = k;
  }
  for (size_t s = first + 1; s-- > o;) {
    const std::string before = s + 1 < e ? AsciiLowerCopy(JoinWords(text, t, s, e - 1)) + " " : "";
    for (const std::string& form : NounForms(last)) {
      out->push_back({before + form + " " + head, t[h].begin, t[e - 1].end});
    }
  }
}

// The nouns a plural head may stand for: its singular and the -ing nouns of its verb ("tests"
// -> "test", "testing"; "models" -> "model", "modeling").
// Only the -ing nouns: an -ion reading of a plural noun is often another word ("company values"
// is no "company valuation"). A person's noun ("engineers", "developers", "makers") gives its
// singular only: "software engineers" names people, and whether the role is asked is for the
// requirement cues, not a spelling rule.
std::vector<std::string> HeadNouns(const std::string& plural) {
  std::vector<std::string> out = NounForms(plural);
  out.erase(out.begin());  // the plural itself is what the matcher already read
  for (const char* person : {"ers", "ors", "ists", "ants"}) {
    if (EndsWith(plural, person)) return out;
  }
  for (std::string& n : NounsOfVerb(plural)) {
    if (EndsWith(n, "ing")) AddUnique(std::move(n), &out);
  }
  return out;
}

// Whether a word is a plural noun that may head a skill's noun phrase: five letters or more,
// ending in "s" but not "ss", "us" or "is" ("process", "status", "analysis").
bool PluralHead(const std::string& w) {
  return w.size() >= 5 && EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") &&
         !EndsWith(w, "is");
}

// A plural head read as its other nouns after the one or two words before it: "performance
// tests" -> "performance testing", "cost estimates" -> "cost estimation", "logical data
// models" -> "logical data modeling", spanning the words read. The kb decides which reading
// is a skill.
void AddHeadForms(std::string_view text, const std::vector<Token>& t, size_t i,
                  std::vector<PhraseCandidate>* out) {
  // The cheap test first: most words end in no "s".
  if (i == 0 || AsciiLower(text[t[i].end - 1]) != 's') return;
  if (!ContentWordAt(text, t, i) || !ContentWordAt(text, t, i - 1)) return;
  const std::string head = AsciiLowerCopy(text.substr(t[i].begin, t[i].end - t[i].begin));
  if (!PluralHead(head)) return;
  const std::vector<std::string> nouns = HeadNouns(head);
  // One group per head, one slot: of "site reliability engineering" and "reliability
  // engineering", only the longer counts when both are skills.
  const int group = static_cast<int>(i);
  for (size_t s = i; s-- > 0 && s + 2 >= i && ContentWordAt(text, t, s);) {
    const std::string before = AsciiLowerCopy(JoinWords(text, t, s, i)) + " ";
    for (const std::string& n : nouns) {
      PhraseCandidate c{before + n, t[s].begin, t[i].end};
      c.group = group;
      c.slot = 0;
      out->push_back(std::move(c));
    }
  }
}

// A participle before a noun read as the noun and the participle's noun in "-ion": "automated
// tests" -> "test automation", "optimized queries" -> "query optimization", "containerized
// applications" -> "application containerization". Only nouns in "-ion": "managed services"
// is no "service management".
void AddParticipleForms(std::string_view text, const std::vector<Token>& t, size_t i,
                        std::vector<PhraseCandidate>* out) {
  const std::string_view word = text.substr(t[i].begin, t[i].end - t[i].begin);
  if (word.size() < 6 || AsciiLower(word.back()) != 'd' || AsciiLower(word[word.size() - 2]) != 'e') return;
  if (!ContentWordAt(text, t, i) || !ContentWordAt(text, t, i + 1)) return;
  const std::string participle = AsciiLowerCopy(text.substr(t[i].begin, t[i].end - t[i].begin));
  if (participle.size() < 6 || !EndsWith(participle, "ed")) return;
  std::vector<std::string> nouns;
  for (std::string& n : NounsOfVerb(participle)) {
    if (EndsWith(n, "ion")) nouns.push_back(std::move(n));
  }
  if (nouns.empty()) return;
  const std::string object = AsciiLowerCopy(text.substr(t[i + 1].begin, t[i + 1].end - t[i + 1].begin));
  std::vector<std::string> objects = NounForms(object);
  // "automated testing" -> "test automation": the stem of an "-ing" object too.
  if (EndsWith(object, "ing") && object.size() > 5) objects.push_back(object.substr(0, object.size() - 3));
  for (const std::string& o : objects) {
    for (const std::string& n : nouns) out->push_back({o + " " + n, t[i].begin, t[i + 1].end});
  }
}

// A verb in "-ize" or "-ise" read as its noun in "-ization" and "-isation": "localize" ->
// "localization", "containerising" -> "containerization". The base form and "-ing" only: a
// past participle is mostly an adjective of place or state ("centrally localized offices",
// and one before a noun is read by AddParticipleForms), and a third person's "-s" mostly
// says what a company or its product does ("an environment that prioritizes APIs"). The stem
// before the ending has four letters or more ("size", "rise", "wise", "raise" have none).
void AddIzeNoun(std::string_view text, const Token& w, std::vector<PhraseCandidate>* out) {
  const std::string word = AsciiLowerCopy(text.substr(w.begin, w.end - w.begin));
  size_t stem = std::string::npos;  // where "ize" or "ise" starts
  for (const char* tail : {"ize", "ise", "izing", "ising"}) {
    if (EndsWith(word, tail)) stem = word.size() - std::char_traits<char>::length(tail);
  }
  if (stem == std::string::npos || stem < 4) return;
  const std::string base = word.substr(0, stem);
  out->push_back({base + "ization", w.begin, w.end});
  out->push_back({base + "isation", w.begin, w.end});
}

bool IsOneOf(const std::string& w, const char* const* words) {
  for (const char* const* k = words; *k; ++k) {
    if (w == *k) return true;
  }
  return false;
}

// Whether a word names a built thing of software in general, a thing a kind of system is
// built as: "platform", "components", "services", "infrastructure". Not "software" or
// "systems" themselves (read as written), nor "environment" ("a fast-paced environment").
bool SystemNoun(const std::string& w) {
  static const char* const kNouns[] = {"platform",       "platforms",       "component",
                                       "components",     "service",         "services",
                                       "application",    "applications",    "infrastructure",
                                       "infrastructures", nullptr};
  return IsOneOf(w, kNouns);
}

// A participle of kind before a noun of a built thing read as that kind of system and of
// architecture: "distributed platform" -> "distributed systems", "distributed architecture";
// "multi-tiered infrastructures" -> also "multi-tier architecture" (a hyphenated participle
// also without its "-ed"). The participle is one word in "-ed" of six letters or more; the kb
// decides which reading is a skill ("talented services" names none). The span covers both words.
void AddSystemKindForms(std::string_view text, const std::vector<Token>& t, size_t i,
                        std::vector<PhraseCandidate>* out) {
  if (!ContentWordAt(text, t, i) || !ContentWordAt(text, t, i + 1)) return;
  const std::string adj = AsciiLowerCopy(text.substr(t[i].begin, t[i].end - t[i].begin));
  if (adj.size() < 6 || !EndsWith(adj, "ed")) return;
  if (!SystemNoun(AsciiLowerCopy(text.substr(t[i + 1].begin, t[i + 1].end - t[i + 1].begin)))) return;
  std::vector<std::string> kinds{adj};
  if (adj.find('-') != std::string::npos) kinds.push_back(adj.substr(0, adj.size() - 2));
  for (const std::string& k : kinds) {
    for (const char* head : {" systems", " architecture"}) {
      out->push_back({k + head, t[i].begin, t[i + 1].end});
    }
  }
}

// Whether a word heads a noun phrase of a built thing of software: a SystemNoun, or "software",
// "system(s)", "architecture(s)", "code", "solution(s)", "interface(s)".
bool BuiltThing(const std::string& w) {
  static const char* const kNouns[] = {"software", "system",     "systems",  "architecture",
                                       "architectures", "code", "solution", "solutions",
                                       "interface", "interfaces", nullptr};
  return SystemNoun(w) || IsOneOf(w, kNouns);
}

// An adjective in "-able" or "-ible" of a built thing read as its quality noun: "scalable
// software architecture" -> "scalability", "accessible web applications" -> "accessibility".
// The thing's head comes right after the adjective or one word later; the span is the
// adjective. "a usable office" and "reliable colleagues" name no built thing.
void AddQualityNoun(std::string_view text, const std::vector<Token>& t, size_t i,
                    std::vector<PhraseCandidate>* out) {
  if (!ContentWordAt(text, t, i)) return;
  const std::string adj = AsciiLowerCopy(text.substr(t[i].begin, t[i].end - t[i].begin));
  if (adj.size() < 6 || !(EndsWith(adj, "able") || EndsWith(adj, "ible"))) return;
  bool built = false;
  for (size_t k = i + 1; k <= i + 2 && ContentWordAt(text, t, k) && !built; ++k) {
    built = BuiltThing(AsciiLowerCopy(text.substr(t[k].begin, t[k].end - t[k].begin)));
  }
  if (!built) return;
  out->push_back({adj.substr(0, adj.size() - 2) + "ility", t[i].begin, t[i].end});
}

// A hyphenated word joined ("multi-threaded" -> "multithreaded"), also with its last part's
// other endings ("multithreading"). (Read spaced too, "event-streaming" as "event streaming"
// changed the study plan of samples/plans/sam-okafor-career-changer.json: left for review.)
// `word` spans begin..end of the text.
void AddHyphenReadings(const std::string& word, size_t begin, size_t end,
                       std::vector<PhraseCandidate>* out) {
  if (word.find('-') == std::string::npos) return;
  // Parts of two letters or more, letters only: not "GS-1".
  size_t part = 0;
  for (size_t k = 0; k <= word.size(); ++k) {
    if (k == word.size() || word[k] == '-') {
      if (part < 2) return;
      part = 0;
    } else if (!((word[k] >= 'a' && word[k] <= 'z') || (word[k] >= 'A' && word[k] <= 'Z'))) {
      return;
    } else {
      ++part;
    }
  }
  std::string joined;
  for (char c : word) {
    if (c != '-') joined += c;
  }
  out->push_back({joined, begin, end});
  const std::string lower = AsciiLowerCopy(joined);
  for (const std::string& stem : StemsOf(lower)) {
    for (const char* ending : {"ing", "ed", "s"}) {
      out->push_back({stem + ending, begin, end});
    }
  }
}

void AddHyphenForms(std::string_view text, const Token& w, std::vector<PhraseCandidate>* out) {
  AddHyphenReadings(std::string(text.substr(w.begin, w.end - w.begin)), w.begin, w.end, out);
}

// Whether `w` is a word of letters only, two or more of them (a part of a joined word).
bool IsLetterPart(std::string_view text, const Token& w) {
  if (w.kind != TokenKind::kWord || w.end - w.begin < 2) return false;
  for (size_t k = w.begin; k < w.end; ++k) {
    const char c = text[k];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  }
  return true;
}

// Two words joined by a soft hyphen (U+00AD, invisible unless a line breaks there) are one
// word that the writer spelled with a hyphen or closed up: "user\u00ADcentered design" is read
// as the hyphenated word "user-centered" (also closed up and with other endings, as
// AddHyphenReadings reads one) and with the one or two words after it ("user-centered
// design"). The hyphenated readings are one group with one slot: the longest that names a
// skill counts. A soft hyphen beside a space ("forward\u00AD thinking") joins nothing.
void AddSoftHyphenForms(std::string_view text, const std::vector<Token>& t, size_t i, int group,
                        std::vector<PhraseCandidate>* out) {
  if (i + 1 >= t.size() || !IsLetterPart(text, t[i]) || !IsLetterPart(text, t[i + 1])) return;
  if (text.substr(t[i].end, t[i + 1].begin - t[i].end) != "\xC2\xAD") return;
  const std::string left(text.substr(t[i].begin, t[i].end - t[i].begin));
  const std::string right(text.substr(t[i + 1].begin, t[i + 1].end - t[i + 1].begin));
  std::string hyphenated = left + "-" + right;
  auto add = [&](const std::string& form, size_t end) {
    PhraseCandidate c{form, t[i].begin, end};
    c.group = group;
    c.slot = 0;
    out->push_back(c);
  };
  AddHyphenReadings(hyphenated, t[i].begin, t[i + 1].end, out);
  add(hyphenated, t[i + 1].end);
  for (size_t k = i + 2; k < t.size() && k < i + 4 && t[k].kind == TokenKind::kWord; ++k) {
    hyphenated += " " + std::string(text.substr(t[k].begin, t[k].end - t[k].begin));
    add(hyphenated, t[k].end);
  }
}

// A word in camel case split into its words: "ServiceBus" -> "Service Bus", alone and after
// the word before it ("Azure Service Bus"). Only splits between a lowercase letter and an
// uppercase one, into parts of two letters or more.
void AddCamelForms(std::string_view text, const std::vector<Token>& t, size_t i,
                   std::vector<PhraseCandidate>* out) {
  const std::string_view word = text.substr(t[i].begin, t[i].end - t[i].begin);
  std::string split;
  size_t part = 0;  // letters in the current part
  bool any = false;
  for (size_t k = 0; k < word.size(); ++k) {
    const char c = word[k];
    const bool upper = c >= 'A' && c <= 'Z';
    if (upper && k > 0 && word[k - 1] >= 'a' && word[k - 1] <= 'z' && part >= 2 &&
        k + 2 <= word.size() && word[k + 1] >= 'a' && word[k + 1] <= 'z') {
      split += ' ';
      part = 0;
      any = true;
    }
    split += c;
    ++part;
  }
  if (!any) return;
  out->push_back({split, t[i].begin, t[i].end});
  if (i >= 1 && ContentWordAt(text, t, i - 1)) {
    out->push_back({JoinWords(text, t, i - 1, i) + " " + split, t[i - 1].begin, t[i].end});
  }
}

// The verb forms that say something is managed. No past participle ("managed services").
bool ManagingVerb(const std::string& w) {
  static const char* const kVerbs[] = {"manage",      "manages",    "managing",   "oversee",
                                       "oversees",    "overseeing", "coordinate", "coordinates",
                                       "coordinating", nullptr};
  return IsOneOf(w, kVerbs);
}

// The verb forms that say an undertaking is led: "Lead small to large projects", "driving
// projects", "leading enterprise wide programs". Their objects are read only when the head is
// an undertaking (UndertakingHead): "Lead Product Designer" is a title, "leading products" an
// adjective, "lead partner engagements" no engagement management.
bool LeadingVerb(const std::string& w) {
  static const char* const kVerbs[] = {"lead",  "leads",  "leading", "drive",
                                       "drives", "driving", nullptr};
  return IsOneOf(w, kVerbs);
}

// A plural that names an undertaking with a start, an end and a budget, the thing a project or
// programme manager runs: "projects", "programs", "programmes".
bool UndertakingHead(const std::string& w) {
  static const char* const kHeads[] = {"projects", "programs", "programmes", nullptr};
  return IsOneOf(w, kHeads);
}

// One past the last word of the object of a verb whose object starts at token `o`: a run of up
// to four content words, "to" between two of them ("small to large projects"). `o` when there
// is none or the run is longer.
size_t ObjectEnd(std::string_view text, const std::vector<Token>& t, size_t o) {
  // Words that end the object's noun phrase: prepositions and joiners the function words
  // leave out ("manage projects across the company", "lead projects where you ...").
  static const char* const kObjectEnds[] = {"across", "within", "over", "through", "throughout",
                                            "under", "between", "where", "when", "while", "which",
                                            "who", "that", "and", "or", "including", "using",
                                            "via", "per", nullptr};
  const auto object_word = [&](size_t k) {
    return ContentWordAt(text, t, k) &&
           !IsOneOf(AsciiLowerCopy(text.substr(t[k].begin, t[k].end - t[k].begin)), kObjectEnds);
  };
  size_t e = o;
  for (size_t words = 0; words < 4 && object_word(e); ++words) {
    ++e;
    const bool to_between = e + 1 < t.size() && t[e].kind == TokenKind::kWord &&
                            AsciiLowerCopy(text.substr(t[e].begin, t[e].end - t[e].begin)) == "to" &&
                            object_word(e + 1);
    if (to_between) ++e;
  }
  return object_word(e) ? o : e;
}

// The token after any articles and possessives from `o`: "manage the projects", "oversee our
// vendors".
size_t AfterDeterminers(std::string_view text, const std::vector<Token>& t, size_t o) {
  static const char* const kDeterminers[] = {"a", "an", "the", "our", "your", "their", "its", nullptr};
  const size_t first = o;
  while (o < t.size() && o < first + 2 && t[o].kind == TokenKind::kWord &&
         IsOneOf(AsciiLowerCopy(text.substr(t[o].begin, t[o].end - t[o].begin)), kDeterminers)) {
    ++o;
  }
  return o;
}

// The object's readings as its head's management, from `begin` (the verb, or the object itself
// after a join) to the head: "ad hoc project management", "hoc project management", "project
// management"; one slot of `group`, the longest that is a skill counts. The head is a plural of
// the run [o, e), any of them, for a text without its punctuation runs on past it ("leading
// enterprise wide programs operating"). A plural head only: a mass noun is handled rather than
// managed ("manage sensitive personal data" is no data management).
void AddManagementReadings(std::string_view text, const std::vector<Token>& t, size_t o,
                           size_t e, size_t begin, bool undertakings_only, int group, int slot,
                           std::vector<PhraseCandidate>* out) {
  for (size_t h = o; h < e; ++h) {
    const std::string head = AsciiLowerCopy(text.substr(t[h].begin, t[h].end - t[h].begin));
    if (!PluralHead(head) || (undertakings_only && !UndertakingHead(head))) continue;
    const std::vector<std::string> forms = NounForms(head);
    for (size_t s = h + 1; s-- > o;) {
      const std::string before = s < h ? AsciiLowerCopy(JoinWords(text, t, s, h)) + " " : "";
      for (size_t f = 1; f < forms.size(); ++f) {  // forms[0] is the plural as written
        PhraseCandidate c{before + forms[f] + " management", begin, t[h].end};
        c.group = group;
        c.slot = slot;
        out->push_back(std::move(c));
      }
    }
  }
}

// A verb of managing or leading and its objects read as their management: "managing ad hoc
// projects" -> "project management", "oversee vendors" -> "vendor management", "leading
// cross-functional teams and enterprise wide programs" -> "program management". Objects joined
// by "and", "or" or a comma share the verb, each read from its own first word.
void AddManagedObject(std::string_view text, const std::vector<Token>& t, size_t v,
                      std::vector<PhraseCandidate>* out) {
  const std::string verb = AsciiLowerCopy(text.substr(t[v].begin, t[v].end - t[v].begin));
  const bool managing = ManagingVerb(verb);
  if (!managing && !LeadingVerb(verb)) return;
  const int group = static_cast<int>(3 * t.size() + v);  // after the head, respelling and "&" groups
  size_t o = AfterDeterminers(text, t, v + 1);
  for (int slot = 0; slot < 3; ++slot) {
    const size_t e = ObjectEnd(text, t, o);
    if (e == o) return;
    AddManagementReadings(text, t, o, e, slot == 0 ? t[v].begin : t[o].begin, !managing, group,
                          slot, out);
    if (e >= t.size() || !Joins(t[e])) return;
    o = AfterDeterminers(text, t, e + 1);
  }
}

// True when what comes before `dot` (white space skipped) is a joiner that no sentence ends
// with: "/", ",", "&" or the word "and", "or", "of", "in", "with". "C# and .", "C#/ .".
bool JoinerBefore(std::string_view text, size_t dot) {
  size_t e = dot;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  if (e == 0) return false;
  const char p = text[e - 1];
  if (p == '/' || p == ',' || p == '&') return true;
  size_t b = e;
  while (b > 0 && IsAsciiAlnum(text[b - 1])) --b;
  static const char* const kJoiners[] = {"and", "or", "of", "in", "with", nullptr};
  return b < e && IsOneOf(AsciiLowerCopy(text.substr(b, e - b)), kJoiners);
}

// Where the word after the dot at `dot` starts, across the gap that text extraction left:
// one space (". NET"), or a line break with spaces around it when a joiner comes before the
// dot, so that it cannot end a sentence ("C# and .\nNET", "C#/ .\nNet"); npos for none.
size_t WordAfterSplitDot(std::string_view text, size_t dot) {
  if (dot + 2 >= text.size()) return std::string_view::npos;
  if (text[dot + 1] == ' ' && IsAsciiAlnum(text[dot + 2])) return dot + 2;
  size_t k = dot + 1;
  while (k < text.size() && (text[k] == ' ' || text[k] == '\r')) ++k;
  if (k >= text.size() || text[k] != '\n') return std::string_view::npos;
  ++k;
  while (k < text.size() && text[k] == ' ') ++k;
  if (k >= text.size() || !IsAsciiAlnum(text[k]) || !JoinerBefore(text, dot)) {
    return std::string_view::npos;
  }
  return k;
}

// Spacing artefacts of extracted text closed up: ". NET" -> ".NET", "ASP. NET" ->
// "ASP.NET", "Node. js" -> "Node.js", "C #" -> "C#", "C + +" -> "C++"; and a dot that a line
// break parted from its word after a joiner: "C# and .\nNET" -> ".NET".
void AddClosedUp(std::string_view text, std::vector<PhraseCandidate>* out) {
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    const char c = text[i];
    const size_t word = c == '.' ? WordAfterSplitDot(text, i) : std::string_view::npos;
    if (word != std::string_view::npos) {
      size_t e = word;
      while (e < text.size() && IsAsciiAlnum(text[e])) ++e;
      if (e - word > 4) continue;  // a short suffix: "js", "NET"
      size_t b = i;
      while (b > 0 && IsAsciiAlnum(text[b - 1])) --b;
      const std::string tail(text.substr(word, e - word));
      out->push_back({"." + tail, i, e});
      if (b < i) out->push_back({std::string(text.substr(b, i - b)) + "." + tail, b, e});
    } else if (IsAsciiAlnum(c) && (i == 0 || !IsAsciiAlnum(text[i - 1])) && text[i + 1] == ' ' &&
               (text[i + 2] == '#' || text[i + 2] == '+')) {
      // A one-letter word, then "#" or "+ +".
      if (text[i + 2] == '#') {
        out->push_back({std::string(1, c) + "#", i, i + 3});
      } else if (text.substr(i + 2, 3) == "+ +") {
        out->push_back({std::string(1, c) + "++", i, i + 5});
      }
    }
  }
}

}  // namespace

std::vector<PhraseCandidate> ParaphraseCandidates(std::string_view text,
                                                  const ParaphraseOptions& opts) {
  return ParaphraseCandidates(text, Tokens(text), opts);
}

std::vector<PhraseCandidate> ParaphraseCandidates(std::string_view text,
                                                  const std::vector<Token>& tokens,
                                                  const ParaphraseOptions& opts) {
  std::vector<PhraseCandidate> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    AddAmpersandAsAnd(text, tokens, i, static_cast<int>(2 * tokens.size() + i), &out);
    if (tokens[i].kind != TokenKind::kWord) continue;
    if (opts.verb_objects) AddVerbObject(text, tokens, i, &out);
    if (opts.noun_of) AddNounOf(text, tokens, i, &out);
    if (opts.managed_objects) AddManagedObject(text, tokens, i, &out);
    AddHeadForms(text, tokens, i, &out);
    // Group numbers of their own: the head forms use i, these i + the token count, the "&"
    // readings i + twice the token count, the managed objects i + three times, the soft
    // hyphen's readings i + four times.
    AddRespelled(text, tokens, i, static_cast<int>(tokens.size() + i), &out);
    AddSoftHyphenForms(text, tokens, i, static_cast<int>(4 * tokens.size() + i), &out);
    AddParticipleForms(text, tokens, i, &out);
    AddSystemKindForms(text, tokens, i, &out);
    AddQualityNoun(text, tokens, i, &out);
    AddIzeNoun(text, tokens[i], &out);
    AddHyphenForms(text, tokens[i], &out);
    AddCamelForms(text, tokens, i, &out);
  }
  AddClosedUp(text, &out);
  return out;
}

}  // namespace skillfit
