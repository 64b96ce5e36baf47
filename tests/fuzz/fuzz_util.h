// Shared by the libFuzzer harnesses in tests/fuzz: the source tree, temporary folders, file
// helpers, the check that stops a run when a promise does not hold, and seeds a harness
// writes itself (for inputs no file in the repository holds, such as a kb cache file).
//
//   const std::string dir = skillfit::fuzz::TempDir();      // removed at exit
//   skillfit::fuzz::WriteFile(dir + "/in.yaml", skillfit::fuzz::Bytes(data, size));
//   skillfit::fuzz::Check(doc.ok(), "the shipped sample must load");
#ifndef SKILLFIT_TESTS_FUZZ_FUZZ_UTIL_H_
#define SKILLFIT_TESTS_FUZZ_FUZZ_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace skillfit {
namespace fuzz {

// The fuzzer's input as bytes.
inline std::string_view Bytes(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The repository root (compiled in).
std::string SourceDir();

// A fresh folder under $TMPDIR (else /tmp), removed with its contents when the process
// exits normally.
std::string TempDir();

// Replaces the file at `path` with `bytes`; stops the run when it cannot.
void WriteFile(const std::string& path, std::string_view bytes);

// The bytes of the file at `path`; stops the run when it cannot be read.
std::string ReadFile(const std::string& path);

// A kb folder in a fresh temporary folder: the shipped categories.yaml and themes.yaml, and
// skills/ holding a copy of each of the shipped skill files named in `skill_files`
// ("productivity.yaml"). Returns its path.
std::string SmallKb(const std::vector<std::string>& skill_files);

// Stops the run with `what` on standard error when `ok` is false: a broken promise of the
// code under test (libFuzzer saves the input), or a harness that cannot set itself up.
void Check(bool ok, const std::string& what);

// When $SKILLFIT_FUZZ_SEED_DIR is set, writes `bytes` there as the file `name`: scripts/fuzz.sh
// runs a harness once that way to seed a corpus no repository file can.
void WriteSeed(const std::string& name, std::string_view bytes);

}  // namespace fuzz
}  // namespace skillfit

#endif  // SKILLFIT_TESTS_FUZZ_FUZZ_UTIL_H_
