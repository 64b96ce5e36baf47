#include "extract/employer_names.h"

#include <algorithm>
#include <utility>

#include "util/ascii.h"

namespace skillfit {
namespace {

// The capitalised words that name a body of people, as organisation names end or open.
constexpr std::string_view kBodyWords[] = {
    "Group",       "Lab",     "Labs",    "Laboratory", "Laboratories", "Institute",
    "University",  "College", "School",  "Center",     "Centre",       "Department",
    "Inc",         "Ltd",     "LLC",     "GmbH",       "Corp",         "Corporation",
    "Company",     "Foundation", "Association", "Society", "Agency",   "Council",
    "Ministry",    "Bureau"};

bool IsBodyWord(std::string_view w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
  return std::find(std::begin(kBodyWords), std::end(kBodyWords), w) != std::end(kBodyWords);
}

// How far after a role's start its company name is looked for: the header's lines.
constexpr size_t kHeaderReach = 400;

}  // namespace

bool NamesOrganisation(std::string_view company) {
  size_t i = 0;
  while (i < company.size()) {
    while (i < company.size() && !IsAsciiAlnum(company[i])) ++i;
    size_t j = i;
    while (j < company.size() && company[j] != ' ' && company[j] != ',') ++j;
    if (j > i && IsBodyWord(company.substr(i, j - i))) return true;
    i = j;
  }
  return false;
}

std::vector<Mention> WithoutEmployerNameMentions(std::string_view text,
                                                 const std::vector<Role>& roles,
                                                 std::vector<Mention> mentions) {
  std::vector<std::pair<size_t, size_t>> names;  // byte spans of organisations' names
  for (const Role& r : roles) {
    if (r.project || r.career_break || r.company.size() < 4 || !NamesOrganisation(r.company)) continue;
    const size_t reach = std::min(text.size(), std::min(r.end, r.begin + kHeaderReach));
    if (r.begin >= reach) continue;
    const size_t at = text.substr(r.begin, reach - r.begin).find(r.company);
    if (at != std::string_view::npos) names.emplace_back(r.begin + at, r.begin + at + r.company.size());
  }
  if (names.empty()) return mentions;
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                [&](const Mention& m) {
                                  for (const auto& [b, e] : names) {
                                    if (m.begin >= b && m.end <= e) return true;
                                  }
                                  return false;
                                }),
                 mentions.end());
  return mentions;
}

}  // namespace skillfit
