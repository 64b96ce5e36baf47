// corpus: JD extraction quality over the gold labels in tests/eval/jd, and over the tuning
// folders of issue 13. The floors are the figures reached so far, so they can only rise.
// Also the evaluation itself: context leak and folder errors, on a small made-up folder.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <fstream>
#include <initializer_list>
#include <string>

#include "jd_eval.h"
#include "test_util.h"

using skillfit::testing::CorpusDir;
using skillfit::testing::Exists;
using skillfit::testing::Matcher;
using skillfit::testing::SourceDir;

TEST_CASE("corpus: JD extraction meets its floors on the labelled JDs") {
  if (!Exists(CorpusDir() + "/jd")) {
    MESSAGE("corpus absent: " << CorpusDir() << "/jd; JD evaluation skipped");
    return;
  }
  const auto r = skillfit::eval::EvaluateJds(SourceDir() + "/tests/eval/jd", SourceDir(), Matcher());
  MESSAGE(skillfit::eval::FormatReport(r, 8));
  CHECK(r.errors.empty());
  CHECK(r.jds >= 25);
  CHECK(r.precision() >= 0.92);
  CHECK(r.recall() >= 0.91);
  CHECK(r.level_accuracy() >= 0.95);
  CHECK(r.context_leak() <= 0.10);
}

// The tuning folders of issue 13 (never the sealed one): floors at the figures reached on them
// (tests/eval/jd-tune2/BASELINE.md and jd-tune3/BASELINE.md have the figures before tuning).
TEST_CASE("corpus: JD extraction meets its floors on the tuning postings of issue 13") {
  if (!Exists(CorpusDir() + "/jd")) {
    MESSAGE("corpus absent: " << CorpusDir() << "/jd; JD evaluation skipped");
    return;
  }
  struct Floor {
    const char* folder;
    double precision, recall, level_accuracy, context_leak;
  };
  const Floor floors[] = {
      {"tests/eval/jd-tune", 0.945, 0.78, 0.96, 0.04},
      {"tests/eval/jd-tune2", 0.94, 0.75, 0.95, 0.05},
      // Measured on branch jdprec: P 0.863, R 0.442, levels 0.816, leak 0.062 (1 of 16: one
      // context skill more would be 0.125). Merged main of the fourteenth session (jdlevel's
      // list cues, kbgrow3's kb coverage, the lead's heading fix): P 0.909 (100 of 110),
      // R 0.649, levels 0.958 (68 of 71), leak 0.059 (1 of 17); the floors keep one false
      // hit, one miss and one level error of margin.
      {"tests/eval/jd-tune3", 0.90, 0.64, 0.94, 0.07},
      // Labelled from the text before any engine run (fourteenth session): P 0.884 (199 of
      // 225), R 0.706, levels 0.820 (132 of 161), leak 0.176 (6 of 34), on af93cc8 and, the
      // same, on that session's merged main; then levels 0.863 (139 of 161) once headings in
      // title case and leads that speak to the reader were read, 0.901 (145) with "requires"
      // a verb of demand in headings, 0.919 (148) with "a strong plus" and "preference for"
      // read as wishes; one error of margin each.
      {"tests/eval/jd-tune4", 0.88, 0.70, 0.91, 0.21},
  };
  for (const Floor& f : floors) {
    const std::string folder = f.folder;
    CAPTURE(folder);
    const auto r = skillfit::eval::EvaluateJds(SourceDir() + "/" + folder, SourceDir(), Matcher());
    CHECK(r.errors.empty());
    CHECK(r.precision() >= f.precision);
    CHECK(r.recall() >= f.recall);
    CHECK(r.level_accuracy() >= f.level_accuracy);
    CHECK(r.context_leak() <= f.context_leak);
  }
}

namespace {

// The totals of the labelled folders `folders` under tests/eval, counted together (totals
// only: no per-posting line of the sealed folder is printed).
skillfit::eval::JdEvalResult TotalOf(std::initializer_list<const char*> folders) {
  skillfit::eval::JdEvalResult all;
  for (const char* folder : folders) {
    const auto r = skillfit::eval::EvaluateJds(SourceDir() + "/tests/eval/" + folder, SourceDir(),
                                               Matcher());
    CHECK(r.errors.empty());
    all.jds += r.jds;
    all.true_positives += r.true_positives;
    all.false_positives += r.false_positives;
    all.false_negatives += r.false_negatives;
    all.level_checked += r.level_checked;
    all.level_correct += r.level_correct;
    all.context_gold += r.context_gold;
    all.context_leaked += r.context_leaked;
  }
  MESSAGE(all.jds << " JDs: precision " << all.precision() << ", recall " << all.recall()
                  << ", level accuracy " << all.level_accuracy() << ", context leak "
                  << all.context_leak());
  return all;
}

}  // namespace

