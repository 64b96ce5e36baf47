// The real resume PDFs of ../shared/corpus/resumes/pdf (read-only, not in this repository):
// every one loads with plausible text, the eight layouts of one resume give the same words,
// and sentences come out whole and in reading order whatever the layout. Skipped, with a
// message, when the corpus is absent.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "skillfit/document.h"
#include "skillfit/engine.h"
#include "test_util.h"

namespace fs = std::filesystem;
using skillfit::Document;
using skillfit::LoadDocument;
using skillfit::Result;

namespace {

const std::string kCorpus = std::string(SKILLFIT_SOURCE_DIR) + "/../shared/corpus/resumes/pdf";

// The same web-developer resume rendered by eight templates (one or two columns, sidebars
// on either side). sample-resumes_ditto.pdf is another person's resume.
const char* const kLayouts[] = {"azurill", "bronzor", "chikorita", "gengar",
                                "glalie",  "kakuna",  "onyx",      "pikachu"};

// Sentences of that resume's summary, experience and projects, as the PDFs show them.
const char* const kSentences[] = {
    "Innovative Web Developer with 5 years of experience in building impactful and "
    "user-friendly websites and applications.",
    "Specializes in front-end technologies and passionate about modern web standards and "
    "cutting-edge development techniques.",
    "Proven track record of leading successful projects from concept to deployment.",
    "Spearheaded the redesign of the main product website, resulting in a 40% increase in "
    "user engagement.",
    "Developed and implemented a new responsive framework, improving cross-device "
    "compatibility.",
    "Mentored a team of four junior developers, fostering a culture of technical excellence.",
    "Collaborated in a team of 10 to develop high-quality web applications using React.js and "
    "Node.js.",
    "Managed the integration of third-party services such as Stripe for payments and Twilio "
    "for SMS services.",
    "Optimized application performance, achieving a 30% reduction in load times.",
    "Led the development of a full-stack e-commerce platform, improving sales conversion by "
    "25%.",
    "Created an interactive analytics dashboard for a SaaS application, enhancing data "
    "visualization for clients.",
};

bool CorpusPresent() {
  if (fs::is_directory(kCorpus)) return true;
  MESSAGE("corpus absent: " << kCorpus << " (skipped)");
  return false;
}

// Whitespace runs (newlines included) as one space.
std::string Flat(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// Lowercased words of letters and digits.
std::set<std::string> Words(const std::string& s) {
  std::set<std::string> out;
  std::string w;
  for (char c : s + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (!w.empty()) {
      out.insert(w);
      w.clear();
    }
  }
  return out;
}

double Jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
  size_t both = 0;
  for (const std::string& w : a) both += b.count(w);
  const size_t either = a.size() + b.size() - both;
  return either == 0 ? 1.0 : static_cast<double>(both) / static_cast<double>(either);
}

std::string TextOf(const std::string& path) {
  Result<Document> doc = LoadDocument(path);
  REQUIRE_MESSAGE(doc.ok(), doc.status().message());
  return doc->text;
}

std::string Layout(const char* name) {
  return TextOf(kCorpus + "/reactive-resume/" + name + ".pdf");
}

void CheckWhole(const std::string& file, const std::vector<std::string>& sentences) {
  const std::string flat = Flat(TextOf(kCorpus + "/" + file));
  for (const std::string& s : sentences) {
    CAPTURE(file);
    CAPTURE(s);
    CHECK(flat.find(s) != std::string::npos);
  }
}

}  // namespace

TEST_CASE("corpus: every resume PDF loads with plausible text") {
  if (!CorpusPresent()) return;
  size_t files = 0;
  for (const auto& e : fs::recursive_directory_iterator(kCorpus)) {
    if (e.path().extension() != ".pdf") continue;
    ++files;
    CAPTURE(e.path().string());
    Result<Document> doc = LoadDocument(e.path().string());
    REQUIRE_MESSAGE(doc.ok(), doc.status().message());
    const std::string& t = doc->text;
    CHECK(t.size() > 500);
    size_t letters = 0, other = 0;
    for (unsigned char c : t) {
      if (std::isalpha(c)) {
        ++letters;
      } else if (!std::isspace(c)) {
        ++other;
      }
    }
    CHECK(letters > 3 * other);  // mostly letters: no glyph soup
    CHECK(doc->warnings.empty());
    CHECK(doc->page_starts.size() >= 1);
    CHECK(t.back() == '\n');
  }
  CHECK(files >= 19);
}

