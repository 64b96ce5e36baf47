// YAML front matter at the start of a Markdown file ("---\n ... \n---\n"): what of it a reader
// of the page sees. Jekyll sites keep a posting's title there, and some keep its whole body:
// `responsibilities: |` with a block of prose, `qualifications:` with a list.
//
//   SkipRanges skip;
//   size_t body = SkipFrontMatter(bytes, start, &skip);  // skip the rest, read on from `body`
//
// Kept, each on a line of its own: the `title:` value without its quotes (the first line of
// the text), and every key that names a section (ClassifyHeading knows "responsibilities",
// "key_objectives", "qualifications"..., but not pay, location or eligibility) whose value
// is prose (a block scalar, a list of strings, or a plain string), as "key:" and its lines. Everything else (permalink,
// salary, dates, layout) is skipped, as is a value holding a template tag.
#ifndef SKILLFIT_DOCUMENTS_FRONT_MATTER_H_
#define SKILLFIT_DOCUMENTS_FRONT_MATTER_H_

#include <string_view>

#include "documents/text_decode.h"

namespace skillfit {

// Appends to `skip` the byte ranges of the front matter starting at `start` that a reader
// does not see, and returns where the body starts (`start` when there is no front matter).
size_t SkipFrontMatter(std::string_view s, size_t start, SkipRanges* skip);

}  // namespace skillfit

#endif  // SKILLFIT_DOCUMENTS_FRONT_MATTER_H_
