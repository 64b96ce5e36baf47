// libFuzzer harness for what `skillfit serve` does with a multipart form once httplib has
// split it: ReadForm (fields of each API call) and CheckUpload (type sniffing) on any parts.
// The input is parts separated by "\n--\n"; a part's first line is its field name, or
// "field;filename" for a file. The first byte picks the call (match, rank, extract).
// Promises: a refusal is 400 or 415 with a message that is valid UTF-8; an accepted form's
// every document passes CheckUpload; names have no "/" or control characters (a backslash
// is kept from a name, or is one of EscapeInvalidUtf8's \xNN).
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_util.h"
#include "serve_upload.h"

namespace {

using skillfit::cli::FormPart;

std::vector<FormPart> Parts(std::string_view in) {
  std::vector<FormPart> parts;
  while (!in.empty() && parts.size() < 64) {
    const size_t end = in.find("\n--\n");
    std::string_view chunk = in.substr(0, end);
    in = end == std::string_view::npos ? std::string_view() : in.substr(end + 4);
    const size_t nl = chunk.find('\n');
    const std::string_view head = chunk.substr(0, nl);
    FormPart part;
    const size_t semi = head.find(';');
    part.name = std::string(head.substr(0, semi));
    if (semi != std::string_view::npos) {
      part.filename = std::string(head.substr(semi + 1));
      part.has_filename = true;
    }
    if (nl != std::string_view::npos) part.content = std::string(chunk.substr(nl + 1));
    parts.push_back(std::move(part));
  }
  return parts;
}

bool Printable(const std::string& name) {
  for (char c : name) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F || c == '/') return false;
  }
  return skillfit::EscapeInvalidUtf8(name) == name;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using skillfit::fuzz::Check;
  if (size == 0) return 0;
  const skillfit::cli::FormSpec* specs[] = {&skillfit::cli::kMatchForm, &skillfit::cli::kRankForm,
                                            &skillfit::cli::kExtractForm};
  const skillfit::cli::FormSpec& spec = *specs[data[0] % 3];
  const std::string_view rest = skillfit::fuzz::Bytes(data + 1, size - 1);
  skillfit::cli::FormProblem problem;
  const auto form = skillfit::cli::ReadForm(Parts(rest), spec, &problem);
  if (!form) {
    Check(problem.http_status == 400 || problem.http_status == 415, "a refusal that is not 400 or 415");
    Check(!problem.message.empty(), "a refusal with no message");
    Check(skillfit::EscapeInvalidUtf8(problem.message) == problem.message, "a message that is not UTF-8");
  } else {
    for (const skillfit::cli::FormField& f : spec.fields) {
      if (!f.document) continue;
      for (const skillfit::DocumentInput& d : form->Documents(f.name)) {
        Check(d.has_bytes && !d.bytes.empty(), "an accepted document with no bytes");
        Check(Printable(d.name) && d.name.size() <= 140, "an accepted name with folders or controls");
        Check(!skillfit::cli::CheckUpload(f.name, d.name, d.bytes), "an accepted document CheckUpload refuses");
      }
    }
  }
  const std::string name = skillfit::cli::UploadName(rest, "x");
  Check(!name.empty() && name.size() <= 120 && Printable(name), "UploadName left folders, controls or length");
  return 0;
}
