#include "jd_eval.h"

#include <dirent.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "skillfit/document.h"
#include "skillfit/profile.h"

namespace skillfit {
namespace eval {

double JdEvalResult::precision() const {
  const int d = true_positives + false_positives;
  return d ? double(true_positives) / d : 0;
}
double JdEvalResult::recall() const {
  const int d = true_positives + false_negatives;
  return d ? double(true_positives) / d : 0;
}
double JdEvalResult::f1() const {
  const double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}
double JdEvalResult::level_accuracy() const {
  return level_checked ? double(level_correct) / level_checked : 0;
}
double JdEvalResult::context_leak() const {
  return context_gold ? double(context_leaked) / context_gold : 0;
}

namespace {

using nlohmann::json;

std::string Read(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A SkillSpan posting's text without the poster's "Technologies" tag line.
std::string StripTechnologies(const std::string& text) {
  const size_t t = text.find("\nTechnologies\n");
  if (t == std::string::npos) return text;
  const size_t tags = t + 14;
  const size_t eol = text.find('\n', tags);
  return text.substr(0, t + 1) + (eol == std::string::npos ? "" : text.substr(eol + 1));
}

std::string SkillSpanText(const std::string& path, int line) {
  std::ifstream in(path);
  std::string l;
  for (int i = 1; std::getline(in, l); ++i) {
    if (i == line) return StripTechnologies(json::parse(l).at("text").get<std::string>());
  }
  return "";
}

bool Counted(const std::string& kind, const std::string& level) {
  return (kind == "hard" || kind == "cert" || kind == "certification") &&
         (level == "required" || level == "preferred" || level == "responsibility");
}

// The knowledge-base skill a gold label names: its name or any alias, spelled as the kb does.
int Resolve(const SkillMatcher& matcher, const json& label) {
  std::vector<std::string> forms = {label.at("name").get<std::string>()};
  if (label.contains("aliases")) {
    for (const auto& a : label["aliases"]) forms.push_back(a.get<std::string>());
  }
  for (const std::string& f : forms) {
    for (const TermMatch& t : matcher.Explain(f)) {
      if (t.via.rfind("'", 0) != 0) return t.skill;  // an exact spelling, not a part of the term
      // A pattern that reads the whole term is a spelling of it too ("Bachelor's degree in
      // Business Administration" is a form of bachelors-business's pattern).
      if (t.via.rfind("'" + f + "' ", 0) == 0) return t.skill;
    }
  }
  return -1;
}

// The .json files of `dir`, sorted; an error in `r` when the folder cannot be opened.
std::vector<std::string> LabelFiles(const std::string& dir, JdEvalResult* r) {
  std::vector<std::string> files;
  DIR* d = opendir(dir.c_str());
  if (!d) {
    r->errors.push_back(dir + ": cannot open the labels folder");
    return files;
  }
  while (dirent* e = readdir(d)) {
    const std::string n = e->d_name;
    if (n.size() > 5 && n.substr(n.size() - 5) == ".json") files.push_back(n);
  }
  closedir(d);
  std::sort(files.begin(), files.end());
  return files;
}

// The posting a label file names: a SkillSpan line (Technologies line removed) or a file.
Result<Document> LoadPosting(const json& gold, const std::string& repo_root) {
  const std::string source = repo_root + "/" + gold.at("source").get<std::string>();
  if (!gold.contains("line")) return LoadDocument(source);
  const std::string text = SkillSpanText(source, gold["line"].get<int>());
  return LoadDocumentFromBytes(text, gold["id"].get<std::string>() + ".txt");
}

// Whether a label file labels spoken languages: those of tests/eval/jd leave natural
// languages out (its README), the later sets label them as hard skills.
bool LabelsLanguages(const json& gold, const SkillMatcher& matcher) {
  for (const json& label : gold.at("skills")) {
    const int id = Resolve(matcher, label);
    if (id >= 0 && matcher.kb().skills()[id].kind == SkillKind::kLanguage) return true;
  }
  return false;
}

// Predicted: skills named (not only implied), hard or certification, not context; spoken
// languages only where the labels name some (LabelsLanguages).
std::map<int, RequirementLevel> PredictedSkills(const JdProfile& p, const KnowledgeBase& kb,
                                                bool languages) {
  std::map<int, RequirementLevel> predicted;
  for (const JdSkill& s : p.skills) {
    if (s.mentions.empty() || s.level == RequirementLevel::kContext) continue;
    const SkillKind kind = kb.skills()[s.skill].kind;
    if (kind == SkillKind::kSoft || (kind == SkillKind::kLanguage && !languages)) continue;
    predicted[s.skill] = s.level;
  }
  return predicted;
}

bool HardOrCert(const std::string& kind) {
  return kind == "hard" || kind == "cert" || kind == "certification";
}

// Context leak: gold skills (hard/cert) labelled only at level context in this file, and those
// among them the engine asks for at required or preferred level.
void CountContextLeak(const json& gold, const SkillMatcher& matcher,
                      const std::map<int, RequirementLevel>& predicted, JdEvalResult* r,
                      std::string* detail) {
  std::map<int, std::string> context;  // kb id -> gold name
  std::set<int> asked;                  // kb ids gold labels at any other level or as soft
  std::set<std::string> unknown;
  for (const json& label : gold.at("skills")) {
    const int id = Resolve(matcher, label);
    const bool ctx = HardOrCert(label.value("kind", "hard")) &&
                     label.value("level", "required") == "context";
    if (!ctx) {
      if (id >= 0) asked.insert(id);
    } else if (id < 0) {
      unknown.insert(label.at("name").get<std::string>());
    } else {
      context.emplace(id, label.at("name").get<std::string>());
    }
  }
  r->context_unknown += static_cast<int>(unknown.size());
  for (const auto& [id, name] : context) {
    if (asked.count(id)) continue;
    ++r->context_gold;
    auto it = predicted.find(id);
    if (it == predicted.end()) continue;
    if (it->second != RequirementLevel::kRequired && it->second != RequirementLevel::kPreferred) continue;
    ++r->context_leaked;
    ++r->leaked[name];
    *detail += " leak:" + name;
  }
}

// Scores one labelled posting into `r`.
void ScoreJd(const json& gold, const JdProfile& p, const SkillMatcher& matcher, JdEvalResult* r) {
  const KnowledgeBase& kb = matcher.kb();
  const std::map<int, RequirementLevel> predicted =
      PredictedSkills(p, kb, LabelsLanguages(gold, matcher));
  std::set<int> gold_ids;
  int tp = 0, fn = 0;
  std::string detail;  // what went wrong, for the per-posting line
  for (const json& label : gold.at("skills")) {
    if (!Counted(label.value("kind", "hard"), label.value("level", "required"))) continue;
    const int id = Resolve(matcher, label);
    const std::string name = label.at("name").get<std::string>();
    if (id < 0) {
      ++r->gold_unknown;
      ++r->false_negatives;
      ++fn;
      ++r->missed[name];
      detail += " fn?:" + name;  // '?': no kb skill has this name
      continue;
    }
    if (!gold_ids.insert(id).second) continue;  // two labels for one kb skill
    auto it = predicted.find(id);
    if (it == predicted.end()) {
      ++r->false_negatives;
      ++fn;
      ++r->missed[name];
      detail += " fn:" + name;
      continue;
    }
    ++r->true_positives;
    ++tp;
    const std::string lvl = label.value("level", "required");
    if (lvl == "required" || lvl == "preferred") {
      ++r->level_checked;
      if (lvl == RequirementLevelName(it->second)) {
        ++r->level_correct;
      } else {
        detail += " level:" + name + "=" + RequirementLevelName(it->second);
      }
    }
  }
  int fp = 0;
  for (const auto& [id, level] : predicted) {
    if (gold_ids.count(id)) continue;
    // Anything found that gold does not count (including gold context or soft skills) is false.
    ++r->false_positives;
    ++fp;
    ++r->wrongly_found[kb.skills()[id].id];
    detail += " fp:" + kb.skills()[id].id;
  }
  CountContextLeak(gold, matcher, predicted, r, &detail);
  char line[256];
  std::snprintf(line, sizeof line, "%-48s tp %3d  fp %3d  fn %3d",
                gold["id"].get<std::string>().c_str(), tp, fp, fn);
  r->per_jd.push_back(line + detail);
}

}  // namespace

JdEvalResult EvaluateJds(const std::string& eval_dir, const std::string& repo_root,
                         const SkillMatcher& matcher) {
  JdEvalResult r;
  for (const std::string& f : LabelFiles(eval_dir, &r)) {
    json gold;
    try {
      gold = json::parse(Read(eval_dir + "/" + f));
    } catch (const std::exception& e) {
      r.errors.push_back(f + ": " + e.what());
      continue;
    }
    const Result<Document> doc = LoadPosting(gold, repo_root);
    if (!doc.ok()) {
      r.errors.push_back(f + ": " + doc.status().message());
      continue;
    }
    ++r.jds;
    ScoreJd(gold, ExtractJd(*doc, matcher, {}), matcher, &r);
  }
  return r;
}

void EvaluateSkillSpanSpans(const std::string& jsonl_path, const SkillMatcher& matcher,
                            JdEvalResult* r) {
  std::ifstream in(jsonl_path);
  std::string l;
  while (std::getline(in, l)) {
    const json j = json::parse(l);
    const std::string text = StripTechnologies(j.at("text").get<std::string>());
    std::string lower = text;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::vector<Mention> ms = matcher.Find(text);
    std::vector<std::pair<size_t, size_t>> gold_spans;
    for (const auto& g : j.at("gold_knowledge_spans")) {
      std::string s = g.get<std::string>();
      for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (s.empty()) continue;
      size_t pos = lower.find(s);
      if (pos == std::string::npos) continue;  // only in the stripped Technologies line
      ++r->span_gold;
      bool hit = false;
      for (; pos != std::string::npos; pos = lower.find(s, pos + 1)) {
        gold_spans.push_back({pos, pos + s.size()});
        for (const Mention& m : ms) hit = hit || (m.begin < pos + s.size() && m.end > pos);
      }
      r->span_gold_hit += hit;
    }
    for (const Mention& m : ms) {
      if (matcher.kb().skills()[m.skill].kind == SkillKind::kSoft) continue;
      ++r->span_pred;
      bool hit = false;
      for (const auto& [b, e] : gold_spans) hit = hit || (m.begin < e && m.end > b);
      r->span_pred_hit += hit;
    }
  }
}

std::string FormatReport(const JdEvalResult& r, size_t top, bool details) {
  std::ostringstream out;
  char buf[512];
  std::snprintf(buf, sizeof buf,
                "JDs %d   hard skills and certifications (required, preferred, responsibility)\n"
                "  precision %.3f   recall %.3f   F1 %.3f   (tp %d, fp %d, fn %d; %d gold skills not in the kb)\n"
                "  level accuracy (required vs preferred) %.3f over %d\n",
                r.jds, r.precision(), r.recall(), r.f1(), r.true_positives, r.false_positives,
                r.false_negatives, r.gold_unknown, r.level_accuracy(), r.level_checked);
  out << buf;
  std::snprintf(buf, sizeof buf,
                "  context leak %.3f (%d of %d context-only gold skills asked as required or preferred;"
                " %d not in the kb)\n",
                r.context_leak(), r.context_leaked, r.context_gold, r.context_unknown);
  out << buf;
  if (r.span_gold > 0) {
    std::snprintf(buf, sizeof buf,
                  "SkillSpan dev knowledge spans: recall %.3f (%d/%d)   precision %.3f (%d/%d)\n",
                  double(r.span_gold_hit) / r.span_gold, r.span_gold_hit, r.span_gold,
                  r.span_pred ? double(r.span_pred_hit) / r.span_pred : 0.0, r.span_pred_hit, r.span_pred);
    out << buf;
  }
  auto top_of = [&](const std::map<std::string, int>& m, const char* title) {
    std::vector<std::pair<int, std::string>> v;
    for (const auto& [k, n] : m) v.push_back({-n, k});
    std::sort(v.begin(), v.end());
    out << title;
    for (size_t i = 0; i < v.size() && i < top; ++i) out << (i ? ", " : " ") << v[i].second << " (" << -v[i].first << ")";
    out << "\n";
  };
  if (details) {
    top_of(r.missed, "most often missed:");
    top_of(r.wrongly_found, "most often wrongly found:");
    top_of(r.leaked, "context skills most often asked:");
    for (const std::string& l : r.per_jd) out << "  " << l << "\n";
  }
  for (const std::string& e : r.errors) out << "  error: " << e << "\n";
  return out.str();
}

}  // namespace eval
}  // namespace skillfit
