// Loaders for text, Markdown and JSON Resume; format dispatch; bad input.
#include <doctest/doctest.h>

#include <fstream>

#include "skillfit/document.h"
#include "skillfit/sections.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::SourceDir;
using skillfit::testing::TempDir;

namespace {
std::string Write(const std::string& name, const std::string& bytes) {
  const std::string p = TempDir() + "/" + name;
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}
}  // namespace

TEST_CASE("text: BOM and CRLF are normalised and offsets map back to the file") {
  const std::string bytes = "\xEF\xBB\xBFSkills\r\nPython, Go\r\n";
  auto doc = LoadDocumentFromBytes(bytes, "cv.txt");
  REQUIRE(doc.ok());
  CHECK(doc->text == "Skills\nPython, Go\n");
  CHECK(doc->line_starts.size() == 2);
  CHECK(doc->Line(2) == "Python, Go");
  const size_t go = doc->text.find("Go");
  CHECK(bytes.substr(doc->SourceOffset(go), 2) == "Go");
  CHECK(doc->LineOf(go) == 2);
}

TEST_CASE("text: invalid UTF-8 is repaired as Windows-1252 with a warning") {
  auto doc = LoadDocumentFromBytes("Caf\xE9 owner, Python developer and SQL analyst\n", "cv.txt");
  REQUIRE(doc.ok());
  CHECK(doc->text.find("Caf\xC3\xA9") != std::string::npos);
  REQUIRE(doc->warnings.size() == 1);
  CHECK(doc->warnings[0].find("cv.txt: invalid UTF-8 at byte 3") == 0);
  const size_t after = doc->text.find(" owner");
  CHECK(doc->SourceOffset(after) == 4);
}

TEST_CASE("text: mostly invalid bytes are refused") {
  auto doc = LoadDocumentFromBytes(std::string(200, '\xFF') + "abc", "cv.txt");
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().code() == StatusCode::kInputError);
}

TEST_CASE("bad input: each gets a one-line error naming the file") {
  struct Case {
    const char* name;
    std::string bytes;
    const char* expect;
  };
  const Case cases[] = {
      {"empty.txt", "", "empty.txt: empty file"},
      {"blank.txt", "  \n\n \t\n", "blank.txt: no text"},
      {"junk.txt", std::string("\x00\x01\x02\x03 binary", 10), "junk.txt: binary data"},
      {"junk.pdf", "this is not a pdf at all", "junk.pdf: not a PDF"},
      {"junk.docx", "plain words", "junk.docx: not a DOCX"},
      {"old.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "rest", "old.doc: old binary Word"},
      {"bad.json", "{\"basics\": {\"name\": }", "bad.json:1:"},
      {"other.json", "{\"name\": \"a package\"}", "other.json: JSON but not a JSON Resume"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    auto doc = LoadDocumentFromBytes(c.bytes, c.name);
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.status().code() == StatusCode::kInputError);
    CHECK(doc.status().message().find(c.expect) == 0);
    CHECK(doc.status().message().find('\n') == std::string::npos);
  }
}

TEST_CASE("files: missing, directory and over the size limit") {
  auto missing = LoadDocument("/nonexistent/cv.pdf");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().message() == "/nonexistent/cv.pdf: no such file");
  const std::string dir = TempDir();
  auto d = LoadDocument(dir);
  REQUIRE_FALSE(d.ok());
  CHECK(d.status().message().find("is a directory") != std::string::npos);
  const std::string big = Write("big.txt", std::string(2000, 'a'));
  LoadLimits small;
  small.max_file_bytes = 1000;
  auto b = LoadDocument(big, small);
  REQUIRE_FALSE(b.ok());
  CHECK(b.status().message().find("over the limit") != std::string::npos);
  LoadLimits small_text;
  small_text.max_text_bytes = 100;
  auto t = LoadDocument(big, small_text);
  REQUIRE_FALSE(t.ok());
  CHECK(t.status().message().find("text is 2001 bytes, over the limit of 100") != std::string::npos);
}

