// LoadDocx: DOCX files built in the test with libzip: paragraphs, lists, headings, tables,
// text boxes, headers; and bad input: not a zip, no document part, corrupt XML, zip bombs.
#include <doctest/doctest.h>
#include <zip.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "documents/document_loaders.h"
#include "skillfit/document.h"

using skillfit::Document;
using skillfit::LoadDocx;
using skillfit::LoadLimits;
using skillfit::Result;
using skillfit::StatusCode;

namespace {

using Entries = std::vector<std::pair<std::string, std::string>>;

// A zip archive in memory with `entries` (name, content), deflated.
std::string MakeZip(const Entries& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &error);
  REQUIRE(src != nullptr);
  zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &error);
  REQUIRE(za != nullptr);
  zip_source_keep(src);
  for (const auto& [name, data] : entries) {
    zip_source_t* s = zip_source_buffer(za, data.data(), data.size(), 0);
    REQUIRE(s != nullptr);
    const zip_int64_t i = zip_file_add(za, name.c_str(), s, ZIP_FL_ENC_UTF_8);
    REQUIRE(i >= 0);
    zip_set_file_compression(za, static_cast<zip_uint64_t>(i), ZIP_CM_DEFLATE, 1);
  }
  REQUIRE(zip_close(za) == 0);
  REQUIRE(zip_source_open(src) == 0);
  REQUIRE(zip_source_seek(src, 0, SEEK_END) == 0);
  const zip_int64_t size = zip_source_tell(src);
  REQUIRE(zip_source_seek(src, 0, SEEK_SET) == 0);
  std::string out(static_cast<size_t>(size), '\0');
  REQUIRE(zip_source_read(src, &out[0], out.size()) == size);
  zip_source_close(src);
  zip_source_free(src);
  zip_error_fini(&error);
  return out;
}

const char kNs[] =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
    "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
    "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

std::string DocumentXml(const std::string& body) {
  return std::string(
             "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document ") +
         kNs + "><w:body>" + body + "<w:sectPr/></w:body></w:document>";
}

