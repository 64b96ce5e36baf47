// The words of a text and the joiners between them, as the phrase rules read them
// (coordination.h, paraphrase.h).
//
//   Tokens("unit and integration tests, C++") ->
//     {word "unit"} {and} {word "integration"} {word "tests"} {comma} {word "C++"}
#ifndef SKILLFIT_EXTRACT_PHRASE_WORDS_H_
#define SKILLFIT_EXTRACT_PHRASE_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace skillfit {

enum class TokenKind : uint8_t {
  kWord,   // letters and digits, with '-', '.', '+', '#' inside or '+', '#' after: "full-stack"
  kComma,  // ","
  kAnd,    // "and", "&", "and/or", "as well as"
  kOr,     // "or", "/"
  kBreak,  // anything else that ends a phrase: ( ) ; : a full stop, a line break
};
// Spaces, tabs and soft hyphens (U+00AD) are no tokens.

// Twelve bytes: a text of punctuation or short lines has a token every byte or two, and a
// 2 MiB text's tokens are then tens of megabytes of fresh pages (texts are at most 2 MiB, far
// below the 4 GiB that 32-bit offsets hold).
struct Token {
  TokenKind kind = TokenKind::kBreak;
  uint32_t begin = 0, end = 0;  // bytes of the text
};

// The tokens of `text`; the JD reader makes them once and hands them to every phrase rule.
std::vector<Token> Tokens(std::string_view text);

// Whether a token joins two items of a list: a comma, "and", "or".
inline bool Joins(const Token& t) {
  return t.kind == TokenKind::kComma || t.kind == TokenKind::kAnd || t.kind == TokenKind::kOr;
}

// Whether a word token names no thing: "a", "the", "for", "another"... A phrase with one is
// no skill ("a passion for cybersecurity and a sound awareness" is no "cybersecurity
// awareness").
bool IsFunctionWord(std::string_view text, const Token& t);

// Whether token k is a word that may be part of a named thing: a word, not a function word.
bool ContentWordAt(std::string_view text, const std::vector<Token>& t, size_t k);

// The text of words [from, to) of `tokens` (all words), one space between them.
std::string JoinWords(std::string_view text, const std::vector<Token>& tokens, size_t from,
                      size_t to);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_PHRASE_WORDS_H_
