// Commands not built yet. Each says so plainly and exits 2; see the open issues.
#include <iostream>

#include "commands.h"

namespace skillfit {
namespace cli {

static int NotYet(const char* name) {
  std::cerr << "skillfit: '" << name << "' is not implemented in this build yet\n";
  return 2;
}

int RunRank(int, char**) { return NotYet("rank"); }

}  // namespace cli
}  // namespace skillfit
