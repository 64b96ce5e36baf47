#include "skillfit/skill_matcher.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <mutex>

#include "extract/spoken_language.h"
#include "kb/alias_text.h"
#include "kb/alias_trie.h"
#include "kb/compound_mentions.h"
#include "kb/first_word_filter.h"
#include "kb/kb_cache.h"
#include "kb/lazy_records.h"
#include "kb/matcher_image.h"
#include "kb/required_words.h"
#include "kb/word_table.h"
#include "util/ascii.h"

namespace skillfit {

namespace {

// Characters searched around a guarded spelling for other skills.
constexpr size_t kContextWindow = 100;

// Objects built once each, on first use, from a fixed number of slots: the RE2 expressions
// of an index, which cannot be mapped and mostly are never needed (a text needs few of the
// kb's expressions). Thread-safe.
template <typename T>
class LazySlots {
 public:
  void Reset(size_t n) {
    once_.reset(new std::once_flag[n]);
    made_.reset(new std::unique_ptr<T>[n]);
  }
  // The object of slot i, made by `make` (which returns a std::unique_ptr<T>) the first time.
  template <typename Make>
  const T* Get(size_t i, Make make) const {
    std::call_once(once_[i], [&] { made_[i] = make(); });
    return made_[i].get();
  }

 private:
  std::unique_ptr<std::once_flag[]> once_;
  std::unique_ptr<std::unique_ptr<T>[]> made_;
};

// A key group's set of lead-0 expressions: each distinct pattern once (entries of several
// skills may share one, "Bachelor's degree" in three), and per set entry of the group, in
// its order, the set's number of its pattern.
struct KeySet {
  RE2::Set set{MatcherRE2Options(), RE2::ANCHOR_START};
  std::vector<int> pattern_of;
};

// The tries for aliases whose first word starts `lead` bytes in, folded or exact.
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

// Whether a mention may start at `start`: not after a letter, digit or '_'. Any other byte
// may come before one ("\u2022Python"), so a word of a text, where mentions are looked for,
// is a run of ASCII letters and digits.
bool MayStartAt(std::string_view text, size_t start) {
  return start == 0 || !(IsAsciiAlnum(text[start - 1]) || text[start - 1] == '_');
}

// What Find collects from one text before overlaps and guards are settled, with the scratch
// space its steps reuse from word to word.
struct Candidates {
  explicit Candidates(std::string_view t)
      : text(t), lowered(AsciiLowerCopy(t)), folds_to_ascii(FoldsToAscii(t)), input(t.data(), t.size()) {}
  std::string_view text;
  std::string lowered;   // `text` with ASCII letters lowercased, for required words
  bool folds_to_ascii;   // whether `text` holds a character (?i) folds to ASCII (FoldsToAscii)
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

// Whether `between`, the text between two mentions, only joins items of a list: commas,
// a slash, "&", "+", "and", "or", "and/or" ("Django and/or React", "React, Vue", "Java/Go").
bool JoinsListItems(std::string_view between) {
  if (between.size() > 12) return false;
  std::string joiner;
  bool comma = false;
  for (char c : between) {
    if (c == ',') {
      comma = true;
    } else if (c != ' ' && c != '\t') {
      joiner += AsciiLower(c);
    }
  }
  if (joiner.empty()) return comma;
  for (const char* j : {"/", "&", "+", "and", "or", "and/or"}) {
    if (joiner == j) return true;
  }
  return false;
}

// The joins of a list around kept[k], an item beside a plainly named skill: the text between
// them ("Django and React": " and " before React), empty where there is none. A guard's
// reject pattern that matches only such a join is about the list, not the item's sense
// ("and react" as in "listen and react"), and is not heeded; one that needs more of the
// text still is ("the BOM and DOM APIs", "SQLite and conflict resolution algorithms").
struct ListJoins {
  std::string_view before;
  std::string_view after;
};
ListJoins JoinsAround(std::string_view text, const std::vector<Mention>& kept, size_t k) {
  const Mention& m = kept[k];
  ListJoins joins;
  if (k > 0 && !kept[k - 1].guarded && kept[k - 1].end <= m.begin) {
    const std::string_view between = text.substr(kept[k - 1].end, m.begin - kept[k - 1].end);
    if (JoinsListItems(between)) joins.before = between;
  }
  if (k + 1 < kept.size() && !kept[k + 1].guarded && m.end <= kept[k + 1].begin) {
    const std::string_view between = text.substr(m.end, kept[k + 1].begin - m.end);
    if (JoinsListItems(between)) joins.after = between;
  }
  return joins;
}

// Whether `before` matches what comes just before `m` on its line (60 bytes at most), or
// `after` what comes just after (60 bytes at most). Either may be null.
// Whether the line break just before `from` wraps one sentence: the mention opens its line
// (only blanks before it) and the line above ends in a letter or digit, with no stop or colon
// ("strict mode\ncompliance" is one phrase; "Security:\ncompliance" is not).
bool WrapsOntoMention(std::string_view text, size_t lo, size_t from, size_t begin) {
  if (from <= lo + 1 || text[from - 1] != '\n') return false;
  for (size_t i = from; i < begin; ++i) {
    if (text[i] != ' ' && text[i] != '\t') return false;
  }
  const unsigned char last = static_cast<unsigned char>(text[from - 2]);
  return std::isalnum(last) != 0;
}

// The text a guard's reject patterns look at around m: the line before the mention, at most
// 60 bytes of it (only those 60 are searched for the line's start: a search back to it made a
// long line quadratic), and the 60 bytes after it. A mention that opens a wrapped line also
// sees the end of the line above (WrapsOntoMention), within the same 60 bytes.
std::pair<std::string_view, std::string_view> RejectWindows(std::string_view text, const Mention& m) {
  const size_t lo = m.begin > 60 ? m.begin - 60 : 0;
  const size_t newline = text.substr(lo, m.begin - lo).rfind('\n');
  size_t from = newline == std::string_view::npos ? lo : lo + newline + 1;
  if (WrapsOntoMention(text, lo, from, m.begin)) {
    const size_t above = text.substr(lo, from - 1 - lo).rfind('\n');
    from = above == std::string_view::npos ? lo : lo + above + 1;
  }
  return {text.substr(from, m.begin - from),
          text.substr(m.end, std::min<size_t>(60, text.size() - m.end))};
}

// Whether `window` may hold a match of a pattern that requires `words` (RequiredWordsOf).
bool MayHoldWords(std::string_view window, const std::vector<std::string>& words) {
  if (words.empty() || FoldsToAscii(window)) return true;
  const std::string lowered = AsciiLowerCopy(window);
  for (const std::string& w : words) {
    if (!ContainsLoweredWord(lowered, w)) return false;
  }
  return true;
}

// The words a skill's reject patterns require, wherever they match: a window without them
// holds no match, so the pattern is neither compiled nor run over it.
struct GuardWords {
  std::vector<std::string> before, after;
};

}  // namespace

// The matcher's index: views of an image (matcher_image.h), and the RE2 objects made from it
// as texts need them.
struct SkillMatcher::Impl {
  std::shared_ptr<const void> owner;  // keeps the image's bytes
  std::string_view image;
  uint32_t skill_count = 0;
  Span<ExprRecord> exprs;
  Span<KeyGroupRecord> groups;
  WordTable<uint32_t> by_key;  // key word -> group
  Span<BeginRecord> begins;    // first-word beginnings ("improv"), sorted
  Span<uint16_t> begins_at;    // begins[begins_at[c] .. begins_at[c + 1]) start with byte c
  std::vector<LeadTrie> tries;  // none empty, by lead
  std::vector<TrieGate> gates;  // one per trie, in the same order
  Span<uint32_t> always;        // expressions run over every text
  // The `always` expressions in one set: one DFA pass over a text says which of them match
  // anywhere in it, and only those run for their spans. Null when it is over its memory
  // budget; then, as when its DFA runs out of memory on a text, every one of them runs.
  std::unique_ptr<RE2::Set> set;
  LazySlots<RE2> expr_re;           // per expression
  LazySlots<KeySet> group_set;      // per key group with a set
  LazySlots<RE2> reject_before;     // per skill
  LazySlots<RE2> reject_after;      // per skill
  LazySlots<GuardWords> guard_words;  // per skill
  std::shared_ptr<const KnowledgeBase> kb;

