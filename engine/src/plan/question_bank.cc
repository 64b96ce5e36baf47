#include "skillfit/question_bank.h"

#include <dirent.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <set>
#include <unordered_map>

#include "plan/question_bank_cache.h"

namespace skillfit {

const char* QuestionLevelName(QuestionLevel l) {
  switch (l) {
    case QuestionLevel::kBasic: return "basic";
    case QuestionLevel::kIntermediate: return "intermediate";
    case QuestionLevel::kAdvanced: return "advanced";
  }
  return "basic";
}

std::vector<int> QuestionBank::ForSkill(int skill) const {
  if (skill < 0 || skill >= static_cast<int>(by_skill_.size())) return {};
  return by_skill_[skill];
}

std::vector<int> QuestionBank::ForTheme(const std::string& theme) const {
  const auto it = by_theme_.find(theme);
  return it == by_theme_.end() ? std::vector<int>() : it->second;
}

void QuestionBank::IndexBySkill(size_t skill_count) {
  topics_.clear();
  by_skill_.assign(skill_count, {});
  by_theme_.clear();
  for (const Question& q : questions_.items()) {
    AddToIndex({q.level, q.skills, std::vector<std::string_view>(q.themes.begin(), q.themes.end())});
  }
}

void QuestionBank::AddToIndex(QuestionTopics topics) {
  const int q = static_cast<int>(topics_.size());
  for (int s : topics.skills) by_skill_[s].push_back(q);
  for (std::string_view t : topics.themes) {
    std::vector<int>& list = by_theme_[std::string(t)];
    if (list.empty() || list.back() != q) list.push_back(q);  // a theme named twice: once
  }
  topics_.push_back(std::move(topics));
}

namespace {

// The question files of `dir` (*.yaml, *.yml), sorted: what the loader reads and the cache
// key covers. False when the folder cannot be opened.
bool QuestionFiles(const std::string& dir, std::vector<std::string>* files) {
  DIR* d = opendir(dir.c_str());
  if (!d) return false;
  files->clear();
  while (dirent* e = readdir(d)) {
    const std::string n = e->d_name;
    if (n.size() > 5 && (n.substr(n.size() - 5) == ".yaml" || n.substr(n.size() - 4) == ".yml")) {
      files->push_back(dir + "/" + n);
    }
  }
  closedir(d);
  std::sort(files->begin(), files->end());
  return true;
}

size_t Sentences(const std::string& s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && (i + 1 == s.size() || s[i + 1] == ' ' || s[i + 1] == '\n')) ++n;
  }
  return n == 0 && !s.empty() ? 1 : n;
}

}  // namespace

class QuestionBankLoader {
 public:
  std::vector<KbIssue> issues;
  std::shared_ptr<QuestionBank> bank = std::make_shared<QuestionBank>();

  void LoadDir(const std::string& dir, const KnowledgeBase& kb) {
    std::vector<std::string> files;
    if (!QuestionFiles(dir, &files)) {
      FolderIssue(dir, "question bank folder not found");
      return;
    }
    LoadFiles(dir, files, kb);
  }

  // `files` are QuestionFiles(dir).
  void LoadFiles(const std::string& dir, const std::vector<std::string>& files,
                 const KnowledgeBase& kb) {
    if (files.empty()) FolderIssue(dir, "no question files (*.yaml) found");
    std::set<std::string> themes;
    for (const Theme& t : kb.themes()) themes.insert(t.id);
    std::unordered_map<std::string, SourcePlace> ids;
    for (const std::string& f : files) LoadFile(f, kb, themes, &ids);
    bank->IndexBySkill(kb.skills().size());
  }

 private:
  // A problem with the folder as a whole, at no line. (Built field by field: GCC 12 warned a
  // braced {{dir, 0, 0}, ...} temporary might be used uninitialized.)
  void FolderIssue(const std::string& dir, std::string message) {
    KbIssue issue;
    issue.place.file = dir;
    issue.message = std::move(message);
    issues.push_back(std::move(issue));
  }

  static SourcePlace Place(const std::string& file, const YAML::Node& n) {
    const YAML::Mark m = n.Mark();
    if (m.is_null()) return {file, 0, 0};
    return {file, m.line + 1, m.column + 1};
  }

