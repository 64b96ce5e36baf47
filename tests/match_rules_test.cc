// The evidence rules of the README ("The evidence rules behind those labels"), one case each:
// a short resume and JD written for the rule, the JD skill to look at, and its label.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "skillfit/document.h"
#include "skillfit/match.h"
#include "skillfit/profile.h"
#include "skillfit/title_table.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::Kb;
using skillfit::testing::Matcher;

namespace {

struct RuleCase {
  const char* rule;
  const char* resume;  // the lines after an "Experience" heading and a dated role
  const char* jd;      // the lines after a "Requirements" heading
  const char* skill;   // kb id of the JD skill looked at
  const char* label;   // its evidence label, or "absent" when the JD does not ask it
  const char* via;     // kb id of the skill the verdict rests on, or "" for none
};

const RuleCase kCases[] = {
    {"a line implying a broad skill is no evidence for that skill's relatives",
     "- Set up the VPC and subnets for our Oracle databases.", "- BGP and OSPF routing on Cisco routers",
     "bgp", "missing", ""},
    {"a broad parent is not related evidence for a specific skill",
     "- Ran the office networking and the Wi-Fi.", "- Cisco routers and switches, BGP",
     "cisco-networking", "missing", ""},
    {"a sibling named on a line is related", "- Ran our services on AWS with Terraform.",
     "- GCP and Terraform", "gcp", "related", "aws"},
    {"a sibling IaaS platform is related: AWS for OpenStack",
     "- Ran our services on AWS with Terraform.", "- OpenStack clouds", "openstack", "related", "aws"},
    {"a sibling CI tool is related", "- Wrote the GitHub Actions workflows for 40 repositories.",
     "- Jenkins pipelines", "jenkins", "related", "github-actions"},
    {"a specific skill proves its parent", "- Ran EKS clusters for the payments team.",
     "- Kubernetes in production", "kubernetes", "strong", "eks"},
    {"a parent never proves a specific skill", "- Ran Kubernetes clusters for the payments team.",
     "- Amazon EKS in production", "eks", "missing", ""},
    {"a parent framework is no evidence for the specific one",
     "- Built Java services with the Spring Framework.", "- Spring Boot and Java", "spring-boot",
     "missing", ""},
    {"a skill only listed is weak", "- Ran the office networking and the Wi-Fi.",
     "- Clear communication with the team", "communication", "weak", ""},
    {"a scripting language used proves scripting, not a relative of it",
     "- Wrote Python tools that rotate credentials.", "- Scripting in any language", "scripting",
     "strong", "python"},
    {"a cache store used proves caching", "- Moved the hot reads to Redis.", "- Caching at scale",
     "caching", "strong", "redis"},
    {"monitoring shown proves observability", "- Set up Prometheus alerting for 40 services.",
     "- Observability of production services", "observability", "strong", "prometheus"},
    {"a broad parent is no related evidence: a QA team is not test automation",
     "- Managed the QA analysts of the claims platform.", "- Automated testing", "test-automation",
     "missing", ""},
    {"a broad domain is no related evidence for a specific one: banking for payments",
     "- Built the loan systems of our banking clients.", "- Payment processing at scale", "payments",
     "missing", ""},
    {"data analysis done in a role proves analytical thinking",
     "- Ran the data analysis behind the quarterly churn review.", "- Strong analytical skills",
     "analytical-thinking", "strong", "data-analysis"},
    {"postmortems written in a role prove written communication",
     "- Wrote the postmortems of two Sev-1 outages.", "- Excellent written communication skills",
     "written-communication", "strong", "postmortems"},
    {"unit tests written prove test automation", "- Wrote the unit tests of the billing service.",
     "- Automated testing", "test-automation", "strong", "unit-testing"},
    {"coaching teams in a role proves mentoring", "- Coach product teams on writing runbooks.",
     "- Mentoring of junior engineers", "mentoring", "strong", "coaching"},
    {"mentoring never proves coaching, its specific form", "- Mentored two junior engineers.",
     "- Executive coaching", "coaching", "missing", ""},
    {"running workshops in a role proves verbal communication",
     "- Hosting weekly workshops for new members.", "- Excellent oral communication",
     "verbal-communication", "strong", "facilitation"},
    {"a prose document written in a role proves written communication",
     "- Hired 15 engineers and wrote the onboarding guide.", "- Excellent written communication skills",
     "written-communication", "strong", ""},
    {"a behaviour reading never hides a skill named inside it: interview guides written",
     "- Wrote the interview guides of the hiring panel.", "- Structured interviewing",
     "structured-interviewing", "strong", ""},
    {"a behaviour reading never hides a skill named inside it: workshops run",
     "- Lead value engineering workshops with the contractor.", "- Value engineering",
     "value-engineering", "strong", ""},
    {"reports analysed in a role prove data analysis, hence analytical thinking",
     "- Analyzed performance reports for the network team.", "- Strong analytical skills",
     "analytical-thinking", "strong", "data-analysis"},
    {"front-end work proves web development, its broad parent",
     "- Shipped frontend features in React for the clinic app.", "- Web development in Python or Ruby",
     "web-development", "strong", "front-end-development"},
    {"a code host is no related evidence for open-source work: GitHub is not a sibling",
     "- Kept our private repositories on GitHub.", "- Open source contributions", "open-source",
     "missing", ""},
    {"owning a piece of work end to end in a role proves ownership",
     "- Owned end-to-end delivery of the station platform.", "- A sense of ownership",
     "ownership", "strong", ""},
    {"owning all of something in a role proves ownership",
     "- Own the entire backend (Django, PostgreSQL) of the clinic app.", "- A sense of ownership",
     "ownership", "strong", ""},
    {"owning a share of a company is no ownership of work",
     "- Owned shares of the family bakery while studying.", "- A sense of ownership",
     "ownership", "missing", ""},
    {"deploying to named environments in a role proves software deployment",
     "- Built one-click deployments across staging and production on AWS.",
     "- Production deployment of Python services", "software-deployment", "strong", ""},
    {"a deployment that names no environment is no software deployment",
     "- Planned the deployment of field staff across the region.",
     "- Production deployment of Python services", "software-deployment", "missing", ""},
    {"a prototype built is no related evidence for usability testing",
     "- Shipped a production-ready scheduling prototype in six months.", "- Usability testing",
     "usability-testing", "missing", ""},
    {"the ground siblings stand on is no sibling: information security for security compliance",
     "- Led the information security reviews of the payments team.", "- Security compliance",
     "security-compliance", "missing", ""},
    {"the ground siblings stand on is no sibling: message queues for Kafka",
     "- Ran the message queues of the order service.", "- Kafka", "kafka", "missing", ""},
    {"the ground siblings stand on is no sibling: PHP for Magento", "- Built PHP sites for local shops.",
     "- Magento", "magento", "missing", ""},
    {"a sibling of the same kind stays related: RabbitMQ for Kafka",
     "- Ran RabbitMQ for the order service.", "- Kafka", "kafka", "related", "rabbitmq"},
    {"a sibling of the same kind stays related though a relative implies it: Verilog for VHDL",
     "- Wrote Verilog for the FPGA board.", "- VHDL", "vhdl", "related", "verilog"},
    {"an engineering simulation run proves simulation modelling, its broad practice",
     "- Ran finite element analysis of the pump bracket in ANSYS.", "- Simulation modelling of new devices",
     "simulation-modelling", "strong", "finite-element-analysis"},
    {"a broad practice never proves a specific one: simulation modelling for FEA",
     "- Built simulation models of the clinic's patient flow.", "- Finite element analysis",
     "finite-element-analysis", "missing", ""},
    {"a mechanical CAD program used proves mechanical design",
     "- Modelled the pump housing and its brackets in SolidWorks.", "- Mechanical design of devices",
     "mechanical-design", "strong", "solidworks"},
    {"CAD in general is no evidence for mechanical design, nor its sibling",
     "- Drafted the floor plans of two clinics with CAD tools.", "- Mechanical design of devices",
     "mechanical-design", "missing", ""},
    {"network security work proves networking, the ground it works on",
     "- Ran the network security reviews of the branch offices.", "- Computer networking",
     "networking", "strong", "network-security"},
    {"the operations disciplines are siblings: system administration for DevOps",
     "- Systems administrator of the lab's Windows servers and backups.", "- DevOps practices",
     "devops", "related", "system-administration"},
    {"a degree is no skill verdict: the education row judges it (education_test.cc)",
     "- Built Python services.\n\nEducation\nB.Tech. in Information Technology, 2012 - 2016",
     "- BS in Computer Science\n- Python", "bachelors-computer-science", "absent", ""},
};

// The match of a resume text against a JD text, today November 2026; `titles` (may be null)
// makes the titles held evidence.
MatchResult MatchTexts(const std::string& resume, const std::string& jd, const TitleTable* titles) {
  auto r = LoadDocumentFromBytes(resume, "resume.txt");
  auto j = LoadDocumentFromBytes(jd, "jd.txt");
  REQUIRE(r.ok());
  REQUIRE(j.ok());
  MatchOptions o;
  o.today.today_year = 2026;
  o.today.today_month = 11;
  o.today.titles = titles;
  return Match(ExtractJd(*j, Matcher(), o.today), ExtractResume(*r, Matcher(), o.today), Kb(), o);
}

// The match of a resume with one dated role (the case's lines) against the case's JD;
// `titles` as MatchTexts.
MatchResult MatchCase(const RuleCase& c, const TitleTable* titles = nullptr) {
  return MatchTexts(std::string("Ana Ruiz\n\nExperience\nEngineer, Acme | Jan 2020 - Present\n") +
                        c.resume + "\n\nSkills\nCommunication\n",
                    std::string("Platform Engineer\n\nRequirements\n") + c.jd + "\n", titles);
}

// Checks the case's label of its JD skill and, when it names one, the skill the verdict rests on.
void CheckCase(const RuleCase& c, const TitleTable* titles) {
  CAPTURE(std::string(c.rule));
  const int want = Kb().IndexOf(c.skill);
  REQUIRE_MESSAGE(want >= 0, "no skill " << c.skill);
  const MatchResult m = MatchCase(c, titles);
  const SkillVerdict* found = nullptr;
  for (const SkillVerdict& v : m.skills) {
    if (v.skill == want) found = &v;
  }
  CHECK(std::string(found ? EvidenceLabelName(found->label) : "absent") == c.label);
  if (found == nullptr || *c.via == '\0') return;
  std::vector<std::string> via;
  for (int x : found->via) via.push_back(Kb().skills()[x].id);
  const size_t via_count = via.size();
  CAPTURE(via_count);
  CHECK(std::find(via.begin(), via.end(), std::string(c.via)) != via.end());
}

}  // namespace