  // Views `compiled` for `kb`; false when the image is not one BuildMatcherImage wrote for
  // a kb of this size (any array or index out of range).
  bool Open(const CompiledMatcher& compiled, std::shared_ptr<const KnowledgeBase> kb);
  bool OpenGroups(FlatImage* image, const MatcherRoot& root);
  bool OpenTries(FlatImage* image, const MatcherRoot& root);
  bool OpenExprs(FlatImage* image, const MatcherRoot& root);

  std::string_view String(FlatRef r) const { return image.substr(r.offset, r.count); }
  template <typename T>
  Span<T> Array(FlatRef r) const {
    return {reinterpret_cast<const T*>(image.data() + r.offset), r.count};
  }
  const RE2* ExprRE2(size_t e) const;
  const KeySet* GroupSet(size_t g) const;

  // Find's steps.
  void MatchPlainAliases(size_t b, size_t e, uint64_t first_word, Candidates* cand) const;
  bool HasRequiredWords(const ExprRecord& e, size_t start, const Candidates* cand) const;
  bool PassesCheapChecks(const KeyEntryRecord& k, std::string_view text, size_t b) const;
  void AskKeySet(const KeySet& keys, const KeyGroupRecord& group, size_t b,
                 Candidates* cand) const;
  void TryKeyGroup(size_t g, size_t b, Candidates* cand) const;
  void TryBeginsGroups(size_t b, size_t e, Candidates* cand) const;
  void RunOver(const ExprRecord& e, size_t expr, size_t from, size_t to, Candidates* cand) const;
  void RunAlways(Candidates* cand) const;
  bool RejectedAround(std::string_view text, const Mention& m, const Guard& g,
                      const ListJoins& joins) const;
  std::vector<Mention> ApplyGuards(std::string_view text, const std::vector<Mention>& kept) const;
};

SkillMatcher::~SkillMatcher() = default;

bool SkillMatcher::Impl::Open(const CompiledMatcher& compiled,
                              std::shared_ptr<const KnowledgeBase> knowledge) {
  owner = compiled.owner;
  image = compiled.image;
  kb = std::move(knowledge);
  FlatImage flat(image);
  MatcherRoot root;
  if (!flat.Root(&root) || root.version != kMatcherImageVersion ||
      root.skill_count != kb->skills().size()) {
    return false;
  }
  skill_count = root.skill_count;
  if (!OpenExprs(&flat, root) || !OpenGroups(&flat, root) || !OpenTries(&flat, root)) return false;
  always = flat.Get<uint32_t>(root.always);
  for (uint32_t x : always) {
    if (x >= exprs.size()) return false;
  }
  if (!flat.ok()) return false;
  expr_re.Reset(exprs.size());
  group_set.Reset(groups.size());
  reject_before.Reset(skill_count);
  reject_after.Reset(skill_count);
  guard_words.Reset(skill_count);
  if (!always.empty()) {  // none in the shipped kb: every pattern of it has keys
    RE2::Options opts = MatcherRE2Options();
    opts.set_max_mem(int64_t{16} << 20);
    set = std::make_unique<RE2::Set>(opts, RE2::UNANCHORED);
    for (uint32_t x : always) set->Add(re2::StringPiece(String(exprs[x].pattern)), nullptr);
    if (!set->Compile()) set.reset();  // over the memory budget: run them all
  }
  return true;
}

// The expressions: each one's skill in the kb, its pattern and required words in the image.
bool SkillMatcher::Impl::OpenExprs(FlatImage* image, const MatcherRoot& root) {
  exprs = image->Get<ExprRecord>(root.exprs);
  for (const ExprRecord& e : exprs) {
    if (e.skill < 0 || static_cast<uint32_t>(e.skill) >= skill_count) return false;
    image->String(e.pattern);
    for (const FlatRef& w : image->Get<FlatRef>(e.required)) image->String(w);
  }
  return image->ok();
}

// The key groups, their entries and sets, the word table and the beginnings.
bool SkillMatcher::Impl::OpenGroups(FlatImage* image, const MatcherRoot& root) {
  groups = image->Get<KeyGroupRecord>(root.groups);
  for (const KeyGroupRecord& g : groups) {
    const Span<KeyEntryRecord> entries = image->Get<KeyEntryRecord>(g.entries);
    for (const KeyEntryRecord& k : entries) {
      if (k.expr >= exprs.size()) return false;
      image->String(k.prefix);
    }
    for (uint32_t i : image->Get<uint32_t>(g.set_entries)) {
      if (i >= entries.size() || entries[i].lead != 0) return false;
    }
  }
  if (!WordTable<uint32_t>::View(image, root.by_key, &by_key)) return false;
  for (size_t i = 0; i < by_key.size(); ++i) {
    if (by_key.value(i) >= groups.size()) return false;
  }
  begins = image->Get<BeginRecord>(root.begins);
  for (const BeginRecord& b : begins) {
    if (b.group >= groups.size() || b.word.count == 0) return false;
    image->String(b.word);
  }
  begins_at = image->Get<uint16_t>(root.begins_at);
  if (begins_at.size() != 257) return false;
  for (uint16_t at : begins_at) {
    if (at > begins.size()) return false;
  }
  return image->ok();
}

// The tries and their gates; every value a trie reports must name a skill of the kb.
bool SkillMatcher::Impl::OpenTries(FlatImage* image, const MatcherRoot& root) {
  for (const LeadTrieRecord& r : image->Get<LeadTrieRecord>(root.tries)) {
    TrieGate gate{r.lead, FirstWordFilter(64)};  // its bits are the image's
    LeadTrie trie{r.lead, AliasTrie(false, {})};
    if (!FirstWordFilter::View(image, r.gate_bits, &gate.words) ||
        !AliasTrie::View(image, r.trie, &trie.trie)) {
      return false;
    }
    for (int v : trie.trie.values()) {
      if (v < 0 || static_cast<uint32_t>(LiteralSkill(v)) >= skill_count) return false;
    }
    if (trie.trie.empty()) return false;
    tries.push_back(std::move(trie));
    gates.push_back(std::move(gate));
  }
  return image->ok();
}

// The RE2 of expression e, compiled the first time; null should it not compile.
const RE2* SkillMatcher::Impl::ExprRE2(size_t e) const {
  const RE2* re = expr_re.Get(e, [&] {
    return std::make_unique<RE2>(re2::StringPiece(String(exprs[e].pattern)), MatcherRE2Options());
  });
  return re->ok() ? re : nullptr;
}

// The anchored set of group g's lead-0 expressions, compiled the first time: at a word like
// "AWS", a dozen certification patterns start, and one DFA pass says which of them match
// there (mostly none) instead of a dozen. Null when the group has none or it does not
// compile (then every entry is tried on its own). A pattern that several entries share is
// parsed and compiled once: the same pattern matches the same, whichever entry asks.
const KeySet* SkillMatcher::Impl::GroupSet(size_t g) const {
  return group_set.Get(g, [&]() -> std::unique_ptr<KeySet> {
    const KeyGroupRecord& group = groups[g];
    if (group.set_entries.count == 0) return nullptr;
    const Span<KeyEntryRecord> entries = Array<KeyEntryRecord>(group.entries);
    auto keys = std::make_unique<KeySet>();
    std::vector<std::string_view> added;  // the set's patterns, by number
    for (uint32_t i : Array<uint32_t>(group.set_entries)) {
      const std::string_view p = String(exprs[entries[i].expr].pattern);
      const size_t number =
          static_cast<size_t>(std::find(added.begin(), added.end(), p) - added.begin());
      if (number == added.size()) {
        if (keys->set.Add(re2::StringPiece(p.data(), p.size()), nullptr) < 0) return nullptr;
        added.push_back(p);
      }
      keys->pattern_of.push_back(static_cast<int>(number));
    }
    return keys->set.Compile() ? std::move(keys) : nullptr;
  });
}

// Plain aliases whose first word is the word [b, e) of the text (hashed `first_word`): one
// walk per trie. Of one expression's aliases that match at a start, the one RE2 would try
// first wins.
void SkillMatcher::Impl::MatchPlainAliases(size_t b, size_t e, uint64_t first_word,
                                           Candidates* cand) const {
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

// Whether the text from `start`, as far as `e` can reach, holds every word `e` requires.
bool SkillMatcher::Impl::HasRequiredWords(const ExprRecord& e, size_t start,
                                          const Candidates* cand) const {
  if (e.required.count == 0) return true;
  const std::string_view window = cand->text.substr(start, e.reach);
  if (cand->folds_to_ascii && FoldsToAscii(window)) return true;
  const std::string_view lowered = std::string_view(cand->lowered).substr(start, e.reach);
  for (const FlatRef& w : Array<FlatRef>(e.required)) {
    if (!ContainsLoweredWord(lowered, String(w))) return false;
  }
  return true;
}

// Whether entry `k` of a key group passes the cheap checks at the word starting at b: a
// mention may start `k.lead` bytes before it, and the text there begins with k's prefix.
bool SkillMatcher::Impl::PassesCheapChecks(const KeyEntryRecord& k, std::string_view text,
                                           size_t b) const {
  if (k.lead > b) return false;
  const size_t start = b - k.lead;
  if (!MayStartAt(text, start)) return false;
  const std::string_view prefix = String(k.prefix);
  if (start + prefix.size() > text.size()) return false;
  bool same = true;
  for (size_t j = 0; j < prefix.size() && same; ++j) {
    const char c = text[start + j];
    same = (k.exact_case ? c : AsciiLower(c)) == prefix[j];
  }
  return same;
}

// Which lead-0 entries of `group` match at b, as its set says in one DFA pass:
// cand->set_says, one flag per entry of the group.
void SkillMatcher::Impl::AskKeySet(const KeySet& keys, const KeyGroupRecord& group, size_t b,
                                   Candidates* cand) const {
  const std::string_view text = cand->text;
  std::vector<int> ids;
  if (!keys.set.Match(text.substr(b, std::min<size_t>(text.size() - b, group.set_reach)), &ids)) {
    ids.clear();
  }
  cand->set_says.assign(group.entries.count, 0);
  const Span<uint32_t> set_entries = Array<uint32_t>(group.set_entries);
  for (int id : ids) {
    for (size_t i = 0; i < set_entries.size(); ++i) {
      if (keys.pattern_of[i] == id) cand->set_says[set_entries[i]] = 1;
    }
  }
}

// Tries the expressions of key group g at the word starting at b. The cheap checks (what
// comes before, the alias up to its first space, the words a pattern requires) come first;
// of the lead-0 entries left, many are asked of the group's set in one DFA pass, a few each
// of its own DFA.
void SkillMatcher::Impl::TryKeyGroup(size_t g, size_t b, Candidates* cand) const {
  const KeyGroupRecord& group = groups[g];
  const Span<KeyEntryRecord> entries = Array<KeyEntryRecord>(group.entries);
  std::vector<size_t>& passed = cand->passed;
  passed.clear();
  size_t lead0 = 0;
  for (size_t ki = 0; ki < entries.size(); ++ki) {
    const KeyEntryRecord& k = entries[ki];
    if (!PassesCheapChecks(k, cand->text, b) || !HasRequiredWords(exprs[k.expr], b - k.lead, cand)) {
      continue;
    }
    passed.push_back(ki);
    lead0 += k.lead == 0;
  }
  if (passed.empty()) return;
  // The set pays for its compile (all its patterns, once) when many of them are to be
  // asked; a few are asked one by one, each compiled alone (and once) when first needed.
  const bool many = lead0 >= 2 && 2 * lead0 >= group.set_entries.count;
  const KeySet* set = many ? GroupSet(g) : nullptr;
  if (set) AskKeySet(*set, group, b, cand);
  int last_expr = -1;
  size_t last_start = 0;
  for (size_t ki : passed) {
    const KeyEntryRecord& k = entries[ki];
    if (set && k.lead == 0 && !cand->set_says[ki]) continue;
    const size_t start = b - k.lead;
    const ExprRecord& e = exprs[k.expr];
    if (static_cast<int>(k.expr) == last_expr && start == last_start) continue;  // tried already
    last_expr = static_cast<int>(k.expr);
    last_start = start;
    const RE2* re = ExprRE2(k.expr);
    const size_t window_end = std::min<size_t>(cand->text.size(), start + e.reach);
    // Whether it matches at all is a DFA's question (the key's set has answered it when
    // the entry is in one); the span needs a slower engine, so it is asked only of a match.
    const bool set_answered = set && k.lead == 0;
    re2::StringPiece* groups_found = cand->groups;
    if (re &&
        (set_answered ||
         re->Match(cand->input, start, window_end, RE2::ANCHOR_START, nullptr, 0)) &&
        re->Match(cand->input, start, window_end, RE2::ANCHOR_START, groups_found, 2) &&
        !groups_found[1].empty()) {
      const size_t mb = static_cast<size_t>(groups_found[1].data() - cand->text.data());
      cand->raw.push_back({e.skill, mb, mb + groups_found[1].size(), e.guarded != 0});
    }
  }
}

// Tries the key groups of the beginnings of first words ("improv") that the word [b, e) of
// the text begins with.
void SkillMatcher::Impl::TryBeginsGroups(size_t b, size_t e, Candidates* cand) const {
  const std::string_view text = cand->text;
  const unsigned char first = static_cast<unsigned char>(AsciiLower(text[b]));
  for (size_t x = begins_at[first]; x < begins_at[first + 1u]; ++x) {
    const std::string_view begin = String(begins[x].word);
    bool same = begin.size() <= e - b;
    for (size_t j = 1; j < begin.size() && same; ++j) {
      same = AsciiLower(text[b + j]) == begin[j];
    }
    if (same) TryKeyGroup(begins[x].group, b, cand);
  }
}

// Runs expression `e` (number `expr`) over [from, to) of the text and collects its mentions.
void SkillMatcher::Impl::RunOver(const ExprRecord& e, size_t expr, size_t from, size_t to,
                                 Candidates* cand) const {
  size_t pos = from;
  const RE2* re = ExprRE2(expr);
  re2::StringPiece* groups_found = cand->groups;
  while (re && pos < to && re->Match(cand->input, pos, to, RE2::UNANCHORED, groups_found, 2)) {
    const size_t b = static_cast<size_t>(groups_found[1].data() - cand->text.data());
    const size_t en = b + groups_found[1].size();
    if (en > b) cand->raw.push_back({e.skill, b, en, e.guarded != 0});
    pos = std::max(en, b + 1);
  }
}

// Runs the `always` expressions over the whole text: those `set` finds in it, or every one
// when there is no set or its DFA runs out of memory.
void SkillMatcher::Impl::RunAlways(Candidates* cand) const {
  std::vector<int> matched;
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  if (!set || (!set->Match(cand->input, &matched, &error) && error.kind != RE2::Set::kNoError)) {
    matched.resize(always.size());
    for (size_t a = 0; a < matched.size(); ++a) matched[a] = static_cast<int>(a);
  }
  for (int id : matched) RunOver(exprs[always[id]], always[id], 0, cand->text.size(), cand);
}

// The mentions of `kept` that count: every plain one, and each guarded one whose guard holds
// (enough other skills named plainly nearby, and nothing around it that rejects it). A
// guard's reject patterns compile when a mention first needs them.
// Whether guard g's reject patterns match around mention m ("Go" in "go to market"). Each
// is compiled the first time a window holds the words it requires.
bool SkillMatcher::Impl::RejectedAround(std::string_view text, const Mention& m,
                                        const Guard& g, const ListJoins& joins) const {
  const GuardWords* words = guard_words.Get(m.skill, [&] {
    return std::make_unique<GuardWords>(GuardWords{RequiredWordsOf(g.reject_before, false),
                                                   RequiredWordsOf(g.reject_after, false)});
  });
  auto compile = [](const std::string& p) {
    auto re = std::make_unique<RE2>(p, MatcherRE2Options());
    return re->ok() ? std::move(re) : nullptr;
  };
  // A match in `window` that a list's join alone gives is not heeded.
  auto rejects = [](std::string_view window, std::string_view join, const RE2& re) {
    return RE2::PartialMatch(window, re) && (join.empty() || !RE2::PartialMatch(join, re));
  };
  const auto [before, after] = RejectWindows(text, m);
  if (!g.reject_before.empty() && MayHoldWords(before, words->before)) {
    const RE2* re = reject_before.Get(m.skill, [&] { return compile("(?:" + g.reject_before + ")$"); });
    if (re && rejects(before, joins.before, *re)) return true;
  }
  if (!g.reject_after.empty() && MayHoldWords(after, words->after)) {
    const RE2* re = reject_after.Get(m.skill, [&] { return compile("^(?:" + g.reject_after + ")"); });
    if (re && rejects(after, joins.after, *re)) return true;
  }
  return false;
}

namespace {

// Whether the case of guarded mention m is no evidence because it reads as a verb: its only
// capital opens a line, a bullet or a sentence, where any word takes one, and what follows it
// is what follows an imperative verb, not a name: "and" or "or" and a word in lowercase ("Make
// and use prototypes", "Make or buy the parts"), or a determiner or pronoun ("Make your mark",
// "Make sure"). A name keeps its case: "Make, CMake and Ninja", "Go and Rust services", "React
// or other modern web frameworks", "Storybook for component docs", "Jest tests".
bool ReadsAsOpeningVerb(std::string_view text, const Mention& m) {
  if (m.end <= m.begin || !IsAsciiUpper(text[m.begin])) return false;
  for (size_t i = m.begin + 1; i < m.end; ++i) {
    if (!IsAsciiLowerLetter(text[i])) return false;
  }
  size_t b = m.begin;
  while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
  // Bullet marks: "-", "*", "+", "•" (U+2022 as UTF-8).
  if (b > 0 && (text[b - 1] == '-' || text[b - 1] == '*' || text[b - 1] == '+')) --b;
  if (b >= 3 && text.substr(b - 3, 3) == "\xE2\x80\xA2") b -= 3;
  while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
  const bool opens = b == 0 || std::strchr("\n.!?:", text[b - 1]) != nullptr;
  if (!opens) return false;
  // The next two words after the mention, lowercased, and whether the second is in lowercase.
  size_t a = m.end;
  auto next_word = [&](std::string* word, bool* lower) {
    while (a < text.size() && (text[a] == ' ' || text[a] == '\t')) ++a;
    const size_t w = a;
    while (a < text.size() && IsAsciiLetter(text[a])) ++a;
    *word = AsciiLowerCopy(text.substr(w, a - w));
    *lower = a > w && IsAsciiLowerLetter(text[w]);
  };
  std::string first, second;
  bool first_lower = false, second_lower = false;
  next_word(&first, &first_lower);
  if (first == "and" || first == "or") {
    // "React or other modern frameworks", "Go or similar": a name joined to its kind.
    static constexpr std::string_view kKindWords[] = {"other", "similar", "equivalent",
                                                      "related", "comparable", "any", "another"};
    next_word(&second, &second_lower);
    return second_lower &&
           std::find(std::begin(kKindWords), std::end(kKindWords), second) == std::end(kKindWords);
  }
  static constexpr std::string_view kObjectWords[] = {
      "a", "an", "the", "our", "your", "their", "its", "this", "that", "these", "those",
      "it", "them", "us", "sure", "every", "each"};
  return first_lower &&
         std::find(std::begin(kObjectWords), std::end(kObjectWords), first) != std::end(kObjectWords);
}

}  // namespace

std::vector<Mention> SkillMatcher::Impl::ApplyGuards(std::string_view text,
                                                     const std::vector<Mention>& kept) const {
  const RecordList<Skill>& skills = kb->skills();
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
    if (g.exact_case && ReadsAsOpeningVerb(text, m)) continue;
    const auto [lo, hi] = GuardWindow(text, m);
    if (static_cast<int>(OtherSkillsNear(kept, k, lo, hi, &others)) < g.context) continue;
    if (RejectedAround(text, m, g, JoinsAround(text, kept, k))) continue;
    out.push_back(m);
  }
  return out;
}

Result<std::shared_ptr<const SkillMatcher>> SkillMatcher::Compile(
    std::shared_ptr<const KnowledgeBase> kb) {
  std::shared_ptr<SkillMatcher> m(new SkillMatcher());
  m->kb_ = kb;
  m->impl_ = std::make_unique<Impl>();
  if (const std::shared_ptr<const CompiledMatcher> cached = kb->compiled_matcher_) {
    if (m->impl_->Open(*cached, kb)) return std::shared_ptr<const SkillMatcher>(m);
    m->impl_ = std::make_unique<Impl>();  // not this kb's: build it
  }
  Result<std::string> built = BuildMatcherImage(*kb);
  if (!built.ok()) return built.status();
  auto bytes = std::make_shared<const std::string>(std::move(built.value()));
  const CompiledMatcher compiled{bytes, *bytes};
  if (!m->impl_->Open(compiled, kb)) return Status::KbError("matcher image does not open");
  return std::shared_ptr<const SkillMatcher>(m);
}

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
    impl.MatchPlainAliases(b, i, first_word, &cand);
    if (const uint32_t* group = impl.by_key.Find(text.substr(b, i - b), first_word)) {
      impl.TryKeyGroup(*group, b, &cand);
    }
    impl.TryBeginsGroups(b, i, &cand);
  }
  if (!impl.always.empty()) impl.RunAlways(&cand);
  // Two names written as one match ("Java Spring") are read as both before the longest wins.
  SplitCompoundMentions(text, *kb_, &cand.raw);
  const std::vector<Mention> kept = DropOverlaps(&cand.raw);
  std::vector<Mention> found = impl.ApplyGuards(text, kept);
  // A spoken language counts only with proficiency context, as a guard of its own.
  DropUncountedLanguages(text, *kb_, &found);
  return found;
}

