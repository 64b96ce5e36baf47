#include "skillfit/status.h"

namespace skillfit {

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
