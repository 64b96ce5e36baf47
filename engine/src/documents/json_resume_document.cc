// JSON Resume loader (the jsonresume.org schema): lays the resume out as the sections a text
// resume has, so the rest of the pipeline reads it like any other resume.
//   {"work": [{"position": "SRE", "name": "Acme", "startDate": "2019-03-01",
//              "highlights": ["Cut AWS spend by 25%"]}]}
//   -> "EXPERIENCE\nSRE — Acme | Mar 2019 - Present\n• Cut AWS spend by 25%\n"
#include <nlohmann/json.hpp>

#include <string>

#include "documents/document_loaders.h"
#include "documents/text_normalize.h"
#include "documents/written_month.h"
#include "util/utf8.h"

namespace skillfit {
namespace {

using nlohmann::json;

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return "";
  return NormalizeLine(it->get<std::string>());
}

// "2019-03-01" or "2019-03" -> "Mar 2019"; "2019" -> "2019"; "" -> "".
std::string Date(const std::string& iso) {
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (iso.size() >= 7 && iso[4] == '-') {
    const int month = std::atoi(iso.substr(5, 2).c_str());
    if (month >= 1 && month <= 12) return std::string(kMonths[month - 1]) + " " + iso.substr(0, 4);
  }
  return iso;
}

std::string Range(const json& j) {
  const std::string start = Date(Str(j, "startDate"));
  std::string end = Date(Str(j, "endDate"));
  if (start.empty()) return end;
  if (end.empty()) end = "Present";
  return start + " - " + end;
}

void Join(std::string* line, const std::string& part, const char* sep) {
  if (part.empty()) return;
  if (!line->empty()) *line += sep;
  *line += part;
}

void Bullets(const json& j, const char* key, std::string* out) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return;
  for (const json& h : *it) {
    if (h.is_string()) *out += "• " + NormalizeLine(h.get<std::string>()) + "\n";
  }
}

void Paragraph(const std::string& text, std::string* out) {
  if (!text.empty()) *out += text + "\n";
}

const json* Array(const json& root, const char* key) {
  auto it = root.find(key);
  if (it == root.end() || !it->is_array() || it->empty()) return nullptr;
  return &*it;
}

// The string items of `list` joined with ", " (other items are skipped): ["Go", "Rust"] ->
// "Go, Rust".
std::string JoinStrings(const json& list) {
  std::string joined;
  for (const json& x : list) {
    if (x.is_string()) Join(&joined, NormalizeLine(x.get<std::string>()), ", ");
  }
  return joined;
}

// The resume's head: name, label, one contact line, then a SUMMARY section.
void LayOutBasics(const json& b, std::string* out) {
  Paragraph(Str(b, "name"), out);
  Paragraph(Str(b, "label"), out);
  std::string contact;
  Join(&contact, Str(b, "email"), " | ");
  Join(&contact, Str(b, "phone"), " | ");
  Join(&contact, Str(b, "url"), " | ");
  if (auto loc = b.find("location"); loc != b.end() && loc->is_object()) {
    std::string place;
    Join(&place, Str(*loc, "city"), ", ");
    Join(&place, Str(*loc, "region"), ", ");
    Join(&contact, place, " | ");
  }
  Paragraph(contact, out);
  const std::string summary = Str(b, "summary");
  if (!summary.empty()) *out += "\nSUMMARY\n" + summary + "\n";
}

// A job: "Position — Company | dates", its summary, description and highlights.
void LayOutWork(const json& w, std::string* out) {
  std::string head = Str(w, "position");
  std::string org = Str(w, "name");
  if (org.empty()) org = Str(w, "company");
  Join(&head, org, " — ");
  Join(&head, Range(w), " | ");
  Paragraph(head, out);
  Paragraph(Str(w, "summary"), out);
  Paragraph(Str(w, "description"), out);
  Bullets(w, "highlights", out);
}

// A volunteer role: "Position — Organization | dates", its summary and highlights.
void LayOutVolunteer(const json& v, std::string* out) {
  std::string head = Str(v, "position");
  Join(&head, Str(v, "organization"), " — ");
  Join(&head, Range(v), " | ");
  Paragraph(head, out);
  Paragraph(Str(v, "summary"), out);
  Bullets(v, "highlights", out);
}

// A project: "Name | dates", its description, highlights and a "Technologies: " line.
void LayOutProject(const json& p, std::string* out) {
  std::string head = Str(p, "name");
  Join(&head, Range(p), " | ");
  Paragraph(head, out);
  Paragraph(Str(p, "description"), out);
  Bullets(p, "highlights", out);
  if (auto k = p.find("keywords"); k != p.end() && k->is_array() && !k->empty()) {
    Paragraph("Technologies: " + JoinStrings(*k), out);
  }
}

// A skill group: "Name: keyword, keyword", or the name alone.
void LayOutSkill(const json& s, std::string* out) {
  std::string kw;
  if (auto k = s.find("keywords"); k != s.end() && k->is_array()) kw = JoinStrings(*k);
  std::string name = Str(s, "name");
  Paragraph(kw.empty() ? name : name + ": " + kw, out);
}

