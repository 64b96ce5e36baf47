// What the server takes from a form: every field checked, each upload sniffed before the
// engine sees it.
#include "serve_upload.h"

#include "doctest/doctest.h"

namespace skillfit {
namespace cli {
namespace {

FormPart File(const std::string& field, const std::string& name, const std::string& bytes) {
  return FormPart{field, name, true, bytes};
}
FormPart Text(const std::string& field, const std::string& text) {
  return FormPart{field, "", false, text};
}

int StatusOf(const std::string& name, const std::string& bytes) {
  auto problem = CheckUpload("resume", name, bytes);
  return problem ? problem->http_status : 200;
}

}  // namespace

TEST_CASE("serve upload: documents by content and name") {
  struct Case {
    const char* name;
    std::string bytes;
    int status;
  };
  const Case cases[] = {
      {"cv.pdf", "%PDF-1.7\n...", 200},
      {"cv.PDF", "junk%PDF-1.4\n", 200},
      {"cv.docx", std::string("PK\x03\x04rest", 8), 200},
      {"cv.txt", "Ana Ruiz\nEngineer\n", 200},
      {"cv.md", "# Ana\n", 200},
      {"cv.json", "{\"basics\": {}}", 200},
      {"cv", "plain text", 200},
      {"cv.txt", "MMXXVI: a year of Go", 200},  // not a TIFF ("MM\0*"): NULs count in magics
      {"cv.tif", std::string("MM\0*rest", 8), 415},
      {"cv.txt", "MZ Okafor, GIF8 team lead", 200},  // binary magics count in binary files only
      {"cv.txt", std::string("MZ\x90\0\x03", 5), 415},
      {"cv.txt", "{\\rtf1\\ansi Ana}", 415},
      {"cv.txt", std::string("\xFF\xFE\x41\x00", 4), 415},  // UTF-16: a NUL in the first bytes
      {"cv.txt", "Ren\xE9 Dupont\nPython", 200},  // Windows-1252: the engine repairs it
      {"cv.pdf", "", 400},
      {"cv.pdf", "not a pdf at all", 400},
      {"cv.docx", "plain text", 400},
      {"cv.png", "\x89PNG\r\n", 415},
      {"cv.txt", "\x89PNG\r\n", 415},
      {"cv.doc", "\xD0\xCF\x11\xE0rest", 415},
      {"cv.exe", "MZ\x90", 415},
      {"cv.odt", "hello", 415},
      {"cv.txt", std::string("text\0with a NUL", 15), 415},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CAPTURE(c.bytes);
    CHECK(StatusOf(c.name, c.bytes) == c.status);
  }
  const auto empty = CheckUpload("resume", "cv.pdf", "");
  REQUIRE(empty);
  CHECK(empty->message == "resume 'cv.pdf': the file is empty");
}

TEST_CASE("serve upload: file names lose folders and control characters") {
  CHECK(UploadName("C:\\Users\\ana\\cv.pdf", "resume") == "cv.pdf");
  CHECK(UploadName("../../etc/passwd", "resume") == "passwd");
  CHECK(UploadName("a\nb\x01.txt", "resume") == "ab.txt");
  CHECK(UploadName("dir/", "resume") == "resume");
  CHECK(UploadName("..", "resume") == "resume");
  CHECK(UploadName(std::string(300, 'x') + ".pdf", "resume").size() == 120);
}

TEST_CASE("serve upload: a form takes its fields once, all required ones, nothing else") {
  FormProblem problem;
  SUBCASE("a good match form") {
    auto form = ReadForm({File("resume", "cv.txt", "Ana"), Text("jd", "Go and SQL"), Text("limit", "3")},
                         kMatchForm, &problem);
    REQUIRE(form);
    CHECK(form->Document("resume").name == "cv.txt");
    CHECK(form->Document("resume").bytes == "Ana");
    CHECK(form->Document("jd").name == "jd (pasted)");
    CHECK(form->Option("limit", "12") == "3");
    CHECK(form->Option("nothing", "12") == "12");
  }
  SUBCASE("rank: many resumes, same names made unique") {
    auto form = ReadForm({Text("jd", "Go"), File("resume", "cv.txt", "a"), File("resume", "cv.txt", "b"),
                          File("resume", "x/cv.txt", "c")},
                         kRankForm, &problem);
    REQUIRE(form);
    const auto docs = form->Documents("resume");
    REQUIRE(docs.size() == 3);
    CHECK(docs[0].name == "cv.txt");
    CHECK(docs[1].name == "cv (2).txt");
    CHECK(docs[2].name == "cv (3).txt");
    CHECK(docs[2].bytes == "c");
  }
  SUBCASE("refused forms") {
    struct Bad {
      std::vector<FormPart> parts;
      int status;
      const char* says;
    };
    const Bad bad[] = {
        {{File("resume", "cv.txt", "a")}, 400, "missing the form field 'jd'"},
        {{File("resume", "cv.txt", "a"), File("resume", "cv.txt", "a"), Text("jd", "x")}, 400, "more than once"},
        {{File("resume", "cv.txt", "a"), Text("jd", "x"), Text("who", "x")}, 400, "unexpected form field 'who'"},
        {{File("resume", "cv.txt", "a"), Text("jd", "x"), Text("limit", std::string(100, '1'))}, 400, "too long"},
        {{File("resume", "cv.png", "\x89PNG"), Text("jd", "x")}, 415, "a PNG image"},
        {{File("resume", "cv.txt", ""), Text("jd", "x")}, 400, "empty"},
    };
    for (const Bad& b : bad) {
      CAPTURE(b.says);
      CHECK_FALSE(ReadForm(b.parts, kMatchForm, &problem));
      CHECK(problem.http_status == b.status);
      CHECK(problem.message.find(b.says) != std::string::npos);
    }
    CHECK_FALSE(ReadForm({Text("jd", "x"), Text("resume", "pasted")}, kRankForm, &problem));
    CHECK(problem.message == "form field 'resume' must be a file");
  }
}

}  // namespace cli
}  // namespace skillfit
