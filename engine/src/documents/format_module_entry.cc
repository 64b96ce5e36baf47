// The entry point of a format module (format_module.h), compiled into each module with
// SKILLFIT_MODULE_ENTRY (the exported name) and SKILLFIT_MODULE_LOADER (the loader it calls)
// defined: skillfit_load_pdf and LoadPdf, skillfit_load_docx and LoadDocx.
#include <type_traits>

#include "documents/document_loaders.h"
#include "documents/format_module.h"

extern "C" __attribute__((visibility("default"))) void SKILLFIT_MODULE_ENTRY(
    std::string_view bytes, const std::string& name, const skillfit::LoadLimits& limits,
    skillfit::Result<skillfit::Document>* out) {
  *out = skillfit::SKILLFIT_MODULE_LOADER(bytes, name, limits);
}

// The type the engine calls it through.
static_assert(std::is_same_v<decltype(&SKILLFIT_MODULE_ENTRY), skillfit::FormatModuleEntry>);
