// Internal: a compiled SkillMatcher as one block of bytes (flat_image.h), which the kb cache
// stores beside the knowledge base, so that a warm start maps it and builds nothing.
//
//   Result<std::string> image = BuildMatcherImage(*kb);  // the whole index, built once
//   ... stored in the cache, mapped back on the next run ...
//   auto matcher = SkillMatcher::Compile(kb);              // views the image it finds in kb
//
// What the image holds (all offsets into it, FlatRef): the plain-alias tries and their
// first-word filters, the RE2 expressions as text with the words each requires, the key
// groups that say where to try them, and the `always` expressions. No RE2 is compiled here
// or when the image is opened: each expression compiles when a text first needs it.
// Adding something to the index? Put it in MatcherRoot or a record below, write it in
// matcher_image.cc, check it in SkillMatcher::Impl::Open (skill_matcher.cc), and bump
// kMatcherImageVersion.
#ifndef SKILLFIT_MATCHER_IMAGE_H_
#define SKILLFIT_MATCHER_IMAGE_H_

#include <re2/re2.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "kb/alias_trie.h"
#include "kb/flat_image.h"
#include "kb/word_table.h"
#include "skillfit/knowledge_base.h"
#include "skillfit/status.h"

namespace skillfit {

// Bumped on any change to the records below or to what they mean.
constexpr uint32_t kMatcherImageVersion = 1;

// A mention must not touch a letter, digit or '_' on its left, nor a letter, digit, '_', '+'
// or '#' on its right ("C" is not in "C++"; "Java" is not in "JavaScript").
constexpr char kMentionLeft[] = "(?:^|[^A-Za-z0-9_])";
constexpr char kMentionRight[] = "(?:$|[^A-Za-z0-9_+#])";

// The options of every RE2 of the matcher.
inline RE2::Options MatcherRE2Options() {
  RE2::Options opts;
  opts.set_log_errors(false);
  opts.set_max_mem(int64_t{8} << 20);
  return opts;
}

// A trie value: the skill, whether the spelling is guarded, and the alias's rank, its place
// in the order RE2 would try the alternatives of its expression. Of the aliases of one skill
// and guard that match at a start, the lowest rank wins, so values sort in the order they
// are chosen in.
constexpr int kRankBits = 10;  // a skill with more aliases than this allows goes to RE2
inline int LiteralValue(int skill, bool guarded, int rank) {
  return (skill << (kRankBits + 1)) | (guarded ? 1 << kRankBits : 0) | rank;
}
inline int LiteralSkill(int value) { return value >> (kRankBits + 1); }
inline bool LiteralGuarded(int value) { return (value >> kRankBits) & 1; }

// An RE2 expression: a skill's pattern, or its aliases when one of them is not plain ASCII.
// With keys, "(alternatives) kMentionRight", tried anchored where a key word starts; without
// (in MatcherRoot::always), "kMentionLeft (alternatives) kMentionRight" over the whole text.
// Group 1 is the mention.
struct ExprRecord {
  int32_t skill;
  uint32_t guarded;   // 0 or 1
  uint32_t reach;     // bytes a match can span from where it starts
  uint32_t unused = 0;
  FlatRef pattern;    // chars
  FlatRef required;   // FlatRef of chars each: words every match holds (RequiredWordsOf)
};

// Where to try an expression: at a word equal to the group's key, `lead` bytes before it
// (".NET" has its key "net" one byte after the start).
struct KeyEntryRecord {
  uint32_t expr;
  uint8_t lead;
  uint8_t exact_case;
  uint16_t unused = 0;
  FlatRef prefix;  // the alias up to its first space, lowercased unless exact_case: compared
                   // before RE2 runs, which rules out most candidates cheaply
};

// The expressions that may start at one key word (or word beginning), sorted by expression
// then lead. When two or more have lead 0, they are also asked together, in one anchored
// RE2::Set (compiled on first use), which of them match at a word.
struct KeyGroupRecord {
  FlatRef entries;      // KeyEntryRecord
  FlatRef set_entries;  // uint32_t: the entries in the set, in its order; none when no set
  uint32_t set_reach;   // the longest reach of them
  uint32_t unused = 0;
};

// A first-word beginning ("improv") and its key group.
struct BeginRecord {
  FlatRef word;
  uint32_t group;
  uint32_t unused = 0;
};

// The plain aliases whose first word starts `lead` bytes in, folded or exact, and a filter
// of their first words.
struct LeadTrieRecord {
  uint32_t lead;
  uint32_t unused = 0;
  FlatRef gate_bits;  // FirstWordFilter
  AliasTrieRef trie;
};

// At offset 0 of an image.
struct MatcherRoot {
  uint32_t version;      // kMatcherImageVersion
  uint32_t skill_count;  // of the kb it was built for
  FlatRef exprs;         // ExprRecord
  FlatRef groups;        // KeyGroupRecord
  WordTableRef by_key;   // key word -> group (uint32_t)
  FlatRef begins;        // BeginRecord, sorted
  FlatRef begins_at;     // 257 uint16_t: begins[begins_at[c]..begins_at[c+1]) start with c
  FlatRef tries;         // LeadTrieRecord, by lead, folded before exact
  FlatRef always;        // uint32_t: expressions run over every text
};

// Where KnowledgeBase keeps the image of its matcher (knowledge_base.h): the bytes, 8-byte
// aligned, and what keeps them alive (the cache file's mapping, or the string they were
// built in).
struct CompiledMatcher {
  std::shared_ptr<const void> owner;
  std::string_view image;
};

// The image of the matcher for `kb`. Fails with kKbError when an expression that must run
// over every text does not compile (the others compile when first used; the kb loader has
// checked that they compile).
Result<std::string> BuildMatcherImage(const KnowledgeBase& kb);

}  // namespace skillfit

#endif  // SKILLFIT_MATCHER_IMAGE_H_
