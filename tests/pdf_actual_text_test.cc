// MayHoldActualText and MayGiveFontlessWords: whether the PDF loader may read a file once per
// page, with fonts.
#include "documents/pdf_actual_text.h"

#include <doctest/doctest.h>
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <string>

namespace {

using skillfit::MayGiveFontlessWords;
using skillfit::MayHoldActualText;

const std::string kSpan = "/Span << /ActualText (fl) >> BDC q BT /F1 12 Tf (X) Tj ET Q EMC\n";
const std::string kPlain = "q BT /F1 12 Tf 72 720 Td (Software engineer) Tj ET Q\n";
// A span that keeps its font to its end (Chrome's ligatures).
const std::string kKeptSpan = "BT /F1 12 Tf /Span << /ActualText (fl) >> BDC (X) Tj EMC ET\n";

std::string Deflate(const std::string& data) {
  uLongf size = compressBound(data.size());
  std::string out(size, '\0');
  REQUIRE(compress2(reinterpret_cast<Bytef*>(&out[0]), &size,
                    reinterpret_cast<const Bytef*>(data.data()), data.size(), 6) == Z_OK);
  out.resize(size);
  return out;
}

// `data` in ASCII85, as a PDF's ASCII85Decode filter reads it ("z" for four zero bytes), with
// a line break every 40 characters and the end mark.
std::string Ascii85(const std::string& data) {
  std::string out;
  for (size_t i = 0; i < data.size(); i += 4) {
    const size_t n = std::min<size_t>(4, data.size() - i);
    uint32_t group = 0;
    for (size_t k = 0; k < 4; ++k) {
      group = group << 8 | (k < n ? static_cast<unsigned char>(data[i + k]) : 0u);
    }
    if (n == 4 && group == 0) {
      out += 'z';
      continue;
    }
    char digits[5];
    for (int k = 4; k >= 0; --k, group /= 85) digits[k] = static_cast<char>('!' + group % 85);
    out.append(digits, n + 1);
    if (out.size() % 40 < 5) out += '\n';
  }
  return out + "~>";
}

// A PDF-shaped file whose one stream has the dictionary entries `entries` and the bytes `data`.
std::string FileWithStream(const std::string& entries, const std::string& data) {
  return "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n5 0 obj\n<< /Length " +
         std::to_string(data.size()) + entries + " >>\nstream\n" + data +
         "\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
}

}  // namespace

TEST_CASE("pdf actual text: the name in the file's own bytes, plain or escaped") {
  CHECK(MayHoldActualText(FileWithStream("", kSpan)));
  CHECK_FALSE(MayHoldActualText(FileWithStream("", kPlain)));
  std::string escaped = kSpan;
  escaped.replace(escaped.find("/ActualText"), 11, "/Actual#54ext");
  CHECK(MayHoldActualText(FileWithStream("", escaped)));
  escaped = kSpan;
  escaped.replace(escaped.find("/ActualText"), 11, "/#41#63#74#75#61#6c#54#65#78#74");
  CHECK(MayHoldActualText(FileWithStream("", escaped)));
  // Other names that start or end the same are not it.
  CHECK_FALSE(MayHoldActualText(FileWithStream("", "/ActualTexts /MyActualText " + kPlain)));
}

TEST_CASE("pdf actual text: FlateDecode streams are inflated and looked through") {
  CHECK(MayHoldActualText(FileWithStream(" /Filter /FlateDecode", Deflate(kPlain + kSpan))));
  CHECK(MayHoldActualText(FileWithStream(" /Filter [/FlateDecode]", Deflate(kSpan))));
  CHECK_FALSE(MayHoldActualText(FileWithStream(" /Filter /FlateDecode", Deflate(kPlain))));
  SUBCASE("the name across two inflated chunks (64 KiB), or just at the start of the second") {
    // "/ActualText" starts 9 bytes into kSpan.
    for (size_t at : {65536 - 15, 65536 - 10, 65536 - 9}) {
      CAPTURE(at);
      const std::string content = std::string(at, ' ') + kSpan;
      CHECK(MayHoldActualText(FileWithStream(" /Filter /FlateDecode", Deflate(content))));
    }
  }
  SUBCASE("a stream that does not inflate to its end: cannot tell") {
    const std::string cut = Deflate(kPlain + kPlain + kPlain);
    CHECK(MayHoldActualText(FileWithStream(" /Filter /FlateDecode", cut.substr(0, 20))));
    CHECK(MayHoldActualText(FileWithStream(" /Filter /FlateDecode", kPlain)));
  }
}

