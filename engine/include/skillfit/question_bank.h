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

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "skillfit/knowledge_base.h"
#include "skillfit/record_list.h"
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

// What a question is about: its level, skills and themes, as in Question (the study plan
// picks questions by them). A bank holds these for every question, also while the question
// itself is still undecoded in the cache (record_list.h).
struct QuestionTopics {
  QuestionLevel level = QuestionLevel::kBasic;
  std::vector<int> skills;
  std::vector<std::string_view> themes;  // views of text the bank holds
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
  QuestionBank() = default;
  // Not copied: its topics view text it holds.
  QuestionBank(const QuestionBank&) = delete;
  QuestionBank& operator=(const QuestionBank&) = delete;

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

  // Read from a warm cache, a question is decoded on its first use (record_list.h).
  const RecordList<Question>& questions() const { return questions_; }
  // questions()[q]'s level, skills and themes, without decoding the question.
  const QuestionTopics& TopicsOf(int q) const { return topics_[q]; }
  // Questions that test a skill / probe a theme, in file order.
  std::vector<int> ForSkill(int skill) const;
  std::vector<int> ForTheme(const std::string& theme) const;

 private:
  RecordList<Question> questions_;
  // Fills topics_, by_skill_ and by_theme_ from questions_ (held in memory), for a kb of
  // `skill_count` skills.
  void IndexBySkill(size_t skill_count);
  // Adds the next question, about `topics`, to topics_, by_skill_ (sized for the kb) and
  // by_theme_.
  void AddToIndex(QuestionTopics topics);

  std::vector<QuestionTopics> topics_;
  std::vector<std::vector<int>> by_skill_;
  std::map<std::string, std::vector<int>, std::less<>> by_theme_;
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
