// MayHoldActualText: the /ActualText name in a PDF's bytes and inflated streams;
// MayGiveFontlessWords: its spans followed in every stream (see the header).
#include "documents/pdf_actual_text.h"

#include <zlib.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "documents/pdf_span_fonts.h"
#include "documents/pdf_syntax.h"

namespace skillfit {
namespace {

constexpr std::string_view kActualText = "ActualText";

// True when `bytes` hold the name /ActualText, written plainly or with escapes.
bool HasActualTextName(std::string_view bytes) {
  for (size_t at = bytes.find('/'); at != std::string_view::npos; at = bytes.find('/', at + 1)) {
    if (DecodedNameIs(bytes, at, kActualText)) return true;
  }
  return false;
}

// The dictionary that ends just before `keyword_at` (a `stream` keyword), "<<" to ">>", or
// empty when the bytes there are no dictionary.
std::string_view DictBefore(std::string_view pdf, size_t keyword_at) {
  constexpr size_t kMaxDict = 4096;
  size_t end = keyword_at;
  while (end > 0 && IsPdfSpace(pdf[end - 1])) --end;
  int depth = 0;
  for (size_t i = end; i >= 2 && end - i <= kMaxDict;) {
    if (pdf[i - 1] == '>' && pdf[i - 2] == '>') {
      ++depth;
      i -= 2;
    } else if (pdf[i - 1] == '<' && pdf[i - 2] == '<') {
      if (--depth <= 0) return depth == 0 ? pdf.substr(i - 2, end - (i - 2)) : std::string_view();
      i -= 2;
    } else if (depth == 0) {
      return {};  // `stream` after something else than ">>"
    } else {
      --i;
    }
  }
  return {};
}

// The name that starts at `at` (its '/'), without the '/'.
std::string_view NameAt(std::string_view bytes, size_t at) {
  return bytes.substr(at + 1, NameEnd(bytes, at) - at - 1);
}

// True when `dict` has the key /`key` with one of the names `values`: "/Subtype /Image".
bool HasNameValue(std::string_view dict, std::string_view key,
                  std::initializer_list<std::string_view> values) {
  for (size_t at = dict.find('/'); at != std::string_view::npos; at = dict.find('/', at + 1)) {
    if (NameAt(dict, at) != key) continue;
    size_t v = at + 1 + key.size();
    while (v < dict.size() && IsPdfSpace(dict[v])) ++v;
    if (v >= dict.size() || dict[v] != '/') continue;
    const std::string_view value = NameAt(dict, v);
    for (std::string_view wanted : values) {
      if (value == wanted) return true;
    }
  }
  return false;
}

// The filters of a stream dictionary: the name after /Filter, or the names of the array
// there (none when it has no /Filter). False when the value is something else (an indirect
// reference): the filters are unknown.
bool FiltersOf(std::string_view dict, std::vector<std::string_view>* filters) {
  size_t at = dict.find('/');
  while (at != std::string_view::npos && NameAt(dict, at) != "Filter") at = dict.find('/', at + 1);
  if (at == std::string_view::npos) return true;
  size_t i = at + 7;
  while (i < dict.size() && IsPdfSpace(dict[i])) ++i;
  const bool array = i < dict.size() && dict[i] == '[';
  if (array) ++i;
  while (true) {
    while (i < dict.size() && IsPdfSpace(dict[i])) ++i;
    if (i >= dict.size()) return false;
    if (array && dict[i] == ']') return true;
    if (dict[i] != '/') return false;
    filters->push_back(NameAt(dict, i));
    i += 1 + filters->back().size();
    if (!array) return true;
  }
}

bool IsImageCodec(std::string_view filter) {
  return filter == "DCTDecode" || filter == "DCT" || filter == "JPXDecode" ||
         filter == "JBIG2Decode" || filter == "CCITTFaxDecode" || filter == "CCF";
}

bool IsFlate(std::string_view filter) { return filter == "FlateDecode" || filter == "Fl"; }

bool IsAscii85(std::string_view filter) { return filter == "ASCII85Decode" || filter == "A85"; }

// True for the dictionary of an image or of an embedded font program (FontFile: /Length1,
// /Length2, /Length3; FontFile3: its /Subtype).
bool IsImageOrFont(std::string_view dict) {
  if (HasNameValue(dict, "Subtype", {"Image", "Type1C", "CIDFontType0C", "OpenType"})) {
    return true;
  }
  for (size_t at = dict.find('/'); at != std::string_view::npos; at = dict.find('/', at + 1)) {
    const std::string_view name = NameAt(dict, at);
    if (name == "Length1" || name == "Length2" || name == "Length3") return true;
  }
  return false;
}

enum class StreamKind {
  kSkipped,       // an image or font program (see IsImageOrFont), a cross-reference table,
                  // metadata or an embedded file
  kUnfiltered,    // its bytes are in the file as they are
  kFlate,         // FlateDecode alone, no predictor: inflated and looked through
  kAscii85Flate,  // ASCII85Decode then FlateDecode, no predictor (ReportLab): decoded, then
                  // as kFlate
  kUnknown,       // anything else: cannot tell
};

// What the stream of dictionary `dict` is, for the scan.
StreamKind KindOf(std::string_view dict) {
  if (dict.find('#') != std::string_view::npos) return StreamKind::kUnknown;
  if (IsImageOrFont(dict) || HasNameValue(dict, "Type", {"XRef", "Metadata", "EmbeddedFile"})) {
    return StreamKind::kSkipped;
  }
  std::vector<std::string_view> filters;
  if (!FiltersOf(dict, &filters)) return StreamKind::kUnknown;
  if (filters.empty()) return StreamKind::kUnfiltered;
  for (std::string_view f : filters) {
    if (IsImageCodec(f)) return StreamKind::kSkipped;
  }
  const bool predictor = dict.find("/Predictor") != std::string_view::npos;
  if (filters.size() == 1 && IsFlate(filters[0]) && !predictor) return StreamKind::kFlate;
  if (filters.size() == 2 && IsAscii85(filters[0]) && IsFlate(filters[1]) && !predictor) {
    return StreamKind::kAscii85Flate;
  }
  return StreamKind::kUnknown;
}

// The bytes of the ASCII85 data at the start of `data`, up to its end mark "~>", into `*out`.
// False for anything irregular (a character out of the alphabet, a "z" inside a group, a last
// group of one character, a group over 2^32 - 1, no end mark): the scan cannot tell then.
bool DecodeAscii85(std::string_view data, std::string* out) {
  out->clear();
  uint64_t group = 0;
  int count = 0;
  for (char c : data) {
    if (IsPdfSpace(c)) continue;
    if (c == '~') {
      if (count == 1) return false;
      if (count == 0) return true;
      for (int k = count; k < 5; ++k) group = group * 85 + 84;  // pad with 'u'
      if (group > UINT32_MAX) return false;
      for (int k = 0; k < count - 1; ++k) out->push_back(static_cast<char>(group >> (24 - 8 * k)));
      return true;
    }
    if (c == 'z' && count == 0) {
      out->append(4, '\0');
      continue;
    }
    if (c < '!' || c > 'u') return false;
    group = group * 85 + static_cast<uint64_t>(c - '!');
    if (++count < 5) continue;
    if (group > UINT32_MAX) return false;
    for (int k = 0; k < 4; ++k) out->push_back(static_cast<char>(group >> (24 - 8 * k)));
    group = 0;
    count = 0;
  }
  return false;
}

// True when `stream` at `at` is the keyword, not part of a longer word ("endstream").
bool IsStreamKeyword(std::string_view pdf, size_t at) {
  const size_t end = at + 6;
  return (at == 0 || !IsRegular(pdf[at - 1])) && (end == pdf.size() || !IsRegular(pdf[end]));
}

// Where `endstream` is first written as a word in `data`, not inside a longer one; npos when
// nowhere.
size_t EndstreamWord(std::string_view data) {
  constexpr std::string_view kWord = "endstream";
  for (size_t at = data.find(kWord); at != std::string_view::npos; at = data.find(kWord, at + 1)) {
    const size_t end = at + kWord.size();
    if ((at == 0 || !IsRegular(data[at - 1])) && (end == data.size() || !IsRegular(data[end]))) {
      return at;
    }
  }
  return std::string_view::npos;
}

// Where the data of the stream whose keyword ends at `end` start: after the end of that line,
// as poppler's parser takes it.
size_t DataStart(std::string_view pdf, size_t end) {
  while (end < pdf.size() && pdf[end] != '\n' && pdf[end] != '\r') ++end;
  if (end < pdf.size() && pdf[end] == '\r' && end + 1 < pdf.size() && pdf[end + 1] == '\n') {
    ++end;
  }
  return end < pdf.size() ? end + 1 : end;
}

enum class Inflated { kWhole, kHasName, kBroken };

// True when `data` start with a zlib header poppler's Flate decoder takes (deflate, no preset
// dictionary).
bool HasZlibHeader(std::string_view data) {
  if (data.size() < 2) return false;
  const unsigned cmf = static_cast<unsigned char>(data[0]);
  const unsigned flg = static_cast<unsigned char>(data[1]);
  return (cmf & 0x0F) == 8 && (cmf >> 4) <= 7 && (cmf * 256 + flg) % 31 == 0 && !(flg & 0x20);
}

// Inflates zlib streams a chunk at a time, looking through each chunk for the name (with the
// end of the chunk before, where a name may start). One for all the streams of a file: a
// zlib state and window cost 40 KB to set up, and a file may have a thousand small streams.
class Inflater {
 public:
  Inflater() : buffer_(kCarry + kChunk, '\0') { ready_ = inflateInit2(&z_, -MAX_WBITS) == Z_OK; }
  ~Inflater() {
    if (ready_) inflateEnd(&z_);
  }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;

