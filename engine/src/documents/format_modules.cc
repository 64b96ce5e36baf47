// LoadPdf and LoadDocx through their modules (format_module.h), when the build has
// SKILLFIT_FORMAT_MODULES on (it leaves pdf_document.cc and docx_document.cc out of the engine).
#include "documents/document_loaders.h"
#include "documents/format_module.h"
#include "util/module_file.h"

namespace skillfit {
namespace {

// The module's entry, opened the first time (thread-safe: a function-local static each).
Result<void*> OpenPdfModule() {
  static const Result<void*> entry = ModuleSymbol(kPdfModule, kPdfModuleEntry);
  return entry;
}

Result<void*> OpenDocxModule() {
  static const Result<void*> entry = ModuleSymbol(kDocxModule, kDocxModuleEntry);
  return entry;
}

// `entry`'s reading of the file, or why the module cannot read it ("cv.pdf: cannot read
// PDF files: ...").
Result<Document> CallModule(const Result<void*>& entry, const char* format,
                            std::string_view bytes, const std::string& name,
                            const LoadLimits& limits) {
  if (!entry.ok()) {
    return Status::Internal(name + ": cannot read " + format + " files: " +
                            entry.status().message());
  }
  Result<Document> out = Status::Internal(name + ": the " + format + " module returned nothing");
  reinterpret_cast<FormatModuleEntry>(*entry)(bytes, name, limits, &out);
  return out;
}

}  // namespace

Result<Document> LoadPdf(std::string_view bytes, const std::string& name,
                         const LoadLimits& limits) {
  return CallModule(OpenPdfModule(), "PDF", bytes, name, limits);
}

Result<Document> LoadDocx(std::string_view bytes, const std::string& name,
                          const LoadLimits& limits) {
  return CallModule(OpenDocxModule(), "DOCX", bytes, name, limits);
}

}  // namespace skillfit
