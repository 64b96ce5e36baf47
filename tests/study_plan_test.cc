// Claims found in resume bullets, and the study plan for the samples.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "plan/question_fit.h"
#include "report/report_common.h"
#include "skillfit/match.h"
#include "skillfit/question_bank.h"
#include "skillfit/study_plan.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::Kb;
using skillfit::testing::Matcher;
using skillfit::testing::ReadTsv;
using skillfit::testing::SourceDir;

TEST_CASE("claims: quantified claims and projects are found, plain bullets are not (tests/data/claims.tsv)") {
  const auto rows = ReadTsv("claims.tsv");
  CHECK(rows.size() >= 30);
  std::string text = "Ana Doe\n\nExperience\nSRE — Acme | Jan 2020 - Present\n";
  for (const auto& r : rows) text += "- " + r[0] + "\n";
  auto doc = LoadDocumentFromBytes(text, "cv.txt");
  REQUIRE(doc.ok());
  const ResumeProfile p = ExtractResume(*doc, Matcher(), {});
  const std::vector<ResumeClaim> claims = FindClaims(*doc, p);
  for (size_t i = 0; i < rows.size(); ++i) {
    CAPTURE(rows[i][0]);
    const size_t line = 5 + i;
    std::string got = "none";
    for (const ResumeClaim& c : claims) {
      if (c.line == line) got = ClaimKindName(c.kind);
    }
    CHECK(got == rows[i][1]);
  }
  for (const ResumeClaim& c : claims) CHECK(c.role == 0);
}

namespace {
StudyPlan PlanFor(const Result<Document>& r, const Result<Document>& j, int limit) {
  REQUIRE(r.ok());
  REQUIRE(j.ok());
  static auto bank = QuestionBank::Load(SourceDir() + "/kb/questions", Kb());
  REQUIRE(bank.ok());
  MatchOptions o;
  o.today.today_year = 2026;
  o.today.today_month = 11;
  static JdProfile jp;
  static ResumeProfile rp;
  static MatchResult m;
  jp = ExtractJd(*j, Matcher(), o.today);
  rp = ExtractResume(*r, Matcher(), o.today);
  m = Match(jp, rp, Kb(), o);
  m.title = FitTitle(JdTitle(*j), rp.roles);  // as Engine::Match fills the title row
  PlanInput in{&r.value(), &rp, &jp, &m, &Kb(), bank->get()};
  return BuildStudyPlan(in, PlanOptions{limit});
}

StudyPlan PlanFor(const char* resume, const char* jd, int limit) {
  return PlanFor(LoadDocument(SourceDir() + "/" + resume), LoadDocument(SourceDir() + "/" + jd), limit);
}
}  // namespace

TEST_CASE("plan: the SRE sample gets every group, a mix of levels, and the same plan every time") {
  const StudyPlan a = PlanFor("samples/resumes/priya-nair-sre.txt", "samples/jds/sre-devops.txt", 20);
  const StudyPlan b = PlanFor("samples/resumes/priya-nair-sre.txt", "samples/jds/sre-devops.txt", 20);
  REQUIRE(a.items.size() == 20);
  REQUIRE(b.items.size() == a.items.size());
  std::set<PlanGroup> groups;
  std::set<QuestionLevel> levels;
  std::set<std::string> texts;
  for (size_t i = 0; i < a.items.size(); ++i) {
    CHECK(a.items[i].text == b.items[i].text);
    CHECK_FALSE(a.items[i].reason.empty());
    groups.insert(a.items[i].group);
    levels.insert(a.items[i].level);
    CHECK(texts.insert(a.items[i].text).second);  // no question twice
  }
  CHECK(groups.size() == 4);
  CHECK(levels.size() == 3);
  // Groups come in order: gaps, strengths, resume, behavioural.
  for (size_t i = 1; i < a.items.size(); ++i) CHECK(a.items[i - 1].group <= a.items[i].group);
  bool cost_claim = false;
  for (const PlanItem& it : a.items) cost_claim |= it.text.find("Cut AWS spend by 25%") != std::string::npos;
  CHECK(cost_claim);
}

