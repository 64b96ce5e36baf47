// Internal: spoken languages named as skills, read with the proficiency around them.
//
//   "Fluent in German and English (C1), French is a plus"
//     -> german {fluent, C1... : "Fluent", C1, required?}, english {"C1", C1}, french {preferred}
//   "a French tire manufacturer", "CV in English", "free German classes" -> nothing
//
// A name of a kb skill of kind `language` counts only where the text states or asks a
// proficiency in it: a level word (fluent, native, bilingual, business, conversational, basic,
// good, excellent ...), a CEFR level (A1-C2), an ILR level (0-5, 0+ .. 4+), "command of",
// "knowledge of", "speak", "written and spoken", "<language> skills", "<language> language",
// "<language>-speaking team", an ask said of it ("German is a plus", "Danish preferred"; not
// "applications in English are required"), or a "Languages:" line or a languages section. A list shares its
// context: "fluent in German and English" gives both the same proficiency, and a language in
// a sentence whose other language counts counts too ("Fluent English is a must while German
// is an advantage"). It never counts as an adjective ("German market", "Danish universities"),
// in a course or class ("free German lessons", "willing to learn German"), when negated ("you do
// not have to speak Danish"), or for a market or audience ("English-speaking customers").
#ifndef SKILLFIT_SPOKEN_LANGUAGE_H_
#define SKILLFIT_SPOKEN_LANGUAGE_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/jd_cues.h"
#include "skillfit/knowledge_base.h"
#include "skillfit/skill_matcher.h"

namespace skillfit {

// What a text says about one mention of a spoken language.
struct LanguageReading {
  bool language = false;    // the mention names a spoken language (kind `language`)
  bool counts = false;      // stated or asked with proficiency context
  std::string proficiency;  // the words as written ("fluent", "C1", "ILR 3"); empty: none
  int cefr = 0;             // 1..6 = A1..C2 (CefrOf), 0 when no level is stated
  Cue cue = Cue::kNone;     // "is a must" / "is a plus" said of it, near it; kNone: none
};

// The CEFR level (1..6 = A1..C2) a proficiency phrase stands for, 0 when it names none.
// The one table (README, "Spoken languages"):
//   native, mother tongue, first language, bilingual, near-native, ILR 4, 4+, 5 -> C2 (6)
//   fluent, fluency, perfect, mastery, excellent, advanced, very good, strong, high level,
//     negotiation level, full or professional working proficiency, ILR 3, 3+   -> C1 (5)
//   proficient, proficiency, professional, business, good, well, upper intermediate,
//     ILR 2, 2+                                                                  -> B2 (4)
//   conversational, working, intermediate, limited working proficiency, ILR 1+   -> B1 (3)
//   basic, elementary, pre-intermediate, ILR 1                                   -> A2 (2)
//   beginner, ILR 0+                                                             -> A1 (1)
//   A1 .. C2 as written; ILR 0 -> 0 (no proficiency).
//   "fluent" -> 5, "C1" -> 5, "B2" -> 4, "ILR 2+" -> 4, "conversational" -> 3, "team" -> 0.
int CefrOf(std::string_view phrase);

// One reading per mention of `mentions` (in the order given, sorted by begin, as
// SkillMatcher::Find returns them); a mention of a skill of another kind reads counts = true
// and nothing else.
std::vector<LanguageReading> ReadSpokenLanguages(std::string_view text, const KnowledgeBase& kb,
                                                 const std::vector<Mention>& mentions);

// Removes from `mentions` the spoken-language mentions that do not count. Costs nothing when
// none names a language.
void DropUncountedLanguages(std::string_view text, const KnowledgeBase& kb,
                            std::vector<Mention>* mentions);

}  // namespace skillfit

#endif  // SKILLFIT_SPOKEN_LANGUAGE_H_
