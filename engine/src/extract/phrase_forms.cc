#include "extract/phrase_forms.h"

#include <algorithm>

#include "extract/coordination.h"
#include "extract/paraphrase.h"
#include "extract/phrase_candidates.h"

namespace skillfit {
namespace {

// `mentions` with the skills that `candidates` name (MatchCandidates), merged.
std::vector<Mention> WithCandidates(const std::vector<PhraseCandidate>& candidates,
                                    const SkillMatcher& matcher, std::vector<Mention> mentions) {
  if (candidates.empty()) return mentions;
  return MergeMentions(std::move(mentions), MatchCandidates(candidates, matcher));
}

}  // namespace

std::vector<Mention> WithPhraseForms(std::string_view text, const SkillMatcher& matcher,
                                     std::vector<Mention> mentions) {
  return WithPhraseForms(text, Tokens(text), matcher, std::move(mentions));
}

std::vector<Mention> WithPhraseForms(std::string_view text, const std::vector<Token>& tokens,
                                     const SkillMatcher& matcher, std::vector<Mention> mentions) {
  std::vector<PhraseCandidate> candidates = CoordinationCandidates(text, tokens, mentions);
  // The paraphrases' groups numbered after the coordinations'.
  int first_group = 0;
  for (const PhraseCandidate& c : candidates) first_group = std::max(first_group, c.group + 1);
  for (PhraseCandidate& c : ParaphraseCandidates(text, tokens)) {
    if (c.group >= 0) c.group += first_group;
    candidates.push_back(std::move(c));
  }
  return WithCandidates(candidates, matcher, std::move(mentions));
}

std::vector<Mention> WithCoordinatedForms(std::string_view text, const SkillMatcher& matcher,
                                          std::vector<Mention> mentions) {
  const std::vector<PhraseCandidate> candidates = CoordinationCandidates(text, mentions);
  return WithCandidates(candidates, matcher, std::move(mentions));
}

}  // namespace skillfit
