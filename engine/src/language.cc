#include "language.h"

#include <string>

namespace skillfit {
namespace {

// Fewer common English words than this share of all words: not English.
constexpr double kMinShare = 0.08;
constexpr size_t kMinWords = 40;

bool IsCommonEnglish(const std::string& w) {
  static const char* const kWords[] = {"the", "and", "of",  "to",   "in",   "a",    "for",
                                       "with", "on", "as",  "is",   "are",  "be",   "our",
                                       "we",  "you", "your", "will", "by",   "an",   "at",
                                       "or",  "from", "that", "this", "who", "it",   "has",
                                       "have", nullptr};
  for (const char* const* k = kWords; *k; ++k) {
    if (w == *k) return true;
  }
  return false;
}

}  // namespace

bool ReadsAsEnglish(std::string_view text) {
  size_t words = 0, common = 0;
  std::string w;
  auto end_word = [&] {
    if (w.empty()) return;
    ++words;
    common += IsCommonEnglish(w);
    w.clear();
  };
  for (char ch : text) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || c == '\'') {
      w += static_cast<char>(c);
    } else if (c >= 'A' && c <= 'Z') {
      w += static_cast<char>(c - 'A' + 'a');
    } else {
      end_word();
    }
  }
  end_word();
  return words < kMinWords || common >= kMinShare * static_cast<double>(words);
}

}  // namespace skillfit
