// One resume in several layouts gives the same roles and years. The corpus (read-only, not in
// this repository) renders one web-developer resume with eight templates of a web resume
// builder (../shared/corpus/resumes/pdf/reactive-resume/, the files other than sample-resumes_*,
// which hold another resume) and one engineer's resume with three templates
// (../shared/corpus/resumes/pdf/resume-matcher/: single-column, two-column, modern-two-column).
// Skipped, with a message, when the corpus is absent.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "skillfit/document.h"
#include "skillfit/profile.h"
#include "test_util.h"

namespace fs = std::filesystem;
using namespace skillfit;

namespace {

const std::string kPdf = std::string(SKILLFIT_SOURCE_DIR) + "/../shared/corpus/resumes/pdf";

// A resume's roles as one line each (title | company | start | end) and its total years.
std::string RolesLine(const std::string& path) {
  auto doc = LoadDocument(path);
  REQUIRE_MESSAGE(doc.ok(), path);
  ExtractOptions opts;
  opts.today_year = 2026;
  opts.today_month = 12;
  const ResumeProfile p = ExtractResume(*doc, testing::Matcher(), opts);
  std::ostringstream out;
  for (const Role& r : p.roles) {
    out << r.title << " | " << r.company << " | " << r.start << " | "
        << (r.current ? std::string("present") : std::to_string(r.finish)) << "\n";
  }
  out << "total years " << p.total_years << "\n";
  return out.str();
}

// Every rendering of one resume gives what the first gives, and at least `roles` roles.
void CheckSameRoles(const std::vector<std::string>& paths, size_t roles) {
  REQUIRE(paths.size() >= 3);
  const std::string first = RolesLine(paths[0]);
  MESSAGE(paths[0] << ":\n" << first);
  CHECK(static_cast<size_t>(std::count(first.begin(), first.end(), '\n')) >= roles + 1);
  for (size_t i = 1; i < paths.size(); ++i) {
    CAPTURE(paths[i]);
    CHECK(RolesLine(paths[i]) == first);
  }
}

}  // namespace

TEST_CASE("layouts: one resume in eight templates gives the same roles and total years") {
  const std::string folder = kPdf + "/reactive-resume";
  if (!fs::is_directory(folder)) {
    MESSAGE("corpus absent: " << folder << " (skipped)");
    return;
  }
  std::vector<std::string> paths;
  for (const auto& e : fs::directory_iterator(folder)) {
    const std::string name = e.path().filename().string();
    if (e.path().extension() == ".pdf" && name.rfind("sample-resumes_", 0) != 0) {
      paths.push_back(e.path().string());
    }
  }
  std::sort(paths.begin(), paths.end());
  CHECK(paths.size() == 8);
  CheckSameRoles(paths, 2);
}

TEST_CASE("layouts: one resume in one- and two-column templates gives the same roles and years") {
  const std::string folder = kPdf + "/resume-matcher";
  if (!fs::is_directory(folder)) {
    MESSAGE("corpus absent: " << folder << " (skipped)");
    return;
  }
  CheckSameRoles({folder + "/single-column.pdf", folder + "/two-column.pdf",
                  folder + "/modern-two-column.pdf"},
                 4);
}
