// skillfit serve [--port 8080] [--host 127.0.0.1] [--kb DIR]...
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cstdlib>
#include <tuple>
#include <iostream>
#include <thread>

#include "args.h"
#include "commands.h"
#include "engine_setup.h"
#include "report_error.h"
#include "serve_module.h"

namespace skillfit {
namespace cli {

static const char kServeHelp[] =
    "usage: skillfit serve [--port 8080] [--host 127.0.0.1] [--kb DIR]...\n"
    "\n"
    "Serves the matcher as web pages and a JSON API on this machine: open the address it\n"
    "prints, drop in a resume and a JD. Uploads are read in memory and dropped; nothing is\n"
    "written to disk. Listens on loopback only unless --host names another address.\n"
    "  --port N       TCP port (default 8080; 0 picks a free one and prints it)\n"
    "  --host ADDR    address to listen on (default 127.0.0.1); any other one lets anyone\n"
    "                 on that network use the server\n"
    "  --workers N    engine calls at once (default: one per core)\n"
    "  --queue N      calls that may wait for a worker before the server answers 503\n"
    "                 (default 16)\n"
    "  --timeout S    seconds a call may take before the server answers 503 (default 30)\n"
    "  --quiet        no line per request on standard error\n"
    "SIGINT or SIGTERM stops it cleanly: the calls running finish, then it exits 0.\n";

namespace {

bool IsLoopback(const std::string& host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1" ||
         host.rfind("127.", 0) == 0;
}

// A whole number from `lo` to `hi` for `flag`, or a usage error.
Status ReadNumber(const Args& args, const std::string& flag, int lo, int hi, int* out) {
  if (!args.Has(flag)) return Status::Ok();
  const std::string text = args.Get(flag);
  char* end = nullptr;
  const long n = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || n < lo || n > hi) {
    return Status::UsageError("serve: " + flag + " takes " + std::to_string(lo) + " to " +
                              std::to_string(hi));
  }
  *out = static_cast<int>(n);
  return Status::Ok();
}

Status ReadServeOptions(const Args& args, ServeOptions* o) {
  o->host = args.Get("--host", o->host);
  o->log_requests = !args.Has("--quiet");
  for (const auto& [flag, lo, hi, out] :
       {std::tuple<const char*, int, int, int*>{"--port", 0, 65535, &o->port},
        {"--workers", 1, 256, &o->workers},
        {"--queue", 0, 10000, &o->queue_limit},
        {"--timeout", 1, 3600, &o->timeout_seconds}}) {
    Status st = ReadNumber(args, flag, lo, hi, out);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

// SIGINT and SIGTERM are blocked in every thread and taken by one that stops the server:
// httplib's stop() is not safe to call from a signal handler.
sigset_t StopSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  return set;
}

}  // namespace

int RunServe(int argc, char** argv) {
  ArgSpec spec{{"--port", "--host", "--workers", "--queue", "--timeout"}, {"--help", "--quiet"}, {}};
  AddKbOptions(&spec);
  AddScoreOptions(&spec);
  auto args = Args::Parse(argc, argv, 2, spec, "serve");
  if (!args.ok()) return Fail(args.status());
  if (args->Has("--help")) {
    std::cout << kServeHelp << kScoreVersionHelp;
    return 0;
  }
  if (!args->positionals().empty()) {
    std::cerr << kServeHelp;
    return 2;
  }
  ServeOptions options;
  Status st = ReadServeOptions(*args, &options);
  if (!st.ok()) return Fail(st);
  const sigset_t stop_signals = StopSignals();
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);  // before any thread starts
  auto engine = OpenEngine(*args, /*with_question_bank=*/true);
  if (!engine.ok()) return Fail(engine.status());
  if (!IsLoopback(options.host)) {
    Warn("listening on " + options.host + ": anyone who can reach this machine on that network "
         "can use this server and upload to it");
  }
  auto opened = OpenHttpServer(*engine, options);
  if (!opened.ok()) return Fail(opened.status());
  HttpServer& server = **opened;
  auto port = server.Bind();
  if (!port.ok()) return Fail(port.status());
  const bool v6 = options.host.find(':') != std::string::npos;
  std::cout << "skillfit: serving on http://" << (v6 ? "[" + options.host + "]" : options.host)
            << ":" << *port << "/  (Ctrl-C stops)" << std::endl;
  std::atomic<bool> signalled{false};
  std::thread stopper([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    signalled = true;
    server.Stop();
  });
  server.Run();
  // When Run ended on its own, the stopper still waits: a blocked signal sent to it wakes it.
  if (!signalled) pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  std::cerr << "skillfit: stopped\n";
  return 0;
}

}  // namespace cli
}  // namespace skillfit
