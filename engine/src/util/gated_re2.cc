#include "util/gated_re2.h"

#include "kb/required_words.h"

namespace skillfit {

GatedRE2::GatedRE2(const char* pattern, const RE2::Options& options)
    : pattern_(pattern), options_(options), words_(RequiredWordsOf(pattern_, false)) {}

const RE2* GatedRE2::For(std::string_view text) const {
  // (?i) also takes the Kelvin sign and the long s to ASCII letters, which the words'
  // ASCII folding would miss: such a text is always asked.
  if (!FoldsToAscii(text)) {
    for (const std::string& w : words_) {
      if (!ContainsWord(text, w)) return nullptr;
    }
  }
  return &Compiled();
}

bool GatedRE2::PartialMatch(std::string_view text) const {
  const RE2* re = For(text);
  return re && RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *re);
}

const RE2& GatedRE2::Compiled() const {
  std::call_once(once_, [this] { re_ = std::make_unique<RE2>(pattern_, options_); });
  return *re_;
}

}  // namespace skillfit
