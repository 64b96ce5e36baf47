// Internal: how aliases are compared and turned into patterns.
#ifndef SKILLFIT_ALIAS_TEXT_H_
#define SKILLFIT_ALIAS_TEXT_H_

#include <string>
#include <string_view>

namespace skillfit {

// The form two aliases are compared in: ASCII-lowercased, runs of white space as one space,
// trimmed. "Node  JS " -> "node js".
std::string NormalizeAlias(std::string_view alias);

// NormalizeAlias(alias) == key, without building the normalized string: stops at the first
// character that differs (`kb search` compares every spelling of the kb with its term).
bool NormalizesTo(std::string_view alias, std::string_view key);

// An alias as an RE2 fragment: metacharacters quoted, each run of spaces as \s+.
// "Node.js" -> "Node\.js"; "ci cd" -> "ci\s+cd".
std::string AliasToPattern(std::string_view alias);

}  // namespace skillfit

#endif  // SKILLFIT_ALIAS_TEXT_H_
