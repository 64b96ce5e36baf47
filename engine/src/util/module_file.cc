// Modules opened beside the executable (see module_file.h).
#include "util/module_file.h"

#include <dlfcn.h>
#include <limits.h>
#include <unistd.h>

namespace skillfit {

std::string ExecutableDir() {
  char path[PATH_MAX];
  const ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
  if (n <= 0) return "";
  const std::string exe(path, static_cast<size_t>(n));
  const size_t slash = exe.rfind('/');
  return slash == std::string::npos ? "" : exe.substr(0, slash);
}

Result<void*> ModuleSymbol(const std::string& file_name, const char* symbol) {
  const std::string dir = ExecutableDir();
  if (dir.empty()) return Status::Internal(file_name + ": cannot find the executable's folder");
  const std::string path = dir + "/" + file_name;
  // RTLD_NOW: a module that does not fit this executable fails here, with its reason, rather
  // than at its first call. RTLD_LOCAL: its libraries' symbols stay its own.
  void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    return Status::Internal(std::string(dlerror()) + " (the module is built with skillfit: " +
                            "bash scripts/build.sh)");
  }
  void* address = dlsym(handle, symbol);
  if (!address) return Status::Internal(path + ": no symbol " + symbol + " (a stale module?)");
  return address;
}

}  // namespace skillfit
