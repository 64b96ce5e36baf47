// Dates, requirement cues, years asked, roles and evidence.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "extract/date_range.h"
#include "extract/jd_cues.h"
#include "skillfit/profile.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::Kb;
using skillfit::testing::Matcher;

namespace {

// The level a JD profile gives a skill, by kb id; "absent" when the skill is not in it.
std::string LevelOf(const JdProfile& p, const char* id) {
  for (const JdSkill& s : p.skills) {
    if (Kb().skills()[s.skill].id == id) return RequirementLevelName(s.level);
  }
  return "absent";
}

// The years a JD profile asks of a skill, by kb id; -1 when the skill is not in it.
double YearsOf(const JdProfile& p, const char* id) {
  for (const JdSkill& s : p.skills) {
    if (Kb().skills()[s.skill].id == id) return s.years;
  }
  return -1;
}

// The JD profile of a text; `name` sets the format (".txt" plain text, ".md" Markdown).
JdProfile JdOf(const std::string& text, const char* name = "jd.txt") {
  auto doc = LoadDocumentFromBytes(text, name);
  REQUIRE(doc.ok());
  return ExtractJd(*doc, Matcher(), {});
}

}  // namespace

TEST_CASE("dates: the formats people write") {
  const int today = MonthIndex(2026, 11);
  struct Case {
    const char* line;
    int start_y, start_m, end_y, end_m;
    bool current;
  } cases[] = {
      {"SRE — Acme | Jan 2020 - Present", 2020, 1, 2026, 11, true},
      {"Engineer, Foo 2019-2021", 2019, 1, 2021, 12, false},
      {"03/2018 - 06/2020", 2018, 3, 2020, 6, false},
      {"Intern, Summer 2019", 2019, 6, 2019, 8, false},
      {"Lead 2021 - now", 2021, 1, 2026, 11, true},
      {"January 2019 to Present", 2019, 1, 2026, 11, true},
      {"Sept. 2015 – May 2017", 2015, 9, 2017, 5, false},
      {"2014.06 - 2016.02", 2014, 6, 2016, 2, false},
      {"Mar 2012 — Dec 2013", 2012, 3, 2013, 12, false},
      // Two-digit years: the only form without four digits in a row.
      {"Analyst, Jan '19 - Mar '21", 2019, 1, 2021, 3, false},
      {"Dev — Sep '22 to present", 2022, 9, 2026, 11, true},
      // Month and two-digit year, as some resumes date every role.
      {"FACEBOOK | SOFTWARE ENGINEER 06/15 - Now", 2015, 6, 2026, 11, true},
      {"Intern 06/15 – 08/17", 2015, 6, 2017, 8, false},
      {"10/2018 - 3/21", 2018, 10, 2021, 3, false},
      // The dashes PDF producers write between dates: soft hyphen, minus sign, hyphen.
      {"Engineer 2019 \u00AD 2021", 2019, 1, 2021, 12, false},
      {"Jan 2019\u00ADMar 2020", 2019, 1, 2020, 3, false},
      {"2019 \u2212 2021", 2019, 1, 2021, 12, false},
      {"Sep. 2023 \u2010 Mar. 2024", 2023, 9, 2024, 3, false},
      {"Jan 2020 - Current", 2020, 1, 2026, 11, true},
      {"Fall 2020 - Spring 2022", 2020, 9, 2022, 5, false},
      // Forms of the real resumes in ../shared/corpus/resumes/pdf/github.
      {"06-2018 - Present", 2018, 6, 2026, 11, true},
      {"10-2016 - 06-2018 Full Stack Developer", 2016, 10, 2018, 6, false},
      {"2013-14", 2013, 1, 2014, 12, false},
      {"Teaching Fellow (Harvard Economics, 2024-25)", 2024, 1, 2025, 12, false},
      {"Teaching Assistant, Tsinghua University, 2015/2016", 2015, 1, 2016, 12, false},
      {"Software Development Intern July - September 2013", 2013, 7, 2013, 9, false},
      {"Since 2021 Volunteer with the CFA Society", 2021, 1, 2026, 11, true},
      {"Assistant Professor, 2026-.", 2026, 1, 2026, 11, true},
      {"2022- sound engineering", 2022, 1, 2026, 11, true},
      {"GitHub Apr 2022, Aug 2022", 2022, 4, 2022, 8, false},
      {"GitHub Jun 2023, present", 2023, 6, 2026, 11, true},
      {"Software Engineering Intern, Spring 2016", 2016, 1, 2016, 5, false},
      {"ResearchNow Fall 2015", 2015, 9, 2015, 12, false},
      {"Graphic Web Designer - 05/2020 to Present", 2020, 5, 2026, 11, true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line);
    DateRange r;
    REQUIRE(FindDateRange(c.line, today, &r));
    CHECK(r.start == MonthIndex(c.start_y, c.start_m));
    CHECK(r.finish == MonthIndex(c.end_y, c.end_m));
    CHECK(r.current == c.current);
  }
  DateRange r;
  CHECK_FALSE(FindDateRange("Reduced p99 latency from 900 to 120 ms", today, &r));
  CHECK_FALSE(FindDateRange("Managed 2,000 servers", today, &r));
  CHECK_FALSE(FindDateRange("Scored 15/20 on the exam and 3/4 of the labs", today, &r));
  CHECK_FALSE(FindDateRange("Handled 24/7 support for 12/31 deadlines", today, &r));
}

