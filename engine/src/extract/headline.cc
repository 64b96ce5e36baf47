#include "extract/headline.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "extract/role_header.h"
#include "util/ascii.h"

namespace skillfit {
namespace {

constexpr size_t kMaxLines = 8;
constexpr size_t kMaxWords = 6;

// Words that make a headline a post sought or studied for, not one held.
constexpr std::string_view kSought[] = {"aspiring", "seeking",    "future",     "student",
                                        "looking",  "enthusiast", "passionate", "become"};

std::vector<std::string> Words(std::string_view part) {
  std::vector<std::string> words;
  std::string w;
  for (char c : part) {
    if (c == ' ') {
      if (!w.empty()) words.push_back(AsciiLowerCopy(w));
      w.clear();
    } else {
      w += c;
    }
  }
  if (!w.empty()) words.push_back(AsciiLowerCopy(w));
  return words;
}

bool IsHeadline(std::string_view part) {
  for (char c : part) {
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '@' || c == ':' || c == '/') return false;
  }
  const std::vector<std::string> words = Words(part);
  if (words.empty() || words.size() > kMaxWords) return false;
  for (const std::string& w : words) {
    if (std::find(std::begin(kSought), std::end(kSought), w) != std::end(kSought)) return false;
  }
  return NamesPost(words.back());
}

// An all-caps headline as a title is written: words of four letters or more capitalised,
// shorter ones (SRE, QA, UX) kept. A headline with a small letter is kept as written.
std::string TitleCased(std::string part) {
  if (std::any_of(part.begin(), part.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); })) {
    return part;
  }
  size_t begin = 0;
  while (begin < part.size()) {
    size_t end = part.find(' ', begin);
    if (end == std::string::npos) end = part.size();
    if (end - begin >= 4) {
      for (size_t i = begin + 1; i < end; ++i) {
        part[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(part[i])));
      }
    }
    begin = end + 1;
  }
  return part;
}

// Whether a section of this kind is one a resume names: the headline sits above the first.
bool NamedSection(SectionKind k) { return k != SectionKind::kPreamble && k != SectionKind::kOther; }

}  // namespace

std::string HeadlineTitle(const Document& doc, const std::vector<Section>& sections) {
  size_t end = doc.text.size();
  for (const Section& s : sections) {
    if (NamedSection(s.kind)) {
      end = s.heading_begin;
      break;
    }
  }
  size_t read = 0;
  for (size_t line = 1; line <= doc.line_starts.size() && read < kMaxLines; ++line) {
    if (doc.line_starts[line - 1] >= end) break;
    const std::string_view text = doc.Line(line);
    if (text.find_first_not_of(" \t") == std::string_view::npos) continue;
    ++read;
    for (const std::string& part : SplitHeaderParts(text)) {
      if (IsHeadline(part)) return TitleCased(part);
    }
  }
  return "";
}

}  // namespace skillfit
