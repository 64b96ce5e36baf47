#include "extract/degree_skills.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include <re2/re2.h>

#include "extract/degree_words.h"
#include "util/ascii.h"

namespace skillfit {

namespace {

// How the kb names the degree of `level`, and its lead before a field; nullptr below a
// bachelor's (the kb spells no field of a diploma or an associate degree).
const char* LevelName(DegreeLevel level) {
  switch (level) {
    case DegreeLevel::kBachelor:
      return "Bachelor's degree";
    case DegreeLevel::kMaster:
      return "Master's degree";
    case DegreeLevel::kDoctorate:
      return "PhD";
    default:
      return nullptr;
  }
}

// The skill `term` spells as a whole in the kb, or -1.
int WholeTermSkill(const SkillMatcher& matcher, const std::string& term) {
  for (const Mention& m : matcher.Find(term)) {
    if (m.begin == 0 && m.end == term.size()) return m.skill;
  }
  return -1;
}

bool IsDegreeSkill(const KnowledgeBase& kb, int skill) {
  return skill >= 0 && kb.skills()[skill].category == "degrees";
}

// The degree skill the matcher finds in `term` over all of its field (from before byte
// `field_begin` to the end; the level's words may be left out of the span), or -1.
int DegreeOverField(const SkillMatcher& matcher, const std::string& term, size_t field_begin) {
  for (const Mention& m : matcher.Find(term)) {
    if (m.begin < field_begin && m.end == term.size() && IsDegreeSkill(matcher.kb(), m.skill)) {
      return m.skill;
    }
  }
  return -1;
}

// Whether skill `specific` implies skill `generic` in the kb, directly or through others.
bool ImpliesSkill(const KnowledgeBase& kb, int specific, int generic) {
  const std::vector<int>& implied = kb.ImpliedBy(specific);
  return std::find(implied.begin(), implied.end(), generic) != implied.end();
}

// The degree skill that "<lead><field>" spells over all of `field`, when it is a degree of
// the level whose generic degree is `generic` (it implies that one: "PhD in informatics" is
// no bachelor's in information science); else -1.
int LevelDegreeOver(const SkillMatcher& matcher, const std::string& lead, int generic,
                    const std::string& field) {
  const int skill = DegreeOverField(matcher, lead + field, lead.size());
  if (skill < 0 || skill == generic || !ImpliesSkill(matcher.kb(), skill, generic)) return -1;
  return skill;
}

// The generic degree skills of `levels` (bachelors-degree, masters-degree, phd).
std::vector<int> GenericDegrees(const SkillMatcher& matcher,
                                const std::vector<DegreeLevel>& levels) {
  std::vector<int> out;
  for (DegreeLevel level : levels) {
    const char* name = LevelName(level);
    const int skill = name ? WholeTermSkill(matcher, name) : -1;
    if (skill >= 0) out.push_back(skill);
  }
  return out;
}

// The index in `mentions` of the first mention of a degree skill in [begin, end), or -1.
int FirstDegreeMention(const KnowledgeBase& kb, const std::vector<Mention>& mentions, size_t begin,
                       size_t end) {
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.begin >= begin && m.begin < end && IsDegreeSkill(kb, m.skill)) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

std::vector<int> DegreeInFieldSkills(const SkillMatcher& matcher, DegreeLevel level,
                                     std::string_view fields) {
  std::vector<int> out;
  const char* name = LevelName(level);
  if (!name) return out;
  const int generic = WholeTermSkill(matcher, name);
  if (generic < 0) return out;
  const std::string lead = std::string(name) + " in ";
  // From each word of `fields` past the last field found, the longest run of up to four
  // words that the kb spells a degree in ("Mechanical Engineering", not then "Engineering").
  std::vector<std::string_view> words;
  for (size_t at = 0; at < fields.size();) {
    const size_t end = std::min(fields.find(' ', at), fields.size());
    if (end > at) words.push_back(fields.substr(at, end - at));
    at = end + 1;
  }
  for (size_t w = 0; w < words.size();) {
    size_t taken = 1;
    for (size_t n = std::min<size_t>(4, words.size() - w); n > 0; --n) {
      std::string field;
      for (size_t k = w; k < w + n; ++k) field += (k > w ? " " : "") + std::string(words[k]);
      const int skill = LevelDegreeOver(matcher, lead, generic, field);
      if (skill < 0) continue;
      if (std::find(out.begin(), out.end(), skill) == out.end()) out.push_back(skill);
      taken = n;
      // A bare "Engineering" right after a field names that field's school, as one field:
      // "Computer Science Engineering" is no second degree in engineering. One with its own
      // discipline ("Computer Science Electrical Engineering") was read as a field above.
      if (w + n < words.size() && AsciiLowerCopy(words[w + n]) == "engineering" &&
          AsciiLowerCopy(words[w + n - 1]) != "engineering") {
        ++taken;
      }
      break;
    }
    w += taken;
  }
  return out;
}

namespace {

// Words that end a run of fields: what follows is no field ("or a related field", "and 3
// years of experience", "is required").
bool EndsFieldRun(const std::string& word) {
  static const char* const kEnds[] = {
      "related",   "relevant", "equivalent", "similar",    "other", "experience", "years",
      "year",      "with",     "from",       "is",         "are",   "plus",       "preferred",
      "required",  "desired",  "or/and",     "and/or",     "a",     "an",         "any",
      "the",       "some",     "several",    "many",       "least", "minimum",    "work",
      "knowledge", "skills",   "ideally",    "preferably", nullptr};
  for (const char* const* e = kEnds; *e; ++e) {
    if (word == *e) return true;
  }
  return !word.empty() && std::isdigit(static_cast<unsigned char>(word[0]));
}

}  // namespace

namespace {

// Where the fields start in "degree or <credential> in <fields>" (`lower`, lowercase), the
// field said once for both: "A Bachelors degree or a Graduate Diploma in Business
// Administration", "degree or equivalent qualification in finance". npos when the words after
// "degree or" name no diploma, certificate or qualification within four words before "in".
size_t FieldsAfterOtherCredential(const std::string& lower) {
  static const char* const kCredentials[] = {"diploma", "certificate", "qualification",
                                             "certification", nullptr};
  const size_t f = lower.find("degree or ");
  if (f == std::string::npos) return std::string::npos;
  size_t at = f + 10;
  bool credential = false;
  for (int words = 0; words < 5 && at < lower.size(); ++words) {
    size_t e = at;
    while (e < lower.size() && std::isalpha(static_cast<unsigned char>(lower[e]))) ++e;
    if (e == at || e >= lower.size() || lower[e] != ' ') return std::string::npos;
    const std::string word = lower.substr(at, e - at);
    if (word == "in") return credential ? e + 1 : std::string::npos;
    for (const char* const* c = kCredentials; *c; ++c) {
      credential = credential || word == *c || word == std::string(*c) + "s";
    }
    at = e + 1;
  }
  return std::string::npos;
}

}  // namespace

std::string FieldRunAfterDegree(std::string_view sentence) {
  const std::string lower = AsciiLowerCopy(sentence);
  size_t at = std::string::npos;
  for (const char* lead : {"degree in ", "degree within ", "degree ( ", "degree ("}) {
    const size_t f = lower.find(lead);
    if (f != std::string::npos && (at == std::string::npos || f + std::strlen(lead) < at)) {
      at = f + std::strlen(lead);
    }
  }
  if (at == std::string::npos) at = FieldsAfterOtherCredential(lower);
  if (at == std::string::npos) return "";
  std::string run;
  std::string pending;  // "or", "and" or a comma's gap, kept only when a field follows
  while (at < sentence.size()) {
    while (at < sentence.size() &&
           (sentence[at] == ' ' || sentence[at] == ',' || sentence[at] == '/'))
      ++at;
    size_t e = at;
    while (e < sentence.size() && (std::isalpha(static_cast<unsigned char>(sentence[e])) ||
                                   sentence[e] == '-' || sentence[e] == '&')) {
      ++e;
    }
    if (e == at) break;  // punctuation or a digit: the list is over
    const std::string word(sentence.substr(at, e - at));
    const std::string low = AsciiLowerCopy(word);
    if (EndsFieldRun(low)) break;
    if (low == "or" || low == "and") {
      pending = " " + word;
    } else {
      run += (run.empty() ? "" : pending + " ") + word;
      pending.clear();
    }
    at = e;
  }
  return run;
}

namespace {

// The levels of `ask` to name degrees at: a bachelor's only when the sentence names one, or
// when no higher level is asked (the degree reader counts a bare "degree" as a bachelor's:
// "A PhD degree in physics" asks a doctorate, not a bachelor's in physics).
std::vector<DegreeLevel> AskedLevels(const DegreeAsk& ask, std::string_view ask_text) {
  const bool higher = std::any_of(ask.levels.begin(), ask.levels.end(), [](DegreeLevel l) {
    return l == DegreeLevel::kMaster || l == DegreeLevel::kDoctorate;
  });
  const std::string lower = " " + AsciiLowerCopy(ask_text) + " ";
  bool bachelor_named = false;
  for (const char* w : {"bachelor", "b.sc", "bsc", "b.s", " bs ", " bs/", " ba ", "b.a.",
                        "undergraduate", "b.eng", "beng", "b.tech", "btech"}) {
    bachelor_named = bachelor_named || lower.find(w) != std::string::npos;
  }
  std::vector<DegreeLevel> out;
  for (DegreeLevel l : ask.levels) {
    if (l != DegreeLevel::kBachelor || !higher || bachelor_named) out.push_back(l);
  }
  return out;
}

bool InAsk(const Mention& m, const DegreeAsk& ask) {
  return m.begin >= ask.begin && m.begin < ask.end;
}

// The degrees of `level` that one-word fields of `written` name with the head of the next
// field of several words, shared back over the list: the reader splits "Mechanical or
// Electrical Engineering" into "Mechanical" and "Electrical Engineering", and "Mechanical
// Engineering" is asked too. Only a field the kb spells whole at that level counts
// ("Mathematics or Computer Science" gives no "Mathematics Science", nor "Science" alone).
std::vector<int> SharedHeadDegrees(const SkillMatcher& matcher, DegreeLevel level,
                                   const std::vector<std::string>& written) {
  std::vector<int> out;
  const char* name = LevelName(level);
  const int generic = name ? WholeTermSkill(matcher, name) : -1;
  if (generic < 0) return out;
  const std::string lead = std::string(name) + " in ";
  for (size_t i = 0; i < written.size(); ++i) {
    if (written[i].find(' ') != std::string::npos) continue;
    for (size_t j = i + 1; j < written.size(); ++j) {
      const size_t space = written[j].find(' ');
      if (space == std::string::npos) continue;
      const int skill = LevelDegreeOver(matcher, lead, generic,
                                        written[i] + written[j].substr(space));
      if (skill >= 0) out.push_back(skill);
      break;
    }
  }
  return out;
}

// The degree-in-field skills of `ask`'s levels and fields (when it read none, those of the
// words after "degree in" in its sentence, `ask_text`; with heads shared back,
// SharedHeadDegrees) that no mention in its sentence names yet, each once.
std::vector<int> NewDegreeSkills(const SkillMatcher& matcher, const DegreeAsk& ask,
                                 std::string_view ask_text, const std::vector<Mention>& mentions) {
  std::vector<int> added;
  std::vector<std::string> written = ask.fields;
  if (written.empty()) written.push_back(FieldRunAfterDegree(ask_text));
  for (DegreeLevel level : AskedLevels(ask, ask_text)) {
    std::vector<int> skills;
    for (const std::string& fields : written) {
      for (int skill : DegreeInFieldSkills(matcher, level, fields)) skills.push_back(skill);
    }
    for (int skill : SharedHeadDegrees(matcher, level, written)) skills.push_back(skill);
    for (int skill : skills) {
      const bool named = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
        return m.skill == skill && InAsk(m, ask);
      });
      if (!named && std::find(added.begin(), added.end(), skill) == added.end()) {
        added.push_back(skill);
      }
    }
  }
  return added;
}

// Drops from `mentions` the generic degrees in `ask`'s sentence that a degree skill named
// there (or in `added`) implies.
void DropImpliedGeneric(const KnowledgeBase& kb, const DegreeAsk& ask,
                        const std::vector<int>& generic, const std::vector<int>& added,
                        std::vector<Mention>* mentions) {
  std::vector<int> specific = added;
  for (const Mention& m : *mentions) {
    if (InAsk(m, ask) && IsDegreeSkill(kb, m.skill)) specific.push_back(m.skill);
  }
  auto implied = [&](const Mention& m) {
    return InAsk(m, ask) && std::find(generic.begin(), generic.end(), m.skill) != generic.end() &&
           std::any_of(specific.begin(), specific.end(),
                       [&](int s) { return ImpliesSkill(kb, s, m.skill); });
  };
  mentions->erase(std::remove_if(mentions->begin(), mentions->end(), implied), mentions->end());
}

// Drops from `mentions` the generic degrees in `ask`'s sentence that a degree skill named
// over the same words implies: "University degree (computer science or business
// administration)", its fields' degrees read by the phrase rules, is no generic degree too.
// A degree named apart keeps it: in "Bachelor's degree (MBA preferred)" the bachelor's stays.
void DropGenericUnderNamed(const KnowledgeBase& kb, const DegreeAsk& ask,
                           const std::vector<int>& generic, std::vector<Mention>* mentions) {
  const std::vector<Mention> all = *mentions;
  auto covered = [&](const Mention& m) {
    if (!InAsk(m, ask) || std::find(generic.begin(), generic.end(), m.skill) == generic.end()) {
      return false;
    }
    return std::any_of(all.begin(), all.end(), [&](const Mention& s) {
      return s.skill != m.skill && IsDegreeSkill(kb, s.skill) && s.begin < m.end &&
             m.begin < s.end && ImpliesSkill(kb, s.skill, m.skill);
    });
  };
  mentions->erase(std::remove_if(mentions->begin(), mentions->end(), covered), mentions->end());
}

// Where the degree skills of `ask` (its sentence `ask_text`) are placed: on the first mention
// of a degree skill in the sentence, else on its first level word, which the degree reader
// reads in more forms than the kb's spellings ("Master\u0092s degree"). False when neither.
bool PlaceOfAsk(const KnowledgeBase& kb, const std::vector<Mention>& mentions,
                std::string_view ask_text, const DegreeAsk& ask, Mention* place) {
  const int at = FirstDegreeMention(kb, mentions, ask.begin, ask.end);
  if (at >= 0) {
    *place = mentions[static_cast<size_t>(at)];
    return true;
  }
  const std::vector<LevelWord> words = FindLevelWords(ask_text, true);
  if (words.empty()) return false;
  place->begin = ask.begin + words.front().begin;
  place->end = ask.begin + words.front().end;
  place->guarded = false;
  return true;
}

}  // namespace

