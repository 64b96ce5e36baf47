// The degrees a JD asks for (see skillfit/education.h).
#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "extract/degree_words.h"
#include "extract/jd_cues.h"
#include "skillfit/education.h"
#include "util/gated_re2.h"

namespace skillfit {
namespace {

bool AsksNothing(SectionKind k) {
  return k == SectionKind::kAbout || k == SectionKind::kBenefits || k == SectionKind::kLegal;
}

// The field list written after a level word, up to what ends it: "in Computer Science, EE or
// a related field, or equivalent experience" -> "Computer Science, EE or a related field".
// A period set apart after the level ("M.Sc . in Physics", SplitSentences) is skipped.
std::string_view FieldListAfter(std::string_view rest) {
  static const RE2 kLead(
      "^(?i)(?:\\s+\\.)?\\s*(?:\\(\\s*hon(?:s|ours|ors)?\\.?\\s*\\))?\\s*(?:degree\\s*)?(?:,\\s*)?"
      "(?:preferably\\s+|ideally\\s+)?((?:in|of)\\s+)?(?:an?\\s+|the\\s+)?"
      "(?:fields?\\s+(?:such\\s+as|like)\\s+)?");
  re2::StringPiece sp(rest.data(), rest.size());
  std::string in_of;
  RE2::Consume(&sp, kLead, &in_of);
  // Without "in" or "of", only capitalised words right after the level are a field
  // ("BS Computer Science"); "Bachelor's degree and experience in Go" names none.
  if (in_of.empty() && (sp.empty() || !std::isupper(static_cast<unsigned char>(sp[0])))) {
    return {};
  }
  std::string_view s(sp.data(), sp.size());
  static const RE2 kEnd(
      "(?i)(?:\\.(?:\\s|$)|;|\\(|\\)|,?\\s+or\\s+(?:an?\\s+)?(?:equivalent|\\d|higher|above|"
      "foreign)|\\swith\\s|\\splus\\s|\\s(?:is|are)\\s|\\s(?:preferred|required|desired|strongly)|"
      "\\sfrom\\s|,?\\s+and\\s+\\d|,\\s*(?:and|plus)\\s+(?:\\d|experience|at\\s)|\\s+and/or\\s+"
      "(?:\\d|experience)|,\\s*(?:or|and)\\s+(?:an?\\s+)?(?:equivalent|relevant|related)\\s+"
      "(?:practical\\s+|work\\s+|professional\\s+)?experience|\\s+(?:a\\s+)?plus\\b|:)");
  re2::StringPiece m;
  size_t end = s.size();
  if (kEnd.Match(re2::StringPiece(s.data(), s.size()), 0, s.size(), RE2::UNANCHORED, &m, 1)) {
    end = static_cast<size_t>(m.data() - s.data());
  }
  return s.substr(0, end);
}

// Splits a field list at ",", "/", " or " and ", and " into fields; a part that says "a
// related field" sets `*related` instead.
void AddFields(std::string_view list, std::vector<std::string>* fields, bool* related) {
  static const RE2 kSplit("(?i)\\s*(?:,\\s*(?:or\\s+|and\\s+)?|/|\\s+or\\s+|\\s+and/or\\s+)\\s*");
  static const RE2 kRelated(
      "(?i)\\b(?:related|relevant|similar|equivalent|comparable|other)\\b");
  static const RE2 kArticle("(?i)^(?:an?|the|any)\\s+");
  re2::StringPiece input(list.data(), list.size());
  re2::StringPiece sep;
  while (!input.empty()) {
    size_t cut = input.size(), next = input.size();
    if (kSplit.Match(input, 0, input.size(), RE2::UNANCHORED, &sep, 1)) {
      cut = static_cast<size_t>(sep.data() - input.data());
      next = cut + sep.size();
      if (next == 0) next = 1;
    }
    std::string part(TrimField(std::string_view(input.data(), cut)));
    input.remove_prefix(next);
    RE2::Replace(&part, kArticle, "");
    if (part.empty()) continue;
    if (RE2::PartialMatch(part, kRelated)) {
      *related = true;
      continue;
    }
    size_t words = 1;
    for (char c : part) words += c == ' ';
    if (words <= 6 && std::isalpha(static_cast<unsigned char>(part[0])) &&
        LowerAscii(part) != "degree" && LowerAscii(part) != "equivalent") {
      fields->push_back(part);
    }
  }
}

bool AcceptsExperience(std::string_view sentence) {
  static const RE2 kEquivalent(
      "(?i)(?:equivalent\\s+(?:practical\\s+|work\\s+|professional\\s+|industry\\s+|relevant\\s+|"
      "combination\\s+of\\s+|level\\s+of\\s+)?(?:experience|education\\s+and\\s+experience)|"
      "in\\s+lieu\\s+of|or\\s+equivalent\\b|or\\s+(?:\\d+\\+?\\s+)?(?:years\\s+of\\s+)?"
      "(?:relevant|related|practical|comparable)\\s+(?:work\\s+)?experience|"
      "equivalent\\s+(?:industry\\s+)?experience|experience\\s+in\\s+lieu)");
  return RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), kEquivalent);
}