TEST_CASE("plan: gaps come first for a weak fit, missing required skills before weak ones") {
  const StudyPlan p = PlanFor("samples/resumes/sam-okafor-career-changer.txt", "samples/jds/data-engineer.txt", 10);
  REQUIRE(!p.items.empty());
  CHECK(p.items.front().group == PlanGroup::kCloseGaps);
  CHECK(p.items.front().reason.find("not on your resume") != std::string::npos);
  CHECK(p.items.front().level == QuestionLevel::kBasic);
}

TEST_CASE("plan: a gap cites the JD line that asks for it, not one that names it as context") {
  const std::string jd =
      "Platform Engineer\n\nAbout us\nWe teach Kubernetes to thousands of students.\n\n"
      "Requirements\n- Experience running Kubernetes in production\n- Python\n";
  const std::string cv =
      "Ana Doe\n\nExperience\nEngineer, Acme | Jan 2020 - Present\n- Wrote Python services.\n";
  const StudyPlan p = PlanFor(LoadDocumentFromBytes(cv, "cv.txt"), LoadDocumentFromBytes(jd, "jd.txt"), 10);
  bool found = false;
  for (const PlanItem& item : p.items) {
    if (item.reason.rfind("Kubernetes: ", 0) != 0) continue;
    found = true;
    CAPTURE(item.reason);
    CHECK(item.reason.find("(line 7)") != std::string::npos);
  }
  CHECK(found);
}

TEST_CASE("plan: every gap's reason opens with the skill it studies") {
  const StudyPlan p = PlanFor("samples/resumes/sam-okafor-career-changer.txt", "samples/jds/data-engineer.txt", 10);
  const KnowledgeBase& kb = Kb();
  int gaps = 0;
  for (const PlanItem& item : p.items) {
    if (item.group != PlanGroup::kCloseGaps) continue;
    ++gaps;
    REQUIRE(item.skills.size() == 1);
    CAPTURE(item.reason);
    CHECK(item.reason.rfind(kb.skills()[item.skills.front()].name + ": ", 0) == 0);
  }
  CHECK(gaps >= 3);
}

TEST_CASE("plan: a gap's question is not set in a rival of a tool the JD names") {
  // Database performance tuning has a MySQL question (InnoDB's clustered index) read before a
  // PostgreSQL one: a PostgreSQL post gets the PostgreSQL one, a MySQL post the MySQL one.
  static auto bank = QuestionBank::Load(SourceDir() + "/kb/questions", Kb());
  REQUIRE(bank.ok());
  const char* resume = "Jane Doe\njane@example.com\n\nExperience\n\n"
                       "Backend Engineer | Acme Corp | 2019 - present\n- Built Django APIs.\n";
  for (const auto& [db, question] :
       {std::pair<std::string, std::string>{"PostgreSQL", "postgresql-intermediate-explain-estimates"},
        {"MySQL", "mysql-intermediate-innodb-clustered-index"}}) {
    const std::string named_db = db;  // clang cannot CAPTURE a structured binding
    CAPTURE(named_db);
    const std::string jd = "Backend Engineer\n\nRequirements:\n- Experience with " + db +
                           " in production.\n- Strong grasp of SQL query optimization.\n";
    const StudyPlan p = PlanFor(LoadDocumentFromBytes(resume, "cv.txt"), LoadDocumentFromBytes(jd, "jd.txt"), 20);
    std::string picked;
    for (const PlanItem& it : p.items) {
      if (it.question >= 0 && it.skills.size() == 1 &&
          Kb().skills()[it.skills[0]].id == "database-performance-tuning") {
        picked = (*bank)->questions()[it.question].id;
      }
    }
    CHECK(picked == question);
  }
}

