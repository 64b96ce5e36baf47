// Internal: a skill named only as the kind of the examples that follow it (issue 13 item 6).
// In "principles applied to delivery and program management, such as lean startup,
// user-centered design and agile development" the examples are what the posting names; the
// words before "such as" say where they apply, and ask nothing themselves. A head the examples
// are of ("scripting languages, such as Bash and Python": Bash is a scripting language) names
// a family and stays (../shared/eval/LABELING.md: "keep a family when the JD names it"), and so
// does a head without the comma ("software architecture patterns such as CQRS").
//
//   std::vector<Mention> kept = WithoutExampleHeads(text, kb, mentions);
#ifndef SKILLFIT_EXTRACT_EXAMPLE_HEADS_H_
#define SKILLFIT_EXTRACT_EXAMPLE_HEADS_H_

#include <string_view>
#include <vector>

#include "skillfit/knowledge_base.h"
#include "skillfit/skill_matcher.h"

namespace skillfit {

// The mentions (kb indexes, in text order) of the examples after mention `k`: ", such as"
// follows it, and the examples run to the end of the sentence or clause. Empty when no such
// list follows; also "X such as A, B" without the comma, where the examples say which of the
// family X is meant and X is named ("software architecture patterns such as CQRS").
std::vector<int> ExamplesAfter(std::string_view text, const std::vector<Mention>& mentions,
                               size_t k);

// `mentions` less each one that heads two examples or more, none of which is of its kind:
// none implies it (directly or through other skills) nor is related to it in the kb.
std::vector<Mention> WithoutExampleHeads(std::string_view text, const KnowledgeBase& kb,
                                         std::vector<Mention> mentions);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_EXAMPLE_HEADS_H_
