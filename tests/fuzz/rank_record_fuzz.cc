// libFuzzer harness for the `rank --stream` line reader: ParseRankRecord on any line. A
// line that is not a record says why, naming its line, and keeps no text.
#include <cstdint>
#include <string>

#include "fuzz_util.h"
#include "skillfit/ranker.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using skillfit::fuzz::Check;
  const std::string line(skillfit::fuzz::Bytes(data, size));
  std::string error;
  const skillfit::RankInput input = skillfit::ParseRankRecord(line, 7, &error);
  Check(error.empty() || error.rfind("-:7: ", 0) == 0, "the error does not name the line");
  Check(error.empty() || !input.has_text, "a rejected line kept its text");
  return 0;
}