TEST_CASE("plan: once a skill's own question is taken, the questions naming it further on come in bank order") {
  // The database-migrations and model-monitoring gaps take the advanced questions of PostgreSQL
  // and machine learning (they name both skills), so those strengths fall back to questions
  // that name them further on, and take the first one the loader read. The files of
  // kb/questions are read in name order: renaming one or moving a question changes these picks.
  const char* jd =
      "Senior Backend Engineer\n\nRequirements:\n"
      "- 5+ years of experience with PostgreSQL in production.\n"
      "- Experience with database migrations (schema changes on live systems) is required.\n"
      "- Experience with machine learning, model monitoring and data science is required.\n";
  const char* resume =
      "Jane Doe\njane@example.com\n\nExperience\n\n"
      "Senior Backend Engineer | Acme Corp | 2017 - present\n"
      "- Ran PostgreSQL clusters for payments, tuning queries and PostgreSQL replication.\n"
      "- Built PostgreSQL partitioning for 2 TB of orders; PostgreSQL upgrades from 9.6 to 15.\n"
      "- Trained and deployed machine learning models for fraud scoring; data science on payments data.\n\n"
      "Skills\nPostgreSQL, Python, machine learning, data science\n";
  const StudyPlan p = PlanFor(LoadDocumentFromBytes(resume, "cv.txt"), LoadDocumentFromBytes(jd, "jd.txt"), 20);
  static auto bank = QuestionBank::Load(SourceDir() + "/kb/questions", Kb());
  REQUIRE(bank.ok());
  std::map<std::string, std::string> picked;  // skill id -> question id
  for (const PlanItem& it : p.items) {
    if (it.question >= 0 && it.skills.size() == 1) {
      picked[Kb().skills()[it.skills[0]].id] = (*bank)->questions()[it.question].id;
    }
  }
  CHECK(picked["database-migrations"] == "postgresql-advanced-migration-lock-queue");
  CHECK(picked["model-monitoring"] == "machine-learning-advanced-drift-retraining");
  CHECK(picked["postgresql"] == "e-commerce-advanced-flash-sale-overselling");
  CHECK(picked["machine-learning"] == "data-science-advanced-auc-drop-after-deploy");
  CHECK(picked["data-science"] == "data-science-advanced-offline-online-gap");
}

TEST_CASE("plan: a gap asked by a question above basic does not say 'learn the basics first'") {
  // The bank has no basic question on ServiceNow development, so its gap takes an advanced one.
  const auto resume = LoadDocumentFromBytes(
      "Ana Ruiz\n\nExperience\nDeveloper, Acme | 2019 - Present\n- Built JavaScript web apps.\n",
      "resume.txt");
  const auto jd = LoadDocumentFromBytes(
      "Platform Developer\n\nRequirements\n- ServiceNow development: scoped apps\n- JavaScript\n",
      "jd.txt");
  const StudyPlan plan = PlanFor(resume, jd, 10);
  int gaps = 0;
  for (const PlanItem& item : plan.items) {
    if (item.group != PlanGroup::kCloseGaps) continue;
    ++gaps;
    CAPTURE(item.reason);
    CHECK((item.level == QuestionLevel::kBasic) ==
          (item.reason.find("learn the basics first") != std::string::npos));
  }
  CHECK(gaps >= 1);
}

TEST_CASE("plan: one question a topic, a behavioural theme and a skill of the same id being one") {
  const char* resumes[] = {"samples/resumes/priya-nair-sre.txt", "samples/resumes/alex-chen-backend.txt",
                           "samples/resumes/sam-okafor-career-changer.txt", "samples/resumes/kim-park-legacy.txt"};
  const char* jds[] = {"samples/jds/sre-devops.txt", "samples/jds/backend-engineer.txt",
                       "samples/jds/java-platform.txt", "samples/jds/data-engineer.txt"};
  int themed = 0;
  for (const char* r : resumes) {
    for (const char* j : jds) {
      CAPTURE(std::string(r) + " / " + j);
      std::set<std::string> topics;
      for (const PlanItem& item : PlanFor(r, j, 20).items) {
        const std::string topic = !item.skills.empty() ? Kb().skills()[item.skills.front()].id : item.theme;
        if (topic.empty()) continue;
        themed += !item.theme.empty();
        CHECK_MESSAGE(topics.insert(topic).second, "two questions on " << topic);
      }
    }
  }
  CHECK(themed > 0);
}

