// PdfFile: poppler's core library behind the calls poppler-cpp's document and page made (see
// the header). Each step says which poppler-cpp 22.12 code it stands for.
#include "documents/pdf_page_words.h"

#include <Annot.h>
#include <Catalog.h>
#include <Dict.h>
#include <Error.h>
#include <FontInfo.h>
#include <GlobalParams.h>
#include <Object.h>
#include <PDFDoc.h>
#include <Page.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <XRef.h>
#include <goo/GooString.h>

#include <iconv.h>

#include <cstring>
#include <mutex>
#include <optional>
#include <unordered_set>
#include <utility>

namespace skillfit {
namespace {

void IgnorePopplerError(ErrorCategory, Goffset, const char*) {}

// What poppler-cpp's first document did: poppler's global parameters (GlobalParamsIniter),
// with its error messages going nowhere (set_debug_error_function).
void SetUpPoppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (!globalParams) globalParams = std::make_unique<GlobalParams>();
    setErrorCallback(IgnorePopplerError);
  });
}

// A font FontInfoScanner lists for a page: its object and, when the scan names it, its name.
struct ScannedFont {
  Ref ref;
  std::optional<std::string> name;  // unset: the name of the font the glyph was drawn with
};

// Walks the resources `res` as FontInfoScanner::scanFonts does (the same dictionaries, the
// same objects skipped as seen; in the document's cross-reference table, not a copy, as the
// page is drawn), collecting the object of every font it would build. False
// when one is given inline: GfxFontDict makes its reference up, and whether two made-up ones
// collide depends on fonts that load.
bool CollectFontRefs(XRef* xref, Dict* res, std::unordered_set<int>* visited,
                     std::vector<Ref>* refs) {
  Object fetched;
  Dict* fonts = nullptr;
  const Object& font_obj = res->lookupNF("Font");
  if (font_obj.isRef()) {
    fetched = font_obj.fetch(xref);
    if (fetched.isDict()) fonts = fetched.getDict();
  } else if (font_obj.isDict()) {
    fonts = font_obj.getDict();
  }
  for (int i = 0; fonts != nullptr && i < fonts->getLength(); ++i) {
    const Object& entry = fonts->getValNF(i);
    if (entry.isRef()) {
      refs->push_back(entry.getRef());
    } else if (entry.isDict()) {
      return false;
    }
  }
  for (const char* type : {"XObject", "Pattern"}) {
    Object dict = res->lookup(type);
    if (!dict.isDict()) continue;
    for (int i = 0; i < dict.dictGetLength(); ++i) {
      Ref ref;
      const Object obj = dict.getDict()->getVal(i, &ref);
      if (ref != Ref::INVALID() && !visited->insert(ref.num).second) continue;
      if (!obj.isStream()) continue;
      Ref res_ref;
      const Object sub = obj.streamGetDict()->lookup("Resources", &res_ref);
      if (res_ref != Ref::INVALID() && !visited->insert(res_ref.num).second) continue;
      if (sub.isDict() && sub.getDict() != res &&
          !CollectFontRefs(xref, sub.getDict(), visited, refs)) {
        return false;
      }
    }
  }
  return true;
}

// The fonts of page `index` that FontInfoScanner(doc, index).scan(1) lists (poppler-cpp's
// font cache of a page), without building them when that can be told from the resources
// alone: every font is an object, and no two of them share an object number (the scan keeps
// the first font of a number that loads; a font a glyph was drawn with did load). Else the
// scan itself.
std::vector<ScannedFont> PageFonts(PDFDoc* doc, int index) {
  std::vector<ScannedFont> fonts;
  Page* page = doc->getPage(index + 1);
  if (page == nullptr) return fonts;
  XRef* xref = doc->getXRef();
  std::unordered_set<int> visited;
  std::vector<Ref> refs;
  bool known = true;
  if (Dict* res = page->getResourceDict()) known = CollectFontRefs(xref, res, &visited, &refs);
  for (Annot* annot : page->getAnnots()->getAnnots()) {
    if (!known) break;
    Object res = annot->getAppearanceResDict();
    if (res.isDict()) known = CollectFontRefs(xref, res.getDict(), &visited, &refs);
  }
  std::unordered_set<int> numbers;
  for (const Ref& r : refs) {
    if (!known) break;
    if (numbers.insert(r.num).second) {
      fonts.push_back(ScannedFont{r, std::nullopt});
    } else {
      for (const ScannedFont& f : fonts) known = known && (f.ref.num != r.num || f.ref == r);
    }
  }
  if (known) return fonts;
  fonts.clear();
  FontInfoScanner scanner(doc, index);
  for (FontInfo* info : scanner.scan(1)) {
    fonts.push_back(ScannedFont{info->getRef(), info->getName() ? *info->getName() : ""});
    delete info;
  }
  return fonts;
}

