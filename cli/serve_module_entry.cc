// The entry point of skillfit-serve.so (serve_module.h), built into the module only.
#include <type_traits>

#include "serve_module.h"

extern "C" __attribute__((visibility("default"))) skillfit::cli::HttpServer*
skillfit_new_http_server(const std::shared_ptr<const skillfit::Engine>& engine,
                         const skillfit::cli::ServeOptions& options) {
  return new skillfit::cli::HttpServer(engine, options);
}

static_assert(std::is_same_v<decltype(&skillfit_new_http_server), skillfit::cli::ServeModuleEntry>);
