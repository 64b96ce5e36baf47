// Titles held as evidence: the skills a job title names (kb/titles.yaml).
//
//   auto titles = skillfit::TitleTable::Load("kb/titles.yaml", *kb);
//   titles->SkillsOf("Senior Data Scientist")   // {data-science}
//   titles->SkillsOf("Engineering Manager")     // {leadership, people-management}
//
// Loaded with the knowledge base when it is asked for (KbLoadOptions::document_tables), and
// kept in the kb cache with it.
#ifndef SKILLFIT_TITLE_TABLE_H_
#define SKILLFIT_TITLE_TABLE_H_

#include <string>
#include <string_view>
#include <vector>

#include "skillfit/knowledge_base.h"
#include "skillfit/status.h"

namespace skillfit {

class TitleTable {
 public:
  // Reads `path`: `titles:` a list of {title: phrase, skills: [skill ids]}. A phrase may hold
  // one "{category}" (a kb category id): it then stands for that phrase with the name or any
  // alias of each skill of the category in its place. A missing file is
  // an empty table; a skill id the kb lacks, or a malformed entry, is a kKbError naming the
  // file and line.
  static Result<TitleTable> Load(const std::string& path, const KnowledgeBase& kb);

  // The skills (kb indexes, no duplicates) of every phrase that `title` holds as whole words,
  // case aside: "Sr. Site Reliability Engineer" holds "site reliability engineer".
  std::vector<int> SkillsOf(std::string_view title) const;

  // Whether some title names `skill` (a kb index): the skill is a line of work, a field such
  // as back-end development or UX design, not a tool or a practice inside one.
  bool NamesSkill(int skill) const;

  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::string phrase;  // lowercase
    std::vector<int> skills;
  };
  std::vector<Entry> entries_;

  friend class KbCache;  // stores and reads entries_
};

}  // namespace skillfit

#endif  // SKILLFIT_TITLE_TABLE_H_
