// Issue 13 item 4, shapes found on tests/eval/jd-tune2: labels of a job board's fields run into
// one flattened line, the team named after the role in the title, cue words that qualify
// something other than what is asked, and a lead-in that asks with "you ... :"
// (engine/src/extract/inline_headings.h, title_tail.h, jd_cues.h, sections.cc).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/inline_headings.h"
#include "extract/jd_cues.h"
#include "extract/title_tail.h"
#include "skillfit/document.h"
#include "skillfit/profile.h"
#include "skillfit/sections.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::JdLevelOf;
using skillfit::testing::Matcher;

namespace {

// The labelled inline headings of `line` as "text=kind".
std::vector<std::string> Labels(const std::string& line) {
  std::vector<std::string> out;
  for (const InlineHeading& h : FindInlineHeadings(line)) {
    if (!h.labelled) continue;
    out.push_back(line.substr(h.begin, h.end - h.begin) + "=" + SectionKindName(h.kind));
  }
  return out;
}

// A posting and the level one of its skills is read at ("absent" when not named).
struct LevelCase {
  std::string posting;
  const char* skill;
  const char* level;
};

template <size_t N>
void CheckLevels(const LevelCase (&cases)[N]) {
  for (const LevelCase& c : cases) {
    CAPTURE(c.posting);
    CHECK(JdLevelOf(c.posting, c.skill) == c.level);
  }
}

}  // namespace

TEST_CASE("inline headings: labels before a colon inside a flattened line") {
  struct Case {
    const char* line;
    std::vector<std::string> labels;
  };
  const Case cases[] = {
      {"Speaks fluently in English We are impressed if you have: Worked in a startup",
       {"We are impressed if you have:=preferred"}},
      {"Fluency in English Job benefits: Free parking Company description: What we offer",
       {"Job benefits:=benefits", "Company description:=about"}},
      {"Is this your next big challenge? What you will do: Build web apps",
       {"What you will do:=responsibilities"}},
      {"Low complexity Your qualifications: Three years of Go", {"Your qualifications:=required"}},
      // Title case: the shortest capitalised run that names a kind.
      {"Ship weekly Nice to Have: Rust", {"Nice to Have:=preferred"}},
      // No label: a link, a time, a field that names no kind, the line's own heading, a run
      // across a sentence's end.
      {"See https://example.com for more", {}},
      {"Standup at 10:30 every day", {}},
      {"Bring a laptop Note: it is yours to keep", {}},
      {"Requirements: Java and Kafka", {}},
      {"- Payments background: PCI DSS or Stripe", {}},
      {"\xE2\x80\xA2 Company background: fintech", {}},
      {"We ship weekly. Then: we rest", {}},
  };
  for (const Case& c : cases) {
    const std::string line = c.line;
    CAPTURE(line);
    CHECK(Labels(line) == c.labels);
  }
}

TEST_CASE("inline headings: benefits and company labels run in without a colon") {
  struct Case {
    const char* line;
    std::vector<std::string> labels;
  };
  const Case cases[] = {
      {"3D graphics is a plus but not a requirement We offer  An agile team on Kanban",
       {"We offer=benefits"}},
      {"About us Working with us you build betting sites", {"About us=about"}},
      {"What we do <ORGANIZATION> runs a platform for banks", {"What we do=about"}},
      {"Who we are We build payment apps", {"Who we are=about"}},
      {"3D is a plus but not a requirement We offer \xC2\x95 An agile team", {"We offer=benefits"}},
      {"Fluent in English and 3D skills What we offer Flexible hours", {"What we offer=benefits"}},
      // Not labels: the team at work, a run in capitals (read to its sentence's end by the
      // rule for capitals), "About" before a lowercase word, words not in sentence case, a perk
      // that does not name itself a benefit.
      {"Experience with Java Our team builds APIs in Go", {}},
      {"You know the domain THE EQUIPMENT WE PROVIDE Free fruit", {}},
      {"Tell us about what you built", {}},
      {"Fluent English We offer Flexible hours", {}},
      {"Good pay OUR IDEAL CANDIDATE has five years of SQL", {}},
      // A company word that may open a sentence, and "What we" before a lowercase word.
      {"Company Builds payment apps", {}},
      {"What we do matters to banks", {}},
  };
  for (const Case& c : cases) {
    const std::string line = c.line;
    CAPTURE(line);
    CHECK(Labels(line) == c.labels);
  }
}

