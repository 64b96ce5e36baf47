// The JSON answer to "which skill does this term name?" (schema skillfit.kb-search/1), shared
// by `skillfit kb search --format json` and the server's GET /api/kb/search.
#ifndef SKILLFIT_CLI_KB_SEARCH_JSON_H_
#define SKILLFIT_CLI_KB_SEARCH_JSON_H_

#include <string>

#include "skillfit/engine.h"

namespace skillfit {
namespace cli {

// {"schema": ..., "term": ..., "matches": [{"id", "name", "category", "kind", "via"}...]},
// indented by two, ending in a newline. `found` is set to the number of matches.
std::string KbSearchJson(const Engine& engine, const std::string& term, size_t* found);

}  // namespace cli
}  // namespace skillfit

#endif  // SKILLFIT_CLI_KB_SEARCH_JSON_H_
