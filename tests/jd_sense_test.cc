// How a JD's words are read (issue 13 items 4 and 6): list items glued into one flattened
// sentence, preferred cues, headings on long lines and "About <name>" leads, and skill words
// used in their ordinary sense (engine/src/extract/jd_cues.h, sections.cc, word_sense.h).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/example_heads.h"
#include "extract/jd_cues.h"
#include "extract/visual_sense.h"
#include "extract/word_sense.h"
#include "skillfit/document.h"
#include "skillfit/profile.h"
#include "skillfit/sections.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::Kb;
using skillfit::testing::Matcher;

namespace {

std::vector<std::string> Items(const std::string& sentence) {
  std::vector<std::string> out;
  for (const auto& [b, e] : SplitGluedItems(sentence)) out.push_back(sentence.substr(b, e - b));
  return out;
}

// The kind of the section that holds byte `at` of `text`.
SectionKind KindAt(const std::string& text, size_t at) {
  SectionKind kind = SectionKind::kPreamble;
  for (const Section& s : SplitSections(text, DocKind::kJd)) {
    if (s.heading_begin <= at) kind = s.kind;
  }
  return kind;
}

// Whether WithoutOrdinarySenses keeps a mention of `id` in `text`.
bool Kept(const std::string& text, const std::string& id) {
  for (const Mention& m : WithoutOrdinarySenses(text, Matcher().Find(text))) {
    if (Kb().skills()[m.skill].id == id) return true;
  }
  return false;
}

// Whether the matcher finds `id` in `text` at all (so that a dropped mention was there).
bool Found(const std::string& text, const std::string& id) {
  for (const Mention& m : Matcher().Find(text)) {
    if (Kb().skills()[m.skill].id == id) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("glued list items: split at a demand opener after a lowercase word") {
  struct Case {
    const char* sentence;
    std::vector<std::string> items;
  } const cases[] = {
      {"Experience with Azure a plus You are a team player Experience with Agile is a plus",
       {"Experience with Azure a plus", "You are a team player", "Experience with Agile is a plus"}},
      {"Documented experience with SQL Experience with lifecycle processes Knowledge of security",
       {"Documented experience with SQL", "Experience with lifecycle processes",
        "Knowledge of security"}},
      // A function word before the capital keeps the phrase whole.
      {"5 years of experience in Advanced Analytics", {"5 years of experience in Advanced Analytics"}},
      {"knowledge of Working Capital and Excel", {"knowledge of Working Capital and Excel"}},
      // A capital after a capital, a mark or the start is no glued item.
      {"Experience with SQL", {"Experience with SQL"}},
      {"Java, Experience Cloud and AEM", {"Java, Experience Cloud and AEM"}},
      {"SQL Server Experience is a plus", {"SQL Server Experience is a plus"}},
      {"Python Experience with Go", {"Python", "Experience with Go"}},
      // A word that opens no demand stays inside.
      {"deploy to Kubernetes Clusters daily", {"deploy to Kubernetes Clusters daily"}},
      // A name's placeholder after a closing cue opens the next item, as a capital does; not
      // without the cue.
      {"Knowledge of finance would be a plus <ORGANIZATION> is a leader in banking",
       {"Knowledge of finance would be a plus", "<ORGANIZATION> is a leader in banking"}},
      {"Experience with SAP at <ORGANIZATION> or similar", {"Experience with SAP at <ORGANIZATION> or similar"}},
      // Dash bullets run together: a dash alone before a capital opens the next, only when the
      // sentence opens with one; a dash before a lowercase word or in a title stays inside.
      {"- Good SQL skills - M.S degree preferred - Python is a plus",
       {"- Good SQL skills", "- M.S degree preferred", "- Python is a plus"}},
      {"- Good SQL - and shell skills", {"- Good SQL - and shell skills"}},
      {"Data Engineer - Python and Spark", {"Data Engineer - Python and Spark"}},
      // A bullet kept inside a flattened line opens the next item, alone or glued to its
      // word: the bullet glyph, the middle dot, and U+0095 (a Windows-1252 bullet).
      {"You know Jenkins \xE2\x80\xA2" "Any fintech experience is a plus",
       {"You know Jenkins", "\xE2\x80\xA2" "Any fintech experience is a plus"}},
      {"You know Jenkins \xC2\x95 go and rust", {"You know Jenkins", "\xC2\x95 go and rust"}},
      {"Full-time \xC2\xB7 Remote", {"Full-time", "\xC2\xB7 Remote"}},
      // A bullet that opens the sentence parts nothing; other marks are no bullets.
      {"\xE2\x80\xA2" "Experience with Go", {"\xE2\x80\xA2" "Experience with Go"}},
      {"C++ * Rust \xE2\x80\x94 Go", {"C++ * Rust \xE2\x80\x94 Go"}},
  };
  for (const Case& c : cases) {
    const std::string sentence = c.sentence;
    const std::vector<std::string> items = Items(sentence);
    CAPTURE(sentence);
    CAPTURE(items.size());
    CAPTURE(items.empty() ? std::string() : items.back());
    CHECK(items == c.items);
  }
}

TEST_CASE("preferred cues: a wish said as perfect or ideal") {
  CHECK(SentenceCue("If you have knowhow with FEM and Creo it is perfect") == Cue::kPreferred);
  CHECK(SentenceCue("Any experience with DevOps would be ideal") == Cue::kPreferred);
  CHECK(SentenceCue("Kafka would be perfect") == Cue::kPreferred);
  CHECK(SentenceCue("You have 3 years of Go") == Cue::kRequired);
  CHECK(SentenceCue("Build the perfect pipeline") == Cue::kNone);
  // The employer's expectation of the candidate is a demand; its expectation of itself is not.
  CHECK(SentenceCue("We also expect you to have: Jira and Confluence") == Cue::kRequired);
  CHECK(SentenceCue("we expect that you have the following competencies") == Cue::kRequired);
  CHECK(SentenceCue("We expect to double the Kafka platform this year") == Cue::kNone);
  // "preferably" and "ideally" speak for what follows them.
  const std::string sales = "solid B2B sales experience in retail preferably from furniture";
  CHECK(ForwardPreferredCue(sales) == sales.find("preferably"));
  CHECK(ForwardPreferredCue("ideally within Finance") == 0);
  CHECK(ForwardPreferredCue("Kafka is a plus, preferably on AWS") == std::string_view::npos);
  CHECK(ForwardPreferredCue("Go is required") == std::string_view::npos);
  // A cue after it adds to the wish it opened; the words before it stay as they were asked.
  const std::string later = "You know Go and years of APIs ideally in fintech and Rust is a plus";
  CHECK(ForwardPreferredCue(later) == later.find("ideally"));
  CHECK(ForwardPreferredCue("Unideally placed Go") == std::string_view::npos);
  const std::string platform =
      "Platform Engineer\nRequirements\nYou know Kubernetes and have run services, ideally in "
      "fintech, and Terraform would be an advantage.\n";
  CHECK(skillfit::testing::JdLevelOf(platform, "kubernetes") == "required");
  CHECK(skillfit::testing::JdLevelOf(platform, "terraform") == "preferred");
  CHECK(skillfit::testing::JdLevelOf("Sales Manager\nYou have solid B2B sales experience in retail preferably from "
                "the furniture industry.\n",
                "b2b-sales") == "required");
  CHECK(skillfit::testing::JdLevelOf("Sales Manager\nYou have a degree, preferably with B2B sales experience.\n",
                "b2b-sales") == "preferred");
}

TEST_CASE("a clause that closes on its own cue keeps it from the cue of the rest") {
  struct Case {
    const char* sentence;
    const char* clause;  // the first clause, up to its closing cue; "" when none is apart
    Cue cue;
    Cue rest;
  } const cases[] = {
      {"Rust, Go and SQL is a must and Kafka experience is a plus", "Rust, Go and SQL is a must",
       Cue::kRequired, Cue::kPreferred},
      {"Terraform is a plus, but Kubernetes is required", "Terraform is a plus",
       Cue::kPreferred, Cue::kRequired},
      {"Python is required, while Scala would be nice", "Python is required", Cue::kRequired,
       Cue::kPreferred},
      // The rest says nothing different, or nothing: the sentence keeps one cue.
      {"Python is required and Go is required", "", Cue::kNone, Cue::kNone},
      {"Experience with Kafka is a plus and we use Go daily", "", Cue::kNone, Cue::kNone},
      // No conjunction after the cue: no clause closes there.
      {"Kafka is a plus", "", Cue::kNone, Cue::kNone},
      {"A degree is a must-haveish thing and Go is a plus", "", Cue::kNone, Cue::kNone},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    const ClosedClause clause = FirstClosedClause(c.sentence);
    const std::string sentence = c.sentence;
    const std::string first =
        clause.end == std::string_view::npos ? "" : sentence.substr(0, clause.end);
    CHECK(first == c.clause);
    if (clause.end == std::string_view::npos) continue;
    CHECK(clause.cue == c.cue);
    CHECK(clause.rest == c.rest);
  }
  const std::string analyst =
      "Business Analyst\nYour profile\nAn excellent command of PowerPoint Excel and English is a "
      "must and Kafka experience is a plus.\n";
  CHECK(skillfit::testing::JdLevelOf(analyst, "excel") == "required");
  CHECK(skillfit::testing::JdLevelOf(analyst, "kafka") == "preferred");
  const std::string plus_first =
      "Data Engineer\nRequirements\nTerraform is a plus, but Kubernetes is required.\n";
  CHECK(skillfit::testing::JdLevelOf(plus_first, "terraform") == "preferred");
  CHECK(skillfit::testing::JdLevelOf(plus_first, "kubernetes") == "required");
  // One cue for the whole sentence when the rest has none of its own.
  CHECK(skillfit::testing::JdLevelOf(
            "Data Engineer\nRequirements\nKafka is a plus and so is Docker.\n", "docker") ==
        "preferred");
}

TEST_CASE("flattened posting: items parted by kept bullets take their own cue, else the sentence's") {
  // A later item's wish does not reach back over the bullet.
  const std::string own =
      "Mobile Developer\nYou have experience with Jenkins and Kotlin \xC2\x95" "Any experience with "
      "Kafka is considered an advantage.\n";
  CHECK(skillfit::testing::JdLevelOf(own, "jenkins") == "required");
  CHECK(skillfit::testing::JdLevelOf(own, "kafka") == "preferred");
  // A lead-in's cue reaches the items after it that carry none.
  const std::string lead =
      "Project Manager\nCandidates who have the following will be preferred: \xC2\x95" "Expert "
      "skills within Excel and Jira \xC2\x95" "A PMP certification.\n";
  CHECK(skillfit::testing::JdLevelOf(lead, "jira") == "preferred");
  // One item's own wish is not the cue the others share.
  const std::string one_wish =
      "Data Engineer\nRequirements\n\xC2\x95" "Solid experience with Git and Jenkins \xC2\x95" "Technical "
      "skills in Java would be an advantage \xC2\x95" "Experience with Agile processes\n";
  CHECK(skillfit::testing::JdLevelOf(one_wish, "jenkins") == "required");
  CHECK(skillfit::testing::JdLevelOf(one_wish, "java") == "preferred");
  CHECK(skillfit::testing::JdLevelOf(one_wish, "agile") == "required");
  // Without the bullet the items stay one sentence, as before: the wish speaks for all.
  const std::string glued =
      "Mobile Developer\nYou have experience with Jenkins and Kotlin and any experience with "
      "Kafka is considered an advantage.\n";
  CHECK(skillfit::testing::JdLevelOf(glued, "jenkins") == "preferred");
}

TEST_CASE("flattened posting: a cue speaks for its own glued item only") {
  const std::string text =
      "NAV Developer\n"
      "Qualifications University degree and 3 years of experience Experience with PowerShell "
      "git performance optimization Experience with Azure Cloud infrastructure a plus You are "
      "a team player Experience with Agile methodology is a plus\n";
  CHECK(skillfit::testing::JdLevelOf(text, "powershell") == "required");
  CHECK(skillfit::testing::JdLevelOf(text, "git") == "required");
  CHECK(skillfit::testing::JdLevelOf(text, "agile") == "preferred");
  CHECK(skillfit::testing::JdLevelOf(text, "azure") == "preferred");
}

TEST_CASE("headings: lead-ins that name a preferred or a required list") {
  struct Case {
    const char* text;
    const char* probe;  // the kind of the section holding this substring is checked
    SectionKind kind;
  } const cases[] = {
      {"Title\nAdditional skills\n: Javascript SAPUI5 HTML5\n", "Javascript", SectionKind::kPreferred},
      {"Title\nYou'll be great in this role if you:\nKnow Sketch or Adobe XD\n", "Sketch",
       SectionKind::kRequired},
      {"Title\nWhat you will do:\n- Build interfaces\n\nYou will be great in this role if you:\n"
       "- Know Sketch or Adobe XD\n", "Sketch", SectionKind::kRequired},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    CHECK(KindAt(text, text.find(c.probe)) == c.kind);
  }
}

TEST_CASE("job board metadata: a run of labels names context") {
  CHECK(InBoardMetadata("Job type: Full-time Experience level: Mid-Level Role: "));
  CHECK(InBoardMetadata("Location options: Visa sponsor Job type: Full-time Industry: "));
  CHECK_FALSE(InBoardMetadata("Your role: "));
  CHECK_FALSE(InBoardMetadata("Job type: Full-time Role: DevOps Job description We build "));
  CHECK_FALSE(InBoardMetadata("Job type: Full-time Industry: Retail. You will use "));
  const std::string posting =
      "NAV Engineer Date posted: 2021-01-25 Job description: Job type: Full-time Industry: "
      "E-Commerce Company size: 501-1k people Job description We are an online optician .\n"
      "Qualifications\nExperience with SQL\n";
  CHECK(skillfit::testing::JdLevelOf(posting, "e-commerce") == "context");
  CHECK(skillfit::testing::JdLevelOf(posting, "sql") == "required");
}

TEST_CASE("headings: labels on long lines and About <name> leads open the company's section") {
  struct Case {
    const char* text;
    const char* probe;  // the kind of the section holding this substring is checked
  } const cases[] = {
      {"Title\nQualifications:\n- SQL and Python\nAbout the department: The department is today a "
       "mixture of colleagues that are highly skilled in security analytics together with "
       "colleagues that have a client focus, which altogether provides a great diversity.\n",
       "security analytics"},
      {"Title\nQualifications:\n- SQL and Python\nAbout Acme Health Centre of Excellence is a "
       "medical research organization focused on infectious diseases as well as public health "
       "research and the development of guidelines.\nMore than 50 academics work within "
       "statistics.\n",
       "statistics"},
      {"Title\nQualifications:\n- SQL and Python\nAbout <ORGANIZATION> <ORGANIZATION> is a "
       "research organization.\n",
       "research"},
      {"Title\nQualifications:\n- SQL and Python\nCompany description: "
       "Acme builds e-commerce shops with omnichannel retail software for opticians across "
       "Europe and beyond, with many offices.\n",
       "omnichannel"},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    CHECK(KindAt(text, text.find(c.probe)) == SectionKind::kAbout);
  }
  // "About the position" and "About You" name no company.
  const char* const not_about[] = {
      "Title\nQualifications:\n- SQL and Python\nAbout the position You will participate in the "
      "specification of devices and make well-founded decisions about design solutions, "
      "components, parts and materials.\n",
      "Title\nQualifications:\n- SQL and Python\nAbout You: you know Python well.\n"};
  for (const char* t : not_about) {
    const std::string text = t;
    CAPTURE(text);
    CHECK(KindAt(text, text.size() - 2) != SectionKind::kAbout);
  }
}

TEST_CASE("ordinary senses: people, teams, verbs and degree subjects are not skills") {
  struct Case {
    const char* text;
    const char* id;
    bool kept;
  } const cases[] = {
      // Colleagues: a role noun in the plural.
      {"You will work alongside Scrum Masters and Product Owners.", "product-owner", false},
      {"We collaborate with General Managers and Product managers.", "product-management", false},
      {"You are an experienced Product Owner.", "product-owner", true},
      {"18F is looking for talented security engineers to join us.", "information-security", true},
      // Skill words before a role noun in the plural, alone or joined to another: people.
      {"Share the designs with front end developers before each sprint.", "front-end-development",
       false},
      {"The review board includes iOS and Android developers from three teams.", "ios", false},
      {"The review board includes iOS and Android developers from three teams.", "android", false},
      {"Reports go to machine learning engineers and analysts.", "machine-learning", false},
      {"We are looking for front end developers who know React.", "front-end-development", true},
      {"Front end development with React and Vue.", "front-end-development", true},
      {"iOS and Android apps for our riders.", "ios", true},
      // A verb before the people it acts on.
      {"Mentor engineers on other teams as they take on more ownership.", "mentoring", true},
      {"Experience mentoring developers and running code reviews.", "mentoring", true},
      // A job title in the singular: a colleague's, unless the sentence, a heading or the
      // title line makes it the hire's.
      {"Posting\nYou report to the Information Architect from the data office.",
       "information-architecture", false},
      {"Posting\nSupport the Product Manager in planning each release.", "product-management",
       false},
      {"Posting\nYou have worked as a Cloud Architect for three years.", "cloud-architecture",
       true},
      {"Posting\nApply to the Site Reliability Engineer role below.",
       "site-reliability-engineering", true},
      {"Site Reliability Engineer\nThe Site Reliability Engineer keeps the platform up.",
       "site-reliability-engineering", true},
      {"Posting\n## Site Reliability Engineer", "site-reliability-engineering", true},
      {"Posting\nYou thrive on being an inspiring people manager for the Go team.",
       "people-management", true},
      {"Posting\nYou will be both a tech lead and a people manager for the Go team.",
       "people-management", true},
      {"Posting\nHands-on Cloud Architect\nYou run the platform on AWS.", "cloud-architecture",
       true},
      {"Posting\nExperience with Prometheus Alert Manager and Grafana dashboards.", "prometheus",
       true},
      // Joined people only after a comma, "and" or "or".
      {"Coach the other devops engineers through regular one to ones.", "devops", false},
      {"Coach the other devops engineers through regular one to ones.", "coaching", true},
      {"Posting\nThe Google Cloud Professional Data Engineer certification is a plus.",
       "google-professional-data-engineer", true},
      // The name of a team, unit or organisation.
      {"cloud.gov, a product team inside the agency, needs help with billing in Go.", "cloud-gov",
       false},
      {"cloud.gov's core services are written in Go and Python.", "cloud-gov", false},
      {"Join the Data Science Office of the ministry as an analyst using Python.", "data-science",
       false},
      {"Deploy the apps to cloud.gov and keep Python patched.", "cloud-gov", true},
      {"Experience with Kubernetes, a container orchestration platform.", "kubernetes", true},
      // A department one works with.
      {"Work with product management to shape the roadmap.", "product-management", false},
      {"Work with the Product Owners Application Developers and QA to understand the tasks.",
       "quality-assurance", false},
      {"Experience working with product management tools.", "product-management", true},
      {"Work with designers to improve the UX.", "ux-design", true},
      // A team named by its work.
      {"Help the backend team ship faster.", "back-end-development", false},
      {"Backend development in Go and Python.", "back-end-development", true},
      // A guarded word opening a sentence before its object is a verb.
      {"Make monitoring and alerting alert on symptoms.", "gnu-make", false},
      {"We value: documentation test coverage code review and CI/CD.", "documentation", true},
      {"Tools: Make, CMake and Bazel.", "gnu-make", true},
      // Unless nothing but other skills follows it on its line: a list item, no clause.
      {"Testing\n- Jest\n- Selenium pytest/junit or similar", "selenium", true},
      {"Stack\n- Angular typescript, rxjs", "angular", true},
      {"Stack\n- Angular typescript and rxjs with clean code", "angular", false},
      // What the job is said not to be.
      {"The job is not telephone sales.", "telesales", false},
      {"The job is telephone sales.", "telesales", true},
      // The subject of a degree.
      {"University degree ( computer science or business administration )", "computer-science", false},
      {"Have degree in Interaction Design Industrial Design Graphic Design or similar", "graphic-design", false},
      {"Hold a relevant B.Sc . or M.Sc . in Software Engineering .", "software-development", false},
      {"A Bachelor or Masters degree in business administration data science or related field",
       "data-science", false},
      {"Bachelor's degree in Computer Science", "bachelors-computer-science", true},
      {"A degree in physics and experience with Python", "python", true},
      {"Master's degree and 3 years of data science work", "data-science", true},
  };
  for (const Case& c : cases) {
    const std::string text = c.text, id = c.id;
    CAPTURE(text);
    CAPTURE(id);
    REQUIRE(Found(c.text, c.id));
    CHECK(Kept(c.text, c.id) == c.kept);
  }
}

TEST_CASE("example heads (example_heads.h): a head of examples not of its kind is dropped") {
  struct Case {
    const char* text;
    const char* id;
    bool kept;
  } const cases[] = {
      // The examples are not kinds of the head: it only says where they apply.
      {"Bring good habits to delivery and program management, such as lean startup, "
       "user-centered design and agile development.",
       "program-management", false},
      {"Bring good habits to delivery and program management, such as lean startup, "
       "user-centered design and agile development.",
       "lean-startup", true},
      // Without the comma the examples say which of a family is meant: the family is named.
      {"You know software architecture patterns such as CQRS and event sourcing.",
       "software-architecture", true},
      // The examples are of the head's kind: a family the posting names.
      {"Experience with scripting languages, such as Bash and Python.", "scripting", true},
      {"Experience with cloud platforms, such as AWS or GCP.", "cloud-computing", true},
      // One example, or none after it, leaves the head alone.
      {"Program management, such as lean startup.", "program-management", true},
      {"Program management across teams; lean startup and agile development.", "program-management",
       true},
  };
  for (const Case& c : cases) {
    const std::string text = c.text, id = c.id;
    CAPTURE(text);
    CAPTURE(id);
    REQUIRE(Found(c.text, c.id));
    bool kept = false;
    for (const Mention& m : WithoutExampleHeads(text, Kb(), Matcher().Find(text))) {
      kept = kept || Kb().skills()[m.skill].id == id;
    }
    CHECK(kept == c.kept);
  }
}

// word_sense.cc asks cheap questions before its patterns (a degree word near the mention, a
// negation at the sentence's end); the forms those questions must let through still read so.
TEST_CASE("ordinary senses: the prefilters let every form the patterns know through") {
  struct Case {
    const char* text;
    const char* id;
  } const cases[] = {
      {"Hold a B. Sc in Software Engineering.", "software-development"},  // "b. sc"
      {"A Ph. D in data science.", "data-science"},                        // "ph. d"
      {"An MBA in data science.", "data-science"},
      {"A Ma\xC5\xBFters in data science.", "data-science"},  // long s, which (?i) folds to 's'
      {"The job isn't about telephone sales.", "telesales"},
      {"This role is not a telephone sales role.", "telesales"},
      {"You will work together with product management.", "product-management"},
  };
  for (const Case& c : cases) {
    const std::string text = c.text, id = c.id;
    CAPTURE(text);
    REQUIRE(Found(c.text, c.id));
    CHECK_FALSE(Kept(c.text, c.id));
  }
}

TEST_CASE("employer voice (employer_voice.h): skills it names are context, unless the sentence carries a cue") {
  // Under a heading of duties, a description of the company asks nothing.
  const std::string duties =
      "Responsibilities\n"
      "- Our core charter is to help enterprise customers with their digital transformation.\n"
      "- Build services in Go.\n";
  CHECK(skillfit::testing::JdLevelOf(duties, "digital-transformation") == "context");
  CHECK(skillfit::testing::JdLevelOf(duties, "go") == "responsibility");
  // Without headings, a sentence in the employer's voice is no longer read as a requirement.
  CHECK(skillfit::testing::JdLevelOf("Senior Engineer\n\nWe are a leading provider of e-commerce software.\n\n"
                "Experience with Python.\n",
                "e-commerce") == "context");
  // A cue of its own still asks: "We value" is a preferred cue.
  CHECK(skillfit::testing::JdLevelOf("Senior Engineer\n\nWe value: code review and CI/CD.\n", "ci-cd") == "preferred");
  // A demand in the employer's voice stays a demand.
  CHECK(skillfit::testing::JdLevelOf("Senior Engineer\n\nWe are looking for a developer with Java.\n", "java") ==
        "required");
}

TEST_CASE(
    "narration (employer_voice.h): without headings, a statement that asks nothing is context") {
  const std::string posting =
      "Data Engineer\n\n"
      "These days recommendation engines and machine learning are at the heart of online retail.\n"
      "Experience with Python.\n"
      "Build the pipelines in Airflow.\n";
  CHECK(skillfit::testing::JdLevelOf(posting, "machine-learning") == "context");
  CHECK(skillfit::testing::JdLevelOf(posting, "python") == "required");
  CHECK(skillfit::testing::JdLevelOf(posting, "airflow") == "responsibility");
  // The team's own tools stay part of the job; a sentence of need still asks.
  CHECK(skillfit::testing::JdLevelOf("Data Engineer\n\nGitLab is our home for code and we plan all our work in Jira.\n",
                "jira") != "context");
  CHECK(skillfit::testing::JdLevelOf("Data Engineer\n\nNeeded is a very good knowledge of SQL for the reports here.\n",
                "sql") == "required");
  // A paragraph the team speaks in goes on with its practice, not the setting.
  CHECK(skillfit::testing::JdLevelOf("Data Engineer\n\nHow we work\nWe keep things simple. Every service has an owner, "
                "a dashboard and a runbook in the same repository.\n",
                "runbooks") != "context");
}

TEST_CASE("given to the hire (employer_voice.h): perks and support name context, not asks") {
  const std::string posting =
      "Platform Engineer\n\nRequirements\n- Experience with Go.\n"
      "- Paid training courses each year in Kubernetes and Scrum.\n";
  CHECK(skillfit::testing::JdLevelOf(posting, "kubernetes") == "context");
  CHECK(skillfit::testing::JdLevelOf(posting, "go") == "required");
}

TEST_CASE("glued items: a closing cue ends its item, and 'Any experience' opens one") {
  struct Case {
    const char* sentence;
    std::vector<std::string> items;
  };
  const Case cases[] = {
      {"Experience in the following: JavaScript Python Any experience with DevOps would be ideal "
       "React Redux Angular",
       {"Experience in the following: JavaScript Python",
        "Any experience with DevOps would be ideal", "React Redux Angular"}},
      {"Kafka is a plus Terraform and Ansible", {"Kafka is a plus", "Terraform and Ansible"}},
      {"Go would be great Rust", {"Go would be great", "Rust"}},
      // A closing cue before a lowercase word, or no cue: one item.
      {"Kafka is a plus for streaming work", {"Kafka is a plus for streaming work"}},
      {"Strong SQL and Python skills with Airflow", {"Strong SQL and Python skills with Airflow"}},
      // "Any" leads an item only into what is asked ("Any experience with").
      {"Python Any questions are welcome", {"Python Any questions are welcome"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    CHECK(Items(c.sentence) == c.items);
  }
  // Each item takes its own cue: the wish is for DevOps alone.
  const std::string posting =
      "Full Stack Developer\n\nWe want people to come with experience in the following: "
      "JavaScript Python Any experience with DevOps would be ideal React Redux Angular\n";
  CHECK(skillfit::testing::JdLevelOf(posting, "python") == "required");
  CHECK(skillfit::testing::JdLevelOf(posting, "devops") == "preferred");
  CHECK(skillfit::testing::JdLevelOf(posting, "angular") == "required");
}

// kb/skills/testing.yaml: the guarded word "testing" is software QA only when what is tested
// is software; people and business controls are tested too.
TEST_CASE("ordinary senses: testing of candidates or of audit controls is no software QA") {
  struct Case {
    const char* text;
    bool found;
  } const cases[] = {
      {"Java, Selenium and testing are part of the daily work.", true},
      {"Write Python code and own its testing in Jenkins.", true},
      {"Python and Jenkins for testing of the web shop.", true},
      // People: recruitment steps and tests of applicants.
      {"Handle recruitment in Workday: the job ad, interviewing, testing and selecting the hires.",
       false},
      {"HR analytics in Python and SQL, interviewing testing and selecting the right people.", false},
      {"HR analytics in Python and SQL and testing of candidates for the sales roles.", false},
      {"HR analytics in Python and SQL and aptitude testing for the sales roles.", false},
      // Business controls: the auditor's sense.
      {"Reports in Python and SQL for audit control testing.", false},
      {"Support ISO 27001 controls testing with Excel.", false},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    CHECK(Found(text, "quality-assurance") == c.found);
  }
}

TEST_CASE("ordinary senses: the discipline of making software named as its method's modifier") {
  struct Case {
    const char* text;
    bool kept;
  } const cases[] = {
      {"Write secure, testable code using best software development practices.", false},
      {"Agile mindset and practice in software development process e.g Scrum and Kanban.", false},
      {"Automate operations using modern software development techniques such as agile.", false},
      {"Follow our software engineering principles and review each change.", false},
      // The discipline itself asked, or its other compounds.
      {"5+ years of software development in Java.", true},
      {"Expertise in modern C++ software development in an embedded ecosystem.", true},
      {"Experience with software development and Kubernetes.", true},
      {"Software development practice of at least three years.", true},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    REQUIRE(Found(text, "software-development"));
    CHECK(Kept(text, "software-development") == c.kept);
  }
}

TEST_CASE("ordinary senses: the object of a verb of swaying others' work asks nothing") {
  struct Case {
    const char* text;
    const char* id;
    bool kept;
  } const cases[] = {
      {"Use usability research and analytics to influence project planning and design.",
       "project-management", false},
      {"- Influence project planning using research.", "project-management", false},
      {"Run studies whose findings inform the product roadmap.", "product-roadmap", false},
      {"Run studies whose findings inform product roadmap decisions.", "product-roadmap", false},
      // The skill asked, or the verb after it.
      {"Experience with project planning and scheduling.", "project-management", true},
      {"Use project planning to inform stakeholders of risks.", "project-management", true},
      {"Influence without authority; strong project planning skills.", "project-management", true},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    REQUIRE(Found(text, c.id));
    CHECK(Kept(text, c.id) == c.kept);
  }
}

namespace {

// The ids WithVisualSenses reads in `text`, in text order.
std::vector<std::string> VisualReadIds(const std::string& text) {
  std::vector<std::string> ids;
  for (const Mention& m : WithVisualSenses(text, Kb(), Matcher().Find(text))) {
    ids.push_back(Kb().skills()[m.skill].id);
  }
  return ids;
}

bool Has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

TEST_CASE("visual sense: design patterns in a visual-design sentence are a design system's") {
  struct Case {
    const char* text;
    bool visual;  // read as design-systems (else design-patterns stays)
  } const cases[] = {
      // A brand, a palette, colour, type or the word "visual" in the same sentence.
      {"- Utilize the agency's set of design patterns, including palettes and form components.",
       true},
      {"You will maintain our brand by implementing and expanding upon design patterns.", true},
      {"Our visual designers establish and evolve design patterns across products.", true},
      {"Define design patterns for colour, spacing and typography.", true},
      // Software design: no visual word in the sentence.
      {"Good understanding of OOP coding concepts and design patterns.", false},
      {"Apply design patterns such as MVC to the UI layer.", false},
      {"Knowledge of data structures and design patterns", false},
      // A visual word in another sentence of the line, or on another line, says nothing.
      {"Refresh the brand colours. Write Java using design patterns.", false},
      {"Work with the visual design team\n- Strong grasp of design patterns in C++", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const std::vector<std::string> ids = VisualReadIds(c.text);
    CHECK(Has(ids, "design-systems") == c.visual);
    CHECK(Has(ids, "design-patterns") == !c.visual);
  }
}

TEST_CASE("visual sense: empty text, and a span that starts the text") {
  CHECK(VisualReadIds("").empty());
  CHECK_FALSE(InVisualSentence("", 0, 0));
  const std::string text = "Visual design patterns";
  CHECK(InVisualSentence(text, 7, text.size()));
}
