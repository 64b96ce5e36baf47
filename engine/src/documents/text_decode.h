// Internal: turns the bytes of a text file into a Document, keeping a map from every text byte
// back to the byte of the file as read. Shared by the plain-text and Markdown loaders.
#ifndef SKILLFIT_TEXT_DECODE_H_
#define SKILLFIT_TEXT_DECODE_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "skillfit/document.h"

namespace skillfit {

// Byte ranges [first, second) of the input to leave out (Markdown front matter, tags).
// Sorted, not overlapping.
using SkipRanges = std::vector<std::pair<size_t, size_t>>;

// Strips a UTF-8 BOM, turns CRLF and lone CR into '\n', tabs into spaces, drops NUL and other
// control bytes, and repairs invalid UTF-8 by reading each bad byte as Windows-1252 (with a
// warning naming the first bad offset). Refuses binary data, empty or blank text, and text
// over limits.max_text_bytes.
Result<Document> DecodeText(std::string_view bytes, const std::string& name,
                            const LoadLimits& limits, const SkipRanges& skip,
                            SourceFormat format);

}  // namespace skillfit

#endif  // SKILLFIT_TEXT_DECODE_H_
