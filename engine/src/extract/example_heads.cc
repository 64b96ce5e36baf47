#include "extract/example_heads.h"

#include <algorithm>
#include <string>

#include "util/ascii.h"

namespace skillfit {

namespace {

// The end of the clause that starts at `at`: a line break, ';', ':' or a sentence's '.'.
size_t ClauseEnd(std::string_view text, size_t at) {
  for (; at < text.size(); ++at) {
    const char c = text[at];
    if (c == '\n' || c == ';' || c == ':') return at;
    if (c == '.' && (at + 1 >= text.size() || text[at + 1] == ' ')) return at;
  }
  return at;
}

// Whether example skill `example` is of the kind of head skill `head`.
bool OfItsKind(const KnowledgeBase& kb, int example, int head) {
  if (example == head) return true;
  const std::vector<int>& implied = kb.ImpliedBy(example);
  const std::vector<int>& related = kb.RelatedTo(example);
  return std::find(implied.begin(), implied.end(), head) != implied.end() ||
         std::find(related.begin(), related.end(), head) != related.end();
}

}  // namespace

std::vector<int> ExamplesAfter(std::string_view text, const std::vector<Mention>& mentions,
                               size_t k) {
  // ", such as": set off by a comma, the examples are added to a head already complete; without
  // it ("software architecture patterns such as CQRS") they say which of a family is meant,
  // and the family is named.
  size_t at = mentions[k].end;
  if (at >= text.size() || text[at] != ',') return {};
  ++at;
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  if (AsciiLowerCopy(text.substr(at, 8)) != "such as ") return {};
  const size_t list_begin = at + 8, list_end = ClauseEnd(text, list_begin);
  std::vector<int> examples;
  for (size_t j = k + 1; j < mentions.size() && mentions[j].begin < list_end; ++j) {
    if (mentions[j].begin >= list_begin) examples.push_back(mentions[j].skill);
  }
  return examples;
}

std::vector<Mention> WithoutExampleHeads(std::string_view text, const KnowledgeBase& kb,
                                         std::vector<Mention> mentions) {
  std::vector<Mention> kept;
  kept.reserve(mentions.size());
  for (size_t k = 0; k < mentions.size(); ++k) {
    const std::vector<int> examples = ExamplesAfter(text, mentions, k);
    const bool family = std::any_of(examples.begin(), examples.end(),
                                    [&](int e) { return OfItsKind(kb, e, mentions[k].skill); });
    if (examples.size() < 2 || family) kept.push_back(mentions[k]);
  }
  return kept;
}

}  // namespace skillfit
