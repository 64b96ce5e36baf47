// Internal: a site named as a link on a resume's contact lines is no skill. "LinkedIn |
// GitHub" under the name, "github/3ilo" beside an e-mail address or "GitHub: ana-r" says where
// the profile is, not that its owner works with the site (a web address, "github.com/ana",
// is already no mention: link_spans.h).
//   mentions = WithoutContactLabels(doc.text, sections, std::move(mentions));
#ifndef SKILLFIT_EXTRACT_CONTACT_LINES_H_
#define SKILLFIT_EXTRACT_CONTACT_LINES_H_

#include <string_view>
#include <vector>

#include "skillfit/sections.h"
#include "skillfit/skill_matcher.h"

namespace skillfit {

// Whether `line` is a contact line: it holds an e-mail address, a phone number (seven digits
// or more) or a web address, or every item of it (split at "|", "•", "·", ",", ";" and wide
// gaps) is a site's label ("LinkedIn", "GitHub", "Portfolio", "github/3ilo").
bool IsContactLine(std::string_view line);

// `mentions` less those that are a site's label on a contact line of the resume's top: the
// lines before its first named section, at most the first 15. A label is an item that is the
// site's name alone or followed by a handle ("github/3ilo", "GitHub: ana-r", "GitHub ana-r");
// other skills on such a line ("Python developer | ana@x.org") are kept.
std::vector<Mention> WithoutContactLabels(std::string_view text,
                                          const std::vector<Section>& sections,
                                          std::vector<Mention> mentions);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_CONTACT_LINES_H_