std::string Run(const std::string& text) {
  return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

// A paragraph; `ppr` is the inside of its w:pPr.
std::string P(const std::string& runs, const std::string& ppr = "") {
  return "<w:p>" + (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + runs + "</w:p>";
}

std::string Style(const char* s) { return std::string("<w:pStyle w:val=\"") + s + "\"/>"; }

const char kListItem[] = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr>";

std::string Cell(const std::string& paragraphs) { return "<w:tc>" + paragraphs + "</w:tc>"; }
std::string Row(const std::string& cells) { return "<w:tr>" + cells + "</w:tr>"; }
std::string Table(const std::string& rows) { return "<w:tbl>" + rows + "</w:tbl>"; }

std::string Docx(const std::string& body, Entries more = {}) {
  more.insert(more.begin(), {"word/document.xml", DocumentXml(body)});
  more.insert(more.begin(), {"[Content_Types].xml", "<Types/>"});
  return MakeZip(more);
}

Result<Document> Load(const std::string& bytes, const LoadLimits& limits = {}) {
  return LoadDocx(bytes, "cv.docx", limits);
}

}  // namespace

TEST_CASE("docx: paragraphs, headings and list items in document order") {
  const std::string body =
      P(Run("Jane Roe"), Style("Title")) +
      P(Run("Berlin") + "<w:r><w:tab/></w:r>" + Run("jane@roe.dev")) +
      P(Run("Summary"), Style("Heading1")) +
      P(Run("Backend engineer; ") + Run("eight years of Go.")) + P("") +
      P(Run("Experience"), Style("Heading1")) + P(Run("Built the payment APIs in Go."), kListItem) +
      P(Run("Cut AWS spend by 25%."), Style("ListBullet")) +
      P(Run("Not a list: numId 0."), "<w:numPr><w:numId w:val=\"0\"/></w:numPr>") +
      P(Run("Line one") + "<w:r><w:br/></w:r>" + Run("line two")) +
      P(Run("Go,") + Run(" ") + Run("Rust"));
  Result<Document> doc = Load(Docx(body));
  REQUIRE(doc.ok());
  CHECK(doc->format == skillfit::SourceFormat::kDocx);
  CHECK(doc->text ==
        "Jane Roe\nBerlin jane@roe.dev\n\nSummary\nBackend engineer; eight years of Go.\n\n"
        "Experience\n\xE2\x80\xA2 Built the payment APIs in Go.\n\xE2\x80\xA2 Cut AWS spend by "
        "25%.\nNot a list: numId 0.\nLine one\nline two\nGo, Rust\n");
  CHECK(doc->page_starts == std::vector<size_t>{0});
  CHECK(doc->Line(1) == "Jane Roe");
}

TEST_CASE("docx: tables: one line per row of single cells, blocks for layout cells") {
  const std::string skills =
      Table(Row(Cell(P(Run("Languages"))) + Cell(P(Run("Go, Python, SQL")))) +
            Row(Cell(P(Run("Cloud"))) + Cell(P(Run("AWS, GCP")))) +
            Row(Cell(P("")) + Cell(P(Run("Terraform")))));
  const std::string layout = Table(
      Row(Cell(P(Run("Contact")) + P(Run("jane@roe.dev"))) +
          Cell(P(Run("Experience"), Style("Heading2")) + P(Run("Acme Corp, 2019 to present")))));
  Result<Document> doc = Load(Docx(P(Run("Skills")) + skills + layout));
  REQUIRE(doc.ok());
  CHECK(doc->text ==
        "Skills\n\nLanguages | Go, Python, SQL\nCloud | AWS, GCP\nTerraform\n\n"
        "Contact\njane@roe.dev\n\nExperience\nAcme Corp, 2019 to present\n");
}

TEST_CASE("docx: text boxes once, tracked deletions and field codes skipped") {
  const std::string textbox =
      "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>"
      "<w:txbxContent>" +
      P(Run("Skills in a text box")) +
      "</w:txbxContent></wps:txbx>"
      "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>" +
      P(Run("Skills in a text box")) +
      "</w:txbxContent></v:textbox></w:pict></mc:Fallback>"
      "</mc:AlternateContent></w:r>";
  const std::string body =
      P(Run("Anchor paragraph") + textbox) +
      P(Run("Kept ") + "<w:del><w:r><w:delText>removed </w:delText></w:r></w:del>" + "<w:ins>" +
        Run("inserted") + "</w:ins>") +
      P("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK "
        "\"https://x\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
        Run("github.com/jane") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>") +
      P("<w:hyperlink r:id=\"rId9\">" + Run("linkedin.com/in/jane") + "</w:hyperlink>") +
      P("<w:r><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:tab/></w:r>" + Run("Symbol bullet"));
  Result<Document> doc = Load(Docx(body));
  REQUIRE(doc.ok());
  CHECK(doc->text ==
        "Anchor paragraph\n\nSkills in a text box\n\nKept inserted\ngithub.com/jane\n"
        "linkedin.com/in/jane\n\xE2\x80\xA2 Symbol bullet\n");
}

TEST_CASE("docx: the main part is found through the package relationships; headers first") {
  const std::string rels =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/officeDocument\" Target=\"word/document2.xml\"/></Relationships>";
  const std::string doc_rels =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/header\" Target=\"header1.xml\"/>"
      "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/header\" Target=\"header2.xml\"/></Relationships>";
  const std::string header =
      std::string("<w:hdr ") + kNs + ">" + P(Run("Jane Roe | jane@roe.dev")) + "</w:hdr>";
  const std::string bytes = MakeZip({{"_rels/.rels", rels},
                                     {"word/document2.xml", DocumentXml(P(Run("Summary")))},
                                     {"word/_rels/document2.xml.rels", doc_rels},
                                     {"word/header1.xml", header},
                                     {"word/header2.xml", header}});
  Result<Document> doc = Load(bytes);
  REQUIRE(doc.ok());
  CHECK(doc->text == "Jane Roe | jane@roe.dev\n\nSummary\n");
}

TEST_CASE("docx: bad input gets a one-line error naming the file") {
  const std::string good = Docx(P(Run("Jane Roe, backend engineer")));
  struct Case {
    std::string what;
    std::string bytes;
    const char* expect;
  };
  const Case cases[] = {
      {"a zip without word/document.xml", MakeZip({{"hello.txt", "hello"}}),
       "cv.docx: not a DOCX (a zip without word/document.xml)"},
      {"not a zip", "PK\x03\x04 this is not really a zip archive", "cv.docx: corrupt zip"},
      {"truncated zip", good.substr(0, good.size() / 2), "cv.docx: corrupt zip"},
      {"empty", "", "cv.docx: not a DOCX (no zip signature)"},
      {"not a zip at all", "Jane Roe\nBackend engineer", "cv.docx: not a DOCX (no zip signature)"},
      {"corrupt XML", Docx("<w:p><w:r><w:t>unclosed</w:r></w:p>"),
       "cv.docx: corrupt DOCX XML (word/document.xml: "},
      {"no body", MakeZip({{"word/document.xml", "<w:document/>"}}),
       "cv.docx: corrupt DOCX XML (word/document.xml has no w:body)"},
      {"no text", Docx(P("") + P(Run("   "))), "cv.docx: no text in the DOCX"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    Result<Document> doc = Load(c.bytes);
    REQUIRE_FALSE(doc.ok());
    CAPTURE(doc.status().message());
    CHECK(doc.status().code() == StatusCode::kInputError);
    CHECK(doc.status().message().find(c.expect) == 0);
    CHECK(doc.status().message().find('\n') == std::string::npos);
  }
}

TEST_CASE("docx: a zip bomb is refused before it is inflated") {
  // 60 MB of zeros deflate to about 60 KB; the declared size is checked first.
  const std::string zeros(60u << 20, '\0');
  const std::string bomb = MakeZip({{"word/document.xml", zeros}});
  CHECK(bomb.size() < (1u << 20));
  Result<Document> doc = Load(bomb);
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().message() ==
        "cv.docx: DOCX uncompressed size 62914560 bytes exceeds the limit of 52428800");

  SUBCASE("the limit counts the sum of the parts read") {
    LoadLimits limits;
    limits.max_docx_uncompressed = 1000;
    const std::string body = P(Run(std::string(600, 'a')));
    const std::string header = std::string("<w:hdr ") + kNs + ">" + P(Run("x")) + "</w:hdr>";
    const std::string rels =
        "<Relationships><Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/"
        "2006/relationships/header\" Target=\"header1.xml\"/></Relationships>";
    Result<Document> d = Load(
        Docx(body, {{"word/_rels/document.xml.rels", rels}, {"word/header1.xml", header}}), limits);
    REQUIRE_FALSE(d.ok());
    CHECK(d.status().message().find("exceeds the limit of 1000") != std::string::npos);
  }
}

TEST_CASE("docx: a part that inflates past its declared size is corrupt") {
  std::string bytes = Docx(P(Run("Jane Roe, backend engineer with a long enough summary")));
  // Lower the uncompressed size in the central directory entry of word/document.xml.
  const std::string name = "word/document.xml";
  size_t at = std::string::npos;
  for (size_t p = bytes.find("PK\x01\x02"); p != std::string::npos;
       p = bytes.find("PK\x01\x02", p + 4)) {
    const uint16_t n =
        static_cast<uint8_t>(bytes[p + 28]) | (static_cast<uint8_t>(bytes[p + 29]) << 8);
    if (bytes.compare(p + 46, n, name) == 0) at = p;
  }
  REQUIRE(at != std::string::npos);
  bytes[at + 24] = 10;  // uncompressed size: 10 bytes
  bytes[at + 25] = bytes[at + 26] = bytes[at + 27] = 0;
  Result<Document> doc = Load(bytes);
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().message().find("cv.docx: corrupt zip") == 0);
}

// Regression: the walk recursed once per nested element, so a DOCX of a few kilobytes whose
// runs, content controls or tables nest 100,000 deep overflowed the stack.
TEST_CASE("docx: elements nested past the walk's limit are refused, not a stack overflow") {
  auto nest = [](const std::string& open, const std::string& close, int depth,
                 const std::string& inside) {
    std::string xml;
    for (int i = 0; i < depth; ++i) xml += open;
    xml += inside;
    for (int i = 0; i < depth; ++i) xml += close;
    return xml;
  };
  const char* what = "";
  std::string deep, shallow;
  SUBCASE("runs") {
    what = "runs";
    deep = P(nest("<w:ins>", "</w:ins>", 100000, Run("Go")));
    shallow = P(nest("<w:ins>", "</w:ins>", 100, Run("Go")));
  }
  SUBCASE("content controls") {
    what = "content controls";
    deep = nest("<w:sdt>", "</w:sdt>", 100000, P(Run("Go")));
    shallow = nest("<w:sdt>", "</w:sdt>", 100, P(Run("Go")));
  }
  SUBCASE("tables in cells") {
    what = "tables in cells";
    deep = nest("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", 100000, P(Run("Go")));
    shallow = nest("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", 50, P(Run("Go")));
  }
  CAPTURE(what);
  Result<Document> doc = Load(Docx(deep));
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().code() == StatusCode::kInputError);
  CHECK(doc.status().message() ==
        "cv.docx: corrupt DOCX XML (word/document.xml nests elements more than 256 levels deep)");
  Result<Document> readable = Load(Docx(shallow));
  REQUIRE(readable.ok());
  CHECK(readable->text == "Go\n");
}

