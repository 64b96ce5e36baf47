// Driver for bench/extract_scaling.sh: extraction time per MB of generated JDs and resumes of
// growing size, ordinary and pathological, through the engine's front door in one process.
//
//   extract_scaling KB_DIR [MAX_BYTES [SHAPE]]   (SHAPE: only the shapes whose name has it)
//
// Each shape is generated at 10 KB, 100 KB, 1 MB and 2 MiB (the text limit), or up to
// MAX_BYTES. Each document is extracted as a JD and as a resume; the best of three runs (one
// when a run takes over 3 s) is reported in ms per MB of the thread's CPU time (user and system),
// which other work on a busy machine does not inflate as it does the wall clock. The last columns compare the largest size
// with 100 KB: a ratio near 1 means time grows linearly with the input.
#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "skillfit/engine.h"

namespace {

// This thread's CPU time, in milliseconds.
double ThreadCpuMs() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct Shape {
  const char* name;
  const char* file_name;  // its extension picks the loader
  std::function<std::string(size_t)> make;  // about `bytes` of text
};

// Repeats `unit` until the text holds `bytes`.
std::string Repeat(const std::string& unit, size_t bytes) {
  std::string s;
  s.reserve(bytes + unit.size());
  while (s.size() < bytes) s += unit;
  return s;
}

const char kSentence[] =
    "Design and run Kubernetes clusters on AWS with Terraform, and write services in Go and "
    "Python with PostgreSQL behind them.";

std::vector<Shape> Shapes() {
  return {
      {"posting", "jd.txt",
       [](size_t n) {
         return Repeat(std::string("Requirements\n- 5+ years of experience with Python and Go\n- ") +
                           kSentence + "\nNice to have\n- Kafka, Spark or Flink\n\n",
                       n);
       }},
      {"resume", "cv.txt",
       [](size_t n) {
         return Repeat(std::string("Experience\nSenior Engineer, Acme Corp  Jan 2019 - Present\n- ") +
                           kSentence + "\n- Cut AWS spend by 25% with Spot instances\n\n",
                       n);
       }},
      {"one line", "line.txt", [](size_t n) { return Repeat("Python ", n) + "\n"; }},
      {"one line, commas", "commas.txt", [](size_t n) { return Repeat("Python, ", n) + "\n"; }},
      {"one token", "token.txt", [](size_t n) { return Repeat("Python,", n) + "\n"; }},
      {"short lines", "short.txt", [](size_t n) { return Repeat("Go\n", n); }},
      {"bullets", "bullets.txt",
       [](size_t n) { return Repeat(std::string("- ") + kSentence + "\n", n); }},
      {"headings", "headings.md",
       [](size_t n) { return Repeat("## Requirements\nPython and Kubernetes.\n", n); }},
      {"every word a skill", "skills.txt",
       [](size_t n) { return Repeat("Python Java Go Rust Kubernetes Docker AWS Terraform ", n); }},
      {"punctuation", "punct.txt",
       [](size_t n) { return Repeat("!!!...,,,;;;---(((]]]///***", n) + "\nPython\n"; }},
      {"link ends, no '['", "links.md", [](size_t n) { return Repeat("x](y) ", n) + "\n"; }},
      {"open comments", "comments.md", [](size_t n) { return Repeat("<!-- Python ", n) + "\n"; }},
      {"markdown list", "list.md",
       [](size_t n) { return Repeat("* **Python**, `Go`, [AWS](https://aws.amazon.com)\n", n); }},
  };
}

// Milliseconds for the best of `runs` extractions of `text` as `kind`; -1 when it fails.
double BestMs(const skillfit::Engine& engine, const std::string& name, const std::string& text,
              skillfit::DocKind kind, int runs) {
  double best = -1;
  for (int r = 0; r < runs; ++r) {
    const double start = ThreadCpuMs();
    auto e = engine.Extract(skillfit::DocumentInput::Bytes(name, text), kind);
    const double ms = ThreadCpuMs() - start;
    if (!e.ok()) {
      std::fprintf(stderr, "extract_scaling: %s\n", e.status().message().c_str());
      return -1;
    }
    if (best < 0 || ms < best) best = ms;
    if (ms > 3000) break;
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: extract_scaling KB_DIR [MAX_BYTES]\n");
    return 2;
  }
  skillfit::EngineOptions options;
  options.kb_root = argv[1];
  options.load_question_bank = false;
  auto engine = skillfit::Engine::Open(options);
  if (!engine.ok()) {
    std::fprintf(stderr, "extract_scaling: %s\n", engine.status().message().c_str());
    return 1;
  }
  const size_t max_bytes = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : (2u << 20) - 64;
  std::vector<size_t> sizes = {10u << 10, 100u << 10, 1u << 20, max_bytes};
  std::printf("%-20s %-6s %10s %10s %10s %10s %10s  %s\n", "shape", "as", "10KB ms/MB",
              "100KB", "1MB", "2MiB", "2MiB ms", "2MiB/100KB");
  bool flat = true;
  for (const Shape& shape : Shapes()) {
    if (argc > 3 && std::string(shape.name).find(argv[3]) == std::string::npos) continue;
    for (skillfit::DocKind kind : {skillfit::DocKind::kJd, skillfit::DocKind::kResume}) {
      std::printf("%-20s %-6s", shape.name, kind == skillfit::DocKind::kJd ? "jd" : "resume");
      std::vector<double> per_mb;
      double last_ms = 0;
      for (size_t size : sizes) {
        std::string text = shape.make(size);
        if (text.size() > max_bytes) text.resize(max_bytes);
        const double ms = BestMs(**engine, shape.file_name, text, kind, 3);
        last_ms = ms;
        per_mb.push_back(ms < 0 ? -1 : ms / (static_cast<double>(text.size()) / (1u << 20)));
        std::printf(" %10.1f", per_mb.back());
      }
      const double ratio = per_mb[1] > 0 ? per_mb.back() / per_mb[1] : -1;
      flat = flat && ratio > 0 && ratio <= 2.0 && last_ms < 2000;
      std::printf(" %10.0f  %.2f\n", last_ms, ratio);
      std::fflush(stdout);
    }
  }
  std::printf("\n%s\n", flat ? "flat: every shape within 2x of its 100 KB time per MB, 2 MiB under 2 s"
                             : "NOT FLAT: a shape grows faster than its input, or 2 MiB takes 2 s or more");
  return flat ? 0 : 1;
}
