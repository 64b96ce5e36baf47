#include "extract/section_words.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace skillfit {
namespace {

struct SectionWord {
  std::string_view word;
  bool jobs;  // a section so named may hold posts: teaching, volunteering, leadership
};

// One list for both questions; "and", "other", "selected" and "key" join the others.
constexpr SectionWord kWords[] = {
    {"award", false},         {"awards", false},       {"honor", false},
    {"honors", false},        {"honour", false},       {"honours", false},
    {"achievements", false},  {"accomplishments", false}, {"publications", false},
    {"patents", false},       {"talks", false},        {"interests", false},
    {"hobbies", false},       {"references", false},   {"languages", false},
    {"scholarships", false},  {"competitions", false}, {"hackathons", false},
    {"certificates", false},  {"fellowship", false},   {"fellowships", false},
    {"grants", false},        {"distinctions", false}, {"and", false},
    {"other", false},         {"selected", false},     {"key", false},
    {"teaching", true},       {"experience", true},    {"volunteer", true},
    {"volunteering", true},   {"activities", true},    {"leadership", true},
};

// The heading's words in lower case: runs of letters, digits and apostrophes; "&" is "and".
std::vector<std::string> HeadingWords(std::string_view heading) {
  std::vector<std::string> words;
  std::string w;
  auto flush = [&] {
    if (!w.empty()) words.push_back(w);
    w.clear();
  };
  for (char c : heading) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'') {
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      flush();
      if (c == '&') words.emplace_back("and");
    }
  }
  flush();
  return words;
}

// How many words the heading has when each is a section word (a job-free one when
// `no_jobs`), else 0.
size_t SectionWordCount(std::string_view heading, bool no_jobs) {
  const std::vector<std::string> words = HeadingWords(heading);
  for (const std::string& w : words) {
    const auto* it = std::find_if(std::begin(kWords), std::end(kWords),
                                  [&](const SectionWord& s) { return s.word == w; });
    if (it == std::end(kWords) || (no_jobs && it->jobs)) return 0;
  }
  return words.size();
}

}  // namespace

bool NamesSectionOnly(std::string_view heading) {
  const size_t words = SectionWordCount(heading, false);
  return words > 0 && words <= 4;
}

bool NamesNoJobs(std::string_view heading) { return SectionWordCount(heading, true) > 0; }

}  // namespace skillfit
