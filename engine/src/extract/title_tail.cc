#include "extract/title_tail.h"

#include <algorithm>

#include "extract/role_header.h"

namespace skillfit {
namespace {

constexpr std::string_view kSeparators[] = {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", ", ",
                                            " | ", ": "};

// The first separator in `s` at or after `from`: its offset and length (npos, 0 when none).
size_t NextSeparator(std::string_view s, size_t from, size_t* length) {
  size_t best = std::string_view::npos;
  *length = 0;
  for (std::string_view sep : kSeparators) {
    const size_t at = s.find(sep, from);
    if (at < best) {
      best = at;
      *length = sep.size();
    }
  }
  return best;
}

// The words before the employer's placeholder, when they name no post: the job board's
// category or the department ("Human Resource Management <ORGANIZATION> You now have ..."),
// not the role. Six words at most, no bracket.
TitleTail BoardCategory(std::string_view title) {
  while (!title.empty() && title.back() == ' ') title.remove_suffix(1);
  if (title.empty() || title.find('(') != std::string_view::npos) return TitleTail();
  const size_t words = static_cast<size_t>(std::count(title.begin(), title.end(), ' ')) + 1;
  if (words > 6 || NamesPost(title)) return TitleTail();
  return {0, title.size()};
}

}  // namespace

TitleTail FindTitleTail(std::string_view title) {
  TitleTail none;
  const size_t employer = title.find('<');
  title = title.substr(0, employer);  // the employer and what follows are no title
  size_t length = 0;
  const size_t sep = NextSeparator(title, 0, &length);
  if (sep == std::string_view::npos) {
    return employer == std::string_view::npos ? none : BoardCategory(title);
  }
  const std::string_view head = title.substr(0, sep);
  // "DevOps Engineer ( CI CD ) - Remote": what a bracket holds before the tail is the role's.
  if (head.find('(') != std::string_view::npos || !NamesPost(head)) return none;
  const size_t tail_begin = sep + length;
  size_t next_length = 0;
  size_t tail_end = std::min(NextSeparator(title, tail_begin, &next_length),
                             title.find('(', tail_begin));
  if (tail_end == std::string_view::npos) tail_end = title.size();
  std::string_view tail = title.substr(tail_begin, tail_end - tail_begin);
  while (!tail.empty() && tail.back() == ' ') tail.remove_suffix(1);
  const size_t words = static_cast<size_t>(std::count(tail.begin(), tail.end(), ' ')) + 1;
  if (tail.empty() || words > 6 || NamesPost(tail)) return none;
  return {tail_begin, tail_begin + tail.size()};
}

}  // namespace skillfit
