#include "skillfit/skill_matcher.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <map>
#include <mutex>
#include <unordered_map>

#include "extract/spoken_language.h"
#include "kb/alias_text.h"
#include "kb/alias_trie.h"
#include "util/ascii.h"
#include "kb/first_word_filter.h"
#include "kb/pattern_starts.h"
#include "kb/word_table.h"

namespace skillfit {
namespace {

// A mention must not touch a letter, digit or '_' on its left, nor a letter, digit, '_', '+'
// or '#' on its right ("C" is not in "C++"; "Java" is not in "JavaScript").
constexpr char kLeft[] = "(?:^|[^A-Za-z0-9_])";
constexpr char kRight[] = "(?:$|[^A-Za-z0-9_+#])";

// Characters searched around a guarded spelling for other skills.
constexpr size_t kContextWindow = 100;

// An RE2 compiled on first use. A run needs few of the kb's RE2 expressions (patterns,
// guards, aliases that are not plain ASCII), and compiling all of them was about half of a
// matcher's start-up. The kb loader compiled each pattern already to check it, so a
// compile cannot fail here where loading succeeded; should it, the expression matches
// nothing (get() is null). Thread-safe.
class LazyRE2 {
 public:
  LazyRE2(std::string pattern, const RE2::Options& options)
      : pattern_(std::move(pattern)), options_(options) {}
  const RE2* get() const {
    std::call_once(once_, [this] { re_ = std::make_unique<RE2>(pattern_, options_); });
    return re_->ok() ? re_.get() : nullptr;
  }
  const std::string& pattern() const { return pattern_; }

