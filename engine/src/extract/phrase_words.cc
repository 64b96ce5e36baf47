#include "extract/phrase_words.h"

#include "util/ascii.h"

namespace skillfit {

namespace {

// The end of the word that starts at `b` (a letter or digit).
size_t WordEnd(std::string_view text, size_t b) {
  size_t i = b;
  while (i < text.size()) {
    const char c = text[i];
    if (IsAsciiAlnum(c)) {
      ++i;
    } else if ((c == '-' || c == '.') && i + 1 < text.size() && IsAsciiAlnum(text[i + 1])) {
      ++i;  // inside: "full-stack", "Node.js"
    } else if (c == '+' || c == '#') {
      ++i;  // "C++", "C#"
    } else {
      break;
    }
  }
  return i;
}

bool IsWord(std::string_view text, const Token& t, std::string_view lower_word) {
  if (t.end - t.begin != lower_word.size()) return false;
  for (size_t j = 0; j < lower_word.size(); ++j) {
    if (AsciiLower(text[t.begin + j]) != lower_word[j]) return false;
  }
  return true;
}

}  // namespace

std::vector<Token> Tokens(std::string_view text) {
  // Offsets are 32 bits: a text past 4 GiB (the loaders stop at 2 MiB) is read to there.
  text = text.substr(0, UINT32_MAX - 1);
  std::vector<Token> out;
  // Every token takes a byte at least: room for one a byte up front, so the vector never
  // grows by copies (a run of punctuation has a token every byte, "Go\n" lines two in three),
  // and the pages that prose, with a token every five or six bytes, never writes are never
  // touched.
  out.reserve(text.size() + 1);
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\r') {
      ++i;
      continue;
    }
    if (text.substr(i, 2) == "\xC2\xAD") {  // a soft hyphen: invisible
      i += 2;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    if (IsAsciiAlnum(c)) {
      t.end = WordEnd(text, i);
      t.kind = TokenKind::kWord;
      if (IsWord(text, t, "and")) t.kind = TokenKind::kAnd;
      if (IsWord(text, t, "or")) t.kind = TokenKind::kOr;
    } else {
      t.end = i + 1;
      t.kind = c == ',' ? TokenKind::kComma
               : c == '&' ? TokenKind::kAnd
               : c == '/' ? TokenKind::kOr
                          : TokenKind::kBreak;
    }
    i = t.end;
    // "and/or" is one joiner.
    if (t.kind == TokenKind::kOr && !out.empty() && out.back().kind == TokenKind::kAnd &&
        out.back().end == t.begin) {
      out.back().end = t.end;
      continue;
    }
    if (t.kind == TokenKind::kOr && !out.empty() && out.back().kind == TokenKind::kOr &&
        out.back().end == t.begin) {
      out.back().end = t.end;  // "/or"
      continue;
    }
    out.push_back(t);
  }
  return out;
}

// Words that do not name a thing: a phrase with one of them is no skill ("a passion for
// cybersecurity and a sound awareness" is not "cybersecurity awareness").
bool IsFunctionWord(std::string_view text, const Token& t) {
  static const char* const kWords[] = {
      "a",    "an",   "the",  "our",  "your", "their", "its",  "his",  "her",  "this", "that",
      "of",   "to",   "in",   "for",  "with", "on",    "at",   "by",   "as",   "from", "into",
      "we",   "you",  "they", "it",   "is",   "are",   "be",   "was",  "will", "can",  "not",
      "all",  "any",  "some", "more", "most", "such",  "other", "both", "each", "well", "also",
      "another", "every", "many", "few", "several", "various", "these", "those", "same"};
  const size_t n = t.end - t.begin;
  for (const char* w : kWords) {
    const std::string_view word(w);
    if (word.size() != n) continue;
    bool same = true;
    for (size_t j = 0; j < n && same; ++j) same = AsciiLower(text[t.begin + j]) == word[j];
    if (same) return true;
  }
  return false;
}

// Whether token k is a word that may be part of a named thing.
bool ContentWordAt(std::string_view text, const std::vector<Token>& t, size_t k) {
  return k < t.size() && t[k].kind == TokenKind::kWord && !IsFunctionWord(text, t[k]);
}

std::string JoinWords(std::string_view text, const std::vector<Token>& tokens, size_t from,
                      size_t to) {
  std::string out;
  for (size_t k = from; k < to; ++k) {
    if (!out.empty()) out += ' ';
    out += text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
  }
  return out;
}

}  // namespace skillfit
