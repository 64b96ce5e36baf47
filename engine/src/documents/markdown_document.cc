// Markdown loader: the text as written (headings keep their '#', so they stay recognisable),
// less what a reader never sees: YAML front matter (front_matter.h keeps its title and the
// sections some postings keep there), Liquid/Jinja template tags ({% ... %},
// {{ ... }}), HTML comments, and the targets of links ("[text](url)" reads as "text").
#include <string>
#include <string_view>

#include "documents/document_loaders.h"
#include "documents/front_matter.h"
#include "documents/text_decode.h"

namespace skillfit {
namespace {

// Where the scan of the body stands: its line, the last '[' on it, and the next ')' and
// '\n' found ahead, so that no byte is searched twice (a search back to the line's start,
// or on to its end, for each "](" made one long line quadratic).
class LinkScan {
 public:
  LinkScan(std::string_view s, size_t from) : s_(s) {
    const size_t nl = from == 0 ? std::string_view::npos : s.rfind('\n', from - 1);
    const size_t line = nl == std::string_view::npos ? 0 : nl + 1;
    const size_t open = s.substr(line, from - line).rfind('[');
    last_open_ = open == std::string_view::npos ? open : line + open;
  }
  // Takes in the bytes [from, to) that the scan passes over.
  void Pass(size_t from, size_t to) {
    for (size_t k = from; k < to; ++k) {
      if (s_[k] == '\n') {
        last_open_ = std::string_view::npos;
      } else if (s_[k] == '[') {
        last_open_ = k;
      }
    }
  }
  size_t last_open() const { return last_open_; }  // on the current line, or npos
  size_t NextParen(size_t from) { return Next(')', from, &paren_from_, &paren_); }
  size_t NextNewline(size_t from) { return Next('\n', from, &newline_from_, &newline_); }

 private:
  // The first `c` at or after `from`, found again only when `from` has passed the last one.
  size_t Next(char c, size_t from, size_t* searched_from, size_t* found) {
    if (*searched_from == std::string_view::npos || from < *searched_from ||
        (*found != std::string_view::npos && *found < from)) {
      *found = s_.find(c, from);
      *searched_from = from;
    }
    return *found;
  }
  std::string_view s_;
  size_t last_open_ = std::string_view::npos;
  size_t paren_from_ = std::string_view::npos, paren_ = std::string_view::npos;
  size_t newline_from_ = std::string_view::npos, newline_ = std::string_view::npos;
};

// A template tag's end, searched for only as far as a tag may reach (4 KiB).
size_t TagEnd(std::string_view s, size_t i) {
  const char* close = s[i + 1] == '%' ? "%}" : "}}";
  const size_t at = s.substr(i + 2, 4095).find(close);
  return at == std::string_view::npos ? at : i + 2 + at + 2;
}

}  // namespace

Result<Document> LoadMarkdown(std::string_view bytes, const std::string& name,
                              const LoadLimits& limits) {
  SkipRanges skip;
  size_t start = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  size_t i = SkipFrontMatter(bytes, start, &skip);
  LinkScan scan(bytes, i);
  bool comments_close = true;  // false once an "<!--" has no "-->" after it
  // Skips [i, to) and moves on to `to`.
  auto skip_to = [&](size_t to) {
    skip.push_back({i, to});
    scan.Pass(i, to);
    i = to;
  };
  while (i + 1 < bytes.size()) {
    const char c = bytes[i];
    if (c == '{' && (bytes[i + 1] == '%' || bytes[i + 1] == '{')) {
      const size_t end = TagEnd(bytes, i);
      if (end != std::string_view::npos) {
        skip_to(end);
        continue;
      }
    } else if (c == '<' && comments_close && bytes.substr(i, 4) == "<!--") {
      const size_t end = bytes.find("-->", i + 4);
      if (end != std::string_view::npos) {
        skip_to(end + 3);
        continue;
      }
      comments_close = false;
    } else if (c == ']' && bytes[i + 1] == '(') {
      // "[text](target)" on one line: drop "](target)" and the opening '['.
      const size_t end = scan.NextParen(i + 2);
      const size_t nl = scan.NextNewline(i + 2);
      const size_t open = scan.last_open();
      if (end != std::string_view::npos && (nl == std::string_view::npos || end < nl) &&
          open != std::string_view::npos && (skip.empty() || open >= skip.back().second)) {
        skip.push_back({open, open + 1});
        skip_to(end + 1);
        continue;
      }
    }
    scan.Pass(i, i + 1);
    ++i;
  }
  return DecodeText(bytes, name, limits, skip, SourceFormat::kMarkdown);
}

}  // namespace skillfit
