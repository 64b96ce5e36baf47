// Requirement groups: lists of alternatives in a JD read as one requirement, met by any
// member, and scored once by the best member (extract/requirement_groups.h,
// match/group_match.h, plan/group_questions.h).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/requirement_groups.h"
#include "plan/group_questions.h"
#include "skillfit/document.h"
#include "skillfit/gap_report.h"
#include "skillfit/match.h"
#include "skillfit/profile.h"
#include "skillfit/question_bank.h"
#include "skillfit/study_plan.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::Kb;
using skillfit::testing::Matcher;
using skillfit::testing::SourceDir;

namespace {

JdProfile JdOf(const std::string& text) {
  auto doc = LoadDocumentFromBytes(text, "jd.txt");
  REQUIRE(doc.ok());
  return ExtractJd(*doc, Matcher(), {});
}

// The groups of a profile as text: each group's member ids joined by ' ', groups by " | ",
// in the order written; "none" when there are none.
std::string GroupsText(const JdProfile& p) {
  std::string out;
  for (const RequirementGroup& g : p.groups) {
    if (!out.empty()) out += " | ";
    for (size_t i = 0; i < g.members.size(); ++i) {
      out += (i ? " " : "") + Kb().skills()[g.members[i]].id;
    }
  }
  return out.empty() ? "none" : out;
}

struct GroupCase {
  const char* shape;
  const char* line;    // a bullet under a "Requirements" heading
  const char* groups;  // GroupsText of the JD
};

const GroupCase kGroupCases[] = {
    // Positives: one case per shape.
    {"'one or more of' before a list", "One or more of the following: C, C++, Java, Python, Go",
     "c cpp java python go"},
    {"'or' before the last item", "Angular, React or Vue", "angular react vuejs"},
    {"'and/or' before the last item", "Java, C++ and/or Python", "java cpp python"},
    {"an Oxford comma before 'or'", "AWS, GCP, or Azure", "aws gcp azure"},
    {"'e.g.' in a parenthesis", "A public cloud (e.g. AWS, GCP)", "aws gcp"},
    {"'such as' with 'and': examples of a kind", "CI servers such as Jenkins, CircleCI and TeamCity",
     "jenkins circleci teamcity"},
    {"'for example'", "A message broker, for example Kafka and RabbitMQ", "kafka rabbitmq"},
    {"'like' right before the list", "Frontend frameworks like React and Vue", "react vuejs"},
    {"'at least one of'", "At least one of Go, Rust and Python", "go rust python"},
    {"'any of' before a colon", "Any of these languages: Ruby, Python, Go", "ruby python go"},
    {"'or equivalent' after a comma list", "Kafka, RabbitMQ, or equivalent", "kafka rabbitmq"},
    {"'or similar' after a pair", "Terraform, Pulumi or similar tools", "terraform pulumi"},
    {"a slash between skills", "Java/Kotlin on the JVM", "java kotlin"},
    {"a slash chain of siblings", "AWS/GCP/Azure", "aws gcp azure"},
    {"a slash between a kind and its member", "Cloud/AWS", "cloud-computing aws"},
    {"a slash between languages", "Java/Python for test automation", "java python"},
    {"a mixed list: the 'or' stretch only", "Python and one of Go or Rust", "go rust"},
    {"a mixed list: 'and' splits the stretches", "Python, Java and Go or Rust", "go rust"},
    {"a parenthesis ends the list", "Python (Django or Flask)", "django flask"},
    {"a word ends the list", "Kubernetes experience, Terraform or Ansible", "terraform ansible"},
    {"a sentence ends the list", "Python. Go or Rust is a plus", "go rust"},
    {"two lists in one line", "Go or Rust, and AWS or GCP", "go rust | aws gcp"},
    {"a comma after the 'or' item ends the group", "Spark or Flink, Airflow", "apache-spark apache-flink"},
    {"two 'or' pairs joined by a comma", "Kotlin or Scala, Ruby or Elixir", "kotlin scala | ruby elixir"},
    {"a purpose phrase before a comma is no member",
     "Storybook for component documentation, Vitest or Jest for unit tests, and Playwright",
     "vitest jest"},
    {"an 'or' item that names no skill ends a comma list",
     "Mentoring, coaching, or guiding new engineers", "mentoring coaching"},
    // Negatives: every member is asked.
    {"an 'or' item after an 'and' list", "Python and Go, or another systems language",
     "none"},
    {"'A, B and C' asks all three", "Python, Go and Rust", "none"},
    {"'A and B' asks both", "Python and SQL", "none"},
    {"a comma list asks all", "Docker, Kubernetes, Helm", "none"},
    {"one skill twice is no group", "Java or Java-like languages", "none"},
    {"'would like' wants, it gives no examples", "We would like Python, Go and Rust", "none"},
    {"words between the skills", "Python for data work or Go services", "none"},
    // A slash between skills used together, not picked one for the other, asks both.
    {"a slash between tools used together", "Jira/Confluence", "none"},
    {"a slash between a language and its styles", "HTML5/CSS3 and JavaScript", "none"},
    {"a slash between a framework and its state library", "React/Redux", "none"},
    {"a slash chain breaks where siblings end", "Jira/Confluence, MySQL/PostgreSQL", "mysql postgresql"},
};

}  // namespace

