// The month a file says it was written, read from the date its format stores:
//   WrittenMonth("D:20160226142732Z")      -> MonthIndex(2016, 2)   (a PDF's ModDate)
//   WrittenMonth("2021-07-08T14:37:39Z")   -> MonthIndex(2021, 7)   (DOCX dcterms:modified,
//                                                                   JSON Resume meta.lastModified)
//   WrittenMonth("yesterday")              -> -1
// A resume's "Present" means this month, not the day it is read (profile.h, ResumeProfile::as_of).
#ifndef SKILLFIT_DOCUMENTS_WRITTEN_MONTH_H_
#define SKILLFIT_DOCUMENTS_WRITTEN_MONTH_H_

#include <string_view>

namespace skillfit {

// year * 12 + month - 1 for a PDF date ("D:YYYYMM..." or "YYYYMM...") or an ISO 8601 date
// ("YYYY-MM..."), -1 for anything else, a month outside 1..12 or a year outside 1990..2200
// (PDF producers write 0000 or 1970 when the clock was not set).
int WrittenMonth(std::string_view date);

}  // namespace skillfit

#endif  // SKILLFIT_DOCUMENTS_WRITTEN_MONTH_H_