TEST_CASE("evidence rules: each README rule holds on a case written for it") {
  for (const RuleCase& c : kCases) CheckCase(c, nullptr);
}

TEST_CASE("evidence rules: related evidence shows the resume line that names the sibling") {
  const MatchResult m = MatchCase(kCases[2]);
  for (const SkillVerdict& v : m.skills) {
    if (Kb().skills()[v.skill].id != "gcp") continue;
    REQUIRE(v.label == EvidenceLabel::kRelated);
    REQUIRE_FALSE(v.resume_mentions.empty());
    CHECK(v.resume_mentions.front().line == 5);
  }
}

TEST_CASE("evidence rules: a skill used in a role shows that role's line before the skills list") {
  const MatchResult m = MatchTexts(
      "Ana Ruiz\n\nSkills\nSQL, Snowflake, Go\n\nExperience\nEngineer, Acme | Jan 2020 - Present\n"
      "- Built reporting tables in Snowflake with dbt.\n",
      "Data Engineer\n\nRequirements\n- SQL\n", nullptr);
  const int sql = Kb().IndexOf("sql");
  bool seen = false;
  for (const SkillVerdict& v : m.skills) {
    if (v.skill != sql) continue;
    seen = true;
    CHECK(v.label == EvidenceLabel::kStrong);
    REQUIRE_FALSE(v.resume_mentions.empty());
    CHECK(v.resume_mentions.front().line == 8);  // the role's bullet, not the list on line 4
  }
  CHECK(seen);
}