TEST_CASE("requirement groups: each list shape gives its groups, and only alternatives do") {
  for (const GroupCase& c : kGroupCases) {
    const std::string shape = c.shape, line = c.line;
    CAPTURE(shape);
    CAPTURE(line);
    const JdProfile p = JdOf(std::string("Engineer\n\nRequirements\n- ") + c.line + "\n");
    CHECK(GroupsText(p) == c.groups);
  }
}

TEST_CASE("requirement groups: a slash in the title joins what the role covers") {
  struct Case {
    const char* title;
    const char* groups;  // GroupsText of the JD
  } const cases[] = {
      {"React/HTML5 Tech Lead", "none"},
      {"Java/Kotlin Developer", "none"},
      {"Angular or React Developer", "none"},
      // The same words in the body still offer alternatives.
      {"Developer\n\nRequirements\n- Java/Kotlin on the JVM", "java kotlin"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.title);
    const JdProfile p = JdOf(std::string(c.title) + "\n\nRequirements\n- Docker in production\n");
    CHECK(GroupsText(p) == c.groups);
  }
}

TEST_CASE("requirement groups: degree alternatives group as any other list") {
  // Whatever skills the kb reads in these, they are alternatives by the list's shape.
  for (const char* line : {"MBA/MS/MA", "BSc or MSc in Mechanical Engineering"}) {
    CAPTURE(line);
    const JdProfile p = JdOf(std::string("Analyst\n\nRequirements\n- ") + line + "\n");
    size_t named = 0;
    for (const JdSkill& s : p.skills) named += s.mentions.empty() ? 0 : 1;
    if (named >= 2) CHECK(p.groups.size() == 1);
    for (const RequirementGroup& g : p.groups) CHECK(g.members.size() >= 2);
  }
}

TEST_CASE("requirement groups: a group takes its level, and its members keep theirs in skills") {
  const JdProfile p = JdOf(
      "Engineer\n\nRequirements\n- Kotlin or Scala\n\nNice to have\n- AWS, GCP or Azure\n");
  REQUIRE(p.groups.size() == 2);
  CHECK(p.groups[0].level == RequirementLevel::kRequired);
  CHECK(p.groups[1].level == RequirementLevel::kPreferred);
  REQUIRE(p.groups[0].places.size() == 1);
  const Occurrence& place = p.groups[0].places[0];
  CHECK(place.line == 4);
  CHECK(place.mention.end - place.mention.begin == std::string("Kotlin or Scala").size());
  for (const JdSkill& s : p.skills) {
    if (Kb().skills()[s.skill].id != "scala") continue;
    CHECK(s.level == RequirementLevel::kRequired);
    REQUIRE(s.mentions.size() == 1);
    CHECK(s.mentions[0].group == 0);
  }
}

TEST_CASE("requirement groups: the same list written twice is one group with two places") {
  const JdProfile p =
      JdOf("Engineer\n\nRequirements\n- Kotlin or Scala\n\nNice to have\n- Scala or Kotlin\n");
  REQUIRE(p.groups.size() == 1);
  CHECK(p.groups[0].places.size() == 2);
  CHECK(p.groups[0].level == RequirementLevel::kRequired);
}