TEST_CASE("cues: in-sentence words override the section") {
  CHECK(SentenceCue("Terraform experience is a plus") == Cue::kPreferred);
  CHECK(SentenceCue("Ideally you know Rust") == Cue::kPreferred);
  CHECK(SentenceCue("Bonus if you have used Kafka") == Cue::kPreferred);
  CHECK(SentenceCue("CISSP preferred") == Cue::kPreferred);
  CHECK(SentenceCue("You must have production Kubernetes") == Cue::kRequired);
  CHECK(SentenceCue("Python required") == Cue::kRequired);
  CHECK(SentenceCue("You will build APIs") == Cue::kNone);
  CHECK(SentenceCue("The best candidates will have used Terraform") == Cue::kPreferred);
  CHECK(SentenceCue("We value: documentation, code review and CI/CD") == Cue::kPreferred);
  CHECK(SentenceCue("Certifications in SAFe are highly valued") == Cue::kPreferred);
  CHECK(SentenceCue("You should understand source control and peer review") == Cue::kRequired);
  CHECK(SentenceCue("Login.gov is looking for qualified Site Reliability / DevOps engineers") ==
        Cue::kRequired);
  CHECK(SentenceCue("We are seeking a data engineer") == Cue::kRequired);
  // The verb of "preferred", said by the employer, and what adds to a candidate's odds.
  CHECK(SentenceCue("We prefer a person with a master degree and 5 years of experience") ==
        Cue::kPreferred);
  CHECK(SentenceCue("We would prefer someone who has run Kafka at scale") == Cue::kPreferred);
  CHECK(SentenceCue("Terraform will increase your chances") == Cue::kPreferred);
  CHECK(SentenceCue("If you prefer remote work, you must know Go") == Cue::kRequired);
}

TEST_CASE("cues: 'a strong plus' and 'preference for' wish, they do not demand") {
  CHECK(SentenceCue("A messaging platform such as Kafka is a strong plus") == Cue::kPreferred);
  CHECK(SentenceCue("Terraform would be an added plus") == Cue::kPreferred);
  CHECK(SentenceCue("Preference for experience in Java/Spring") == Cue::kPreferred);
  CHECK(SentenceCue("Preference will be given to holders of a PMP") == Cue::kPreferred);
  CHECK(SentenceCue("You need 5 plus years of Go") == Cue::kRequired);
  CHECK(SentenceCue("Python plus SQL are required") == Cue::kRequired);
}

TEST_CASE("cues: what the post offers asks nothing of the candidate") {
  CHECK(SentenceCue("You will have the opportunity to create new APIs") == Cue::kNone);
  CHECK(SentenceCue("You'll have access to a modern lab and the freedom to try things") == Cue::kNone);
  CHECK(SentenceCue("You have the chance to shape our data platform") == Cue::kNone);
  CHECK(SentenceCue("You will have autonomy over your roadmap") == Cue::kNone);
  // An ask stays one, also beside an offer.
  CHECK(SentenceCue("You will have 5 years of Go") == Cue::kRequired);
  CHECK(SentenceCue("You have strong SQL and you will have the chance to learn Rust") == Cue::kRequired);
  CHECK(SentenceCue("You will have the ability to debug distributed systems") == Cue::kRequired);
}

