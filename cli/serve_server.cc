#include "serve_server.h"

#include <httplib.h>

#include <chrono>
#include <cstdio>
#include <thread>

#include "serve_api.h"
#include "serve_assets.h"
#include "serve_upload.h"
#include "serve_work_pool.h"

namespace skillfit {
namespace cli {
namespace {

using Clock = std::chrono::steady_clock;

// Scripts and styles from this server only, no inline code, no framing, nothing sent
// elsewhere: every asset is external and served by us (/app.js, /app.css).
const char kContentSecurityPolicy[] =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

httplib::Headers SecurityHeaders() {
  return {{"Content-Security-Policy", kContentSecurityPolicy},
          {"X-Content-Type-Options", "nosniff"},
          {"X-Frame-Options", "DENY"},
          {"Referrer-Policy", "no-referrer"},
          {"Cross-Origin-Opener-Policy", "same-origin"},
          {"Cross-Origin-Resource-Policy", "same-origin"}};
}

void Send(httplib::Response& res, const Reply& reply) {
  res.status = reply.status;
  res.set_content(reply.body, reply.content_type);
  // Reports hold personal data: no cache keeps them.
  res.set_header("Cache-Control", "no-store");
  if (reply.status == 503) res.set_header("Retry-After", "2");
}

// The parts of a multipart body, for ReadForm.
std::vector<FormPart> PartsOf(const httplib::Request& req) {
  std::vector<FormPart> parts;
  for (const auto& [name, file] : req.files) {
    parts.push_back(FormPart{name, file.filename, !file.filename.empty(), file.content});
  }
  return parts;
}

// The message of an error that httplib itself answered (a body too large, a malformed
// request, a path with no route).
std::string HttpErrorMessage(int status, const std::string& path) {
  switch (status) {
    case 400: return "malformed request (a multipart body that does not parse?)";
    case 404: return "no such page or API call: " + EscapeInvalidUtf8(path);
    case 405: return "method not allowed";
    case 413: return "the request is larger than the 20 MiB limit";
    case 414: return "the address is too long";
    default: return "HTTP error " + std::to_string(status);
  }
}

// The first value of `key` in a query, or `fallback`.
std::string Param(const httplib::Params& query, const std::string& key, const std::string& fallback) {
  auto it = query.find(key);
  return it == query.end() ? fallback : it->second;
}

thread_local Clock::time_point request_start;

}  // namespace

struct HttpServer::Impl {
  Impl(std::shared_ptr<const Engine> engine, const ServeOptions& o)
      : options(o),
        api(std::move(engine)),
        pool(o.workers > 0 ? o.workers : DefaultWorkers(), o.queue_limit) {}

  static int DefaultWorkers() {
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  }

  // Runs `work` on the pool: 503 when the queue is full or no answer came in time.
  Reply RunLimited(std::function<Reply()> work) {
    Reply reply;
    try {
      switch (RunWithin<Reply>(&pool, std::chrono::seconds(options.timeout_seconds),
                               std::move(work), &reply)) {
        case RunOutcome::kDone:
          return reply;
        case RunOutcome::kBusy:
          return ErrorReply(503, "the server is busy; try again in a moment");
        case RunOutcome::kTimedOut:
          return ErrorReply(503, "the request took longer than " +
                                     std::to_string(options.timeout_seconds) + " s");
      }
    } catch (const std::exception& e) {
      return ErrorReply(500, std::string("internal error: ") + e.what());
    }
    return ErrorReply(500, "internal error");
  }

  // A POST API call taking a form of `spec`, answered by `call` on the pool.
  void Post(const std::string& path, const FormSpec& spec,
            std::function<Reply(const Form&, const httplib::Params&)> call) {
    server.Post(path, [this, &spec, call](const httplib::Request& req, httplib::Response& res) {
      if (!req.is_multipart_form_data()) {
        return Send(res, ErrorReply(415, "send multipart/form-data (curl -F)"));
      }
      FormProblem problem;
      std::optional<Form> form = ReadForm(PartsOf(req), spec, &problem);
      if (!form) return Send(res, ErrorReply(problem.http_status, problem.message));
      // The form and the query, owned by the call: it may outlive this handler (a timeout).
      auto shared = std::make_shared<const Form>(std::move(*form));
      auto query = std::make_shared<const httplib::Params>(req.params);
      Send(res, RunLimited([call, shared, query] { return call(*shared, *query); }));
    });
  }