TEST_CASE("flattened posting: a label speaks to its line's end, until the next label") {
  const std::string posting =
      "Full Stack Engineer\n"
      "What you will do: Build web apps with Angular Your qualifications: Three years of Python "
      "and Docker We are impressed if you have: Knowledge of React and Kubernetes . Terraform "
      "as well Job benefits: Free parking . Courses in machine learning\n";
  CHECK(JdLevelOf(posting, "angular") == "responsibility");
  CHECK(JdLevelOf(posting, "python") == "required");
  CHECK(JdLevelOf(posting, "docker") == "required");
  CHECK(JdLevelOf(posting, "react") == "preferred");
  CHECK(JdLevelOf(posting, "kubernetes") == "preferred");
  CHECK(JdLevelOf(posting, "terraform") == "preferred");  // past the sentence's end, same line
  CHECK(JdLevelOf(posting, "machine-learning") == "context");
  // A job board's metadata run, then the whole body on the same line: the company's fields
  // speak for their values only, not for the job after them.
  const std::string flat =
      "Data Engineer <ORGANIZATION> Job type: Full-time Industry: Gambling Company type: Private "
      "Technologies python Job description We build a platform Skills needed Experience with "
      "Python and Docker Company description: We run a Kafka cluster . You will use Terraform\n";
  CHECK(JdLevelOf(flat, "docker") == "required");
  CHECK(JdLevelOf(flat, "kafka") == "context");
  CHECK(JdLevelOf(flat, "terraform") != "context");  // the company's label ends with its sentence
  // A perk run in without a colon.
  const std::string perks =
      "Software Developer\nYour profile: C# and WPF experience is a plus We offer  An agile "
      "development based on Kanban\n";
  CHECK(JdLevelOf(perks, "kanban") == "context");
}

TEST_CASE("sentences: a period standing alone ends one, the dot of a split name does not") {
  struct Case {
    const char* line;
    size_t sentences;
  };
  const Case cases[] = {
      {"We run a Kafka cluster . You will use Terraform", 2},
      {"We run a Kafka cluster. You will use Terraform", 2},
      {"Mainly C# on . Net Core and Node . js services", 1},
      {"Experience with e.g. Kafka", 1},
      // The period of a dotted degree set apart, the sentence going on in lowercase.
      {"Hold a relevant B.Sc . or M.Sc . in Software Engineering .", 1},
      {"A Ph.D . in Chemistry . You will run the lab", 2},
      // Not a dotted abbreviation, or the next sentence opens with a capital.
      {"We run a Kafka cluster . you will use Terraform", 2},
      {"Hold a relevant B.Sc . You will use Terraform", 2},
      {"Built with Node.js . we use Terraform", 2},
  };
  for (const Case& c : cases) {
    const std::string line = c.line;
    CAPTURE(line);
    CHECK(SplitSentences(line).size() == c.sentences);
  }
}

TEST_CASE("title tail: the team or product named after the role") {
  struct Case {
    const char* title;
    const char* tail;  // "" when there is none
  };
  const Case cases[] = {
      {"Software Engineer - Cloud Security", "Cloud Security"},
      {"Java Developer - Credit Research Application <ORGANIZATION>",
       "Credit Research Application"},
      // A posting flattened to one line: the title ends at the employer.
      {"Data Engineer <ORGANIZATION> Job type: Full-time Industry: Gambling", ""},
      {"Data Engineer - Payments team at a growing company with an office in town", ""},
      {"Customer Experience Data Scientist, Google Cloud Support", "Google Cloud Support"},
      {"Angular Developer: Security Services Onboarding", "Security Services Onboarding"},
      {"Senior Java Developer", ""},
      {"Engineering Manager - Senior Developer", ""},           // the tail names a post
      {"DevOps Engineer ( CI CD Cloud Docker Jenkins )", ""},   // brackets: the role's tools
      {"DevOps Engineer ( Docker ) - Payments", ""},            // a bracket before the tail
      {"Kubernetes, Docker, Terraform", ""},                     // no post before the comma
      // No post before the employer: the board's category or the department, whole.
      {"Human Resource Management <ORGANIZATION> You now have the chance", "Human Resource Management"},
      {"Online Payments <ORGANIZATION> Job type: Full-time", "Online Payments"},
      {"Data Engineer <ORGANIZATION>", ""},                      // names a post
      {"Machine Learning", ""},                                   // no employer after it
      {"Cloud ( AWS ) <ORGANIZATION>", ""},                       // a bracket
  };
  for (const Case& c : cases) {
    const std::string title = c.title;
    CAPTURE(title);
    const TitleTail t = FindTitleTail(title);
    CHECK((t.begin == std::string::npos ? std::string() : title.substr(t.begin, t.end - t.begin)) ==
          c.tail);
  }
  // The body still asks for what the tail names when it says so.
  CHECK(JdLevelOf("Software Engineer - Cloud Security\nRequirements\n- Go and Java\n",
                "cloud-security") == "context");
  CHECK(JdLevelOf("Software Engineer - Cloud Security\nRequirements\n- Cloud security "
                "experience\n",
                "cloud-security") == "required");
  CHECK(JdLevelOf("Java Developer - Payments\nRequirements\n- SQL\n", "java") == "required");
  CHECK(JdLevelOf("Human Resource Management <ORGANIZATION> We hire a project manager.\n"
                  "Requirements\n- Jira\n",
                  "human-resources-management") == "context");
}