// The title rule: a title held names its skills (kb/titles.yaml), with the role's dates, so a
// title held for years is strong evidence, and one held long ago is weak. A title written in
// capitals is read in title case ("SOFTWARE ENGINEER" -> "Software Engineer") and names its
// skills all the same (it named none while its span was looked for with the case changed).
TEST_CASE("evidence rules: a title held for years is strong evidence for the skills it names") {
  auto titles = TitleTable::Load(skillfit::testing::SourceDir() + "/kb/titles.yaml", Kb());
  REQUIRE(titles.ok());
  const int want = Kb().IndexOf("software-development");
  REQUIRE(want >= 0);
  struct { const char* title; const char* dates; const char* label; } cases[] = {
      {"Senior Software Engineer", "Jan 2019 - Present", "strong"},
      {"Senior Software Engineer", "Jan 2008 - Dec 2012", "weak"},
      {"SENIOR SOFTWARE ENGINEER", "Jan 2019 - Present", "strong"}};
  for (const auto& c : cases) {
    CAPTURE(std::string(c.title));
    CAPTURE(std::string(c.dates));
    const MatchResult m = MatchTexts(
        std::string("Ana Ruiz\n\nExperience\n") + c.title + ", Acme | " + c.dates +
            "\n- Ran the billing services.\n",
        "Backend Engineer\n\nRequirements\n- Software development in teams\n", &*titles);
    const SkillVerdict* found = nullptr;
    for (const SkillVerdict& v : m.skills) {
      if (v.skill == want) found = &v;
    }
    REQUIRE(found != nullptr);
    CHECK(std::string(EvidenceLabelName(found->label)) == c.label);
  }
}

