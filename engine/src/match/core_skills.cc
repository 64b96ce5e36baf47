// The JD's core skills: the required skills a recruiter will not do without (match.h,
// CoreSkills; README "Score version 2").
#include <algorithm>
#include <string>

#include "skillfit/match.h"
#include "skillfit/title_table.h"
#include "util/ascii.h"

namespace skillfit {
namespace {

// Most required skills a "must" line may name and still single each out: a longer list after
// "Must have:" is a requirements list, not one skill stressed above the others.
constexpr size_t kMostMustSkills = 2;

// Verbs that make "must" a demand on what the candidate has ("must have", "must likewise
// have", "must be fluent in"), not on what they will do ("must collaborate").
const char* const kMustVerbs[] = {"have", "be", "possess", "hold", "know"};
constexpr int kMustVerbReach = 2;  // words after "must" that may hold the verb

// Whether one of the kMustVerbReach words after byte `from` of `l` is a kMustVerbs verb.
bool MustVerbFollows(const std::string& l, size_t from) {
  size_t at = from;
  for (int n = 0; n < kMustVerbReach; ++n) {
    while (at < l.size() && !IsAsciiAlnum(l[at])) ++at;
    size_t end = at;
    while (end < l.size() && IsAsciiAlnum(l[end])) ++end;
    if (end == at) return false;
    const std::string word = l.substr(at, end - at);
    for (const char* v : kMustVerbs) {
      if (word == v) return true;
    }
    at = end;
  }
  return false;
}

// Whether `line` asks for what lies at byte `offset` of it with a "must" demand: the word
// "must", a kMustVerbs verb after it, and `offset` after both in the same sentence ("Must have
// production Kubernetes experience"; not "must collaborate to evolve design patterns").
bool MustAsks(std::string_view line, size_t offset) {
  const std::string l = AsciiLowerCopy(line);
  for (size_t at = l.find("must"); at != std::string::npos && at < offset;
       at = l.find("must", at + 1)) {
    const bool starts = at == 0 || !IsAsciiAlnum(l[at - 1]);
    const size_t after = at + 4;
    if (!starts || (after < l.size() && IsAsciiAlnum(l[after]))) continue;
    if (!MustVerbFollows(l, after) || offset <= after) continue;
    if (l.substr(after, offset - after).find(". ") == std::string::npos) return true;
  }
  return false;
}

// Whether occurrence `o` lies inside the post its line names as the JD's title ("Senior Java
// Engineer, Claims Platform": Java, not a skill of the team's name); `post` is lowercase.
bool InTitlePost(const Occurrence& o, const Document& doc, const std::string& post) {
  if (post.empty() || o.line == 0 || o.line > doc.line_starts.size()) return false;
  const std::string line = AsciiLowerCopy(doc.Line(o.line));
  const size_t at = line.find(post);
  if (at == std::string::npos) return false;
  const size_t begin = doc.line_starts[o.line - 1] + at;
  return o.mention.begin >= begin && o.mention.end <= begin + post.size();
}

// Whether skill `s` can be core: a hard skill or a certificate, not a degree (the education
// row judges those), not a spoken language (a resume seldom states the language it is
// written in), and not a line of work that a title names ("DevOps", "Data Science": the
// title row judges the occupation).
bool CanBeCore(int s, const KnowledgeBase& kb) {
  const Skill& skill = kb.skills()[s];
  if (skill.kind == SkillKind::kSoft || skill.kind == SkillKind::kLanguage) return false;
  if (skill.category == "degrees") return false;
  return kb.titles() == nullptr || !kb.titles()->NamesSkill(s);
}

// A required skill that can be core, asked on its own (not as one of alternatives) here.
bool OwnRequired(const Occurrence& o, const JdSkill& s, const KnowledgeBase& kb) {
  return s.level == RequirementLevel::kRequired && o.group < 0 && CanBeCore(s.skill, kb);
}

}  // namespace

std::vector<CoreSkill> CoreSkills(const JdProfile& jd, const Document& doc,
                                  const std::string& jd_title, const KnowledgeBase& kb) {
  // Line -> how many own required skills it names, for the "must" rule.
  std::vector<size_t> on_line(doc.line_starts.size() + 1, 0);
  for (const JdSkill& s : jd.skills) {
    std::vector<size_t> lines;
    for (const Occurrence& o : s.mentions) {
      if (OwnRequired(o, s, kb) && o.line < on_line.size()) lines.push_back(o.line);
    }
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    for (size_t l : lines) ++on_line[l];
  }
  const std::string post = AsciiLowerCopy(PostOf(jd_title));
  std::vector<CoreSkill> core;
  for (const JdSkill& s : jd.skills) {
    if (s.level != RequirementLevel::kRequired || !CanBeCore(s.skill, kb)) continue;
    CoreSkill c{s.skill, false, false};
    bool asked_below = false;  // asked on its own outside the title too
    for (const Occurrence& o : s.mentions) {
      if (o.group >= 0) continue;
      const bool titled = InTitlePost(o, doc, post);
      c.in_title = c.in_title || titled;
      asked_below = asked_below || (!titled && o.level == RequirementLevel::kRequired);
      const bool few = o.line < on_line.size() && on_line[o.line] <= kMostMustSkills;
      if (c.must || o.level != RequirementLevel::kRequired || !few || o.line == 0 ||
          o.line > doc.line_starts.size()) {
        continue;
      }
      const size_t line_start = doc.line_starts[o.line - 1];
      c.must = o.mention.begin >= line_start &&
               MustAsks(doc.Line(o.line), o.mention.begin - line_start);
    }
    // A title's word that no requirement asks again ("Platform Engineer" and platform
    // engineering) names the post, which the title row judges; a tool the title names and
    // the requirements ask ("Java Engineer", "5+ years of Java") is the post's core.
    c.in_title = c.in_title && asked_below;
    if (c.in_title || c.must) core.push_back(c);
  }
  return core;
}

}  // namespace skillfit
