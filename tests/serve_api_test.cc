// `skillfit serve`'s JSON API, through a server each test starts on a free loopback port:
// the same JSON as the CLI, every call, and the right status for every bad upload with the
// server still serving after it.
#include <httplib.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "doctest/doctest.h"
#include "test_util.h"

namespace skillfit {
namespace testing {
namespace {

using nlohmann::json;

// `skillfit serve --port 0` in a child process, its port read from the line it prints.
// Stopped with SIGTERM when destroyed.
class ServerProcess {
 public:
  explicit ServerProcess(const std::vector<std::string>& extra = {}) {
    // Everything the child needs is made before fork(): after it, only async-signal-safe
    // calls until exec.
    std::vector<std::string> args = {SKILLFIT_BINARY, "serve", "--host", "127.0.0.1",
                                      "--port", "0", "--quiet"};
    args.insert(args.end(), extra.begin(), extra.end());
    std::vector<std::string> env = {"SKILLFIT_CACHE_DIR=", "SKILLFIT_TODAY=2026-11"};
    for (char** e = environ; *e; ++e) {
      const std::string var = *e;
      if (var.rfind("SKILLFIT_CACHE_DIR=", 0) != 0 && var.rfind("SKILLFIT_TODAY=", 0) != 0) env.push_back(var);
    }
    std::vector<char*> argv, envp;
    for (std::string& a : args) argv.push_back(&a[0]);
    for (std::string& e : env) envp.push_back(&e[0]);
    argv.push_back(nullptr);
    envp.push_back(nullptr);
    int out[2];
    REQUIRE(pipe(out) == 0);
    pid_ = fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      execve(SKILLFIT_BINARY, argv.data(), envp.data());
      _exit(127);
    }
    close(out[1]);
    port_ = ReadPort(out[0]);
    close(out[0]);
    REQUIRE_MESSAGE(port_ > 0, "the server printed no address within 60 s");
  }
  ~ServerProcess() { Stop(); }

  int port() const { return port_; }