 private:
  std::string pattern_;
  RE2::Options options_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2> re_;
};

// An RE2 expression: a skill's pattern, or its aliases when one of them is not plain ASCII
// (plain aliases sit in AliasTries instead).
struct Expr {
  int skill;
  bool guarded;
  // For an expression with keys, "(alternatives) kRight", matched anchored where a key
  // starts; for one without, "kLeft (alternatives) kRight", run over the whole text. Group 1
  // is the mention.
  std::unique_ptr<LazyRE2> re;
  size_t reach;  // bytes a match can span from where it starts
};

// An alias of an expression made only of plain ASCII aliases (such an expression has no RE2
// at all; its aliases sit in AliasTries), as the value a trie reports: the skill, whether
// the spelling is guarded, and the alias's rank, its place in the order RE2 would try the
// alternatives. Of the aliases of one skill and guard that match at a start, the lowest rank
// wins, so values sort in the order they are chosen in and need no table to be read.
constexpr int kRankBits = 10;  // a skill with more aliases than this allows goes to RE2
int LiteralValue(int skill, bool guarded, int rank) {
  return (skill << (kRankBits + 1)) | (guarded ? 1 << kRankBits : 0) | rank;
}
int LiteralSkill(int value) { return value >> (kRankBits + 1); }
bool LiteralGuarded(int value) { return (value >> kRankBits) & 1; }

// The tries for aliases whose first word starts `lead` bytes in (".NET": 1).
// Aliases whose first word starts `lead` bytes in (".NET": 1), folded or exact (guarded
// spellings that must keep their case: "Go").
struct LeadTrie {
  size_t lead;
  AliasTrie trie;
};

// Whether a word may start an alias of one LeadTrie: asked of every word for every trie, so
// kept together, apart from the tries themselves (an AliasTrie holds a 512-byte table).
struct TrieGate {
  size_t lead;
  FirstWordFilter words;  // the first words of its aliases: most words of a text are none
};

// `alias` as an AliasTrie holds it (one space for each run of white space; lowercased
// unless `exact_case`), or empty when it is not plain ASCII.
std::string LiteralOf(std::string_view alias, bool exact_case) {
  std::string out;
  for (char c : alias) {
    if (static_cast<unsigned char>(c) >= 0x80) return "";
    if (IsAliasSpace(c) || c == '\v') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += exact_case ? c : AsciiLower(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Where to try an expression: at a word equal to `key`, `lead` bytes before it (".NET" has
// its key "net" one byte after the start).
struct KeyEntry {
  int expr;
  unsigned char lead;
  bool exact_case;
  std::string prefix;  // the alias up to its first space, lowercased unless exact_case:
                       // compared before RE2 runs, which rules out most candidates cheaply
};

// The lead-0 expressions of one key word in an anchored RE2::Set, compiled on first use: at
// a word like "AWS", a dozen certification patterns start, and one DFA pass says which of
// them match there (mostly none) instead of a dozen. Thread-safe.
class KeySet {
 public:
  KeySet(std::vector<std::string> patterns, std::vector<size_t> entries, size_t reach,
         const RE2::Options& options)
      : patterns_(std::move(patterns)), entries_(std::move(entries)), reach_(reach),
        options_(options) {}
  // The set, or null when it does not compile (then every entry is tried on its own).
  const RE2::Set* get() const {
    std::call_once(once_, [this] {
      auto set = std::make_unique<RE2::Set>(options_, RE2::ANCHOR_START);
      for (const std::string& p : patterns_) {
        if (set->Add(p, nullptr) < 0) return;
      }
      if (set->Compile()) set_ = std::move(set);
    });
    return set_.get();
  }
  const std::vector<size_t>& entries() const { return entries_; }  // set id -> KeyEntry
  size_t reach() const { return reach_; }

 private:
  std::vector<std::string> patterns_;
  std::vector<size_t> entries_;
  size_t reach_;
  RE2::Options options_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2::Set> set_;
};

// The expressions that may start at a key word.
struct KeyGroup {
  std::vector<KeyEntry> entries;
  std::unique_ptr<KeySet> set;  // when two or more entries have lead 0
};

// Whether a mention may start at `start`: kLeft, not after a letter, digit or '_'. Any other
// byte may come before one ("\u2022Python"), so a word of a text, where mentions are looked
// for, is a run of ASCII letters and digits.
bool MayStartAt(std::string_view text, size_t start) {
  return start == 0 || !(IsAsciiAlnum(text[start - 1]) || text[start - 1] == '_');
}

struct Key {
  std::string word;    // lowercased; empty when the alias has no word characters
  size_t lead = 0;     // bytes before the word
  std::string prefix;  // the alias up to its first space ("A/B" of "A/B testing")
  bool begins = false;  // `word` is how the first word begins, not all of it ("improv")
};

// The key of an alias: its first word, lowercased ("Node.js" -> "node", ".NET" -> "net" with
// lead 1, "C++" -> "c").
Key KeyOf(std::string_view alias) {
  size_t b = 0;
  while (b < alias.size() && !IsAsciiAlnum(alias[b])) ++b;
  size_t e = b;
  while (e < alias.size() && IsAsciiAlnum(alias[e])) ++e;
  size_t sp = 0;
  while (sp < alias.size() && !IsAsciiSpace(alias[sp])) ++sp;
  Key key{std::string(alias.substr(b, e - b)), b, std::string(alias.substr(0, sp))};
  for (char& c : key.word) c = AsciiLower(c);
  if (b > 8) key.word.clear();
  return key;
}

// The order alternatives are tried in: longer fragments first, so leftmost-first picks
// "Node.js" over "Node".
std::vector<size_t> AlternationOrder(const std::vector<std::string>& fragments) {
  std::vector<size_t> order(fragments.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return fragments[a].size() > fragments[b].size();
  });
  return order;
}

std::string Alternation(const std::vector<std::string>& fragments) {
  std::string out;
  for (size_t i : AlternationOrder(fragments)) {
    if (!out.empty()) out += "|";
    out += "(?:" + fragments[i] + ")";
  }
  return out;
}

// `aliases` as LiteralOf gives them, or empty when one of them is not plain ASCII.
std::vector<std::string> Literals(const std::vector<std::string>& aliases, bool exact_case) {
  std::vector<std::string> out;
  for (const std::string& a : aliases) {
    std::string literal = LiteralOf(a, exact_case);
    if (literal.empty()) return {};
    out.push_back(std::move(literal));
  }
  return out;
}

// What Compile gathers from the skills before the matcher's index takes its final shape.
struct IndexDraft {
  RE2::Options opts;                       // for every RE2 of the matcher
  std::map<std::string, KeyGroup> keyed;   // becomes Impl::by_key
  std::map<std::string, KeyGroup> begins;  // becomes Impl::begins
  // Per lead, the aliases of the folded and of the exact trie.
  std::vector<std::array<std::vector<std::pair<std::string, int>>, 2>> trie_drafts;
};

// Adds the plain aliases of one expression to the trie drafts, ranked in the order RE2 would
// try them. `fragments`, `keys` and `literals` are parallel, as for Impl::AddExpr.
void AddToTrieDrafts(int skill, bool guarded, bool exact, const std::vector<std::string>& fragments,
                     const std::vector<Key>& keys, const std::vector<std::string>& literals,
                     IndexDraft* draft) {
  auto& trie_drafts = draft->trie_drafts;
  int rank = 0;
  for (size_t j : AlternationOrder(fragments)) {
    if (trie_drafts.size() <= keys[j].lead) trie_drafts.resize(keys[j].lead + 1);
    trie_drafts[keys[j].lead][exact ? 1 : 0].push_back(
        {literals[j], LiteralValue(skill, guarded, rank++)});
  }
}

// Files expression `index` under the key word (or first-word beginning) of `k`, once per
// expression, lead and prefix.
void AddKeyEntry(int index, bool exact, const Key& k, IndexDraft* draft) {
  std::vector<KeyEntry>& v =
      k.begins ? draft->begins[k.word].entries : draft->keyed[k.word].entries;
  std::string prefix = k.prefix.empty() ? k.word : k.prefix;
  if (!exact) {
    for (char& c : prefix) c = AsciiLower(c);
  }
  bool seen = false;
  for (const KeyEntry& x : v) {
    seen = seen || (x.expr == index && x.lead == k.lead && x.prefix == prefix);
  }
  if (!seen) v.push_back({index, static_cast<unsigned char>(k.lead), exact, prefix});
}

// Sorts a key group's entries by expression, then lead, and gives the group a KeySet when two
// or more of them have lead 0.
void PrepareKeyGroup(const std::vector<Expr>& exprs, const RE2::Options& opts, KeyGroup* group) {
  std::vector<KeyEntry>& entries = group->entries;
  std::sort(entries.begin(), entries.end(), [](const KeyEntry& a, const KeyEntry& b) {
    return a.expr != b.expr ? a.expr < b.expr : a.lead < b.lead;
  });
  std::vector<std::string> patterns;
  std::vector<size_t> ids;
  size_t reach = 0;
  for (size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].lead != 0) continue;
    const Expr& e = exprs[entries[i].expr];
    patterns.push_back(e.re->pattern());
    ids.push_back(i);
    reach = std::max(reach, e.reach);
  }
  if (ids.size() >= 2) {
    group->set = std::make_unique<KeySet>(std::move(patterns), std::move(ids), reach, opts);
  }
}

}  // namespace

struct SkillMatcher::Impl {
  std::vector<Expr> exprs;
  // Key word -> the RE2 expressions that may start with that word. A pattern whose first
  // words cannot be read has no key and runs over every text (`always`).
  WordTable<KeyGroup> by_key;
  // How a first word begins -> the expressions that may start with such a word: a pattern
  // for "improv(?:e|es|ed|ing)" is tried at any word that begins "improv". Sorted, so that
  // begins_at[c] .. begins_at[c + 1] are the ones whose first byte is c.
  std::vector<std::pair<std::string, KeyGroup>> begins;
  std::array<uint16_t, 257> begins_at{};
  // Plain aliases, by lead; their values say skill, guard and rank (LiteralValue).
  std::vector<LeadTrie> tries;  // none empty, by lead
  std::vector<TrieGate> gates;  // one per trie, in the same order
  std::vector<int> always;
  // The `always` expressions in one set (ids are indexes into `always`): one DFA pass over a
  // text says which of them match anywhere in it, and only those run for their spans. Null
  // when the set is over its memory budget; then, as when its DFA runs out of memory on a
  // text, every one of them runs. The kb's own patterns all have keys (StartsOf reads them):
  // the pass costs ~40 instructions a byte of every text, and is left for a user's kb.
  std::unique_ptr<RE2::Set> set;
  std::vector<std::unique_ptr<LazyRE2>> reject_before;  // per skill, may be null
  std::vector<std::unique_ptr<LazyRE2>> reject_after;
  std::unordered_map<std::string, std::vector<TermMatch>> spellings;  // normalized -> skills

