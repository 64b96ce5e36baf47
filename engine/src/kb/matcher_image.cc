// Builds the image of a compiled matcher (matcher_image.h): every alias, guarded spelling
// and pattern of a kb, indexed, then written flat.
#include "kb/matcher_image.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <map>

#include "kb/alias_text.h"
#include "kb/first_word_filter.h"
#include "kb/pattern_starts.h"
#include "kb/required_words.h"
#include "util/ascii.h"

namespace skillfit {
namespace {

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

// An expression as the builder drafts it.
struct DraftExpr {
  int skill;
  bool guarded;
  std::string pattern;                // the whole RE2, group 1 the mention
  size_t reach;                       // bytes a match can span from where it starts
  std::vector<std::string> required;  // RequiredWordsOf its body: checked before it runs
};

// Where to try an expression at a key word (KeyEntryRecord, drafted).
struct KeyEntry {
  int expr;
  unsigned char lead;
  bool exact_case;
  std::string prefix;
};

using KeyGroup = std::vector<KeyEntry>;

// What the builder gathers from the skills before the index takes its final shape.
struct IndexDraft {
  std::vector<DraftExpr> exprs;
  std::vector<uint32_t> always;            // expressions with no key
  std::map<std::string, KeyGroup> keyed;   // becomes MatcherRoot::by_key
  std::map<std::string, KeyGroup> begins;  // becomes MatcherRoot::begins
  // Per lead, the aliases of the folded and of the exact trie.
  std::vector<std::array<std::vector<std::pair<std::string, int>>, 2>> trie_drafts;
};

// Adds the plain aliases of one expression to the trie drafts, ranked in the order RE2 would
// try them. `fragments`, `keys` and `literals` are parallel, as for AddExpr.
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
      k.begins ? draft->begins[k.word] : draft->keyed[k.word];
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

// Adds one expression; `keys` say where its aliases start, empty to run it everywhere.
// `fragments`, `keys` and `literals` (empty, or as Literals gives them) are parallel:
// one per alias of `body`. When all its aliases are plain and keyed, they go to the tries
// instead of RE2.
void AddExpr(int skill, bool guarded, const std::string& body,
             const std::vector<std::string>& fragments, const std::vector<Key>& keys,
             size_t longest, const std::vector<std::string>& literals, IndexDraft* draft) {
  const bool exact = body.compare(0, 4, "(?i)") != 0;
  if (!literals.empty() && !keys.empty() && literals.size() < (size_t{1} << kRankBits)) {
    AddToTrieDrafts(skill, guarded, exact, fragments, keys, literals, draft);
    return;
  }
  const int index = static_cast<int>(draft->exprs.size());
  // White space in an alias matches any run of it, so allow for more than the alias itself.
  draft->exprs.push_back(
      {skill, guarded,
       (keys.empty() ? std::string(kMentionLeft) : std::string()) + "(" + body + ")" +
           kMentionRight,
       2 * longest + 64, RequiredWordsOf(body)});
  if (keys.empty()) {
    draft->always.push_back(static_cast<uint32_t>(index));
  } else {
    for (const Key& k : keys) AddKeyEntry(index, exact, k, draft);
  }
}

// Adds the name (unless it is also a guarded spelling) and the aliases of skill i as one
// expression, run everywhere when one of them has no word.
void AddOpenSpellings(int i, const Skill& s, IndexDraft* draft) {
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
  }
  for (const std::string& a : s.aliases) {
    open.push_back(AliasToPattern(a));
    open_aliases.push_back(a);
    open_keys.push_back(KeyOf(a));
    open_longest = std::max(open_longest, a.size());
  }
  for (const Key& k : open_keys) has_pattern = has_pattern || k.word.empty();
  if (!open.empty()) {
    if (has_pattern) open_keys.clear();  // an alias with no word: run it everywhere
    AddExpr(i, false, "(?i)" + Alternation(open), open, open_keys, open_longest,
            Literals(open_aliases, false), draft);
  }
}

// Adds pattern `p` of skill i, keyed by the first words StartsOf reads in it.
void AddPattern(int i, const std::string& p, IndexDraft* draft) {
  std::vector<Key> keys;
  const PatternStarts starts = StartsOf(p);
  for (const std::string& w : starts.words) keys.push_back({w, 0, w, false});
  for (const std::string& w : starts.prefixes) keys.push_back({w, 0, w, true});
  AddExpr(i, false, "(?i)(?:" + p + ")", {}, keys, 256, {}, draft);
}

// Adds the guarded spellings of skill i as one expression. (Its guard's reject patterns are
// read from the kb when a guarded mention needs them.)
void AddGuardedSpellings(int i, const Skill& s, IndexDraft* draft) {
  std::vector<std::string> g;
  std::vector<Key> g_keys;
  size_t g_longest = 0;
  for (const std::string& a : s.guarded) {
    g.push_back(AliasToPattern(a));
    g_keys.push_back(KeyOf(a));
    g_longest = std::max(g_longest, a.size());
  }
  bool unkeyed = false;
  for (const Key& k : g_keys) unkeyed = unkeyed || k.word.empty();
  if (unkeyed) g_keys.clear();
  AddExpr(i, true, (s.guard.exact_case ? "" : "(?i)") + Alternation(g), g, g_keys, g_longest,
          Literals(s.guarded, s.guard.exact_case), draft);
}

// Adds skill i: its name and aliases as one expression, each of its patterns as one, and its
// guarded spellings as one.
void AddSkill(int i, const Skill& s, IndexDraft* draft) {
  AddOpenSpellings(i, s, draft);
  for (const std::string& p : s.patterns) AddPattern(i, p, draft);
  if (!s.guarded.empty()) AddGuardedSpellings(i, s, draft);
}

// Checks that the `always` expressions compile together, as the matcher will put them in
// one set.
Status CheckAlwaysSet(const KnowledgeBase& kb, const IndexDraft& draft) {
  RE2::Set set(MatcherRE2Options(), RE2::UNANCHORED);
  for (uint32_t x : draft.always) {
    std::string error;
    if (set.Add(draft.exprs[x].pattern, &error) < 0) {
      const Skill& s = kb.skills()[draft.exprs[x].skill];
      return Status::KbError(s.defined_at.ToString() + ": skill '" + s.id +
                             "': expression does not compile: " + error);
    }
  }
  return Status::Ok();
}

// Writes the expressions, each with its pattern and required words.
FlatRef WriteExprs(const std::vector<DraftExpr>& exprs, FlatWriter* out) {
  std::vector<ExprRecord> records;
  for (const DraftExpr& e : exprs) {
    std::vector<FlatRef> words;
    for (const std::string& w : e.required) words.push_back(out->PutString(w));
    ExprRecord r{};
    r.skill = e.skill;
    r.guarded = e.guarded ? 1 : 0;
    r.reach = static_cast<uint32_t>(e.reach);
    r.pattern = out->PutString(e.pattern);
    r.required = out->Put(words);
    records.push_back(r);
  }
  return out->Put(records);
}

// Writes one key group: its entries sorted by expression, then lead, and the lead-0 ones
// for its set when there are two or more.
KeyGroupRecord WriteKeyGroup(const std::vector<DraftExpr>& exprs, KeyGroup* entries,
                             FlatWriter* out) {
  std::sort(entries->begin(), entries->end(), [](const KeyEntry& a, const KeyEntry& b) {
    return a.expr != b.expr ? a.expr < b.expr : a.lead < b.lead;
  });
  std::vector<KeyEntryRecord> records;
  std::vector<uint32_t> lead0;
  size_t reach = 0;
  for (size_t i = 0; i < entries->size(); ++i) {
    const KeyEntry& k = (*entries)[i];
    KeyEntryRecord r{};
    r.expr = static_cast<uint32_t>(k.expr);
    r.lead = k.lead;
    r.exact_case = k.exact_case ? 1 : 0;
    r.prefix = out->PutString(k.prefix);
    records.push_back(r);
    if (k.lead != 0) continue;
    lead0.push_back(static_cast<uint32_t>(i));
    reach = std::max(reach, exprs[k.expr].reach);
  }
  KeyGroupRecord group{};
  group.entries = out->Put(records);
  if (lead0.size() >= 2) {
    group.set_entries = out->Put(lead0);
    group.set_reach = static_cast<uint32_t>(reach);
  }
  return group;
}

// Writes every key group (the keyed ones, then the beginnings), the word table of the keyed
// ones and the sorted beginnings with their index by first byte, into `root`.
void WriteKeyGroups(IndexDraft* draft, FlatWriter* out, MatcherRoot* root) {
  std::vector<KeyGroupRecord> groups;
  std::vector<std::pair<std::string, uint32_t>> keyed;
  for (auto& [word, group] : draft->keyed) {
    keyed.push_back({word, static_cast<uint32_t>(groups.size())});
    groups.push_back(WriteKeyGroup(draft->exprs, &group, out));
  }
  std::vector<BeginRecord> begins;
  for (auto& [word, group] : draft->begins) {
    begins.push_back({out->PutString(word), static_cast<uint32_t>(groups.size())});
    groups.push_back(WriteKeyGroup(draft->exprs, &group, out));
  }
  std::array<uint16_t, 257> begins_at{};
  auto words = draft->begins.begin();
  for (size_t c = 0, i = 0; c < begins_at.size(); ++c) {
    while (i < begins.size() && static_cast<unsigned char>(words->first[0]) < c) {
      ++i;
      ++words;
    }
    begins_at[c] = static_cast<uint16_t>(i);
  }
  root->groups = out->Put(groups);
  root->by_key = WordTable<uint32_t>(keyed).Write(out);
  root->begins = out->Put(begins);
  root->begins_at = out->Put(begins_at.data(), begins_at.size());
}

// Builds one trie and its gate for each drafted lead and case that has aliases, by lead,
// folded before exact, and writes them.
FlatRef WriteTries(const IndexDraft& draft, FlatWriter* out) {
  std::vector<LeadTrieRecord> tries;
  const auto& trie_drafts = draft.trie_drafts;
  for (size_t lead = 0; lead < trie_drafts.size(); ++lead) {
    for (int exact = 0; exact < 2; ++exact) {
      const auto& aliases = trie_drafts[lead][exact];
      if (aliases.empty()) continue;
      FirstWordFilter words(FirstWordFilter::BitsFor(aliases.size()));
      for (const auto& [alias, value] : aliases) words.Add(alias);
      LeadTrieRecord r{};
      r.lead = static_cast<uint32_t>(lead);
      r.gate_bits = words.Write(out);
      r.trie = AliasTrie(exact == 1, aliases).Write(out);
      tries.push_back(r);
    }
  }
  return out->Put(tries);
}

}  // namespace

Result<std::string> BuildMatcherImage(const KnowledgeBase& kb) {
  IndexDraft draft;
  const RecordList<Skill>& skills = kb.skills();
  for (int i = 0; i < static_cast<int>(skills.size()); ++i) AddSkill(i, skills[i], &draft);
  if (!draft.always.empty()) {  // none in the shipped kb: every pattern of it has keys
    Status status = CheckAlwaysSet(kb, draft);
    if (!status.ok()) return status;
  }
  FlatWriter out;
  out.Reserve<MatcherRoot>();
  MatcherRoot root{};
  root.version = kMatcherImageVersion;
  root.skill_count = static_cast<uint32_t>(skills.size());
  root.exprs = WriteExprs(draft.exprs, &out);
  WriteKeyGroups(&draft, &out, &root);
  root.tries = WriteTries(draft, &out);
  root.always = out.Put(draft.always);
  out.Set(root);
  return out.Finish();
}

}  // namespace skillfit
