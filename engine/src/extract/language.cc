#include "extract/language.h"

#include <array>
#include <cstdint>

#include "util/utf8.h"

namespace skillfit {
namespace {

// Fewer common English words than this share of all words, and more than kMinOther of another
// language's: not English.
constexpr double kMinShare = 0.08;
constexpr double kMinOther = 0.03;
constexpr size_t kMinWords = 40;

// Every common word is at most four letters, so a word is packed into one integer, a letter a
// byte; a longer word is never common. Resumes run to thousands of words, and this keeps the
// check to a table load a byte and one hash probe a short word.
constexpr size_t kMaxCommonLength = 4;

constexpr uint32_t Pack(const char* w) {
  uint32_t key = 0;
  for (; *w; ++w) key = key << 8 | static_cast<unsigned char>(*w);
  return key;
}

constexpr uint32_t kCommonWords[] = {
    Pack("the"),  Pack("and"),  Pack("of"), Pack("to"),  Pack("in"),   Pack("a"),
    Pack("for"),  Pack("with"), Pack("on"), Pack("as"),  Pack("is"),   Pack("are"),
    Pack("be"),   Pack("our"),  Pack("we"), Pack("you"), Pack("your"), Pack("will"),
    Pack("by"),   Pack("an"),   Pack("at"), Pack("or"),  Pack("from"), Pack("that"),
    Pack("this"), Pack("who"),  Pack("it"), Pack("has"), Pack("have")};

// Common function words of French, German, Spanish, Portuguese, Italian and Dutch that
// English text hardly uses ("do", "no", "per", "met" and "as" are English words too, so
// they are not here).
constexpr uint32_t kOtherWords[] = {
    // French
    Pack("le"), Pack("la"), Pack("les"), Pack("des"), Pack("et"), Pack("du"), Pack("une"),
    Pack("est"), Pack("pour"), Pack("dans"), Pack("au"), Pack("aux"), Pack("sur"), Pack("par"),
    Pack("nous"), Pack("vous"), Pack("je"), Pack("ses"), Pack("ces"), Pack("qui"), Pack("pas"),
    Pack("avec"), Pack("sont"),
    // German
    Pack("der"), Pack("die"), Pack("das"), Pack("und"), Pack("mit"), Pack("ist"), Pack("ein"),
    Pack("eine"), Pack("zu"), Pack("im"), Pack("bei"), Pack("auf"), Pack("sie"), Pack("wir"),
    Pack("ich"), Pack("von"), Pack("oder"), Pack("den"), Pack("dem"), Pack("sind"), Pack("auch"),
    Pack("wird"), Pack("ihr"), Pack("ihre"),
    // Spanish
    Pack("el"), Pack("los"), Pack("las"), Pack("del"), Pack("y"), Pack("con"), Pack("una"),
    Pack("para"), Pack("que"), Pack("es"), Pack("por"), Pack("se"), Pack("su"), Pack("sus"),
    Pack("al"),
    // Portuguese
    Pack("os"), Pack("um"), Pack("uma"), Pack("com"), Pack("em"), Pack("da"), Pack("dos"),
    Pack("na"), Pack("ao"),
    // Italian
    Pack("il"), Pack("di"), Pack("che"), Pack("gli"), Pack("nel"), Pack("un"), Pack("sono"),
    Pack("lo"),
    // Dutch
    Pack("het"), Pack("een"), Pack("van"), Pack("voor"), Pack("zijn"), Pack("ook"), Pack("dat"),
    Pack("niet"), Pack("wij")};

// A set of packed words as a hash table of 256 slots (0 is empty), probed from Slot(key) on:
// one multiply and mostly one compare a short word.
constexpr size_t Slot(uint32_t key) { return (key * 2654435761u) >> 24; }

template <size_t N>
constexpr std::array<uint32_t, 256> TableOf(const uint32_t (&words)[N]) {
  std::array<uint32_t, 256> table{};
  for (uint32_t key : words) {
    size_t i = Slot(key);
    while (table[i] != 0) i = (i + 1) % table.size();
    table[i] = key;
  }
  return table;
}

constexpr std::array<uint32_t, 256> kCommon = TableOf(kCommonWords);
constexpr std::array<uint32_t, 256> kOther = TableOf(kOtherWords);

bool In(const std::array<uint32_t, 256>& table, uint32_t key) {
  for (size_t i = Slot(key);; i = (i + 1) % table.size()) {
    if (table[i] == key) return true;
    if (table[i] == 0) return false;
  }
}

// Byte -> the lowercase letter or apostrophe it is in a word, or 0 where it ends a word.
constexpr std::array<unsigned char, 256> kWordByte = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = static_cast<unsigned char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = static_cast<unsigned char>(c - 'A' + 'a');
  t['\''] = '\'';
  return t;
}();

// Whether code point cp is a letter beyond ASCII: Latin with accents, Greek, Cyrillic,
// Hebrew, Arabic, the Indic scripts..., kana, CJK, Hangul. Punctuation, bullets, dashes and
// quotes (U+2000 on) are not.
bool IsLetterBeyondAscii(uint32_t cp) {
  return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
         (cp >= 0x370 && cp <= 0x1FFF) || (cp >= 0x3040 && cp <= 0x9FFF) ||
         (cp >= 0xAC00 && cp <= 0xD7AF);
}

// The code point of the UTF-8 sequence at text[*i] (a byte >= 0x80), moving *i to its last
// byte; 0 for a malformed sequence (Utf8SequenceLength), which leaves *i where it is.
uint32_t DecodeAt(std::string_view text, size_t* i) {
  const size_t n = Utf8SequenceLength(text, *i);
  if (n < 2) return 0;
  uint32_t cp = static_cast<unsigned char>(text[*i]) & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) cp = cp << 6 | (static_cast<unsigned char>(text[*i + k]) & 0x3F);
  *i += n - 1;
  return cp;
}