// Issue 13's floors (precision 0.92, level accuracy 0.93, context leak 0.10) over the 84
// postings labelled when they were set: the old 28, the first two tuning folders and the
// sealed 20. Its recall floor, 0.88, is not met (0.80), so it is not asserted.
TEST_CASE("corpus: JD extraction meets issue 13's floors over the first 84 labelled postings") {
  if (!Exists(CorpusDir() + "/jd")) {
    MESSAGE("corpus absent: " << CorpusDir() << "/jd; JD evaluation skipped");
    return;
  }
  const auto all = TotalOf({"jd", "jd-tune", "jd-tune2", "jd-sealed"});
  CHECK(all.jds >= 84);
  CHECK(all.precision() >= 0.92);
  CHECK(all.level_accuracy() >= 0.93);
  CHECK(all.context_leak() <= 0.10);
}

// Over every labelled posting, jd-tune3 and jd-tune4 too (106), issue 13's floors are NOT met
// (fourteenth session: precision 0.917, recall 0.778, leak 0.101, level accuracy 0.935; the
// postings labelled last, which no rule was written for, pull them down). These floors are the
// figures reached, so that they only rise; the issue's stay the target (README).
TEST_CASE("corpus: JD extraction holds its figures over every labelled posting") {
  if (!Exists(CorpusDir() + "/jd")) {
    MESSAGE("corpus absent: " << CorpusDir() << "/jd; JD evaluation skipped");
    return;
  }
  const auto all = TotalOf({"jd", "jd-tune", "jd-tune2", "jd-tune3", "jd-tune4", "jd-sealed"});
  CHECK(all.jds >= 106);
  CHECK(all.precision() >= 0.915);
  CHECK(all.recall() >= 0.775);
  CHECK(all.level_accuracy() >= 0.92);
  CHECK(all.context_leak() <= 0.11);
}

namespace {

void WriteText(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("jd eval: context leak counts context-only gold skills asked as required or preferred") {
  const std::string root = skillfit::testing::TempDir();
  const std::string labels = root + "/labels";
  REQUIRE(::mkdir(labels.c_str(), 0755) == 0);
  WriteText(root + "/posting.txt",
            "Data Engineer\n\nRequirements\n- 3+ years of experience with Python\n"
            "- Experience with PostgreSQL\n");
  // Python and Rust are labelled as context only: Python is asked by the text (a leak), Rust is
  // not named (no leak). PostgreSQL is labelled at context and at required level, so it is not
  // context-only. "Quux Flux" has no kb spelling and is counted apart.
  WriteText(labels + "/one.json", R"({"id": "one", "title": "Data Engineer", "source": "posting.txt",
    "skills": [
      {"name": "Python", "kind": "hard", "level": "context", "quote": ""},
      {"name": "Rust", "kind": "hard", "level": "context", "quote": ""},
      {"name": "PostgreSQL", "kind": "hard", "level": "context", "quote": ""},
      {"name": "PostgreSQL", "kind": "hard", "level": "required", "quote": ""},
      {"name": "Quux Flux", "kind": "hard", "level": "context", "quote": ""}
    ]})");
  const auto r = skillfit::eval::EvaluateJds(labels, root, Matcher());
  CHECK(r.errors.empty());
  CHECK(r.jds == 1);
  CHECK(r.context_gold == 2);
  CHECK(r.context_leaked == 1);
  CHECK(r.context_unknown == 1);
  CHECK(r.context_leak() == doctest::Approx(0.5));
  CHECK(r.leaked.count("Python") == 1);
  const std::string details = skillfit::eval::FormatReport(r, 5, true);
  const std::string totals = skillfit::eval::FormatReport(r, 5, false);
  CHECK(details.find("context leak 0.500") != std::string::npos);
  CHECK(totals.find("context leak 0.500") != std::string::npos);
  CHECK(details.find("one ") != std::string::npos);  // the per-posting line
  CHECK(details.find("leak:Python") != std::string::npos);  // which context skill was asked
  CHECK(totals.find("one ") == std::string::npos);   // totals only
}

TEST_CASE("jd eval: a labels folder that cannot be opened is an error") {
  const auto r = skillfit::eval::EvaluateJds(skillfit::testing::TempDir() + "/absent", SourceDir(),
                                             Matcher());
  CHECK(r.jds == 0);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].find("cannot open the labels folder") != std::string::npos);
}
