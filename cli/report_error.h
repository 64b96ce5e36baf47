// How the CLI shows an error: "skillfit: <message>" on standard error, one line, and the
// documented exit code.
#ifndef SKILLFIT_CLI_REPORT_ERROR_H_
#define SKILLFIT_CLI_REPORT_ERROR_H_

#include <iostream>
#include <string>

#include "skillfit/status.h"

namespace skillfit {
namespace cli {

inline int Fail(const Status& s) {
  std::cerr << "skillfit: " << s.message() << "\n";
  return ExitCodeFor(s);
}

// Warnings quote file names and document text: bytes that are not UTF-8 are written as \xNN.
inline void Warn(const std::string& message) {
  std::cerr << "skillfit: warning: " << EscapeInvalidUtf8(message) << "\n";
}

}  // namespace cli
}  // namespace skillfit

#endif  // SKILLFIT_CLI_REPORT_ERROR_H_