TEST_CASE("cues: an adjective of a thing not asked is no cue") {
  struct Case {
    const char* sentence;
    Cue cue;
  };
  const Case cases[] = {
      {"We want to be the market leader and the preferred supplier of payments", Cue::kNone},
      {"Security is an essential part of our platform", Cue::kNone},
      {"We deliver the desired outcome for clients", Cue::kNone},
      // Before what is asked, or not after a determiner, the word is a cue.
      {"The preferred qualifications are Go and Rust", Cue::kPreferred},
      {"The required skills: Go", Cue::kRequired},
      {"Our ideal candidate knows Go", Cue::kPreferred},
      {"Rust is preferred", Cue::kPreferred},
      {"<ORGANIZATION> is hiring a Cyber Security professional to lead the team", Cue::kRequired},
      {"We are hiring across Europe", Cue::kNone},
      {"Kafka is essential", Cue::kRequired},
  };
  for (const Case& c : cases) {
    const std::string sentence = c.sentence;
    CAPTURE(sentence);
    CHECK(SentenceCue(sentence) == c.cue);
  }
  CHECK(JdLevelOf("Java Developer\nWe want to be the market leader and the preferred supplier "
                "within digital payments .\nRequirements\n- Java\n",
                "payments") == "context");
}

TEST_CASE("headings: a lead-in that asks the candidate and ends in a colon opens requirements") {
  struct Case {
    const char* text;
    const char* probe;
    SectionKind kind;
  };
  const Case cases[] = {
      {"Backend Engineer\nKey responsibilities:\n- Design services\nInterested?\n"
       "This is what you will need to have:\n- Spring Boot\n",
       "Spring Boot", SectionKind::kRequired},
      {"Backend Engineer\nAbout the role\nWe build APIs\nWhat you need to bring:\n- Go\n", "- Go",
       SectionKind::kRequired},
      {"Security Manager\nYou will:\n- Patch systems\nYou should:\n- Know Windows and Linux\n",
       "Know Windows", SectionKind::kRequired},
      {"Security Manager\nYou will:\n- Patch systems\nYou must:\n- Know Linux\n", "Know Linux",
       SectionKind::kRequired},
      {"Data Engineer\nIn this role you will:\n- Build pipelines\nWhat you will bring:\n- Scala\n",
       "- Scala", SectionKind::kRequired},
      // Duties stay duties.
      {"Backend Engineer\nRequirements\n- Go\nWhat you will do:\n- Design services\n",
       "Design", SectionKind::kResponsibilities},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    SectionKind kind = SectionKind::kPreamble;
    for (const Section& s : SplitSections(text, DocKind::kJd)) {
      if (s.heading_begin <= text.find(c.probe)) kind = s.kind;
    }
    CHECK(kind == c.kind);
  }
}

TEST_CASE("sections: a label of demands or duties inside a flattened line opens its section") {
  const std::string posting =
      "Supply Chain Consultant\n"
      "Key tasks: Plan supply with SAP Requirements: 5 years of supply chain experience\n"
      "Previous experience in project management\n"
      "Fluent English\n";
  const std::vector<Section> sections = SplitSections(posting, DocKind::kJd);
  SectionKind at_project = SectionKind::kPreamble;
  for (const Section& s : sections) {
    if (s.heading_begin <= posting.find("Previous")) at_project = s.kind;
  }
  CHECK(at_project == SectionKind::kRequired);
  CHECK(JdLevelOf(posting, "project-management") == "required");
  CHECK(JdLevelOf(posting, "sap") == "responsibility");  // before the label, on its line
  // A label of the company or of benefits stays inside its line.
  const std::string perks =
      "Data Engineer\nRequirements\n- Python Job benefits: courses in Kafka\n- Experience with "
      "Docker\n";
  CHECK(JdLevelOf(perks, "kafka") == "context");
  CHECK(JdLevelOf(perks, "docker") == "required");
}