// The short-title rule: a skill whose only role evidence is the titles of roles held less than
// a year, or fewer years than the JD asks, is weak and says so; a title held a year or more
// stays strong, and a line of the role that names the skill is evidence however short the role.
TEST_CASE("evidence rules: a title held briefly is weak evidence for the skills it names") {
  auto titles = TitleTable::Load(skillfit::testing::SourceDir() + "/kb/titles.yaml", Kb());
  REQUIRE(titles.ok());
  struct TitleCase {
    const char* rule;
    const char* roles;  // the experience section's roles
    const char* ask;    // the JD's requirement line
    const char* skill;
    const char* label;
    const char* reason;  // what the verdict's reason starts with ("": not checked)
  };
  const TitleCase cases[] = {
      {"a half-year intern title is weak", "Product Manager Intern, Acme | Jun 2026 - Nov 2026\n"
       "- Ran user interviews for the checkout team.\n", "- Product management", "product-management",
       "weak", "only in the title of a role held 6 months"},
      {"a title held one month says so", "Data Analyst, Acme | Nov 2026 - Present\n"
       "- Joined the reporting team.\n", "- Data analysis", "data-analysis", "weak",
       "only in the title of a role held 1 month"},
      {"two short titles are still weak", "Data Analyst, Acme | Jan 2026 - Mar 2026\n"
       "- Joined the reporting team.\nData Analyst, Beta | May 2026 - Jul 2026\n"
       "- Cleaned up the sales reports.\n", "- Data analysis", "data-analysis", "weak",
       "only in the titles of 2 roles held 6 months"},
      {"a title held a year is strong", "Product Manager, Acme | Dec 2025 - Nov 2026\n"
       "- Ran user interviews for the checkout team.\n", "- Product management", "product-management",
       "strong", "used in 1 role, 1 year,"},
      {"a title held eight years is strong", "Product Manager, Acme | Jan 2019 - Present\n"
       "- Ran user interviews for the checkout team.\n", "- Product management", "product-management",
       "strong", ""},
      {"a title held fewer years than asked is weak and says both",
       "Data Analyst, Acme | Jan 2024 - Present\n- Joined the reporting team.\n",
       "- 5+ years of data analysis", "data-analysis", "weak",
       "only in the title of a role held 2.9 years, 5 years asked"},
      {"a title held the years asked is strong", "Data Analyst, Acme | Jan 2020 - Present\n"
       "- Joined the reporting team.\n", "- 5+ years of data analysis", "data-analysis", "strong",
       ""},
      {"a short role whose line names the skill is strong", "Data Analyst, Acme | Jun 2026 - Present\n"
       "- Built data analysis notebooks for the sales team.\n", "- Data analysis", "data-analysis",
       "strong", "used in 1 role"},
      {"a long role's line counts with a short title", "Data Analyst, Acme | Jun 2026 - Present\n"
       "- Joined the reporting team.\nEngineer, Beta | Jan 2018 - Dec 2025\n"
       "- Did data analysis of the fleet's sensors.\n", "- Data analysis", "data-analysis", "strong",
       "used in 2 roles"},
      {"a short title over a line of its field's work counts as a line",
       "Mechanical Design Intern, Acme | Jun 2026 - Aug 2026\n"
       "- Prototyped the reticle storage racks with DFMA reviews.\n", "- Mechanical design",
       "mechanical-design", "strong", "used in 1 role"},
      {"a short title over lines of other work stays a title alone",
       "Product Manager Intern, Acme | Jun 2026 - Nov 2026\n"
       "- Handled customer complaints by phone.\n", "- Product management", "product-management",
       "weak", "only in the title of a role held 6 months"},
      {"a field's line in another role does not back a short title",
       "Mechanical Design Intern, Acme | Jun 2026 - Aug 2026\n- Joined the hardware team.\n"
       "Engineer, Beta | Jan 2018 - Dec 2018\n- Ran the DFMA reviews of the pump housing.\n",
       "- Mechanical design", "mechanical-design", "weak", "only in the title of a role held 3 months"},
      {"an undated title is no short title", "Data Analyst, Acme\n- Joined the reporting team.\n",
       "- Data analysis", "data-analysis", "strong", ""},
  };
  for (const TitleCase& c : cases) {
    CAPTURE(std::string(c.rule));
    const int want = Kb().IndexOf(c.skill);
    REQUIRE(want >= 0);
    const MatchResult m =
        MatchTexts(std::string("Ana Ruiz\n\nExperience\n") + c.roles,
                   std::string("Analyst\n\nRequirements\n") + c.ask + "\n", &*titles);
    const SkillVerdict* found = nullptr;
    for (const SkillVerdict& v : m.skills) {
      if (v.skill == want) found = &v;
    }
    REQUIRE(found != nullptr);
    CHECK(std::string(EvidenceLabelName(found->label)) == c.label);
    const std::string reason = found->reason;
    CAPTURE(reason);
    CHECK(reason.rfind(c.reason, 0) == 0);
  }
}

