// The real resumes of ../shared/corpus/resumes/pdf/github/ (read at run time, not in this
// repository) against expectations written by reading each page (tests/data/pdf_github/):
//  - sections: the headings, in order within each column;
//  - sentences: five per file come out whole, nothing from another column between their ends;
//  - words: the share of the words `pdftotext -raw` finds that are words of our text (no
//    glued or split words). pdftotext (poppler-utils, in scripts/setup.sh) is required.
// Per-file figures are printed; the floors are what the loader reaches today.
#include <doctest/doctest.h>

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "documents/text_normalize.h"
#include "skillfit/document.h"
#include "skillfit/engine.h"
#include "test_util.h"

using skillfit::Document;
using skillfit::LoadDocument;
using skillfit::NormalizeLine;
using skillfit::Result;
namespace t = skillfit::testing;

namespace {

std::string Folder() { return t::CorpusDir() + "/resumes/pdf/github/"; }

// Decodes the UTF-8 sequence at s[i] into *cp; returns its length (1 for a bad byte).
size_t DecodeAt(std::string_view s, size_t i, uint32_t* cp) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (len == 1 || i + len > s.size()) {
    *cp = c;
    return 1;
  }
  uint32_t v = c & (0x3F >> (len - 1));
  for (size_t k = 1; k < len; ++k) v = (v << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *cp = v;
  return len;
}

// Letters and digits of any script; not punctuation, symbols, arrows, box drawing, dingbats,
// full-width punctuation, private-use icons or emoji.
bool IsWordChar(uint32_t cp) {
  if (cp < 0x80) return std::isalnum(static_cast<int>(cp)) != 0;
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp >= 0xE000 && cp <= 0xF8FF) return false;
  if (cp >= 0xFE30 && cp <= 0xFE4F) return false;
  if (cp >= 0xFF00 && cp <= 0xFF0F) return false;
  if ((cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
      (cp >= 0xFF5B && cp <= 0xFF65)) {
    return false;
  }
  return cp < 0x1F000;
}

// A whitespace-separated token as a word: what is not a letter or digit trimmed at both
// ends, ASCII lowercased. "(Flexbox," -> "flexbox", "“Opinions" -> "opinions", "•" -> "".
std::string TrimWord(std::string_view w) {
  size_t b = 0, e = 0;  // [b, e): from the first word character to the end of the last
  bool seen = false;
  for (size_t i = 0; i < w.size();) {
    uint32_t cp;
    const size_t len = DecodeAt(w, i, &cp);
    if (IsWordChar(cp)) {
      if (!seen) b = i;
      seen = true;
      e = i + len;
    }
    i += len;
  }
  std::string out(seen ? w.substr(b, e - b) : std::string_view());
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

// Words of `s` (TrimWord of each token, empty ones dropped).
std::vector<std::string> WordsOf(const std::string& s) {
  std::vector<std::string> out;
  for (const std::string& tok : Split(s)) {
    std::string w = TrimWord(tok);
    if (!w.empty()) out.push_back(std::move(w));
  }
  return out;
}

// Our text as words, each with the number of the paragraph (blank-line separated) it is in.
struct Words {
  std::vector<std::string> word;
  std::vector<int> paragraph;
};

Words ParagraphWords(const std::string& text) {
  Words out;
  std::istringstream in(text);
  std::string line;
  int paragraph = 0;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t") == std::string::npos) {
      ++paragraph;
      continue;
    }
    for (std::string& w : WordsOf(line)) {
      out.word.push_back(std::move(w));
      out.paragraph.push_back(paragraph);
    }
  }
  return out;
}

bool MatchAt(const Words& text, size_t at, const std::vector<std::string>& words) {
  if (at + words.size() > text.word.size()) return false;
  for (size_t k = 0; k < words.size(); ++k) {
    if (text.word[at + k] != words[k]) return false;
  }
  return true;
}

// True when the sentence of `count` words that starts with `first` and ends with `last` is
// in one paragraph of `text`.
bool SentenceWhole(const Words& text, const std::string& first, const std::string& last,
                   size_t count) {
  const std::vector<std::string> a = WordsOf(first), b = WordsOf(last);
  if (a.empty() || b.empty() || count < b.size()) return false;
  for (size_t i = 0; i + count <= text.word.size(); ++i) {
    if (!MatchAt(text, i, a) || !MatchAt(text, i + count - b.size(), b)) continue;
    if (text.paragraph[i] == text.paragraph[i + count - 1]) return true;
  }
  return false;
}

