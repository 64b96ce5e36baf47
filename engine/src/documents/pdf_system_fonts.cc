// UseNoSystemFonts: an empty fontconfig config, current before poppler's first font lookup
// (see the header).
#include "documents/pdf_system_fonts.h"

#include <dlfcn.h>

namespace skillfit {
namespace {

// fontconfig's FcConfig, opaque here; its functions are reached with dlsym (the header says
// why), with their C signatures (FcBool is int).
struct FontconfigConfig;
using ConfigCreateFn = FontconfigConfig* (*)();
using ConfigSetCurrentFn = int (*)(FontconfigConfig*);
using ConfigDestroyFn = void (*)(FontconfigConfig*);

// The function `name` of the fontconfig library `lib`, as a pointer of type Fn.
template <typename Fn>
Fn Symbol(void* lib, const char* name) {
  return reinterpret_cast<Fn>(dlsym(lib, name));
}

bool SetEmptyConfig() {
  // Only the copy poppler loaded: RTLD_NOLOAD opens nothing new.
  void* lib = dlopen("libfontconfig.so.1", RTLD_LAZY | RTLD_NOLOAD);
  if (lib == nullptr) return false;
  const auto create = Symbol<ConfigCreateFn>(lib, "FcConfigCreate");
  const auto set_current = Symbol<ConfigSetCurrentFn>(lib, "FcConfigSetCurrent");
  const auto destroy = Symbol<ConfigDestroyFn>(lib, "FcConfigDestroy");
  bool done = false;
  if (create != nullptr && set_current != nullptr && destroy != nullptr) {
    if (FontconfigConfig* config = create()) {
      // The current config holds its own reference (FcConfigSetCurrent takes one), so ours
      // goes either way.
      done = set_current(config) != 0;
      destroy(config);
    }
  }
  dlclose(lib);  // our reference only: poppler keeps the library loaded
  return done;
}

}  // namespace

bool UseNoSystemFonts() {
  static const bool done = SetEmptyConfig();
  return done;
}

}  // namespace skillfit
