#include "documents/text_builder.h"

#include <utility>

namespace skillfit {

void TextBuilder::Copy(size_t src_begin, std::string_view bytes) {
  if (bytes.empty()) return;
  map_.AddCopy(text_.size(), src_begin, bytes.size());
  text_.append(bytes);
}

void TextBuilder::Insert(size_t src_at, std::string_view bytes) {
  if (bytes.empty()) return;
  map_.AddInserted(text_.size(), src_at, bytes.size());
  text_.append(bytes);
}

std::string TextBuilder::TakeText(OffsetMap* map) {
  *map = std::move(map_);
  map_ = OffsetMap();
  return std::move(text_);
}

}  // namespace skillfit