// A heading as compared: words only, so "Experience:" and "EXPERIENCE" are one heading.
std::string HeadingKey(const std::string& s) {
  std::string key;
  for (const std::string& w : WordsOf(NormalizeLine(s))) key += w + " ";
  return key;
}

// How many of `headings` are lines of `text`, each after the one before.
size_t HeadingsInOrder(const std::string& text, const std::vector<std::string>& headings) {
  std::vector<std::string> keys;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) keys.push_back(HeadingKey(line));
  size_t found = 0, from = 0;
  for (const std::string& h : headings) {
    const std::string key = HeadingKey(h);
    size_t i = from;
    while (i < keys.size() && keys[i] != key) ++i;
    if (i == keys.size()) continue;
    ++found;
    from = i + 1;
  }
  return found;
}

std::string PdftotextRaw(const std::string& path) {
  const std::string cmd = "pdftotext -raw -enc UTF-8 '" + path + "' - 2>/dev/null";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
  REQUIRE_MESSAGE(pipe != nullptr, "cannot run pdftotext");
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe.get())) > 0) out.append(buf, n);
  return out;
}

// pdftotext's words, normalised as our lines are, with two of its habits undone so they are
// not counted against us: a word hyphenated at a line end is one word ("develop-" "ment"),
// and a run of three or more one-letter words on a line is one letter-spaced word
// ("S K I L L S"). Each entry lists the spellings that count as present.
struct ReferenceWord {
  std::vector<std::string> spellings;
  bool letter_spaced = false;  // may also be several words of ours ("A D A M  V I G E A N T")
};

std::vector<ReferenceWord> ReferenceWords(const std::string& raw) {
  std::vector<ReferenceWord> out;
  std::istringstream in(raw);
  std::string line;
  bool carry = false;  // the last entry ends a line with a hyphen
  while (std::getline(in, line)) {
    std::vector<std::string> words = WordsOf(NormalizeLine(line));
    if (words.empty()) continue;
    const std::vector<std::string> toks = Split(NormalizeLine(line));
    size_t i = 0;
    if (carry && !out.empty()) {
      const std::string head = out.back().spellings[0];
      out.back().spellings = {head + words[0], head + "-" + words[0]};
      i = 1;
    }
    for (; i < words.size(); ++i) {
      size_t j = i;
      while (j < words.size() && words[j].size() == 1) ++j;
      if (j - i >= 3) {
        std::string joined;
        for (size_t k = i; k < j; ++k) joined += words[k];
        out.push_back({{joined}, true});
        i = j - 1;
        continue;
      }
      out.push_back({{words[i]}, false});
    }
    const std::string& last_tok = toks.back();
    carry = last_tok.size() >= 2 && last_tok.back() == '-' &&
            std::isalpha(static_cast<unsigned char>(last_tok[last_tok.size() - 2]));
  }
  return out;
}

struct WordShare {
  size_t present = 0, total = 0;
  std::vector<std::string> missing;
};

// True when `joined` is the concatenation of consecutive words of `words` ("adamvigeant" and
// "adam", "vigeant": pdftotext writes letter-spaced words with no sign of the word space).
bool ConsecutiveWords(const std::vector<std::string>& words, const std::string& joined) {
  for (size_t i = 0; i < words.size(); ++i) {
    std::string acc;
    for (size_t j = i; j < words.size() && acc.size() < joined.size(); ++j) {
      acc += words[j];
      if (joined.compare(0, acc.size(), acc) != 0) break;
      if (acc == joined) return true;
    }
  }
  return false;
}