  static constexpr size_t kChunk = 64 * 1024;  // inflated at a time

  // Inflates the zlib stream at the start of `data` and adds its size to `*inflated`.
  // kBroken when it does not come to its end, or passes kMaxInflatedBytes in all. The
  // checksum is not checked (poppler does not either).
  Inflated Look(std::string_view data, size_t* inflated) {
    if (!Start(data)) return Inflated::kBroken;
    size_t carried = 0;
    while (true) {
      z_.next_out = reinterpret_cast<Bytef*>(&buffer_[carried]);
      z_.avail_out = static_cast<uInt>(kChunk);
      const int rc = inflate(&z_, Z_NO_FLUSH);
      const size_t got = kChunk - z_.avail_out;
      *inflated += got;
      if (HasActualTextName(std::string_view(buffer_.data(), carried + got))) {
        return Inflated::kHasName;
      }
      if (rc == Z_STREAM_END) return Inflated::kWhole;
      if (rc != Z_OK || *inflated > kMaxInflatedBytes) return Inflated::kBroken;
      const size_t keep = std::min(kCarry, carried + got);
      std::memmove(&buffer_[0], &buffer_[carried + got - keep], keep);
      carried = keep;
    }
  }

  // As Look, but the stream whole in `*out`: kWhole or kBroken.
  Inflated Whole(std::string_view data, size_t* inflated, std::string* out) {
    out->clear();
    if (!Start(data)) return Inflated::kBroken;
    while (true) {
      z_.next_out = reinterpret_cast<Bytef*>(&buffer_[0]);
      z_.avail_out = static_cast<uInt>(kChunk);
      const int rc = inflate(&z_, Z_NO_FLUSH);
      const size_t got = kChunk - z_.avail_out;
      *inflated += got;
      out->append(buffer_.data(), got);
      if (rc == Z_STREAM_END) return Inflated::kWhole;
      if (rc != Z_OK || *inflated > kMaxInflatedBytes) return Inflated::kBroken;
    }
  }