// Counts of a text's words, a word a run of letters (and apostrophes).
struct WordCounts {
  size_t words = 0;
  size_t english = 0;  // common English words
  size_t other = 0;    // common words of the other languages, and words with letters beyond ASCII
};

// Whether the counts so far settle it as English: its common words are the share asked even
// were all `most_words` words the text can hold none of them.
bool SettledEnglish(const WordCounts& c, size_t most_words) {
  return most_words >= kMinWords && c.english >= kMinShare * static_cast<double>(most_words);
}

}  // namespace

bool ReadsAsEnglish(std::string_view text) {
  WordCounts c;
  size_t length = 0;  // of the word being read
  uint32_t key = 0;
  bool beyond_ascii = false;
  auto end_word = [&] {
    ++c.words;
    if (beyond_ascii) {
      ++c.other;
    } else if (length <= kMaxCommonLength) {
      c.english += In(kCommon, key);
      c.other += In(kOther, key);
    }
    length = 0;
    key = 0;
    beyond_ascii = false;
  };
  // The answer is known before the end once the common words found already make the share
  // however many words the rest could hold: a word and a separator take two bytes, so the
  // rest of the text holds at most half its size in words, and the word being read one more.
  // Measured: the generated bench resumes are decided 77% of the way through on average,
  // the corpus's TTS job pages 66%.
  constexpr size_t kStride = 512;  // bytes between checks
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c8 = static_cast<unsigned char>(text[i]);
    const unsigned char w = kWordByte[c8];
    if (w != 0) {
      ++length;
      key = key << 8 | w;
    } else if (c8 >= 0x80 && IsLetterBeyondAscii(DecodeAt(text, &i))) {
      ++length;
      beyond_ascii = true;
    } else if (length != 0) {
      end_word();
    }
    const size_t most_words = c.words + (text.size() - i) / 2 + 2;
    if (i % kStride == kStride - 1 && c.english > 0 && SettledEnglish(c, most_words)) return true;
  }
  if (length != 0) end_word();
  // Not English takes both: few English function words (terse resumes of lists have few),
  // and the words of another language (its function words, or letters beyond ASCII).
  const double words = static_cast<double>(c.words);
  return c.words < kMinWords || c.english >= kMinShare * words || c.other < kMinOther * words ||
         c.other <= c.english;
}

}  // namespace skillfit
