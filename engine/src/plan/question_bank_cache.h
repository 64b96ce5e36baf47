// QuestionBankCache: a loaded, validated QuestionBank kept in a binary file (cache_file.h),
// so that a run whose question files and knowledge base have not changed skips YAML parsing
// and validation of kb/questions.
//
//   QuestionBankCache cache("/home/me/.cache/skillfit", "kb/questions", files, kb);
//   if (std::shared_ptr<const QuestionBank> bank = cache.Read()) return bank;
//   ... load the YAML; if it has no problem: cache.Write(*bank);
//
// One cache file per location: the absolute question folder and the folders of the kb's
// files, so runs with and without --kb do not overwrite each other. Its key covers the
// question files and the parts of the kb that the loaded bank depends on (see ContentKey in
// question_bank_cache.cc). The cache is only an optimisation: every failure to read or write
// it is silent.
#ifndef SKILLFIT_QUESTION_BANK_CACHE_H_
#define SKILLFIT_QUESTION_BANK_CACHE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kb/cache_file.h"
#include "skillfit/knowledge_base.h"
#include "skillfit/question_bank.h"

namespace skillfit {

class QuestionBankCache {
 public:
  // The cache under `cache_dir` for the bank in `dir`, whose YAML files are `files` in the
  // order the loader reads them, validated against `kb` (which must outlive the cache).
  // Reads every file to compute the key; when one cannot be read, the cache is off (Read
  // returns null, Write does nothing) and the loader reports the problem.
  QuestionBankCache(const std::string& cache_dir, const std::string& dir,
                    std::vector<std::string> files, const KnowledgeBase& kb);

  // The bank stored for exactly these files and this kb, or null when there is none: no
  // cache file, another key or format version, a truncated or damaged file.
  std::shared_ptr<const QuestionBank> Read() const;

  // Stores `bank`, which must have loaded from these files against this kb without a
  // problem. Does nothing when a file changed since the key was computed; ignores every
  // error.
  void Write(const QuestionBank& bank) const;

 private:
  static std::string Encode(const QuestionBank& bank);
  // The bank in `mapped`'s payload, its questions left there to be decoded on first use;
  // null when the payload is not a well-formed encoding.
  std::shared_ptr<QuestionBank> Decode(const std::shared_ptr<const MappedPayload>& mapped) const;

  std::vector<std::string> files_;
  const KnowledgeBase& kb_;
  CacheFile file_;
};

}  // namespace skillfit

#endif  // SKILLFIT_QUESTION_BANK_CACHE_H_
