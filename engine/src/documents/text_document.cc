// Plain-text loader and the text decoder shared with Markdown.
#include <algorithm>
#include <string>

#include "documents/document_loaders.h"
#include "documents/text_builder.h"
#include "documents/text_decode.h"
#include "util/utf8.h"

namespace skillfit {
namespace {

// Windows-1252 bytes 0x80..0x9F as UTF-8; the rest of 0xA0..0xFF is Latin-1.
const char* const kCp1252High[32] = {
    "\xE2\x82\xAC", "?", "\xE2\x80\x9A", "\xC6\x92", "\xE2\x80\x9E", "\xE2\x80\xA6",
    "\xE2\x80\xA0", "\xE2\x80\xA1", "\xCB\x86", "\xE2\x80\xB0", "\xC5\xA0", "\xE2\x80\xB9",
    "\xC5\x92", "?", "\xC5\xBD", "?", "?", "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9C",
    "\xE2\x80\x9D", "\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94", "\xCB\x9C", "\xE2\x84\xA2",
    "\xC5\xA1", "\xE2\x80\xBA", "\xC5\x93", "?", "\xC5\xBE", "\xC5\xB8"};

std::string Cp1252ToUtf8(unsigned char c) {
  if (c >= 0x80 && c < 0xA0) return kCp1252High[c - 0x80];
  std::string out;
  out += static_cast<char>(0xC0 | (c >> 6));
  out += static_cast<char>(0x80 | (c & 0x3F));
  return out;
}

// Printable ASCII or '\n': a byte the text keeps as it is.
bool IsPlain(char ch) {
  const unsigned char c = static_cast<unsigned char>(ch);
  return (c >= 0x20 && c < 0x80) || c == '\n';
}

}  // namespace

Result<Document> DecodeText(std::string_view bytes, const std::string& name,
                            const LoadLimits& limits, const SkipRanges& skip,
                            SourceFormat format) {
  if (bytes.empty()) return Status::InputError(name + ": empty file");
  if (LooksBinary(bytes)) {
    return Status::InputError(name + ": binary data, not text (is it the right file?)");
  }
  TextBuilder b;
  size_t i = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  size_t skip_index = 0;
  size_t bad_bytes = 0;
  size_t first_bad = 0;
  size_t run_begin = i;  // start of the pending run of bytes copied as they are
  auto flush = [&](size_t end) {
    if (end > run_begin) b.Copy(run_begin, bytes.substr(run_begin, end - run_begin));
  };
  while (i < bytes.size()) {
    if (skip_index < skip.size() && i >= skip[skip_index].first) {
      flush(i);
      // The line breaks of what is left out stay, so that a line of the text is the line of
      // the file a reader opens: a posting's front matter is not read, but its lines count.
      const size_t to = std::max(i, skip[skip_index].second);
      const size_t breaks = static_cast<size_t>(
          std::count(bytes.begin() + static_cast<std::ptrdiff_t>(i),
                     bytes.begin() + static_cast<std::ptrdiff_t>(to), '\n'));
      if (breaks > 0) b.Insert(i, std::string(breaks, '\n'));
      i = to;
      ++skip_index;
      run_begin = i;
      continue;
    }
    // Most bytes are printable ASCII or '\n', copied as they are: skip them in a tight loop
    // up to the next range to leave out.
    const size_t stop =
        skip_index < skip.size() ? std::min(bytes.size(), skip[skip_index].first) : bytes.size();
    while (i < stop && IsPlain(bytes[i])) ++i;
    if (i == stop) continue;
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c >= 0x80) {
      const size_t n = Utf8SequenceLength(bytes, i);
      if (n > 0) {
        i += n;
        continue;
      }
      flush(i);
      if (bad_bytes == 0) first_bad = i;
      ++bad_bytes;
      b.Insert(i, Cp1252ToUtf8(c));
      ++i;
      run_begin = i;
      continue;
    }
    // Control bytes.
    flush(i);
    if (c == '\r') {
      b.Insert(i, "\n");
      if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;  // CRLF: one '\n'
    } else if (c == '\t') {
      b.Insert(i, " ");
    } else if (c == '\f') {
      b.Insert(i, "\n");
    }  // other control bytes are dropped
    ++i;
    run_begin = i;
  }
  flush(bytes.size());
  if (b.size() > 0 && b.back() != '\n') b.Insert(bytes.size(), "\n");

  Document doc;
  doc.path = name;
  doc.format = format;
  doc.text = b.TakeText(&doc.source_map);
  if (bad_bytes > 0) {
    if (bad_bytes * 10 > bytes.size()) {
      return Status::InputError(name + ": not UTF-8 text (" + std::to_string(bad_bytes) +
                                " invalid bytes, the first at byte " + std::to_string(first_bad) +
                                "); save it as UTF-8");
    }
    doc.warnings.push_back(name + ": invalid UTF-8 at byte " + std::to_string(first_bad) + " (" +
                           std::to_string(bad_bytes) +
                           " bytes in all) repaired by reading them as Windows-1252");
  }
  if (doc.text.find_first_not_of(" \n") == std::string::npos) {
    return Status::InputError(name + ": no text (the file holds only white space)");
  }
  if (doc.text.size() > limits.max_text_bytes) {
    return Status::InputError(name + ": text is " + std::to_string(doc.text.size()) +
                              " bytes, over the limit of " +
                              std::to_string(limits.max_text_bytes));
  }
  doc.IndexLines();
  return doc;
}

Result<Document> LoadPlainText(std::string_view bytes, const std::string& name,
                               const LoadLimits& limits) {
  return DecodeText(bytes, name, limits, {}, SourceFormat::kText);
}

}  // namespace skillfit