// A degree: "StudyType in Area — Institution | dates" and a "Coursework: " line.
void LayOutEducation(const json& e, std::string* out) {
  std::string degree = Str(e, "studyType");
  Join(&degree, Str(e, "area"), " in ");
  Join(&degree, Str(e, "institution"), " — ");
  Join(&degree, Range(e), " | ");
  Paragraph(degree, out);
  if (auto c = e.find("courses"); c != e.end() && c->is_array() && !c->empty()) {
    Paragraph("Coursework: " + JoinStrings(*c), out);
  }
}

// A certificate: "Name — Issuer | date".
void LayOutCertificate(const json& c, std::string* out) {
  std::string line = Str(c, "name");
  Join(&line, Str(c, "issuer"), " — ");
  Join(&line, Date(Str(c, "date")), " | ");
  Paragraph(line, out);
}

// An award: "Title — Awarder" and its summary.
void LayOutAward(const json& a, std::string* out) {
  std::string line = Str(a, "title");
  Join(&line, Str(a, "awarder"), " — ");
  Paragraph(line, out);
  Paragraph(Str(a, "summary"), out);
}

// A language: "Language: fluency".
void LayOutLanguage(const json& l, std::string* out) {
  std::string line = Str(l, "language");
  Join(&line, Str(l, "fluency"), ": ");
  Paragraph(line, out);
}

// A section: a blank line, `heading`, then each object of `items` laid out by `entry` (items
// that are not objects are skipped). Nothing at all when `items` is null (Array: no such
// key, not a list, or an empty one).
void Section(const json* items, const char* heading, void (*entry)(const json&, std::string*),
             std::string* out) {
  if (!items) return;
  *out += "\n" + std::string(heading) + "\n";
  for (const json& item : *items) {
    if (item.is_object()) entry(item, out);
  }
}

// The resume as the text of a text resume: the basics, then one section per JSON Resume
// section that has entries, in a fixed order.
std::string Layout(const json& r) {
  std::string out;
  if (auto b = r.find("basics"); b != r.end() && b->is_object()) LayOutBasics(*b, &out);
  Section(Array(r, "work"), "EXPERIENCE", LayOutWork, &out);
  Section(Array(r, "volunteer"), "VOLUNTEER EXPERIENCE", LayOutVolunteer, &out);
  Section(Array(r, "projects"), "PROJECTS", LayOutProject, &out);
  Section(Array(r, "skills"), "SKILLS", LayOutSkill, &out);
  Section(Array(r, "education"), "EDUCATION", LayOutEducation, &out);
  const json* certs = Array(r, "certificates");
  if (!certs) certs = Array(r, "certifications");
  Section(certs, "CERTIFICATIONS", LayOutCertificate, &out);
  Section(Array(r, "awards"), "AWARDS", LayOutAward, &out);
  Section(Array(r, "languages"), "LANGUAGES", LayOutLanguage, &out);
  return out;
}

// 1-based line and column of a byte offset.
std::string LineCol(std::string_view s, size_t offset) {
  size_t line = 1, col = 1;
  for (size_t i = 0; i < offset && i < s.size(); ++i) {
    if (s[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return std::to_string(line) + ":" + std::to_string(col);
}

}  // namespace

Result<Document> LoadJsonResume(std::string_view bytes, const std::string& name,
                                const LoadLimits& limits) {
  if (bytes.empty()) return Status::InputError(name + ": empty file");
  size_t bad = 0;
  if (!IsValidUtf8(bytes, &bad)) {
    return Status::InputError(name + ": invalid UTF-8 at byte " + std::to_string(bad) +
                              " (JSON must be UTF-8)");
  }
  json root;
  try {
    root = json::parse(bytes.begin(), bytes.end());
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    const size_t colon = what.find("syntax error");
    return Status::InputError(name + ":" + LineCol(bytes, e.byte > 0 ? e.byte - 1 : 0) +
                              ": invalid JSON: " +
                              (colon != std::string::npos ? what.substr(colon) : what));
  }
  if (!root.is_object() ||
      !(root.contains("basics") || root.contains("work") || root.contains("skills"))) {
    return Status::InputError(name +
                              ": JSON but not a JSON Resume (no \"basics\", \"work\" or "
                              "\"skills\"); give the resume as JSON Resume, PDF, DOCX or text");
  }
  Document doc;
  doc.path = name;
  doc.format = SourceFormat::kJsonResume;
  doc.text = Layout(root);
  if (doc.text.find_first_not_of(" \n") == std::string::npos) {
    return Status::InputError(name + ": JSON Resume with no text in it");
  }
  if (doc.text.size() > limits.max_text_bytes) {
    return Status::InputError(name + ": text is over the limit of " +
                              std::to_string(limits.max_text_bytes) + " bytes");
  }
  if (doc.text.front() == '\n') doc.text.erase(0, 1);
  if (auto meta = root.find("meta"); meta != root.end() && meta->is_object()) {
    doc.written_month = WrittenMonth(Str(*meta, "lastModified"));
  }
  doc.IndexLines();
  return doc;
}

}  // namespace skillfit