// The name poppler-cpp's text_box::get_font_name gives the glyph drawn with `font`: that of
// the first of `fonts` it matches, "" when none does.
std::string FontName(const TextFontInfo* font, const std::vector<ScannedFont>& fonts) {
  for (const ScannedFont& f : fonts) {
    if (!font->matches(&f.ref)) continue;
    if (f.name) return *f.name;
    const GooString* name = font->getFontName();
    return name != nullptr ? name->toStr() : std::string();
  }
  return std::string();
}

// An iconv descriptor from UTF-8 to UTF-16LE, opened once.
class Utf8ToUtf16 {
 public:
  Utf8ToUtf16() : cd_(iconv_open("UTF-16LE", "UTF-8")) {}
  ~Utf8ToUtf16() {
    if (ok()) iconv_close(cd_);
  }
  Utf8ToUtf16(const Utf8ToUtf16&) = delete;
  Utf8ToUtf16& operator=(const Utf8ToUtf16&) = delete;
  bool ok() const { return cd_ != reinterpret_cast<iconv_t>(-1); }
  iconv_t get() const { return cd_; }

 private:
  iconv_t cd_;
};

}  // namespace

// poppler::ustring::from_utf8(utf8) of poppler-cpp 22.12, which opens an iconv descriptor
// for each call (a few thousand instructions a word): the text up to its first NUL, converted
// from UTF-8 to UTF-16LE into a buffer of one unit a byte and one more; on an invalid or
// cut sequence, what came before it. An all-ASCII text is its own UTF-16; any other is
// converted the same way with the process's descriptor, put back in its initial state first
// (as a new one is). The buffer cannot run short (a UTF-8 sequence of n bytes is at most
// n units), so from_utf8's retry with a larger one never runs.
poppler::ustring Utf8ToUstring(const char* utf8) {
  const size_t len = std::strlen(utf8);
  poppler::ustring out;
  size_t i = 0;
  while (i < len && static_cast<unsigned char>(utf8[i]) < 0x80) ++i;
  if (i == len) {
    out.assign(utf8, utf8 + len);
    return out;
  }
  // One descriptor for the process, used under a lock. A thread_local one (a descriptor per
  // thread) made LeakSanitizer's tracer crash at exit, as thread-local objects with
  // destructors in a dlopen'ed module do (skillfit-pdf.so; fishmanpet-resume.pdf under ASan).
  static std::mutex mu;
  static Utf8ToUtf16 converter;
  std::lock_guard<std::mutex> lock(mu);
  if (!converter.ok()) return out;
  iconv(converter.get(), nullptr, nullptr, nullptr, nullptr);
  out.assign(len + 1, 0);
  char* in = const_cast<char*>(utf8);
  size_t in_left = len;
  char* to = reinterpret_cast<char*>(&out[0]);
  size_t to_left = out.size() * 2;
  iconv(converter.get(), &in, &in_left, &to, &to_left);
  out.resize(out.size() - to_left / 2);
  return out;
}

namespace {

// poppler-cpp's detail::unicode_GooString_to_ustring: UTF-16 after a byte order mark, else
// a byte a code point.
poppler::ustring InfoUstring(const GooString& s) {
  const bool le = s.hasUnicodeMarkerLE();
  const bool utf16 = le || s.hasUnicodeMarker();
  const std::string& b = s.toStr();
  poppler::ustring out;
  if (!utf16) {
    for (char c : b) out.push_back(static_cast<unsigned char>(c));
    return out;
  }
  for (size_t i = 2; i + 1 < b.size(); i += 2) {
    const unsigned hi = static_cast<unsigned char>(b[le ? i + 1 : i]);
    const unsigned lo = static_cast<unsigned char>(b[le ? i : i + 1]);
    out.push_back(static_cast<unsigned short>(hi << 8 | lo));
  }
  return out;
}

}  // namespace