TEST_CASE("claims: a claim says a change when it gives what changed and by how much") {
  const std::pair<const char*, bool> cases[] = {
      {"Cut deploy time from 40 to 12 minutes by caching Docker layers.", true},
      {"Raised the pass rate from 52% to 78% over four years.", true},
      {"Made the nightly batch job 3x faster by partitioning the input.", true},
      {"Reduced manual workload by ~40% with Step Functions.", true},
      {"Served 40,000 requests per second at peak.", false},
      {"Teach Algebra II and AP Statistics to about 140 students a year.", false},
      {"Shipped my first commit within 5 hours of joining.", false},
      {"Migrated from Jenkins to GitHub Actions for 30 repositories.", false},
  };
  std::string text = "Ana Doe\n\nExperience\nSRE — Acme | Jan 2020 - Present\n";
  for (const auto& c : cases) text += std::string("- ") + c.first + "\n";
  auto doc = LoadDocumentFromBytes(text, "cv.txt");
  REQUIRE(doc.ok());
  const std::vector<ResumeClaim> claims = FindClaims(*doc, ExtractResume(*doc, Matcher(), {}));
  for (size_t i = 0; i < std::size(cases); ++i) {
    const std::string bullet = cases[i].first;
    CAPTURE(bullet);
    int says = -1;
    for (const ResumeClaim& c : claims) {
      if (c.line == 5 + i) says = c.says_change;
    }
    CHECK(says == static_cast<int>(cases[i].second));
  }
}

TEST_CASE("plan: a claim that gives a change is defended before a figure that changes nothing") {
  const auto resume = LoadDocumentFromBytes(
      "Ana Ruiz\n\nExperience\nTeacher, Acme High | 2019 - Present\n"
      "- Teach Algebra II to about 140 students a year.\n"
      "- Held weekly office hours for 60 students.\n"
      "- Mark each class's tests within 48 hours of the exam.\n"
      "- Raised the Algebra II pass rate from 52% to 78% by reworking the unit on sampling.\n",
      "resume.txt");
  const auto jd = LoadDocumentFromBytes("Math Teacher\n\nRequirements\n- Algebra\n", "jd.txt");
  std::vector<std::string> defend;
  for (const PlanItem& item : PlanFor(resume, jd, 20).items) {
    if (item.group == PlanGroup::kDefendResume) defend.push_back(item.text);
  }
  REQUIRE(!defend.empty());
  CAPTURE(defend[0]);
  CHECK(defend[0].find("pass rate from 52% to 78%") != std::string::npos);
  // A time that changed nothing is not asked for its baseline before a change.
  std::string marking;
  for (const std::string& d : defend) {
    if (d.find("48 hours") != std::string::npos) marking = d;
  }
  CAPTURE(marking);
  CHECK(marking.find("what would it take to halve it?") != std::string::npos);
}

TEST_CASE("plan: a figure of what was worked on is not asked for its before and after") {
  const auto resume = LoadDocumentFromBytes(
      "Ana Ruiz\n\nExperience\nAnalyst, Acme | 2019 - Present\n"
      "- Performed root cause analysis on 15% output deviations in the inverter fleet.\n"
      "- Lifted first-pass yield by 8% by redesigning the clamping jig.\n",
      "resume.txt");
  const auto jd = LoadDocumentFromBytes("Test Engineer\n\nRequirements\n- Root cause analysis\n", "jd.txt");
  std::string deviations, yield;
  for (const PlanItem& item : PlanFor(resume, jd, 20).items) {
    if (item.group != PlanGroup::kDefendResume) continue;
    if (item.text.find("15% output") != std::string::npos) deviations = item.text;
    if (item.text.find("yield by 8%") != std::string::npos) yield = item.text;
  }
  CAPTURE(deviations);
  CAPTURE(yield);
  CHECK(deviations.find("What does that figure describe") != std::string::npos);
  CHECK(deviations.find("before your change") == std::string::npos);
  CHECK(yield.find("before your change") != std::string::npos);
}

