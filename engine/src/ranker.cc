// Ranker: one fixed document read once, every other document scored against it (ranker.h).
#include "skillfit/ranker.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

#include "report/group_text.h"
#include "report/report_common.h"  // JdTitle
#include "skillfit/report.h"         // MonthString

namespace skillfit {

Ranker::Ranker(std::shared_ptr<const SkillMatcher> matcher, const Document& fixed, bool fixed_is_jd,
               const MatchOptions& options, const LoadLimits& limits)
    : matcher_(std::move(matcher)), fixed_is_jd_(fixed_is_jd), options_(options), limits_(limits) {
  options_.explain = false;  // a row needs labels and scores, not the words behind them
  if (fixed_is_jd_) {
    jd_ = ExtractJd(fixed, *matcher_, options_.today);
    jd_title_ = JdTitle(fixed);
    jd_core_ = CoreSkills(jd_, fixed, jd_title_, matcher_->kb());
  } else {
    resume_ = ExtractResume(fixed, *matcher_, options_.today);
  }
}

bool Ranker::fixed_has_skills() const {
  if (!fixed_is_jd_) return true;
  for (const JdSkill& s : jd_.skills) {
    if (!s.mentions.empty()) return true;
  }
  return false;
}

namespace {

// A resume file written this many months before today is flagged in its row: a year or more
// old, its "Present" and its skills may be out of date.
constexpr int kStaleMonths = 12;

// What a recruiter should know about a resume row beyond its score: a file that reads as no
// resume at all (a README in the folder: no experience, education, skills or projects
// section and no dated role), and a resume read as of the month, a year or more ago, its file
// was written (ResumeProfile::as_of).
std::vector<std::string> RowNotes(const ResumeProfile& resume, int today) {
  std::vector<std::string> notes;
  const bool resume_section =
      std::any_of(resume.sections.begin(), resume.sections.end(), [](const Section& s) {
        return s.kind == SectionKind::kExperience || s.kind == SectionKind::kEducation ||
               s.kind == SectionKind::kSkills || s.kind == SectionKind::kProjects ||
               s.kind == SectionKind::kSummary;
      });
  if (!resume_section && resume.roles.empty()) {
    notes.push_back("does not read as a resume: no experience, education or skills section "
                    "and no dated role");
  }
  if (resume.as_of >= 0 && today - resume.as_of >= kStaleMonths) {
    const int years = (today - resume.as_of) / 12;
    notes.push_back("written " + MonthString(resume.as_of) + ", " + std::to_string(years) +
                    (years == 1 ? " year" : " years") +
                    " ago (the file's date): read as of then");
  }
  return notes;
}

}  // namespace

RankRow Ranker::Score(const RankInput& input) const {
  RankRow row;
  row.id = input.id;
  Result<Document> doc = input.has_text ? LoadDocumentFromBytes(input.text, input.id, limits_)
                                        : LoadDocument(input.path, limits_);
  if (!doc.ok()) {
    row.status = doc.status();
    return row;
  }
  const KnowledgeBase& kb = matcher_->kb();
  MatchResult m;
  // The row's id names the document, so its warnings go without the name in front.
  const std::string prefix = doc->path + ": ";
  auto add_warnings = [&](const std::vector<std::string>& warnings) {
    for (const std::string& w : warnings) {
      row.warnings.push_back(w.compare(0, prefix.size(), prefix) == 0 ? w.substr(prefix.size())
                                                                      : w);
    }
  };
  add_warnings(doc->warnings);
  if (fixed_is_jd_) {
    const ResumeProfile resume = ExtractResume(*doc, *matcher_, options_.today);
    add_warnings(resume.warnings);
    add_warnings(RowNotes(resume, MonthIndex(options_.today.today_year, options_.today.today_month)));
    m = Match(jd_, resume, kb, options_, jd_title_, jd_core_);
  } else {
    const JdProfile jd = ExtractJd(*doc, *matcher_, options_.today);
    add_warnings(jd.warnings);
    const std::string title = JdTitle(*doc);
    m = Match(jd, resume_, kb, options_, title, CoreSkills(jd, *doc, title, kb));
  }
  row.score = m.score;
  row.required_coverage = m.required_coverage;
  row.preferred_coverage = m.preferred_coverage;
  row.required_count = m.required_count;
  row.preferred_count = m.preferred_count;
  for (const auto& [core, label] : UnmetCoreSkills(m)) row.core_unmet.push_back(kb.skills()[core.skill].name);
  // m.skills is sorted by level, then weight: the first required ones weigh most.
  for (const SkillVerdict& v : m.skills) {
    if (v.level != RequirementLevel::kRequired || !StandsForRequirement(m, v)) continue;
    if (v.label == EvidenceLabel::kMissing && row.missing_required.size() < 5) {
      // A group none of whose members the resume shows is missing as a whole.
      row.missing_required.push_back(
          v.group >= 0 ? "one of " + AlternativesText(kb, m.groups[static_cast<size_t>(v.group)].members)
                       : kb.skills()[v.skill].name);
    } else if (v.label == EvidenceLabel::kWeak && row.weak_required.size() < 5) {
      row.weak_required.push_back(kb.skills()[v.skill].name);
    }
  }
  return row;
}

std::vector<RankRow> Ranker::ScoreAll(const std::vector<RankInput>& inputs, int jobs,
                                      const RankProgress& progress) const {
  std::vector<RankRow> rows(inputs.size());
  std::atomic<size_t> next{0};
  std::atomic<size_t> done{0};
  std::mutex mu;
  auto worker = [&] {
    for (size_t i = next++; i < inputs.size(); i = next++) {
      rows[i] = Score(inputs[i]);
      const size_t d = ++done;
      if (progress && (d % 16 == 0 || d == inputs.size())) {
        std::lock_guard<std::mutex> lock(mu);
        progress(d, inputs.size());
      }
    }
  };
  std::vector<std::thread> threads;
  for (int t = 1; t < jobs; ++t) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();
  return rows;
}

std::vector<size_t> RankOrder(const std::vector<RankRow>& rows, long top) {
  std::vector<size_t> order(rows.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (rows[a].status.ok() != rows[b].status.ok()) return rows[a].status.ok();
    // By the score as every report prints it (one decimal), then in input order, so that a
    // merge of partial rankings (scripts/dask_rank.py) gives the same order as one process.
    return std::lround(rows[a].score * 10) > std::lround(rows[b].score * 10);
  });
  if (top > 0 && static_cast<size_t>(top) < order.size()) order.resize(static_cast<size_t>(top));
  return order;
}

RankInput ParseRankRecord(const std::string& line, size_t line_no, std::string* error) {
  RankInput in;
  error->clear();
  try {
    const nlohmann::json j = nlohmann::json::parse(line);
    in.id = j.contains("id") ? (j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump())
                             : "line " + std::to_string(line_no);
    if (j.contains("text") && j["text"].is_string()) {
      in.text = j["text"].get<std::string>();
      in.has_text = true;
    } else if (j.contains("path") && j["path"].is_string()) {
      in.path = j["path"].get<std::string>();
    } else {
      *error = "-:" + std::to_string(line_no) + ": record has neither \"text\" nor \"path\"";
    }
  } catch (const std::exception&) {
    in.id = "line " + std::to_string(line_no);
    *error = "-:" + std::to_string(line_no) + ": not a JSON object";
  }
  return in;
}

}  // namespace skillfit
