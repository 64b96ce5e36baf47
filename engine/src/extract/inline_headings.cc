#include "extract/inline_headings.h"

#include <cctype>

namespace skillfit {
namespace {

// Whether `word` is written in capitals: letters (two at least, or "A"/"I") and apostrophes.
bool CapitalWord(std::string_view word, size_t* letters) {
  size_t n = 0;
  for (char c : word) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isupper(u)) {
      ++n;
    } else if (c != '\'') {
      return false;
    }
  }
  *letters = n;
  return n >= 2 || word == "A" || word == "I";
}

}  // namespace

std::vector<InlineHeading> FindInlineHeadings(std::string_view line) {
  std::vector<InlineHeading> out;
  size_t run_b = std::string_view::npos, run_e = 0, words = 0, letters = 0;
  auto close_run = [&]() {
    if (run_b != std::string_view::npos && words >= 2 && letters >= 8) {
      const SectionKind k = ClassifyHeading(line.substr(run_b, run_e - run_b), DocKind::kJd);
      if (k == SectionKind::kAbout || k == SectionKind::kBenefits || k == SectionKind::kLegal) {
        out.push_back({run_b, run_e, k, false});
      } else if (k != SectionKind::kOther && !out.empty()) {
        out.push_back({run_b, run_e, k, true});  // ends the context heading before it
      }
    }
    run_b = std::string_view::npos;
    words = letters = 0;
  };
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    const size_t b = i;
    while (i < line.size() && line[i] != ' ') ++i;
    if (b == i) break;
    size_t n = 0;
    if (!CapitalWord(line.substr(b, i - b), &n)) {
      close_run();
      continue;
    }
    if (run_b == std::string_view::npos) run_b = b;
    run_e = i;
    ++words;
    letters += n;
  }
  close_run();
  return out;
}

}  // namespace skillfit
