// LoadPdf: PDFs written by hand in the test (and two encrypted ones from
// tests/data/make_bad_inputs.sh): text, pages, hyphens, icons, rotation, limits, bad input.
#include <dlfcn.h>
#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "documents/document_loaders.h"
#include "documents/pdf_actual_text.h"
#include "skillfit/document.h"

using skillfit::Document;
using skillfit::LoadLimits;
using skillfit::LoadPdf;
using skillfit::Result;
using skillfit::StatusCode;

namespace {

const char kPageResources[] = "<< /Font << /F1 3 0 R /F2 4 0 R >> >>";

struct PdfPage {
  PdfPage(std::string c, std::string e = "", std::string r = kPageResources)
      : content(std::move(c)), extra(std::move(e)), resources(std::move(r)) {}
  std::string content;    // the page's content stream
  std::string extra;      // more entries of the page dictionary: "/Rotate 90"
  std::string resources;  // its resource dictionary
};

// A valid PDF with real xref offsets. Fonts: /F1 Helvetica (object 3), /F2 an icon font by
// name (object 4). `info` is the body of the document information dictionary:
// "/Producer (pdfTeX-1.40)". `more` are objects numbered after the pages' (2 each, from 6).
std::string MakePdf(const std::vector<PdfPage>& pages, const std::string& info = "",
                    const std::vector<std::string>& more = {}) {
  std::vector<std::string> objs;
  objs.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  std::string kids;
  for (size_t i = 0; i < pages.size(); ++i) kids += std::to_string(6 + 2 * i) + " 0 R ";
  objs.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) +
                 " >>");
  objs.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  objs.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /FontAwesome5Free-Solid >>");
  objs.push_back("<< " + info + " >>");
  for (size_t i = 0; i < pages.size(); ++i) {
    objs.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] " + pages[i].extra +
                   " /Resources " + pages[i].resources + " /Contents " +
                   std::to_string(7 + 2 * i) + " 0 R >>");
    objs.push_back("<< /Length " + std::to_string(pages[i].content.size()) + " >>\nstream\n" +
                   pages[i].content + "\nendstream");
  }
  objs.insert(objs.end(), more.begin(), more.end());
  std::string out = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objs.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n";
  }
  const size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objs.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t o : offsets) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", o);
    out += buf;
  }
  out += "trailer\n<< /Size " + std::to_string(objs.size() + 1) +
         " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

// A line of Helvetica text with its baseline at (x, y), y from the bottom of the page.
std::string Text(double x, double y, const std::string& s, int size = 11, const char* font = "F1") {
  std::ostringstream o;
  o << "BT /" << font << " " << size << " Tf " << x << " " << y << " Td (" << s << ") Tj ET\n";
  return o.str();
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const char kResumeLines[] = "Senior backend engineer with eight years of Go and Python experience.";

}  // namespace

TEST_CASE("pdf: text, lines and pages of a small PDF") {
  const std::string pdf = MakePdf({
      {Text(72, 720, "Jane Roe", 16) + Text(72, 690, "Summary") + Text(72, 676, kResumeLines)},
      {Text(72, 720, "Experience") + Text(72, 706, "Acme Corp, 2019 to present")},
  });
  Result<Document> doc = LoadPdf(pdf, "cv.pdf", {});
  REQUIRE(doc.ok());
  CHECK(doc->format == skillfit::SourceFormat::kPdf);
  CHECK(doc->path == "cv.pdf");
  CHECK(doc->text ==
        "Jane Roe\n\nSummary\nSenior backend engineer with eight years of Go and Python "
        "experience.\n\nExperience\nAcme Corp, 2019 to present\n");
  REQUIRE(doc->page_starts.size() == 2);
  CHECK(doc->page_starts[0] == 0);
  CHECK(doc->text.compare(doc->page_starts[1], 10, "Experience") == 0);
  CHECK(doc->PageOf(doc->text.find("Acme")) == 2);
  CHECK(doc->PageOf(doc->text.find("Summary")) == 1);
  CHECK(doc->Line(3) == "Summary");
  CHECK(doc->warnings.empty());
  CHECK_FALSE(doc->has_source_offsets());
}

