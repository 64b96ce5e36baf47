#include "extract/headline.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "extract/role_header.h"
#include "extract/title_case.h"
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