PdfFile::PdfFile(std::unique_ptr<PDFDoc> doc) : doc_(std::move(doc)) {}
PdfFile::~PdfFile() = default;

// poppler::document::load_from_raw_data: no passwords given (empty ones), and a file that
// fails to open unless only for its encryption.
std::unique_ptr<PdfFile> PdfFile::Open(std::string_view bytes) {
  if (bytes.size() < 10) return nullptr;
  SetUpPoppler();
  auto* stream =
      new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  const std::optional<GooString> no_password(std::in_place, "");
  auto doc = std::make_unique<PDFDoc>(stream, no_password, no_password);
  const bool locked = doc->getErrorCode() == errEncrypted;
  if (!doc->isOk() && !locked) return nullptr;
  std::unique_ptr<PdfFile> file(new PdfFile(std::move(doc)));
  file->locked_ = locked;
  return file;
}

bool PdfFile::locked() const { return locked_; }

int PdfFile::pages() const { return doc_->getNumPages(); }

// poppler::document::create_page.
bool PdfFile::HasPage(int index) const {
  return index >= 0 && index < doc_->getNumPages() &&
         doc_->getCatalog()->getPage(index + 1) != nullptr;
}

// poppler::page::page_rect(crop_box).
poppler::rectf PdfFile::PageRect(int index) const {
  const PDFRectangle* r = doc_->getCatalog()->getPage(index + 1)->getCropBox();
  return poppler::rectf(r->x1, r->y1, r->x2 - r->x1, r->y2 - r->y1);
}

// poppler::page::text_list: the same text output and page display, the same fields, but the
// page drawn with the document's cross-reference table rather than a copy of it (text_list's
// copyXRef, there for threads sharing a document; one PdfFile is one thread's). Copying it
// fetched the page's objects again, twice (Page::replaceXRef): 13 M instructions of 100 M on
// a two-page resume. The objects fetched are the same either way.
std::vector<PdfWordBox> PdfFile::PageWords(int index, bool with_fonts) const {
  TextOutputDev dev(nullptr, false, 0, false, false);
  doc_->displayPageSlice(&dev, index + 1, 72, 72, 0, false, false, false, -1, -1, -1, -1,
                         nullptr, nullptr, nullptr, nullptr, false);
  std::unique_ptr<TextWordList> list = dev.makeWordList();
  std::vector<PdfWordBox> out;
  if (!list) return out;
  std::vector<ScannedFont> fonts;
  bool fonts_scanned = false;  // as text_list: on the first word
  out.reserve(list->getLength());
  for (int i = 0; i < list->getLength(); ++i) {
    const TextWord* word = list->get(i);
    PdfWordBox box;
    const std::unique_ptr<GooString> text(word->getText());
    box.text = Utf8ToUstring(text->c_str());
    double x0, y0, x1, y1;
    word->getBBox(&x0, &y0, &x1, &y1);
    box.bbox = poppler::rectf(x0, y0, x1 - x0, y1 - y0);
    box.rotation = word->getRotation();
    box.space_after = word->hasSpaceAfter();
    box.char_boxes.reserve(word->getLength());
    for (int j = 0; j < word->getLength(); ++j) {
      word->getCharBBox(j, &x0, &y0, &x1, &y1);
      box.char_boxes.emplace_back(x0, y0, x1 - x0, y1 - y0);
    }
    if (with_fonts) {
      if (!fonts_scanned) fonts = PageFonts(doc_.get(), index);
      fonts_scanned = true;
      box.has_font_info = true;
      box.font_size = word->getFontSize();
      if (word->getLength() > 0) box.font_name = FontName(word->getFontInfo(0), fonts);
    }
    out.push_back(std::move(box));
  }
  return out;
}

// poppler::document::info_key, then ustring::to_utf8.
std::string PdfFile::InfoText(const char* key) const {
  if (locked_) return std::string();
  const std::unique_ptr<GooString> value = doc_->getDocInfoStringEntry(key);
  if (!value) return std::string();
  const poppler::byte_array utf8 = InfoUstring(*value).to_utf8();
  return std::string(utf8.begin(), utf8.end());
}

}  // namespace skillfit
