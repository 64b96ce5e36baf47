// Utf8ToUstring against poppler-cpp's own ustring::from_utf8, which it stands for: the same
// UTF-16 for valid text and for text iconv stops in.
#include "documents/pdf_page_words.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

TEST_CASE("pdf page words: UTF-16 as poppler-cpp's from_utf8 gives it") {
  const std::vector<std::string> texts = {
      "",                          // nothing
      "Kubernetes",                // ASCII
      "caf\xC3\xA9",               // two-byte sequence
      "\xE2\x80\xA2 Go",           // three bytes: a bullet
      "\xEF\x80\xB7",              // private use (an icon font's glyph)
      "\xF0\x9F\x98\x80 smile",    // four bytes: a surrogate pair
      "ab\xFF" "cd",               // a byte no sequence starts with: stops there
      "ab\xC3",                    // a sequence cut at the end
      "ab\xC3(d",                  // a lead byte without its continuation
      "\xC0\x80x",                 // overlong NUL
      "\xED\xA0\x80x",             // a surrogate written as UTF-8
      "\xF8\x88\x80\x80\x80x",     // five bytes
      "\xF4\x90\x80\x80x",         // past U+10FFFF
      "\xE2\x80\xA2 \xE2\x80\xA2 \xE2\x80\xA2 \xE2\x80\xA2",  // a descriptor used again
  };
  for (const std::string& t : texts) {
    const std::string text = t;  // CAPTURE needs a named copy
    CAPTURE(text);
    CHECK(skillfit::Utf8ToUstring(text.c_str()) == poppler::ustring::from_utf8(text.c_str()));
  }
  // Up to the first NUL, as strlen.
  const char with_nul[] = "ab\0\xC3\xA9";
  CHECK(skillfit::Utf8ToUstring(with_nul) == poppler::ustring::from_utf8(with_nul));
  CHECK(skillfit::Utf8ToUstring(with_nul).size() == 2);
}
