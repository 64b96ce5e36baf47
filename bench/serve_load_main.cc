// Driver for bench/serve_load.sh: the engine call alone, as the server makes it for
// POST /api/match (both documents from memory, the JSON report), in one process.
//
//   serve_load_engine KB_DIR RESUME JD [RUNS]
//
// Prints the median wall time of RUNS calls (default 30) in ms, after one warm-up call, and
// the process's CPU time (user and system) per call in ms, which other work on a busy
// machine inflates less than the wall clock.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "skillfit/engine.h"

namespace {

std::string ReadAll(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

double ProcessCpuMs() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: serve_load_engine KB_DIR RESUME JD [RUNS]\n");
    return 2;
  }
  skillfit::EngineOptions options;
  options.kb_root = argv[1];
  auto engine = skillfit::Engine::Open(options);
  if (!engine.ok()) {
    std::fprintf(stderr, "%s\n", engine.status().message().c_str());
    return 1;
  }
  const std::string resume = ReadAll(argv[2]), jd = ReadAll(argv[3]);
  const int runs = argc > 4 ? std::atoi(argv[4]) : 30;
  std::vector<double> ms;
  double cpu_start = 0;
  for (int i = 0; i <= runs; ++i) {
    if (i == 1) cpu_start = ProcessCpuMs();
    const auto start = std::chrono::steady_clock::now();
    skillfit::MatchRun run;
    const skillfit::Status st = (*engine)->Match(skillfit::DocumentInput::Bytes("cv.pdf", resume),
                                                 skillfit::DocumentInput::Bytes("jd.txt", jd), {}, &run);
    if (!st.ok()) {
      std::fprintf(stderr, "%s\n", st.message().c_str());
      return 1;
    }
    const std::string report = (*engine)->MatchReport(run, skillfit::ReportFormat::kJson);
    const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
    if (i > 0 && !report.empty()) ms.push_back(took.count());  // the first warms up
  }
  std::sort(ms.begin(), ms.end());
  std::printf("%.3f %.3f\n", ms[ms.size() / 2], (ProcessCpuMs() - cpu_start) / runs);
  return 0;
}
