#include "extract/inline_headings.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <utility>

#include "extract/jd_cues.h"

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

// Whether a benefits label says so itself ("We offer", "Job benefits", "Perks"), not by a
// word that a perk shares ("Good pay", "Salary").
bool NamesBenefits(std::string_view label) {
  for (std::string_view w : {"offer", "benefit", "perks", "Benefit", "Perks"}) {
    if (label.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// The label before the colon at `colon` in `line`, as FindInlineHeadings describes it; `found`
// false when there is none.
InlineHeading LabelBeforeColon(std::string_view line, size_t colon, bool* found) {
  *found = false;
  InlineHeading h;
  std::vector<size_t> starts;  // word starts before the colon, nearest first
  size_t i = colon;
  while (starts.size() < 6) {
    while (i > 0 && line[i - 1] == ' ') --i;
    if (i == 0) break;
    const size_t e = i;
    while (i > 0 && line[i - 1] != ' ') --i;
    const std::string_view word = line.substr(i, e - i);
    if (word.find_first_of(".?!;:()[]") != std::string_view::npos) break;
    starts.push_back(i);
  }
  // The line's first word, after any bullet mark: "- Payments background: PCI DSS" is a list
  // item led by its own label, not a heading inside a line.
  size_t first_text = 0;
  while (first_text < line.size() && !std::isalnum(static_cast<unsigned char>(line[first_text])) &&
         line[first_text] != '<') {
    ++first_text;
  }
  for (size_t b : starts) {
    if (!std::isupper(static_cast<unsigned char>(line[b]))) continue;
    if (b == first_text) return h;  // the line's own heading
    const std::string_view label = line.substr(b, colon - b);
    const SectionKind k = ClassifyHeading(label, DocKind::kJd);
    if (k == SectionKind::kOther) continue;
    if (IsBoardField(label)) return h;
    h.begin = b;
    h.end = colon + 1;
    h.kind = k;
    h.labelled = true;
    h.to_line_end = k == SectionKind::kBenefits && NamesBenefits(label);
    *found = true;
    return h;
  }
  return h;
}

// The labels before a colon in `line` (see FindInlineHeadings), in order.
std::vector<InlineHeading> LabelsBeforeColons(std::string_view line) {
  std::vector<InlineHeading> out;
  for (size_t c = line.find(':'); c != std::string_view::npos; c = line.find(':', c + 1)) {
    // "Role:", not "https://" or "10:30".
    if (c == 0 || !std::isalpha(static_cast<unsigned char>(line[c - 1]))) continue;
    if (c + 1 < line.size() && line[c + 1] != ' ') continue;
    bool found = false;
    const InlineHeading h = LabelBeforeColon(line, c, &found);
    if (found) out.push_back(h);
  }
  return out;
}

// The labels of benefits or of the company run into a line without a colon, where a sentence's
// end was lost: "... is a plus but not a requirement We offer  An agile team ...", "About us
// Working with us ...". Two to four words that open with a capitalised word, at the line's
// start or after a word in lowercase, in sentence case, before a capitalised word or a name's
// placeholder, and that ClassifyHeading reads as benefits (and say so: NamesBenefits), or as
// the company when they open with "About", "Who we" or "What we". Not in capitals.
std::vector<InlineHeading> UnmarkedContextLabels(std::string_view line) {
  std::vector<InlineHeading> out;
  std::vector<std::pair<size_t, size_t>> words;  // [begin, end) of each word
  for (size_t i = 0; i < line.size();) {
    while (i < line.size() && line[i] == ' ') ++i;
    const size_t b = i;
    while (i < line.size() && line[i] != ' ') ++i;
    // A bullet mark or a dash between the label and its first item is no word.
    const bool has_alnum = std::any_of(line.begin() + b, line.begin() + i, [](char c) {
      return std::isalnum(static_cast<unsigned char>(c));
    });
    if (has_alnum) words.emplace_back(b, i);
  }
  auto upper = [&](size_t w) { return std::isupper(static_cast<unsigned char>(line[words[w].first])); };
  auto lower_word = [&](size_t w) {
    const std::string_view word = line.substr(words[w].first, words[w].second - words[w].first);
    for (char c : word) {
      if (!std::islower(static_cast<unsigned char>(c))) return false;
    }
    return true;
  };
  for (size_t w = 0; w < words.size(); ++w) {
    if (!upper(w) || (w > 0 && !lower_word(w - 1))) continue;
    for (size_t n = 2; n <= 4 && w + n < words.size(); ++n) {
      // The word after the label opens a sentence: a capital, or a name's placeholder ("What we
      // do <ORGANIZATION> develops ...").
      if (!upper(w + n) && line[words[w + n].first] != '<') continue;
      const std::string_view label =
          line.substr(words[w].first, words[w + n - 1].second - words[w].first);
      if (label.find_first_of(".,;:()") != std::string_view::npos) break;
      // A run in capitals ("THE EQUIPMENT WE PROVIDE") is read by its own rule, to its
      // sentence's end.
      if (std::none_of(label.begin(), label.end(),
                       [](char c) { return std::islower(static_cast<unsigned char>(c)); })) {
        break;
      }
      // In sentence case: "Fluent English We offer" is no label.
      bool sentence_case = true;
      for (size_t k = w + 1; k < w + n; ++k) sentence_case = sentence_case && lower_word(k);
      if (!sentence_case) continue;
      const SectionKind k = ClassifyHeading(label, DocKind::kJd);
      // Of the company's labels, only those that say so: "About us", "Who we are", "What we
      // do"; "Our team" or "Company" may open a sentence.
      const bool about = k == SectionKind::kAbout &&
                         (label.substr(0, 6) == "About " || label.substr(0, 7) == "Who we " ||
                          label.substr(0, 8) == "What we ");
      if ((k != SectionKind::kBenefits || !NamesBenefits(label)) && !about) continue;
      InlineHeading h;
      h.begin = words[w].first;
      h.end = words[w + n - 1].second;
      h.kind = k;
      h.labelled = true;
      h.to_line_end = !about;
      out.push_back(h);
      w += n - 1;
      break;
    }
  }
  return out;
}

}  // namespace

std::vector<InlineHeading> FindInlineHeadings(std::string_view line) {
  std::vector<InlineHeading> labels = LabelsBeforeColons(line);
  for (InlineHeading& h : UnmarkedContextLabels(line)) labels.push_back(h);
  std::sort(labels.begin(), labels.end(),
            [](const InlineHeading& a, const InlineHeading& b) { return a.begin < b.begin; });
  std::vector<InlineHeading> out;
  size_t run_b = std::string_view::npos, run_e = 0, words = 0, letters = 0;
  auto close_run = [&]() {
    if (run_b != std::string_view::npos && words >= 2 && letters >= 8) {
      const SectionKind k = ClassifyHeading(line.substr(run_b, run_e - run_b), DocKind::kJd);
      if (k == SectionKind::kAbout || k == SectionKind::kBenefits || k == SectionKind::kLegal) {
        out.push_back({run_b, run_e, k, false});
      } else if (k != SectionKind::kOther && (!out.empty() || (!labels.empty() &&
                                                              labels.front().begin < run_b))) {
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
  std::vector<InlineHeading> all;
  std::merge(out.begin(), out.end(), labels.begin(), labels.end(), std::back_inserter(all),
             [](const InlineHeading& a, const InlineHeading& b) { return a.begin < b.begin; });
  return all;
}

}  // namespace skillfit