  // The questions of `file` into the bank; an issue where the file is not YAML, has no
  // 'questions:' list, or a question is not a map.
  void LoadFile(const std::string& file, const KnowledgeBase& kb, const std::set<std::string>& themes,
                std::unordered_map<std::string, SourcePlace>* ids) {
    YAML::Node root;
    try {
      root = YAML::LoadFile(file);
    } catch (const YAML::Exception& e) {
      issues.push_back({{file, e.mark.line + 1, e.mark.column + 1}, "invalid YAML: " + e.msg});
      return;
    }
    if (!root.IsMap() || !root["questions"] || !root["questions"].IsSequence()) {
      issues.push_back({Place(file, root), "expected a top-level 'questions:' list"});
      return;
    }
    for (const YAML::Node& n : root["questions"]) {
      const SourcePlace place = Place(file, n);
      if (!n.IsMap()) {
        issues.push_back({place, "each question must be a map"});
        continue;
      }
      LoadQuestion(file, n, place, kb, themes, ids);
    }
  }

  // The scalar at `key` of question `n`; "" when it is absent or not a scalar.
  static std::string Str(const YAML::Node& n, const char* key) {
    YAML::Node v = n[key];
    return v && v.IsScalar() ? v.Scalar() : "";
  }

  // The non-empty scalars of the list at `key` of question `n`; none, with an issue, when it is
  // not a list (absent or null is an empty list).
  std::vector<std::string> List(const std::string& file, const YAML::Node& n, const char* key) {
    std::vector<std::string> out;
    YAML::Node v = n[key];
    if (!v || v.IsNull()) return out;
    if (!v.IsSequence()) {
      issues.push_back(
          {Place(file, v), "question '" + Str(n, "id") + "': '" + key + "' must be a list"});
      return out;
    }
    for (const YAML::Node& x : v) {
      if (x.IsScalar() && !x.Scalar().empty()) out.push_back(x.Scalar());
    }
    return out;
  }

  // Question `n` (a map) of `file` into the bank, with an issue for each field it gets wrong;
  // `ids` holds where each id was first defined.
  void LoadQuestion(const std::string& file, const YAML::Node& n, const SourcePlace& place,
                    const KnowledgeBase& kb, const std::set<std::string>& themes,
                    std::unordered_map<std::string, SourcePlace>* ids) {
    Question q;
    q.defined_at = place;
    q.id = Str(n, "id");
    const std::string what = "question '" + q.id + "'";
    CheckFields(file, n, what);
    if (q.id.empty()) issues.push_back({place, "question without an 'id'"});
    auto [it, fresh] = ids->emplace(q.id, place);
    if (!fresh) {
      issues.push_back(
          {place, what + ": id defined twice (first at " + it->second.ToString() + ")"});
    }
    q.text = Str(n, "text");
    if (q.text.empty()) issues.push_back({place, what + ": missing 'text'"});
    ReadLevel(Str(n, "level"), place, what, &q);
    ReadTopics(file, n, place, what, kb, themes, &q);
    ReadStudyGuide(file, n, place, what, &q);
    bank->questions_.items().push_back(std::move(q));
  }

  // An issue for each field of question `n` that the schema does not have.
  void CheckFields(const std::string& file, const YAML::Node& n, const std::string& what) {
    static const std::set<std::string> kKeys = {"id",     "text",   "level",       "skills",
                                                "themes", "answer", "explanation", "exercise"};
    for (const auto& kv : n) {
      if (!kKeys.count(kv.first.Scalar())) {
        issues.push_back(
            {Place(file, kv.first), what + ": unknown field '" + kv.first.Scalar() + "'"});
      }
    }
  }

  // `q->level` from `level`; an issue, and the level left as it is, when it is none of the three.
  void ReadLevel(const std::string& level, const SourcePlace& place, const std::string& what,
                 Question* q) {
    if (level == "basic") {
      q->level = QuestionLevel::kBasic;
    } else if (level == "intermediate") {
      q->level = QuestionLevel::kIntermediate;
    } else if (level == "advanced") {
      q->level = QuestionLevel::kAdvanced;
    } else {
      issues.push_back(
          {place, what + ": level '" + level + "' is not basic, intermediate or advanced"});
    }
  }

  // The question's skills (those the kb knows) and themes, with an issue for each unknown one
  // and one when it has neither.
  void ReadTopics(const std::string& file, const YAML::Node& n, const SourcePlace& place,
                  const std::string& what, const KnowledgeBase& kb,
                  const std::set<std::string>& themes, Question* q) {
    for (const std::string& s : List(file, n, "skills")) {
      const int i = kb.IndexOf(s);
      if (i < 0) {
        issues.push_back({place, what + ": unknown skill '" + s + "'"});
      } else {
        q->skills.push_back(i);
      }
    }
    q->themes = List(file, n, "themes");
    for (const std::string& t : q->themes) {
      if (!themes.count(t)) issues.push_back({place, what + ": unknown theme '" + t + "'"});
    }
    if (q->skills.empty() && q->themes.empty()) {
      issues.push_back({place, what + ": needs at least one skill or theme"});
    }
  }