TEST_CASE("corpus: the eight layouts of one resume give the same words") {
  if (!CorpusPresent()) return;
  std::map<std::string, std::set<std::string>> words;
  for (const char* l : kLayouts) words[l] = Words(Layout(l));
  // Named pairs, not bindings: clang-14 cannot capture a binding (CAPTURE).
  for (const auto& x : words) {
    for (const auto& y : words) {
      const std::string& a = x.first;
      const std::string& b = y.first;
      if (a >= b) continue;
      CAPTURE(a);
      CAPTURE(b);
      CHECK(Jaccard(x.second, y.second) >= 0.90);
    }
  }
}

TEST_CASE("corpus: every sentence of the summary and experience comes out whole") {
  if (!CorpusPresent()) return;
  for (const char* layout : kLayouts) {
    const std::string flat = Flat(Layout(layout));
    for (const char* sentence : kSentences) {
      const std::string l = layout, s = sentence;
      CAPTURE(l);
      CAPTURE(s);
      CHECK(flat.find(s) != std::string::npos);
    }
  }
}

TEST_CASE("corpus: the layouts read in order: name first, headings before their text") {
  if (!CorpusPresent()) return;
  const char* const bullets[] = {"Spearheaded the redesign", "Developed and implemented a new",
                                 "Mentored a team",          "Collaborated in a team",
                                 "Managed the integration",  "Optimized application performance"};
  for (const char* layout : kLayouts) {
    const std::string l = layout;
    CAPTURE(l);
    const std::string flat = Flat(Layout(layout));
    CHECK(flat.rfind("John Doe", 0) == 0);
    size_t last = 0;
    for (const char* b : bullets) {
      const size_t at = flat.find(b);
      CHECK(at != std::string::npos);
      CHECK(at >= last);
      last = at;
    }
    // A sidebar never cuts into the main column: the heading sits right before its text.
    const size_t summary = flat.find("Summary");
    if (summary != std::string::npos) {  // gengar has no Summary heading
      const std::string expect = "Summary Innovative Web Developer with 5";
      CHECK(flat.compare(summary, expect.size(), expect) == 0);
    }
    const size_t experience = flat.find("Experience");
    REQUIRE(experience != std::string::npos);
    const std::string expect = "Experience Creative Solutions Inc.";
    CHECK(flat.compare(experience, expect.size(), expect) == 0);
  }
}

TEST_CASE("corpus: each role of the layouts is read with its own bullets") {
  // kakuna sets the two roles as cards side by side, headers above indented bullets: the
  // headers were read row by row ("San Francisco, CA San Jose, CA"), so the second role had
  // no bullets and the dates of both sat on one line.
  if (!CorpusPresent()) return;
  for (const char* layout : kLayouts) {
    const std::string l = layout;
    CAPTURE(l);
    const std::string flat = Flat(Layout(layout));
    const size_t first = flat.find("Creative Solutions Inc.");
    const size_t second = flat.find("TechAdvancers");
    REQUIRE(first != std::string::npos);
    REQUIRE(second != std::string::npos);
    CHECK(first < flat.find("Spearheaded the redesign"));
    CHECK(flat.find("Mentored a team") < second);
    CHECK(second < flat.find("Collaborated in a team"));
    CHECK(flat.find("January 2019 to Present June 2016") == std::string::npos);
  }
}

TEST_CASE("corpus: two-column resumes from Chromium and XeTeX read whole sentences") {
  if (!CorpusPresent()) return;
  const std::vector<std::string> stripe = {
      "Senior Software Engineer with 5+ years of proven expertise designing and building "
      "scalable backend systems, distributed architectures, and cloud-native infrastructure.",
      "Designed and implemented real-time fraud detection pipeline processing 50K+ "
      "transactions per second using Kafka and Go, reducing fraudulent charges by 18% through "
      "optimized distributed system architecture",
      "Open-source CLI tool for automating PR workflows with 2.5K GitHub stars, demonstrating "
      "commitment to open-source contributions and community-driven development"};
  CheckWhole("resume-matcher/two-column.pdf", stripe);
  CheckWhole("resume-matcher/modern-two-column.pdf", stripe);
  CheckWhole("deedy-resume/deedy_resume-openfont.pdf",
             {"Worked with Ashesh Jain and Prof Ashutosh Saxena to create PlanIt, a tool which "
              "learns from large scale user preference feedback to plan robot trajectories in "
              "human environments.",
              "Phabricator is used daily by Facebook, Dropbox, Quora, Asana and more."});
}