TEST_CASE("pdf: a sidebar is read apart from the main column") {
  // Sidebar lines sit between the lines of the summary, as in the reactive-resume templates.
  std::string c = Text(200, 740, "John Doe", 16);
  double y = 700;
  for (const char* s : {"Profiles", "johndoe", "LinkedIn", "johndoe", "GitHub"}) {
    c += Text(40, y, s, 10);
    y -= 13;
  }
  y = 700;
  c += Text(220, y, "Summary", 10);
  for (const char* s : {"Innovative Web Developer with 5 years of experience in building",
                        "impactful and user-friendly websites and applications. Proven",
                        "track record of leading successful projects."}) {
    y -= 15;
    c += Text(220, y, s, 10);
  }
  Result<Document> doc = LoadPdf(MakePdf({{c}}), "two-column.pdf", {});
  REQUIRE(doc.ok());
  CHECK(doc->text.find("Summary\nInnovative Web Developer with 5 years of experience in "
                       "building\nimpactful and user-friendly websites and applications. "
                       "Proven\ntrack record") != std::string::npos);
  CHECK(doc->text.find("GitHub") < doc->text.find("Summary"));
}

TEST_CASE("pdf: a word hyphenated at a line end") {
  const std::string body = Text(72, 720, "Built the payment platform and its develop-") +
                           Text(72, 706, "ment tooling, with a user-") +
                           Text(72, 692, "friendly API in Go.");
  SUBCASE("TeX hyphenates: the hyphen goes") {
    Result<Document> doc = LoadPdf(MakePdf({{body}}, "/Producer (pdfTeX-1.40.24)"), "cv.pdf", {});
    REQUIRE(doc.ok());
    CHECK(doc->text.find("its development tooling") != std::string::npos);
    CHECK(doc->text.find("userfriendly API") != std::string::npos);
  }
  SUBCASE("a browser breaks only at hyphens in the text: the hyphen stays") {
    Result<Document> doc = LoadPdf(MakePdf({{body}}, "/Producer (Skia/PDF m143)"), "cv.pdf", {});
    REQUIRE(doc.ok());
    CHECK(doc->text.find("its develop-ment tooling") != std::string::npos);
    CHECK(doc->text.find("user-friendly API in Go.") != std::string::npos);
  }
  SUBCASE("Typst hyphenates as TeX does") {
    Result<Document> doc = LoadPdf(MakePdf({{body}}, "/Producer (Typst 0.13.1)"), "cv.pdf", {});
    REQUIRE(doc.ok());
    CHECK(doc->text.find("its development tooling") != std::string::npos);
  }
  SUBCASE("macOS Quartz is not TeX, though \"PDFContext\" holds \"tex\"") {
    Result<Document> doc = LoadPdf(
        MakePdf({{body}}, "/Producer (macOS Version 12.7.6 Quartz PDFContext) /Creator (Pages)"),
        "cv.pdf", {});
    REQUIRE(doc.ok());
    CHECK(doc->text.find("user-friendly API in Go.") != std::string::npos);
  }
  SUBCASE("the document's own spelling decides") {
    const std::string more = body + Text(72, 650, "Our user-friendly tools and development.");
    Result<Document> doc = LoadPdf(MakePdf({{more}}, "/Producer (pdfTeX-1.40.24)"), "cv.pdf", {});
    REQUIRE(doc.ok());
    CHECK(doc->text.find("its development tooling, with a user-friendly API") != std::string::npos);
  }
}

TEST_CASE("pdf: icon fonts are dropped, bullets normalised") {
  const std::string c = Text(72, 720, "#", 11, "F2") + Text(86, 720, "jane@roe.dev") +
                        Text(72, 680, "\\267 Ran Kubernetes clusters");  // a bullet glyph
  Result<Document> doc = LoadPdf(MakePdf({{c}}), "cv.pdf", {});
  REQUIRE(doc.ok());
  CHECK(doc->text.find("#") == std::string::npos);
  CHECK(doc->text.find("jane@roe.dev") != std::string::npos);
  CHECK(doc->text.find("\xE2\x80\xA2 Ran Kubernetes clusters\n") != std::string::npos);
}

