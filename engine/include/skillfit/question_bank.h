// QuestionBank: interview questions from kb/questions/*.yaml, each with a three-part study
// guide, validated against the knowledge base.
//
//   auto bank = skillfit::QuestionBank::Load("kb/questions", *kb);
//   for (int q : (*bank)->ForSkill(kb->IndexOf("kubernetes"))) ...
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

class QuestionBank {
 public:
  // Loads every *.yaml in `dir`. Fails with kKbError on the first problem (see Lint).
  static Result<std::shared_ptr<const QuestionBank>> Load(const std::string& dir,
                                                          const KnowledgeBase& kb);
  // Every problem: unknown skill or theme ids, missing or short parts, duplicate ids, bad
  // levels. `bank` gets what could be read.
  static std::vector<KbIssue> Lint(const std::string& dir, const KnowledgeBase& kb,
                                   std::shared_ptr<const QuestionBank>* bank = nullptr);

  const std::vector<Question>& questions() const { return questions_; }
  // Questions that test a skill / probe a theme, in file order.
  std::vector<int> ForSkill(int skill) const;
  std::vector<int> ForTheme(const std::string& theme) const;

 private:
  std::vector<Question> questions_;
  std::vector<std::vector<int>> by_skill_;
  friend class QuestionBankLoader;
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