TEST_CASE("plan: an availability claim is asked with the downtime it allows, worked out") {
  const auto resume = LoadDocumentFromBytes(
      "Ana Ruiz\n\nExperience\nSRE, Acme | 2019 - Present\n"
      "- Kept the payments API at 99.99% availability for two years on Kubernetes.\n"
      "- Raised checkout uptime from 99.5% to 99.9% with multi-region failover on AWS.\n"
      "- Migrated 14 Redis clusters to Valkey.\n",
      "resume.txt");
  const auto jd = LoadDocumentFromBytes(
      "SRE\n\nRequirements\n- Kubernetes and AWS\n- Redis\n", "jd.txt");
  std::string texts;
  for (const PlanItem& item : PlanFor(resume, jd, 20).items) {
    if (item.group == PlanGroup::kDefendResume) texts += item.text + "\n";
  }
  CAPTURE(texts);
  // 0.01% of an average month (43,830 minutes) is 4.4 minutes; 0.1% is 43.8 minutes.
  CHECK(texts.find("about 4.4 minutes of downtime a month at 99.99%") != std::string::npos);
  CHECK(texts.find("about 43.8 minutes of downtime a month at 99.9%") != std::string::npos);
  CHECK(texts.find("how would you have rolled back?") != std::string::npos);
}

TEST_CASE("plan: a question set in a situation the role has not (themes' arises_in) is left out") {
  static auto bank = QuestionBank::Load(SourceDir() + "/kb/questions", Kb());
  REQUIRE(bank.ok());
  const std::string resume =
      "Ana Doe\n\nExperience\nData Analyst — Acme | Jan 2020 - Present\n"
      "- Built Excel and Power BI reports on web traffic for the marketing team\n";
  const std::string analyst =
      "Data Analyst\n\nRequirements\n- Strong problem-solving skills\n- Web analytics\n"
      "- Advanced Excel\n";
  // The themes of every bank question a plan asks, against `jd`.
  auto themes_asked = [&](const std::string& jd) {
    const StudyPlan plan = PlanFor(LoadDocumentFromBytes(resume, "cv.txt"),
                                   LoadDocumentFromBytes(jd, "jd.txt"), 30);
    std::set<std::string> themes;
    for (const PlanItem& item : plan.items) {
      if (item.question < 0) continue;
      for (const std::string& t : (*bank)->questions()[item.question].themes) themes.insert(t);
    }
    return themes;
  };
  const std::set<std::string> plain = themes_asked(analyst);
  CHECK(!plain.count("on-call"));
  CHECK(!plain.count("incident-response"));
  CHECK(!plain.count("migrations"));
  // The same JD naming on-call work: its questions fit again.
  const std::set<std::string> on_call =
      themes_asked(analyst + "- Join the on-call rotation for the reporting platform\n");
  CHECK(on_call.count("on-call"));
}

