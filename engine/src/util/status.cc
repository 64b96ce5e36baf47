#include "skillfit/status.h"

#include <cstdio>

#include "util/utf8.h"

namespace skillfit {

Status::Status(StatusCode code, std::string msg)
    : code_(code), message_(IsValidUtf8(msg) ? std::move(msg) : EscapeInvalidUtf8(msg)) {}

std::string EscapeInvalidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const size_t n = Utf8SequenceLength(text, i);
    if (n > 0) {
      out.append(text.substr(i, n));
      i += n;
      continue;
    }
    char hex[5];
    std::snprintf(hex, sizeof hex, "\\x%02X", static_cast<unsigned char>(text[i]));
    out += hex;
    ++i;
  }
  return out;
}

int ExitCodeFor(const Status& s) {
  switch (s.code()) {
    case StatusCode::kOk:
      return 0;
    case StatusCode::kInputError:
    case StatusCode::kIoError:
      return 1;
    case StatusCode::kUsageError:
      return 2;
    case StatusCode::kKbError:
      return 3;
    case StatusCode::kInternal:
      return 4;
  }
  return 4;
}

}  // namespace skillfit
