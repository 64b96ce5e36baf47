// KbCache: a loaded, validated KnowledgeBase kept in a binary file, so that a run whose kb
// files have not changed skips YAML parsing and validation (most of a short run's time).
//
//   KbCache cache("/home/me/.cache/skillfit", "kb", {}, files);  // reads and hashes `files`
//   if (std::shared_ptr<const KnowledgeBase> kb = cache.Read()) return kb;
//   ... load the YAML; if it has no problem: cache.Write(*kb);
//
// The file also holds the image of the kb's compiled matcher (matcher_image.h), which Read
// leaves mapped, for SkillMatcher::Compile to use as it is.
//
// One cache file per kb location (the absolute kb folder and extra folders), named after a
// hash of it; its header holds the content key, a hash of the format version, the kb files'
// paths and what stat says of each (the document tables included, degree_fields.yaml and
// titles.yaml, kept in the payload too) (PutFiles in cache_file.h: no kb file is read on a warm
// start). Any edit to a kb file changes the key, and the next Write replaces the file. The cache is only an optimisation: every failure to read or write it is silent.
#ifndef SKILLFIT_KB_CACHE_H_
#define SKILLFIT_KB_CACHE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kb/cache_file.h"
#include "skillfit/knowledge_base.h"

namespace skillfit {

// Whether a skill's record as the cache stores it (LazyRecords::Record) has a name, alias or
// guarded spelling that NormalizesTo `key` (alias_text.h): the records `kb search` need
// decode, read in place.
bool SpelledAs(std::string_view record, std::string_view key);

class KbCache {
 public:
  // The cache under `cache_dir` for the kb at `dir` plus `extra_dirs`, whose YAML files are
  // `files` in the order the loader reads them. Stats every file to compute the key; when
  // one cannot be read or a folder does not exist, the cache is off (Read returns null,
  // Write does nothing) and the loader reports the problem.
  // `table_files` are the kb's document tables (degree fields, then titles), each of which
  // may be missing: the key covers whether each exists and, when it does, its stat.
  KbCache(const std::string& cache_dir, const std::string& dir,
          const std::vector<std::string>& extra_dirs, std::vector<std::string> files,
          std::vector<std::string> table_files);

  // The knowledge base stored for exactly these file contents, or null when there is none:
  // no cache file, another key or format version, a truncated or damaged file.
  std::shared_ptr<const KnowledgeBase> Read() const;

  // Stores `kb`, which must have loaded from these files without a problem, with its
  // document tables. Replaces the file atomically (a temporary file, then rename). Does
  // nothing when the kb has no tables or a file changed since the key was computed, and
  // ignores every error.
  void Write(const KnowledgeBase& kb) const;

 private:
  // The payload: the kb's part (EncodeKb) and, 8-byte aligned after it, the image of its
  // matcher (matcher_image.h) when the kb has one.
  static std::string Encode(const KnowledgeBase& kb);
  // The kb of a payload, with `image` set to the matcher's image in it (maybe empty); null
  // when it is not a well-formed encoding.
  static std::shared_ptr<KnowledgeBase> Decode(const std::shared_ptr<const MappedPayload>& mapped,
                                               std::string_view* image);
  static std::string EncodeKb(const KnowledgeBase& kb);
  // The kb's part of `mapped`'s payload: its skills are left in it, read on first use.
  static std::shared_ptr<KnowledgeBase> DecodeKb(const std::shared_ptr<const MappedPayload>& mapped,
                                                 std::string_view payload);
  // Reads the skills' count and checks each record, for `kb` to read them from `payload`
  // when used; false when one is malformed.
  static bool WalkSkills(const std::shared_ptr<const MappedPayload>& mapped,
                         std::string_view payload, Reader* in, KnowledgeBase* kb);
  // The degree-field and title tables, after the rest of the kb's part.
  static void EncodeTables(const KnowledgeBase& kb, std::string* out);
  static void DecodeTables(Reader* in, KnowledgeBase* kb);
  // Whether the decoded kb's id order (by_id_) is one IndexOf can search.
  static bool IdsInOrder(const KnowledgeBase& kb);

  std::vector<std::string> files_;
  std::vector<std::string> table_files_;
  CacheFile file_;
};

}  // namespace skillfit

#endif  // SKILLFIT_KB_CACHE_H_
