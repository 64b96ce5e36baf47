// Loads and validates the knowledge base (kb/README.md documents the schema).
#include "skillfit/knowledge_base.h"

#include <dirent.h>
#include <re2/re2.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <system_error>
#include <thread>

#include "kb/alias_text.h"
#include "kb/degree_fields_file.h"
#include "kb/kb_cache.h"
#include "kb/matcher_image.h"
#include "skillfit/education.h"
#include "skillfit/title_table.h"

namespace skillfit {

const char* SkillKindName(SkillKind k) {
  switch (k) {
    case SkillKind::kHard:
      return "hard";
    case SkillKind::kSoft:
      return "soft";
    case SkillKind::kCertification:
      return "certification";
    case SkillKind::kLanguage:
      return "language";
  }
  return "hard";
}

std::string SourcePlace::ToString() const {
  std::string s = file;
  if (line > 0) s += ":" + std::to_string(line);
  if (column > 0) s += ":" + std::to_string(column);
  return s;
}

std::string KbIssue::ToString() const { return place.ToString() + ": " + message; }

std::string_view KnowledgeBase::IdOf(int skill) const {
  return ids_.empty() ? std::string_view(skills_[skill].id) : ids_[skill];
}

int KnowledgeBase::IndexOf(std::string_view id) const {
  auto it = std::lower_bound(by_id_.begin(), by_id_.end(), id,
                             [&](int i, std::string_view want) { return IdOf(i) < want; });
  return it != by_id_.end() && IdOf(*it) == id ? *it : -1;
}

void KnowledgeBase::SortIds() {
  const std::vector<Skill>& skills = skills_.items();
  by_id_.resize(skills.size());
  for (size_t i = 0; i < by_id_.size(); ++i) by_id_[i] = static_cast<int>(i);
  std::sort(by_id_.begin(), by_id_.end(),
            [&](int a, int b) { return skills[a].id < skills[b].id; });
}

const Skill* KnowledgeBase::Find(std::string_view id) const {
  const int i = IndexOf(id);
  return i < 0 ? nullptr : &skills_[i];
}

const Category* KnowledgeBase::FindCategory(std::string_view id) const {
  for (const Category& c : categories_) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

namespace {

bool IsDir(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool IsFile(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// *.yaml and *.yml files directly in `dir`, sorted.
std::vector<std::string> YamlFiles(const std::string& dir) {
  std::vector<std::string> out;
  DIR* d = opendir(dir.c_str());
  if (!d) return out;
  while (dirent* e = readdir(d)) {
    std::string n = e->d_name;
    auto ends = [&](const std::string& suf) {
      return n.size() > suf.size() && n.compare(n.size() - suf.size(), suf.size(), suf) == 0;
    };
    if (ends(".yaml") || ends(".yml")) out.push_back(dir + "/" + n);
  }
  closedir(d);
  std::sort(out.begin(), out.end());
  return out;
}

// The skill files of a --kb path: the file itself, or the *.yaml files of the folder; empty
// when there are none or the path does not exist.
std::vector<std::string> ExtraFiles(const std::string& extra) {
  if (IsFile(extra)) return {extra};
  return IsDir(extra) ? YamlFiles(extra) : std::vector<std::string>{};
}

// Every file KbLoader::LoadAll reads, in its order: what the cache key covers.
std::vector<std::string> KbFiles(const std::string& dir,
                                 const std::vector<std::string>& extra_dirs) {
  std::vector<std::string> files = {dir + "/categories.yaml"};
  if (IsFile(dir + "/themes.yaml")) files.push_back(dir + "/themes.yaml");
  for (const std::string& f : YamlFiles(dir + "/skills")) files.push_back(f);
  for (const std::string& extra : extra_dirs) {
    for (const std::string& f : ExtraFiles(extra)) files.push_back(f);
  }
  return files;
}

// The document tables of the kb at `dir` (KbLoadOptions::document_tables), in the order
// KbLoader::LoadTables reads them; each may be missing.
std::vector<std::string> TableFiles(const std::string& dir) {
  return {dir + "/degree_fields.yaml", dir + "/titles.yaml"};
}

bool ValidId(const std::string& id) {
  if (id.empty() || !(std::islower(static_cast<unsigned char>(id[0])) || std::isdigit(static_cast<unsigned char>(id[0])))) return false;
  for (char c : id) {
    if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-')) return false;
  }
  return true;
}

// Runs work(0) ... work(n - 1), each once, on every core (on fewer when no more threads can
// be had); returns when all are done.
void ParallelFor(size_t n, const std::function<void(size_t)>& work) {
  std::atomic<size_t> next{0};
  auto run = [&] {
    for (size_t i = next++; i < n; i = next++) work(i);
  };
  const size_t threads = std::min<size_t>(n, std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::thread> pool;
  try {
    for (size_t t = 1; t < threads; ++t) pool.emplace_back(run);
  } catch (const std::system_error&) {  // this thread does the rest
  }
  run();
  for (std::thread& t : pool) t.join();
}

// What is wrong with skill s's patterns and guard patterns: one message for each that does
// not compile, in order.
std::vector<std::string> PatternProblems(const Skill& s) {
  const std::string what = "skill '" + s.id + "'";
  std::vector<std::string> problems;
  for (const std::string& p : s.patterns) {
    RE2 re(p, RE2::Quiet);
    if (!re.ok()) problems.push_back(what + ": pattern '" + p + "' does not compile: " + re.error());
  }
  for (const std::string* p : {&s.guard.reject_before, &s.guard.reject_after}) {
    if (p->empty()) continue;
    RE2 re(*p, RE2::Quiet);
    if (!re.ok()) {
      problems.push_back(what + ": guard pattern '" + *p + "' does not compile: " + re.error());
    }
  }
  return problems;
}

}  // namespace

// A skill file read ahead of the load, on any thread (KbYamlReader::ReadSkillFile): its skills
// in file order (one without an id too) and the problems found reading it, or the problem
// that stopped it; the loader adds the skills later, in the order of the files.
struct SkillFileRead {
  bool parsed = false;  // false: `issues` holds the one problem that stopped it
  std::vector<Skill> skills;
  std::vector<KbIssue> issues;
  std::vector<size_t> issues_after;  // per skill: how many of `issues` came before its end
};

// Reads the fields of parsed kb YAML into the kb's structs; each problem becomes an issue.
class KbYamlReader {
 public:
  std::vector<KbIssue> issues;

  // Parses skill file `file` and reads its skills. Safe to call on several threads at once.
  static SkillFileRead ReadSkillFile(const std::string& file) {
    SkillFileRead out;
    Parsed p = Parse(file);
    if (!p.ok) {
      out.issues.push_back(std::move(p.issue));
      return out;
    }
    out.parsed = true;
    KbYamlReader reader;
    reader.ReadSkills(file, p.root, &out);
    out.issues = std::move(reader.issues);
    return out;
  }

 protected:
  void Issue(SourcePlace place, std::string message) {
    issues.push_back({std::move(place), std::move(message)});
  }

  static SourcePlace Place(const std::string& file, const YAML::Node& n) {
    const YAML::Mark m = n.Mark();
    if (m.is_null()) return {file, 0, 0};
    return {file, m.line + 1, m.column + 1};
  }

  // A file parsed ahead, or the problem that stopped it.
  struct Parsed {
    YAML::Node root;
    bool ok = false;
    KbIssue issue;
  };

  // `file` parsed, or the problem that stops it.
  static Parsed Parse(const std::string& file) {
    Parsed p;
    p.issue.place.file = file;
    try {
      p.root = YAML::LoadFile(file);
      p.ok = true;
    } catch (const YAML::BadFile&) {
      p.issue.message = "cannot read file";
    } catch (const YAML::Exception& e) {  // ParserException among them
      p.issue.place.line = e.mark.line + 1;
      p.issue.place.column = e.mark.column + 1;
      p.issue.message = "invalid YAML: " + e.msg;
    }
    return p;
  }

  // A string scalar, or an issue.
  bool GetString(const std::string& file, const YAML::Node& map, const char* key,
                 const std::string& what, std::string* out, bool required) {
    YAML::Node n = map[key];
    if (!n) {
      if (required) Issue(Place(file, map), what + ": missing '" + key + "'");
      return false;
    }
    if (!n.IsScalar()) {
      Issue(Place(file, n), what + ": '" + key + "' must be a string");
      return false;
    }
    *out = n.Scalar();
    return true;
  }

  void GetList(const std::string& file, const YAML::Node& map, const char* key,
               const std::string& what, std::vector<std::string>* out) {
    YAML::Node n = map[key];
    if (!n || n.IsNull()) return;
    if (!n.IsSequence()) {
      Issue(Place(file, n), what + ": '" + key + "' must be a list");
      return;
    }
    for (const YAML::Node& item : n) {
      if (!item.IsScalar() || item.Scalar().empty()) {
        Issue(Place(file, item), what + ": '" + key + "' items must be non-empty strings");
        continue;
      }
      out->push_back(item.Scalar());
    }
  }

  // The skills of the parsed skill file `root` into `out`.
  void ReadSkills(const std::string& file, const YAML::Node& root, SkillFileRead* out) {
    if (!root.IsMap() || !root["skills"]) {
      Issue(Place(file, root), "expected a top-level 'skills:' list");
      return;
    }
    YAML::Node list = root["skills"];
    if (!list.IsSequence()) {
      Issue(Place(file, list), "'skills' must be a list");
      return;
    }
    for (const YAML::Node& n : list) {
      if (!n.IsMap()) {
        Issue(Place(file, n), "each skill must be a map");
        continue;
      }
      out->skills.push_back(ReadSkill(file, n));
      out->issues_after.push_back(issues.size());
    }
  }

  // The skill map `n` of `file` as a Skill (its id empty when it has none); each problem
  // with it becomes an issue.
  Skill ReadSkill(const std::string& file, const YAML::Node& n) {
    static const std::set<std::string> kKeys = {"id",      "name",    "category",   "kind",
                                                "aliases", "guarded", "guard",      "patterns",
                                                "implies", "related", "description"};
    Skill s;
    s.defined_at = Place(file, n);
    GetString(file, n, "id", "skill", &s.id, true);
    const std::string what = "skill '" + s.id + "'";
    for (const auto& kv : n) {
      const std::string key = kv.first.Scalar();
      if (!kKeys.count(key)) Issue(Place(file, kv.first), what + ": unknown field '" + key + "'");
    }
    if (!s.id.empty() && !ValidId(s.id)) {
      Issue(s.defined_at, what + ": id must be lowercase letters, digits and '-'");
    }
    GetString(file, n, "name", what, &s.name, true);
    GetString(file, n, "category", what, &s.category, true);
    ReadKind(file, n, what, &s.kind);
    GetString(file, n, "description", what, &s.description, true);
    GetList(file, n, "aliases", what, &s.aliases);
    GetList(file, n, "guarded", what, &s.guarded);
    GetList(file, n, "patterns", what, &s.patterns);
    GetList(file, n, "implies", what, &s.implies);
    GetList(file, n, "related", what, &s.related);
    if (YAML::Node g = n["guard"]) {
      ReadGuard(file, g, what, &s.guard);
      if (s.guarded.empty()) Issue(Place(file, g), what + ": 'guard' given but 'guarded' is empty");
    }
    return s;
  }

  // A skill's required 'kind' into `kind`: hard, soft, certification (also "cert") or language.
  void ReadKind(const std::string& file, const YAML::Node& n, const std::string& what,
                SkillKind* kind) {
    std::string k;
    if (!GetString(file, n, "kind", what, &k, true)) return;
    if (k == "hard") {
      *kind = SkillKind::kHard;
    } else if (k == "soft") {
      *kind = SkillKind::kSoft;
    } else if (k == "certification" || k == "cert") {
      *kind = SkillKind::kCertification;
    } else if (k == "language") {
      *kind = SkillKind::kLanguage;
    } else {
      Issue(Place(file, n["kind"]),
            what + ": kind '" + k + "' is not hard, soft, certification or language");
    }
  }

  // A skill's 'guard' map `g` into `guard`: its case, context and reject patterns, each
  // optional; a field it does not know is an issue.
  void ReadGuard(const std::string& file, const YAML::Node& g, const std::string& what,
                 Guard* guard) {
    if (!g.IsMap()) {
      Issue(Place(file, g), what + ": 'guard' must be a map");
      return;
    }
    for (const auto& kv : g) {
      const std::string key = kv.first.Scalar();
      if (key != "case" && key != "context" && key != "reject_before" && key != "reject_after") {
        Issue(Place(file, kv.first), what + ": unknown guard field '" + key + "'");
      }
    }
    std::string c;
    if (GetString(file, g, "case", what, &c, false)) {
      if (c == "exact") {
        guard->exact_case = true;
      } else if (c == "any") {
        guard->exact_case = false;
      } else {
        Issue(Place(file, g["case"]), what + ": guard case must be 'exact' or 'any'");
      }
    }
    std::string ctx;
    if (GetString(file, g, "context", what, &ctx, false)) {
      char* end = nullptr;
      const long v = std::strtol(ctx.c_str(), &end, 10);
      if (*end != '\0' || v < 0 || v > 10) {
        Issue(Place(file, g["context"]), what + ": guard context must be a number from 0 to 10");
      } else {
        guard->context = static_cast<int>(v);
      }
    }
    GetString(file, g, "reject_before", what, &guard->reject_before, false);
    GetString(file, g, "reject_after", what, &guard->reject_after, false);
  }
};

// Reads YAML into a KnowledgeBase, collecting every problem.
class KbLoader : public KbYamlReader {
 public:
  std::shared_ptr<KnowledgeBase> kb = std::make_shared<KnowledgeBase>();

  void LoadAll(const std::string& dir, const std::vector<std::string>& extra_dirs) {
    if (!IsDir(dir)) {
      Issue({dir, 0, 0}, "knowledge-base folder not found");
      return;
    }
    LoadCategories(dir + "/categories.yaml");
    if (IsFile(dir + "/themes.yaml")) LoadThemes(dir + "/themes.yaml");
    const std::vector<std::string> files = YamlFiles(dir + "/skills");
    if (files.empty()) Issue({dir + "/skills", 0, 0}, "no skill files (*.yaml) found");
    std::vector<std::vector<std::string>> extra_files;
    for (const std::string& extra : extra_dirs) extra_files.push_back(ExtraFiles(extra));
    ReadAhead(files, extra_files);
    for (const std::string& f : files) AddSkillFile(f, /*layer=*/0);
    int layer = 1;
    for (size_t e = 0; e < extra_dirs.size(); ++e) {
      const std::string& extra = extra_dirs[e];
      const std::vector<std::string>& more = extra_files[e];
      if (more.empty()) {
        Issue({extra, 0, 0},
              IsDir(extra) ? "no *.yaml files in this --kb folder" : "--kb path not found");
      }
      for (const std::string& f : more) AddSkillFile(f, layer);
      ++layer;
    }
    Validate();
  }

  // Reads the document tables (TableFiles) of the kb at `dir` into the kb, which must have
  // loaded without a problem (titles name its skills); the first problem in them, as a
  // kKbError naming the file and line.
  Status LoadTables(const std::string& dir) {
    const std::vector<std::string> files = TableFiles(dir);
    DegreeFieldTable fields;
    const std::vector<KbIssue> field_issues = LoadDegreeFields(files[0], &fields);
    if (!field_issues.empty()) return Status::KbError(field_issues.front().ToString());
    auto titles = TitleTable::Load(files[1], *kb);
    if (!titles.ok()) return titles.status();
    kb->degree_fields_ = std::make_shared<const DegreeFieldTable>(std::move(fields));
    kb->titles_ = std::make_shared<const TitleTable>(std::move(titles).value());
    return Status::Ok();
  }

 private:
  struct Layered {
    int layer;
  };
  std::vector<int> layer_of_;  // per skill
  std::unordered_map<std::string, int> index_;  // skill id -> index, while skills are added

  // Reads the skill files, `files` then each of `extra_files`, on every core (YAML parsing is
  // most of the time a kb takes to load); AddSkillFile then takes them in its own order, so
  // issues come out as if each file were read when added.
  void ReadAhead(const std::vector<std::string>& files,
                 const std::vector<std::vector<std::string>>& extra_files) {
    std::vector<std::string> all = files;
    for (const std::vector<std::string>& more : extra_files) {
      all.insert(all.end(), more.begin(), more.end());
    }
    std::vector<SkillFileRead> read(all.size());
    ParallelFor(all.size(), [&](size_t i) { read[i] = ReadSkillFile(all[i]); });
    for (size_t i = 0; i < all.size(); ++i) read_ahead_.emplace(all[i], std::move(read[i]));
  }

  // Adds the skills of `file` (read ahead, or now) in `layer`, with the problems found
  // reading them, each skill's just before it is added.
  void AddSkillFile(const std::string& file, int layer) {
    auto it = read_ahead_.find(file);
    SkillFileRead read = it != read_ahead_.end() ? std::move(it->second) : ReadSkillFile(file);
    if (it != read_ahead_.end()) read_ahead_.erase(it);
    if (read.parsed) files_read_.push_back(file);
    size_t next = 0;
    for (size_t k = 0; k < read.skills.size(); ++k) {
      for (; next < read.issues_after[k]; ++next) issues.push_back(std::move(read.issues[next]));
      if (!read.skills[k].id.empty()) AddSkill(std::move(read.skills[k]), layer);
    }
    for (; next < read.issues.size(); ++next) issues.push_back(std::move(read.issues[next]));
  }

  std::map<std::string, SkillFileRead> read_ahead_;
  std::vector<std::vector<std::string>> pattern_problems_;  // per skill (PatternProblems)

  // Parses categories.yaml or themes.yaml into `root`; false, with the issue, when it fails.
  bool ParseFile(const std::string& file, YAML::Node* root) {
    Parsed p = Parse(file);
    if (!p.ok) {
      issues.push_back(std::move(p.issue));
      return false;
    }
    *root = std::move(p.root);
    files_read_.push_back(file);
    return true;
  }

  void LoadCategories(const std::string& file) {
    if (!IsFile(file)) {
      Issue({file, 0, 0}, "missing categories file");
      return;
    }
    YAML::Node root;
    if (!ParseFile(file, &root)) return;
    YAML::Node list = root["categories"];
    if (!list || !list.IsSequence()) {
      Issue(Place(file, root), "expected a 'categories:' list");
      return;
    }
    std::set<std::string> seen;
    for (const YAML::Node& n : list) {
      Category c;
      if (!n.IsMap()) {
        Issue(Place(file, n), "category must be a map with id and name");
        continue;
      }
      GetString(file, n, "id", "category", &c.id, true);
      GetString(file, n, "name", "category '" + c.id + "'", &c.name, true);
      if (!seen.insert(c.id).second) Issue(Place(file, n), "category '" + c.id + "' defined twice");
      kb->categories_.push_back(c);
    }
  }

  bool HasCategory(const std::string& id) const {
    for (const Category& c : kb->categories_) {
      if (c.id == id) return true;
    }
    return false;
  }

  void LoadThemes(const std::string& file) {
    YAML::Node root;
    if (!ParseFile(file, &root)) return;
    YAML::Node list = root["themes"];
    if (!list || !list.IsSequence()) {
      Issue(Place(file, root), "expected a 'themes:' list");
      return;
    }
    std::set<std::string> seen;
    for (const YAML::Node& n : list) {
      Theme t;
      if (!n.IsMap()) {
        Issue(Place(file, n), "theme must be a map");
        continue;
      }
      GetString(file, n, "id", "theme", &t.id, true);
      const std::string what = "theme '" + t.id + "'";
      GetString(file, n, "name", what, &t.name, true);
      GetList(file, n, "cues", what, &t.cues);
      for (std::string& c : t.cues) c = NormalizeAlias(c);
      if (t.cues.empty()) Issue(Place(file, n), what + ": needs at least one cue");
      GetList(file, n, "arises_in", what, &t.arises_in);
      for (const std::string& c : t.arises_in) {
        if (!HasCategory(c)) Issue(Place(file, n), what + ": arises_in names unknown category '" + c + "'");
      }
      if (!ValidId(t.id)) Issue(Place(file, n), what + ": id must be lowercase letters, digits, '-'");
      if (!seen.insert(t.id).second) Issue(Place(file, n), what + ": defined twice");
      kb->themes_.push_back(std::move(t));
    }
  }

  // Adds skill `s` (with an id) read in `layer`. An id already defined in the same layer is
  // an issue; one from a lower layer is replaced (a user's --kb skill replaces ours).
  void AddSkill(Skill s, int layer) {
    auto it = index_.find(s.id);
    if (it != index_.end()) {
      if (layer_of_[it->second] == layer) {
        Issue(s.defined_at, "skill '" + s.id + "': id defined twice (first at " +
                                kb->skills_[it->second].defined_at.ToString() + ")");
      } else {
        kb->skills_.items()[it->second] = std::move(s);  // a user's --kb skill replaces ours
        layer_of_[it->second] = layer;
      }
      return;
    }
    index_[s.id] = static_cast<int>(kb->skills_.size());
    kb->skills_.items().push_back(std::move(s));
    layer_of_.push_back(layer);
  }

  void Validate() {
    KnowledgeBase& k = *kb;
    k.SortIds();  // every skill is in: IndexOf works from here on
    std::set<std::string> categories;
    for (const Category& c : k.categories_) categories.insert(c.id);
    // Spelling -> first skill that claims it unguarded.
    std::unordered_map<std::string, int> spelled;
    const int n = static_cast<int>(k.skills_.size());
    k.related_.assign(n, {});
    // Compiling every pattern is most of the checking: on every core, issued in order below.
    pattern_problems_.resize(n);
    ParallelFor(n, [&](size_t i) { pattern_problems_[i] = PatternProblems(k.skills_[i]); });
    for (int i = 0; i < n; ++i) CheckSkill(i, categories, &spelled);
    for (auto& r : k.related_) {
      std::sort(r.begin(), r.end());
      r.erase(std::unique(r.begin(), r.end()), r.end());
    }
    CloseImplies();
    k.files_ = files_read_;
  }

  // Checks skill i against the rest of the kb (its category, its spellings in `spelled`, its
  // patterns, the skills it names), and links it and its related skills both ways.
  void CheckSkill(int i, const std::set<std::string>& categories,
                  std::unordered_map<std::string, int>* spelled) {
    KnowledgeBase& k = *kb;
    const Skill& s = k.skills_[i];
    const std::string what = "skill '" + s.id + "'";
    if (!s.category.empty() && !categories.count(s.category)) {
      Issue(s.defined_at, what + ": unknown category '" + s.category + "'");
    }
    if (s.description.find('\n') != std::string::npos) {
      Issue(s.defined_at, what + ": description must be one line");
    }
    CheckSpellings(i, what, spelled);
    for (std::string& problem : pattern_problems_[i]) Issue(s.defined_at, std::move(problem));
    CheckLanguage(s, what);
    for (const std::string& r : s.implies) {
      const int j = k.IndexOf(r);
      if (j < 0) {
        Issue(s.defined_at, what + ": implies unknown skill '" + r + "'");
      } else if (j == i) {
        Issue(s.defined_at, what + ": implies itself");
      }
    }
    for (const std::string& r : s.related) {
      const int j = k.IndexOf(r);
      if (j < 0) {
        Issue(s.defined_at, what + ": related to unknown skill '" + r + "'");
      } else if (j != i) {
        k.related_[i].push_back(j);
        k.related_[j].push_back(i);
      }
    }
  }

  // A spoken language is found by its plain names alone (the extractor reads the proficiency
  // words around each name): no patterns, and in spoken-languages; and only a language sits in
  // that category. (A guarded spelling is allowed: "Polish", as written, is not "polish".)
  void CheckLanguage(const Skill& s, const std::string& what) {
    const bool language = s.kind == SkillKind::kLanguage;
    if (language != (s.category == "spoken-languages")) {
      Issue(s.defined_at, what + ": kind 'language' goes with category 'spoken-languages', and only it");
    }
    if (language && !s.patterns.empty()) {
      Issue(s.defined_at, what + ": a language is named by its names and aliases, not patterns");
    }
  }

  // Claims the unguarded spellings of skill i (its aliases, and its name unless guarded) in
  // `spelled`; an empty one, or one another skill claimed first, is an issue.
  void CheckSpellings(int i, const std::string& what,
                      std::unordered_map<std::string, int>* spelled) {
    const KnowledgeBase& k = *kb;
    const Skill& s = k.skills_[i];
    std::set<std::string> guarded_forms;
    for (const std::string& g : s.guarded) guarded_forms.insert(NormalizeAlias(g));
    std::vector<std::string> forms = s.aliases;
    if (!s.name.empty() && !guarded_forms.count(NormalizeAlias(s.name))) forms.push_back(s.name);
    std::set<std::string> own;
    for (const std::string& a : forms) {
      const std::string key = NormalizeAlias(a);
      if (key.empty()) {
        Issue(s.defined_at, what + ": empty alias");
        continue;
      }
      if (!own.insert(key).second) continue;  // the name repeated as an alias is harmless
      auto [it, fresh] = spelled->emplace(key, i);
      if (!fresh && it->second != i) {
        Issue(s.defined_at, what + ": alias '" + a + "' is also claimed by skill '" +
                                k.skills_[it->second].id + "' (" +
                                k.skills_[it->second].defined_at.ToString() +
                                "); guard one of them or drop it");
      }
    }
  }

  // Transitive closure of implies, with cycle detection, into kb->implied_closure_; a cycle
  // is an issue.
  void CloseImplies() {
    const int n = static_cast<int>(kb->skills_.size());
    kb->implied_closure_.assign(n, {});
    std::vector<int> state(n, 0);  // 0 new, 1 on stack, 2 done
    for (int i = 0; i < n; ++i) {
      std::vector<int> stack;
      if (state[i] == 0) VisitImplies(i, &state, &stack);
    }
  }

  // Closes the implies of skill i, depth first, after those of each skill it implies; `state`
  // is CloseImplies's per skill, `stack` the skills being visited.
  void VisitImplies(int i, std::vector<int>* state, std::vector<int>* stack) {
    KnowledgeBase& k = *kb;
    (*state)[i] = 1;
    stack->push_back(i);
    std::set<int> closure;
    for (const std::string& r : k.skills_[i].implies) {
      const int j = k.IndexOf(r);
      if (j < 0 || j == i) continue;
      if ((*state)[j] == 1) {
        std::string cycle;
        for (auto it = std::find(stack->begin(), stack->end(), j); it != stack->end(); ++it) {
          cycle += k.skills_[*it].id + " -> ";
        }
        Issue(k.skills_[i].defined_at,
              "skill '" + k.skills_[i].id + "': implies forms a cycle: " + cycle + k.skills_[j].id);
        continue;
      }
      if ((*state)[j] == 0) VisitImplies(j, state, stack);
      closure.insert(j);
      closure.insert(k.implied_closure_[j].begin(), k.implied_closure_[j].end());
    }
    closure.erase(i);
    k.implied_closure_[i].assign(closure.begin(), closure.end());
    stack->pop_back();
    (*state)[i] = 2;
  }

  std::vector<std::string> files_read_;
};

std::vector<KbIssue> KnowledgeBase::Lint(const std::string& dir,
                                         const std::vector<std::string>& extra_dirs,
                                         std::shared_ptr<const KnowledgeBase>* kb) {
  KbLoader loader;
  loader.LoadAll(dir, extra_dirs);
  if (kb) *kb = loader.kb;
  return loader.issues;
}

Result<std::shared_ptr<const KnowledgeBase>> KnowledgeBase::Load(
    const std::string& dir, const std::vector<std::string>& extra_dirs,
    const KbLoadOptions& options) {
  if (options.from_cache) *options.from_cache = false;
  std::optional<KbCache> cache;
  if (!options.cache_dir.empty()) {
    cache.emplace(options.cache_dir, dir, extra_dirs, KbFiles(dir, extra_dirs), TableFiles(dir));
    if (std::shared_ptr<const KnowledgeBase> kb = cache->Read()) {
      if (options.from_cache) *options.from_cache = true;
      return kb;
    }
  }
  KbLoader loader;
  loader.LoadAll(dir, extra_dirs);
  const std::vector<KbIssue>& issues = loader.issues;
  if (!issues.empty()) {
    std::string msg = issues.front().ToString();
    if (issues.size() > 1) {
      msg += " (and " + std::to_string(issues.size() - 1) +
             " more problems; run 'skillfit kb lint')";
    }
    return Status::KbError(msg);
  }
  // The tables are read when asked for, and for the cache, which holds them either way; one
  // with a problem fails the load only when asked for, and is not cached.
  if (options.document_tables || cache) {
    Status tables = loader.LoadTables(dir);
    if (!tables.ok() && options.document_tables) return tables;
    if (!tables.ok()) return std::shared_ptr<const KnowledgeBase>(loader.kb);
  }
  if (cache) {
    // Cached with the matcher's image, which Compile then uses rather than building its own.
    // One that does not build is not cached: Compile reports why.
    Result<std::string> image = BuildMatcherImage(*loader.kb);
    if (!image.ok()) return std::shared_ptr<const KnowledgeBase>(loader.kb);
    auto bytes = std::make_shared<const std::string>(std::move(image.value()));
    loader.kb->compiled_matcher_ =
        std::make_shared<const CompiledMatcher>(CompiledMatcher{bytes, *bytes});
    cache->Write(*loader.kb);
  }
  return std::shared_ptr<const KnowledgeBase>(loader.kb);
}

std::string DefaultKbDir(const std::string& argv0) {
  if (const char* env = std::getenv("SKILLFIT_KB"); env && *env) return env;
  std::string exe;
  char buf[4096];
  const ssize_t len = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (len > 0) {
    exe.assign(buf, static_cast<size_t>(len));
  } else {
    exe = argv0;
  }
  const size_t slash = exe.find_last_of('/');
  const std::string bin_dir = slash == std::string::npos ? "." : exe.substr(0, slash);
  for (const std::string& c : {bin_dir + "/kb", bin_dir + "/../kb", bin_dir + "/../share/skillfit/kb"}) {
    if (IsFile(c + "/categories.yaml")) return c;
  }
#ifdef SKILLFIT_SOURCE_KB_DIR
  return SKILLFIT_SOURCE_KB_DIR;
#else
  return "kb";
#endif
}

}  // namespace skillfit
