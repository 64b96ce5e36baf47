// Internal: date ranges as resumes write them.
//   "Jan 2020 - Present", "2019-2021", "03/2018 - 06/2020", "Summer 2019", "2021 - now",
//   "January 2019 to Present", "Sept. 2015 – May 2017", "2014.06 - 2016.02"
#ifndef SKILLFIT_DATE_RANGE_H_
#define SKILLFIT_DATE_RANGE_H_

#include <string_view>

namespace skillfit {

struct DateRange {
  int start = -1;   // MonthIndex (year*12 + month-1)
  int finish = -1;  // MonthIndex; for "Present", today
  bool current = false;
  size_t begin = 0;  // span in the searched line
  size_t end = 0;
};

// The first date range in `line`, if any. `today` is a MonthIndex for "Present".
bool FindDateRange(std::string_view line, int today, DateRange* out);

}  // namespace skillfit

#endif  // SKILLFIT_DATE_RANGE_H_