TEST_CASE("cues: \"as required\" asks nothing of the candidate") {
  CHECK(SentenceCue("Perform security reviews of SaaS applications as required") == Cue::kNone);
  CHECK(SentenceCue("Travel if required") == Cue::kNone);
  CHECK(SentenceCue("Kubernetes experience is required, on-call as required") == Cue::kRequired);
}

TEST_CASE("cues: team stack, back references and rated competencies") {
  CHECK(DescribesTeamStack("We use PostgreSQL and DynamoDB ."));
  CHECK(DescribesTeamStack("current languages include Node.js Java and Python"));
  CHECK(DescribesTeamStack("We are working with C# on .NET Core, AWS and Docker"));
  CHECK_FALSE(DescribesTeamStack("Experience with PostgreSQL"));
  CHECK(RefersBack("You should have experience with at least two of those languages"));
  CHECK_FALSE(RefersBack("You should have experience with Go"));
  CHECK(IntroducesRequiredList(
      "You will be scored on your possession of each of the following competencies"));
  CHECK(IntroducesRequiredList("Knowledge, skills and abilities:"));
  CHECK_FALSE(IntroducesRequiredList("We value core competencies such as honesty."));
}

TEST_CASE("years asked: numbers in words and digits, ranges, minimums") {
  struct Case {
    const char* s;
    double years;
    bool overall;
  } cases[] = {
      {"5+ years of Python", 5, false},
      {"at least three years with AWS", 3, false},
      {"2-4 years of experience in data engineering", 2, true},
      {"a minimum of 7 years of professional experience", 7, true},
      {"Ten years of experience building distributed systems", 10, true},
      {"3 years' Python", 3, false},
      {"5+ years Python and Go", 5, false},
      {"A 5+ year track record with Java", 5, false},
      {"More than 5 years of Java", 5, false},
      // A post held for some years is experience; a post that lasts some years is not.
      {"You have worked in a similar role for 3+ years", 3, false},
      {"a minimum tenure of 4 years in a similar position", 4, false},
      {"You have used Python for 5 years", 5, false},
      // A number in words, then in digits in parentheses.
      {"Five (5) years of experience in Java", 5, true},
      {"a minimum of three (3) years with AWS", 3, false},
      {"three (3) to five (5) years of SQL", 3, false},
      {"one (1) year of specialized experience", 1, true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.s);
    const auto ys = FindYearsAsked(c.s);
    REQUIRE(ys.size() == 1);
    CHECK(ys[0].years == c.years);
    CHECK(ys[0].overall == c.overall);
  }
  CHECK(FindYearsAsked("Over the past 20 years our company has grown").empty());
  // Years that measure a span of time ask no experience.
  for (const char* span : {"Think on a >1 year time horizon", "Become the expert within 2 years",
                           "This is a 2 year contract", "Where will you be in 3 years",
                           "Every 2 years we rotate the keys", "a 1 year roadmap for the team",
                           "our 10 years anniversary",
                           "The professorship is a fixed term position of 4 to 6 years with teaching",
                           "Employment for a period of 2 years", "a contract lasting 3 years",
                           "The fellowship is funded for up to 3 years",
                           "We have been building robots for 10 years",
                           "This is a two (2) year contract", "Become the expert within two (2) years"}) {
    CAPTURE(span);
    CHECK(FindYearsAsked(span).empty());
  }
}

