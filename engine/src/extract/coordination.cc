#include "extract/coordination.h"

#include <algorithm>
#include <cctype>

#include "extract/phrase_words.h"
#include "util/ascii.h"

namespace skillfit {

namespace {

// At most this many items are read back from a joiner.
constexpr size_t kMaxItems = 6;

struct Item {
  size_t from, to;  // word tokens [from, to)
  size_t slot;      // 0 for the item right before the joiner, 1 for the one before it...
};

// The items of the list that the joiner at `j` ends: the one right before it and those
// before that, back over commas. Each item one word, or two (both are given, the one-word
// reading first).
std::vector<Item> ItemsBefore(std::string_view text, const std::vector<Token>& t, size_t j) {
  std::vector<Item> items;
  size_t e = j;
  for (size_t slot = 0; e >= 1 && ContentWordAt(text, t, e - 1) && slot < kMaxItems; ++slot) {
    items.push_back({e - 1, e, slot});
    const bool two = e >= 2 && ContentWordAt(text, t, e - 2);
    if (two) items.push_back({e - 2, e, slot});
    // The comma before this item: after a one-word item, or after a two-word one.
    if (e >= 2 && t[e - 2].kind == TokenKind::kComma) {
      e -= 2;
    } else if (two && e >= 3 && t[e - 3].kind == TokenKind::kComma) {
      e -= 3;
    } else {
      break;
    }
  }
  return items;
}

// Whether a mention of `named` (sorted by begin) spans [begin, end) exactly.
bool NamedAt(const std::vector<Mention>& named, size_t begin, size_t end) {
  auto it = std::lower_bound(named.begin(), named.end(), begin,
                             [](const Mention& m, size_t b) { return m.begin < b; });
  for (; it != named.end() && it->begin == begin; ++it) {
    if (it->end == end) return true;
  }
  return false;
}

// `items` (ItemsBefore) up to the first one back, past the one right before the joiner, that
// is a skill named whole: such an item is a list entry of its own, and the items sharing the
// head start after it. In "code review, static and dynamic code testing" the list of
// "static" and "dynamic" starts after "code review" (so it needs no anchor there).
std::vector<Item> WithoutNamedItems(const std::vector<Token>& t, std::vector<Item> items,
                                    const std::vector<Mention>& named) {
  size_t cut = kMaxItems;
  for (const Item& it : items) {
    if (it.slot >= 1 && it.slot < cut && NamedAt(named, t[it.from].begin, t[it.to - 1].end)) {
      cut = it.slot;
    }
  }
  items.erase(std::remove_if(items.begin(), items.end(),
                             [cut](const Item& it) { return it.slot >= cut; }),
              items.end());
  return items;
}

// Whether word token `k` opens a new item glued on in a flattened line: a capital right after
// a word in lowercase, as in "big data/analytics Fluency in English" (no "data fluency").
bool OpensGluedItem(std::string_view text, const std::vector<Token>& t, size_t k) {
  if (k == 0) return false;
  return std::isupper(static_cast<unsigned char>(text[t[k].begin])) &&
         std::islower(static_cast<unsigned char>(text[t[k - 1].begin]));
}

// Candidates around the joiner at `j`. A list of three or more items reads as sharing its
// head only when its first item does too: in "services development, delivery and program
// management" no "development management" is named, so no "delivery management" either.
// `next_group` numbers such lists.
void AddAround(std::string_view text, const std::vector<Token>& t, size_t j,
               const std::vector<Mention>& named, int* next_group,
               std::vector<PhraseCandidate>* out) {
  const std::vector<Item> items = WithoutNamedItems(t, ItemsBefore(text, t, j), named);
  if (items.empty() || !ContentWordAt(text, t, j + 1)) return;
  const size_t first_slot = items.back().slot;
  // Shared head: the last item after the joiner is one or two words, then the head.
  for (size_t r = 1; r <= 2; ++r) {
    for (size_t h = 1; h <= 2; ++h) {
      const size_t head = j + 1 + r;
      bool words = true;
      for (size_t k = j + 1; k < head + h; ++k) words = words && ContentWordAt(text, t, k);
      if (!words || OpensGluedItem(text, t, head)) continue;
      const int group = (*next_group)++;
      const std::string head_text = JoinWords(text, t, head, head + h);
      for (const Item& it : items) {
        PhraseCandidate c{JoinWords(text, t, it.from, it.to) + " " + head_text,
                          t[it.from].begin, t[head + h - 1].end};
        c.group = group;
        c.slot = static_cast<int>(it.slot);
        c.anchor = it.slot == first_slot;
        c.needs_anchor = first_slot > 0;
        out->push_back(std::move(c));
      }
    }
  }
  // A hyphenated last item shares the part after its hyphen: "project and time-management
  // skills" -> "project management", spanning from the first item to the hyphenated word.
  const std::string_view last = text.substr(t[j + 1].begin, t[j + 1].end - t[j + 1].begin);
  const size_t hyphen = last.find('-');
  if (hyphen != std::string_view::npos && hyphen >= 2 && hyphen + 3 <= last.size() &&
      last.find('-', hyphen + 1) == std::string_view::npos) {
    const int group = (*next_group)++;
    const std::string head_text(last.substr(hyphen + 1));
    for (const Item& it : items) {
      PhraseCandidate c{JoinWords(text, t, it.from, it.to) + " " + head_text, t[it.from].begin,
                        t[j + 1].end};
      c.group = group;
      c.slot = static_cast<int>(it.slot);
      c.anchor = it.slot == first_slot;
      c.needs_anchor = first_slot > 0;
      out->push_back(std::move(c));
    }
  }
  // Shared lead: "P X and Y..." -> "P Y...", when "P X" is named as written: in "technical
  // requirements and lead resources" there is no "technical lead".
  if (j >= 2 && ContentWordAt(text, t, j - 2) && ContentWordAt(text, t, j - 1) &&
      NamedAt(named, t[j - 2].begin, t[j - 1].end)) {
    const int group = (*next_group)++;
    const std::string lead = JoinWords(text, t, j - 2, j - 1);
    for (size_t k = 1; k <= 3 && ContentWordAt(text, t, j + k); ++k) {
      PhraseCandidate c{lead + " " + JoinWords(text, t, j + 1, j + 1 + k), t[j - 2].begin,
                        t[j + k].end};
      c.group = group;
      c.slot = 0;  // "P Y Z" is a longer reading than "P Y"
      out->push_back(std::move(c));
    }
  }
}

// Whether token k is the bracket `c` ("(" or ")").
bool BracketAt(std::string_view text, const std::vector<Token>& t, size_t k, char c) {
  return k < t.size() && t[k].kind == TokenKind::kBreak && text[t[k].begin] == c;
}

// Whether word token k only introduces examples: "e.g.", "i.e.", "incl.", "including", "like".
bool IntroducesExamples(std::string_view text, const Token& w) {
  std::string lower;
  for (size_t i = w.begin; i < w.end; ++i) lower += AsciiLower(text[i]);
  return lower == "e.g" || lower == "eg" || lower == "i.e" || lower == "ie" || lower == "incl" ||
         lower == "including" || lower == "like";
}

// Kinds in parentheses after the noun they qualify: "data modelling (3NF and/or dimensional)"
// gives "dimensional modelling", "testing (unit, integration)" gives "unit testing" and
// "integration testing": each item of one to three words (after "e.g." or "including"), before
// the head of one or two words; nothing when a function word shows a remark ("Database (PL/SQL
// a plus)"). The open bracket is token `open`; the span runs from the head to the close bracket.
void AddParenthesisedKinds(std::string_view text, const std::vector<Token>& t, size_t open,
                           std::vector<PhraseCandidate>* out) {
  if (open < 1 || !ContentWordAt(text, t, open - 1)) return;
  size_t close = open + 1;
  for (; close < t.size() && close <= open + 16; ++close) {
    const bool example_dot = text[t[close].begin] == '.' && IntroducesExamples(text, t[close - 1]);
    if (t[close].kind == TokenKind::kBreak && !example_dot) break;  // "e.g." goes on
  }
  if (!BracketAt(text, t, close, ')')) return;
  std::vector<std::pair<size_t, size_t>> items;  // word tokens [from, to)
  for (size_t k = open + 1; k < close;) {
    while (k < close && (t[k].kind != TokenKind::kWord || IntroducesExamples(text, t[k]))) ++k;
    const size_t from = k;
    while (k < close && ContentWordAt(text, t, k)) ++k;
    // A function word says the brackets hold a remark, not kinds: "(PL/SQL a plus)".
    if (k < close && t[k].kind == TokenKind::kWord) return;
    if (k > from && k - from <= 3) items.push_back({from, k});
  }
  if (items.empty()) return;
  for (size_t h = 1; h <= 2 && h <= open && ContentWordAt(text, t, open - h); ++h) {
    const std::string head = JoinWords(text, t, open - h, open);
    for (const auto& [from, to] : items) {
      out->push_back({JoinWords(text, t, from, to) + " " + head, t[open - h].begin, t[close].end});
    }
  }
}

// Whether token k is a line break that only wraps a phrase: a word before it and a word in
// lowercase after it ("static and dynamic code\ntesting").
bool WrapsPhrase(std::string_view text, const std::vector<Token>& t, size_t k) {
  return k >= 1 && k + 1 < t.size() && t[k].kind == TokenKind::kBreak && text[t[k].begin] == '\n' &&
         t[k - 1].kind == TokenKind::kWord && t[k + 1].kind == TokenKind::kWord &&
         std::islower(static_cast<unsigned char>(text[t[k + 1].begin]));
}

// `tokens` without the line breaks that only wrap a phrase; `tokens` itself (no copy) when
// there is none.
const std::vector<Token>& Unwrapped(std::string_view text, const std::vector<Token>& tokens,
                                    std::vector<Token>* storage) {
  size_t first = 0;
  while (first < tokens.size() && !WrapsPhrase(text, tokens, first)) ++first;
  if (first == tokens.size()) return tokens;
  storage->reserve(tokens.size());
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (k < first || !WrapsPhrase(text, tokens, k)) storage->push_back(tokens[k]);
  }
  return *storage;
}

}  // namespace

std::vector<PhraseCandidate> CoordinationCandidates(std::string_view text,
                                                    const std::vector<Mention>& named) {
  return CoordinationCandidates(text, Tokens(text), named);
}

std::vector<PhraseCandidate> CoordinationCandidates(std::string_view text,
                                                    const std::vector<Token>& all_tokens,
                                                    const std::vector<Mention>& named) {
  // A phrase wrapped over two lines is read as one: the break is no bound of its items.
  std::vector<Token> storage;
  const std::vector<Token>& tokens = Unwrapped(text, all_tokens, &storage);
  std::vector<PhraseCandidate> out;
  int next_group = 0;
  for (size_t j = 0; j < tokens.size(); ++j) {
    if (tokens[j].kind == TokenKind::kAnd || tokens[j].kind == TokenKind::kOr) {
      AddAround(text, tokens, j, named, &next_group, &out);
    } else if (BracketAt(text, tokens, j, '(')) {
      AddParenthesisedKinds(text, tokens, j, &out);
    }
  }
  return out;
}

}  // namespace skillfit
