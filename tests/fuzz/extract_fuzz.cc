// libFuzzer harness for JD and resume extraction over arbitrary text: the input is read as
// a text file through skillfit::Engine (the shipped kb and its matcher loaded once) and
// extracted both as a JD and as a resume, each then written as a JSON report. Mentions
// must lie inside the text, in order, and name skills of the kb.
#include <cstdint>
#include <memory>
#include <string>

#include "fuzz_util.h"
#include "skillfit/engine.h"

namespace {

using skillfit::fuzz::Check;

const skillfit::Engine* engine = nullptr;

void CheckOccurrences(const std::vector<skillfit::Occurrence>& occurrences,
                      const skillfit::Document& doc, int skills) {
  for (const skillfit::Occurrence& o : occurrences) {
    const skillfit::Mention& m = o.mention;
    Check(m.skill >= 0 && m.skill < skills, "a mention names no skill of the kb");
    Check(m.begin < m.end && m.end <= doc.text.size(), "a mention is outside the text");
    Check(o.line >= 1 && o.line <= doc.line_starts.size(), "a mention's line is not a line");
  }
}

void ExtractAs(const std::string& text, skillfit::DocKind kind) {
  const skillfit::Result<skillfit::Extraction> x =
      engine->Extract(skillfit::DocumentInput::Bytes("fuzz.txt", text), kind);
  if (!x.ok()) return;
  const int skills = static_cast<int>(engine->kb().skills().size());
  if (kind == skillfit::DocKind::kJd) {
    for (const skillfit::JdSkill& s : x->jd.skills) CheckOccurrences(s.mentions, x->doc, skills);
  } else {
    for (const skillfit::ResumeSkill& s : x->resume.skills) {
      CheckOccurrences(s.mentions, x->doc, skills);
      Check(s.years >= 0, "negative years of a skill");
    }
  }
  engine->ExtractReport(x.value(), skillfit::ReportFormat::kJson);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  skillfit::EngineOptions options;
  options.kb_root = skillfit::fuzz::SourceDir() + "/kb";
  options.load_question_bank = false;
  auto opened = skillfit::Engine::Open(options);
  Check(opened.ok(), opened.status().message());
  static std::shared_ptr<const skillfit::Engine> keep = opened.value();
  engine = keep.get();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(skillfit::fuzz::Bytes(data, size));
  ExtractAs(text, skillfit::DocKind::kJd);
  ExtractAs(text, skillfit::DocKind::kResume);
  return 0;
}
