// ActualTextSpansKeepFont: whether each /ActualText span of a content stream closes with the
// font its glyphs were shown with (pdf_span_fonts.h).
#include "documents/pdf_span_fonts.h"

#include <doctest/doctest.h>

#include <string>

using skillfit::ActualTextSpansKeepFont;

namespace {

bool Keeps(const std::string& content) { return ActualTextSpansKeepFont(content, false); }

}  // namespace

TEST_CASE("pdf span fonts: Quartz's span loses its font, Chrome's keeps it") {
  // macOS Quartz: the ligature is drawn in a q ... Q of its own, closed before the EMC.
  CHECK_FALSE(Keeps("/Span << /ActualText (fl) >> BDC q BT /F1 12 Tf (X) Tj ET Q EMC"));
  // Chrome (Skia): the span inside a text object whose font is set before it.
  CHECK(
      Keeps("BT /F5 13 Tf 1 0 0 -1 112 220 Tm <002D> Tj\n"
            "/Span<</ActualText (fi) >> BDC\n7.9 0 Td <007F> Tj\nEMC\n9.5 0 Td <005C> Tj ET"));
  // Chrome also sets the font inside the span, before its glyph.
  CHECK(Keeps("BT /Span<</ActualText <FEFF200B> >> BDC /F6 13.3 Tf 4.6 -11.8 Td <0003> Tj EMC ET"));
  CHECK(Keeps("q BT /F1 12 Tf (no spans) Tj ET Q Q Q"));
  CHECK(Keeps(""));
}

TEST_CASE("pdf span fonts: what may change the state a span closes in") {
  struct Case {
    const char* content;
    bool keeps;
  };
  const Case cases[] = {
      // After its text: a font set, an ExtGState, a Q below the level of its text.
      {"BT /F1 1 Tf /Span <</ActualText (x)>> BDC (a) Tj /F2 1 Tf EMC ET", false},
      {"BT /F1 1 Tf /Span <</ActualText (x)>> BDC (a) Tj /G1 gs EMC ET", false},
      {"q BT /F1 1 Tf /Span <</ActualText (x)>> BDC (a) Tj ET Q EMC", false},
      {"/Span <</ActualText (x)>> BDC q /F1 1 Tf BT (a) Tj ET Q q /F1 1 Tf BT (b) Tj ET EMC Q",
       false},
      // Before its text they do no harm; a q ... Q above its text's level neither.
      {"/Span <</ActualText (x)>> BDC q Q /G1 gs BT /F1 1 Tf (a) Tj ET EMC", true},
      {"BT /F1 1 Tf /Span <</ActualText (x)>> BDC (a) Tj q 1 0 0 1 5 5 cm Q EMC ET", true},
      {"BT /F1 1 Tf /Span <</ActualText (x)>> BDC (a) ' [(b) 3 (c)] TJ 1 2 (d) \" EMC ET", true},
      // A form or a pattern cell can show text in a state of its own; an inline image is not
      // read.
      {"BT /F1 1 Tf /Span <</ActualText (x)>> BDC /Fm1 Do EMC ET", false},
      {"BT /F1 1 Tf /Span <</ActualText (x)>> BDC 0 0 5 5 re f EMC ET", false},
      {"BI /W 1 /H 1 ID \x01\x02 EI BT /F1 1 Tf (a) Tj ET", false},
      // A span left open at the end of the stream.
      {"BT /F1 1 Tf /Span <</ActualText (x)>> BDC (a) Tj ET", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.content);
    CHECK(Keeps(c.content) == c.keeps);
  }
}

TEST_CASE("pdf span fonts: which marked content is a span") {
  const std::string lost = " BDC q BT /F1 1 Tf (a) Tj ET Q EMC";
  CHECK_FALSE(Keeps("/Span << /Actual#54ext (fl) >>" + lost));  // the name decoded
  CHECK_FALSE(Keeps("/Span /MC0" + lost));  // a property list of the resources may hold it
  CHECK_FALSE(Keeps("/Span << /Alt (x) /Sub << /ActualText (x) >> >>" + lost));
  CHECK(Keeps("/P << /MCID 3 >>" + lost));  // other marked content
  CHECK(Keeps("/Artifact BMC" + lost));
  // Nested: the span's own EMC ends it.
  CHECK(
      Keeps("/P <</MCID 1>> BDC BT /F1 1 Tf /Span <</ActualText (x)>> BDC (a) Tj EMC ET "
            "q Q EMC"));
  CHECK_FALSE(
      Keeps("/P <</MCID 1>> BDC /Span <</ActualText (x)>> BDC q BT /F1 1 Tf (a) Tj ET "
            "Q EMC EMC"));
}

TEST_CASE("pdf span fonts: strings, comments, arrays and dictionaries hold no operators") {
  const std::string open = "BT /F1 1 Tf /Span <</ActualText (x)>> BDC (a) Tj ";
  CHECK(Keeps(open + "(Q /F2 1 Tf) Tj EMC ET"));
  CHECK(Keeps(open + "(a \\) Q (nested) Tf) Tj EMC ET"));
  CHECK(Keeps(open + "<51> Tj % Q Tf\nEMC ET"));
  CHECK(Keeps(open + "[(a) 5 (b)] TJ EMC ET /Span << /ActualText (EMC) /On true >> BDC EMC"));
  // The operators they hide do run when the string closes before them.
  CHECK_FALSE(Keeps(open + "(a) Tj ) Q EMC ET"));  // a stray ')' is skipped
  CHECK_FALSE(Keeps(open + "(a\\\\) Q EMC ET"));   // "\\\\" is one backslash: the string ends
  // A keyword in an array is a value of it, as poppler's parser reads it; one left open holds
  // the rest of the stream, the span's EMC too.
  CHECK(Keeps(open + "[(a) Tf Q] TJ EMC ET"));
  CHECK_FALSE(Keeps(open + "[(a) EMC ET"));
}

TEST_CASE("pdf span fonts: a stream cut at a guessed end") {
  const std::string text = "BT /F1 1 Tf /Span <</ActualText (x)>> BDC (a) Tj EMC ET (endstream";
  CHECK(ActualTextSpansKeepFont(text, /*may_end_early=*/false));
  CHECK_FALSE(ActualTextSpansKeepFont(text, /*may_end_early=*/true));
  CHECK_FALSE(ActualTextSpansKeepFont("BT /F1 1 Tf [(a", /*may_end_early=*/true));
  CHECK(ActualTextSpansKeepFont("BT /F1 1 Tf (a) Tj ET", /*may_end_early=*/true));
}
