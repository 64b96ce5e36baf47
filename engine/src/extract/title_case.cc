#include "extract/title_case.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "util/ascii.h"

namespace skillfit {
namespace {

// Initialisms with a vowel that titles carry; a word with no vowel (HR, VP, PM, ML) is one.
constexpr std::string_view kInitialisms[] = {
    "qa",  "sre", "ux",  "ui",  "it",  "ai",  "bi",  "cto", "ceo", "cfo", "coo", "cio", "ciso",
    "cmo", "dba", "seo", "aws", "erp", "sap", "api", "gis", "ios", "iot", "nlp", "etl", "edi",
    "sdet", "sde", "swe", "ehs", "hse", "emea", "apac", "uk", "us", "usa", "eu", "ota", "avp", "evp", "rf",
    "ic",  "ar",  "vr",  "ii",  "iii", "iv",  "vi"};

// The small words of a title, lower case after its first word.
constexpr std::string_view kSmallWords[] = {"a",  "an", "and", "as", "at", "by", "for", "in",
                                            "of", "on", "or",  "the", "to", "with"};

bool Among(std::string_view word, const std::string_view* begin, const std::string_view* end) {
  return std::find(begin, end, word) != end;
}

bool HasVowel(std::string_view word) {
  return word.find_first_of("aeiouy") != std::string_view::npos;
}

// One run of letters and digits of a title word, as it goes in the title: an initialism
// (or a run with no vowel: HR, VP, R&D) in capitals, unless a full stop follows it, which
// makes it an abbreviation ("SR." -> "Sr."); a small word after the title's first word in
// lower case; any other run capitalised.
std::string RunCased(std::string_view run, bool small_word, bool abbreviation) {
  const std::string low = AsciiLowerCopy(run);
  if (Among(low, std::begin(kInitialisms), std::end(kInitialisms)) ||
      (!HasVowel(low) && !abbreviation)) {
    return std::string(run);
  }
  if (small_word && Among(low, std::begin(kSmallWords), std::end(kSmallWords))) return low;
  std::string out = low;
  out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

// A word of the title, each run cased on its own: "FRONT-END" -> "Front-End",
// "(UI/UX)" -> "(UI/UX)".
std::string WordCased(std::string_view word, bool first) {
  const auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  std::string out;
  size_t i = 0;
  while (i < word.size()) {
    if (!alnum(word[i])) {
      out += word[i++];
      continue;
    }
    size_t end = i;
    while (end < word.size() && alnum(word[end])) ++end;
    const bool whole = i == 0 && end == word.size();
    out += RunCased(word.substr(i, end - i), whole && !first, end < word.size() && word[end] == '.');
    i = end;
  }
  return out;
}

}  // namespace

std::string TitleCased(std::string title) {
  const auto lower = [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; };
  if (std::any_of(title.begin(), title.end(), lower)) return title;
  std::string out;
  size_t begin = 0;
  bool first = true;
  while (begin <= title.size()) {
    size_t end = title.find(' ', begin);
    if (end == std::string::npos) end = title.size();
    const std::string_view word(title.data() + begin, end - begin);
    if (begin > 0) out += ' ';
    if (!word.empty()) {
      out += WordCased(word, first);
      first = false;
    }
    begin = end + 1;
  }
  return out;
}

}  // namespace skillfit
