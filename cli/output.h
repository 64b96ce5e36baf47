// Where a report goes: standard output, or a file written whole or not at all.
#ifndef SKILLFIT_CLI_OUTPUT_H_
#define SKILLFIT_CLI_OUTPUT_H_

#include <string>

#include "skillfit/status.h"

namespace skillfit {
namespace cli {

// "-" is standard output. A regular file is written to a temporary file beside it, flushed,
// synced and renamed over the target: on any error the old file is untouched and no partial
// file is left; an existing file keeps its permissions. A symbolic link is followed and its
// target written the same way (the link stays a link). A FIFO or a device (-o /dev/null) is
// written in place. A directory, or a link to nothing, is refused.
Status WriteOutput(const std::string& path, const std::string& content);

}  // namespace cli
}  // namespace skillfit

#endif  // SKILLFIT_CLI_OUTPUT_H_
