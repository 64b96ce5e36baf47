// libFuzzer harness for the document loaders: LoadDocumentFromBytes on any bytes, with the
// file name's extension chosen by the first byte, so that every loader is reached:
//   'p' fuzz.pdf   'd' fuzz.docx   'm' fuzz.md   'j' fuzz.json   anything else fuzz.txt
//   'x' a DOCX whose word/document.xml is the rest of the input (the zip is built here, so
//       the fuzzer works on the XML that BodyWriter walks rather than on deflated bytes)
// A loaded document must keep Document's promises: valid UTF-8 text ending in '\n', lines
// indexed at their starts, source offsets inside the input.
#include <zip.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_util.h"
#include "skillfit/document.h"
#include "util/utf8.h"

namespace {

using skillfit::fuzz::Check;

// A zip in memory holding `xml` as word/document.xml, stored (not deflated); empty when
// libzip fails.
std::string DocxWithBody(std::string_view xml) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* archive = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* zip = archive ? zip_open_from_source(archive, ZIP_TRUNCATE, &error) : nullptr;
  std::string out;
  if (zip != nullptr) {
    zip_source_keep(archive);
    zip_source_t* part = zip_source_buffer(zip, xml.data(), xml.size(), 0);
    const zip_int64_t index =
        part ? zip_file_add(zip, "word/document.xml", part, ZIP_FL_ENC_UTF_8) : -1;
    if (index >= 0)
      zip_set_file_compression(zip, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    if (zip_close(zip) != 0) zip_discard(zip);
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(archive, &st) == 0 && zip_source_open(archive) == 0) {
      out.resize(static_cast<size_t>(st.size));
      if (zip_source_read(archive, out.data(), out.size()) != static_cast<zip_int64_t>(st.size)) {
        out.clear();
      }
      zip_source_close(archive);
    }
  }
  if (archive != nullptr) zip_source_free(archive);
  zip_error_fini(&error);
  return out;
}

// The document's promises (document.h).
void CheckDocument(const skillfit::Document& doc, size_t input_size) {
  const std::string& text = doc.text;
  Check(skillfit::IsValidUtf8(text), "text is not valid UTF-8");
  Check(text.empty() || text.back() == '\n', "text does not end in a newline");
  Check(!doc.line_starts.empty() && doc.line_starts[0] == 0, "no line starts at 0");
  for (size_t start : doc.line_starts) {
    Check(start == 0 || (start <= text.size() && text[start - 1] == '\n'),
          "a line start is not after a newline");
  }
  Check(!doc.page_starts.empty() && doc.page_starts[0] == 0, "no page starts at 0");
  if (doc.has_source_offsets()) {
    for (size_t i = 0; i <= text.size(); i += 1 + i / 8) {
      Check(doc.SourceOffset(i) <= input_size, "a source offset is past the input");
    }
  }
  for (size_t i = 0; i < text.size(); i += 1 + i / 8) {
    Check(doc.Line(doc.LineOf(i)).data() <= text.data() + i, "LineOf is past the byte");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view rest = skillfit::fuzz::Bytes(data + 1, size - 1);
  std::string name = "fuzz.txt";
  std::string docx;
  std::string_view bytes = rest;
  switch (data[0]) {
    case 'p':
      name = "fuzz.pdf";
      break;
    case 'd':
      name = "fuzz.docx";
      break;
    case 'm':
      name = "fuzz.md";
      break;
    case 'j':
      name = "fuzz.json";
      break;
    case 'x':
      name = "fuzz.docx";
      docx = DocxWithBody(rest);
      bytes = docx;
      break;
    default:
      break;
  }
  const skillfit::Result<skillfit::Document> doc = skillfit::LoadDocumentFromBytes(bytes, name);
  if (doc.ok()) CheckDocument(doc.value(), bytes.size());
  return 0;
}