 private:
  // Readies the state for the zlib stream at the start of `data`; false when it has no zlib
  // header poppler takes.
  bool Start(std::string_view data) {
    if (!ready_ || !HasZlibHeader(data) || inflateReset(&z_) != Z_OK) return false;
    z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data() + 2));
    z_.avail_in = static_cast<uInt>(std::min<size_t>(data.size() - 2, UINT_MAX));
    return true;
  }

  static constexpr size_t kCarry = 32;  // longer than any way of writing /ActualText
  z_stream z_{};
  bool ready_ = false;
  std::string buffer_;
};

// True when the stream whose keyword is at `at` may hold the name, adding what it inflated to
// `*inflated` (see the header for what counts as "may").
bool StreamMayHoldActualText(std::string_view pdf, size_t at, Inflater* inflater,
                             size_t* inflated) {
  const std::string_view dict = DictBefore(pdf, at);
  // No dictionary before it: no stream to poppler either, unless a comment stands between.
  const StreamKind kind = dict.empty() ? StreamKind::kUnfiltered : KindOf(dict);
  if (kind == StreamKind::kSkipped) return false;
  if (kind == StreamKind::kUnknown) return true;
  std::string_view data = pdf.substr(DataStart(pdf, at + 6));
  std::string decoded;
  if (kind == StreamKind::kAscii85Flate) {
    if (!DecodeAscii85(data, &decoded)) return true;
    data = decoded;
  }
  switch (inflater->Look(data, inflated)) {
    case Inflated::kWhole:
      return false;
    case Inflated::kHasName:
      return true;
    case Inflated::kBroken:
      // Unfiltered bytes are not zlib's (the file's own scan looked through them).
      return kind != StreamKind::kUnfiltered || *inflated > kMaxInflatedBytes;
  }
  return true;
}