TEST_CASE("jd profile: levels from sections and cues, years attached to the skill") {
  const std::string text =
      "About us\nWe build on Salesforce.\n\nRequirements\n- 5+ years of Python, Go or Rust\n"
      "- Terraform experience is a plus\n- Kubernetes\n\nNice to have\n- Kafka\n\n"
      "Responsibilities\n- Run PostgreSQL in production\n\nBenefits\n- Free Excel and Power BI training\n";
  auto doc = LoadDocumentFromBytes(text, "jd.txt");
  REQUIRE(doc.ok());
  const JdProfile p = ExtractJd(*doc, Matcher(), {});
  auto level = [&](const char* id) { return LevelOf(p, id); };
  auto years = [&](const char* id) { return YearsOf(p, id); };
  CHECK(level("python") == "required");
  CHECK(years("python") == 5);
  CHECK(years("go") == 5);
  CHECK(years("kubernetes") == 0);
  CHECK(level("terraform") == "preferred");
  CHECK(level("kubernetes") == "required");
  CHECK(level("kafka") == "preferred");
  CHECK(level("postgresql") == "responsibility");
  CHECK(level("excel") == "context");
}

TEST_CASE("jd profile: years asked of a skill are not asked of its examples in parentheses") {
  const JdProfile p =
      JdOf("Requirements\n- At least 3 years with AWS (EC2, RDS, S3)\n- 4 years of Go or Rust\n");
  auto years = [&](const char* id) { return YearsOf(p, id); };
  CHECK(years("aws") == 3);
  CHECK(years("ec2") == 0);
  CHECK(years("s3") == 0);
  CHECK(years("go") == 4);
  CHECK(years("rust") == 4);
}

TEST_CASE("jd profile: years after a skill are its own only when next to it") {
  struct Case {
    const char* line;
    const char* id;
    double years;
  } const cases[] = {
      {"- Python (3+ years)", "python", 3},
      {"- Python experience: 3 years", "python", 3},
      {"- Kafka, 4 years minimum", "kafka", 4},
      {"- You are a skilled Java developer with at least 5 years of experience", "java", 5},
      // Words between: the years are asked of something else, or of the role.
      {"- Kafka or comparable streaming tools 5+ years of leading teams", "kafka", 0},
      {"- Master in Computer Science or comparable field of study 5+ years of experience in "
       "leading technical teams",
       "masters-computer-science", 0},
  };
  for (const Case& c : cases) {
    const std::string line = c.line;
    CAPTURE(line);
    const JdProfile p = JdOf("Requirements\n" + line + "\n");
    CHECK(YearsOf(p, c.id) == c.years);
  }
}

TEST_CASE("resume profile: roles, years of use, recency, listed versus used") {
  const std::string text =
      "Ana Doe\n\nSkills\nPython, Go, Kubernetes, Java\n\nExperience\n"
      "Senior SRE — Acme | Jan 2020 - Present\n- Ran Kubernetes (EKS) clusters with Go tooling\n"
      "Engineer — Foo | 2016 - 2019\n- Built Go and Python services\n"
      "Developer — Bar | 2005 - 2008\n- Java web apps\n";
  auto doc = LoadDocumentFromBytes(text, "cv.txt");
  REQUIRE(doc.ok());
  ExtractOptions opts;
  opts.today_year = 2026;
  opts.today_month = 12;
  const ResumeProfile p = ExtractResume(*doc, Matcher(), opts);
  REQUIRE(p.roles.size() == 3);
  auto find = [&](const char* id) -> const ResumeSkill* {
    for (const ResumeSkill& s : p.skills) {
      if (Kb().skills()[s.skill].id == id) return &s;
    }
    return nullptr;
  };
  const ResumeSkill* go = find("go");
  REQUIRE(go);
  CHECK(go->in_experience);
  CHECK(go->roles == 2);
  CHECK(go->years == doctest::Approx(11.0));  // 2016-01..2026-12, no overlap double counted
  const ResumeSkill* java = find("java");
  REQUIRE(java);
  CHECK(java->last_used == MonthIndex(2008, 12));
  const ResumeSkill* aws = find("aws");  // implied by EKS
  REQUIRE(aws);
  CHECK(aws->mentions.empty());
  CHECK(aws->in_experience);
}

TEST_CASE("resume profile: a head noun shared by coordinated words names each skill") {
  // "Network & endpoint security" shows network security, though the resume never writes it
  // whole; the JD side reads the same shape (coordination.h).
  auto doc = LoadDocumentFromBytes(
      "Ana Doe\n\nExperience\nAnalyst — Acme | Jan 2020 - Present\n"
      "- Ran network & endpoint security reviews for 40 offices\n", "cv.txt");
  REQUIRE(doc.ok());
  const ResumeProfile p = ExtractResume(*doc, Matcher(), {});
  std::set<std::string> ids;
  for (const ResumeSkill& s : p.skills) ids.insert(Kb().skills()[s.skill].id);
  CHECK(ids.count("endpoint-security") == 1);
  CHECK(ids.count("network-security") == 1);
}

