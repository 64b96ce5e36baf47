#include "kb/alias_text.h"

#include <cctype>

#include <re2/re2.h>

namespace skillfit {

std::string NormalizeAlias(std::string_view alias) {
  std::string out;
  bool space = false;
  for (char c : alias) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isspace(u)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(u));
  }
  return out;
}

bool NormalizesTo(std::string_view alias, std::string_view key) {
  size_t k = 0;  // the characters of `key` matched so far
  bool space = false;
  const auto next = [&](char c) { return k < key.size() && key[k++] == c; };
  for (char c : alias) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isspace(u)) {
      space = k > 0;  // as NormalizeAlias: a space only between characters
      continue;
    }
    if (space && !next(' ')) return false;
    space = false;
    if (!next(static_cast<char>(std::tolower(u)))) return false;
  }
  return k == key.size();
}

std::string AliasToPattern(std::string_view alias) {
  const std::string norm = [&] {
    std::string s;
    bool space = false;
    for (char c : alias) {
      if (std::isspace(static_cast<unsigned char>(c))) {
        space = !s.empty();
        continue;
      }
      if (space) s += ' ';
      space = false;
      s += c;
    }
    return s;
  }();
  std::string out;
  size_t start = 0;
  while (start <= norm.size()) {
    size_t sp = norm.find(' ', start);
    if (sp == std::string::npos) sp = norm.size();
    if (start > 0) out += "\\s+";
    out += RE2::QuoteMeta(norm.substr(start, sp - start));
    start = sp + 1;
  }
  return out;
}

}  // namespace skillfit
