// ActualTextSpansKeepFont: a content stream's operators, followed for what they do to the font
// of an open /ActualText span (see the header).
#include "documents/pdf_span_fonts.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <vector>

#include "documents/pdf_syntax.h"

namespace skillfit {
namespace {

constexpr size_t kNone = std::string_view::npos;

// What was read since the last operator.
struct Operands {
  bool name_actual_text = false;  // the name /ActualText, anywhere among them
  bool last_is_name = false;      // the last whole operand is a name: "/Span /MC0 BDC"
};

bool ShowsText(std::string_view op) { return op == "Tj" || op == "TJ" || op == "'" || op == "\""; }

// Path painting: a pattern cell, drawn by a fill or a stroke, is a content stream of its own.
bool PaintsPath(std::string_view op) {
  return op == "f" || op == "F" || op == "f*" || op == "B" || op == "B*" || op == "b" ||
         op == "b*" || op == "S" || op == "s";
}

// The q-levels and the open marked content of a stream, with what each open /ActualText span
// has shown.
class SpanTracker {
 public:
  // Follows operator `op`; false once an open span may lose the font of its glyphs.
  bool Operator(std::string_view op, const Operands& operands) {
    if (op == "BDC" || op == "BMC") {
      const bool span = op == "BDC" && (operands.name_actual_text || operands.last_is_name);
      marked_.push_back(span ? std::optional<Span>(Span{}) : std::nullopt);
      return true;
    }
    if (op == "EMC") {
      if (!marked_.empty()) marked_.pop_back();  // poppler ignores an EMC with none open
      return true;
    }
    if (op == "q") ++depth_;
    if (op == "Q") --depth_;
    return std::all_of(marked_.begin(), marked_.end(),
                       [&](std::optional<Span>& m) { return !m || Keeps(op, &*m); });
  }

  // True when no span is left open.
  bool AllClosed() const {
    return std::none_of(marked_.begin(), marked_.end(),
                        [](const std::optional<Span>& m) { return m.has_value(); });
  }

 private:
  struct Span {
    bool shown = false;  // text was shown in it
    int low = 0;         // the lowest q-level text was shown at
  };

  // Whether `op`, in open span `span`, keeps the font the span's text was shown with until
  // the span closes; records the text it shows.
  bool Keeps(std::string_view op, Span* span) const {
    if (ShowsText(op)) {
      span->low = span->shown ? std::min(span->low, depth_) : depth_;
      span->shown = true;
      return true;
    }
    if (op == "Do" || PaintsPath(op)) return false;
    if (!span->shown) return true;
    if (op == "Tf" || op == "gs") return false;
    return op != "Q" || depth_ >= span->low;
  }

  int depth_ = 0;                            // q minus Q since the stream's start
  std::vector<std::optional<Span>> marked_;  // a span where the marked content is one
};

// The index after the literal string that opens at `at` ('('), or kNone when it does not
// close: nested parentheses count, a backslash escapes the next character.
size_t StringEnd(std::string_view c, size_t at) {
  int depth = 0;
  for (size_t i = at; i < c.size(); ++i) {
    if (c[i] == '\\') {
      ++i;
    } else if (c[i] == '(') {
      ++depth;
    } else if (c[i] == ')' && --depth == 0) {
      return i + 1;
    }
  }
  return kNone;
}

// The index after the end of the token that starts at `at` when it is a string, a hex string
// or a comment (kNone when it does not end), else `at`.
size_t SkipStringOrComment(std::string_view c, size_t at) {
  if (c[at] == '(') return StringEnd(c, at);
  if (c[at] == '<' && (at + 1 >= c.size() || c[at + 1] != '<')) {
    const size_t end = c.find('>', at);
    return end == kNone ? kNone : end + 1;
  }
  if (c[at] == '%') {
    const size_t end = c.find_first_of("\r\n", at);
    return end == kNone ? c.size() : end;
  }
  return at;
}

bool IsNumberStart(char ch) {
  return (ch >= '0' && ch <= '9') || ch == '+' || ch == '-' || ch == '.';
}

// Reads `c` a token at a time, as poppler's lexer and parser do, and hands the operators to a
// SpanTracker.
class ContentReader {
 public:
  explicit ContentReader(std::string_view c) : c_(c) {}

  // False once a span may lose its font, or an inline image stops the reading.
  // `*open_at_end`: the stream ended inside a string, array or dictionary.
  bool Read(bool* open_at_end) {
    size_t i = 0;
    while (i < c_.size()) {
      const char ch = c_[i];
      if (IsPdfSpace(ch)) {
        ++i;
        continue;
      }
      const size_t skipped = SkipStringOrComment(c_, i);
      if (skipped == kNone) {
        *open_at_end = true;
        return true;
      }
      if (skipped != i) {
        if (ch != '%') Operand(false);
        i = skipped;
        continue;
      }
      if (!Token(&i)) return false;
    }
    *open_at_end = nesting_ > 0;
    return true;
  }

  bool AllSpansClosed() const { return tracker_.AllClosed(); }

 private:
  // Reads the token at `*i` (not a string or comment), moving past it.
  bool Token(size_t* i) {
    const char ch = c_[*i];
    if (ch == '/') {
      const size_t end = NameEnd(c_, *i);
      if (DecodedNameIs(c_, *i, "ActualText")) operands_.name_actual_text = true;
      Operand(true);
      *i = end;
      return true;
    }
    if ((ch == '<' || ch == '>') && *i + 1 < c_.size() && c_[*i + 1] == ch) {
      Nest(ch == '<');
      *i += 2;
      return true;
    }
    if (ch == '[' || ch == ']') {
      Nest(ch == '[');
      ++*i;
      return true;
    }
    if (!IsRegular(ch)) {  // a lone '>', ')', '{' or '}': poppler skips it or runs no operator
      ++*i;
      return true;
    }
    size_t end = *i;
    while (end < c_.size() && IsRegular(c_[end])) ++end;
    const std::string_view word = c_.substr(*i, end - *i);
    *i = end;
    return Word(word);
  }

  // A keyword: an operator at the top level, else a value.
  bool Word(std::string_view word) {
    if (nesting_ > 0 || IsNumberStart(word[0]) || word == "true" || word == "false" ||
        word == "null") {
      Operand(false);
      return true;
    }
    if (word == "BI") return false;  // inline image data are not read
    const bool keeps = tracker_.Operator(word, operands_);
    operands_ = Operands();
    return keeps;
  }

  // An array or dictionary opens (`open`) or closes; one that closes at the top level is an
  // operand. A close with none open is skipped.
  void Nest(bool open) {
    if (open) {
      ++nesting_;
    } else if (nesting_ > 0 && --nesting_ == 0) {
      Operand(false);
    }
  }

  // A value was read; at the top level it is the last operand.
  void Operand(bool is_name) {
    if (nesting_ == 0) operands_.last_is_name = is_name;
  }

  std::string_view c_;
  SpanTracker tracker_;
  Operands operands_;
  int nesting_ = 0;  // open arrays and dictionaries
};

}  // namespace

bool ActualTextSpansKeepFont(std::string_view content, bool may_end_early) {
  ContentReader reader(content);
  bool open_at_end = false;
  if (!reader.Read(&open_at_end)) return false;
  if (open_at_end && may_end_early) return false;
  return reader.AllSpansClosed();
}

}  // namespace skillfit
