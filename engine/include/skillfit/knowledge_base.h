// KnowledgeBase: the skills skillfit can recognise, loaded from YAML and validated.
//
//   auto kb = skillfit::KnowledgeBase::Load("kb", {"my-skills/"});
//   if (!kb.ok()) return kb.status();   // "kb/skills/web.yaml:42:7: skill 'react': ..."
//   const skillfit::Skill* s = (*kb)->Find("kubernetes");
//
//   // With a cache: a run whose kb files are unchanged skips YAML parsing and validation.
//   skillfit::KbLoadOptions options;
//   options.cache_dir = "/home/me/.cache/skillfit";
//   auto cached = skillfit::KnowledgeBase::Load("kb", {}, options);
//
// Loaded once, then shared read-only by every document (it is immutable after Load).
#ifndef SKILLFIT_KNOWLEDGE_BASE_H_
#define SKILLFIT_KNOWLEDGE_BASE_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "skillfit/record_list.h"
#include "skillfit/status.h"

namespace skillfit {

struct CompiledMatcher;  // internal (kb/matcher_image.h)
class DegreeFieldTable;  // skillfit/education.h
class TitleTable;        // skillfit/title_table.h
template <typename T>
class LazyRecords;       // internal (kb/lazy_records.h)

// kLanguage: a spoken (or signed) language, found only where a text asks for or states a
// proficiency in it (see extract/spoken_language.h); the last value, so that a cache of an
// older kb decodes the same.
enum class SkillKind { kHard, kSoft, kCertification, kLanguage };
const char* SkillKindName(SkillKind k);  // "hard", "soft", "certification", "language"

// Conditions a guarded spelling ("Go", "R", "Chef") must meet to count as a mention.
struct Guard {
  bool exact_case = true;     // the spelling must appear as written
  int context = 1;            // other skills named near it (same sentence or list line)
  std::string reject_before;  // RE2; voids the match when it matches right before it
  std::string reject_after;   // RE2; voids the match when it matches right after it
};

// Where something was defined, for messages: "kb/skills/web.yaml:42:7".
struct SourcePlace {
  std::string file;
  int line = 0;    // 1-based
  int column = 0;  // 1-based
  std::string ToString() const;
};

struct Skill {
  std::string id;
  std::string name;
  std::string category;
  SkillKind kind = SkillKind::kHard;
  std::string description;
  std::vector<std::string> aliases;   // matched case-insensitively; `name` is matched too
  std::vector<std::string> guarded;   // matched only when `guard` holds
  std::vector<std::string> patterns;  // RE2, matched case-insensitively
  std::vector<std::string> implies;   // ids
  std::vector<std::string> related;   // ids, made symmetric at load
  Guard guard;
  SourcePlace defined_at;
};

struct Category {
  std::string id;
  std::string name;
};

// A behavioural theme a JD can name ("on-call") and the phrases that name it.
struct Theme {
  std::string id;
  std::string name;
  std::vector<std::string> cues;  // lowercase phrases, matched as whole words
  // Category ids of the work in which this situation arises (on-call: devops, sre...);
  // empty when it arises in any work. A question set in the situation fits a JD that names
  // the theme or asks a skill of one of these categories (the study plan's rule).
  std::vector<std::string> arises_in;
};

// One problem found by validation.
struct KbIssue {
  SourcePlace place;
  std::string message;
  std::string ToString() const;  // "kb/skills/web.yaml:42:7: skill 'react': ..."
};

// How KnowledgeBase::Load may use a cache of the loaded, validated knowledge base.
struct KbLoadOptions {
  // Folder for the compiled cache (created when missing); one file per kb location, keyed
  // on the bytes of every kb file. Empty (the default) means no cache. A cache that cannot
  // be read or written is ignored: the load never fails or differs because of it.
  std::string cache_dir;
  // When not null (the default is null), set to whether the knowledge base came from the
  // cache. For tests and debugging.
  bool* from_cache = nullptr;
  // Also read the kb folder's document tables, degree_fields.yaml and titles.yaml (each
  // optional: a missing one is an empty table), for KnowledgeBase::degree_fields() and
  // titles(); a problem in one fails the load. Default false: they are not read, and a
  // problem in them does not matter (`kb search` works with a broken titles file). With a
  // cache, the tables are kept in it beside the kb (its key covers both files), so a warm
  // start reads no YAML.
  bool document_tables = false;
};

class KnowledgeBase {
 public:
  // Loads `dir` (categories.yaml, themes.yaml, skills/*.yaml) and then every *.yaml file of
  // each extra dir (a skill whose id exists replaces it). Fails with kKbError on the first
  // problem, with "(and N more problems; run 'skillfit kb lint')" when there are more.
  // A knowledge base with problems is never cached, so its errors come out the same with
  // or without `options.cache_dir`.
  static Result<std::shared_ptr<const KnowledgeBase>> Load(
      const std::string& dir, const std::vector<std::string>& extra_dirs = {},
      const KbLoadOptions& options = {});

