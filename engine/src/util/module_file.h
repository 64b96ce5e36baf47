// A module: a shared object built with skillfit and installed beside its binary, opened the
// first time a run needs it, so that runs that never need it do not load its libraries
// (poppler for PDF files, libzip for DOCX ones, cpp-httplib and OpenSSL for the server).
//
//   auto entry = ModuleSymbol("skillfit-pdf.so", "skillfit_load_pdf");
//   if (!entry.ok()) return entry.status();   // ".../build/skillfit-pdf.so: cannot open ..."
//   auto load = reinterpret_cast<LoadFn>(*entry);
//
// A module resolves the engine's functions it calls in the running executable, which must
// export them (CMake's ENABLE_EXPORTS on every executable that opens one).
#ifndef SKILLFIT_UTIL_MODULE_FILE_H_
#define SKILLFIT_UTIL_MODULE_FILE_H_

#include <string>

#include "skillfit/status.h"

namespace skillfit {

// The folder of the running executable (from /proc/self/exe), without a trailing slash;
// empty when it cannot be read.
std::string ExecutableDir();

// The address of `symbol` in the module `file_name`, opened from ExecutableDir() (once per
// process; later calls find it loaded). An internal error naming the file and dlopen's or
// dlsym's reason when the module is missing or broken: an incomplete installation.
Result<void*> ModuleSymbol(const std::string& file_name, const char* symbol);

}  // namespace skillfit

#endif  // SKILLFIT_UTIL_MODULE_FILE_H_
