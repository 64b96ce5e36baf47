// Internal: a role's title as evidence (kb/titles.yaml): "Data Scientist" names data science.
#ifndef SKILLFIT_EXTRACT_TITLE_EVIDENCE_H_
#define SKILLFIT_EXTRACT_TITLE_EVIDENCE_H_

#include <string_view>
#include <utility>
#include <vector>

#include "skillfit/document.h"
#include "skillfit/profile.h"
#include "skillfit/skill_matcher.h"
#include "skillfit/title_table.h"

namespace skillfit {

// The byte span [first, second) of `role`'s title in `text` (Role::title as written, found
// from the role's start and beginning inside the role), or {npos, npos} when the role has no
// title there, or is a project or a career break.
std::pair<size_t, size_t> TitleSpan(std::string_view text, const Role& role);

// Adds to `mentions` (kept in text order) one mention of each skill the title of a role names,
// spanning the title in the role's header, unless a mention of that skill already overlaps
// it. The role then uses the skill, with its years, as a bullet naming it would.
void AddTitleMentions(const Document& doc, const std::vector<Role>& roles,
                      const TitleTable& titles, std::vector<Mention>* mentions);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_TITLE_EVIDENCE_H_
