// Internal: skill words a JD uses in their ordinary sense (issue 13 item 6). A skill's name is
// often also a word for people, a team or an action; read so, it asks nothing of the candidate:
//   "working alongside Scrum Masters and Product Owners"  (colleagues: a role noun in the plural)
//   "offer front end developers a smooth handover"         (the same, after the skill words)
//   "Work with product management and QA to ..."           (teams one works with)
//   "Help the backend team ship faster"                     (a team named by its work)
//   "Make monitoring and alerting alert on symptoms"        (a verb before its object)
//   "Masters degree in business administration or data science"  (the subject of a degree)
//   "using best software development practices"                  (the discipline's method)
//
//   std::vector<Mention> kept = WithoutOrdinarySenses(text, mentions);
#ifndef SKILLFIT_EXTRACT_WORD_SENSE_H_
#define SKILLFIT_EXTRACT_WORD_SENSE_H_

#include <string_view>
#include <vector>

#include "skillfit/skill_matcher.h"

namespace skillfit {

// Whether mention `k` of `mentions` (in text order) reads in an ordinary sense:
// - its last word is a role noun in the plural ("Product Owners", "UX designers"), or one
//   follows it, also after a joined skill ("front end developers", "iOS and Android
//   developers"), unless the sentence says the role is the one hired for;
// - its last word is a role noun in the singular (a job title: "Information Architect",
//   "Product Manager") that is not the hire's: not on the title line or in a heading, not
//   after "as a", "you are a", "this role" or a hiring cue, not before "role"/"position",
//   and not written in the posting's title ("Support the Product Manager" is a colleague);
// - it names a department ("product management", "QA", "design") right after a cue of working
//   with others ("collaborate with", "alongside", "partner with"), unless experience is asked
//   ("experience working with ...");
// - a determiner comes before it and a team word after it ("the backend team");
// - it lies in the field list of a degree and names no degree itself ("degree in ... data
//   science", "M.Sc . in Software Engineering");
// - it names a team, unit or organisation: "cloud.gov, a product team within ...",
//   "cloud.gov's core languages", "IT Modernization Centers of Excellence";
// - the sentence says the job is not it ("The job is not telephone sales");
// - it names the discipline of making software before a word for a way of doing it ("best
//   software development practices", "software development process e.g. Scrum");
// - it is the object of a verb of swaying others' work: "use usability research to influence
//   project planning", "analytics that inform product strategy";
// - it is a guarded spelling that opens a sentence or list item and another skill's name
//   follows it as its object ("Make monitoring ..."), unless nothing but other skills, joins
//   and "or similar" follow on its line: a list item ("Selenium jest/enzyme or similar").
bool OrdinarySense(std::string_view text, const std::vector<Mention>& mentions, size_t k);

// `mentions` less those OrdinarySense reads as ordinary words, in order.
std::vector<Mention> WithoutOrdinarySenses(std::string_view text, std::vector<Mention> mentions);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_WORD_SENSE_H_
