// Engine: the front door. It loads the knowledge base and the question bank once, then runs
// the whole pipeline (load, extract, match, plan, report) for any number of documents.
//
//   skillfit::EngineOptions options;            // kb/ beside the binary, no cache
//   auto engine = skillfit::Engine::Open(options);
//   if (!engine.ok()) return engine.status();   // "kb/skills/web.yaml:42:7: ..."
//   skillfit::MatchRun run;
//   skillfit::Status s = (*engine)->Match(skillfit::DocumentInput::File("cv.pdf"),
//                                         skillfit::DocumentInput::File("jd.txt"), {}, &run);
//   for (const std::string& w : run.warnings) std::cerr << w << "\n";  // even when !s.ok()
//   if (!s.ok()) return s;                      // "jd.txt: no skills found in this job ..."
//   std::string json = (*engine)->MatchReport(run, skillfit::ReportFormat::kJson);
//
// An Engine is immutable once open: share one across threads and call it from all of them.
// The CLI's commands, the ranker and the server all go through it; none of them calls the
// stages (LoadDocument, ExtractJd, Match, BuildStudyPlan...) itself.
#ifndef SKILLFIT_ENGINE_H_
#define SKILLFIT_ENGINE_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "skillfit/document.h"
#include "skillfit/knowledge_base.h"
#include "skillfit/match.h"
#include "skillfit/profile.h"
#include "skillfit/question_bank.h"
#include "skillfit/ranker.h"
#include "skillfit/report.h"
#include "skillfit/sections.h"
#include "skillfit/skill_matcher.h"
#include "skillfit/status.h"
#include "skillfit/study_plan.h"

namespace skillfit {

class TitleTable;

struct EngineOptions {
  std::string kb_root;                // the kb folder; "" (default): DefaultKbDir("")
  std::vector<std::string> extra_kb;  // folders of the user's own skills (default none)
  // Folder for the compiled kb and question-bank caches; "" (default) means no cache.
  std::string cache_dir;
  bool load_question_bank = true;  // false: Match plans nothing (extract and rank need none)
  // The tables documents need beside the kb (kb/degree_fields.yaml, kb/titles.yaml); false:
  // the kb alone, for `kb search` and `kb stats` (their YAML was a third of a kb search).
  bool load_document_tables = true;
  ExtractOptions today;            // the date "Present" means (default 2026-01)
  LoadLimits limits;               // size and page limits on every document (defaults)
  // The score version of every match and ranking: 2 (default) or 1 (v1's figures; match.h).
  int score_version = 2;
};

// A document to read: a file (or "-" for standard input), or bytes already in memory with
// the name its messages use.
struct DocumentInput {
  static DocumentInput File(std::string path) { return {std::move(path), "", false}; }
  static DocumentInput Bytes(std::string name, std::string bytes) {
    return {std::move(name), std::move(bytes), true};
  }
  std::string name;   // the path, or the name given with the bytes
  std::string bytes;  // when has_bytes
  bool has_bytes = false;
};

// What one document says: its text and, by kind, its JD or resume profile.
struct Extraction {
  Document doc;
  DocKind kind = DocKind::kResume;
  bool kind_guessed = false;  // no kind was asked for: GuessDocKind chose
  JdProfile jd;               // when kind == kJd
  ResumeProfile resume;       // when kind == kResume
  // The profile's own warnings are in jd.warnings or resume.warnings, and in the report; the
  // document's are in doc.warnings.
};

struct MatchRequest {
  int plan_limit = 12;  // questions in the study plan (default 12; 0 for none)
};

// The main job's every stage, for one resume and one JD.
struct MatchRun {
  Document resume;
  Document jd;
  JdProfile jd_profile;
  ResumeProfile resume_profile;
  MatchResult match;
  StudyPlan plan;
  bool has_plan = false;  // a plan was asked for (plan_limit > 0) and a bank is loaded
  // Everything a user should see beside the report, in the order it was found: each
  // document's, then each profile's, then "no skills found in this resume".
  std::vector<std::string> warnings;
};

// kCsv and kJsonLines are rank's alone; the other reports give their text form for them.
enum class ReportFormat { kText, kJson, kMarkdown, kHtml, kCsv, kJsonLines };

// What `kb lint` reports: every problem, or the kb's size when there is none.
struct KbLintResult {
  std::vector<KbIssue> issues;
  size_t skills = 0, categories = 0, themes = 0, questions = 0, skill_files = 0;
};

class Engine {
 public:
  // Loads the kb (with options.extra_kb), compiles the matcher, reads the degree fields of
  // `kb_root`/degree_fields.yaml and, when asked, loads the question bank of `kb_root`/questions. Fails with a kb error naming the file and line.
  static Result<std::shared_ptr<const Engine>> Open(const EngineOptions& options);

