#include "serve_upload.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace skillfit {
namespace cli {

const FormSpec kMatchForm{{{"resume", true, true, 1, true},
                           {"jd", true, true, 1, true},
                           {"limit", false, false, 1, true}}};
const FormSpec kRankForm{{{"jd", true, true, 1, true},
                          {"resume", true, true, kMaxRankResumes, false}}};
const FormSpec kExtractForm{{{"document", true, true, 1, true}, {"as", false, false, 1, true}}};

namespace {

FormProblem Problem(int status, std::string message) {
  return FormProblem{status, EscapeInvalidUtf8(message)};
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// The lower-case extension of a base name, with its dot: ".pdf"; "" for none.
std::string Extension(const std::string& name) {
  const size_t dot = name.rfind('.');
  if (dot == std::string::npos || dot == 0) return "";
  std::string ext = name.substr(dot);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// Binary rather than text: a NUL in the first 4 KiB. (Bytes that are not UTF-8 are not
// enough: the engine reads a Windows-1252 resume, with a warning.)
bool LooksBinary(std::string_view bytes) {
  return bytes.substr(0, 4096).find('\0') != std::string_view::npos;
}

// Printable ASCII only: a magic number that a text file could start with too.
bool Printable(std::string_view magic) {
  return std::all_of(magic.begin(), magic.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
}

// What a file that skillfit does not read is, by its first bytes; "" when none is known.
// A magic number of printable letters counts only in a binary file: a resume in plain text
// may well start with "MZ" or "GIF8".
std::string ForeignFormat(std::string_view bytes) {
  if (StartsWith(bytes, "{\\rtf")) return "an RTF file";
  using namespace std::string_view_literals;  // "...\0..."sv keeps its NUL bytes
  static const std::pair<std::string_view, const char*> kMagics[] = {
      {"\x89PNG"sv, "a PNG image"},         {"\xFF\xD8\xFF"sv, "a JPEG image"},
      {"GIF8"sv, "a GIF image"},            {"\xD0\xCF\x11\xE0"sv, "an old Word (.doc) file"},
      {"\x1F\x8B"sv, "a gzip archive"},     {"Rar!"sv, "a RAR archive"},
      {"7z\xBC\xAF"sv, "a 7-Zip archive"},  {"\x7F" "ELF"sv, "a program"},
      {"MZ"sv, "a program"},                {"II*\0"sv, "a TIFF image"},
      {"MM\0*"sv, "a TIFF image"},
  };
  for (const auto& [magic, what] : kMagics) {
    if (StartsWith(bytes, magic) && (!Printable(magic) || LooksBinary(bytes))) return what;
  }
  if (bytes.size() >= 12 && StartsWith(bytes, "RIFF") && bytes.substr(8, 4) == "WEBP") {
    return "a WebP image";
  }
  return "";
}

bool IsPdf(std::string_view bytes) {
  // The PDF header may follow some junk; readers look in the first kilobyte.
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

// Extensions of formats skillfit reads as text (besides .pdf and .docx).
bool TextExtension(const std::string& ext) {
  return ext.empty() || ext == ".txt" || ext == ".text" || ext == ".md" ||
         ext == ".markdown" || ext == ".json";
}

// "cv.pdf", 2 -> "cv (2).pdf": the extension stays last, as the engine reads it.
std::string Numbered(const std::string& name, int n) {
  const size_t dot = name.rfind('.');
  const size_t at = dot == std::string::npos || dot == 0 ? name.size() : dot;
  return name.substr(0, at) + " (" + std::to_string(n) + ")" + name.substr(at);
}

}  // namespace

std::string UploadName(std::string_view filename, const std::string& fallback) {
  const size_t slash = filename.find_last_of("/\\");
  if (slash != std::string_view::npos) filename.remove_prefix(slash + 1);
  std::string name;
  for (char c : filename) {
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) name += c;
  }
  name = EscapeInvalidUtf8(name);  // bytes that are not UTF-8 as \xNN
  if (name.size() > 120) {
    name.resize(120);
    // The cut may split a UTF-8 sequence: drop its first bytes.
    while (!name.empty() && EscapeInvalidUtf8(name) != name) name.pop_back();
  }
  if (name.empty() || name == "." || name == "..") return fallback;
  return name;
}

std::optional<FormProblem> CheckUpload(const std::string& field, const std::string& name,
                                       std::string_view bytes) {
  const std::string where = field + " '" + name + "': ";
  if (bytes.empty()) return Problem(400, where + "the file is empty");
  const std::string ext = Extension(name);
  const bool pdf = IsPdf(bytes);
  const bool zip = StartsWith(bytes, std::string_view("PK\x03\x04", 4));
  if (ext == ".pdf" && !pdf) return Problem(400, where + "not a PDF (it does not start like one)");
  if (ext == ".docx" && !zip) return Problem(400, where + "not a DOCX file (it is not a zip)");
  if (pdf || zip) return std::nullopt;  // the engine checks the rest, and says what is wrong
  const std::string foreign = ForeignFormat(bytes);
  if (!foreign.empty()) {
    return Problem(415, where + "is " + foreign + "; send PDF, DOCX, text, Markdown or JSON Resume");
  }
  if (!TextExtension(ext)) {
    return Problem(415, where + "'" + ext + "' files are not read; send PDF, DOCX, text, "
                                              "Markdown or JSON Resume");
  }
  if (LooksBinary(bytes)) return Problem(415, where + "a binary file of a type skillfit does not read");
  return std::nullopt;
}

std::optional<Form> ReadForm(const std::vector<FormPart>& parts, const FormSpec& spec,
                             FormProblem* problem) {
  Form form;
  std::map<std::string, size_t> count;
  std::map<std::string, int> same_name;  // "field/name" -> times seen, to make names unique
  for (const FormPart& part : parts) {
    auto field = std::find_if(spec.fields.begin(), spec.fields.end(),
                              [&](const FormField& f) { return part.name == f.name; });
    if (field == spec.fields.end()) {
      *problem = Problem(400, "unexpected form field '" + UploadName(part.name, "") + "'");
      return std::nullopt;
    }
    if (++count[part.name] > field->max_count) {
      *problem = Problem(400, "form field '" + part.name + "' given " +
                                  (field->max_count == 1 ? "more than once"
                                                         : "more than " + std::to_string(field->max_count) + " times"));
      return std::nullopt;
    }
    if (!field->document) {
      if (part.content.size() > kMaxOptionBytes) {
        *problem = Problem(400, "form field '" + part.name + "' is too long");
        return std::nullopt;
      }
      form.entries_.push_back({part.name, DocumentInput::Bytes(part.name, part.content)});
      continue;
    }
    if (!part.has_filename && !field->text_ok) {
      *problem = Problem(400, "form field '" + part.name + "' must be a file");
      return std::nullopt;
    }
    std::string name = part.has_filename ? UploadName(part.filename, part.name)
                                         : part.name + " (pasted)";
    if (auto bad = CheckUpload(part.name, name, part.content)) {
      *problem = *bad;
      return std::nullopt;
    }
    if (const int seen = same_name[part.name + "/" + name]++; seen > 0) {
      name = Numbered(name, seen + 1);
    }
    form.entries_.push_back({part.name, DocumentInput::Bytes(name, part.content)});
  }
  for (const FormField& f : spec.fields) {
    if (f.required && count[f.name] == 0) {
      *problem = Problem(400, std::string("missing the form field '") + f.name + "'");
      return std::nullopt;
    }
  }
  return form;
}

std::vector<DocumentInput> Form::Documents(const std::string& field) const {
  std::vector<DocumentInput> out;
  for (const Entry& e : entries_) {
    if (e.field == field) out.push_back(e.input);
  }
  return out;
}

DocumentInput Form::Document(const std::string& field) const {
  for (const Entry& e : entries_) {
    if (e.field == field) return e.input;
  }
  return DocumentInput::Bytes(field, "");
}

std::string Form::Option(const std::string& field, const std::string& fallback) const {
  for (const Entry& e : entries_) {
    if (e.field == field) return e.input.bytes;
  }
  return fallback;
}

}  // namespace cli
}  // namespace skillfit
