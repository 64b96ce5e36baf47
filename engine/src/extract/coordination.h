// Coordinated phrases: items joined by "and", "or" or commas that share a head noun or a
// leading word, each rebuilt whole so that the kb can be asked for it.
//
//   CoordinationCandidates("network and endpoint security", named)
//     -> {"network security", 0-29}, ...   ("endpoint security" is named as written)
//   CoordinationCandidates("application, data and infrastructure architecture", named)
//     -> {"application architecture", 0-50}, {"data architecture", 13-50}, ...
//   CoordinationCandidates("Azure Functions and Service Bus", named)
//     -> {"Azure Service Bus", 0-31}, ...
//
// Shared head: "X and Y H" and "X, Y or Z H" give "X H" and "Y H" (X, Y one or two words, H
// one or two words), with the span from X to the end of H, unless H opens with a capital right
// after a word in lowercase (a glued item: "big data/analytics Fluency in English"); also "X and Y-H" ("project and
// time-management" -> "project management"), H the part after the last item's one hyphen. Shared lead: "P X and Y" gives
// "P Y" with one to three words of Y, spanning from P, when "P X" is a mention of `named`. A list of
// three or more items shares its head only when its first item with the head names a skill;
// the list starts after an item that is itself a skill named whole ("code review, static and
// dynamic code testing": "static", "dynamic"). A line break between a word and a word in
// lowercase only wraps the phrase, and is read as a space. Most candidates name nothing; the kb
// decides (phrase_candidates.h).
// Kinds in parentheses: "H (X, Y and/or Z)" gives "X H", "Y H", "Z H" (H one or two words
// before the bracket, each item one to three words, after "e.g." or "including"), spanning
// from H to the close bracket: "data modelling (3NF or dimensional)" -> "dimensional modelling".
#ifndef SKILLFIT_EXTRACT_COORDINATION_H_
#define SKILLFIT_EXTRACT_COORDINATION_H_

#include <string_view>
#include <vector>

#include "extract/phrase_candidates.h"
#include "extract/phrase_words.h"

namespace skillfit {

// `named`: the mentions the matcher found in `text` as written, sorted by begin.
std::vector<PhraseCandidate> CoordinationCandidates(std::string_view text,
                                                    const std::vector<Mention>& named);
// The same, with the tokens of `text` (phrase_words.h) made by the caller.
std::vector<PhraseCandidate> CoordinationCandidates(std::string_view text,
                                                    const std::vector<Token>& tokens,
                                                    const std::vector<Mention>& named);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_COORDINATION_H_
