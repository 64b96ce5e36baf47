// The HTTP side of `skillfit serve`: routes, limits and security headers around ServeApi,
// on cpp-httplib. One engine, shared by a WorkPool sized to the cores.
//
//   skillfit::cli::ServeOptions options;                   // 127.0.0.1:8080
//   auto server = skillfit::cli::OpenHttpServer(engine, options);  // serve_module.h
//   auto port = (*server)->Bind();                         // the port, or why not
//   std::thread t([&] { (*server)->Run(); });              // until Stop()
//   (*server)->Stop();  t.join();
//
// It lives in a module, skillfit-serve.so (serve_module.h), so that the commands other than
// `serve` do not load cpp-httplib and OpenSSL: the binary calls it only through the virtual
// functions below.
#ifndef SKILLFIT_CLI_SERVE_SERVER_H_
#define SKILLFIT_CLI_SERVE_SERVER_H_

#include <memory>
#include <string>

#include "skillfit/engine.h"

namespace skillfit {
namespace cli {

struct ServeOptions {
  std::string host = "127.0.0.1";  // loopback unless --host says otherwise
  int port = 8080;                 // 0: any free port (the tests use it)
  int workers = 0;                 // engine calls at once; 0 (default): one per core
  int queue_limit = 16;            // calls waiting for a worker before 503 (default 16)
  int timeout_seconds = 30;        // a call not answered by then gets 503 (default 30)
  size_t max_request_bytes = 20u << 20;  // 413 beyond this (default 20 MiB)
  bool log_requests = true;        // a line per request on standard error (no document text)
};

class HttpServer {
 public:
  HttpServer(std::shared_ptr<const Engine> engine, const ServeOptions& options);
  virtual ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds options.host:options.port. Returns the port bound, or an input error naming the
  // address ("127.0.0.1:8080: cannot listen (in use?)").
  virtual Result<int> Bind();
  // Serves until Stop(); then lets the running engine calls finish.
  virtual void Run();
  // Safe from any thread (not from a signal handler).
  virtual void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cli
}  // namespace skillfit

#endif  // SKILLFIT_CLI_SERVE_SERVER_H_
