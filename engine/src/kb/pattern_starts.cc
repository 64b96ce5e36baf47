#include "kb/pattern_starts.h"

#include <cctype>
#include <cstdint>
#include <set>
#include <utility>

#include "util/ascii.h"

namespace skillfit {
namespace {

// Words longer than this are cut to a prefix; more readings than this give up.
constexpr size_t kMaxWord = 32;
constexpr size_t kMaxReadings = 512;

// The pattern as a tree, only as finely as the first word needs.
struct Node {
  enum Kind {
    kSeq,      // kids one after the other
    kAlt,      // one of kids
    kLetters,  // one of `letters` (ASCII letters or digits, lowercased)
    kNonWord,  // one byte that ends a word (white space, punctuation)
    kUnknown,  // one character that may or may not continue a word
    kEmpty,    // matches no text (^, \b, a flag group)
    kEnd,      // $
    kRepeat,   // kids[0], min to max times (max < 0: no limit)
  };
  Kind kind = kEmpty;
  std::string letters;
  std::vector<Node> kids;
  int min = 1, max = 1;
};

// A recursive-descent reader of RE2 syntax. Anything it does not know makes it fail, and a
// pattern it fails on runs everywhere.
class Reader {
 public:
  explicit Reader(std::string_view p) : p_(p) {}

  bool Read(Node* out) {
    *out = Alternation();
    return ok_ && pos_ == p_.size();
  }

 private:
  bool More() const { return ok_ && pos_ < p_.size(); }
  Node Fail() {
    ok_ = false;
    return Node{};
  }

  Node Alternation() {
    Node alt;
    alt.kind = Node::kAlt;
    alt.kids.push_back(Sequence());
    while (More() && p_[pos_] == '|') {
      ++pos_;
      alt.kids.push_back(Sequence());
    }
    if (alt.kids.size() == 1) return std::move(alt.kids[0]);
    return alt;
  }

  Node Sequence() {
    Node seq;
    seq.kind = Node::kSeq;
    while (More() && p_[pos_] != '|' && p_[pos_] != ')') {
      Node atom = Atom();
      Quantify(&atom);
      seq.kids.push_back(std::move(atom));
    }
    return seq;
  }

  static Node Char(unsigned char c) {
    Node n;
    if (IsAsciiAlnum(static_cast<char>(c))) {
      n.kind = Node::kLetters;
      n.letters = std::string(1, AsciiLower(static_cast<char>(c)));
    } else {
      n.kind = Node::kNonWord;
    }
    return n;
  }
  static Node Of(Node::Kind kind) {
    Node n;
    n.kind = kind;
    return n;
  }

  // Skips the rest of a UTF-8 character whose lead byte was just read.
  void SkipContinuation() {
    while (pos_ < p_.size() && (static_cast<unsigned char>(p_[pos_]) & 0xC0) == 0x80) ++pos_;
  }

  Node Atom() {
    const unsigned char c = static_cast<unsigned char>(p_[pos_]);
    switch (c) {
      case '(':
        return Group();
      case '[':
        return Class();
      case '\\':
        return Escape();
      case '.':
        ++pos_;
        return Of(Node::kUnknown);
      case '^':
        ++pos_;
        return Of(Node::kEmpty);
      case '$':
        ++pos_;
        return Of(Node::kEnd);
      case '*':
      case '+':
      case '?':
      case '{':
        return Fail();  // a repeat with nothing before it, or a literal brace
      default:
        ++pos_;
        if (c >= 0x80) {
          SkipContinuation();
          return Of(Node::kUnknown);
        }
        return Char(c);
    }
  }

  Node Group() {
    ++pos_;  // '('
    if (pos_ < p_.size() && p_[pos_] == '?') {
      ++pos_;
      if (pos_ < p_.size() && (p_[pos_] == 'P' || p_[pos_] == '<')) {  // named capture
        const size_t close = p_.find('>', pos_);
        if (close == std::string_view::npos) return Fail();
        pos_ = close + 1;
      } else {
        // Flags, alone "(?i)" or for a group "(?i:...)"; a flag changes case or lines, never
        // which bytes are words, and the words are lowercased anyway.
        while (pos_ < p_.size() &&
               std::string_view("imsU-").find(p_[pos_]) != std::string_view::npos) {
          ++pos_;
        }
        if (pos_ >= p_.size()) return Fail();
        if (p_[pos_] == ')') {
          ++pos_;
          return Of(Node::kEmpty);
        }
        if (p_[pos_] != ':') return Fail();
        ++pos_;
      }
    }
    Node inner = Alternation();
    if (!More() || p_[pos_] != ')') return Fail();
    ++pos_;
    return inner;
  }