TEST_CASE("pdf: a word's font is named however the page's resources give it") {
  // pdf_page_words.h names a glyph's font from the drawn font when the resources say it is
  // one FontInfoScanner lists (fonts as objects, in the page's resources, a font dictionary
  // that is an object, a form's resources), and asks FontInfoScanner itself when a font is
  // given inline. Either way the icon font's glyph is dropped and Helvetica's kept.
  const std::string form_content = Text(72, 700, "#", 11, "F2");
  const std::string form = "<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources " +
                           std::string("<< /Font << /F2 4 0 R >> >> /Length ") +
                           std::to_string(form_content.size()) + " >>\nstream\n" +
                           form_content + "\nendstream";
  const std::string inline_icon =
      "<< /Type /Font /Subtype /Type1 /BaseFont /FontAwesome5Free-Solid >>";
  const std::string inline_form = "<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] " +
                                  std::string("/Resources << /Font << /F2 ") + inline_icon +
                                  " >> >> /Length " + std::to_string(form_content.size()) +
                                  " >>\nstream\n" + form_content + "\nendstream";
  const std::string icon_line = Text(72, 720, "#", 11, "F2") + Text(86, 720, "jane.roe@example.dev");
  const std::string form_line = Text(86, 700, "jane.roe@example.dev") + "/X1 Do\n";
  struct Case {
    std::string name;
    std::string content, resources;
    std::vector<std::string> more;  // object 8 on
  };
  const std::vector<Case> cases = {
      {"fonts as objects", icon_line, kPageResources, {}},
      {"a font dictionary that is an object", icon_line, "<< /Font 8 0 R >>",
       {"<< /F1 3 0 R /F2 4 0 R >>"}},
      {"fonts given inline", icon_line,
       "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> /F2 " +
           inline_icon + " >> >>",
       {}},
      {"the icon font in a form", form_line, "<< /Font << /F1 3 0 R >> /XObject << /X1 8 0 R >> >>",
       {form}},
      {"the icon font inline in a form", form_line,
       "<< /Font << /F1 3 0 R >> /XObject << /X1 8 0 R >> >>",
       {inline_form}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    Result<Document> doc = LoadPdf(MakePdf({{c.content, "", c.resources}}, "", c.more), "cv.pdf", {});
    REQUIRE(doc.ok());
    CHECK(doc->text == "jane.roe@example.dev\n");
  }
  // Negative: Helvetica given inline is no icon font; its glyph stays.
  Result<Document> doc = LoadPdf(
      MakePdf({{Text(72, 720, "#") + Text(86, 720, "jane.roe@example.dev"), "",
                "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"}}),
      "cv.pdf", {});
  REQUIRE(doc.ok());
  CHECK(doc->text == "# jane.roe@example.dev\n");
}

TEST_CASE("pdf: a page turned a quarter is read upright; margin notes come last") {
  SUBCASE("/Rotate 90") {
    const std::string c = Text(72, 720, "First line of the rotated page") +
                          Text(72, 700, "Second line of the rotated page");
    Result<Document> doc = LoadPdf(MakePdf({{c, "/Rotate 90"}}), "cv.pdf", {});
    REQUIRE(doc.ok());
    CHECK(doc->text == "First line of the rotated page\nSecond line of the rotated page\n");
  }
  SUBCASE("text set vertically in the margin") {
    const std::string c = Text(72, 720, "Body text of the resume, read first.") +
                          Text(72, 706, "More body text, still first.") +
                          "BT /F1 8 Tf 0 1 -1 0 590 300 Tm (Last updated 2024) Tj ET\n";
    Result<Document> doc = LoadPdf(MakePdf({{c}}), "cv.pdf", {});
    REQUIRE(doc.ok());
    CHECK(doc->text ==
          "Body text of the resume, read first.\nMore body text, still first.\n\n"
          "Last updated 2024\n");
  }
}

TEST_CASE("pdf: limits on pages and text") {
  std::vector<PdfPage> pages;
  for (int i = 1; i <= 3; ++i) {
    pages.push_back({Text(72, 720, "Page " + std::to_string(i) + " of a long resume.")});
  }
  const std::string pdf = MakePdf(pages);
  SUBCASE("the first max_pdf_pages pages are read, with a warning") {
    LoadLimits limits;
    limits.max_pdf_pages = 2;
    Result<Document> doc = LoadPdf(pdf, "long.pdf", limits);
    REQUIRE(doc.ok());
    CHECK(doc->text == "Page 1 of a long resume.\n\nPage 2 of a long resume.\n");
    CHECK(doc->page_starts.size() == 2);
    REQUIRE(doc->warnings.size() == 1);
    CHECK(doc->warnings[0] == "long.pdf: 3 pages; only the first 2 were read (the page limit)");
  }
  SUBCASE("more text than max_text_bytes is refused") {
    LoadLimits limits;
    limits.max_text_bytes = 40;
    Result<Document> doc = LoadPdf(pdf, "long.pdf", limits);
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.status().code() == StatusCode::kInputError);
    CHECK(doc.status().message().find("long.pdf: text is ") == 0);
    CHECK(doc.status().message().find("over the limit of 40") != std::string::npos);
  }
}