TEST_CASE("flattened posting: a label run in right before a glued item opens that item") {
  const LevelCase cases[] = {
      // SplitGluedItems cuts after "About us": the item it opens is the company's.
      {"Data Engineer\nAbout us Working with us you will help banks run Kafka and Spark .\n",
       "kafka", "context"},
      {"Data Engineer\nAbout the company Working with us you will help banks run Kafka .\n",
       "kafka", "context"},
      // A label of the role opens no context; nor does a company label read elsewhere.
      {"Data Engineer\nAbout the role Working with us you will build APIs with Kafka .\n", "kafka",
       "responsibility"},
      {"Data Engineer\nWorking with us you will build APIs with Kafka . About us\n", "kafka",
       "responsibility"},
  };
  CheckLevels(cases);
}

TEST_CASE("title line: the body after a job board's metadata run is read apart from the title") {
  const std::string run =
      " <ORGANIZATION> Job type: Full-time Experience level: Senior Role: Developer Technologies "
      "java Job description ";
  const LevelCase cases[] = {
      // The company's sentence after the run is the company's, though on the title line.
      {"Java Developer" + run + "<ORGANIZATION> is a consultancy that builds Kafka platforms .\n",
       "kafka", "context"},
      // The title before the run still names the role.
      {"Kafka Engineer" + run + "<ORGANIZATION> is a consultancy .\n", "kafka", "required"},
      // No metadata run: the whole first line is the title's.
      {"Java Developer Job description <ORGANIZATION> is a consultancy that builds Kafka "
       "platforms .\n",
       "kafka", "required"},
  };
  CheckLevels(cases);
  CHECK(BoardBodyStart("Dev" + run + "We build") == ("Dev" + run).size());
  CHECK(BoardBodyStart("Dev <ORGANIZATION> Job description: We build") == std::string_view::npos);
}

// (After "the", "our", "your" ... such a mention is no skill at all: word_sense.cc.)
TEST_CASE("team names: a skill right before 'team' or 'department' names a group, not an ask") {
  const LevelCase cases[] = {
      {"Security Engineer\nResponsibilities\n- Work with the product and architecture teams\n",
       "software-architecture", "context"},
      {"Analyst\nResponsibilities\n- Align roadmaps with platform and data engineering teams\n",
       "data-engineering", "context"},
      // A cue of its own asks, whatever follows; a skill not before such a word is asked.
      {"Engineer\nRequirements\n- Experience in DevOps teams is required\n", "devops", "required"},
      {"Engineer\nResponsibilities\n- Own the software architecture of the platform\n",
       "software-architecture", "responsibility"},
      {"Engineer\nResponsibilities\n- Build DevOps tooling for our teams\n", "devops",
       "responsibility"},
  };
  CheckLevels(cases);
}

// A field of business (kb category "domains") named in a sentence that tells only the setting,
// where no heading sorts it, is the employer's market (employer_voice.h, StatesTheSetting).
TEST_CASE("fields of business: the employer's market is context unless the job is in it") {
  const std::string title = "Backend Engineer\n";
  const LevelCase cases[] = {
      {title + "We handle the production from our oil and gas fields to the energy exchanges.\n",
       "energy-utilities", "context"},
      {title + "Acme runs a marketplace that is more than just e-commerce for used bikes.\n",
       "e-commerce", "context"},
      // Asked, or the job's own work: as before.
      {title + "Experience from the oil and gas industry.\n", "energy-utilities", "required"},
      {title + "Our team is looking for an engineer to work on e-commerce products.\n",
       "e-commerce", "required"},
      {title + "Builds the e-commerce platform with the product team.\n", "e-commerce",
       "responsibility"},
      {title + "Responsibilities\n- We handle payments for the e-commerce platform\n",
       "e-commerce", "responsibility"},
      // Not a field of business: the sentence's level as before.
      {title + "We handle the production from our Kafka clusters to the data lake.\n", "kafka",
       "required"},
  };
  CheckLevels(cases);
}