TEST_CASE("jd profile: a stack the team uses, a demand that points back, a rated list") {
  const std::string text =
      "Role summary\nOur core languages are Go and Ruby. You should have experience with one of "
      "those languages.\nWe use PostgreSQL and DynamoDB.\n\nEvaluation\nYou will be scored on "
      "each of the following competencies:\n\n- **Delivery:** Ability to apply agile\n"
      "methods and automation\n\nWithin each category, veterans get priority. Scrum too.\n";
  const JdProfile p = JdOf(text);
  auto level = [&](const char* id) { return LevelOf(p, id); };
  CHECK(level("go") == "required");
  CHECK(level("ruby") == "required");
  CHECK(level("postgresql") == "responsibility");
  CHECK(level("agile") == "required");
  CHECK(level("automation") == "required");
  CHECK(level("scrum") == "context");
}

TEST_CASE("jd profile: a sentence about the company names context, not the job") {
  CHECK(DescribesCompany("The core product is open source, hosted in modern cloud infrastructure"));
  CHECK(DescribesCompany("Acme is a fintech company based in Berlin ."));
  CHECK_FALSE(DescribesCompany("You will help our customers run Kubernetes"));
  const JdProfile p = JdOf("Role summary\nOur product is open source and built on Kubernetes.\n"
                           "You will run Terraform.\n");
  CHECK(LevelOf(p, "kubernetes") == "context");
  CHECK(LevelOf(p, "terraform") == "responsibility");
}

TEST_CASE("jd profile: a sentence wrapped over lines is read as one") {
  // A line break inside a sentence does not end it; one after a full stop does.
  const std::string para = "The core\nproduct is open. You will\nrun it";
  const auto ss = SplitSentences(para);
  REQUIRE(ss.size() == 2);
  CHECK(para.substr(ss[0].first, ss[0].second - ss[0].first) == "The core\nproduct is open.");
  CHECK(para.substr(ss[1].first, ss[1].second - ss[1].first) == "You will\nrun it");
  CHECK(SentenceCue("You\n  must have Go") == Cue::kRequired);

  // Markdown: the company cue on one line speaks for the skill on the next.
  const std::string md =
      "## Role Summary\n\nWe care about our users and we are committed to making the process\n"
      "easy while combating fraud and abuse of the service. You will run\nTerraform.\n\n"
      "- Operate Kubernetes clusters for\n  our partners\n- Write Ansible playbooks\n";
  const JdProfile p = JdOf(md, "jd.md");
  CHECK(LevelOf(p, "fraud-prevention") == "context");
  CHECK(LevelOf(p, "terraform") == "responsibility");
  CHECK(LevelOf(p, "kubernetes") == "responsibility");
  CHECK(LevelOf(p, "ansible") == "responsibility");

  // Plain text joins a line only when the next one opens in lowercase: lists there often
  // carry no bullets, and each line is its own item.
  const JdProfile t = JdOf("Requirements:\nWe would love some Docker experience, it is a plus\n"
                           "Kubernetes and Helm in production at a large scale\n", "jd.txt");
  CHECK(LevelOf(t, "docker") == "preferred");
  CHECK(LevelOf(t, "kubernetes") == "required");
  const JdProfile u = JdOf("Requirements\nExperience with Docker is a\nplus\n", "jd.txt");
  CHECK(LevelOf(u, "docker") == "preferred");
  // A line that ends where no sentence can (a conjunction, a preposition, a comma) goes on
  // whatever case the next opens in: the two alternatives are one group.
  const JdProfile v = JdOf("Requirements:\nExperience with orchestration with Kubernetes or\n"
                           "ECS; strong SQL.\n", "jd.txt");
  REQUIRE(v.groups.size() == 1);
  CHECK(v.groups[0].members.size() == 2);
  // A line that ends a sentence without a full stop does not run on into the next.
  const JdProfile w = JdOf("Requirements:\nExperience with Kubernetes\nECS or Docker would be a plus\n",
                           "jd.txt");
  CHECK(LevelOf(w, "kubernetes") == "required");
  CHECK(LevelOf(w, "ecs") == "preferred");
}

