#include "skillfit/ranker.h"

namespace skillfit {

Ranker::Ranker(std::shared_ptr<const SkillMatcher> matcher, const Document& fixed, bool fixed_is_jd,
               const MatchOptions& options, const LoadLimits& limits)
    : matcher_(std::move(matcher)), fixed_is_jd_(fixed_is_jd), options_(options), limits_(limits) {
  options_.explain = false;  // a row needs labels and scores, not the words behind them
  if (fixed_is_jd_) {
    jd_ = ExtractJd(fixed, *matcher_, options_.today);
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
    m = Match(jd_, resume, kb, options_);
  } else {
    const JdProfile jd = ExtractJd(*doc, *matcher_, options_.today);
    add_warnings(jd.warnings);
    m = Match(jd, resume_, kb, options_);
  }
  row.score = m.score;
  row.required_coverage = m.required_coverage;
  row.preferred_coverage = m.preferred_coverage;
  // m.skills is sorted by level, then weight: the first required ones weigh most.
  for (const SkillVerdict& v : m.skills) {
    if (v.level != RequirementLevel::kRequired) continue;
    if (v.label == EvidenceLabel::kMissing && row.missing_required.size() < 5) {
      row.missing_required.push_back(kb.skills()[v.skill].name);
    } else if (v.label == EvidenceLabel::kWeak && row.weak_required.size() < 5) {
      row.weak_required.push_back(kb.skills()[v.skill].name);
    }
  }
  return row;
}

}  // namespace skillfit
