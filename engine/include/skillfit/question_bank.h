// QuestionBank: interview questions from kb/questions/*.yaml, each with a three-part study
// guide, validated against the knowledge base.
//
//   auto bank = skillfit::QuestionBank::Load("kb/questions", *kb);
//   for (int q : (*bank)->ForSkill(kb->IndexOf("kubernetes"))) ...
//
//   // With a cache: a run whose question files and kb are unchanged skips the YAML.
//   skillfit::QuestionBankLoadOptions options;
//   options.cache_dir = "/home/me/.cache/skillfit";
//   auto cached = skillfit::QuestionBank::Load("kb/questions", *kb, options);
//
// The schema is in kb/README.md. Immutable after Load; shared read-only.
#ifndef SKILLFIT_QUESTION_BANK_H_
#define SKILLFIT_QUESTION_BANK_H_

#include <memory>
#include <string>
#include <vector>

#include "skillfit/knowledge_base.h"
#include "skillfit/status.h"

namespace skillfit {

enum class QuestionLevel { kBasic, kIntermediate, kAdvanced };
const char* QuestionLevelName(QuestionLevel l);  // "basic", "intermediate", "advanced"

struct Question {
  std::string id;
  std::string text;
  QuestionLevel level = QuestionLevel::kBasic;
  std::vector<int> skills;           // indexes into KnowledgeBase::skills()
  std::vector<std::string> themes;   // theme ids
  std::string answer;                // a short spoken answer, 3-5 sentences
  std::vector<std::string> explanation;  // 2-4 points
  std::vector<std::string> exercise;     // 3-5 steps
  SourcePlace defined_at;
};

// How QuestionBank::Load may use a cache of the loaded, validated bank.
struct QuestionBankLoadOptions {
  // Folder for the compiled cache (created when missing); one file per question folder and
  // kb location, keyed on the bytes of every question file and on the kb's skill and theme
  // ids. Empty (the default) means no cache. A cache that cannot be read or written is
  // ignored: the load never fails or differs because of it.
  std::string cache_dir;
  // When not null (the default is null), set to whether the bank came from the cache. For
  // tests and debugging.
  bool* from_cache = nullptr;
};

class QuestionBank {
 public:
  // Loads every *.yaml in `dir`. Fails with kKbError on the first problem (see Lint). A
  // bank with problems is never cached, so its errors come out the same with or without
  // `options.cache_dir`.
  static Result<std::shared_ptr<const QuestionBank>> Load(
      const std::string& dir, const KnowledgeBase& kb, const QuestionBankLoadOptions& options = {});
  // Every problem: unknown skill or theme ids, missing or short parts, duplicate ids, bad
  // levels. `bank` gets what could be read. Never uses a cache: it reports what the YAML
  // says.
  static std::vector<KbIssue> Lint(const std::string& dir, const KnowledgeBase& kb,
                                   std::shared_ptr<const QuestionBank>* bank = nullptr);

  const std::vector<Question>& questions() const { return questions_; }
  // Questions that test a skill / probe a theme, in file order.
  std::vector<int> ForSkill(int skill) const;
  std::vector<int> ForTheme(const std::string& theme) const;

 private:
  std::vector<Question> questions_;
  // Fills by_skill_ from questions_, for a kb of `skill_count` skills.
  void IndexBySkill(size_t skill_count);

  std::vector<std::vector<int>> by_skill_;
  friend class QuestionBankLoader;
  friend class QuestionBankCache;  // writes and reads the private members above
};

// Pairs of questions whose study guides read too much alike: word-trigram Jaccard similarity
// of the answers (or of the question texts) at or above `threshold`.
struct NearDuplicate {
  int a = -1;
  int b = -1;
  double similarity = 0;
  std::string what;  // "answer" or "text"
};
std::vector<NearDuplicate> FindNearDuplicates(const QuestionBank& bank, double threshold);

}  // namespace skillfit

#endif  // SKILLFIT_QUESTION_BANK_H_
