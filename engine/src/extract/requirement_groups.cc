// FindAlternatives and the bookkeeping of requirement groups (see requirement_groups.h).
#include "extract/requirement_groups.h"
#include "util/ascii.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

namespace skillfit {

namespace {

// What stands between two skills named one after the other, weakest bond last:
// "Java/Kotlin", "Java or Kotlin" (also "and/or"), "Java and Kotlin", "Java, Kotlin";
// kBreak when anything else does, which ends the list.
enum class Joint { kSlash, kOr, kAnd, kComma, kBreak };

bool IsWordByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// The lowercase words of `s`, in order.
std::vector<std::string> WordsOf(std::string_view s) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < s.size()) {
    if (!IsWordByte(s[i])) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < s.size() && IsWordByte(s[e])) ++e;
    words.push_back(AsciiLowerCopy(s.substr(i, e - i)));
    i = e;
  }
  return words;
}

// The joint that `gap`, the text between two mentions, makes. Only separators and the
// conjunctions may stand there: ", ", " / ", " or ", " and/or ", ", and ", " & ".
Joint ReadJoint(std::string_view gap) {
  if (gap.size() > 12) return Joint::kBreak;
  bool comma = false, slash = false, amp = false;
  for (char c : gap) {
    if (c == ',') {
      comma = true;
    } else if (c == '/') {
      slash = true;
    } else if (c == '&') {
      amp = true;
    } else if (!IsWordByte(c) && !std::isspace(static_cast<unsigned char>(c))) {
      return Joint::kBreak;  // a parenthesis, a colon, a dash...
    }
  }
  bool word_or = false, word_and = false;
  for (const std::string& w : WordsOf(gap)) {
    if (w == "or") {
      word_or = true;
    } else if (w == "and") {
      word_and = true;
    } else {
      return Joint::kBreak;
    }
  }
  if (word_or) return Joint::kOr;  // "or", ", or", "and/or"
  if (word_and || amp) return Joint::kAnd;
  if (slash && !comma) return Joint::kSlash;
  if (comma) return Joint::kComma;
  return Joint::kBreak;  // only spaces: "Java Spring Boot" is two skills, not a list
}

// A cue before a list that makes its members alternatives, and how many words may stand
// between the cue and the list's first skill ("one or more of the following languages: C").
struct LeadCue {
  const char* words;  // lowercase, space-separated
  size_t max_gap_words;
};

constexpr LeadCue kLeadCues[] = {
    {"one or more of", 4}, {"at least one of", 4}, {"any one of", 4}, {"one of", 4},
    {"any of", 4},         {"either", 0},          {"e g", 2},        {"eg", 2},
    {"for example", 2},    {"for instance", 2},    {"such as", 2},    {"like", 0},
};

// Whether `prefix`, the text of the sentence before a list's first skill (and after the
// skill before it), ends in a lead cue with few enough words after it. A closing
// parenthesis or a second sentence mark between cue and list voids it.
bool HasLeadCue(std::string_view prefix) {
  if (prefix.find(')') != std::string_view::npos) {
    prefix = prefix.substr(prefix.rfind(')') + 1);
  }
  const std::vector<std::string> words = WordsOf(prefix);
  for (const LeadCue& cue : kLeadCues) {
    const std::vector<std::string> cw = WordsOf(cue.words);
    if (words.size() < cw.size()) continue;
    // The cue may end at most max_gap_words words before the list.
    for (size_t gap = 0; gap <= cue.max_gap_words && gap + cw.size() <= words.size(); ++gap) {
      const size_t at = words.size() - gap - cw.size();
      if (!std::equal(cw.begin(), cw.end(), words.begin() + static_cast<long>(at))) continue;
      // "We'd like you to know..." wants, it does not give examples.
      const bool wants = cw.front() == "like" && at > 0 &&
                         (words[at - 1] == "d" || words[at - 1] == "would" ||
                          words[at - 1] == "we" || words[at - 1] == "you");
      if (!wants) return true;
    }
  }
  return false;
}

// Whether `suffix`, the text after a list's last skill, opens with a cue that makes the list
// examples of a kind: "or similar", "or equivalent", "or comparable", "or other(s)",
// "or another", "or any other".
bool HasTailCue(std::string_view suffix) {
  const std::vector<std::string> words = WordsOf(suffix.substr(0, 24));
  if (words.size() < 2 || words[0] != "or") return false;
  const std::string& w = words[1];
  return w == "similar" || w == "equivalent" || w == "comparable" || w == "other" ||
         w == "others" || w == "another" || (w == "any" && words.size() > 2 && words[2] == "other");
}