TEST_CASE("pdf actual text: a stream it cannot read makes it say yes") {
  std::string hex;
  for (unsigned char c : kPlain) {
    static const char* const kDigits = "0123456789ABCDEF";
    hex += kDigits[c >> 4];
    hex += kDigits[c & 15];
  }
  CHECK(MayHoldActualText(FileWithStream(" /Filter /ASCIIHexDecode", hex + ">")));
  CHECK(MayHoldActualText(FileWithStream(" /Filter [/ASCII85Decode /FlateDecode]", "x")));
  CHECK(MayHoldActualText(FileWithStream(" /Filter 7 0 R", Deflate(kPlain))));
  CHECK(MayHoldActualText(
      FileWithStream(" /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 4 >>",
                     Deflate(kPlain))));
  CHECK(MayHoldActualText(FileWithStream(" /Fil#74er /FlateDecode", Deflate(kPlain))));
}

TEST_CASE("pdf actual text: images, font programs and cross-reference streams are not read") {
  // Never drawn as page content; inflating them would cost most of the scan.
  const std::string hidden = Deflate(kSpan);
  CHECK_FALSE(MayHoldActualText(
      FileWithStream(" /Type /XObject /Subtype /Image /Filter /FlateDecode", hidden)));
  CHECK_FALSE(MayHoldActualText(FileWithStream(" /Length1 900 /Filter /FlateDecode", hidden)));
  CHECK_FALSE(MayHoldActualText(FileWithStream(" /Subtype /Type1C /Filter /FlateDecode", hidden)));
  CHECK_FALSE(MayHoldActualText(FileWithStream(" /Filter /DCTDecode", "\xFF\xD8\xFF")));
  CHECK_FALSE(MayHoldActualText(
      FileWithStream(" /Type /XRef /Filter /FlateDecode /DecodeParms << /Predictor 12 >>",
                     hidden)));
}

TEST_CASE("pdf actual text: a file whose spans all keep their font gives no fontless word") {
  CHECK_FALSE(MayGiveFontlessWords(FileWithStream("", kPlain)));
  CHECK_FALSE(MayGiveFontlessWords(FileWithStream("", kKeptSpan)));
  CHECK_FALSE(MayGiveFontlessWords(FileWithStream(" /Filter /FlateDecode", Deflate(kKeptSpan))));
  CHECK(MayGiveFontlessWords(FileWithStream("", kSpan)));
  CHECK(MayGiveFontlessWords(FileWithStream(" /Filter /FlateDecode", Deflate(kPlain + kSpan))));
  SUBCASE("the span in one stream, the name in another object") {
    // /MC0 names a property list, which may hold /ActualText: it is a span.
    const std::string named = "/Span /MC0 BDC q BT /F1 12 Tf (X) Tj ET Q EMC\n";
    const std::string file = FileWithStream(" /Filter /FlateDecode", Deflate(named)) +
                             "6 0 obj\n<< /ActualText (fl) >>\nendobj\n";
    CHECK(MayHoldActualText(file));
    CHECK(MayGiveFontlessWords(file));
  }
  SUBCASE("it cannot tell") {
    CHECK(MayGiveFontlessWords(FileWithStream(" /Filter /FlateDecode", kKeptSpan)));  // broken
    CHECK(MayGiveFontlessWords(FileWithStream(" /Filter /LZWDecode", "x")));
    // An uncompressed stream is read up to the first `endstream`, which a string may hold.
    CHECK(MayGiveFontlessWords(FileWithStream("", "(endstream" + kKeptSpan)));
  }
}

TEST_CASE("pdf actual text: ASCII85 then Flate, as ReportLab writes, is decoded and read") {
  const std::string filters = " /Filter [/ASCII85Decode /FlateDecode]";
  // Zero bytes in the content make the "z" of four of them.
  const std::string plain = kPlain + std::string(9, '\0') + "\n";
  CHECK_FALSE(MayHoldActualText(FileWithStream(filters, Ascii85(Deflate(plain)))));
  CHECK_FALSE(MayGiveFontlessWords(FileWithStream(filters, Ascii85(Deflate(plain)))));
  CHECK(MayHoldActualText(FileWithStream(filters, Ascii85(Deflate(kSpan)))));
  CHECK(MayGiveFontlessWords(FileWithStream(filters, Ascii85(Deflate(kSpan)))));
  CHECK(MayHoldActualText(FileWithStream(" /Filter [/A85 /Fl]", Ascii85(Deflate(kKeptSpan)))));
  CHECK_FALSE(MayGiveFontlessWords(FileWithStream(filters, Ascii85(Deflate(kKeptSpan)))));
  SUBCASE("irregular ASCII85 data: cannot tell") {
    std::string data = Ascii85(Deflate(plain));
    CHECK(MayHoldActualText(FileWithStream(filters, data.substr(0, data.size() - 2))));  // no ~>
    CHECK(MayHoldActualText(FileWithStream(filters, "v" + data)));  // out of the alphabet
    CHECK(MayHoldActualText(FileWithStream(filters, "!!z" + data)));  // z inside a group
    CHECK(MayHoldActualText(FileWithStream(filters, "uuuuu" + data)));  // over 2^32 - 1
  }
}
