// The server's module, skillfit-serve.so beside the binary (util/module_file.h): the HTTP
// side (serve_server.cc) and cpp-httplib with its TLS and compression libraries, loaded only
// by `skillfit serve`.
//
//   auto server = OpenHttpServer(engine, options);
//   if (!server.ok()) return Fail(server.status());   // ".../skillfit-serve.so: cannot open..."
#ifndef SKILLFIT_CLI_SERVE_MODULE_H_
#define SKILLFIT_CLI_SERVE_MODULE_H_

#include <memory>

#include "serve_server.h"

namespace skillfit {
namespace cli {

inline constexpr char kServeModule[] = "skillfit-serve.so";
inline constexpr char kServeModuleEntry[] = "skillfit_new_http_server";

// The module's entry (C linkage, exported as kServeModuleEntry): a new HttpServer, owned by
// the caller.
using ServeModuleEntry = HttpServer* (*)(const std::shared_ptr<const Engine>& engine,
                                         const ServeOptions& options);

// An HttpServer made by the module, or an internal error naming the module when it is
// missing or broken.
Result<std::unique_ptr<HttpServer>> OpenHttpServer(const std::shared_ptr<const Engine>& engine,
                                                   const ServeOptions& options);

}  // namespace cli
}  // namespace skillfit

#endif  // SKILLFIT_CLI_SERVE_MODULE_H_