TEST_CASE("markdown: front matter, template tags, comments and link targets are dropped; the title stays") {
  const std::string md =
      "---\ntitle: DevOps Engineer\nsalary: '100'\n---\n"
      "### {{ page.role_name }} - GS-{{ page.gs_level }}\n"
      "{% include apply.html %}\n"
      "## Requirements\n<!-- internal note -->- 5+ years with [Terraform](https://terraform.io)\n";
  auto doc = LoadDocumentFromBytes(md, "jd.md");
  REQUIRE(doc.ok());
  CHECK(doc->format == SourceFormat::kMarkdown);
  CHECK(doc->text.find("title:") == std::string::npos);
  CHECK(doc->text.find("salary") == std::string::npos);
  // The front matter's title is the posting's title: the first line with text, mapped to its
  // source. What is left out keeps its line breaks, so each line is the file's line.
  CHECK(doc->text.rfind("\nDevOps Engineer\n", 0) == 0);
  CHECK(md.substr(doc->SourceOffset(1), 15) == "DevOps Engineer");
  CHECK(doc->LineOf(doc->text.find("## Requirements")) == 7);
  CHECK(doc->LineOf(doc->text.find("5+ years")) == 8);
  CHECK(doc->text.find("{{") == std::string::npos);
  CHECK(doc->text.find("{%") == std::string::npos);
  CHECK(doc->text.find("internal note") == std::string::npos);
  CHECK(doc->text.find("https://") == std::string::npos);
  CHECK(doc->text.find("## Requirements\n") != std::string::npos);
  const size_t tf = doc->text.find("Terraform");
  REQUIRE(tf != std::string::npos);
  CHECK(md.substr(doc->SourceOffset(tf), 9) == "Terraform");
}

TEST_CASE("markdown: a quoted title loses its quotes; a templated one is dropped") {
  auto quoted = LoadDocumentFromBytes("---\nlayout: job\ntitle: \"Site Reliability Engineer\"  \n---\nText\n", "jd.md");
  REQUIRE(quoted.ok());
  CHECK(quoted->text == "\n\nSite Reliability Engineer\n\nText\n");
  auto templated = LoadDocumentFromBytes("---\ntitle: {{ page.role }}\n---\nText\n", "jd.md");
  REQUIRE(templated.ok());
  CHECK(templated->text == "\n\n\nText\n");
}

TEST_CASE("markdown: a posting whose body is in its front matter reads as sections named by the keys") {
  const std::string md =
      "---\ntitle: Data Engineer\npermalink: /join/data/\nsalary_min: $120,000\n"
      "key_objectives: |\n  Build pipelines on Apache Spark.\n  Run the warehouse.\n"
      "responsibilities:\n  - Design dbt models\n  - Security: own the threat model\n"
      "related_profiles:\n  - name: 'Analyst'\n    link: /join/analyst/\n"
      "qualifications:\n  - 5+ years of Python\n  - {{ page.extra }}\n"
      "nice_to_have: Terraform and Kubernetes\n---\nAbout the team.\n";
  auto doc = LoadDocumentFromBytes(md, "jd.md");
  REQUIRE(doc.ok());
  // Each kept line stays on its line of the file; the left-out ones stay as empty lines.
  CHECK(doc->text ==
        "\nData Engineer\n\n\nkey_objectives:\n  Build pipelines on Apache Spark.\n  Run the warehouse.\n"
        "responsibilities:\n  - Design dbt models\n  - Security: own the threat model\n\n\n\n"
        "qualifications:\n  - 5+ years of Python\n\nnice_to_have: Terraform and Kubernetes\n\n"
        "About the team.\n");
  const size_t spark = doc->text.find("Apache Spark");
  REQUIRE(spark != std::string::npos);
  CHECK(md.substr(doc->SourceOffset(spark), 12) == "Apache Spark");
  const auto sections = SplitSections(doc->text, DocKind::kJd);
  std::vector<std::string> kinds;
  for (const Section& s : sections) kinds.push_back(SectionKindName(s.kind));
  CHECK(kinds == std::vector<std::string>{"preamble", "responsibilities", "responsibilities",
                                          "required", "preferred"});
}

