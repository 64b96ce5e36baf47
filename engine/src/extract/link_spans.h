// Web addresses and e-mail addresses inside a text. A skill name inside one is not a mention:
// "github.com/ana" on a contact line says where the code is, not that its owner uses GitHub,
// and "jobs@acme.io" names no skill.
//
//   std::vector<Mention> kept = WithoutLinkMentions(text, matcher.Find(text));
#ifndef SKILLFIT_EXTRACT_LINK_SPANS_H_
#define SKILLFIT_EXTRACT_LINK_SPANS_H_

#include <string_view>
#include <vector>

#include "skillfit/skill_matcher.h"

namespace skillfit {

// Whether [begin, end) lies inside a token (a run of non-space bytes) that is a web address
// ("https://...", "www....", "name.tld/..." with a lowercase top-level domain), an e-mail
// address ("x@y.z"), or a bare host name of three labels or more of which it is only a part
// ("ifttt.github.io"; a whole "socket.io" or "cloud.gov" may name a skill).
bool InsideLink(std::string_view text, size_t begin, size_t end);

// `mentions` less those InsideLink, in order.
std::vector<Mention> WithoutLinkMentions(std::string_view text, std::vector<Mention> mentions);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_LINK_SPANS_H_