  // Compile's steps, in its order.
  void AddSkill(int i, const Skill& s, IndexDraft* draft);
  void AddOpenSpellings(int i, const Skill& s, IndexDraft* draft);
  void AddPattern(int i, const std::string& p, IndexDraft* draft);
  void AddGuardedSpellings(int i, const Skill& s, IndexDraft* draft);
  void AddExpr(int skill, bool guarded, const std::string& body,
               const std::vector<std::string>& fragments, const std::vector<Key>& keys,
               size_t longest, const std::vector<std::string>& literals, IndexDraft* draft);
  // Records for Explain that spelling `a` names skill i, through `via`.
  void AddSpelling(const std::string& a, int i, const std::string& via) {
    spellings[NormalizeAlias(a)].push_back({i, via});
  }
  void BuildTries(const IndexDraft& draft);
  Status CompileAlwaysSet(const std::vector<Skill>& skills, const RE2::Options& opts);
  void IndexKeyGroups(IndexDraft* draft);
};

SkillMatcher::~SkillMatcher() = default;

// Adds skill i: its name and aliases as one expression, each of its patterns as one, and its
// guarded spellings as one; every spelling is kept for Explain.
void SkillMatcher::Impl::AddSkill(int i, const Skill& s, IndexDraft* draft) {
  AddOpenSpellings(i, s, draft);
  for (const std::string& p : s.patterns) AddPattern(i, p, draft);
  if (!s.guarded.empty()) AddGuardedSpellings(i, s, draft);
}

// Adds the name (unless it is also a guarded spelling) and the aliases of skill i as one
// expression, run everywhere when one of them has no word.
void SkillMatcher::Impl::AddOpenSpellings(int i, const Skill& s, IndexDraft* draft) {
  std::vector<std::string> guarded_norm;
  for (const std::string& g : s.guarded) guarded_norm.push_back(NormalizeAlias(g));
  std::vector<std::string> open, open_aliases;
  std::vector<Key> open_keys;
  size_t open_longest = 0;
  bool has_pattern = false;
  if (std::find(guarded_norm.begin(), guarded_norm.end(), NormalizeAlias(s.name)) ==
      guarded_norm.end()) {
    open.push_back(AliasToPattern(s.name));
    open_aliases.push_back(s.name);
    open_keys.push_back(KeyOf(s.name));
    open_longest = std::max(open_longest, s.name.size());
    AddSpelling(s.name, i, "name");
  }
  for (const std::string& a : s.aliases) {
    open.push_back(AliasToPattern(a));
    open_aliases.push_back(a);
    open_keys.push_back(KeyOf(a));
    open_longest = std::max(open_longest, a.size());
    AddSpelling(a, i, "alias '" + a + "'");
  }
  for (const Key& k : open_keys) has_pattern = has_pattern || k.word.empty();
  if (!open.empty()) {
    if (has_pattern) open_keys.clear();  // an alias with no word: run it everywhere
    AddExpr(i, false, "(?i)" + Alternation(open), open, open_keys, open_longest,
            Literals(open_aliases, false), draft);
  }
}

// Adds pattern `p` of skill i, keyed by the first words StartsOf reads in it.
void SkillMatcher::Impl::AddPattern(int i, const std::string& p, IndexDraft* draft) {
  std::vector<Key> keys;
  const PatternStarts starts = StartsOf(p);
  for (const std::string& w : starts.words) keys.push_back({w, 0, w, false});
  for (const std::string& w : starts.prefixes) keys.push_back({w, 0, w, true});
  AddExpr(i, false, "(?i)(?:" + p + ")", {}, keys, 256, {}, draft);
}

// Adds the guarded spellings of skill i as one expression, and its guard's reject patterns.
void SkillMatcher::Impl::AddGuardedSpellings(int i, const Skill& s, IndexDraft* draft) {
  std::vector<std::string> g;
  std::vector<Key> g_keys;
  size_t g_longest = 0;
  for (const std::string& a : s.guarded) {
    g.push_back(AliasToPattern(a));
    g_keys.push_back(KeyOf(a));
    g_longest = std::max(g_longest, a.size());
    AddSpelling(a, i,
                "guarded '" + a + "' (counts only with " +
                    (s.guard.exact_case ? std::string("this exact case and ") : "") +
                    std::to_string(s.guard.context) + " other skill(s) nearby)");
  }
  bool unkeyed = false;
  for (const Key& k : g_keys) unkeyed = unkeyed || k.word.empty();
  if (unkeyed) g_keys.clear();
  AddExpr(i, true, (s.guard.exact_case ? "" : "(?i)") + Alternation(g), g, g_keys, g_longest,
          Literals(s.guarded, s.guard.exact_case), draft);
  const RE2::Options& opts = draft->opts;
  if (!s.guard.reject_before.empty()) {
    reject_before[i] = std::make_unique<LazyRE2>("(?:" + s.guard.reject_before + ")$", opts);
  }
  if (!s.guard.reject_after.empty()) {
    reject_after[i] = std::make_unique<LazyRE2>("^(?:" + s.guard.reject_after + ")", opts);
  }
}

// Adds one expression; `keys` say where its aliases start, empty to run it everywhere.
// `fragments`, `keys` and `literals` (empty, or as Literals gives them) are parallel:
// one per alias of `body`. When all its aliases are plain and keyed, they go to the tries
// instead of RE2.
void SkillMatcher::Impl::AddExpr(int skill, bool guarded, const std::string& body,
                                 const std::vector<std::string>& fragments,
                                 const std::vector<Key>& keys, size_t longest,
                                 const std::vector<std::string>& literals, IndexDraft* draft) {
  const bool exact = body.compare(0, 4, "(?i)") != 0;
  if (!literals.empty() && !keys.empty() && literals.size() < (size_t{1} << kRankBits)) {
    AddToTrieDrafts(skill, guarded, exact, fragments, keys, literals, draft);
    return;
  }
  auto re = std::make_unique<LazyRE2>(
      (keys.empty() ? std::string(kLeft) : std::string()) + "(" + body + ")" + kRight, draft->opts);
  const int index = static_cast<int>(exprs.size());
  // White space in an alias matches any run of it, so allow for more than the alias itself.
  exprs.push_back({skill, guarded, std::move(re), 2 * longest + 64});
  if (keys.empty()) {
    always.push_back(index);
  } else {
    for (const Key& k : keys) AddKeyEntry(index, exact, k, draft);
  }
}

// Builds one trie and its gate for each drafted lead and case that has aliases: by lead,
// folded before exact.
void SkillMatcher::Impl::BuildTries(const IndexDraft& draft) {
  const auto& trie_drafts = draft.trie_drafts;
  for (size_t lead = 0; lead < trie_drafts.size(); ++lead) {
    for (int exact = 0; exact < 2; ++exact) {
      if (!trie_drafts[lead][exact].empty()) {
        const auto& aliases = trie_drafts[lead][exact];
        FirstWordFilter words(FirstWordFilter::BitsFor(aliases.size()));
        for (const auto& [alias, value] : aliases) words.Add(alias);
        tries.push_back({lead, AliasTrie(exact == 1, aliases)});
        gates.push_back({lead, std::move(words)});
      }
    }
  }
}

// Puts the `always` expressions in one set; fails when one does not compile. A set over its
// memory budget is dropped (then they all run).
Status SkillMatcher::Impl::CompileAlwaysSet(const std::vector<Skill>& skills,
                                            const RE2::Options& opts) {
  RE2::Options set_opts = opts;
  set_opts.set_max_mem(int64_t{16} << 20);
  set = std::make_unique<RE2::Set>(set_opts, RE2::UNANCHORED);
  for (int x : always) {
    std::string error;
    if (set->Add(exprs[x].re->pattern(), &error) < 0) {
      const Skill& s = skills[exprs[x].skill];
      return Status::KbError(s.defined_at.ToString() + ": skill '" + s.id +
                             "': expression does not compile: " + error);
    }
  }
  if (!set->Compile()) set.reset();  // over the memory budget: run them all
  return Status::Ok();
}

// Moves the drafted key groups into by_key and begins, and indexes begins by first byte.
void SkillMatcher::Impl::IndexKeyGroups(IndexDraft* draft) {
  std::vector<std::pair<std::string, KeyGroup>> keyed_groups;
  for (auto& [word, group] : draft->keyed) keyed_groups.emplace_back(word, std::move(group));
  by_key = WordTable<KeyGroup>(std::move(keyed_groups));
  for (auto& [word, group] : draft->begins) begins.emplace_back(word, std::move(group));
  for (size_t c = 0, i = 0; c < begins_at.size(); ++c) {
    while (i < begins.size() && static_cast<unsigned char>(begins[i].first[0]) < c) ++i;
    begins_at[c] = static_cast<uint16_t>(i);
  }
}

Result<std::shared_ptr<const SkillMatcher>> SkillMatcher::Compile(
    std::shared_ptr<const KnowledgeBase> kb) {
  std::shared_ptr<SkillMatcher> m(new SkillMatcher());
  m->kb_ = kb;
  m->impl_ = std::make_unique<Impl>();
  Impl& impl = *m->impl_;
  IndexDraft draft;
  draft.opts.set_log_errors(false);
  draft.opts.set_max_mem(int64_t{8} << 20);

  const std::vector<Skill>& skills = kb->skills();
  impl.reject_before.resize(skills.size());
  impl.reject_after.resize(skills.size());
  for (int i = 0; i < static_cast<int>(skills.size()); ++i) impl.AddSkill(i, skills[i], &draft);
  impl.BuildTries(draft);
  if (!impl.always.empty()) {  // none in the shipped kb: every pattern of it has keys
    Status status = impl.CompileAlwaysSet(skills, draft.opts);
    if (!status.ok()) return status;
  }
  impl.IndexKeyGroups(&draft);
  for (auto& [word, group] : impl.by_key.entries()) PrepareKeyGroup(impl.exprs, draft.opts, &group);
  for (auto& [begin, group] : impl.begins) PrepareKeyGroup(impl.exprs, draft.opts, &group);
  return std::shared_ptr<const SkillMatcher>(m);
}

namespace {

// What Find collects from one text before overlaps and guards are settled, with the scratch
// space its steps reuse from word to word.
struct Candidates {
  explicit Candidates(std::string_view t) : text(t), input(t.data(), t.size()) {}
  std::string_view text;
  re2::StringPiece input;                    // `text`, as RE2 takes it
  re2::StringPiece groups[2];                // of the last RE2 match; group 1 is the mention
  std::vector<Mention> raw;                  // every mention found, in no order, overlapping
  std::vector<std::pair<int, size_t>> hits;  // {literal alias, end} at one start
  std::vector<size_t> passed;                // entries of a key group that pass the cheap checks
  std::vector<char> set_says;                // per entry of a key group: its KeySet found a match
};

// Of the plain aliases in `hits` that match at `start`, takes for each skill and guard the
// one RE2 would try first (the lowest rank) as a mention.
void TakeFirstRanked(size_t start, std::vector<std::pair<int, size_t>>* hits,
                     std::vector<Mention>* raw) {
  std::sort(hits->begin(), hits->end());
  int last = -1;  // skill and guard of the last value taken
  for (const auto& [value, end] : *hits) {
    if (value >> kRankBits == last) continue;
    last = value >> kRankBits;
    raw->push_back({LiteralSkill(value), start, end, LiteralGuarded(value)});
  }
}

// Plain aliases whose first word is the word [b, e) of the text (hashed `first_word`): one
// walk per trie. Of one expression's aliases that match at a start, the one RE2 would try
// first wins.
void MatchPlainAliases(const std::vector<LeadTrie>& tries, const std::vector<TrieGate>& gates,
                       size_t b, size_t e, uint64_t first_word, Candidates* cand) {
  const std::string_view text = cand->text;
  std::vector<std::pair<int, size_t>>& hits = cand->hits;
  const size_t n = tries.size();
  for (size_t t = 0; t < n;) {
    // The tries of one lead give the hits of one start.
    const size_t lead = gates[t].lead;
    hits.clear();
    for (; t < n && gates[t].lead == lead; ++t) {
      if (lead > b || !gates[t].words.MayStart(first_word)) continue;
      if (!MayStartAt(text, b - lead)) continue;
      const AliasTrie& trie = tries[t].trie;
      if (lead == 0 && trie.HasWordTable()) {
        trie.MatchAfterWord(text, b, e, first_word, &hits);
      } else {
        trie.MatchAt(text, b - lead, &hits);
      }
    }
    if (hits.empty()) continue;
    TakeFirstRanked(b - lead, &hits, &cand->raw);
  }
}

// Whether entry `k` of a key group passes the cheap checks at the word starting at b: a
// mention may start `k.lead` bytes before it, and the text there begins with k's prefix.
bool PassesCheapChecks(const KeyEntry& k, std::string_view text, size_t b) {
  if (k.lead > b) return false;
  const size_t start = b - k.lead;
  if (!MayStartAt(text, start)) return false;
  if (start + k.prefix.size() > text.size()) return false;
  bool same = true;
  for (size_t j = 0; j < k.prefix.size() && same; ++j) {
    const char c = text[start + j];
    same = (k.exact_case ? c : AsciiLower(c)) == k.prefix[j];
  }
  return same;
}

// Which lead-0 entries of `group` match at b, as its KeySet `set` says in one DFA pass:
// cand->set_says, one flag per entry of the group.
void AskKeySet(const RE2::Set& set, const KeyGroup& group, size_t b, Candidates* cand) {
  const std::string_view text = cand->text;
  std::vector<int> ids;
  if (!set.Match(text.substr(b, std::min(text.size() - b, group.set->reach())), &ids)) {
    ids.clear();
  }
  cand->set_says.assign(group.entries.size(), 0);
  for (int id : ids) cand->set_says[group.set->entries()[id]] = 1;
}

// Tries the expressions of one key group at the word starting at b. The cheap checks (what
// comes before, the alias up to its first space) come first; of the lead-0 entries left,
// two or more are asked of the group's set in one DFA pass, one of its own DFA.
void TryKeyGroup(const std::vector<Expr>& exprs, const KeyGroup& group, size_t b,
                 Candidates* cand) {
  std::vector<size_t>& passed = cand->passed;
  passed.clear();
  size_t lead0 = 0;
  for (size_t ki = 0; ki < group.entries.size(); ++ki) {
    const KeyEntry& k = group.entries[ki];
    if (!PassesCheapChecks(k, cand->text, b)) continue;
    passed.push_back(ki);
    lead0 += k.lead == 0;
  }
  if (passed.empty()) return;
  const RE2::Set* set = lead0 >= 2 && group.set ? group.set->get() : nullptr;
  if (set) AskKeySet(*set, group, b, cand);
  int last_expr = -1;
  size_t last_start = 0;
  for (size_t ki : passed) {
    const KeyEntry& k = group.entries[ki];
    if (set && k.lead == 0 && !cand->set_says[ki]) continue;
    const size_t start = b - k.lead;
    const Expr& e = exprs[k.expr];
    if (k.expr == last_expr && start == last_start) continue;  // tried through another alias
    last_expr = k.expr;
    last_start = start;
    const RE2* re = e.re->get();
    const size_t window_end = std::min(cand->text.size(), start + e.reach);
    // Whether it matches at all is a DFA's question (the key's set has answered it when
    // the entry is in one); the span needs a slower engine, so it is asked only of a match.
    const bool set_answered = set && k.lead == 0;
    re2::StringPiece* groups = cand->groups;
    if (re &&
        (set_answered ||
         re->Match(cand->input, start, window_end, RE2::ANCHOR_START, nullptr, 0)) &&
        re->Match(cand->input, start, window_end, RE2::ANCHOR_START, groups, 2) &&
        !groups[1].empty()) {
      const size_t mb = static_cast<size_t>(groups[1].data() - cand->text.data());
      cand->raw.push_back({e.skill, mb, mb + groups[1].size(), e.guarded});
    }
  }
}

// Tries the key groups of the beginnings of first words ("improv") that the word [b, e) of
// the text begins with.
void TryBeginsGroups(const std::vector<std::pair<std::string, KeyGroup>>& begins,
                     const std::array<uint16_t, 257>& begins_at, const std::vector<Expr>& exprs,
                     size_t b, size_t e, Candidates* cand) {
  const std::string_view text = cand->text;
  const unsigned char first = static_cast<unsigned char>(AsciiLower(text[b]));
  for (size_t x = begins_at[first]; x < begins_at[first + 1]; ++x) {
    const std::string& begin = begins[x].first;
    bool same = begin.size() <= e - b;
    for (size_t j = 1; j < begin.size() && same; ++j) {
      same = AsciiLower(text[b + j]) == begin[j];
    }
    if (same) TryKeyGroup(exprs, begins[x].second, b, cand);
  }
}

// Runs expression `e` over [from, to) of the text and collects its mentions.
void RunOver(const Expr& e, size_t from, size_t to, Candidates* cand) {
  size_t pos = from;
  const RE2* re = e.re->get();
  re2::StringPiece* groups = cand->groups;
  while (re && pos < to && re->Match(cand->input, pos, to, RE2::UNANCHORED, groups, 2)) {
    const size_t b = static_cast<size_t>(groups[1].data() - cand->text.data());
    const size_t en = b + groups[1].size();
    if (en > b) cand->raw.push_back({e.skill, b, en, e.guarded});
    pos = std::max(en, b + 1);
  }
}

// Runs the `always` expressions over the whole text: those `set` finds in it, or every one
// when there is no set or its DFA runs out of memory.
void RunAlways(const std::vector<Expr>& exprs, const std::vector<int>& always, const RE2::Set* set,
               Candidates* cand) {
  std::vector<int> matched;
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  if (!set || (!set->Match(cand->input, &matched, &error) && error.kind != RE2::Set::kNoError)) {
    matched.resize(always.size());
    for (size_t a = 0; a < matched.size(); ++a) matched[a] = static_cast<int>(a);
  }
  for (int id : matched) RunOver(exprs[always[id]], 0, cand->text.size(), cand);
}

// The mentions of `raw` that stay: by start, longest first (then by skill); the same mention
// may be found from two windows, and of mentions that overlap the first kept covers the rest.
// Sorts `raw`.
std::vector<Mention> DropOverlaps(std::vector<Mention>* raw) {
  std::sort(raw->begin(), raw->end(), [](const Mention& a, const Mention& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.skill < b.skill;
  });
  raw->erase(std::unique(raw->begin(), raw->end(),
                         [](const Mention& a, const Mention& b) {
                           return a.begin == b.begin && a.end == b.end && a.skill == b.skill;
                         }),
             raw->end());
  std::vector<Mention> kept;
  for (const Mention& m : *raw) {
    if (!kept.empty() && m.begin < kept.back().end) continue;
    kept.push_back(m);
  }
  return kept;
}

// Where a guard looks for other skills around `m`: kContextWindow bytes each side, not
// across a blank line. Returns {lo, hi}.
std::pair<size_t, size_t> GuardWindow(std::string_view text, const Mention& m) {
  size_t lo = m.begin > kContextWindow ? m.begin - kContextWindow : 0;
  size_t hi = std::min(text.size(), m.end + kContextWindow);
  // Only the window is searched for the blank line, not the whole text.
  const std::string_view before = text.substr(lo, m.begin - lo);
  const size_t para_before = before.rfind("\n\n");
  if (para_before != std::string_view::npos) lo += para_before + 2;
  const std::string_view after = text.substr(m.end, hi - m.end);
  const size_t para_after = after.find("\n\n");
  if (para_after != std::string_view::npos) hi = m.end + para_after;
  return {lo, hi};
}

// How many other skills are named plainly in [lo, hi) around kept[k]. `others` is scratch.
size_t OtherSkillsNear(const std::vector<Mention>& kept, size_t k, size_t lo, size_t hi,
                       std::vector<int>* others) {
  const Mention& m = kept[k];
  // Kept mentions do not overlap and are in order, so their ends are in order too: the
  // ones in the window start at the first that ends after lo.
  others->clear();
  const auto first = std::partition_point(kept.begin(), kept.end(),
                                          [lo](const Mention& x) { return x.end <= lo; });
  for (size_t j = static_cast<size_t>(first - kept.begin()); j < kept.size(); ++j) {
    if (kept[j].begin >= hi) break;
    // Only plainly named skills vouch: two guarded words ("Glue ... documentation") do not
    // make each other skills.
    if (j == k || kept[j].skill == m.skill || kept[j].guarded) continue;
    others->push_back(kept[j].skill);
  }
  std::sort(others->begin(), others->end());
  others->erase(std::unique(others->begin(), others->end()), others->end());
  return others->size();
}

// Whether the guard's reject_before matches what comes just before `m` on its line (60 bytes
// at most), or its reject_after what comes just after (60 bytes at most). Either may be null.
bool RejectedAround(std::string_view text, const Mention& m, const LazyRE2* reject_before,
                    const LazyRE2* reject_after) {
  if (const RE2* before = reject_before ? reject_before->get() : nullptr) {
    // The line before the mention, at most 60 bytes of it: only those 60 are searched for
    // the line's start (a search back to it made a long line quadratic).
    const size_t lo = m.begin > 60 ? m.begin - 60 : 0;
    const size_t newline = text.substr(lo, m.begin - lo).rfind('\n');
    const size_t from = newline == std::string_view::npos ? lo : lo + newline + 1;
    if (RE2::PartialMatch(text.substr(from, m.begin - from), *before)) return true;
  }
  if (const RE2* after = reject_after ? reject_after->get() : nullptr) {
    if (RE2::PartialMatch(text.substr(m.end, std::min<size_t>(60, text.size() - m.end)), *after)) {
      return true;
    }
  }
  return false;
}

// The mentions of `kept` that count: every plain one, and each guarded one whose guard holds
// (enough other skills named plainly nearby, and nothing around it that rejects it).
std::vector<Mention> ApplyGuards(std::string_view text, const std::vector<Mention>& kept,
                                 const std::vector<Skill>& skills,
                                 const std::vector<std::unique_ptr<LazyRE2>>& reject_before,
                                 const std::vector<std::unique_ptr<LazyRE2>>& reject_after) {
  std::vector<Mention> out;
  out.reserve(kept.size());
  std::vector<int> others;  // skills named near a guarded mention
  for (size_t k = 0; k < kept.size(); ++k) {
    const Mention& m = kept[k];
    if (!m.guarded) {
      out.push_back(m);
      continue;
    }
    const Guard& g = skills[m.skill].guard;
    const auto [lo, hi] = GuardWindow(text, m);
    if (static_cast<int>(OtherSkillsNear(kept, k, lo, hi, &others)) < g.context) continue;
    if (RejectedAround(text, m, reject_before[m.skill].get(), reject_after[m.skill].get())) {
      continue;
    }
    out.push_back(m);
  }
  return out;
}

}  // namespace

std::vector<Mention> SkillMatcher::Find(std::string_view text) const {
  const Impl& impl = *impl_;
  Candidates cand(text);
  // Candidates: each word of the text that starts some alias; the expression runs in a
  // window around it. A word is hashed once, for the tries' filters and the key table.
  size_t i = 0;
  while (i < text.size()) {
    if (!IsAsciiAlnum(text[i])) {
      ++i;
      continue;
    }
    const size_t b = i;
    while (i < text.size() && IsAsciiAlnum(text[i])) ++i;
    const uint64_t first_word = FirstWordFilter::HashWord(text.substr(b, i - b));
    MatchPlainAliases(impl.tries, impl.gates, b, i, first_word, &cand);
    if (const KeyGroup* group = impl.by_key.Find(text.substr(b, i - b), first_word)) {
      TryKeyGroup(impl.exprs, *group, b, &cand);
    }
    TryBeginsGroups(impl.begins, impl.begins_at, impl.exprs, b, i, &cand);
  }
  if (!impl.always.empty()) RunAlways(impl.exprs, impl.always, impl.set.get(), &cand);
  const std::vector<Mention> kept = DropOverlaps(&cand.raw);
  std::vector<Mention> found =
      ApplyGuards(text, kept, kb_->skills(), impl.reject_before, impl.reject_after);
  // A spoken language counts only with proficiency context, as a guard of its own.
  DropUncountedLanguages(text, *kb_, &found);
  return found;
}

std::vector<TermMatch> SkillMatcher::Explain(std::string_view term) const {
  std::vector<TermMatch> out;
  auto it = impl_->spellings.find(NormalizeAlias(term));
  if (it != impl_->spellings.end()) out = it->second;
  // Forms only a pattern knows ("AWS Certified Solutions Architect - Associate").
  for (const Mention& m : Find(term)) {
    bool known = false;
    for (const TermMatch& t : out) known = known || t.skill == m.skill;
    if (!known) {
      out.push_back({m.skill, "'" + std::string(term.substr(m.begin, m.end - m.begin)) +
                                  "' found by a pattern or alias inside the term"});
    }
  }
  return out;
}

}  // namespace skillfit
