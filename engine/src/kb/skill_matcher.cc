#include "skillfit/skill_matcher.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <map>
#include <mutex>
#include <unordered_map>

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
};

SkillMatcher::~SkillMatcher() = default;

Result<std::shared_ptr<const SkillMatcher>> SkillMatcher::Compile(
    std::shared_ptr<const KnowledgeBase> kb) {
  std::shared_ptr<SkillMatcher> m(new SkillMatcher());
  m->kb_ = kb;
  m->impl_ = std::make_unique<Impl>();
  Impl& impl = *m->impl_;
  RE2::Options opts;
  opts.set_log_errors(false);
  opts.set_max_mem(int64_t{8} << 20);

  const std::vector<Skill>& skills = kb->skills();
  impl.reject_before.resize(skills.size());
  impl.reject_after.resize(skills.size());
  std::map<std::string, KeyGroup> keyed;   // becomes impl.by_key
  std::map<std::string, KeyGroup> begins;  // becomes impl.begins
  // Per lead, the aliases of the folded and of the exact trie.
  std::vector<std::array<std::vector<std::pair<std::string, int>>, 2>> trie_drafts;
  // Adds one expression; `keys` say where its aliases start, empty to run it everywhere.
  // `fragments`, `keys` and `literals` (empty, or as Literals gives them) are parallel:
  // one per alias of `body`.
  auto add = [&](int skill, bool guarded, const std::string& body,
                 const std::vector<std::string>& fragments, const std::vector<Key>& keys,
                 size_t longest, const std::vector<std::string>& literals) {
    const bool exact = body.compare(0, 4, "(?i)") != 0;
    if (!literals.empty() && !keys.empty() && literals.size() < (size_t{1} << kRankBits)) {
      int rank = 0;
      for (size_t j : AlternationOrder(fragments)) {
        if (trie_drafts.size() <= keys[j].lead) trie_drafts.resize(keys[j].lead + 1);
        trie_drafts[keys[j].lead][exact ? 1 : 0].push_back(
            {literals[j], LiteralValue(skill, guarded, rank++)});
      }
      return;
    }
    auto re = std::make_unique<LazyRE2>(
        (keys.empty() ? std::string(kLeft) : std::string()) + "(" + body + ")" + kRight, opts);
    const int index = static_cast<int>(impl.exprs.size());
    // White space in an alias matches any run of it, so allow for more than the alias itself.
    impl.exprs.push_back({skill, guarded, std::move(re), 2 * longest + 64});
    if (keys.empty()) {
      impl.always.push_back(index);
    } else {
      for (const Key& k : keys) {
        std::vector<KeyEntry>& v = k.begins ? begins[k.word].entries : keyed[k.word].entries;
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
    }
  };
  for (int i = 0; i < static_cast<int>(skills.size()); ++i) {
    const Skill& s = skills[i];
    std::vector<std::string> guarded_norm;
    for (const std::string& g : s.guarded) guarded_norm.push_back(NormalizeAlias(g));
    std::vector<std::string> open, open_aliases;
    std::vector<Key> open_keys;
    size_t open_longest = 0;
    bool has_pattern = false;
    auto add_spelling = [&](const std::string& a, const std::string& via) {
      impl.spellings[NormalizeAlias(a)].push_back({i, via});
    };
    if (std::find(guarded_norm.begin(), guarded_norm.end(), NormalizeAlias(s.name)) ==
        guarded_norm.end()) {
      open.push_back(AliasToPattern(s.name));
      open_aliases.push_back(s.name);
      open_keys.push_back(KeyOf(s.name));
      open_longest = std::max(open_longest, s.name.size());
      add_spelling(s.name, "name");
    }
    for (const std::string& a : s.aliases) {
      open.push_back(AliasToPattern(a));
      open_aliases.push_back(a);
      open_keys.push_back(KeyOf(a));
      open_longest = std::max(open_longest, a.size());
      add_spelling(a, "alias '" + a + "'");
    }
    for (const Key& k : open_keys) has_pattern = has_pattern || k.word.empty();
    if (!open.empty()) {
      if (has_pattern) open_keys.clear();  // an alias with no word: run it everywhere
      add(i, false, "(?i)" + Alternation(open), open, open_keys, open_longest,
                      Literals(open_aliases, false));
    }
    for (const std::string& p : s.patterns) {
      std::vector<Key> keys;
      const PatternStarts starts = StartsOf(p);
      for (const std::string& w : starts.words) keys.push_back({w, 0, w, false});
      for (const std::string& w : starts.prefixes) keys.push_back({w, 0, w, true});
      add(i, false, "(?i)(?:" + p + ")", {}, keys, 256, {});
    }
    if (!s.guarded.empty()) {
      std::vector<std::string> g;
      std::vector<Key> g_keys;
      size_t g_longest = 0;
      for (const std::string& a : s.guarded) {
        g.push_back(AliasToPattern(a));
        g_keys.push_back(KeyOf(a));
        g_longest = std::max(g_longest, a.size());
        add_spelling(a, "guarded '" + a + "' (counts only with " +
                            (s.guard.exact_case ? std::string("this exact case and ") : "") +
                            std::to_string(s.guard.context) + " other skill(s) nearby)");
      }
      bool unkeyed = false;
      for (const Key& k : g_keys) unkeyed = unkeyed || k.word.empty();
      if (unkeyed) g_keys.clear();
      add(i, true, (s.guard.exact_case ? "" : "(?i)") + Alternation(g), g, g_keys,
                      g_longest, Literals(s.guarded, s.guard.exact_case));
      if (!s.guard.reject_before.empty()) {
        impl.reject_before[i] = std::make_unique<LazyRE2>("(?:" + s.guard.reject_before + ")$", opts);
      }
      if (!s.guard.reject_after.empty()) {
        impl.reject_after[i] = std::make_unique<LazyRE2>("^(?:" + s.guard.reject_after + ")", opts);
      }
    }
  }
  for (size_t lead = 0; lead < trie_drafts.size(); ++lead) {
    for (int exact = 0; exact < 2; ++exact) {
      if (!trie_drafts[lead][exact].empty()) {
        const auto& aliases = trie_drafts[lead][exact];
        FirstWordFilter words(FirstWordFilter::BitsFor(aliases.size()));
        for (const auto& [alias, value] : aliases) words.Add(alias);
        impl.tries.push_back({lead, AliasTrie(exact == 1, aliases)});
        impl.gates.push_back({lead, std::move(words)});
      }
    }
  }
  if (!impl.always.empty()) {  // none in the shipped kb: every pattern of it has keys
    RE2::Options set_opts = opts;
    set_opts.set_max_mem(int64_t{16} << 20);
    impl.set = std::make_unique<RE2::Set>(set_opts, RE2::UNANCHORED);
    for (int x : impl.always) {
      std::string error;
      if (impl.set->Add(impl.exprs[x].re->pattern(), &error) < 0) {
        const Skill& s = skills[impl.exprs[x].skill];
        return Status::KbError(s.defined_at.ToString() + ": skill '" + s.id +
                               "': expression does not compile: " + error);
      }
    }
    if (!impl.set->Compile()) impl.set.reset();  // over the memory budget: run them all
  }
  std::vector<std::pair<std::string, KeyGroup>> keyed_groups;
  for (auto& [word, group] : keyed) keyed_groups.emplace_back(word, std::move(group));
  impl.by_key = WordTable<KeyGroup>(std::move(keyed_groups));
  for (auto& [word, group] : begins) impl.begins.emplace_back(word, std::move(group));
  for (size_t c = 0, i = 0; c < impl.begins_at.size(); ++c) {
    while (i < impl.begins.size() && static_cast<unsigned char>(impl.begins[i].first[0]) < c) ++i;
    impl.begins_at[c] = static_cast<uint16_t>(i);
  }
  auto key_sets = [&](KeyGroup& group) {
    std::vector<KeyEntry>& entries = group.entries;
    std::sort(entries.begin(), entries.end(), [](const KeyEntry& a, const KeyEntry& b) {
      return a.expr != b.expr ? a.expr < b.expr : a.lead < b.lead;
    });
    std::vector<std::string> patterns;
    std::vector<size_t> ids;
    size_t reach = 0;
    for (size_t i = 0; i < entries.size(); ++i) {
      if (entries[i].lead != 0) continue;
      const Expr& e = impl.exprs[entries[i].expr];
      patterns.push_back(e.re->pattern());
      ids.push_back(i);
      reach = std::max(reach, e.reach);
    }
    if (ids.size() >= 2) {
      group.set = std::make_unique<KeySet>(std::move(patterns), std::move(ids), reach, opts);
    }
  };
  for (auto& [word, group] : impl.by_key.entries()) key_sets(group);
  for (auto& [begin, group] : impl.begins) key_sets(group);
  return std::shared_ptr<const SkillMatcher>(m);
}

std::vector<Mention> SkillMatcher::Find(std::string_view text) const {
  const Impl& impl = *impl_;
  std::vector<Mention> raw;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece groups[2];
  // Runs expression `e` over [from, to) of the text and collects its mentions.
  auto run = [&](const Expr& e, size_t from, size_t to) {
    size_t pos = from;
    const RE2* re = e.re->get();
    while (re && pos < to && re->Match(input, pos, to, RE2::UNANCHORED, groups, 2)) {
      const size_t b = static_cast<size_t>(groups[1].data() - text.data());
      const size_t en = b + groups[1].size();
      if (en > b) raw.push_back({e.skill, b, en, e.guarded});
      pos = std::max(en, b + 1);
    }
  };
  // Tries the expressions of one key group at the word starting at b.
  // Tries the expressions of one key group at the word starting at b. The cheap checks (what
  // comes before, the alias up to its first space) come first; of the lead-0 entries left,
  // two or more are asked of the group's set in one DFA pass, one of its own DFA.
  std::vector<size_t> passed;  // entries of the group that pass the cheap checks
  std::vector<char> set_says;
  auto try_group = [&](const KeyGroup& group, size_t b) {
    passed.clear();
    size_t lead0 = 0;
    for (size_t ki = 0; ki < group.entries.size(); ++ki) {
      const KeyEntry& k = group.entries[ki];
      if (k.lead > b) continue;
      const size_t start = b - k.lead;
      if (!MayStartAt(text, start)) continue;
      if (start + k.prefix.size() > text.size()) continue;
      bool same = true;
      for (size_t j = 0; j < k.prefix.size() && same; ++j) {
        const char c = text[start + j];
        same = (k.exact_case ? c : AsciiLower(c)) == k.prefix[j];
      }
      if (!same) continue;
      passed.push_back(ki);
      lead0 += k.lead == 0;
    }
    if (passed.empty()) return;
    const RE2::Set* set = lead0 >= 2 && group.set ? group.set->get() : nullptr;
    if (set) {
      std::vector<int> ids;
      if (!set->Match(text.substr(b, std::min(text.size() - b, group.set->reach())), &ids)) {
        ids.clear();
      }
      set_says.assign(group.entries.size(), 0);
      for (int id : ids) set_says[group.set->entries()[id]] = 1;
    }
    int last_expr = -1;
    size_t last_start = 0;
    for (size_t ki : passed) {
      const KeyEntry& k = group.entries[ki];
      if (set && k.lead == 0 && !set_says[ki]) continue;
      const size_t start = b - k.lead;
      const Expr& e = impl.exprs[k.expr];
      if (k.expr == last_expr && start == last_start) continue;  // tried through another alias
      last_expr = k.expr;
      last_start = start;
      const RE2* re = e.re->get();
      const size_t window_end = std::min(text.size(), start + e.reach);
      // Whether it matches at all is a DFA's question (the key's set has answered it when
      // the entry is in one); the span needs a slower engine, so it is asked only of a match.
      const bool set_answered = set && k.lead == 0;
      if (re &&
          (set_answered || re->Match(input, start, window_end, RE2::ANCHOR_START, nullptr, 0)) &&
          re->Match(input, start, window_end, RE2::ANCHOR_START, groups, 2) && !groups[1].empty()) {
        const size_t mb = static_cast<size_t>(groups[1].data() - text.data());
        raw.push_back({e.skill, mb, mb + groups[1].size(), e.guarded});
      }
    }
  };
  // Candidates: each word of the text that starts some alias; the expression runs in a
  // window around it. A word is hashed once, for the tries' filters and the key table.
  std::vector<std::pair<int, size_t>> hits;  // {literal alias, end} at one start
  size_t i = 0;
  while (i < text.size()) {
    if (!IsAsciiAlnum(text[i])) {
      ++i;
      continue;
    }
    const size_t b = i;
    while (i < text.size() && IsAsciiAlnum(text[i])) ++i;
    // Plain aliases: one walk per trie. Of one expression's aliases that match at a start,
    // the one RE2 would try first wins.
    const uint64_t first_word = FirstWordFilter::HashWord(text.substr(b, i - b));
    const size_t tries = impl.tries.size();
    for (size_t t = 0; t < tries;) {
      // The tries of one lead give the hits of one start.
      const size_t lead = impl.gates[t].lead;
      hits.clear();
      for (; t < tries && impl.gates[t].lead == lead; ++t) {
        if (lead > b || !impl.gates[t].words.MayStart(first_word)) continue;
        if (!MayStartAt(text, b - lead)) continue;
        const AliasTrie& trie = impl.tries[t].trie;
        if (lead == 0 && trie.HasWordTable()) {
          trie.MatchAfterWord(text, b, i, first_word, &hits);
        } else {
          trie.MatchAt(text, b - lead, &hits);
        }
      }
      if (hits.empty()) continue;
      const size_t start = b - lead;
      std::sort(hits.begin(), hits.end());
      int last = -1;  // skill and guard of the last value taken
      for (const auto& [value, end] : hits) {
        if (value >> kRankBits == last) continue;
        last = value >> kRankBits;
        raw.push_back({LiteralSkill(value), start, end, LiteralGuarded(value)});
      }
    }
    if (const KeyGroup* group = impl.by_key.Find(text.substr(b, i - b), first_word)) {
      try_group(*group, b);
    }
    const unsigned char first = static_cast<unsigned char>(AsciiLower(text[b]));
    for (size_t x = impl.begins_at[first]; x < impl.begins_at[first + 1]; ++x) {
      const std::string& begin = impl.begins[x].first;
      bool same = begin.size() <= i - b;
      for (size_t j = 1; j < begin.size() && same; ++j) {
        same = AsciiLower(text[b + j]) == begin[j];
      }
      if (same) try_group(impl.begins[x].second, b);
    }
  }
  if (!impl.always.empty()) {
    std::vector<int> matched;
    RE2::Set::ErrorInfo error{RE2::Set::kNoError};
    if (!impl.set || (!impl.set->Match(input, &matched, &error) && error.kind != RE2::Set::kNoError)) {
      matched.resize(impl.always.size());
      for (size_t a = 0; a < matched.size(); ++a) matched[a] = static_cast<int>(a);
    }
    for (int id : matched) run(impl.exprs[impl.always[id]], 0, text.size());
  }
  // By start, longest first (then by skill): the same mention may be found from two windows,
  // and of mentions that overlap the first kept covers the rest.
  std::sort(raw.begin(), raw.end(), [](const Mention& a, const Mention& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.skill < b.skill;
  });
  raw.erase(std::unique(raw.begin(), raw.end(),
                        [](const Mention& a, const Mention& b) {
                          return a.begin == b.begin && a.end == b.end && a.skill == b.skill;
                        }),
            raw.end());
  std::vector<Mention> kept;
  for (const Mention& m : raw) {
    if (!kept.empty() && m.begin < kept.back().end) continue;
    kept.push_back(m);
  }
  // Guards.
  std::vector<Mention> out;
  out.reserve(kept.size());
  std::vector<int> others;  // skills named near a guarded mention
  for (size_t k = 0; k < kept.size(); ++k) {
    const Mention& m = kept[k];
    if (!m.guarded) {
      out.push_back(m);
      continue;
    }
    const Guard& g = kb_->skills()[m.skill].guard;
    // The window: kContextWindow bytes each side, not across a blank line.
    size_t lo = m.begin > kContextWindow ? m.begin - kContextWindow : 0;
    size_t hi = std::min(text.size(), m.end + kContextWindow);
    // Only the window is searched for the blank line, not the whole text.
    const std::string_view before = text.substr(lo, m.begin - lo);
    const size_t para_before = before.rfind("\n\n");
    if (para_before != std::string_view::npos) lo += para_before + 2;
    const std::string_view after = text.substr(m.end, hi - m.end);
    const size_t para_after = after.find("\n\n");
    if (para_after != std::string_view::npos) hi = m.end + para_after;
    // Kept mentions do not overlap and are in order, so their ends are in order too: the
    // ones in the window start at the first that ends after lo.
    others.clear();
    const auto first = std::partition_point(kept.begin(), kept.end(),
                                            [lo](const Mention& x) { return x.end <= lo; });
    for (size_t j = static_cast<size_t>(first - kept.begin()); j < kept.size(); ++j) {
      if (kept[j].begin >= hi) break;
      // Only plainly named skills vouch: two guarded words ("Glue ... documentation") do not
      // make each other skills.
      if (j == k || kept[j].skill == m.skill || kept[j].guarded) continue;
      others.push_back(kept[j].skill);
    }
    std::sort(others.begin(), others.end());
    others.erase(std::unique(others.begin(), others.end()), others.end());
    if (static_cast<int>(others.size()) < g.context) continue;
    if (const RE2* before = impl.reject_before[m.skill] ? impl.reject_before[m.skill]->get() : nullptr) {
      const size_t line_start = text.rfind('\n', m.begin == 0 ? 0 : m.begin - 1);
      size_t from = line_start == std::string_view::npos ? 0 : line_start + 1;
      if (m.begin == 0) from = 0;
      if (m.begin - from > 60) from = m.begin - 60;
      if (RE2::PartialMatch(text.substr(from, m.begin - from), *before)) continue;
    }
    if (const RE2* after = impl.reject_after[m.skill] ? impl.reject_after[m.skill]->get() : nullptr) {
      if (RE2::PartialMatch(text.substr(m.end, std::min<size_t>(60, text.size() - m.end)), *after)) {
        continue;
      }
    }
    out.push_back(m);
  }
  return out;
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
