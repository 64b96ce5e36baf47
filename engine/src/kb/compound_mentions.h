// Internal: a match whose words are two skill names written together (issue 13 item 7).
// The longest match at a place wins ("Java Spring" over "Java"), which drops a skill the writer
// named too. A compound whose skill implies the other name's skill, or that qualifies it by an
// operating system, is read as its two names, each a mention with its own span:
//   "Java Spring Boot"  -> Java + Spring Boot  ("Java Spring" implies Java; "Spring" then
//                                                meets its longer match "Spring Boot")
//   "UNIX scripting"    -> Unix + Bash (shell scripting, over the word "scripting")
//   "SAP S/4HANA"       -> SAP + SAP S/4HANA
// and not:
//   "Apache Maven"      (Maven does not imply the Apache HTTP Server, which is no system)
//   "C shell"           (C is neither implied by Bash nor an operating system)
//   "JavaScript"        (one word: "Java" is no whole word of it)
//
//   SplitCompoundMentions(kb, &raw);  // before overlaps are settled
#ifndef SKILLFIT_KB_COMPOUND_MENTIONS_H_
#define SKILLFIT_KB_COMPOUND_MENTIONS_H_

#include <string_view>
#include <vector>

#include "skillfit/knowledge_base.h"
#include "skillfit/skill_matcher.h"

namespace skillfit {

// Replaces in `raw` (every candidate mention of `text`, overlapping, in any order) each
// compound C = P + R where:
// - P and R are candidates too: P starts where C starts and R ends where C ends (or the other
//   way round), and only spaces or a '-' lie between them (a '/' joins alternatives);
// - P names another skill than C, which C implies, or an operating system qualifying R when
//   R names a kind of work that C implies ("Unix" + "scripting" for Bash);
// by P and C over the span of R. Other candidates are kept as they are.
void SplitCompoundMentions(std::string_view text, const KnowledgeBase& kb,
                           std::vector<Mention>* raw);

}  // namespace skillfit

#endif  // SKILLFIT_KB_COMPOUND_MENTIONS_H_