  // SIGTERM, then its exit code (-1 when it had not stopped after 30 s and was killed).
  int Stop() {
    if (pid_ <= 0) return exit_code_;
    kill(pid_, SIGTERM);
    for (int i = 0; i < 300; ++i) {
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        pid_ = -1;
        return exit_code_;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
    return exit_code_ = -1;
  }

 private:
  // "skillfit: serving on http://127.0.0.1:PORT/ ..." -> PORT; 0 when none came in time.
  static int ReadPort(int fd) {
    std::string line;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (line.find('\n') == std::string::npos && std::chrono::steady_clock::now() < deadline) {
      pollfd p{fd, POLLIN, 0};
      if (poll(&p, 1, 500) <= 0) continue;
      char buf[256];
      const ssize_t n = read(fd, buf, sizeof buf);
      if (n <= 0) break;
      line.append(buf, static_cast<size_t>(n));
    }
    const size_t at = line.find("127.0.0.1:");
    return at == std::string::npos ? 0 : std::atoi(line.c_str() + at + 10);
  }

  pid_t pid_ = -1;
  int port_ = 0;
  int exit_code_ = -1;
};

// A server shared by the tests of this file, started on first use.
ServerProcess& Server() {
  static ServerProcess server({"--workers", "2", "--queue", "8"});
  return server;
}

httplib::Client Client(int port) {
  httplib::Client c("127.0.0.1", port);
  c.set_connection_timeout(10);
  c.set_read_timeout(60);
  c.set_write_timeout(60);
  return c;
}

std::string Sample(const std::string& path) { return ReadFile(SourceDir() + "/samples/" + path); }

httplib::MultipartFormData File(const std::string& field, const std::string& name,
                                const std::string& bytes) {
  return {field, bytes, name, "application/octet-stream"};
}
httplib::MultipartFormData Text(const std::string& field, const std::string& text) {
  return {field, text, "", ""};
}

// The status of a POST of `items` to `path`, after checking the body is {"error": ...} when
// it is not 200.
int PostStatus(const std::string& path, const httplib::MultipartFormDataItems& items) {
  auto res = Client(Server().port()).Post(path.c_str(), items);
  REQUIRE(res);
  if (res->status != 200) {
    const json j = json::parse(res->body);
    CHECK(j["error"].is_string());
    CHECK(!j["error"].get<std::string>().empty());
  }
  return res->status;
}

// The server still answers, after whatever came before.
void CheckStillServing() {
  auto res = Client(Server().port()).Get("/healthz");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(json::parse(res->body)["status"] == "ok");
}

const char kPdf[] = "resumes/pdf/alex-chen-backend.pdf";
const char kJd[] = "jds/backend-engineer.txt";

}  // namespace

TEST_CASE("serve: POST /api/match answers the same JSON as `skillfit match --format json`") {
  auto res = Client(Server().port()).Post(
      "/api/match", httplib::MultipartFormDataItems{File("resume", "cv.pdf", Sample(kPdf)),
                                                    Text("jd", Sample(kJd))});
  REQUIRE(res);
  REQUIRE(res->status == 200);
  CHECK(res->get_header_value("Content-Type").find("application/json") == 0);
  json served = json::parse(res->body);
  CHECK(served["schema"] == "skillfit.match/1");
  CHECK(served["resume"]["file"] == "cv.pdf");
  CHECK(served["jd"]["file"] == "jd (pasted)");
  const CliResult cli = RunCli({"match", "--resume", std::string("samples/") + kPdf, "--jd",
                                std::string("samples/") + kJd, "--format", "json"});
  REQUIRE(cli.exit_code == 0);
  json expected = json::parse(cli.out);
  expected["resume"]["file"] = "cv.pdf";
  expected["jd"]["file"] = "jd (pasted)";
  CHECK(served == expected);
}

TEST_CASE("serve: match in other formats, with its documents, and a bad format") {
  const httplib::MultipartFormDataItems items{File("resume", "cv.txt", Sample("resumes/priya-nair-sre.txt")),
                                              File("jd", "jd.txt", Sample("jds/sre-devops.txt")),
                                              Text("limit", "3")};
  auto c = Client(Server().port());
  auto md = c.Post("/api/match?format=md", items);
  REQUIRE(md);
  CHECK(md->status == 200);
  CHECK(md->get_header_value("Content-Type").find("text/markdown") == 0);
  auto html = c.Post("/api/match?format=html", items);
  REQUIRE(html);
  CHECK(html->body.find("<html") != std::string::npos);
  auto page = c.Post("/api/match?documents=1", items);
  REQUIRE(page);
  REQUIRE(page->status == 200);
  const json j = json::parse(page->body);
  CHECK(j["match"]["schema"] == "skillfit.match/1");
  CHECK(j["match"]["questions"].size() == 3);
  CHECK(j["documents"]["resume"]["name"] == "cv.txt");
  CHECK(j["documents"]["jd"]["text"] == RunCli({"text", "samples/jds/sre-devops.txt"}).out);
  CHECK(PostStatus("/api/match?format=pdf", items) == 400);
  CHECK(PostStatus("/api/match", {items[0], items[1], Text("limit", "many")}) == 400);
}

TEST_CASE("serve: rank, extract, kb search and the health check") {
  auto c = Client(Server().port());
  auto rank = c.Post("/api/rank", httplib::MultipartFormDataItems{
                                      Text("jd", Sample(kJd)),
                                      File("resume", "a.txt", Sample("resumes/jordan-lee-junior.txt")),
                                      File("resume", "b.pdf", Sample(kPdf)),
                                      File("resume", "a.txt", Sample("resumes/kim-park-legacy.txt"))});
  REQUIRE(rank);
  REQUIRE(rank->status == 200);
  const json r = json::parse(rank->body);
  CHECK(r["schema"] == "skillfit.rank/1");
  REQUIRE(r["rows"].size() == 3);
  CHECK(r["rows"][0]["id"] == "b.pdf");  // the backend resume fits the backend JD best
  std::vector<std::string> ids;
  for (const json& row : r["rows"]) ids.push_back(row["id"]);
  CHECK(std::find(ids.begin(), ids.end(), "a (2).txt") != ids.end());

  auto extract = c.Post("/api/extract", httplib::MultipartFormDataItems{
                                            File("document", "jd.txt", Sample(kJd)), Text("as", "jd")});
  REQUIRE(extract);
  CHECK(extract->status == 200);
  CHECK(json::parse(extract->body)["schema"] == "skillfit.extract/1");

  auto search = c.Get("/api/kb/search?q=k8s");
  REQUIRE(search);
  CHECK(search->status == 200);
  CHECK(json::parse(search->body)["matches"][0]["id"] == "kubernetes");
  auto no_term = c.Get("/api/kb/search");
  REQUIRE(no_term);
  CHECK(no_term->status == 400);
  CheckStillServing();
}

TEST_CASE("serve: every bad upload gets its status, and the server keeps serving") {
  const std::string jd = Sample(kJd);
  const std::string pdf = Sample(kPdf);
  SUBCASE("empty file: 400") {
    CHECK(PostStatus("/api/match", {File("resume", "cv.pdf", ""), Text("jd", jd)}) == 400);
  }
  SUBCASE("an image: 415") {
    CHECK(PostStatus("/api/match", {File("resume", "me.png", "\x89PNG\r\n\x1a\n0000"), Text("jd", jd)}) == 415);
  }
  SUBCASE("a type skillfit does not read, by name: 415") {
    CHECK(PostStatus("/api/match", {File("resume", "cv.odt", "hello"), Text("jd", jd)}) == 415);
  }
  SUBCASE("a truncated PDF: 400") {
    CHECK(PostStatus("/api/match", {File("resume", "cv.pdf", pdf.substr(0, pdf.size() / 3)), Text("jd", jd)}) == 400);
  }
  SUBCASE("a JD that is no JD: 400") {
    CHECK(PostStatus("/api/match", {File("resume", "cv.pdf", pdf), Text("jd", "hello there")}) == 400);
  }
  SUBCASE("missing, repeated and unknown fields: 400") {
    CHECK(PostStatus("/api/match", {File("resume", "cv.pdf", pdf)}) == 400);
    CHECK(PostStatus("/api/match", {File("resume", "a.pdf", pdf), File("resume", "b.pdf", pdf), Text("jd", jd)}) == 400);
    CHECK(PostStatus("/api/match", {File("resume", "cv.pdf", pdf), Text("jd", jd), Text("x", "1")}) == 400);
  }
  SUBCASE("25 MiB: 413") {
    const std::string big = "%PDF-1.4\n" + std::string(25u << 20, 'a');
    auto res = Client(Server().port()).Post("/api/match", httplib::MultipartFormDataItems{
                                                              File("resume", "big.pdf", big), Text("jd", jd)});
    REQUIRE(res);
    CHECK(res->status == 413);
  }
  SUBCASE("not multipart: 415") {
    auto res = Client(Server().port()).Post("/api/match", "{\"resume\": 1}", "application/json");
    REQUIRE(res);
    CHECK(res->status == 415);
  }
  SUBCASE("malformed multipart: 400") {
    const std::string type = "multipart/form-data; boundary=XyZ";
    for (const std::string& body :
         {std::string("--XyZ\r\nContent-Disposition: form-data; name=\"resume\"; filename=\"a.txt\"\r\n\r\nno end"),
          std::string("garbage with no boundary at all"),
          std::string("--XyZ\r\nno-colon-header\r\n\r\nx\r\n--XyZ--\r\n")}) {
      auto res = Client(Server().port()).Post("/api/match", body, type.c_str());
      REQUIRE(res);
      CHECK(res->status == 400);
      CHECK(json::parse(res->body)["error"].is_string());
    }
  }
  SUBCASE("no such page: 404, and no directory listing") {
    for (const char* path : {"/nope", "/serve_assets/", "/../", "/api/", "/appXjs", "/index.html"}) {
      auto res = Client(Server().port()).Get(path);
      REQUIRE(res);
      CHECK((res->status == 404 || res->status == 400));
      CHECK(json::parse(res->body)["error"].is_string());
    }
  }
  CheckStillServing();
}

TEST_CASE("serve: pages and scripts come from the binary, under a strict policy") {
  auto c = Client(Server().port());
  for (const char* path : {"/", "/rank", "/app.js", "/app.css"}) {
    auto res = c.Get(path);
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(!res->body.empty());
    CHECK(res->get_header_value("X-Content-Type-Options") == "nosniff");
    const std::string csp = res->get_header_value("Content-Security-Policy");
    CHECK(csp.find("script-src 'self'") != std::string::npos);
    CHECK(csp.find("unsafe-inline") == std::string::npos);
  }
  const std::string page = c.Get("/")->body;
  CHECK(page.find("<script src=\"/app.js\"") != std::string::npos);
  CHECK(page.find("http://") == std::string::npos);  // nothing fetched from elsewhere
  CHECK(page.find("https://") == std::string::npos);
}

TEST_CASE("serve: SIGTERM stops it cleanly, with exit 0") {
  ServerProcess own;
  auto res = Client(own.port()).Get("/healthz");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(own.Stop() == 0);
}

TEST_CASE("serve: --help names --host; numbers out of range are usage errors") {
  const CliResult help = RunCli({"serve", "--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("--host") != std::string::npos);
  CHECK(RunCli({"serve", "--port", "70000"}).exit_code == 2);
  CHECK(RunCli({"serve", "--workers", "0"}).exit_code == 2);
}

TEST_CASE("serve: another host than loopback is warned about (one no interface has: no bind)") {
  // 192.0.2.1 is TEST-NET-1 (RFC 5737): no machine has it, so nothing listens anywhere.
  const CliResult r = RunCli({"serve", "--host", "192.0.2.1", "--port", "8080"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("warning: listening on 192.0.2.1: anyone who can reach this machine") !=
        std::string::npos);
  CHECK(r.err.find("192.0.2.1:8080: cannot listen there") != std::string::npos);
}

}  // namespace testing
}  // namespace skillfit