  // The value of \xHH or \x{H...} after the 'x'.
  bool Hex(uint32_t* value) {
    const bool braced = pos_ < p_.size() && p_[pos_] == '{';
    if (braced) ++pos_;
    size_t digits = 0;
    *value = 0;
    while (pos_ < p_.size() && std::isxdigit(static_cast<unsigned char>(p_[pos_])) &&
           (braced || digits < 2)) {
      const char h = AsciiLower(p_[pos_]);
      *value = *value * 16 + static_cast<uint32_t>(h <= '9' ? h - '0' : h - 'a' + 10);
      ++pos_;
      ++digits;
    }
    if (braced) {
      if (pos_ >= p_.size() || p_[pos_] != '}') return false;
      ++pos_;
    }
    return digits > 0;
  }

  Node Escape() {
    ++pos_;  // '\\'
    if (pos_ >= p_.size()) return Fail();
    const unsigned char e = static_cast<unsigned char>(p_[pos_++]);
    switch (e) {
      case 's':
      case 'n':
      case 't':
      case 'r':
      case 'f':
      case 'v':
        return Of(Node::kNonWord);
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        return Of(Node::kEmpty);
      case 'd':
      case 'D':
      case 'w':
      case 'W':
      case 'S':
        return Of(Node::kUnknown);
      case 'p':
      case 'P':
        if (pos_ < p_.size() && p_[pos_] == '{') {
          const size_t close = p_.find('}', pos_);
          if (close == std::string_view::npos) return Fail();
          pos_ = close + 1;
        } else if (pos_ < p_.size()) {
          ++pos_;
        }
        return Of(Node::kUnknown);
      case 'x': {
        uint32_t v = 0;
        if (!Hex(&v)) return Fail();
        return v < 0x80 ? Char(static_cast<unsigned char>(v)) : Of(Node::kUnknown);
      }
      default:
        if (IsAsciiAlnum(static_cast<char>(e))) return Fail();  // \Q, \C, octal...: not in the kb's patterns
        if (e >= 0x80) {
          SkipContinuation();
          return Of(Node::kUnknown);
        }
        return Char(e);  // \. \- \/ \( ...
    }
  }

  Node Class() {
    ++pos_;  // '['
    bool negated = false, nonword = false, unknown = false;
    std::set<char> letters;
    if (pos_ < p_.size() && p_[pos_] == '^') {
      negated = true;
      ++pos_;
    }
    auto add = [&](uint32_t lo, uint32_t hi) {
      for (uint32_t v = lo; v <= hi; ++v) {
        if (v >= 0x80) {
          unknown = true;
          return;
        }
        if (IsAsciiAlnum(static_cast<char>(v))) {
          letters.insert(AsciiLower(static_cast<char>(v)));
        } else {
          nonword = true;
        }
      }
    };
    // One member of the class: its code, or none for a class escape (\s, \d...).
    auto member = [&](uint32_t* v) -> bool {
      const unsigned char c = static_cast<unsigned char>(p_[pos_]);
      if (c == '\\') {
        ++pos_;
        if (pos_ >= p_.size()) return Fail(), false;
        const unsigned char e = static_cast<unsigned char>(p_[pos_++]);
        if (e == 's') {
          nonword = true;
          return false;
        }
        if (e == 'x') {
          if (!Hex(v)) return Fail(), false;
          return true;
        }
        if (IsAsciiAlnum(e)) {  // \d \w \S \p...
          unknown = true;
          return false;
        }
        *v = e;
        if (e >= 0x80) SkipContinuation(), unknown = true;
        return true;
      }
      if (c == '[' && pos_ + 1 < p_.size() && p_[pos_ + 1] == ':') {  // [:alpha:]
        const size_t close = p_.find(":]", pos_ + 2);
        if (close == std::string_view::npos) return Fail(), false;
        pos_ = close + 2;
        unknown = true;
        return false;
      }
      ++pos_;
      if (c >= 0x80) {
        SkipContinuation();
        unknown = true;
        return false;
      }
      *v = c;
      return true;
    };
    bool first = true;
    while (ok_ && pos_ < p_.size() && (p_[pos_] != ']' || first)) {
      first = false;
      uint32_t lo = 0;
      if (!member(&lo)) continue;
      if (pos_ + 1 < p_.size() && p_[pos_] == '-' && p_[pos_ + 1] != ']') {
        ++pos_;
        uint32_t hi = 0;
        if (!member(&hi)) {
          unknown = true;
          continue;
        }
        if (hi < lo) return Fail();
        add(lo, hi);
      } else {
        add(lo, lo);
      }
    }
    if (!ok_ || pos_ >= p_.size()) return Fail();
    ++pos_;  // ']'
    // Letters only, and few of them ("[sz]"): each is a reading. Otherwise the class may
    // continue the word or end it.
    if (negated || unknown || (nonword && !letters.empty()) || letters.size() > 6) {
      return Of(Node::kUnknown);
    }
    if (letters.empty()) return Of(Node::kNonWord);
    Node n;
    n.kind = Node::kLetters;
    n.letters.assign(letters.begin(), letters.end());
    return n;
  }