  void Routes() {
    for (size_t i = 0; i < kEmbeddedAssetCount; ++i) {
      const EmbeddedAsset& asset = kEmbeddedAssets[i];
      const std::string file = asset.file;
      std::string path = file == "index.html" ? "/" : file == "rank.html" ? "/rank" : "/" + file;
      // httplib takes a route as a regular expression: a dot must match only a dot.
      for (size_t dot = path.find('.'); dot != std::string::npos; dot = path.find('.', dot + 2)) {
        path.insert(dot, "\\");
      }
      server.Get(path, [&asset](const httplib::Request&, httplib::Response& res) {
        res.set_content(asset.bytes().data(), asset.size, AssetContentType(asset.file));
        res.set_header("Cache-Control", "no-cache");
      });
    }
    server.Get("/healthz", [this](const httplib::Request&, httplib::Response& res) {
      Send(res, api.Health());
    });
    server.Get("/api/kb/search", [this](const httplib::Request& req, httplib::Response& res) {
      Send(res, api.KbSearch(req.get_param_value("q")));
    });
    Post("/api/match", kMatchForm, [this](const Form& form, const httplib::Params& query) {
      return api.Match(form, Param(query, "format", "json"), Param(query, "documents", "") == "1");
    });
    Post("/api/rank", kRankForm,
         [this](const Form& form, const httplib::Params&) { return api.Rank(form); });
    Post("/api/extract", kExtractForm,
         [this](const Form& form, const httplib::Params&) { return api.Extract(form); });
  }

  void Limits() {
    const size_t threads = static_cast<size_t>(DefaultWorkers() + options.queue_limit + 4);
    server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    server.set_payload_max_length(options.max_request_bytes);
    server.set_read_timeout(10, 0);
    server.set_write_timeout(10, 0);
    server.set_keep_alive_timeout(5);
    server.set_default_headers(SecurityHeaders());
    server.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
      request_start = Clock::now();
      return httplib::Server::HandlerResponse::Unhandled;
    });
    server.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
      if (res.body.empty()) Send(res, ErrorReply(res.status, HttpErrorMessage(res.status, req.path)));
    });
    server.set_exception_handler(
        [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
          Send(res, ErrorReply(500, "internal error"));
        });
    if (options.log_requests) server.set_logger(LogLine);
  }

  // "skillfit serve: POST /api/match 200 41 ms": the path without its query, never a
  // document, a file name or a search term.
  static void LogLine(const httplib::Request& req, const httplib::Response& res) {
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() -
                                                                          request_start);
    std::fprintf(stderr, "skillfit serve: %s %s %d %lld ms\n", req.method.c_str(),
                 EscapeInvalidUtf8(req.path.substr(0, 100)).c_str(), res.status,
                 static_cast<long long>(ms.count()));
  }

  ServeOptions options;
  ServeApi api;
  WorkPool pool;
  httplib::Server server;
};

HttpServer::HttpServer(std::shared_ptr<const Engine> engine, const ServeOptions& options)
    : impl_(std::make_unique<Impl>(std::move(engine), options)) {
  impl_->Limits();
  impl_->Routes();
}

HttpServer::~HttpServer() { Stop(); }

Result<int> HttpServer::Bind() {
  const ServeOptions& o = impl_->options;
  int port = o.port;
  if (port == 0) {
    port = impl_->server.bind_to_any_port(o.host);
  } else if (!impl_->server.bind_to_port(o.host, port)) {
    port = -1;
  }
  if (port <= 0) {
    return Status::InputError(o.host + ":" + std::to_string(o.port) +
                              ": cannot listen there (address in use, or not this machine's?)");
  }
  return port;
}

void HttpServer::Run() {
  impl_->server.listen_after_bind();
  impl_->pool.Stop();
}

void HttpServer::Stop() {
  impl_->server.stop();
}

}  // namespace cli
}  // namespace skillfit