TEST_CASE("plan: a key account's custom-feature demand is a product or sales situation") {
  static auto bank = QuestionBank::Load(SourceDir() + "/kb/questions", Kb());
  REQUIRE(bank.ok());
  // The bank's questions set in a key account's demand; none may be asked of a role with no
  // product or sales work, whatever theme picks it.
  std::vector<int> key_account;
  for (size_t q = 0; q < (*bank)->questions().size(); ++q) {
    const std::vector<std::string>& themes = (*bank)->questions()[q].themes;
    if (std::find(themes.begin(), themes.end(), "key-account-demands") != themes.end()) {
      key_account.push_back(static_cast<int>(q));
    }
  }
  REQUIRE(!key_account.empty());
  JdProfile jd;
  auto ask = [&](RequirementLevel level, const char* id) {
    JdSkill s;
    s.skill = Kb().IndexOf(id);
    REQUIRE(s.skill >= 0);
    s.level = level;
    s.mentions.emplace_back();
    jd.skills.push_back(s);
  };
  // A platform post whose users are engineers: customer focus, but no key accounts.
  ask(RequirementLevel::kRequired, "kubernetes");
  ask(RequirementLevel::kResponsibility, "human-centered-design");
  jd.themes = {"customer-focus", "incident-response"};
  const std::set<std::string> platform = ThemesOutsideRole(jd, Kb());
  CHECK(platform.count("key-account-demands"));
  for (int q : key_account) CHECK(!FitsRole((*bank)->TopicsOf(q), platform));
  // A product manager's post: the situation is part of the work.
  ask(RequirementLevel::kRequired, "product-roadmap");
  const std::set<std::string> product = ThemesOutsideRole(jd, Kb());
  CHECK(!product.count("key-account-demands"));
  for (int q : key_account) CHECK(FitsRole((*bank)->TopicsOf(q), product));
}

TEST_CASE("plan: a theme's arises_in decides the situations outside a role") {
  JdProfile jd;
  const std::set<std::string> none_asked = ThemesOutsideRole(jd, Kb());
  CHECK(none_asked.count("on-call"));
  CHECK(none_asked.count("quota-pressure"));
  CHECK(!none_asked.count("mentoring"));  // no arises_in: it arises in any work
  JdSkill k8s;
  k8s.skill = Kb().IndexOf("kubernetes");
  k8s.level = RequirementLevel::kRequired;
  k8s.mentions.emplace_back();  // named, not only implied
  jd.skills.push_back(k8s);
  const std::set<std::string> ops = ThemesOutsideRole(jd, Kb());
  CHECK(!ops.count("on-call"));
  CHECK(ops.count("quota-pressure"));
  jd.skills[0].mentions.clear();  // only implied by other skills: not named
  CHECK(ThemesOutsideRole(jd, Kb()).count("on-call"));
  jd.skills[0].mentions.emplace_back();
  jd.skills[0].level = RequirementLevel::kContext;  // named only as context: asks nothing
  CHECK(ThemesOutsideRole(jd, Kb()).count("on-call"));
  jd.themes.push_back("quota-pressure");
  CHECK(!ThemesOutsideRole(jd, Kb()).count("quota-pressure"));
}

