// Internal: the part of a posting's title that names the team, product or programme the role
// sits in, not the role (issue 13 item 4: team and product names in titles are context).
//   "Software Engineer - Cloud Security"                -> "Cloud Security"
//   "Java Developer - Credit Research Application <ORGANIZATION>" -> "Credit Research Application"
//   "Customer Experience Data Scientist, Google Cloud Support" -> "Google Cloud Support"
//   "Senior Java Developer"                              -> none: no separator
//   "Engineering Manager - Senior Developer"            -> none: the tail names a post
//   "DevOps Engineer ( CI CD Cloud Docker Jenkins )"     -> none: brackets list the role's tools
//   "Human Resource Management <ORGANIZATION> You ..."   -> "Human Resource Management": no post
//                                                           before the employer, a board's category
#ifndef SKILLFIT_EXTRACT_TITLE_TAIL_H_
#define SKILLFIT_EXTRACT_TITLE_TAIL_H_

#include <string_view>

namespace skillfit {

struct TitleTail {
  size_t begin = std::string_view::npos;  // npos when there is none
  size_t end = std::string_view::npos;
};

// The tail of `title` (a JD's first line): the text after the first separator (" - ", " – ",
// " — ", ", ", " | ", ": ") up to the next separator, bracket or placeholder ("<ORGANIZATION>"),
// when the part before it names a post (NamesPost) and the tail names none and runs to six
// words at most. The title ends at its first placeholder: a posting flattened to one line goes
// on with the employer, the job board's fields and the body, which are no tail. A title with no
// separator that names no post before the employer's placeholder is the job board's category
// or the department, and is returned whole. The skills the
// tail names are the setting of the job; the body says whether they are also asked.
TitleTail FindTitleTail(std::string_view title);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_TITLE_TAIL_H_
