// Internal: the part of a posting's title that names the team, product or programme the role
// sits in, not the role (issue 13 item 4: team and product names in titles are context).
//   "Software Engineer - Cloud Security"                -> "Cloud Security"
//   "Java Developer - Credit Research Application"      -> "Credit Research Application"
//   "Customer Experience Data Scientist, Google Cloud Support" -> "Google Cloud Support"
//   "Senior Java Developer"                              -> none: no separator
//   "Engineering Manager - Senior Developer"            -> none: the tail names a post
//   "DevOps Engineer ( CI CD Cloud Docker Jenkins )"     -> none: brackets list the role's tools
#ifndef SKILLFIT_EXTRACT_TITLE_TAIL_H_
#define SKILLFIT_EXTRACT_TITLE_TAIL_H_

#include <string_view>

namespace skillfit {

// Where the tail of `title` (a JD's first line) begins: the text after the first separator
// (" - ", " – ", " — ", ", ", " | ", ": ") when the part before it names a post (NamesPost)
// and the part after it, up to the next separator or bracket, names none. npos when the title
// has no such tail. The skills the title tail names are the setting of the job; the body says
// whether they are also asked.
size_t TitleTailBegin(std::string_view title);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_TITLE_TAIL_H_