namespace {

// Appends to `out` how skill i is spelled `key` (normalized), if it is: by its name (unless
// that is also a guarded spelling), an alias or a guarded spelling, in that order.
void AddSpellings(const Skill& s, int i, const std::string& key, std::vector<TermMatch>* out) {
  if (NormalizesTo(s.name, key)) {
    bool name_guarded = false;  // then the name is also `key`: a guarded spelling of it is too
    for (const std::string& g : s.guarded) name_guarded = name_guarded || NormalizesTo(g, key);
    if (!name_guarded) out->push_back({i, "name"});
  }
  for (const std::string& a : s.aliases) {
    if (NormalizesTo(a, key)) out->push_back({i, "alias '" + a + "'"});
  }
  for (const std::string& a : s.guarded) {
    if (!NormalizesTo(a, key)) continue;
    out->push_back({i, "guarded '" + a + "' (counts only with " +
                           (s.guard.exact_case ? std::string("this exact case and ") : "") +
                           std::to_string(s.guard.context) + " other skill(s) nearby)"});
  }
}

}  // namespace

std::vector<TermMatch> SkillMatcher::Explain(std::string_view term) const {
  // The spellings are read from the kb here rather than indexed: Explain answers one
  // person's `kb search`, and an index of them would cost every start.
  std::vector<TermMatch> out;
  const std::string key = NormalizeAlias(term);
  const RecordList<Skill>& skills = kb_->skills();
  const LazyRecords<Skill>* records = kb_->skill_records_.get();
  for (int i = 0; i < static_cast<int>(skills.size()); ++i) {
    // From the cache, only a skill spelled `key` is decoded.
    if (records && !SpelledAs(records->Record(i), key)) continue;
    AddSpellings(skills[i], i, key, &out);
  }
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
