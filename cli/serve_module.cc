// OpenHttpServer: the server from its module (see serve_module.h).
#include "serve_module.h"

#include "util/module_file.h"

namespace skillfit {
namespace cli {

Result<std::unique_ptr<HttpServer>> OpenHttpServer(const std::shared_ptr<const Engine>& engine,
                                                   const ServeOptions& options) {
  Result<void*> entry = ModuleSymbol(kServeModule, kServeModuleEntry);
  if (!entry.ok()) return Status::Internal("serve: " + entry.status().message());
  return std::unique_ptr<HttpServer>(reinterpret_cast<ServeModuleEntry>(*entry)(engine, options));
}

}  // namespace cli
}  // namespace skillfit