TEST_CASE("corpus: tables and margin dates read row by row") {
  if (!CorpusPresent()) return;
  // deedy: an awards table (year, rank, name) in the right column.
  const std::string deedy = TextOf(kCorpus + "/deedy-resume/deedy_resume-openfont.pdf");
  CHECK(deedy.find("2014 top 52/2500 KPCB Engineering Fellow\n") != std::string::npos);
  CHECK(deedy.find("2011 National Indian National Mathematics Olympiad (INMO) Finalist\n") !=
        std::string::npos);
  // moderncv: dates in the left margin, wrapped "2017 –" / "Present", before their entry.
  const std::string alfred = TextOf(kCorpus + "/resume-matcher/alfred_pennyworth_pm.pdf");
  CHECK(alfred.find("2017 \xE2\x80\x93 Present\n\nProduct Manager, Google") != std::string::npos);
  // sb2nov (pdfTeX): right-aligned places and dates stay on their entry's line.
  const std::string sb2nov = TextOf(kCorpus + "/sb2nov-resume/sourabh_bajaj_resume.pdf");
  CHECK(sb2nov.find("Software Engineer Oct 2016 \xE2\x80\x93 Present\n") != std::string::npos);
}

TEST_CASE("corpus: a resume from macOS Pages (ligatures as /ActualText) reads whole") {
  if (!CorpusPresent()) return;
  // Its ligatures are words with no font in poppler's text layer; asking poppler for their
  // font crashed it. The words around a ligature are kept; the ligature's letters are lost.
  const std::string file = "github/11hkella-portfolio.pdf";
  CheckWhole(file,
             {"Owned end-to-end delivery of a core station platform, building React/TypeScript "
              "features, maintaining Python and TypeScript microservices, and integrating "
              "large-scale station data via REST and SOAP APIs.",
              "Cloud & DevOps: AWS, Docker, Kubernetes, Azure DevOps, CI/CD"});
  const std::string text = TextOf(kCorpus + "/" + file);
  CHECK(text.find("SOFTWARE ENGINEER (FULL-STACK) \xE2\x80\x94 iHeartMedia\n2022 \xE2\x80\x93 2025\n") !=
        std::string::npos);
}

TEST_CASE("corpus: every PDF goes through every command's path without a crash") {
  if (!CorpusPresent()) return;
  // In one process, as text, extract (as a resume and as a JD), match and questions do:
  // through the engine, each report in each format.
  skillfit::EngineOptions options;
  options.kb_root = std::string(SKILLFIT_SOURCE_DIR) + "/kb";
  auto engine = skillfit::Engine::Open(options);
  REQUIRE_MESSAGE(engine.ok(), engine.status().message());
  const auto jd = skillfit::DocumentInput::File(std::string(SKILLFIT_SOURCE_DIR) +
                                                "/samples/jds/backend-engineer.txt");
  using skillfit::ReportFormat;
  size_t files = 0;
  for (const auto& e : fs::recursive_directory_iterator(kCorpus)) {
    if (e.path().extension() != ".pdf") continue;
    ++files;
    CAPTURE(e.path().string());
    const auto pdf = skillfit::DocumentInput::File(e.path().string());
    for (skillfit::DocKind kind : {skillfit::DocKind::kResume, skillfit::DocKind::kJd}) {
      auto extraction = (*engine)->Extract(pdf, kind);
      REQUIRE_MESSAGE(extraction.ok(), extraction.status().message());
      CHECK(!(*engine)->ExtractReport(*extraction, ReportFormat::kJson).empty());
    }
    skillfit::MatchRun run;
    const skillfit::Status s = (*engine)->Match(pdf, jd, {}, &run);
    REQUIRE_MESSAGE(s.ok(), s.message());
    for (ReportFormat f : {ReportFormat::kText, ReportFormat::kJson, ReportFormat::kMarkdown,
                           ReportFormat::kHtml}) {
      CHECK(!(*engine)->MatchReport(run, f).empty());
    }
    CHECK(!(*engine)->PlanReport(run, ReportFormat::kJson).empty());
  }
  CHECK(files >= 48);
  // And as a process: `rank` over the whole folder, every row read.
  const auto r = skillfit::testing::RunCli(
      {"rank", "--jd", "samples/jds/backend-engineer.txt", kCorpus, "--format", "csv"});
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("error") == std::string::npos);
  size_t pdf_rows = 0;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    CHECK(line.rfind(",", 0) != 0);  // a row that failed has no rank
    pdf_rows += line.find(".pdf,") != std::string::npos;
  }
  CHECK(pdf_rows == files);
}
