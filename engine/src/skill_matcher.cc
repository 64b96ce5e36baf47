#include "skillfit/skill_matcher.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <unordered_map>

#include "alias_text.h"

namespace skillfit {
namespace {

// A mention must not touch a letter, digit or '_' on its left, nor a letter, digit, '_', '+'
// or '#' on its right ("C" is not in "C++"; "Java" is not in "JavaScript").
constexpr char kLeft[] = "(?:^|[^A-Za-z0-9_])";
constexpr char kRight[] = "(?:$|[^A-Za-z0-9_+#])";

// Characters searched around a guarded spelling for other skills.
constexpr size_t kContextWindow = 100;

struct Expr {
  int skill;
  bool guarded;
  std::unique_ptr<RE2> re;  // kLeft (alternatives) kRight, group 1 = the mention
};

std::string Alternation(const std::vector<std::string>& fragments) {
  std::vector<std::string> sorted = fragments;
  // Longer first, so leftmost-first picks "Node.js" over "Node".
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out;
  for (const std::string& f : sorted) {
    if (!out.empty()) out += "|";
    out += "(?:" + f + ")";
  }
  return out;
}

}  // namespace

struct SkillMatcher::Impl {
  std::vector<Expr> exprs;
  std::unique_ptr<RE2::Set> set;
  std::vector<std::unique_ptr<RE2>> reject_before;  // per skill, may be null
  std::vector<std::unique_ptr<RE2>> reject_after;
  std::unordered_map<std::string, std::vector<TermMatch>> spellings;  // normalized -> skills
};

SkillMatcher::~SkillMatcher() = default;

Result<std::shared_ptr<const SkillMatcher>> SkillMatcher::Compile(
    std::shared_ptr<const KnowledgeBase> kb) {
  std::shared_ptr<SkillMatcher> m(new SkillMatcher());
  m->kb_ = kb;
  m->impl_ = std::make_unique<Impl>();
  Impl& impl = *m->impl_;
  RE2::Options set_opts;
  set_opts.set_max_mem(int64_t{1} << 30);
  set_opts.set_log_errors(false);
  impl.set = std::make_unique<RE2::Set>(set_opts, RE2::UNANCHORED);
  RE2::Options opts;
  opts.set_log_errors(false);
  opts.set_max_mem(int64_t{8} << 20);

  const std::vector<Skill>& skills = kb->skills();
  impl.reject_before.resize(skills.size());
  impl.reject_after.resize(skills.size());
  auto add = [&](int skill, bool guarded, const std::string& body) -> Status {
    const std::string pattern = std::string(kLeft) + "(" + body + ")" + kRight;
    std::string err;
    if (impl.set->Add(pattern, &err) < 0) {
      return Status::KbError(skills[skill].defined_at.ToString() + ": skill '" +
                             skills[skill].id + "': expression does not compile: " + err);
    }
    auto re = std::make_unique<RE2>(pattern, opts);
    if (!re->ok()) {
      return Status::KbError(skills[skill].defined_at.ToString() + ": skill '" +
                             skills[skill].id + "': expression does not compile: " + re->error());
    }
    impl.exprs.push_back({skill, guarded, std::move(re)});
    return Status::Ok();
  };
  for (int i = 0; i < static_cast<int>(skills.size()); ++i) {
    const Skill& s = skills[i];
    std::vector<std::string> guarded_norm;
    for (const std::string& g : s.guarded) guarded_norm.push_back(NormalizeAlias(g));
    std::vector<std::string> open;
    auto add_spelling = [&](const std::string& a, const std::string& via) {
      impl.spellings[NormalizeAlias(a)].push_back({i, via});
    };
    if (std::find(guarded_norm.begin(), guarded_norm.end(), NormalizeAlias(s.name)) ==
        guarded_norm.end()) {
      open.push_back(AliasToPattern(s.name));
      add_spelling(s.name, "name");
    }
    for (const std::string& a : s.aliases) {
      open.push_back(AliasToPattern(a));
      add_spelling(a, "alias '" + a + "'");
    }
    for (const std::string& p : s.patterns) open.push_back(p);
    if (!open.empty()) {
      Status st = add(i, false, "(?i)" + Alternation(open));
      if (!st.ok()) return st;
    }
    if (!s.guarded.empty()) {
      std::vector<std::string> g;
      for (const std::string& a : s.guarded) {
        g.push_back(AliasToPattern(a));
        add_spelling(a, "guarded '" + a + "' (counts only with " +
                            (s.guard.exact_case ? std::string("this exact case and ") : "") +
                            std::to_string(s.guard.context) + " other skill(s) nearby)");
      }
      Status st = add(i, true, (s.guard.exact_case ? "" : "(?i)") + Alternation(g));
      if (!st.ok()) return st;
      if (!s.guard.reject_before.empty()) {
        impl.reject_before[i] = std::make_unique<RE2>("(?:" + s.guard.reject_before + ")$", opts);
      }
      if (!s.guard.reject_after.empty()) {
        impl.reject_after[i] = std::make_unique<RE2>("^(?:" + s.guard.reject_after + ")", opts);
      }
      for (auto* re : {impl.reject_before[i].get(), impl.reject_after[i].get()}) {
        if (re && !re->ok()) {
          return Status::KbError(s.defined_at.ToString() + ": skill '" + s.id +
                                 "': guard pattern does not compile: " + re->error());
        }
      }
    }
  }
  if (!impl.set->Compile()) {
    return Status::KbError("knowledge base: the skill expressions are too large to compile");
  }
  return std::shared_ptr<const SkillMatcher>(m);
}

std::vector<Mention> SkillMatcher::Find(std::string_view text) const {
  const Impl& impl = *impl_;
  std::vector<int> hits;
  RE2::Set::ErrorInfo info;
  if (!impl.set->Match(text, &hits, &info)) {
    hits.clear();
    if (info.kind != RE2::Set::kNoError) {
      // The DFA ran out of memory: try every expression, slower but the same answer.
      for (size_t i = 0; i < impl.exprs.size(); ++i) hits.push_back(static_cast<int>(i));
    }
  }
  std::sort(hits.begin(), hits.end());
  std::vector<Mention> raw;
  for (int h : hits) {
    const Expr& e = impl.exprs[h];
    size_t pos = 0;
    re2::StringPiece groups[2];
    while (pos <= text.size() &&
           e.re->Match(text, pos, text.size(), RE2::UNANCHORED, groups, 2)) {
      const size_t b = static_cast<size_t>(groups[1].data() - text.data());
      const size_t en = b + groups[1].size();
      if (en > b) raw.push_back({e.skill, b, en, e.guarded});
      pos = std::max(en, b + 1);
    }
  }
  // Longest first at each start; drop what a kept mention covers.
  std::sort(raw.begin(), raw.end(), [](const Mention& a, const Mention& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return (a.end - a.begin) > (b.end - b.begin);
  });
  std::vector<Mention> kept;
  for (const Mention& m : raw) {
    if (!kept.empty() && m.begin < kept.back().end) continue;
    kept.push_back(m);
  }
  // Guards.
  std::vector<Mention> out;
  out.reserve(kept.size());
  for (size_t k = 0; k < kept.size(); ++k) {
    const Mention& m = kept[k];
    if (!m.guarded) {
      out.push_back(m);
      continue;
    }
    const Guard& g = kb_->skills()[m.skill].guard;
    // The window: kContextWindow bytes each side, not across a blank line.
    size_t lo = m.begin > kContextWindow ? m.begin - kContextWindow : 0;
    size_t hi = std::min(text.size(), m.end + kContextWindow);
    const size_t para_before = text.rfind("\n\n", m.begin);
    if (para_before != std::string_view::npos && para_before + 2 > lo) lo = para_before + 2;
    const size_t para_after = text.find("\n\n", m.end);
    if (para_after != std::string_view::npos && para_after < hi) hi = para_after;
    std::vector<int> others;
    for (size_t j = 0; j < kept.size(); ++j) {
      if (j == k || kept[j].skill == m.skill) continue;
      if (kept[j].end <= lo || kept[j].begin >= hi) continue;
      others.push_back(kept[j].skill);
    }
    std::sort(others.begin(), others.end());
    others.erase(std::unique(others.begin(), others.end()), others.end());
    if (static_cast<int>(others.size()) < g.context) continue;
    if (const RE2* before = impl.reject_before[m.skill].get()) {
      const size_t line_start = text.rfind('\n', m.begin == 0 ? 0 : m.begin - 1);
      size_t from = line_start == std::string_view::npos ? 0 : line_start + 1;
      if (m.begin == 0) from = 0;
      if (m.begin - from > 60) from = m.begin - 60;
      if (RE2::PartialMatch(text.substr(from, m.begin - from), *before)) continue;
    }
    if (const RE2* after = impl.reject_after[m.skill].get()) {
      if (RE2::PartialMatch(text.substr(m.end, std::min<size_t>(60, text.size() - m.end)), *after)) {
        continue;
      }
    }
    out.push_back(m);
  }
  return out;
}

std::vector<TermMatch> SkillMatcher::Explain(std::string_view term) const {
  std::vector<TermMatch> out;
  auto it = impl_->spellings.find(NormalizeAlias(term));
  if (it != impl_->spellings.end()) out = it->second;
  // Forms only a pattern knows ("AWS Certified Solutions Architect - Associate").
  for (const Mention& m : Find(term)) {
    bool known = false;
    for (const TermMatch& t : out) known = known || t.skill == m.skill;
    if (!known) {
      out.push_back({m.skill, "'" + std::string(term.substr(m.begin, m.end - m.begin)) +
                                  "' found by a pattern or alias inside the term"});
    }
  }
  return out;
}

}  // namespace skillfit