TEST_CASE("markdown: links, tags and comments in the shapes that once made the scan quadratic") {
  struct Case {
    const char* md;
    const char* text;
  };
  const Case cases[] = {
      {"a [x](u) b [y](v)\n", "a x b y\n"},
      {"x](y) z](w)\n", "x](y) z](w)\n"},            // no '[': targets stay
      {"[a\n](b) c\n", "[a\n](b) c\n"},              // '[' on another line
      {"[a](b\n) [c](d)\n", "[a](b\n) c\n"},          // ')' on another line
      {"[a](b](c) d\n", "a d\n"},                      // the first ')' closes it
      {"[a](x [b](y)\n", "a\n"},                       // a '[' inside a dropped target
      {"[a] [b](c)\n", "[a] b\n"},                     // the nearest '[' opens it
      {"<!-- a --> b <!-- c\nd\n", " b <!-- c\nd\n"},   // the first comment only
      {"<!-- x [a --> b](c)\n", " b](c)\n"},            // '[' inside a dropped comment
      {"{{ a }} b {{ c\n", " b {{ c\n"},
      {"{{ a }}{% b %}{{ c\n", "{{ c\n"},               // an unclosed tag stays
      {"{{ a ](b) }}x\n", "x\n"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.md);
    auto doc = LoadDocumentFromBytes(c.md, "x.md");
    REQUIRE(doc.ok());
    CHECK(doc->text == c.text);
  }
  // A template tag is dropped only when it closes within 4 KiB.
  const std::string far = "{{ " + std::string(5000, 'a') + " }} z\n";
  auto tag = LoadDocumentFromBytes(far, "x.md");
  REQUIRE(tag.ok());
  CHECK(tag->text.find("{{") == 0);
  // 400 KB of openings that never close keep every byte (bench/extract_scaling.sh times them).
  for (const char* unit : {"<!--", "{%", "{{", "](", "a](b", "[a](b ", "<!-- {% ]("}) {
    CAPTURE(unit);
    std::string md;
    while (md.size() < (400u << 10)) md += unit;
    auto doc = LoadDocumentFromBytes(md, "x.md");
    REQUIRE(doc.ok());
    CHECK(doc->text.compare(0, md.size(), md) == 0);
  }
}

TEST_CASE("json resume: work, skills, education, certificates and projects become sections") {
  const std::string json = R"({
    "basics": {"name": "Ada Example", "label": "SRE", "summary": "Runs Kubernetes."},
    "work": [{"name": "Acme", "position": "SRE", "startDate": "2019-03-01",
              "highlights": ["Cut AWS spend by 25%"]}],
    "skills": [{"name": "Cloud", "keywords": ["AWS", "Terraform"]}],
    "education": [{"institution": "State U", "studyType": "BS", "area": "Computer Science",
                   "startDate": "2011", "endDate": "2015"}],
    "certificates": [{"name": "CKA", "issuer": "CNCF", "date": "2021-05-01"}],
    "projects": [{"name": "kube-lens", "description": "Cost dashboards", "keywords": ["Go"]}]})";
  auto doc = LoadDocumentFromBytes(json, "resume.json");
  REQUIRE(doc.ok());
  const std::string& t = doc->text;
  CHECK(doc->format == SourceFormat::kJsonResume);
  CHECK(t.find("EXPERIENCE\nSRE — Acme | Mar 2019 - Present\n• Cut AWS spend by 25%\n") != std::string::npos);
  CHECK(t.find("SKILLS\nCloud: AWS, Terraform\n") != std::string::npos);
  CHECK(t.find("BS in Computer Science — State U | 2011 - 2015") != std::string::npos);
  CHECK(t.find("CERTIFICATIONS\nCKA — CNCF | May 2021") != std::string::npos);
  CHECK(t.find("PROJECTS\nkube-lens") != std::string::npos);
}

TEST_CASE("corpus: the JSON Resume sample loads") {
  const std::string p = skillfit::testing::CorpusDir() + "/resumes/json/sample.resume.json";
  if (!skillfit::testing::Exists(p)) {
    MESSAGE("corpus absent: " << p);
    return;
  }
  auto doc = LoadDocument(p);
  REQUIRE(doc.ok());
  CHECK(doc->text.find("EXPERIENCE") != std::string::npos);
  CHECK(doc->text.find("Pied Piper") != std::string::npos);
}

TEST_CASE("samples: every bundled text resume and JD loads") {
  for (const char* f : {"samples/jds/backend-engineer.txt", "samples/jds/sre-devops.txt",
                        "samples/jds/data-engineer.txt", "samples/resumes/alex-chen-backend.txt",
                        "samples/resumes/priya-nair-sre.txt", "samples/resumes/maria-lopez-data.txt"}) {
    CAPTURE(f);
    auto doc = LoadDocument(SourceDir() + "/" + f);
    REQUIRE(doc.ok());
    CHECK(doc->text.size() > 1000);
  }
}