// Whether `suffix`, the text after a list's last skill, goes on with one more item joined by
// "or" that names no skill: "mentoring, coaching, or training clients" offers three ways, so
// the two skills named are alternatives.
bool ContinuesWithOr(std::string_view suffix) {
  size_t i = 0;
  while (i < suffix.size() && (suffix[i] == ',' || suffix[i] == ' ')) ++i;
  return suffix.substr(i, 3) == "or " && i + 3 < suffix.size() &&
         std::isalpha(static_cast<unsigned char>(suffix[i + 3])) != 0;
}

// The offset in `sentence` (at text offset `abs_b`) of text offset `at`, within the sentence:
// a mention may run past the sentence's end ("... C. Python" read as one skill).
size_t InSentence(std::string_view sentence, size_t abs_b, size_t at) {
  return std::min(sentence.size(), at < abs_b ? 0 : at - abs_b);
}

// A list: mentions [first, last] of the sentence joined by joints other than kBreak.
struct List {
  size_t first, last;
  std::vector<Joint> joints;  // joints[k] stands between mentions first+k and first+k+1
};

// Whether `gap`, the text between two mentions, makes the second the purpose of the first:
// "Storybook for component documentation": "for" and at most two more words, no mark.
bool PurposeGap(std::string_view gap) {
  for (char c : gap) {
    if (!IsWordByte(c) && !std::isspace(static_cast<unsigned char>(c))) return false;
  }
  const std::vector<std::string> words = WordsOf(gap);
  return !words.empty() && words.size() <= 3 && words[0] == "for";
}

std::vector<List> SplitLists(std::string_view sentence, size_t abs_b,
                             const std::vector<Mention>& ms) {
  std::vector<List> lists;
  bool purpose = false;  // the current list's first mention is the purpose of the one before
  for (size_t k = 0; k < ms.size(); ++k) {
    if (k > 0 && ms[k].begin >= ms[k - 1].end) {
      const size_t gap_b = InSentence(sentence, abs_b, ms[k - 1].end);
      const std::string_view gap =
          sentence.substr(gap_b, InSentence(sentence, abs_b, ms[k].begin) - gap_b);
      const Joint j = ReadJoint(gap);
      // "Storybook for component documentation, Vitest or Jest for unit tests": the comma
      // closes the purpose phrase; it does not list "documentation" beside Vitest and Jest.
      if (j == Joint::kComma && purpose && lists.back().first + 1 == k) {
        lists.back().first = k;
        lists.back().last = k;
        purpose = false;
        continue;
      }
      if (j != Joint::kBreak) {
        lists.back().last = k;
        lists.back().joints.push_back(j);
        continue;
      }
      purpose = PurposeGap(gap);
    }
    lists.push_back({k, k, {}});
  }
  return lists;
}

// Whether mentions [b, e] name two distinct skills or more ("Java or Java-like" does not).
bool NamesTwoSkills(const std::vector<Mention>& ms, size_t b, size_t e) {
  for (size_t k = b + 1; k <= e; ++k) {
    for (size_t i = b; i < k; ++i) {
      if (ms[i].skill != ms[k].skill) return true;
    }
  }
  return false;
}

void AddRange(const std::vector<Mention>& ms, size_t b, size_t e,
              std::vector<std::vector<size_t>>* groups) {
  if (!NamesTwoSkills(ms, b, e)) return;
  std::vector<size_t> g;
  for (size_t k = b; k <= e; ++k) g.push_back(k);
  groups->push_back(std::move(g));
}

// Whether skills `a` and `b` stand in for each other: siblings (kb `related`: a team picks
// one or the other), one a kind of the other ("Unix/Linux", "Cloud/AWS": one implies the
// other), two degrees or two programming languages ("Java/Python": a job is written in one).
bool Substitutes(const KnowledgeBase& kb, int a, int b) {
  const auto holds = [](const std::vector<int>& v, int x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  };
  if (holds(kb.RelatedTo(a), b) || holds(kb.ImpliedBy(a), b) || holds(kb.ImpliedBy(b), a)) {
    return true;
  }
  const std::string& category = kb.skills()[a].category;
  return (category == "degrees" || category == "programming-languages") &&
         kb.skills()[b].category == category;
}