// True when the stream whose keyword is at `at` may have an /ActualText span that closes
// without its font (pdf_span_fonts.h), or cannot be read; adds what it inflated to
// `*inflated`. `*content`: room for the inflated bytes.
bool StreamMayLoseSpanFont(std::string_view pdf, size_t at, Inflater* inflater,
                           size_t* inflated, std::string* content) {
  const std::string_view dict = DictBefore(pdf, at);
  const std::string_view data = pdf.substr(DataStart(pdf, at + 6));
  if (dict.empty()) {  // read only when it inflates, as in StreamMayHoldActualText
    if (inflater->Whole(data, inflated, content) != Inflated::kWhole) {
      return *inflated > kMaxInflatedBytes;
    }
    return !ActualTextSpansKeepFont(*content, /*may_end_early=*/false);
  }
  switch (KindOf(dict)) {
    case StreamKind::kSkipped:
      return false;
    case StreamKind::kUnknown:
      return true;
    case StreamKind::kUnfiltered:
      // Its end is where `endstream` is first written as a word, which a string in it may
      // hold; inside a longer word ("/F1 1 Tendstreamf") it ends nothing for poppler either.
      return !ActualTextSpansKeepFont(data.substr(0, EndstreamWord(data)),
                                      /*may_end_early=*/true);
    case StreamKind::kAscii85Flate: {
      std::string decoded;
      if (!DecodeAscii85(data, &decoded)) return true;
      if (inflater->Whole(decoded, inflated, content) != Inflated::kWhole) return true;
      return !ActualTextSpansKeepFont(*content, /*may_end_early=*/false);
    }
    case StreamKind::kFlate:
      if (inflater->Whole(data, inflated, content) != Inflated::kWhole) return true;
      return !ActualTextSpansKeepFont(*content, /*may_end_early=*/false);
  }
  return true;
}

}  // namespace

bool MayHoldActualText(std::string_view pdf) {
  if (HasActualTextName(pdf)) return true;
  Inflater inflater;
  size_t inflated = 0;
  for (size_t at = pdf.find("stream"); at != std::string_view::npos;
       at = pdf.find("stream", at + 6)) {
    if (IsStreamKeyword(pdf, at) && StreamMayHoldActualText(pdf, at, &inflater, &inflated)) {
      return true;
    }
  }
  return false;
}

bool MayGiveFontlessWords(std::string_view pdf) {
  if (!MayHoldActualText(pdf)) return false;
  Inflater inflater;
  size_t inflated = 0;
  // Room for the most that is inflated (a stream comes whole into `content`, and the reading
  // stops past kMaxInflatedBytes in all, a chunk at most after it), taken once: growing a
  // string of a stream's size by doubling copied it and wrote twice as many fresh pages, each
  // a page fault (half of a Chrome resume's 1,500). Pages never written are never touched.
  std::string content;
  content.reserve(kMaxInflatedBytes + Inflater::kChunk);
  for (size_t at = pdf.find("stream"); at != std::string_view::npos;
       at = pdf.find("stream", at + 6)) {
    if (IsStreamKeyword(pdf, at) &&
        StreamMayLoseSpanFont(pdf, at, &inflater, &inflated, &content)) {
      return true;
    }
  }
  return false;
}

}  // namespace skillfit
