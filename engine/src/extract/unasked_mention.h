// Internal: a skill whose own phrase sets it outside what is asked (issue 13 item 4). Whatever
// the sentence around it asks, the words just before the skill say it is not the ask:
//   "highly reliable systems much like those of the best financial institutions"  a benchmark
//   "a platform on par with online banking"                                       a benchmark
//   "Desire to learn modern technologies for big data/analytics"                  to be learned
//   "Experience in banking, much like ours"       no: the comparison comes after the skill
//   "Willingness to travel; experience with SAP"  no: the clause of the wish has ended
#ifndef SKILLFIT_EXTRACT_UNASKED_MENTION_H_
#define SKILLFIT_EXTRACT_UNASKED_MENTION_H_

#include <cstddef>
#include <string_view>

namespace skillfit {

// True when the skill at offset `at` of `sentence` is the object of a comparison ("much like",
// "just like", "similar to", "comparable to", "on par with", "as ... as those of") or of a
// contrast ("more than just", "not just": what the employer goes beyond) opened in
// its clause (no ',', ';', ':' or '.' between) at most ten words before it.
bool NamedAsBenchmark(std::string_view sentence, size_t at);

// True when the skill at offset `at` of `sentence` is what a wish to learn names ("desire to
// learn", "willingness to learn", "eager to learn", "chance to learn", "interest in learning"),
// opened in its clause at most ten words before it: the wish is asked, the skill is not.
bool NamedToLearn(std::string_view sentence, size_t at);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_UNASKED_MENTION_H_
