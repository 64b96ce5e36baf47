// LoadPdf: a PDF's text layer, in reading order, through poppler.
//
// Poppler gives the word boxes of each page (pdf_page_words.h); pdf_layout.cc puts them in
// reading order (poppler's own order interleaves a sidebar with the main column). Here:
// loading and its errors, icon fonts and private-use glyphs, rotated text, hyphens at line
// ends, normalisation, page offsets and the limits.
//
// Page limit: a PDF with more than LoadLimits::max_pdf_pages pages is not refused: its first
// max_pdf_pages pages are read and a warning says so. A resume that long is unusual, but its
// first pages are the ones that matter, and a partial reading with a warning is more useful
// than an error.

#include <algorithm>
#include <cctype>
#include <climits>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "documents/document_loaders.h"
#include "documents/pdf_actual_text.h"
#include "documents/pdf_layout.h"
#include "documents/pdf_page_words.h"
#include "documents/pdf_system_fonts.h"
#include "documents/text_normalize.h"
#include "documents/written_month.h"
#include "util/utf8.h"

namespace skillfit {
namespace {


// Private-use code points that Word's Symbol and Wingdings bullets come out as.
bool IsWordBullet(uint32_t cp) {
  return cp == 0xF06E || cp == 0xF076 || cp == 0xF0A7 || cp == 0xF0A8 || cp == 0xF0B7 ||
         cp == 0xF0D8 || cp == 0xF0FC;
}

// A drawn hyphen or minus written as the hyphen-minus. A PDF holds only glyphs that are
// drawn, so a soft hyphen (U+00AD) in its text layer is a visible one, at a line end
// ("develop\u00AD" / "ment") or as the dash of a range ("2019\u00AD2021"); the normaliser, made
// for text where U+00AD is invisible, would drop it. U+2010/U+2011 are hyphens, U+2212 a
// minus written where a dash was meant ("2019 \u2212 2021").
uint32_t HyphenAsAscii(uint32_t cp) {
  return cp == 0xAD || cp == 0x2010 || cp == 0x2011 || cp == 0x2212 ? '-' : cp;
}

// A word's UTF-16 text as UTF-8. Private-use code points are icon glyphs (Font Awesome,
// Phosphor...) and are dropped, except those Word's Symbol and Wingdings bullets map to,
// which become "•". Lone surrogates are dropped; hyphens are made ASCII (HyphenAsAscii).
std::string WordText(const poppler::ustring& u) {
  std::string out;
  out.reserve(u.size());
  for (size_t i = 0; i < u.size(); ++i) {
    uint32_t cp = u[i];
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < u.size() && u[i + 1] >= 0xDC00 &&
        u[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (u[i + 1] - 0xDC00);
      ++i;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      continue;
    }
    if (cp >= 0xE000 && cp <= 0xF8FF) {
      if (!IsWordBullet(cp)) continue;
      cp = 0x2022;
    }
    if (cp >= 0xF0000) continue;  // supplementary private use
    if (cp == 0) continue;
    AppendUtf8(HyphenAsAscii(cp), &out);
  }
  return out;
}

// Fonts made of pictograms: their glyphs are icons (phone, envelope, GitHub logo) whose
// code points are letters of no meaning ("#", "ð", "§").
bool IsIconFont(std::string name) {
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const char* const kIconFonts[] = {"fontawesome",      "font awesome",   "phosphor",
                                           "materialicons",    "material icons", "materialsymbols",
                                           "material symbols", "ionicons",       "octicons",
                                           "glyphicons",       "academicons",    "devicon",
                                           "simpleicons",      "simple-icons",   "icomoon",
                                           "tabler-icons",     "tablericons",    "remixicon",
                                           "bootstrap-icons",  "bootstrapicons", "lineicons",
                                           "fontello",         "entypo",         "typicons",
                                           "feathericons",     "boxicons",       "lucide"};
  for (const char* f : kIconFonts) {
    if (name.find(f) != std::string::npos) return true;
  }
  return false;
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Lowercase letter words of the text, hyphenated ones whole ("cloud-native"), for deciding
// how to join a word hyphenated at a line end.
void CollectWords(const std::string& line, std::unordered_set<std::string>* words) {
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && !IsAsciiLetter(line[i])) ++i;
    size_t j = i;
    while (j < line.size() && (IsAsciiLetter(line[j]) || (line[j] == '-' && j + 1 < line.size() &&
                                                          IsAsciiLetter(line[j + 1]) && j > i))) {
      ++j;
    }
    if (j > i) {
      std::string w = line.substr(i, j - i);
      for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      words->insert(std::move(w));
    }
    i = j + 1;
  }
}

// The letters (and inner hyphens) before the final hyphen of `line`, lowercased:
// "... and cloud-" -> "cloud"; "state-of-the-" -> "state-of-the".
std::string WordBeforeHyphen(const std::string& line) {
  size_t end = line.size() - 1;  // the hyphen
  size_t b = end;
  while (b > 0 && (IsAsciiLetter(line[b - 1]) ||
                   (line[b - 1] == '-' && b >= 2 && IsAsciiLetter(line[b - 2])))) {
    --b;
  }
  std::string w = line.substr(b, end - b);
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

std::string WordAtStart(const std::string& line) {
  size_t e = 0;
  while (e < line.size() && IsAsciiLetter(line[e])) ++e;
  std::string w = line.substr(0, e);
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

// Joins `first` and `second` when `first` ends in a word hyphenated at the line end.
// TeX hyphenates words to justify lines; browsers and word processors break only at hyphens
// that are in the text. So: if the document spells the word elsewhere, follow it;
// otherwise drop the hyphen of TeX output ("develop-" + "ment" -> "development") and keep
// it for the others ("user-" + "friendly" -> "user-friendly").
bool JoinLineEndHyphen(const std::string& first, const std::string& second, bool tex,
                       const std::unordered_set<std::string>& vocabulary, std::string* joined) {
  if (first.size() < 2 || first.back() != '-' || !IsAsciiLetter(first[first.size() - 2])) {
    return false;
  }
  if (second.empty() || !(second[0] >= 'a' && second[0] <= 'z')) return false;
  const std::string before = WordBeforeHyphen(first);
  const std::string after = WordAtStart(second);
  bool drop = tex && before.find('-') == std::string::npos;
  if (vocabulary.count(before + after)) {
    drop = true;
  } else if (vocabulary.count(before + "-" + after)) {
    drop = false;
  }
  if (drop) return JoinHyphenated(first, second, joined);
  *joined = first + second;
  return true;
}

struct PageText {
  std::vector<std::vector<std::string>> blocks;  // normalised, non-empty lines
};

// A page's word boxes, with their fonts where poppler can give them safely.
//
// Naming a word's font (PdfFile::PageWords with fonts, as poppler-cpp 22.12's page::text_list
// did) dereferences the font of its glyph (TextFontInfo::matches) and crashes on a word that
// has none: the replacement text of an
// /ActualText span that closes after the graphics state holding its font was restored, which
// is how macOS Quartz writes ligatures ("fl" in "workflows"). Poppler lays such a word out
// with the restored state: a zero-height box on the page's bottom edge.
//
// A file none of whose /ActualText spans can close without its font (`may_lack_fonts` false:
// MayGiveFontlessWords) has no such word, and each page is read once, with fonts. Any other
// file is read without fonts, which the layout allows for: a fontless word's box cannot be
// told from the others (a Tf naming a font the page lacks leaves the state with no font but
// a size, so the span's word is as tall as its neighbours, and reading that page with fonts
// crashed; tests/data/actualtext_missing_font.pdf), so no page of such a file is read
// with them. A zero-height word (Quartz's, on the page's bottom edge) is dropped from the
// reading, its box saying nothing of where the text was, and its text goes to `*lost`, in
// the layer's order, for PlaceLostGlyphs. (A zero-height word in a file read with fonts, from
// a font size of 0, sends its page through the same path, so that both give the same text.)
std::vector<PdfWordBox> PageBoxes(const PdfFile& pdf, int page, bool may_lack_fonts,
                                  std::vector<std::string>* lost) {
  const auto fontless = [](const PdfWordBox& b) { return !(b.bbox.height() > 0); };
  std::vector<PdfWordBox> boxes;
  if (!may_lack_fonts) {
    boxes = pdf.PageWords(page, /*with_fonts=*/true);
    if (std::none_of(boxes.begin(), boxes.end(), fontless)) return boxes;
  }
  boxes = pdf.PageWords(page, /*with_fonts=*/false);
  for (const PdfWordBox& b : boxes) {
    if (fontless(b)) lost->push_back(WordText(b.text));
  }
  boxes.erase(std::remove_if(boxes.begin(), boxes.end(), fontless), boxes.end());
  return boxes;
}

bool SameLine(const PdfWord& a, const PdfWord& b) {
  return std::fabs(a.y0 - b.y0) < 1 && std::fabs(a.y1 - b.y1) < 1;
}

// Puts the text of the zero-height words of a Quartz page (PageBoxes) back where it was
// drawn: the gaps between two words of a line, next in the layer's order, that are wider
// than the page's word space by 0.2 em or more, the first ending in a letter and the second
// starting with a lowercase one ("work" "ows." with "fl" lost). Only when there are as many
// such gaps as lost words, taken in order; else the words stay lost. A gap up to the
// glyphs' width (0.45 em) and half a space joins both words ("workflows"); a wider one
// holds a space too, and the glyphs start the second word ("webcam filters").
void PlaceLostGlyphs(const std::vector<std::string>& lost, std::vector<PdfWord>* words) {
  std::vector<PdfWord>& w = *words;
  if (lost.empty() || w.size() < 2) return;
  std::vector<double> spaces;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    const double gap = w[i + 1].x0 - w[i].x1;
    if (w[i].space_after && SameLine(w[i], w[i + 1]) && gap > 0) spaces.push_back(gap);
  }
  if (spaces.empty()) return;
  std::nth_element(spaces.begin(), spaces.begin() + spaces.size() / 2, spaces.end());
  const double space = spaces[spaces.size() / 2];
  std::vector<size_t> gaps;  // i: between w[i] and w[i + 1]
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    const double em = (w[i].y1 - w[i].y0) / 1.2;
    const double gap = w[i + 1].x0 - w[i].x1;
    const char last = w[i].text.back(), next = w[i + 1].text.front();
    if (SameLine(w[i], w[i + 1]) && gap >= space + 0.2 * em && gap <= space + 1.5 * em &&
        std::isalpha(static_cast<unsigned char>(last)) && next >= 'a' && next <= 'z') {
      gaps.push_back(i);
    }
  }
  if (gaps.size() != lost.size()) return;
  for (size_t k = gaps.size(); k-- > 0;) {
    PdfWord& a = w[gaps[k]];
    PdfWord& b = w[gaps[k] + 1];
    const double em = (a.y1 - a.y0) / 1.2;
    if (b.x0 - a.x1 > 0.45 * em + 0.5 * space) {
      b.text = lost[k] + b.text;
      continue;
    }
    a.text += lost[k] + b.text;
    a.x1 = b.x1;
    a.space_after = b.space_after;
    w.erase(w.begin() + static_cast<std::ptrdiff_t>(gaps[k]) + 1);
  }
}

// poppler-cpp's text_box::char_bbox(i).width(): 0 past the word's glyphs.
double CharWidth(const PdfWordBox& b, size_t i) {
  return i < b.char_boxes.size() ? b.char_boxes[i].width() : 0;
}

// Letter spacing (the PDF's character spacing) shows in the glyph boxes poppler gives: a
// glyph inside a word is as wide as its advance plus the spacing, the last glyph of a word
// only as its advance. So part of the white after a letter-spaced word is spacing, and a
// word of a spaced-out heading broken in two ("EDUCAT" "ION", 1.7 pt apart with 1.3 pt of
// spacing) is one word. Returns, per box, that spacing: how much wider its inner glyphs are
// than the same glyphs (same font and size) where they end a word, when they say so alike
// (within 0.05 em), by at most 0.5 em and at least 0.02 em (0.08 em for a single glyph);
// else 0.
std::vector<double> SpacingAfter(const std::vector<PdfWordBox>& boxes) {
  std::vector<uint64_t> font_keys(boxes.size(), 0);
  std::unordered_map<uint64_t, double> at_end;  // glyph key -> its width at a word's end
  const auto glyph_key = [](uint64_t font_key, uint32_t cp) { return font_key * 1000003u + cp; };
  for (size_t k = 0; k < boxes.size(); ++k) {
    const PdfWordBox& b = boxes[k];
    if (!b.has_font_info || b.rotation != 0 || b.text.empty()) continue;
    font_keys[k] = std::hash<std::string>()(b.font_name) * 31u +
                   static_cast<uint64_t>(std::lround(b.font_size * 100)) + 1;
    const size_t last = b.text.size() - 1;
    at_end.emplace(glyph_key(font_keys[k], b.text[last]), CharWidth(b, last));
  }
  std::vector<double> spacing(boxes.size(), 0.0);
  for (size_t k = 0; k < boxes.size(); ++k) {
    const PdfWordBox& b = boxes[k];
    if (font_keys[k] == 0 || b.text.size() < 3) continue;
    double lo = 1e9, hi = -1e9;
    int seen = 0;
    for (size_t i = 0; i + 1 < b.text.size(); ++i) {
      auto it = at_end.find(glyph_key(font_keys[k], b.text[i]));
      if (it == at_end.end()) continue;
      const double wider = CharWidth(b, i) - it->second;
      lo = std::min(lo, wider);
      hi = std::max(hi, wider);
      ++seen;
    }
    const double em = b.font_size;
    // One glyph must show more than two of them alike.
    const double least = (seen >= 2 ? 0.02 : 0.08) * em;
    if (seen >= 1 && lo >= least && hi <= 0.5 * em && hi - lo <= 0.05 * em) spacing[k] = lo;
  }
  return spacing;
}

// One page's words, in reading order, as normalised blocks of lines.
PageText ReadPage(const PdfFile& pdf, int page, bool may_lack_fonts,
                  std::unordered_map<std::string, int>* font_ids, std::vector<bool>* icon_font) {
  std::vector<std::string> lost;
  std::vector<PdfWordBox> boxes = PageBoxes(pdf, page, may_lack_fonts, &lost);
  std::vector<PdfWord> words;
  words.reserve(boxes.size());
  // Text turned a quarter (a margin note) or the whole page turned: the dominant rotation is
  // laid out after turning it upright; the rest is read in the layer's order at the end.
  size_t count[4] = {0, 0, 0, 0};
  for (const PdfWordBox& b : boxes) count[b.rotation & 3] += b.text.size();
  const int main_rotation = static_cast<int>(std::max_element(count, count + 4) - count);
  const poppler::rectf page_rect = pdf.PageRect(page);
  std::string other_rotation;
  const std::vector<double> spacing_after = SpacingAfter(boxes);
  for (size_t k = 0; k < boxes.size(); ++k) {
    const PdfWordBox& b = boxes[k];
    int font = -1;
    if (b.has_font_info) {
      const std::string& name = b.font_name;
      auto it = font_ids->find(name);
      if (it == font_ids->end()) {
        it = font_ids->emplace(name, static_cast<int>(font_ids->size())).first;
        icon_font->push_back(IsIconFont(name));
      }
      font = it->second;
      if ((*icon_font)[font]) continue;
    }
    std::string text = WordText(b.text);
    if (text.empty()) continue;
    const int rotation = b.rotation & 3;
    if (rotation != main_rotation) {
      if (!other_rotation.empty()) other_rotation.push_back(' ');
      other_rotation += text;
      continue;
    }
    const poppler::rectf& r = b.bbox;
    PdfWord w;
    w.text = std::move(text);
    // Turn the box upright: rotation k means the text runs k quarter turns clockwise.
    const double w_page = page_rect.width(), h_page = page_rect.height();
    switch (rotation) {
      case 0:
        w.x0 = r.left();
        w.x1 = r.right();
        w.y0 = r.top();
        w.y1 = r.bottom();
        break;
      case 1:  // top to bottom: lines follow each other leftwards
        w.x0 = r.top();
        w.x1 = r.bottom();
        w.y0 = w_page - r.right();
        w.y1 = w_page - r.left();
        break;
      case 2:  // upside down
        w.x0 = w_page - r.right();
        w.x1 = w_page - r.left();
        w.y0 = h_page - r.bottom();
        w.y1 = h_page - r.top();
        break;
      default:  // bottom to top: lines follow each other rightwards
        w.x0 = h_page - r.bottom();
        w.x1 = h_page - r.top();
        w.y0 = r.left();
        w.y1 = r.right();
        break;
    }
    w.font_size = b.has_font_info ? b.font_size : 0;
    w.font_id = font;
    w.space_after = b.space_after;
    w.spacing_after = spacing_after[k];
    words.push_back(std::move(w));
  }
  PlaceLostGlyphs(lost, &words);
  PageText page_text;
  std::vector<TextBlock> blocks = LayOutPage(words);
  if (!other_rotation.empty()) blocks.push_back(TextBlock{{std::move(other_rotation)}});
  for (TextBlock& block : blocks) {
    std::vector<std::string> lines;
    for (const std::string& raw : block.lines) {
      std::string line = NormalizeLine(raw);
      if (!line.empty()) lines.push_back(std::move(line));
    }
    if (!lines.empty()) page_text.blocks.push_back(std::move(lines));
  }
  return page_text;
}

// True for a PDF made by TeX (pdfTeX, XeTeX, LuaTeX, dvipdfmx) or by Typst, which hyphenate
// words to justify lines. Matched by engine name: "Quartz PDFContext" (macOS) holds "tex" too.
bool ProducedByTex(const PdfFile& pdf) {
  std::string who = pdf.InfoText("Producer") + " " + pdf.InfoText("Creator");
  for (char& c : who) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const char* const kEngines[] = {"pdftex", "xetex",    "luatex", "latex",
                                         "dvipdf", "tectonic", "typst",  "miktex"};
  for (const char* e : kEngines) {
    if (who.find(e) != std::string::npos) return true;
  }
  return false;
}

size_t CountAlnum(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += std::isalnum(c) != 0 || c >= 0xC0;
  return n;
}

// Reads the first `read` pages of `pdf` (a page poppler cannot create is an empty one) and
// adds the size of their text to `*approx_bytes`; fails as soon as that is over the limit.
// `may_lack_fonts`: see PageBoxes.
Status ReadPages(const PdfFile& pdf, int read, bool may_lack_fonts,
                 const std::string& name, const LoadLimits& limits,
                 std::vector<PageText>* page_texts, size_t* approx_bytes) {
  page_texts->reserve(read);
  std::unordered_map<std::string, int> font_ids;
  std::vector<bool> icon_font;
  for (int p = 0; p < read; ++p) {
    if (!pdf.HasPage(p)) {
      page_texts->emplace_back();
      continue;
    }
    page_texts->push_back(ReadPage(pdf, p, may_lack_fonts, &font_ids, &icon_font));
    for (const auto& block : page_texts->back().blocks) {
      for (const auto& line : block) *approx_bytes += line.size() + 1;
    }
    if (*approx_bytes > limits.max_text_bytes) {  // stop reading early
      return Status::InputError(name + ": text is " + std::to_string(*approx_bytes) +
                                " bytes, over the limit of " +
                                std::to_string(limits.max_text_bytes));
    }
  }
  return Status::Ok();
}

// Every word of the pages (see CollectWords): how the document spells hyphenated words.
std::unordered_set<std::string> Vocabulary(const std::vector<PageText>& page_texts) {
  std::unordered_set<std::string> vocabulary;
  for (const PageText& pt : page_texts) {
    for (const auto& block : pt.blocks) {
      for (const auto& line : block) CollectWords(line, &vocabulary);
    }
  }
  return vocabulary;
}

// Appends a block's lines to `text`, a line each, joining a word hyphenated at a line end
// with the next line (JoinLineEndHyphen).
void AppendBlock(const std::vector<std::string>& lines, bool tex,
                 const std::unordered_set<std::string>& vocabulary, std::string* text) {
  std::string cur = lines[0];
  for (size_t i = 1; i < lines.size(); ++i) {
    std::string joined;
    if (JoinLineEndHyphen(cur, lines[i], tex, vocabulary, &joined)) {
      cur = std::move(joined);
      continue;
    }
    *text += cur;
    text->push_back('\n');
    cur = lines[i];
  }
  *text += cur;
  text->push_back('\n');
}

// Writes the pages into `out`'s text, recording where each page starts.
void WritePages(const std::vector<PageText>& page_texts, bool tex,
                const std::unordered_set<std::string>& vocabulary, Document* out) {
  std::string& text = out->text;
  for (const PageText& pt : page_texts) {
    // A blank line between pages (one only, however many pages are empty).
    if (!text.empty() && text.compare(text.size() - std::min<size_t>(2, text.size()),
                                      std::string::npos, "\n\n") != 0) {
      text.push_back('\n');
    }
    out->page_starts.push_back(text.size());
    for (size_t b = 0; b < pt.blocks.size(); ++b) {
      if (b > 0) text.push_back('\n');  // a blank line between blocks
      AppendBlock(pt.blocks[b], tex, vocabulary, &text);
    }
  }
}

// Fails when `text` is over the limit, or has too little text to be a text layer: a
// truncated file when it has no %%EOF, else a scan.
Status CheckText(const std::string& text, bool has_eof, const std::string& name,
                 const LoadLimits& limits) {
  if (text.size() > limits.max_text_bytes) {
    return Status::InputError(name + ": text is " + std::to_string(text.size()) +
                              " bytes, over the limit of " + std::to_string(limits.max_text_bytes));
  }
  if (CountAlnum(text) < 16) {
    if (!has_eof) return Status::InputError(name + ": corrupt or truncated PDF");
    return Status::InputError(name +
                              ": no text layer (a scanned or image-only PDF); run OCR first "
                              "or give a text version");
  }
  return Status::Ok();
}

// The text of the first `read` of `pages` pages of `pdf`, with a warning for a file that ends
// early and one for the pages over the limit. `bytes`: the file `pdf` was opened from.
Result<Document> PdfText(const PdfFile& pdf, std::string_view bytes, int pages,
                         int read, bool has_eof, const std::string& name,
                         const LoadLimits& limits) {
  std::vector<PageText> page_texts;
  size_t approx_bytes = 0;
  Status s = ReadPages(pdf, read, MayGiveFontlessWords(bytes), name, limits, &page_texts,
                       &approx_bytes);
  if (!s.ok()) return s;
  const std::unordered_set<std::string> vocabulary = Vocabulary(page_texts);
  const bool tex = ProducedByTex(pdf);

  Document out;
  out.path = name;
  out.format = SourceFormat::kPdf;
  out.text.reserve(approx_bytes + 16);
  WritePages(page_texts, tex, vocabulary, &out);
  s = CheckText(out.text, has_eof, name, limits);
  if (!s.ok()) return s;
  if (!has_eof) {
    out.warnings.push_back(name + ": the PDF ends early (no %%EOF); some text may be missing");
  }
  if (pages > read) {
    out.warnings.push_back(name + ": " + std::to_string(pages) + " pages; only the first " +
                           std::to_string(read) + " were read (the page limit)");
  }
  out.written_month = WrittenMonth(pdf.InfoText("ModDate"));
  if (out.written_month < 0) out.written_month = WrittenMonth(pdf.InfoText("CreationDate"));
  out.IndexLines();
  return out;
}

}  // namespace