// Whether the level word ending at `end` names a programme, its students or its teaching,
// not a degree held: "PhD programmes", "master's and PhD students", "undergraduate, masters
// and executive courses" (other level words, "and", "or", "executive" may come between).
bool NamesProgramme(std::string_view sentence, size_t end) {
  static const GatedRE2 kProgramme(
      "(?i)^(?:[\\s,/&]+(?:and|or|executive|graduate|undergraduate|postgraduate|doctoral|"
      "degree|level|phd|ph\\.d\\.?|masters?|master['’]s|bachelors?|bachelor['’]s|mba|msc|"
      "bsc|ma|ba|ms|bs))*[\\s,/&-]+(?:programmes?|programs?|students?|courses?|curricul(?:um|a)|"
      "classes|modules|teaching|education|supervision|theses|dissertations)\\b");
  const std::string_view rest = sentence.substr(end);
  const RE2* programme = kProgramme.For(rest);
  return programme && RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), *programme);
}

// The level words of a sentence that name a degree (NamesProgramme's aside).
std::vector<LevelWord> DegreeWords(std::string_view sentence) {
  std::vector<LevelWord> words = FindLevelWords(sentence, true);
  words.erase(std::remove_if(words.begin(), words.end(),
                             [&](const LevelWord& w) { return NamesProgramme(sentence, w.end); }),
              words.end());
  return words;
}

// The ask a sentence makes, when it names a level; false when it names none.
bool ReadAsk(std::string_view sentence, SectionKind section, DegreeAsk* ask) {
  const std::vector<LevelWord> words = DegreeWords(sentence);
  if (words.empty()) return false;
  for (size_t k = 0; k < words.size(); ++k) {
    const LevelWord& w = words[k];
    if (std::find(ask->levels.begin(), ask->levels.end(), w.level) == ask->levels.end()) {
      ask->levels.push_back(w.level);
    }
    const size_t rest_end = k + 1 < words.size() ? words[k + 1].begin : sentence.size();
    const size_t before = ask->fields.size();
    AddFields(FieldListAfter(sentence.substr(w.end, rest_end - w.end)), &ask->fields,
              &ask->related_ok);
    if (ask->fields.size() == before && !w.field.empty()) ask->fields.push_back(w.field);
  }
  std::sort(ask->levels.begin(), ask->levels.end());
  ask->equivalent_experience = AcceptsExperience(sentence);
  // "a Bachelor's degree in X and years of analytics, ideally from consulting": a cue that
  // speaks only for what follows it does not reach a degree named before it.
  const size_t forward = ForwardPreferredCue(sentence);
  const Cue cue = SentenceCue(forward != std::string_view::npos && forward > words.front().begin
                                  ? sentence.substr(0, forward)
                                  : sentence);
  ask->required = cue == Cue::kRequired ||
                  (cue == Cue::kNone && section != SectionKind::kPreferred);
  return true;
}