WordShare ShareOfWords(const std::string& ours, const std::string& raw) {
  const std::vector<std::string> our_words = WordsOf(ours);
  std::unordered_map<std::string, int> count;
  for (const std::string& w : our_words) ++count[w];
  WordShare s;
  for (const ReferenceWord& ref : ReferenceWords(raw)) {
    const std::vector<std::string>& spellings = ref.spellings;
    ++s.total;
    bool hit = false;
    for (const std::string& w : spellings) {
      auto it = count.find(w);
      if (it != count.end() && it->second > 0) {
        --it->second;
        hit = true;
        break;
      }
    }
    if (!hit && ref.letter_spaced) hit = ConsecutiveWords(our_words, ref.spellings[0]);
    if (hit) {
      ++s.present;
    } else if (s.missing.size() < 8) {
      s.missing.push_back(spellings[0]);
    }
  }
  return s;
}

struct FileResult {
  size_t sections = 0, sections_total = 0;
  size_t sentences = 0, sentences_total = 0;
  WordShare words;
};

std::string Percent(size_t a, size_t b) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", b == 0 ? 100.0 : 100.0 * a / b);
  return buf;
}

}  // namespace

TEST_CASE("pdf github corpus: sections, whole sentences and pdftotext's words") {
  REQUIRE_MESSAGE(t::Exists(Folder()), "corpus absent: " << Folder());
  REQUIRE_MESSAGE(std::system("pdftotext -v >/dev/null 2>&1") == 0,
                  "pdftotext is required (poppler-utils; scripts/setup.sh installs it)");

  // file -> column -> headings in order
  std::map<std::string, std::map<std::string, std::vector<std::string>>> sections;
  for (const auto& row : t::ReadTsv("pdf_github/sections.tsv")) {
    REQUIRE(row.size() == 3);
    sections[row[0]][row[1]].push_back(row[2]);
  }
  std::map<std::string, std::vector<std::vector<std::string>>> sentences;
  for (const auto& row : t::ReadTsv("pdf_github/sentences.tsv")) {
    REQUIRE(row.size() == 4);
    sentences[row[0]].push_back(row);
  }
  std::vector<std::string> files = t::FilesIn(Folder(), ".pdf");
  REQUIRE(files.size() >= 29);

  std::map<std::string, FileResult> results;
  FileResult all;
  std::ostringstream report;
  report << "file | sections in order | whole sentences | pdftotext words present | missing\n";
  for (const std::string& file : files) {
    CAPTURE(file);
    REQUIRE_MESSAGE(sections.count(file), "no sections listed for " << file);
    REQUIRE_MESSAGE(sentences[file].size() == 5, "five sentences wanted for " << file);
    Result<Document> doc = LoadDocument(Folder() + file);
    REQUIRE_MESSAGE(doc.ok(), doc.status().message());
    FileResult r;
    for (const auto& [column, headings] : sections[file]) {
      r.sections += HeadingsInOrder(doc->text, headings);
      r.sections_total += headings.size();
    }
    const Words words = ParagraphWords(doc->text);
    for (const auto& row : sentences[file]) {
      const bool whole = SentenceWhole(words, row[1], row[2], std::stoul(row[3]));
      if (!whole) MESSAGE(file << ": not whole: " << row[1] << " ... " << row[2]);
      r.sentences += whole;
      ++r.sentences_total;
    }
    r.words = ShareOfWords(doc->text, PdftotextRaw(Folder() + file));
    report << file << " | " << r.sections << "/" << r.sections_total << " | " << r.sentences << "/"
           << r.sentences_total << " | " << Percent(r.words.present, r.words.total) << " |";
    for (const std::string& m : r.words.missing) report << " " << m;
    report << "\n";
    all.sections += r.sections;
    all.sections_total += r.sections_total;
    all.sentences += r.sentences;
    all.sentences_total += r.sentences_total;
    all.words.present += r.words.present;
    all.words.total += r.words.total;
    results[file] = r;
  }
  report << "overall | " << all.sections << "/" << all.sections_total << " | " << all.sentences
         << "/" << all.sentences_total << " | " << all.words.present << "/" << all.words.total
         << " = " << Percent(all.words.present, all.words.total) << "\n";
  MESSAGE(report.str());

  // Floors: what the loader reaches today (raise them as it improves). The word share
  // counts pdftotext's own breaks against us where our word is whole: the ligatures of a
  // Quartz page ("work" "fl" "ows"), the kerned headings of a Word page ("ED" "UCAT" "ION").
  CHECK(all.sections >= 160);
  CHECK(all.sentences >= 145);
  CHECK(all.words.present * 1000 >= all.words.total * 996);  // 99.6%
}