  // Reads every kb and question file without the cache and reports every problem found, and
  // compiles the matcher when there is none. Fails only when the matcher does not compile.
  static Result<KbLintResult> Lint(const EngineOptions& options);

  // Reads one document into text (PDF, DOCX, text, Markdown, JSON Resume). Needs no kb.
  static Result<Document> Read(const DocumentInput& input, const LoadLimits& limits = {});

  // Reads a document and extracts its skills as `kind`, or as GuessDocKind says when there is
  // none.
  Result<Extraction> Extract(const DocumentInput& input, std::optional<DocKind> kind) const;

  // Reads both documents, extracts, matches and plans. Fails when a document cannot be read,
  // both are standard input, or the JD names no skill. `run->warnings` holds what was found
  // before a failure too.
  Status Match(const DocumentInput& resume, const DocumentInput& jd, const MatchRequest& request,
               MatchRun* run) const;

  // A ranker with `fixed` read and extracted once, the JD (fixed_is_jd) or the resume that
  // every other document is scored against. Fails when `fixed` cannot be read or, as a JD,
  // names no skill.
  Result<std::unique_ptr<Ranker>> NewRanker(const DocumentInput& fixed, bool fixed_is_jd) const;

  // Reports. `color` adds ANSI colour to the text format. The plan report has no HTML form
  // (kHtml gives the text form).
  std::string MatchReport(const MatchRun& run, ReportFormat format, bool color = false) const;
  std::string PlanReport(const MatchRun& run, ReportFormat format) const;
  std::string ExtractReport(const Extraction& extraction, ReportFormat format) const;
  // Ranked rows (Ranker::ScoreAll, then RankOrder) as text, JSON, JSON lines or CSV.
  static std::string RankReport(const RankReportInput& in, ReportFormat format);
  // One row as a JSON line, without a rank: what `rank --stream` writes for each record.
  static std::string RankStreamLine(const RankRow& row) { return RankRowJsonLine(row); }

  const KnowledgeBase& kb() const { return *kb_; }
  const SkillMatcher& matcher() const { return *matcher_; }
  const QuestionBank* bank() const { return bank_.get(); }  // null when not loaded

 private:
  Engine() = default;

  // Extracts both profiles of a loaded pair into `run`, and the resume's claims into
  // `claims` unless it is null; fails when the JD names no skill.
  Status ExtractPair(MatchRun* run, std::vector<ResumeClaim>* claims) const;
  // The match options every match and ranker uses: today, the degree fields, the score
  // version.
  MatchOptions MatchOptionsOf() const;

  EngineOptions options_;
  std::shared_ptr<const KnowledgeBase> kb_;
  std::shared_ptr<const SkillMatcher> matcher_;
  std::shared_ptr<const QuestionBank> bank_;
  std::shared_ptr<const DegreeFieldTable> degree_fields_;  // kb_root/degree_fields.yaml
  std::shared_ptr<const TitleTable> titles_;  // kb/titles.yaml; options_.today points at it
};

}  // namespace skillfit

#endif  // SKILLFIT_ENGINE_H_