TEST_CASE("docx: the month the file was last saved, from docProps/core.xml") {
  const std::string body = P(Run("Jane Roe"));
  auto core = [](const std::string& props) {
    return std::string(
               "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
               "metadata/core-properties\" xmlns:dcterms=\"http://purl.org/dc/terms/\">") +
           props + "</cp:coreProperties>";
  };
  struct Case {
    const char* what;
    Entries more;
    int month;  // MonthIndex, -1: none
  } cases[] = {
      {"modified", {{"docProps/core.xml",
                     core("<dcterms:created>2019-01-02T00:00:00Z</dcterms:created>"
                          "<dcterms:modified>2021-07-08T14:37:39Z</dcterms:modified>")}},
       2021 * 12 + 6},
      {"created only",
       {{"docProps/core.xml", core("<dcterms:created>2019-01-02T00:00:00Z</dcterms:created>")}},
       2019 * 12},
      {"no core part", {}, -1},
      {"core part not XML", {{"docProps/core.xml", "<cp:coreProperties"}}, -1},
      {"a date that is no date",
       {{"docProps/core.xml", core("<dcterms:modified>soon</dcterms:modified>")}}, -1},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    Result<Document> doc = Load(Docx(body, c.more));
    REQUIRE(doc.ok());  // a bad date is never an error
    CHECK(doc->written_month == c.month);
  }
}