  // The question's answer, explanation and exercise, with an issue for each outside its
  // size: 2-7 sentences of answer (the message asks 3-5), 2-4 points, 3-5 steps.
  void ReadStudyGuide(const std::string& file, const YAML::Node& n, const SourcePlace& place,
                      const std::string& what, Question* q) {
    q->answer = Str(n, "answer");
    q->explanation = List(file, n, "explanation");
    q->exercise = List(file, n, "exercise");
    const size_t sentences = Sentences(q->answer);
    if (q->answer.empty()) {
      issues.push_back({place, what + ": missing 'answer'"});
    } else if (sentences < 2 || sentences > 7) {
      issues.push_back(
          {place, what + ": the answer should be 3-5 sentences, has " + std::to_string(sentences)});
    }
    if (q->explanation.size() < 2 || q->explanation.size() > 4) {
      issues.push_back({place, what + ": 'explanation' needs 2-4 points, has " +
                                   std::to_string(q->explanation.size())});
    }
    if (q->exercise.size() < 3 || q->exercise.size() > 5) {
      issues.push_back({place, what + ": 'exercise' needs 3-5 steps, has " +
                                   std::to_string(q->exercise.size())});
    }
  }
};

std::vector<KbIssue> QuestionBank::Lint(const std::string& dir, const KnowledgeBase& kb,
                                        std::shared_ptr<const QuestionBank>* bank) {
  QuestionBankLoader loader;
  loader.LoadDir(dir, kb);
  if (bank) *bank = loader.bank;
  return loader.issues;
}

Result<std::shared_ptr<const QuestionBank>> QuestionBank::Load(
    const std::string& dir, const KnowledgeBase& kb, const QuestionBankLoadOptions& options) {
  if (options.from_cache) *options.from_cache = false;
  // The files are listed once, so that the cache key covers exactly what the loader reads.
  std::vector<std::string> files;
  std::optional<QuestionBankCache> cache;
  if (!options.cache_dir.empty() && QuestionFiles(dir, &files)) {
    cache.emplace(options.cache_dir, dir, files, kb);
    if (std::shared_ptr<const QuestionBank> bank = cache->Read()) {
      if (options.from_cache) *options.from_cache = true;
      return bank;
    }
  }
  QuestionBankLoader loader;
  if (cache) {
    loader.LoadFiles(dir, files, kb);
  } else {
    loader.LoadDir(dir, kb);
  }
  const std::vector<KbIssue>& issues = loader.issues;
  if (!issues.empty()) {
    std::string msg = issues.front().ToString();
    if (issues.size() > 1) {
      msg += " (and " + std::to_string(issues.size() - 1) + " more problems; run 'skillfit kb lint')";
    }
    return Status::KbError(msg);
  }
  if (cache) cache->Write(*loader.bank);
  return std::shared_ptr<const QuestionBank>(loader.bank);
}

namespace {

// Hashes of the word trigrams of a text, sorted and unique.
std::vector<size_t> Trigrams(const std::string& s) {
  std::vector<std::string> words;
  std::string w;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!w.empty()) {
      words.push_back(w);
      w.clear();
    }
  }
  if (!w.empty()) words.push_back(w);
  std::vector<size_t> out;
  std::hash<std::string> h;
  for (size_t i = 0; i + 2 < words.size(); ++i) out.push_back(h(words[i] + " " + words[i + 1] + " " + words[i + 2]));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double Jaccard(const std::vector<size_t>& a, const std::vector<size_t>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t i = 0, j = 0, both = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++both;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return double(both) / double(a.size() + b.size() - both);
}

}  // namespace

std::vector<NearDuplicate> FindNearDuplicates(const QuestionBank& bank, double threshold) {
  const auto& qs = bank.questions();
  std::vector<std::vector<size_t>> answers, texts;
  for (const Question& q : qs) {
    std::string guide = q.answer;
    for (const std::string& e : q.explanation) guide += " " + e;
    answers.push_back(Trigrams(guide));
    texts.push_back(Trigrams(q.text));
  }
  std::vector<NearDuplicate> out;
  for (size_t i = 0; i < qs.size(); ++i) {
    for (size_t j = i + 1; j < qs.size(); ++j) {
      const double a = Jaccard(answers[i], answers[j]);
      if (a >= threshold) out.push_back({int(i), int(j), a, "answer"});
      const double t = Jaccard(texts[i], texts[j]);
      if (t >= threshold && texts[i].size() >= 4) out.push_back({int(i), int(j), t, "text"});
    }
  }
  return out;
}

}  // namespace skillfit
