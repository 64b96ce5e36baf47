// The formats whose libraries are large (PDF: poppler and its image and font libraries;
// DOCX: libzip, which brings OpenSSL's libcrypto, and pugixml) are read by modules, each a
// shared object beside the binary (util/module_file.h): skillfit-pdf.so holds
// pdf_document.cc and pdf_layout.cc, skillfit-docx.so docx_document.cc. Loading those
// libraries at every start cost more than a warm `match` itself; now only a run that reads
// such a file loads them. With SKILLFIT_FORMAT_MODULES=OFF (the fuzzers) they are linked in.
//
// Each module exports one FormatModuleEntry under the name given here; LoadPdf and LoadDocx
// (format_modules.cc) open the module on first use and call it.
#ifndef SKILLFIT_FORMAT_MODULE_H_
#define SKILLFIT_FORMAT_MODULE_H_

#include <string>
#include <string_view>

#include "skillfit/document.h"

namespace skillfit {

// What a module's entry does: `*out` = the format's loader (document_loaders.h) on these
// arguments. C linkage, so the name below finds it.
using FormatModuleEntry = void (*)(std::string_view bytes, const std::string& name,
                                   const LoadLimits& limits, Result<Document>* out);

inline constexpr char kPdfModule[] = "skillfit-pdf.so";
inline constexpr char kPdfModuleEntry[] = "skillfit_load_pdf";
inline constexpr char kDocxModule[] = "skillfit-docx.so";
inline constexpr char kDocxModuleEntry[] = "skillfit_load_docx";

}  // namespace skillfit

#endif  // SKILLFIT_FORMAT_MODULE_H_