namespace {

struct Matched {
  Document jd_doc, resume_doc;
  JdProfile jd;
  ResumeProfile resume;
  MatchResult match;
};

// The match of a resume with one dated role holding `bullets` against a JD whose
// requirements are `requirements`.
Matched MatchOf(const std::string& bullets, const std::string& requirements) {
  auto r = LoadDocumentFromBytes(
      "Ana Ruiz\n\nExperience\nEngineer, Acme | Jan 2020 - Present\n" + bullets + "\n", "cv.txt");
  auto j = LoadDocumentFromBytes("Engineer\n\nRequirements\n" + requirements + "\n", "jd.txt");
  REQUIRE(r.ok());
  REQUIRE(j.ok());
  Matched m;
  m.jd_doc = *j;
  m.resume_doc = *r;
  m.jd = ExtractJd(*j, Matcher(), {});
  m.resume = ExtractResume(*r, Matcher(), {});
  MatchOptions o;
  o.today.today_year = 2026;
  o.today.today_month = 11;
  o.score_version = 1;  // the scores below are v1's weighted coverage
  m.match = Match(m.jd, m.resume, Kb(), o);
  return m;
}

const SkillVerdict* VerdictOn(const MatchResult& m, const char* id) {
  for (const SkillVerdict& v : m.skills) {
    if (Kb().skills()[v.skill].id == id) return &v;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("group scoring: a group counts once, by its best member, which it names") {
  const Matched m = MatchOf("- Built the billing API in Python.", "- Go, Rust or Python\n- Terraform");
  REQUIRE(m.match.groups.size() == 1);
  const GroupVerdict& g = m.match.groups[0];
  CHECK(g.label == EvidenceLabel::kStrong);
  CHECK(g.weight == 3);
  REQUIRE(g.met_by >= 0);
  CHECK(Kb().skills()[g.met_by].id == "python");
  // The group and Terraform are the two requirements; Go and Rust are not gaps of their own.
  CHECK(m.match.required_count == 2);
  CHECK(m.match.score == doctest::Approx(50.0));
  for (const char* id : {"go", "rust", "python"}) {
    CAPTURE(id);
    const SkillVerdict* v = VerdictOn(m.match, id);
    REQUIRE(v != nullptr);
    CHECK(v->weight == 0);
    CHECK(v->group == 0);
  }
  for (const GapGroup& gap : GroupGaps(m.match, Kb())) {
    for (const SkillVerdict* v : gap.skills) {
      CHECK(Kb().skills()[v->skill].id == std::string("terraform"));
    }
  }
}

TEST_CASE("group scoring: on equal credit, a member used in a role meets the group before one only listed") {
  const std::string resume =
      "- Built the billing API in Python.\n\nOld\nDeveloper, Initech | Jan 2008 - Dec 2012\n"
      "- Wrote Ruby services.\n\nSkills\nJava";
  const Matched m = MatchOf(resume, "- Java or Ruby\n- Python");
  REQUIRE(m.match.groups.size() == 1);
  const GroupVerdict& g = m.match.groups[0];
  CHECK(g.label == EvidenceLabel::kWeak);
  REQUIRE(g.met_by >= 0);
  CHECK(Kb().skills()[g.met_by].id == "ruby");
}

TEST_CASE("group scoring: a member also asked on its own counts alone too") {
  const Matched m = MatchOf("- Built the billing API in Python.", "- Python\n- Go or Python");
  REQUIRE(m.match.groups.size() == 1);
  const SkillVerdict* py = VerdictOn(m.match, "python");
  REQUIRE(py != nullptr);
  CHECK(py->group == -1);
  CHECK(py->weight == 3);
  CHECK(m.match.required_count == 2);  // Python, and the group
  CHECK(m.match.score == doctest::Approx(100.0));
}

TEST_CASE("group scoring: a group none of whose members is shown is one gap") {
  const Matched m = MatchOf("- Wrote the team's runbooks.", "- Go, Rust or Scala\n- Python");
  REQUIRE(m.match.groups.size() == 1);
  CHECK(m.match.groups[0].met_by == -1);
  CHECK(m.match.groups[0].label == EvidenceLabel::kMissing);
  CHECK(m.match.required_count == 2);  // the group and Python
  size_t gaps = 0;
  for (const GapGroup& gap : GroupGaps(m.match, Kb())) gaps += gap.skills.size();
  CHECK(gaps == 2);
}

namespace {

StudyPlan PlanOf(const Matched& m) {
  static auto bank = QuestionBank::Load(SourceDir() + "/kb/questions", Kb());
  REQUIRE(bank.ok());
  PlanInput in;
  in.resume_doc = &m.resume_doc;
  in.resume = &m.resume;
  in.jd = &m.jd;
  in.match = &m.match;
  in.kb = &Kb();
  in.bank = bank->get();
  return BuildStudyPlan(in, {});
}

// How many plan items are about one of `ids`.
size_t ItemsAbout(const StudyPlan& plan, std::initializer_list<const char*> ids) {
  size_t n = 0;
  for (const PlanItem& it : plan.items) {
    for (int s : it.skills) {
      for (const char* id : ids) n += Kb().skills()[s].id == id ? 1 : 0;
    }
  }
  return n;
}

}  // namespace

TEST_CASE("study plan: one question for a group, on the member the resume shows") {
  const Matched m =
      MatchOf("- Built the billing API in Python.", "- One or more of: C++, Java, Python, Go, Ruby");
  const StudyPlan plan = PlanOf(m);
  CHECK(ItemsAbout(plan, {"cpp", "java", "go", "ruby"}) == 0);
  CHECK(ItemsAbout(plan, {"python"}) <= 1);
}

TEST_CASE("study plan: a group the resume misses is one gap, on the member the bank asks most about") {
  const Matched m = MatchOf("- Wrote the team's runbooks.", "- C++, Java, Python, Go or Ruby");
  REQUIRE(m.match.groups.size() == 1);
  const StudyPlan plan = PlanOf(m);
  CHECK(ItemsAbout(plan, {"cpp", "java", "python", "go", "ruby"}) == 1);
  static auto bank = QuestionBank::Load(SourceDir() + "/kb/questions", Kb());
  REQUIRE(bank.ok());
  const int stand_in = GroupStandIn(m.match.groups[0], **bank);
  for (int s : m.match.groups[0].members) {
    CHECK((*bank)->ForSkill(s).size() <= (*bank)->ForSkill(stand_in).size());
  }
  bool found = false;
  for (const PlanItem& it : plan.items) {
    if (!it.skills.empty() && it.skills.front() == stand_in) {
      found = true;
      CHECK(it.reason.find("asked as one of") != std::string::npos);
    }
  }
  CHECK(found);
}

TEST_CASE("requirement groups: a skill whose name wraps past the line's end is read without error") {
  // In plain text a line that opens in uppercase starts a new line of reading, so the mention
  // "Microsoft\nTeams" runs past the end of its sentence.
  const JdProfile p = JdOf(
      "Engineer\n\nAbout us\nOur team talks on Slack or Microsoft\nTeams and signs in DocuSign.\n");
  CHECK(GroupsText(p) == "slack microsoft-teams");
}

TEST_CASE("requirement groups: mentions that share one span are alternatives") {
  // Skill indexes stand for any skills: only spans and distinct skills matter.
  const std::vector<Mention> ms = {{1, 0, 10}, {2, 0, 10}, {3, 12, 20}, {3, 12, 20}, {4, 30, 40}};
  const std::string text = "BSc or MSc  a field of it  and a third skill";
  const std::vector<std::vector<size_t>> groups = SameSpanAlternatives(text, 0, ms);
  REQUIRE(groups.size() == 1);
  CHECK(groups[0] == std::vector<size_t>{0, 1});  // one skill twice is no alternative
  // End to end: a degree in two fields, read on one span, is one group.
  const JdProfile p = JdOf(
      "Analyst\n\nRequirements\n- A degree in Computer Science, Engineering, "
      "or a related field\n");
  REQUIRE(p.groups.size() == 1);
  CHECK(p.groups[0].members.size() == 2);
}

TEST_CASE("requirement groups: a sentence asking for one of the skills named before it") {
  // {the two sentences, GroupsText}
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Our core languages are Ruby, Python and Go. You should know at least one of these well.",
       "ruby python go"},
      {"We use Kafka and RabbitMQ. Experience with either of those is required.", "kafka rabbitmq"},
      // Both or several of them are asked, not one.
      {"Our core languages are Ruby, Python and Go. You should know at least two of these.",
       "none"},
      {"Our core languages are Ruby, Python and Go. You will write all of them.", "none"},
  };
  for (const auto& c : cases) {
    const std::string& text = c.first;  // a named variable: CAPTURE cannot take a binding
    CAPTURE(text);
    CHECK(GroupsText(JdOf("Engineer\n\nRequirements\n" + text + "\n")) == c.second);
  }
}

TEST_CASE("requirement groups: skills one span joins with and are each asked, not alternatives") {
  // {span text, whether its two skills are alternatives}
  const std::vector<std::pair<std::string, bool>> cases = {
      {"BSc or MSc", true},           {"BS/MS", true},
      {"BS and/or MS", true},         {"written and verbal", false},
      {"spoken & written", false},    {"verbal nor written", true},
      {"verbal, written", true},
  };
  for (const auto& c : cases) {
    const std::string& span = c.first;  // a named variable: CAPTURE cannot take a binding
    CAPTURE(span);
    const std::vector<Mention> ms = {{1, 0, span.size()}, {2, 0, span.size()}};
    CHECK(SameSpanAlternatives(span, 0, ms).size() == (c.second ? 1u : 0u));
  }
  // End to end: both skills stay asked, with no group between them.
  const JdProfile p = JdOf(
      "Analyst\n\nRequirements\n- Strong written and verbal communication skills\n");
  CHECK(p.groups.empty());
  CHECK(p.skills.size() >= 2);
}
