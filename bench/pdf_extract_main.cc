// Benchmark driver: loads PDFs with the engine's loader, in one process, N times over.
//
//   pdf_extract_main [-n REPEAT] FILE...
//
// Prints one line: files, repeats, seconds, and bytes of text extracted (so the work cannot
// be optimised away). Built by bench/pdf_extract.sh, not by the default build; to build it
// with CMake instead, the lines would be:
//   option(SKILLFIT_BUILD_BENCH "Build the benchmarks" OFF)
//   if(SKILLFIT_BUILD_BENCH)
//     add_executable(pdf_extract_main bench/pdf_extract_main.cc)
//     target_link_libraries(pdf_extract_main PRIVATE skillfit::engine skillfit_warnings)
//   endif()
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "skillfit/document.h"

int main(int argc, char** argv) {
  int repeat = 1;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "-n") == 0 && i + 1 < argc) {
      repeat = std::atoi(argv[++i]);
    } else {
      files.push_back(argv[i]);
    }
  }
  if (files.empty() || repeat < 1) {
    std::fprintf(stderr, "usage: pdf_extract_main [-n REPEAT] FILE...\n");
    return 2;
  }
  size_t bytes = 0;
  const auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < repeat; ++r) {
    for (const std::string& f : files) {
      skillfit::Result<skillfit::Document> doc = skillfit::LoadDocument(f);
      if (!doc.ok()) {
        std::fprintf(stderr, "%s\n", doc.status().message().c_str());
        return 1;
      }
      bytes += doc->text.size();
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("files %zu repeat %d seconds %.3f text_bytes %zu\n", files.size(), repeat, seconds,
              bytes);
  return 0;
}