TEST_CASE("pdf: bad input gets a one-line error naming the file") {
  const std::string good = MakePdf({{Text(72, 720, kResumeLines)}});
  std::mt19937 rng(7);
  std::string random_bytes(4000, '\0');
  for (char& c : random_bytes) c = static_cast<char>(rng());
  struct Case {
    std::string what;
    std::string bytes;
    const char* expect;
  };
  const Case cases[] = {
      {"random bytes", random_bytes, "x.pdf: not a PDF (no %PDF- header)"},
      {"empty", "", "x.pdf: not a PDF (no %PDF- header)"},
      {"a header and junk", "%PDF-1.4\n" + random_bytes, "x.pdf: corrupt or truncated PDF"},
      {"only a header", "%PDF-1.7\n", "x.pdf: corrupt or truncated PDF"},
      {"truncated in the middle", good.substr(0, good.size() / 3),
       "x.pdf: corrupt or truncated PDF"},
      {"no text: a drawn rectangle only", MakePdf({{"0.2 0.4 0.8 rg 72 600 300 100 re f\n"}}),
       "x.pdf: no text layer (a scanned or image-only PDF); run OCR first or give a text "
       "version"},
      {"no pages", MakePdf({}), "x.pdf: corrupt or truncated PDF"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    Result<Document> doc = LoadPdf(c.bytes, "x.pdf", {});
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.status().code() == StatusCode::kInputError);
    CHECK(doc.status().message() == c.expect);
  }
}

TEST_CASE("pdf: a PDF cut after its text reads with a warning") {
  const std::string good = MakePdf({{Text(72, 720, kResumeLines)}});
  const std::string cut = good.substr(0, good.rfind("startxref"));
  Result<Document> doc = LoadPdf(cut, "cut.pdf", {});
  REQUIRE(doc.ok());
  CHECK(doc->text.find("eight years of Go") != std::string::npos);
  REQUIRE(doc->warnings.size() == 1);
  CHECK(doc->warnings[0].find("cut.pdf: the PDF ends early") == 0);
}

TEST_CASE("pdf: encrypted files (tests/data/make_bad_inputs.sh)") {
  const std::string dir = std::string(SKILLFIT_SOURCE_DIR) + "/tests/data/";
  SUBCASE("a user password: refused") {
    const std::string bytes = ReadFile(dir + "encrypted.pdf");
    REQUIRE(bytes.size() > 100);
    Result<Document> doc = LoadPdf(bytes, "locked.pdf", {});
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.status().message() == "locked.pdf: encrypted PDF; remove the password and try again");
  }
  SUBCASE("only an owner password (restrictions): read") {
    const std::string bytes = ReadFile(dir + "owner_password.pdf");
    REQUIRE(bytes.size() > 100);
    Result<Document> doc = LoadPdf(bytes, "restricted.pdf", {});
    REQUIRE(doc.ok());
    CHECK(doc->text == "Confidential resume: Python, Kubernetes, Terraform.\n");
  }
}

TEST_CASE("pdf: a word with no font, as macOS Quartz writes ligatures, is read without a crash") {
  // tests/data/make_actualtext_pdf.py: an /ActualText span that closes after its font's
  // graphics state was restored. Poppler gives its text ("fl") no font and no place. The
  // content stream as it is, compressed, hex-encoded, and with the name escaped: each must be
  // seen to hold /ActualText (pdf_actual_text.h), else the page is read with fonts and crashes.
  for (const char* file : {"actualtext_no_font.pdf", "actualtext_no_font_flate.pdf",
                           "actualtext_no_font_hex.pdf", "actualtext_no_font_escaped.pdf"}) {
    CAPTURE(file);
    const std::string bytes = ReadFile(std::string(SKILLFIT_SOURCE_DIR) + "/tests/data/" + file);
    REQUIRE(bytes.size() > 100);
    Result<Document> doc = LoadPdf(bytes, "quartz.pdf", {});
    REQUIRE_MESSAGE(doc.ok(), doc.status().message());
    CHECK(doc->text == "Software engineer with ten years of work\nows and Python services on AWS.\n");
    CHECK(doc->warnings.empty());
  }
}

TEST_CASE("pdf: a span whose font is missing from the page, with a box of its size, is read without a crash") {
  // tests/data/actualtext_missing_font.pdf (found by the pdfproc helper's generated PDFs): a Tf
  // naming a font the page does not have, then an /ActualText span around a form. Poppler
  // leaves the state with no font but a size of 12, so the span's word has a box like any
  // other, and poppler-cpp 22.12's text_list with fonts dereferenced its missing font.
  const std::string bytes =
      ReadFile(std::string(SKILLFIT_SOURCE_DIR) + "/tests/data/actualtext_missing_font.pdf");
  REQUIRE(bytes.size() > 100);
  Result<Document> doc = LoadPdf(bytes, "missing-font.pdf", {});
  REQUIRE_MESSAGE(doc.ok(), doc.status().message());
  CHECK(doc->text.find("Resume text for the test of spans") != std::string::npos);
}

