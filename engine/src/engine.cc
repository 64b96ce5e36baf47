// Engine: the knowledge base, matcher and question bank, loaded once, and the pipeline over
// them (engine.h).
#include "skillfit/engine.h"

#include <future>
#include <system_error>
#include <utility>

#include "kb/degree_fields_file.h"
#include "report/report_common.h"  // JdTitle
#include "skillfit/title_table.h"

namespace skillfit {

Result<std::shared_ptr<const Engine>> Engine::Open(const EngineOptions& options) {
  std::shared_ptr<Engine> engine(new Engine());
  engine->options_ = options;
  if (engine->options_.kb_root.empty()) engine->options_.kb_root = DefaultKbDir("");
  const std::string& root = engine->options_.kb_root;
  KbLoadOptions kb_options;
  kb_options.cache_dir = options.cache_dir;
  bool kb_from_cache = false;
  kb_options.from_cache = &kb_from_cache;
  kb_options.document_tables = options.load_document_tables;
  auto kb = KnowledgeBase::Load(root, options.extra_kb, kb_options);
  if (!kb.ok()) return kb.status();
  engine->kb_ = *kb;
  // A kb read from YAML has its matcher to build and, most likely, a question bank to read
  // from YAML too: the bank then loads on another thread while the matcher compiles (both
  // only read the kb). From the cache, each takes a few milliseconds, less than a thread.
  // (With both policies, a thread that cannot be had makes it run in bank.get() instead.)
  std::future<Result<std::shared_ptr<const QuestionBank>>> bank;
  if (options.load_question_bank) {
    QuestionBankLoadOptions bank_options;
    bank_options.cache_dir = options.cache_dir;
    bank = std::async(kb_from_cache ? std::launch::deferred
                                    : std::launch::async | std::launch::deferred,
                      [kb = engine->kb_, root, bank_options] {
                        return QuestionBank::Load(root + "/questions", *kb, bank_options);
                      });
  }
  auto matcher = SkillMatcher::Compile(engine->kb_);
  if (!matcher.ok()) return matcher.status();
  engine->matcher_ = *matcher;
  if (options.load_document_tables) {
    engine->degree_fields_ = engine->kb_->degree_fields();
    engine->titles_ = engine->kb_->titles();
    engine->options_.today.titles = engine->titles_.get();
  }
  if (bank.valid()) {
    auto loaded = bank.get();
    if (!loaded.ok()) return loaded.status();
    engine->bank_ = *loaded;
  }
  return std::shared_ptr<const Engine>(std::move(engine));
}

MatchOptions Engine::MatchOptionsOf() const {
  MatchOptions o;
  o.today = options_.today;
  o.degree_fields = degree_fields_;
  o.score_version = options_.score_version;
  return o;
}

Result<KbLintResult> Engine::Lint(const EngineOptions& options) {
  const std::string root = options.kb_root.empty() ? DefaultKbDir("") : options.kb_root;
  KbLintResult out;
  std::shared_ptr<const KnowledgeBase> kb;
  out.issues = KnowledgeBase::Lint(root, options.extra_kb, &kb);
  std::shared_ptr<const QuestionBank> bank;
  if (out.issues.empty()) {
    std::vector<KbIssue> q = QuestionBank::Lint(root + "/questions", *kb, &bank);
    out.issues.insert(out.issues.end(), q.begin(), q.end());
  }
  DegreeFieldTable fields;
  for (KbIssue& i : LoadDegreeFields(root + "/degree_fields.yaml", &fields)) {
    out.issues.push_back(std::move(i));
  }
  if (!out.issues.empty()) return out;
  // Compiling the matcher is part of the check: every expression must compile together.
  auto matcher = SkillMatcher::Compile(kb);
  if (!matcher.ok()) return matcher.status();
  out.skills = kb->skills().size();
  out.categories = kb->categories().size();
  out.themes = kb->themes().size();
  out.questions = bank->questions().size();
  out.skill_files = kb->files().size();
  return out;
}

Result<Document> Engine::Read(const DocumentInput& input, const LoadLimits& limits) {
  if (input.has_bytes) return LoadDocumentFromBytes(input.bytes, input.name, limits);
  return LoadDocument(input.name, limits);
}

Result<Extraction> Engine::Extract(const DocumentInput& input,
                                   std::optional<DocKind> kind) const {
  auto doc = Read(input, options_.limits);
  if (!doc.ok()) return doc.status();
  Extraction out;
  out.doc = std::move(doc).value();
  out.kind_guessed = !kind.has_value();
  out.kind = kind ? *kind : GuessDocKind(out.doc);
  if (out.kind == DocKind::kJd) {
    out.jd = ExtractJd(out.doc, *matcher_, options_.today);
  } else {
    out.resume = ExtractResume(out.doc, *matcher_, options_.today);
  }
  return out;
}

// The two extractions are independent, and the matcher is safe to share between threads (as
// rank's jobs and the server's requests share it): the resume is read on a second thread,
// with the claims the study plan asks about, while this one reads the JD, so one match takes
// two cores where it has them. Should no thread start, the resume is read here after the JD.
Status Engine::ExtractPair(MatchRun* run, std::vector<ResumeClaim>* claims) const {
  const auto read_resume = [this, run, claims] {
    ResumeProfile profile = ExtractResume(run->resume, *matcher_, options_.today);
    if (claims != nullptr) *claims = FindClaims(run->resume, profile);
    return profile;
  };
  std::future<ResumeProfile> resume;
  try {
    resume = std::async(std::launch::async, read_resume);
  } catch (const std::system_error&) {
  }
  run->jd_profile = ExtractJd(run->jd, *matcher_, options_.today);
  run->resume_profile = resume.valid() ? resume.get() : read_resume();
  for (const std::string& w : run->jd_profile.warnings) run->warnings.push_back(w);
  for (const std::string& w : run->resume_profile.warnings) run->warnings.push_back(w);
  bool asks = false;
  for (const JdSkill& s : run->jd_profile.skills) asks = asks || !s.mentions.empty();
  if (!asks) {
    return Status::InputError(run->jd.path +
                              ": no skills found in this job description; is it the right file?");
  }
  if (run->resume_profile.skills.empty()) {
    run->warnings.push_back(run->resume.path +
                            ": no skills found in this resume; every JD skill will read as missing");
  }
  return Status::Ok();
}

Status Engine::Match(const DocumentInput& resume, const DocumentInput& jd,
                     const MatchRequest& request, MatchRun* run) const {
  if (!resume.has_bytes && !jd.has_bytes && resume.name == "-" && jd.name == "-") {
    return Status::UsageError("only one of --resume and --jd can be '-'");
  }
  auto resume_doc = Read(resume, options_.limits);
  if (!resume_doc.ok()) return resume_doc.status();
  auto jd_doc = Read(jd, options_.limits);
  if (!jd_doc.ok()) return jd_doc.status();
  run->resume = std::move(resume_doc).value();
  run->jd = std::move(jd_doc).value();
  for (const std::string& w : run->resume.warnings) run->warnings.push_back(w);
  for (const std::string& w : run->jd.warnings) run->warnings.push_back(w);
  std::vector<ResumeClaim> claims;
  Status extracted = ExtractPair(run, bank_ != nullptr ? &claims : nullptr);
  if (!extracted.ok()) return extracted;
  const std::string jd_title = JdTitle(run->jd);
  run->match = skillfit::Match(run->jd_profile, run->resume_profile, *kb_, MatchOptionsOf(),
                               jd_title, CoreSkills(run->jd_profile, run->jd, jd_title, *kb_));
  if (bank_ != nullptr) {
    PlanInput in;
    in.resume_doc = &run->resume;
    in.resume = &run->resume_profile;
    in.jd = &run->jd_profile;
    in.match = &run->match;
    in.kb = kb_.get();
    in.bank = bank_.get();
    in.claims = &claims;
    run->plan = BuildStudyPlan(in, PlanOptions{request.plan_limit});
    run->has_plan = request.plan_limit > 0;
  }
  return Status::Ok();
}

Result<std::unique_ptr<Ranker>> Engine::NewRanker(const DocumentInput& fixed,
                                                  bool fixed_is_jd) const {
  auto doc = Read(fixed, LoadLimits{});
  if (!doc.ok()) return doc.status();
  auto ranker = std::make_unique<Ranker>(matcher_, *doc, fixed_is_jd, MatchOptionsOf());
  if (!ranker->fixed_has_skills()) {
    return Status::InputError(fixed.name + ": no skills found in this job description");
  }
  return ranker;
}

std::string Engine::MatchReport(const MatchRun& run, ReportFormat format, bool color) const {
  MatchReportInput in;
  in.resume_doc = &run.resume;
  in.jd_doc = &run.jd;
  in.kb = kb_.get();
  in.match = &run.match;
  in.plan = run.has_plan ? &run.plan : nullptr;
  in.bank = bank_.get();
  in.color = color && format == ReportFormat::kText;
  in.warnings = &run.warnings;
  switch (format) {
    case ReportFormat::kJson:
      return MatchJsonReport(in);
    case ReportFormat::kMarkdown:
      return MatchMarkdownReport(in);
    case ReportFormat::kHtml:
      return MatchHtmlReport(in);
    case ReportFormat::kText:
    case ReportFormat::kCsv:
    case ReportFormat::kJsonLines:
      break;
  }
  return MatchTextReport(in);
}

std::string Engine::PlanReport(const MatchRun& run, ReportFormat format) const {
  PlanReportInput in;
  in.plan = &run.plan;
  in.bank = bank_.get();
  in.kb = kb_.get();
  in.resume_doc = &run.resume;
  in.jd_doc = &run.jd;
  in.warnings = &run.warnings;
  if (format == ReportFormat::kJson) return PlanJsonReport(in);
  if (format == ReportFormat::kMarkdown) return PlanMarkdownReport(in);
  return PlanTextReport(in);
}

std::string Engine::ExtractReport(const Extraction& extraction, ReportFormat format) const {
  ExtractReportInput in;
  in.doc = &extraction.doc;
  in.kb = kb_.get();
  in.kind = extraction.kind;
  in.kind_guessed = extraction.kind_guessed;
  if (extraction.kind == DocKind::kJd) {
    in.jd = &extraction.jd;
  } else {
    in.resume = &extraction.resume;
  }
  return format == ReportFormat::kJson ? ExtractJsonReport(in) : ExtractTextReport(in);
}

std::string Engine::RankReport(const RankReportInput& in, ReportFormat format) {
  if (format == ReportFormat::kJson) return RankJsonReport(in);
  if (format == ReportFormat::kJsonLines) return RankJsonLinesReport(in);
  if (format == ReportFormat::kCsv) return RankCsvReport(in);
  return RankTextReport(in);
}

}  // namespace skillfit