// The field rule: a line of work that a job title names (kb/titles.yaml: back-end development,
// front-end development) is broad, so it is no related evidence for a tool or practice inside
// it; it stays related evidence for another field, and a specific skill stays related
// evidence for a field.
TEST_CASE("evidence rules: a field a title names is related evidence only for another field") {
  auto titles = TitleTable::Load(skillfit::testing::SourceDir() + "/kb/titles.yaml", Kb());
  REQUIRE(titles.ok());
  const RuleCase cases[] = {
      {"backend work is no related evidence for REST APIs", "- Built the backend of our booking site.",
       "- REST APIs", "rest-api", "missing", ""},
      {"backend work is no related evidence for API design", "- Built the backend of our booking site.",
       "- API design", "api-design", "missing", ""},
      {"front-end work is no related evidence for CSS", "- Led the front-end of our booking site.",
       "- CSS", "css", "missing", ""},
      {"a field is related evidence for a sibling field",
       "- Led the front-end of our booking site.", "- Backend development",
       "back-end-development", "related", "front-end-development"},
      {"a specific skill is related evidence for a field",
       "- Designed the REST APIs of the booking service.", "- Backend development",
       "back-end-development", "related", "rest-api"},
      {"siblings that no title names are related as before", "- Ran our services on AWS with Terraform.",
       "- GCP and Terraform", "gcp", "related", "aws"},
  };
  for (const RuleCase& c : cases) CheckCase(c, &*titles);
}
