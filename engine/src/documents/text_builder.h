// Internal: builds a Document's text together with its OffsetMap.
//
//   TextBuilder b;
//   b.Copy(src_offset, "Python");        // bytes taken from the source as they are
//   b.Insert(src_offset, "\xEF\xBF\xBD"); // bytes we wrote in place of source at src_offset
//   doc.text = b.TakeText(&doc.source_map);
#ifndef SKILLFIT_TEXT_BUILDER_H_
#define SKILLFIT_TEXT_BUILDER_H_

#include <string>
#include <string_view>

#include "skillfit/document.h"

namespace skillfit {

class TextBuilder {
 public:
  void Copy(size_t src_begin, std::string_view bytes);
  void Insert(size_t src_at, std::string_view bytes);
  size_t size() const { return text_.size(); }
  char back() const { return text_.empty() ? '\0' : text_.back(); }
  std::string TakeText(OffsetMap* map);

 private:
  std::string text_;
  OffsetMap map_;
};

}  // namespace skillfit

#endif  // SKILLFIT_TEXT_BUILDER_H_
