// Checks every cache of loaded data must pass (kb_cache_test.cc, question_bank_cache_test.cc).
// Each takes a `load` that loads through the cache, checks what it got against a load
// without one, and returns whether the cache answered.
#ifndef SKILLFIT_TESTS_CACHE_CHECKS_H_
#define SKILLFIT_TESTS_CACHE_CHECKS_H_

#include <functional>
#include <string>
#include <vector>

#include "skillfit/status.h"

namespace skillfit {
namespace testing {

// The path of the one entry of `dir` whose name starts with `prefix` ("kb-"); fails the test
// when there is not exactly one.
std::string CacheFile(const std::string& dir, const std::string& prefix);

// The cache file's bytes with the checksum and length in its header made right again for
// its payload, as a file only a forger or a bug could write.
std::string WithChecksumFixed(std::string file);

// Replaces the good cache file at `path` with damaged copies in turn (truncated at several
// lengths, only a header, empty, random bytes, another magic or format version, a flipped
// key or payload byte, a byte appended): `load` must miss, the file must be rewritten as it
// was, and the next `load` must hit.
void CheckDamageFallsBack(const std::string& path, const std::function<bool()>& load);

// `load` with a cache folder that cannot be created (it would sit under a plain file) must
// miss, twice.
void CheckUncreatableDirIgnored(const std::function<bool(const std::string& cache_dir)>& load);

// `load` of a source with a problem, through the cache in a fresh folder, must fail twice
// with the same status as `plain` (the load without a cache), leaving the folder empty.
void CheckFailureNotCached(const Status& plain,
                           const std::function<Status(const std::string& cache_dir)>& load);

// `skillfit` with `args` prints the same bytes with a cold cache, a warm one and none; the
// warm run leaves the cache file named `prefix`... as it was (a miss would replace it).
void CheckCliSameColdAndWarm(const std::vector<std::string>& args, const std::string& prefix);

}  // namespace testing
}  // namespace skillfit

#endif  // SKILLFIT_TESTS_CACHE_CHECKS_H_