TEST_CASE("plan: the title held is asked against the JD's title, or the next level when they are the same") {
  const std::string resume =
      "Ana Doe\n\nExperience\nSenior Data Engineer, Acme | Jan 2020 - Present\n"
      "- Built Spark and Airflow pipelines feeding Snowflake\n"
      "Data Engineer, Beta | Jan 2016 - Dec 2019\n- Wrote SQL reports\n";
  auto title_question = [&](const std::string& jd) {
    const StudyPlan plan = PlanFor(LoadDocumentFromBytes(resume, "cv.txt"),
                                   LoadDocumentFromBytes(jd, "jd.txt"), 20);
    for (const PlanItem& item : plan.items) {
      if (item.text.rfind("Your title is ", 0) == 0) return item.text + " | why: " + item.reason;
    }
    return std::string();
  };
  const std::string body = "\n\nRequirements\n- 5+ years of Spark, Airflow and SQL\n";
  const std::string staff = title_question("Staff Data Engineer" + body);
  CHECK(staff.find("Your title is Senior Data Engineer.") == 0);
  CHECK(staff.find("between Senior Data Engineer and Staff Data Engineer") != std::string::npos);
  const std::string same = title_question("Senior Data Engineer" + body);
  CHECK(same.find("between Senior Data Engineer and Staff Data Engineer") != std::string::npos);
  const std::string manager = title_question("Data Engineering Manager" + body);
  CHECK(manager.find("and Data Engineering Manager,") != std::string::npos);
  // A JD title of another line of work: the next level instead.
  const std::string other = title_question("Visual Designer" + body);
  CHECK(other.find("between Senior Data Engineer and Staff Data Engineer") != std::string::npos);
  // The reason says which comparison it is, and never calls a different title the same.
  CHECK(staff.find("why: the title you hold against the JD's title") != std::string::npos);
  CHECK(same.find("why: the title you hold: the JD's is the same") != std::string::npos);
  CHECK(other.find("why: the title you hold against the next level up: the JD's title (Visual "
                   "Designer) is another line of work") != std::string::npos);
  const std::string untitled = title_question("We build data tools. Join us." + body);
  CHECK(untitled.find("why: the title you hold against the next level up: the JD names no title") !=
        std::string::npos);
  CHECK(SameLineOfWork("Senior Data Engineer", "Data Engineering Manager"));
  CHECK_FALSE(SameLineOfWork("Editor-in-Chief", "DevOps Engineer"));
  CHECK(NextLevelTitle("Data Engineer") == "Senior Data Engineer");
  CHECK(NextLevelTitle("Engineering Manager") == "Director of Engineering");
  CHECK(NextLevelTitle("Director of Engineering").empty());
  // A director heads a field: "Director of Marketing", never "Director of Project".
  CHECK(NextLevelTitle("Marketing Manager") == "Director of Marketing");
  CHECK(NextLevelTitle("Product Manager") == "Director of Product");
  CHECK(NextLevelTitle("Project Manager") == "Senior Project Manager");
  CHECK(NextLevelTitle("Account Manager") == "Senior Account Manager");
  CHECK(NextLevelTitle("Principal Product Manager") == "Director of Product");
  CHECK(NextLevelTitle("Principal Engineer").empty());
  CHECK(NextLevelTitle("Lead Engineer") == "Principal Engineer");
  // Posts held while studying or unpaid have no next level ("Senior Undergraduate Researcher"),
  // nor has a line read as a title that holds a figure.
  for (const char* t : {"Undergraduate Researcher", "PhD Student", "Volunteer Tutor",
                        "Postdoctoral Fellow", "Student Assistant", "Electrician Apprentice",
                        "Donald P. Jacobs Scholar", "60%", ". Used by 14.4% of users", "Engineer 2"}) {
    CAPTURE(t);
    CHECK(NextLevelTitle(t).empty());
  }
  CHECK(NextLevelTitle("Research Engineer") == "Senior Research Engineer");
  CHECK(NextLevelTitle("Data Analyst") == "Senior Data Analyst");
}

TEST_CASE("plan: a one-word cue names a theme of some work only when the JD asks a skill of it") {
  auto themes_of = [](const std::string& text) {
    auto doc = LoadDocumentFromBytes(text, "jd.txt");
    REQUIRE(doc.ok());
    const std::vector<std::string> t = ExtractJd(*doc, Matcher(), {}).themes;
    return std::set<std::string>(t.begin(), t.end());
  };
  // "compliance" of accessibility in a front-end posting: no security situation.
  CHECK(!themes_of("Frontend Engineer\n\nRequirements\n- React and TypeScript\n"
                   "- WCAG 2.1 AA accessibility compliance\n")
             .count("security-mindset"));
  // The same word beside a security skill asked, or a cue of two words: named.
  CHECK(themes_of("Backend Engineer\n\nRequirements\n- Python and OAuth\n"
                  "- SOC 2 compliance\n")
            .count("security-mindset"));
  CHECK(themes_of("Frontend Engineer\n\nRequirements\n- React and TypeScript\n"
                  "- Take part in security reviews of new features\n")
            .count("security-mindset"));
  // "budget" in an accountant's posting is no cost-versus-reliability trade-off.
  CHECK(!themes_of("Accountant\n\nRequirements\n- Prepare the annual budget in Excel\n")
             .count("cost-reliability"));
  CHECK(themes_of("SRE\n\nRequirements\n- Kubernetes and Terraform\n- Own the cloud budget\n")
            .count("cost-reliability"));
}
