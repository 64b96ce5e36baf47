// Internal: how reports name a requirement group's members.
#ifndef SKILLFIT_REPORT_GROUP_TEXT_H_
#define SKILLFIT_REPORT_GROUP_TEXT_H_

#include <string>
#include <vector>

#include "skillfit/knowledge_base.h"
#include "skillfit/match.h"

namespace skillfit {

// The members' names joined as alternatives: {go, rust, python} -> "Go, Rust or Python".
std::string AlternativesText(const KnowledgeBase& kb, const std::vector<int>& members);

// A group's verdict in words: "one of Go, Rust or Python: met by Python (strong)";
// "one of Go or Rust: none on your resume".
std::string GroupVerdictText(const KnowledgeBase& kb, const GroupVerdict& g);

// What a report's footer says of groups in score v1.
constexpr const char* kGroupScoreNote =
    "A requirement group (\"Go, Rust or Python\") counts once at its level, credited by its "
    "best member; a member asked only in groups weighs nothing on its own.";
constexpr const char* kEducationScoreNote =
    "Each degree the JD asks counts as one requirement: met 1, a related field or equivalent "
    "experience 0.5, another field 0.25, below or unknown 0.";

}  // namespace skillfit

#endif  // SKILLFIT_REPORT_GROUP_TEXT_H_
