#include "extract/title_evidence.h"

#include <algorithm>
#include <string>

#include "util/ascii.h"

namespace skillfit {

namespace {

bool ByBegin(const Mention& a, const Mention& b) { return a.begin < b.begin; }

// Whether mentions[0, n) are in text order and none overlaps the next, as the matcher gives
// them: their ends are then in order too.
bool InOrderApart(const std::vector<Mention>& mentions, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (mentions[i].end < mentions[i].begin) return false;
    if (i > 0 && mentions[i].begin < mentions[i - 1].end) return false;
  }
  return true;
}

// Whether a mention of `skill` among mentions[0, n) overlaps [at, end). Mentions in order and
// apart (`apart`) are found by halving: the ones that end after `at` and begin before `end`
// (a scan of them all for every role made a resume of many roles quadratic).
bool Named(const std::vector<Mention>& mentions, size_t n, bool apart, int skill, size_t at,
           size_t end) {
  auto overlaps = [&](const Mention& m) { return m.skill == skill && m.begin < end && at < m.end; };
  if (!apart) return std::any_of(mentions.begin(), mentions.begin() + n, overlaps);
  auto first = std::partition_point(mentions.begin(), mentions.begin() + n,
                                    [at](const Mention& m) { return m.end <= at; });
  for (auto it = first; it != mentions.begin() + n && it->begin < end; ++it) {
    if (overlaps(*it)) return true;
  }
  return false;
}

}  // namespace

std::pair<size_t, size_t> TitleSpan(std::string_view text, const Role& role) {
  constexpr size_t npos = std::string_view::npos;
  if (role.title.empty() || role.project || role.career_break) return {npos, npos};
  // The title's first place from the role's start that begins inside the role: the search
  // stops there, not at the end of the text.
  if (role.end <= role.begin || role.begin >= text.size()) return {npos, npos};
  const size_t window = std::min(text.size(), role.end - 1 + role.title.size());
  // Found case aside: a title written in capitals is read in title case ("GRAPHIC WEB
  // DESIGNER" -> "Graphic Web Designer", ParseRoleHeader), which changes no byte's place.
  const std::string role_text = AsciiLowerCopy(text.substr(role.begin, window - role.begin));
  const size_t found = role_text.find(AsciiLowerCopy(role.title));
  if (found == npos) return {npos, npos};
  const size_t at = role.begin + found;
  if (at >= role.end) return {npos, npos};
  return {at, at + role.title.size()};
}

void AddTitleMentions(const Document& doc, const std::vector<Role>& roles,
                      const TitleTable& titles, std::vector<Mention>* mentions) {
  const std::string_view text = doc.text;
  const size_t before = mentions->size();
  const bool apart = InOrderApart(*mentions, before);
  for (const Role& role : roles) {
    const auto [at, end] = TitleSpan(text, role);
    if (at == std::string_view::npos) continue;
    for (int skill : titles.SkillsOf(role.title)) {
      if (!Named(*mentions, before, apart, skill, at, end)) {
        mentions->push_back({skill, at, end, false});
      }
    }
  }
  // The mentions added, in order, merged into the rest (in order already, as the matcher
  // keeps them): the same order a stable sort of them all gives, without a copy of them all.
  std::stable_sort(mentions->begin() + before, mentions->end(), ByBegin);
  if (std::is_sorted(mentions->begin(), mentions->begin() + before, ByBegin)) {
    std::inplace_merge(mentions->begin(), mentions->begin() + before, mentions->end(), ByBegin);
  } else {
    std::stable_sort(mentions->begin(), mentions->end(), ByBegin);
  }
}

}  // namespace skillfit
