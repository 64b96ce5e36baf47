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

}  // namespace

size_t TitleTailBegin(std::string_view title) {
  size_t length = 0;
  const size_t sep = NextSeparator(title, 0, &length);
  if (sep == std::string_view::npos) return std::string_view::npos;
  const std::string_view head = title.substr(0, sep);
  // "DevOps Engineer ( CI CD ) - Remote": what a bracket holds before the tail is the role's.
  if (head.find('(') != std::string_view::npos || !NamesPost(head)) return std::string_view::npos;
  const size_t tail_begin = sep + length;
  size_t next_length = 0;
  const size_t tail_end = std::min(NextSeparator(title, tail_begin, &next_length),
                                   title.find('(', tail_begin));
  const std::string_view tail = title.substr(
      tail_begin, tail_end == std::string_view::npos ? std::string_view::npos : tail_end - tail_begin);
  if (tail.empty() || NamesPost(tail)) return std::string_view::npos;
  return tail_begin;
}

}  // namespace skillfit
