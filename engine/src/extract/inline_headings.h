// Internal: headings written in capitals inside a line, where a posting was flattened to one
// line without breaks: "... the engineering department THE EQUIPMENT WE PROVIDE Enjoy coffee
// and fruit for free Use state of the art laptops ( MacOS Linux Windows? ...) ...". What
// follows such a heading on its line belongs to the kind it names (issue 13 item 4: benefits,
// the company, legal text are context).
//
//   for (const InlineHeading& h : FindInlineHeadings(line)) ...
#ifndef SKILLFIT_EXTRACT_INLINE_HEADINGS_H_
#define SKILLFIT_EXTRACT_INLINE_HEADINGS_H_

#include <string_view>
#include <vector>

#include "skillfit/sections.h"

namespace skillfit {

struct InlineHeading {
  size_t begin = 0;  // span of the capitals in the line
  size_t end = 0;
  SectionKind kind = SectionKind::kOther;
  // A heading of another kind (demands, duties: "OUR IDEAL CANDIDATE") after a context one:
  // it only ends that one's reach, and what follows is read as the section it stands in.
  bool closes = false;
  // A label rather than a run of capitals: before a colon ("Job benefits:", "We are impressed
  // if you have:") or run in ("We offer").
  bool labelled = false;
  // It speaks to the end of its line, or to the next heading, not only to its sentence's end:
  // a label of benefits that says so ("Job benefits:", "We offer"). The company's labels
  // speak to their sentence's end, as capitals do: in a posting flattened to one line, what
  // follows "Company description:" may be the whole job.
  bool to_line_end = false;
};

// The runs of two or more words in capitals (letters and apostrophes only, eight letters at
// least in all) in `line`, also at its start ("THIS ROLE OFFERS YOU the chance to ..."), that
// ClassifyHeading reads as a context kind (about, benefits, legal); in order. "AWS EC2" or
// "SQL SERVER" name no kind. A heading of demands or duties ("OUR IDEAL CANDIDATE", "YOU
// WILL") is left to the words of each sentence, which say more in a flattened posting than a
// heading run into them; after a context heading it is listed with `closes`, to end its reach.
//
// Also the labels before a colon inside the line, where a job board's posting was flattened
// with its field names: "... fluently in English We are impressed if you have: Worked in a
// startup ...", "... Fluency in English Job benefits: Free parking ... Company description:
// What we offer ...". A label is the shortest run of one to six words before the colon that
// opens with a capitalised word and that ClassifyHeading reads as a kind ("Your
// qualifications", "Job benefits"; "Nice to Have" after "Have" names none); every kind counts,
// demands and duties too, since a colon marks a label more surely than capitals do. A label at
// the line's start is the section's own heading (SplitSections reads it), a run that crosses a
// sentence's end, a bracket or another colon is no label, and a field of a job board's metadata
// run ("Industry:", IsBoardField) is left to InBoardMetadata.
std::vector<InlineHeading> FindInlineHeadings(std::string_view line);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_INLINE_HEADINGS_H_