// Shapes of the employer's market on a paragraph's later sentences, and a skill whose own
// phrase sets it aside (employer_voice.h StatesTheSetting, unasked_mention.h).
TEST_CASE("fields of business: an aim offered, an activity's statement, a benchmark") {
  const std::string title = "Backend Engineer\n";
  const LevelCase cases[] = {
      {title + "Help us make card payments safer across the Nordics.\n", "payments", "context"},
      {title + "Building a fast online marketplace has its own challenges .\n", "e-commerce",
       "context"},
      {title + "Here you can work on systems much like those of the banking sector .\n",
       "banking-financial-services", "context"},
      // A later sentence of a first line that runs on as a paragraph is read as one too ...
      {"Do you like fast systems? Help us empower digital payments .\n", "payments", "context"},
      // ... but the title line's first sentence names the role, and a later one may too.
      {"Payment Systems Engineer . Help us empower digital payments .\n", "payments",
       "required"},
      {"Do you like markets? Join Acme and become E-commerce Manager .\n", "e-commerce",
       "required"},
      // The job's own work, or a comparison after the skill: as before.
      {title + "Help us build the e-commerce platform, working in Go.\n", "e-commerce",
       "responsibility"},
      {title + "Ensuring the e-commerce data is correct.\n", "e-commerce", "required"},
      {title + "Requirements\n- Experience in banking, much like ours\n",
       "banking-financial-services", "required"},
  };
  CheckLevels(cases);
}

TEST_CASE("wish to learn: the skill it names is not asked, the wish is") {
  const std::string title = "Data Engineer\nRequirements\n";
  const LevelCase cases[] = {
      {title + "- Desire to learn modern technologies for big data/analytics\n", "data-analysis",
       "context"},
      {title + "- Willingness to learn Kubernetes\n", "kubernetes", "context"},
      {title + "- Willingness to learn; solid Kubernetes experience\n", "kubernetes", "required"},
      {title + "- Experience with Kubernetes is a plus\n", "kubernetes", "preferred"},
  };
  CheckLevels(cases);
}

TEST_CASE("employer clause: skills the employer has before its hiring clause are context") {
  const std::string agile =
      "NAV Developer\nWe have a passion for a data driven and agile business approach and are "
      "looking for people who share our vision.\nRequirements\nYou know C/AL and SQL.\n";
  CHECK(skillfit::testing::JdLevelOf(agile, "agile") == "context");
  CHECK(skillfit::testing::JdLevelOf(agile, "sql") == "required");
  // The hiring clause still asks what it names itself.
  const std::string kotlin =
      "Mobile Engineer\nWe are the leader in mobile payments and are looking for engineers who "
      "know Kotlin.\n";
  CHECK(skillfit::testing::JdLevelOf(kotlin, "kotlin") == "required");
  CHECK(skillfit::testing::JdLevelOf(kotlin, "payments") == "context");
  // A first clause that asks keeps the cue.
  CHECK(skillfit::testing::JdLevelOf("Data Engineer\nWe require Kafka experience and are looking "
                                     "for a team player.\n",
                                     "kafka") == "required");
}


// Shapes found on tests/eval/jd-tune3: the product as a sentence's subject, and the list of its
// features under a lead-in in the employer's voice (employer_voice.h, ProductSubject; profile.cc,
// IntroducesCompanyList).
TEST_CASE("product voice: the product's sentence and its feature list are context") {
  const std::string head = "UI Lead\nThe Metadata platform helps the firm improve its data "
                           "governance.\nThe product includes features related to:\n"
                           "\xE2\x80\xA2 Data Lineage\n\xE2\x80\xA2 Data Quality Scores\n";
  const LevelCase cases[] = {
      {head + "Qualifications:\n\xE2\x80\xA2 React and Redux\n", "data-governance", "context"},
      {head + "Qualifications:\n\xE2\x80\xA2 React and Redux\n", "data-lineage", "context"},
      {head + "Qualifications:\n\xE2\x80\xA2 React and Redux\n", "data-quality", "context"},
      // The list ends where a line that is no list item starts; what follows is read as ever.
      {head + "Qualifications:\n\xE2\x80\xA2 React and Redux\n", "redux", "required"},
      {head + "You will build the lineage views in React.\n", "react", "responsibility"},
      // A lead-in that asks, or a role noun after the product noun, opens no such list.
      {"UI Lead\nThe product team needs:\n\xE2\x80\xA2 Data Lineage\n", "data-lineage",
       "required"},
      // The employer described as a leader of its field.
      {"UI Lead\nAcme is a global leader in financial services and insurance.\n",
       "banking-financial-services", "context"},
  };
  CheckLevels(cases);
  // Whatever level other rules give them, these are asked of the person hired: not context.
  const LevelCase asked[] = {
      {"UI Lead\nYou will work on features related to:\n\xE2\x80\xA2 Data Lineage\n",
       "data-lineage", "context"},
      {"UI Lead\nThe platform engineer will own data governance.\n", "data-governance",
       "context"},
  };
  for (const LevelCase& c : asked) {
    CAPTURE(c.posting);
    CHECK(JdLevelOf(c.posting, c.skill) != c.level);
  }
}
