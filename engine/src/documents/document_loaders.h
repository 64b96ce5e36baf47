// Internal: one loader per format. Each takes the file's bytes and returns a Document whose
// text is already normalised (see text_normalize.h). Messages name `name`.
#ifndef SKILLFIT_DOCUMENT_LOADERS_H_
#define SKILLFIT_DOCUMENT_LOADERS_H_

#include <string>
#include <string_view>

#include "skillfit/document.h"

namespace skillfit {

Result<Document> LoadPlainText(std::string_view bytes, const std::string& name,
                               const LoadLimits& limits);       // text_document.cc
Result<Document> LoadMarkdown(std::string_view bytes, const std::string& name,
                              const LoadLimits& limits);        // markdown_document.cc
Result<Document> LoadPdf(std::string_view bytes, const std::string& name,
                         const LoadLimits& limits);             // pdf_document.cc
Result<Document> LoadDocx(std::string_view bytes, const std::string& name,
                          const LoadLimits& limits);            // docx_document.cc
Result<Document> LoadJsonResume(std::string_view bytes, const std::string& name,
                                const LoadLimits& limits);      // json_resume_document.cc

}  // namespace skillfit

#endif  // SKILLFIT_DOCUMENT_LOADERS_H_
