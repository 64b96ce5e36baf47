#include "documents/written_month.h"

namespace skillfit {
namespace {

// The number written by `n` digits at `s[at..]`, or -1 when any of them is not a digit.
int Digits(std::string_view s, size_t at, size_t n) {
  if (at + n > s.size()) return -1;
  int v = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

int WrittenMonth(std::string_view date) {
  if (date.substr(0, 2) == "D:") date.remove_prefix(2);
  const int year = Digits(date, 0, 4);
  const size_t month_at = date.size() > 4 && date[4] == '-' ? 5 : 4;
  const int month = Digits(date, month_at, 2);
  if (year < 1990 || year > 2200 || month < 1 || month > 12) return -1;
  return year * 12 + month - 1;
}

}  // namespace skillfit