TEST_CASE("pdf: \"endstream\" inside a word ends no stream, for the span scan as for poppler") {
  // tests/data/endstream_inside_word.pdf (found by CI's short fuzz run, 2026-12-07): in an
  // unfiltered content stream of the right /Length, "/F1 1 Tf" became "/F1 1 Tendstreamf". The
  // span scan stopped at that "endstream" and saw no span that loses its font, so the page was
  // read with fonts, and poppler-cpp 22.12's text_list dereferenced a word's missing font.
  const std::string bytes =
      ReadFile(std::string(SKILLFIT_SOURCE_DIR) + "/tests/data/endstream_inside_word.pdf");
  REQUIRE(bytes.size() > 100);
  CHECK(skillfit::MayGiveFontlessWords(bytes));
  Result<Document> doc = LoadPdf(bytes, "endstream-inside-word.pdf", {});
  REQUIRE_MESSAGE(doc.ok(), doc.status().message());
  CHECK(doc->text.find("Python services on AWS") != std::string::npos);
}

TEST_CASE("pdf: a ligature's /ActualText that keeps its font is read in one pass, with fonts") {
  // As Chrome writes ligatures: the span inside the text object whose font is set before it.
  // MayGiveFontlessWords (pdf_actual_text.h) lets such a file be read once per page, with
  // fonts; the span's text takes the glyph's place.
  const std::string pdf = MakePdf({{"BT /F1 11 Tf 72 720 Td (Automated work) Tj /Span << "
                                    "/ActualText (fl) >> BDC (X) Tj EMC (ows in Python.) Tj ET\n" +
                                    Text(72, 700, "Second line of the resume text.")}});
  Result<Document> doc = LoadPdf(pdf, "chrome.pdf", {});
  REQUIRE_MESSAGE(doc.ok(), doc.status().message());
  CHECK(doc->text == "Automated workflows in Python.\nSecond line of the resume text.\n");
}

TEST_CASE("pdf: poppler's own error messages do not reach stderr") {
  std::fflush(stderr);
  char path[] = "/tmp/skillfit_stderr_XXXXXX";
  const int fd = mkstemp(path);
  REQUIRE(fd >= 0);
  const int saved = dup(2);
  dup2(fd, 2);
  std::string junk = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\n";
  junk += "xref\n0 2\nbroken\ntrailer << /Root 1 0 R >>\nstartxref\n9999\n%%EOF\n";
  Result<Document> doc = LoadPdf(junk, "junk.pdf", {});
  std::fflush(stderr);
  dup2(saved, 2);
  close(saved);
  close(fd);
  const std::string printed = ReadFile(path);
  std::remove(path);
  CHECK_FALSE(doc.ok());
  CHECK(printed.empty());
}

TEST_CASE("pdf: a font the file does not embed is not looked for among the system's fonts") {
  // MakePdf's fonts (Helvetica, an icon font) are not embedded: poppler's font scan, which
  // comes with word fonts, asks fontconfig for a system font to stand in for each. Loading
  // fontconfig's own config for that costs more than reading the page; pdf_system_fonts.h
  // makes an empty config the current one first. So after a load, the current config has
  // read no config file (the system's would have: /etc/fonts/fonts.conf).
  Result<Document> doc = LoadPdf(MakePdf({{Text(72, 720, kResumeLines)}}), "cv.pdf", {});
  REQUIRE(doc.ok());
  CHECK(doc->text == std::string(kResumeLines) + "\n");
  void* lib = dlopen("libfontconfig.so.1", RTLD_LAZY | RTLD_NOLOAD);
  REQUIRE_MESSAGE(lib != nullptr, "poppler links fontconfig");
  // FcConfigGetConfigFiles(NULL): the current config's files, an FcStrList.
  using ConfigFilesFn = void* (*)(void*);
  using NextFn = const unsigned char* (*)(void*);
  using DoneFn = void (*)(void*);
  const auto config_files = reinterpret_cast<ConfigFilesFn>(dlsym(lib, "FcConfigGetConfigFiles"));
  const auto next = reinterpret_cast<NextFn>(dlsym(lib, "FcStrListNext"));
  const auto done = reinterpret_cast<DoneFn>(dlsym(lib, "FcStrListDone"));
  REQUIRE((config_files != nullptr && next != nullptr && done != nullptr));
  void* files = config_files(nullptr);
  REQUIRE(files != nullptr);
  const unsigned char* first = next(files);
  CHECK_MESSAGE(first == nullptr, "config file read: ",
                std::string(first ? reinterpret_cast<const char*>(first) : ""));
  done(files);
  dlclose(lib);
}