  void Quantify(Node* atom) {
    if (!More()) return;
    int min = 1, max = 1;
    const char q = p_[pos_];
    if (q == '?') {
      min = 0;
    } else if (q == '*') {
      min = 0;
      max = -1;
    } else if (q == '+') {
      max = -1;
    } else if (q == '{') {
      size_t i = pos_ + 1;
      auto number = [&](int* n) {
        const size_t start = i;
        *n = 0;
        while (i < p_.size() && p_[i] >= '0' && p_[i] <= '9') *n = *n * 10 + (p_[i++] - '0');
        return i > start;
      };
      if (!number(&min)) return void(Fail());
      max = min;
      if (i < p_.size() && p_[i] == ',') {
        ++i;
        if (!number(&max)) max = -1;
      }
      if (i >= p_.size() || p_[i] != '}') return void(Fail());
      pos_ = i;
    } else {
      return;
    }
    ++pos_;
    if (pos_ < p_.size() && p_[pos_] == '?') ++pos_;  // non-greedy: the same text
    if (More() && std::string_view("*+?{").find(p_[pos_]) != std::string_view::npos) {
      return void(Fail());  // RE2 rejects a repeat of a repeat
    }
    Node r;
    r.kind = Node::kRepeat;
    r.min = min;
    r.max = max;
    r.kids.push_back(std::move(*atom));
    *atom = std::move(r);
  }

  std::string_view p_;
  size_t pos_ = 0;
  bool ok_ = true;
};

// What a match may have read of its first word so far: still reading it (`pending`), or
// done with it, the word whole (`closed`) or only begun (`open`).
enum State { kPending, kClosed, kOpen };
using Readings = std::set<std::pair<State, std::string>>;

class Walker {
 public:
  bool failed() const { return failed_; }

  Readings Walk(const Node& n, const Readings& in) {
    if (failed_) return {};
    // Past the first word of every reading, the rest of the pattern changes nothing (kPending
    // sorts first, so a set with a pending reading begins with one).
    if (in.empty() || in.begin()->first != kPending) return in;
    Readings out;
    switch (n.kind) {
      case Node::kSeq:
        out = in;
        for (const Node& k : n.kids) {
          if (out.empty() || out.begin()->first != kPending) break;
          out = Walk(k, out);
        }
        return out;
      case Node::kAlt:
        for (const Node& k : n.kids) {
          Readings r = Walk(k, in);
          out.insert(r.begin(), r.end());
        }
        return Capped(std::move(out));
      case Node::kLetters:
        for (const auto& [state, word] : in) {
          if (state != kPending) {
            out.insert({state, word});
          } else if (word.size() >= kMaxWord) {
            out.insert({kOpen, word});
          } else {
            for (char l : n.letters) out.insert({kPending, word + l});
          }
        }
        return Capped(std::move(out));
      case Node::kNonWord:
        return Finish(in, kClosed);
      case Node::kUnknown:
        return Finish(in, kOpen);
      case Node::kEnd:
        return Finish(in, kClosed);
      case Node::kEmpty:
        return in;
      case Node::kRepeat: {
        if (n.max == 0) return in;
        Readings once = Walk(n.kids[0], in);
        // A second time round may add to a word still being read: it is only begun.
        if (n.max != 1) once = Finish(once, kOpen);
        if (n.min == 0) once.insert(in.begin(), in.end());
        return Capped(std::move(once));
      }
    }
    return out;
  }

  // Pending readings end as `how`; a match that would begin with no word fails the whole.
  Readings Finish(const Readings& in, State how) {
    Readings out;
    for (const auto& [state, word] : in) {
      if (state == kPending && word.empty()) failed_ = true;
      out.insert({state == kPending ? how : state, word});
    }
    return out;
  }

 private:
  Readings Capped(Readings r) {
    if (r.size() > kMaxReadings) failed_ = true;
    return r;
  }

  bool failed_ = false;
};

}  // namespace

PatternStarts StartsOf(std::string_view pattern) {
  PatternStarts out;
  Node root;
  if (!Reader(pattern).Read(&root)) return out;
  Walker walker;
  // The matcher puts a right boundary after the pattern (a byte that ends a word, or the
  // end), so a word still being read when the pattern ends ends there.
  Readings readings = walker.Finish(walker.Walk(root, {{kPending, ""}}), kClosed);
  if (walker.failed()) return out;
  for (const auto& [state, word] : readings) {
    (state == kOpen ? out.prefixes : out.words).push_back(word);
  }
  // A prefix covers the words and the longer prefixes it begins.
  auto covered = [&](const std::string& w, bool is_prefix) {
    for (const std::string& p : out.prefixes) {
      if ((!is_prefix || p.size() < w.size()) && w.compare(0, p.size(), p) == 0) return true;
    }
    return false;
  };
  std::vector<std::string> words, prefixes;
  for (const std::string& w : out.words) {
    if (!covered(w, false)) words.push_back(w);
  }
  for (const std::string& p : out.prefixes) {
    if (!covered(p, true)) prefixes.push_back(p);
  }
  out.words = std::move(words);
  out.prefixes = std::move(prefixes);
  out.ok = true;
  return out;
}

}  // namespace skillfit
