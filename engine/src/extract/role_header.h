// Internal: the title and company in a role's header lines.
#ifndef SKILLFIT_EXTRACT_ROLE_HEADER_H_
#define SKILLFIT_EXTRACT_ROLE_HEADER_H_

#include <string>
#include <string_view>
#include <vector>

namespace skillfit {

// The title and company a role's header lines name, dates already cut out:
//   {"AMAZON | Software Development Engineer Portland, OR"} -> {"Software Development Engineer", "AMAZON"}
//   {"JP MORGAN CHASE & CO.", "Associate, Software Engineering"} -> {"Associate, Software Engineering", "JP MORGAN CHASE & CO."}
// The title is the part that holds a word for a post (engineer, intern, manager, ...); the
// company the first other part that is not a place. Either may be empty. A title written in
// capitals is given in title case ("GRAPHIC WEB DESIGNER" -> "Graphic Web Designer").
struct RoleNames {
  std::string title;
  std::string company;
  std::string place;  // the first place named ("Noida", "San Francisco, CA"), "" when none
};
RoleNames ParseRoleHeader(const std::vector<std::string>& lines);

// A header line split at the marks that separate a title from a company and a place ("|",
// " - ", " at ", "•", ...), each part trimmed: "Data Engineer | Acme" -> {"Data Engineer", "Acme"}.
std::vector<std::string> SplitHeaderParts(std::string_view line);

// Whether `part` holds a word for a post: "Senior Engineer", "Co-founder", "Private tuition".
bool NamesPost(std::string_view part);

// Whether `part` is a place, not a name: "Remote", "Atlanta, USA", "San Francisco, CA".
bool IsPlace(std::string_view part);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_ROLE_HEADER_H_
