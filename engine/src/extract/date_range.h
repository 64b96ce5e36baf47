// Internal: date ranges as resumes write them.
//   "Jan 2020 - Present", "2019-2021", "03/2018 - 06/2020", "Summer 2019", "2021 - now",
//   "January 2019 to Present", "Sept. 2015 – May 2017", "2014.06 - 2016.02", "06-2018 - Now",
//   "2013-14" (2013 to 2014), "July - September 2013", "Since 2021", "2022-" (to today)
#ifndef SKILLFIT_DATE_RANGE_H_
#define SKILLFIT_DATE_RANGE_H_

#include <string_view>

namespace skillfit {

struct DateRange {
  int start = -1;   // MonthIndex (year*12 + month-1)
  int finish = -1;  // MonthIndex; for "Present", today
  bool current = false;
  bool open = false;  // "2022-": no end written, `finish` is today; the end may be on the next line
  size_t begin = 0;  // span in the searched line
  size_t end = 0;
};

// The first date range in `line`, if any. `today` is a MonthIndex for "Present".
bool FindDateRange(std::string_view line, int today, DateRange* out);

// A line's only date, when it sits at the line's start or within its last 25 bytes: a role
// or project of one month or year ("Tuition 2020", "Apr.2010 Guest Lecturer", "GitHub Sep
// 2023"). A bare year runs January to December. False when the line holds two dates.
bool FindLoneDate(std::string_view line, DateRange* out);

// Whether `line` opens with a date (after spaces): the end of a range whose start ends the
// line above ("Nov.2021-" / "Mar.2022 ..."). `month_index` gets it, read as an end.
bool StartsWithDate(std::string_view line, int* month_index);

}  // namespace skillfit

#endif  // SKILLFIT_DATE_RANGE_H_