Result<Document> LoadPdf(std::string_view bytes, const std::string& name,
                         const LoadLimits& limits) {
  if (bytes.substr(0, 1024).find("%PDF-") == std::string_view::npos) {
    return Status::InputError(name + ": not a PDF (no %PDF- header)");
  }
  if (bytes.size() > static_cast<size_t>(INT_MAX)) {
    return Status::InputError(name + ": PDF too large to read");
  }
  const bool has_eof = bytes.substr(bytes.size() > 2048 ? bytes.size() - 2048 : 0).find("%%EOF") !=
                       std::string_view::npos;
  try {
    // Poppler reads `bytes` in place; they outlive `pdf`.
    UseNoSystemFonts();  // fonts are named, never drawn (pdf_system_fonts.h)
    std::unique_ptr<PdfFile> pdf = PdfFile::Open(bytes);
    if (!pdf) return Status::InputError(name + ": corrupt or truncated PDF");
    if (pdf->locked()) {
      return Status::InputError(name + ": encrypted PDF; remove the password and try again");
    }
    const int pages = pdf->pages();
    if (pages <= 0) return Status::InputError(name + ": corrupt or truncated PDF");
    const int max_pages = std::max(1, limits.max_pdf_pages);
    const int read = std::min(pages, max_pages);
    return PdfText(*pdf, bytes, pages, read, has_eof, name, limits);
  } catch (const std::exception& e) {
    return Status::InputError(name + ": corrupt or truncated PDF (" + e.what() + ")");
  }
}

}  // namespace skillfit