// A sentence's clauses: each parenthesis that names a level is a clause of its own, and the
// rest, with those parentheses blanked, is the first. "Bachelor's degree (MBA preferred)" ->
// {"Bachelor's degree                ", "MBA preferred"}: two asks, each with its own cue.
std::vector<std::string> Clauses(std::string_view sentence) {
  std::vector<std::string> out = {std::string(sentence)};
  for (size_t open = sentence.find('('); open != std::string_view::npos;
       open = sentence.find('(', open + 1)) {
    const size_t close = sentence.find(')', open);
    if (close == std::string_view::npos) break;
    const std::string_view inner = sentence.substr(open + 1, close - open - 1);
    if (DegreeWords(inner).empty()) continue;
    out.emplace_back(inner);
    std::fill(out[0].begin() + open, out[0].begin() + close + 1, ' ');
  }
  return out;
}

std::string FieldsKey(const DegreeAsk& a) {
  std::string key;
  for (const std::string& f : a.fields) key += LowerAscii(f) + "|";
  return key;
}

// Folds `b` into `a` when they are one ask written twice: the same levels, and the same
// fields or one of them naming none.
bool Merge(DegreeAsk* a, const DegreeAsk& b) {
  if (a->levels != b.levels || a->required != b.required) return false;
  if (!b.fields.empty() && !a->fields.empty() && FieldsKey(*a) != FieldsKey(b)) return false;
  if (a->fields.empty()) a->fields = b.fields;
  a->related_ok = a->related_ok || b.related_ok;
  a->equivalent_experience = a->equivalent_experience || b.equivalent_experience;
  return true;
}

size_t LineEnd(std::string_view text, size_t b, size_t end) {
  const size_t e = text.find('\n', b);
  return e == std::string_view::npos || e > end ? end : e;
}

// Whether a line that opens with `first` goes on with the sentence above, wrapped there: one
// that opens in lowercase ("Hold a relevant B.Sc .\nor M.Sc .\nin Software Engineering").
bool ContinuesLine(char first) { return std::islower(static_cast<unsigned char>(first)) != 0; }

}  // namespace

DegreeLevel DegreeAsk::MinLevel() const {
  return levels.empty() ? DegreeLevel::kUnknown : *std::min_element(levels.begin(), levels.end());
}

std::vector<DegreeAsk> ReadDegreeAsks(std::string_view text, const std::vector<Section>& sections) {
  std::vector<DegreeAsk> asks;
  size_t number = 1, pos = 0;
  for (const Section& s : sections) {
    for (size_t b = s.begin; b < s.end;) {
      size_t e = LineEnd(text, b, s.end);
      while (e + 1 < s.end && ContinuesLine(text[e + 1])) e = LineEnd(text, e + 1, s.end);
      for (; pos < b; ++pos) number += text[pos] == '\n';
      const std::string_view line = text.substr(b, e - b);
      for (const auto& [sb, se] : AsksNothing(s.kind) ? std::vector<std::pair<size_t, size_t>>{}
                                                      : SplitSentences(line)) {
        for (const std::string& clause : Clauses(line.substr(sb, se - sb))) {
          DegreeAsk ask;
          if (!ReadAsk(clause, s.kind, &ask)) continue;
          ask.line = number;
          ask.begin = b + sb;
          ask.end = b + se;
          bool merged = false;
          for (DegreeAsk& a : asks) merged = merged || Merge(&a, ask);
          if (!merged) asks.push_back(std::move(ask));
        }
      }
      b = e + 1;
    }
  }
  // Required asks first, in the order written.
  std::stable_sort(asks.begin(), asks.end(),
                   [](const DegreeAsk& a, const DegreeAsk& b) { return a.required > b.required; });
  return asks;
}

}  // namespace skillfit
