// Internal: JSON as text for reports, never throwing on what the input put in it.
#ifndef SKILLFIT_JSON_DUMP_H_
#define SKILLFIT_JSON_DUMP_H_

#include <nlohmann/json.hpp>

#include <string>

#include "skillfit/profile.h"

namespace skillfit {

// `j` as text, `indent` spaces a level (-1: one line). A string that is not valid UTF-8 (a
// file name, a line of a damaged document) has each bad byte written as U+FFFD instead of
// making nlohmann throw.
inline std::string JsonText(const nlohmann::json& j, int indent) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

// A spoken-language level: {"cefr": "C1", "text": "fluent"}; "cefr" is null when no level is
// stated, "text" the words as written (empty when none).
inline nlohmann::json ProficiencyJson(int cefr, const std::string& words) {
  return {{"cefr", cefr > 0 ? nlohmann::json(CefrName(cefr)) : nlohmann::json(nullptr)},
          {"text", words}};
}

}  // namespace skillfit

#endif  // SKILLFIT_JSON_DUMP_H_