std::vector<Mention> WithDegreeFieldSkills(std::string_view text, const SkillMatcher& matcher,
                                           const std::vector<DegreeAsk>& asks,
                                           std::vector<Mention> mentions) {
  const KnowledgeBase& kb = matcher.kb();
  for (const DegreeAsk& ask : asks) {
    if (ask.end > text.size()) continue;
    Mention place;
    if (!PlaceOfAsk(kb, mentions, text.substr(ask.begin, ask.end - ask.begin), ask, &place)) {
      continue;
    }
    const std::vector<int> added =
        NewDegreeSkills(matcher, ask, text.substr(ask.begin, ask.end - ask.begin), mentions);
    if (added.empty()) {
      DropGenericUnderNamed(kb, ask, GenericDegrees(matcher, ask.levels), &mentions);
      continue;
    }
    DropImpliedGeneric(kb, ask, GenericDegrees(matcher, ask.levels), added, &mentions);
    for (int skill : added) {
      Mention m = place;
      m.skill = skill;
      m.guarded = false;
      mentions.push_back(m);
    }
  }
  std::stable_sort(mentions.begin(), mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  return mentions;
}

namespace {

// The words right around a mention [begin, end) of `text` that may say its level: up to 24
// bytes on each side, within its line and its clause (cut at ",;.()" and line breaks):
// "You hold a masters [degree in Business Administration] ( MBA )" -> "You hold a masters
// degree in Business Administration "; "A [finance degree], a master's is a plus" -> "A
// finance degree".
std::string_view ClauseAround(std::string_view text, size_t begin, size_t end) {
  constexpr size_t kReach = 24;
  static constexpr std::string_view kStops = ",;.()\n";
  size_t b = begin > kReach ? begin - kReach : 0;
  const size_t stop_before = text.substr(b, begin - b).find_last_of(kStops);
  if (stop_before != std::string_view::npos) b += stop_before + 1;
  size_t e = std::min(end + kReach, text.size());
  const size_t stop_after = text.substr(end, e - end).find_first_of(kStops);
  if (stop_after != std::string_view::npos) e = end + stop_after;
  return text.substr(b, e - b);
}

// The one level above a bachelor's that the level words of `clause` name, when they name no
// other: "a business or finance degree at masters level" -> master; kUnknown when they name
// none, a bachelor's, or two levels ("BSc or MSc in Finance").
DegreeLevel OnlyHigherLevel(std::string_view clause) {
  std::vector<DegreeLevel> levels;
  for (const LevelWord& w : FindLevelWords(clause, /*jd=*/false)) levels.push_back(w.level);
  // "at master's level", "at bachelor level": a level said of a degree named before it (the
  // level words leave "master level" out, as a resume's "master level course" is no degree).
  static const RE2 kAtLevel("(?i)\\bat\\s+(?:a\\s+)?(master|bachelor|doctoral|phd)\\S*\\s+level\\b");
  re2::StringPiece rest(clause.data(), clause.size());
  std::string word;
  while (RE2::FindAndConsume(&rest, kAtLevel, &word)) {
    const char c = AsciiLower(word[0]);
    levels.push_back(c == 'm' ? DegreeLevel::kMaster
                              : c == 'b' ? DegreeLevel::kBachelor : DegreeLevel::kDoctorate);
  }
  DegreeLevel only = DegreeLevel::kUnknown;
  for (DegreeLevel level : levels) {
    if (level != DegreeLevel::kMaster && level != DegreeLevel::kDoctorate) return DegreeLevel::kUnknown;
    if (only != DegreeLevel::kUnknown && only != level) return DegreeLevel::kUnknown;
    only = level;
  }
  return only;
}

// The field a degree-in-field skill's name spells after "degree in ": "Bachelor's degree in
// finance" -> "finance"; "" when the name has none.
std::string_view FieldOfName(std::string_view name) {
  const size_t in = name.find(" in ");
  return in == std::string_view::npos ? std::string_view() : name.substr(in + 4);
}

}  // namespace

std::vector<Mention> WithDegreeFieldsAtLineLevel(std::string_view text, const SkillMatcher& matcher,
                                                 std::vector<Mention> mentions) {
  const KnowledgeBase& kb = matcher.kb();
  const std::vector<int> bachelor = GenericDegrees(matcher, {DegreeLevel::kBachelor});
  const std::vector<int> higher = GenericDegrees(matcher, {DegreeLevel::kMaster, DegreeLevel::kDoctorate});
  if (bachelor.empty()) return mentions;
  // A bachelor's in a field: it implies the generic bachelor's and no higher degree (a
  // master's implies the bachelor's too: "Cand.oecon." stays).
  const auto field_bachelor = [&](const Mention& m) {
    if (!IsDegreeSkill(kb, m.skill) || m.skill == bachelor[0] || !ImpliesSkill(kb, m.skill, bachelor[0])) {
      return false;
    }
    for (int h : higher) {
      if (m.skill == h || ImpliesSkill(kb, m.skill, h)) return false;
    }
    return m.end <= text.size();
  };
  std::vector<Mention> out;
  out.reserve(mentions.size());
  for (Mention& m : mentions) {
    if (!field_bachelor(m) ||
        !FindLevelWords(text.substr(m.begin, m.end - m.begin), /*jd=*/false).empty()) {
      out.push_back(std::move(m));
      continue;
    }
    const DegreeLevel level = OnlyHigherLevel(ClauseAround(text, m.begin, m.end));
    if (level == DegreeLevel::kUnknown) {
      out.push_back(std::move(m));
      continue;
    }
    // The degree of that level in the field, when the kb spells one; else none.
    for (int skill : DegreeInFieldSkills(matcher, level, FieldOfName(kb.skills()[m.skill].name))) {
      Mention at_level = m;
      at_level.skill = skill;
      out.push_back(at_level);
    }
  }
  return out;
}

}  // namespace skillfit