// The groups of one list without a lead cue. "or" binds the items of a list before it and
// the one after it, unless an "and" stands in the list too: then only the stretch the "or"
// joins is a group ("Python, Java and Go or Rust" -> {Go, Rust}); a comma after that item
// starts a new stretch ("Spark or Ray, MLflow" -> {Spark, Ray}). A tail cue makes the whole
// list a group, unless an "and" splits it likewise. Slash pairs not inside a group are
// groups of their own.
void GroupsOfList(const List& l, bool tail_cue, const std::vector<Mention>& ms,
                  const KnowledgeBase& kb, std::vector<std::vector<size_t>>* groups) {
  const bool has_and = std::count(l.joints.begin(), l.joints.end(), Joint::kAnd) > 0;
  std::vector<bool> grouped(l.joints.size(), false);
  size_t seg_b = l.first;
  bool any_or = false;  // in the stretch so far
  for (size_t k = 0; k <= l.joints.size(); ++k) {
    const bool end = k == l.joints.size() || (has_and && l.joints[k] == Joint::kAnd) ||
                     (any_or && l.joints[k] == Joint::kComma);
    if (!end) {
      any_or = any_or || l.joints[k] == Joint::kOr;
      continue;
    }
    const size_t seg_e = l.first + k;
    const bool whole_list = seg_b == l.first && seg_e == l.last;
    if (seg_e > seg_b && (any_or || (tail_cue && whole_list && !has_and))) {
      AddRange(ms, seg_b, seg_e, groups);
      for (size_t j = seg_b; j < seg_e; ++j) grouped[j - l.first] = true;
    }
    seg_b = seg_e + 1;
    any_or = false;
  }
  // Slash chains outside the groups above, of skills a team picks one of: "MBA/MS/MA",
  // "Java/Kotlin". A slash between skills used together asks both: "Jira/Confluence",
  // "HTML5/CSS3", "React/Redux".
  size_t k = 0;
  while (k < l.joints.size()) {
    if (l.joints[k] != Joint::kSlash || grouped[k] ||
        !Substitutes(kb, ms[l.first + k].skill, ms[l.first + k + 1].skill)) {
      ++k;
      continue;
    }
    size_t e = k;
    while (e < l.joints.size() && l.joints[e] == Joint::kSlash && !grouped[e] &&
           Substitutes(kb, ms[l.first + e].skill, ms[l.first + e + 1].skill)) {
      ++e;
    }
    AddRange(ms, l.first + k, l.first + e, groups);
    k = e;
  }
}

}  // namespace

std::vector<std::vector<size_t>> FindAlternatives(std::string_view sentence, size_t abs_b,
                                                  const std::vector<Mention>& mentions,
                                                  const KnowledgeBase& kb) {
  std::vector<std::vector<size_t>> groups;
  for (const List& l : SplitLists(sentence, abs_b, mentions)) {
    const size_t first_b = InSentence(sentence, abs_b, mentions[l.first].begin);
    const size_t prefix_b =
        l.first == 0 ? 0 : std::min(first_b, InSentence(sentence, abs_b, mentions[l.first - 1].end));
    const size_t last_e = InSentence(sentence, abs_b, mentions[l.last].end);
    const bool lead = HasLeadCue(sentence.substr(prefix_b, first_b - prefix_b));
    if (lead) {
      // Examples of a kind, or "one of" them: any one meets it, whatever the joints.
      AddRange(mentions, l.first, l.last, &groups);
      continue;
    }
    const std::string_view suffix = sentence.substr(last_e);
    GroupsOfList(l, HasTailCue(suffix) || ContinuesWithOr(suffix), mentions, kb, &groups);
  }
  return groups;
}

// Whether `span`, the text of skills read on one span, joins them as both asked: an "and" or
// "&" and no "or" or "/" ("written and verbal communication", not "BS and/or MS").
bool JoinsAll(std::string_view span) {
  if (span.find('/') != std::string_view::npos) return false;
  bool all = span.find('&') != std::string_view::npos;
  for (const std::string& w : WordsOf(span)) {
    if (w == "or" || w == "nor") return false;
    all = all || w == "and";
  }
  return all;
}

