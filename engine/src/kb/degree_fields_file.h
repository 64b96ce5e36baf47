// Internal: reads kb/degree_fields.yaml, the fields of study and their families (kb/README.md,
// "Degree fields"), into a DegreeFieldTable.
//   DegreeFieldTable t;
//   std::vector<KbIssue> issues = LoadDegreeFields("kb/degree_fields.yaml", &t);
//   // missing file -> no issue, an empty table; bad YAML -> "kb/degree_fields.yaml:3:5: ..."
#ifndef SKILLFIT_DEGREE_FIELDS_FILE_H_
#define SKILLFIT_DEGREE_FIELDS_FILE_H_

#include <string>

#include "skillfit/education.h"
#include "skillfit/knowledge_base.h"

namespace skillfit {

// Reads the table in `file` into `*table`. A missing file gives an empty table (fields are
// then compared as written) and no issue; a file that does not parse, a field without an id
// or a name, or an id used twice, is an issue naming the file and line (the table is then
// empty).
std::vector<KbIssue> LoadDegreeFields(const std::string& file, DegreeFieldTable* table);

}  // namespace skillfit

#endif  // SKILLFIT_DEGREE_FIELDS_FILE_H_
