// Markdown loader: the text as written (headings keep their '#', so they stay recognisable),
// less what a reader never sees: YAML front matter, Liquid/Jinja template tags ({% ... %},
// {{ ... }}), HTML comments, and the targets of links ("[text](url)" reads as "text").
// One pass in time linear in the input: no search is repeated from every place a tag or link
// might open (20 MB of "<!--" or "](" would otherwise take hours).
#include <string>

#include "documents/document_loaders.h"
#include "documents/text_decode.h"

namespace skillfit {
namespace {

// "---\n ... \n---\n" at the very start (after an optional BOM). Its `title:` (a posting's
// or page's real title, as Jekyll sites write it) is kept as the first line of the text, without
// quotes: "---\ntitle: DevOps Engineer\nteam: devops\n---\n" reads as "DevOps Engineer\n". A
// title that holds a template tag is dropped with the rest.
void FindFrontMatter(std::string_view s, size_t start, SkipRanges* skip) {
  if (s.substr(start, 3) != "---") return;
  size_t eol = s.find('\n', start);
  if (eol == std::string_view::npos) return;
  std::string_view first = s.substr(start, eol - start);
  while (!first.empty() && (first.back() == '\r' || first.back() == ' ')) first.remove_suffix(1);
  if (first != "---") return;
  size_t pos = eol + 1;
  size_t title_begin = 0, title_end = 0;  // the title's value, when there is one
  while (pos < s.size()) {
    size_t end = s.find('\n', pos);
    if (end == std::string_view::npos) end = s.size();
    std::string_view line = s.substr(pos, end - pos);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line == "---" || line == "...") {
      const size_t fm_end = std::min(end + 1, s.size());
      if (title_end > title_begin && end < s.size()) {
        // Keep the title and the '\n' that closes the front matter, so it is a line of its own.
        skip->push_back({start, title_begin});
        skip->push_back({title_end, end});
      } else {
        skip->push_back({start, fm_end});
      }
      return;
    }
    if (line.substr(0, 6) == "title:" && title_end == 0) {
      size_t b = 6;
      while (b < line.size() && line[b] == ' ') ++b;
      size_t e = line.size();
      if (e > b + 1 && (line[b] == '"' || line[b] == '\'') && line[e - 1] == line[b]) {
        ++b;
        --e;
      }
      if (e > b && line.substr(b, e - b).find('{') == std::string_view::npos) {
        title_begin = pos + b;
        title_end = pos + e;
      }
    }
    pos = end + 1;
  }
}

// Where `what` next stands in `s` at or after `from`, for a caller whose `from` only grows:
// `*next` keeps the last answer, which holds until `from` passes it (npos holds for good),
// so each byte is searched about once in all. Start `*next` at 0.
size_t NextOf(std::string_view s, std::string_view what, size_t from, size_t* next) {
  if (*next != std::string_view::npos && *next < from) *next = s.find(what, from);
  return *next;
}

}  // namespace

Result<Document> LoadMarkdown(std::string_view bytes, const std::string& name,
                              const LoadLimits& limits) {
  SkipRanges skip;
  size_t start = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  FindFrontMatter(bytes, start, &skip);
  constexpr size_t kNone = std::string_view::npos;
  size_t i = skip.empty() ? start : skip.back().second;
  // NextOf's memory, one for each thing searched for.
  size_t next_percent_close = 0, next_brace_close = 0, next_comment_close = 0, next_paren = 0,
         next_nl = 0;
  // The last '[' and '\n' stepped over. Bytes jumped over in a skipped range are not seen,
  // which is harmless: a link must open after the last skipped range.
  size_t last_open = kNone, last_nl = kNone;
  while (i + 1 < bytes.size()) {
    const char c = bytes[i];
    if (c == '[') last_open = i;
    if (c == '\n') last_nl = i;
    if (c == '{' && (bytes[i + 1] == '%' || bytes[i + 1] == '{')) {
      const size_t end = bytes[i + 1] == '%' ? NextOf(bytes, "%}", i + 2, &next_percent_close)
                                             : NextOf(bytes, "}}", i + 2, &next_brace_close);
      if (end != kNone && end - i < 4096) {
        skip.push_back({i, end + 2});
        i = end + 2;
        continue;
      }
    } else if (c == '<' && bytes.substr(i, 4) == "<!--") {
      const size_t end = NextOf(bytes, "-->", i + 4, &next_comment_close);
      if (end != kNone) {
        skip.push_back({i, end + 3});
        i = end + 3;
        continue;
      }
    } else if (c == ']' && bytes[i + 1] == '(') {
      // "[text](target)" on one line: drop "](target)" and the opening '['.
      const size_t end = NextOf(bytes, ")", i + 2, &next_paren);
      const size_t nl = NextOf(bytes, "\n", i + 2, &next_nl);
      const size_t open = last_open;
      if (end != kNone && (nl == kNone || end < nl) && open != kNone &&
          (last_nl == kNone || open > last_nl) &&
          (skip.empty() || open >= skip.back().second)) {
        skip.push_back({open, open + 1});
        skip.push_back({i, end + 1});
        i = end + 1;
        continue;
      }
    }
    ++i;
  }
  return DecodeText(bytes, name, limits, skip, SourceFormat::kMarkdown);
}

}  // namespace skillfit
