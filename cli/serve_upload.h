// What `skillfit serve` accepts from a form: the fields each API call takes, and which
// uploaded files it will hand to the engine. No HTTP library types: the server turns its
// multipart parts into FormParts, and the fuzz harness (tests/fuzz/serve_upload_fuzz.cc)
// calls these directly.
//
//   std::vector<skillfit::cli::FormPart> parts = ...;   // from the multipart body
//   skillfit::cli::FormProblem problem;
//   auto form = skillfit::cli::ReadForm(parts, skillfit::cli::kMatchForm, &problem);
//   if (!form) return Reply(problem.http_status, problem.message);   // 400 or 415
//   DocumentInput resume = form->Document("resume");
#ifndef SKILLFIT_CLI_SERVE_UPLOAD_H_
#define SKILLFIT_CLI_SERVE_UPLOAD_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "skillfit/engine.h"

namespace skillfit {
namespace cli {

// One part of a multipart/form-data body. `has_filename` tells a file input from a text
// field (a pasted JD).
struct FormPart {
  std::string name;
  std::string filename;
  bool has_filename = false;
  std::string content;
};

// Why a form was refused: 400 (missing, repeated or unknown field; empty or unusable file)
// or 415 (a file type skillfit does not read), with a one-line message.
struct FormProblem {
  int http_status = 400;
  std::string message;
};

// The fields one call takes. A document field takes a file or, when `text_ok`, pasted text.
struct FormField {
  const char* name;
  bool document;  // an upload checked by CheckUpload (else a short text option)
  bool required;
  size_t max_count;  // 1, or more for rank's resumes
  bool text_ok;      // a document given as a text field is taken as plain text
};
struct FormSpec {
  std::vector<FormField> fields;
};

extern const FormSpec kMatchForm;    // resume, jd, limit
extern const FormSpec kRankForm;     // jd, resume (1 to kMaxRankResumes)
extern const FormSpec kExtractForm;  // document, as
constexpr size_t kMaxRankResumes = 500;
constexpr size_t kMaxOptionBytes = 64;  // a text option such as limit=12

// A checked form: each field's parts in the order sent, documents named for the engine.
class Form {
 public:
  // The documents sent as `field`, each named by its file's base name (unique within the
  // field: "cv.pdf", "cv.pdf (2)"), or "<field> (pasted)" for text.
  std::vector<DocumentInput> Documents(const std::string& field) const;
  DocumentInput Document(const std::string& field) const;  // the first
  // A text option's value, or `fallback` when it was not sent.
  std::string Option(const std::string& field, const std::string& fallback) const;

 private:
  friend std::optional<Form> ReadForm(const std::vector<FormPart>&, const FormSpec&,
                                      FormProblem*);
  struct Entry {
    std::string field;
    DocumentInput input;
  };
  std::vector<Entry> entries_;
};

// Checks every part against `spec` and every document with CheckUpload. Takes the parts'
// bytes (copies them into the form). On a problem returns nothing and fills `problem`.
std::optional<Form> ReadForm(const std::vector<FormPart>& parts, const FormSpec& spec,
                             FormProblem* problem);

// Whether skillfit will read an uploaded file named `name` (a base name) holding `bytes`:
// PDF, DOCX (a zip), or text (.txt, .md, .markdown, .json or no extension). Refuses an
// empty file (400), a PDF or DOCX by name that is not one by content (400), and other
// binary formats by content or name (415: images, archives, old .doc, executables...).
// Nothing when it will.
std::optional<FormProblem> CheckUpload(const std::string& field, const std::string& name,
                                       std::string_view bytes);

// The base name of an uploaded file as the browser sent it: no folders, no control
// characters, at most 120 bytes; `fallback` when nothing is left.
std::string UploadName(std::string_view filename, const std::string& fallback);

}  // namespace cli
}  // namespace skillfit

#endif  // SKILLFIT_CLI_SERVE_UPLOAD_H_
