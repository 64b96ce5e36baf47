// Internal: JSON as text for reports, never throwing on what the input put in it.
#ifndef SKILLFIT_JSON_DUMP_H_
#define SKILLFIT_JSON_DUMP_H_

#include <nlohmann/json.hpp>

#include <string>

#include "skillfit/profile.h"

namespace skillfit {

// `j` as text, `indent` spaces a level (-1: one line), byte for byte as nlohmann's dump with
// error_handler_t::replace writes it: a string that is not valid UTF-8 (a file name, a line
// of a damaged document) has each broken sequence written as U+FFFD, never a throw. Written by
// json_text.cc rather than dump(): nlohmann's serializer decodes every byte of every string
// through its UTF-8 automaton and writes through a virtual call per piece, which was 12% of a
// warm `match --format json` (callgrind); this appends the runs that need no escape whole.
std::string JsonText(const nlohmann::json& j, int indent);

// A spoken-language level: {"cefr": "C1", "text": "fluent"}; "cefr" is null when no level is
// stated, "text" the words as written (empty when none).
inline nlohmann::json ProficiencyJson(int cefr, const std::string& words) {
  return {{"cefr", cefr > 0 ? nlohmann::json(CefrName(cefr)) : nlohmann::json(nullptr)},
          {"text", words}};
}

}  // namespace skillfit

#endif  // SKILLFIT_JSON_DUMP_H_
