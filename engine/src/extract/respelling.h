// British and American spellings of one word, and the phrases around a word read in its other
// spelling, so that a skill the kb spells one way is found when a text spells it the other.
//
//   OtherSpellings("modelling")       -> {"modeling"}
//   OtherSpellings("containerized")   -> {"containerised"}
//   OtherSpellings("centre")          -> {"center"}
//   AddRespelled(text "database normalisation rules", word 1)
//     -> {"database normalization rules", 0-28}, {"database normalization", 0-22}, ...
//
// The rules are endings, not a list of words: -isation/-ization, -ise/-ize (-ised, -ising,
// -ises, -iser) and -yse/-yze both ways; -elling/-eling, -elled/-eled, -eller/-eler both ways;
// British -ogue, -tre, -iour, -ence of "licence", "defence", "offence", "programme" and
// "-orientated" to the American form. An "&" between words is also read as "and" (the kb spells most of its
// names with "and"). Three letters at least come before the ending: "selling", "noise", "size"
// have no other spelling.
#ifndef SKILLFIT_EXTRACT_RESPELLING_H_
#define SKILLFIT_EXTRACT_RESPELLING_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/phrase_candidates.h"
#include "extract/phrase_words.h"

namespace skillfit {

// The other spellings of a word, lowercase; empty when it has none.
std::vector<std::string> OtherSpellings(std::string_view word);

// For word token i with another spelling: each run of up to three content words around it
// read with the word respelled, as candidates of one group (`group`) and slot, so that only
// the longest reading naming a skill counts.
void AddRespelled(std::string_view text, const std::vector<Token>& t, size_t i, int group,
                  std::vector<PhraseCandidate>* out);

// For token i an "&" between words: each run of up to four words around it, with a word on
// each side, read with "and" ("backup & restore" -> "backup and restore"), as candidates of
// one group and slot.
void AddAmpersandAsAnd(std::string_view text, const std::vector<Token>& t, size_t i, int group,
                       std::vector<PhraseCandidate>* out);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_RESPELLING_H_