std::vector<std::vector<size_t>> SameSpanAlternatives(std::string_view sentence, size_t abs_b,
                                                      const std::vector<Mention>& mentions) {
  // Mentions of one span sit together once sorted by span (then by index); only those are
  // compared, not every pair of the sentence (quadratic in a long flattened posting).
  std::vector<size_t> order(mentions.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  const auto span = [&](size_t i) { return std::make_pair(mentions[i].begin, mentions[i].end); };
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return span(a) != span(b) ? span(a) < span(b) : a < b;
  });
  std::vector<std::vector<size_t>> groups;  // each led by its first index, sorted below
  std::vector<bool> taken(mentions.size(), false);
  for (size_t r = 0; r < order.size();) {
    size_t run_end = r + 1;
    while (run_end < order.size() && span(order[run_end]) == span(order[r])) ++run_end;
    const size_t text_b = InSentence(sentence, abs_b, mentions[order[r]].begin);
    if (JoinsAll(sentence.substr(text_b, InSentence(sentence, abs_b, mentions[order[r]].end) - text_b))) {
      r = run_end;
      continue;
    }
    for (size_t x = r; x < run_end; ++x) {
      const size_t i = order[x];
      if (taken[i]) continue;
      std::vector<size_t> group = {i};
      for (size_t y = x + 1; y < run_end; ++y) {
        const size_t j = order[y];
        if (mentions[j].skill != mentions[i].skill) {
          group.push_back(j);
          taken[j] = true;
        }
      }
      if (group.size() >= 2) groups.push_back(group);
    }
    r = run_end;
  }
  std::sort(groups.begin(), groups.end(),
            [](const std::vector<size_t>& a, const std::vector<size_t>& b) { return a[0] < b[0]; });
  return groups;
}

void AddRequirementGroup(const std::vector<Occurrence*>& members,
                         std::vector<RequirementGroup>* groups) {
  std::vector<int> skills;
  for (const Occurrence* o : members) {
    if (std::find(skills.begin(), skills.end(), o->mention.skill) == skills.end()) {
      skills.push_back(o->mention.skill);
    }
  }
  std::vector<int> key = skills;
  std::sort(key.begin(), key.end());
  size_t index = 0;
  for (; index < groups->size(); ++index) {
    std::vector<int> other = (*groups)[index].members;
    std::sort(other.begin(), other.end());
    if (other == key) break;
  }
  if (index == groups->size()) {
    RequirementGroup g;
    g.members = skills;
    groups->push_back(g);
  }
  Occurrence place = *members.front();
  place.mention.skill = -1;
  place.mention.guarded = false;
  place.mention.end = members.back()->mention.end;
  place.proficiency.clear();
  place.cefr = 0;
  place.group = static_cast<int>(index);
  for (Occurrence* o : members) {
    o->group = static_cast<int>(index);
    place.level = std::min(place.level, o->level);
  }
  (*groups)[index].places.push_back(place);
}

namespace {

// A group's places by where they start, with the furthest end of each and all before it:
// the places holding an offset are found by a binary search, not a scan of every place (a
// posting that repeats one list thousands of times made the scans quadratic).
struct PlaceIndex {
  explicit PlaceIndex(const RequirementGroup& g) {
    for (size_t i = 0; i < g.places.size(); ++i) order.push_back(i);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return g.places[a].mention.begin < g.places[b].mention.begin;
    });
    for (size_t i : order) {
      const size_t before = furthest_end.empty() ? 0 : furthest_end.back();
      furthest_end.push_back(std::max(before, g.places[i].mention.end));
    }
  }
  std::vector<size_t> order;         // place indexes by start
  std::vector<size_t> furthest_end;  // of order[0..k]
};

// Lowers to `level` each place of g that spans offset `at`.
void LevelPlacesAt(const PlaceIndex& index, size_t at, RequirementLevel level,
                   RequirementGroup* g) {
  // The places starting at or before `at`; of those, back to where none reaches past it.
  size_t k = static_cast<size_t>(
      std::upper_bound(index.order.begin(), index.order.end(), at,
                       [&](size_t offset, size_t i) { return offset < g->places[i].mention.begin; }) -
      index.order.begin());
  while (k > 0 && index.furthest_end[k - 1] > at) {
    --k;
    Occurrence& p = g->places[index.order[k]];
    if (at < p.mention.end) p.level = std::min(p.level, level);
  }
}

}  // namespace

void LevelRequirementGroups(const std::vector<JdSkill>& skills,
                            std::vector<RequirementGroup>* groups) {
  std::vector<PlaceIndex> indexes;
  for (RequirementGroup& g : *groups) {
    g.level = RequirementLevel::kContext;
    for (Occurrence& p : g.places) p.level = RequirementLevel::kContext;
    indexes.emplace_back(g);
  }
  for (const JdSkill& s : skills) {
    for (const Occurrence& o : s.mentions) {
      if (o.group < 0) continue;
      RequirementGroup& g = (*groups)[static_cast<size_t>(o.group)];
      g.level = std::min(g.level, o.level);
      LevelPlacesAt(indexes[static_cast<size_t>(o.group)], o.mention.begin, o.level, &g);
    }
  }
}

}  // namespace skillfit