  // Like Load, but returns every problem found instead of stopping at the first; `kb` gets
  // the knowledge base when the files could be read at all (even with problems). Never uses
  // a cache: it reports what the YAML says.
  static std::vector<KbIssue> Lint(const std::string& dir,
                                   const std::vector<std::string>& extra_dirs,
                                   std::shared_ptr<const KnowledgeBase>* kb = nullptr);

  // Read from a warm cache, a skill is decoded on its first use (record_list.h).
  const RecordList<Skill>& skills() const { return skills_; }
  const std::vector<Category>& categories() const { return categories_; }
  const std::vector<Theme>& themes() const { return themes_; }
  const std::vector<std::string>& files() const { return files_; }

  // skills()[skill].id, read without decoding the skill when it comes from the cache.
  std::string_view IdOf(int skill) const;
  // Index of a skill id in skills(), or -1.
  int IndexOf(std::string_view id) const;
  const Skill* Find(std::string_view id) const;
  const Category* FindCategory(std::string_view id) const;

  // Every skill a skill implies, directly or through others (indexes, no duplicates).
  const std::vector<int>& ImpliedBy(int skill) const { return implied_closure_[skill]; }
  // Related skills (indexes), symmetric.
  const std::vector<int>& RelatedTo(int skill) const { return related_[skill]; }

  // The document tables (KbLoadOptions::document_tables); null when the load did not read
  // them.
  const std::shared_ptr<const DegreeFieldTable>& degree_fields() const { return degree_fields_; }
  const std::shared_ptr<const TitleTable>& titles() const { return titles_; }

 private:
  // Fills by_id_ from skills_ (held in memory), whose ids must be unique.
  void SortIds();

  RecordList<Skill> skills_;
  // The source of skills_ when they come from the cache, null otherwise: its records, read
  // in place, let SkillMatcher::Explain look at every skill's spellings without decoding
  // the skill.
  std::shared_ptr<const LazyRecords<Skill>> skill_records_;
  std::vector<Category> categories_;
  std::vector<Theme> themes_;
  std::vector<std::string> files_;
  // The indexes of skills_ ordered by id, for IndexOf's binary search: a flat array the
  // cache stores as it is, where a hash map would be rebuilt at every start.
  std::vector<int> by_id_;
  // Each skill's id when skills_ come from the cache (views of the mapped file, which
  // skill_records_ keeps), so that IndexOf decodes no skill; empty otherwise.
  std::vector<std::string_view> ids_;
  std::vector<std::vector<int>> implied_closure_;
  std::vector<std::vector<int>> related_;
  // The image of this kb's compiled matcher, when the load has one (from the cache, or built
  // to be written there); SkillMatcher::Compile views it instead of building.
  std::shared_ptr<const CompiledMatcher> compiled_matcher_;
  std::shared_ptr<const DegreeFieldTable> degree_fields_;  // kb/degree_fields.yaml
  std::shared_ptr<const TitleTable> titles_;               // kb/titles.yaml

  friend class SkillMatcher;
  friend class KbLoader;
  friend class KbCache;  // writes and reads the private members above
};

// The kb/ folder to use when none is given: $SKILLFIT_KB, else kb/ beside or above the
// binary, else the source tree's kb/ compiled in. `argv0` is the program path.
std::string DefaultKbDir(const std::string& argv0);

}  // namespace skillfit

#endif  // SKILLFIT_KNOWLEDGE_BASE_H_