TEST_CASE("cues: requirements as a noun ask nothing; the experience users get is no demand") {
  CHECK(SentenceCue("Work with product managers to turn rough requirements into features") ==
        Cue::kNone);
  CHECK(SentenceCue("A degree is a requirement") == Cue::kRequired);
  CHECK(SentenceCue("Minimum requirements: Python") == Cue::kRequired);
  CHECK(DescribesCompany("We care about the best possible experience to anyone using our "
                         "services and we are committed to making the process easy"));
  CHECK_FALSE(DescribesCompany("Our product needs someone with experience with Go"));
  CHECK(DescribesCompany("We aspire to help our partners solve problems in an agile way"));
  CHECK(DescribesCompany("The security group develops products which help manage the risks of "
                         "open-source containers and 3rd party APIs ."));
}

TEST_CASE("bad input: no headings, no dates, one long line, another language") {
  // A JD with no recognisable section: levels come from each sentence, and it says so.
  const JdProfile no_headings = JdOf(
      "We need someone to keep our Kubernetes clusters healthy. You must have Terraform "
      "experience. Go is a plus.\n");
  CHECK(LevelOf(no_headings, "terraform") == "required");
  CHECK(LevelOf(no_headings, "go") == "preferred");
  bool said = false;
  for (const std::string& w : no_headings.warnings) said = said || w.find("no section headings") != std::string::npos;
  CHECK(said);

  // A resume with no dates: skills are found, and the missing years are said.
  auto cv = LoadDocumentFromBytes("Ana Doe\nSkills\nPython, PostgreSQL, Docker\n", "cv.txt");
  REQUIRE(cv.ok());
  const ResumeProfile undated = ExtractResume(*cv, Matcher(), {});
  CHECK(undated.roles.empty());
  CHECK(undated.skills.size() >= 3);
  said = false;
  for (const std::string& w : undated.warnings) said = said || w.find("no dated roles") != std::string::npos;
  CHECK(said);

  // A file that is one long line (300 KB): read, not refused, and its skills found.
  std::string line;
  while (line.size() < 300000) line += "Kubernetes and Terraform experience required; Go is a plus. ";
  const JdProfile long_line = JdOf(line + "\n");
  CHECK(LevelOf(long_line, "kubernetes") == "required");
  CHECK(LevelOf(long_line, "go") == "preferred");

  // Another language: skills by name, and a warning that headings and levels may be missed.
  const std::string german_text =
      "Wir suchen eine Softwareentwicklerin für unser Team in Berlin. Ihre Aufgaben: Sie "
      "entwickeln und betreiben Dienste in Python auf Kubernetes und arbeiten eng mit dem "
      "Produktteam zusammen. Ihr Profil: mindestens drei Jahre Erfahrung mit verteilten "
      "Systemen, sehr gute Kenntnisse in SQL und der Cloud. Wir bieten flexible Arbeitszeiten.\n";
  const JdProfile german = JdOf(german_text);
  CHECK(LevelOf(german, "python") != "absent");
  CHECK(LevelOf(german, "kubernetes") != "absent");
  said = false;
  for (const std::string& w : german.warnings) said = said || w.find("does not read as English") != std::string::npos;
  CHECK(said);
  for (const std::string& w : no_headings.warnings) CHECK(w.find("English") == std::string::npos);

  // A caller that shows no warnings may turn the check off; the skills and
  // levels do not change.
  ExtractOptions quiet;
  quiet.check_language = false;
  auto german_doc = LoadDocumentFromBytes(german_text, "jd.txt");
  REQUIRE(german_doc.ok());
  const JdProfile unchecked = ExtractJd(*german_doc, Matcher(), quiet);
  for (const std::string& w : unchecked.warnings) CHECK(w.find("English") == std::string::npos);
  CHECK(unchecked.skills.size() == german.skills.size());
  CHECK(LevelOf(unchecked, "python") == LevelOf(german, "python"));
}
