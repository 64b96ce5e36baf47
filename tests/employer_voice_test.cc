// Issue 13 item 4: a sentence in the employer's own voice that asks nothing of the candidate
// is context (engine/src/extract/employer_voice.h), read by sentence shape.
#include <doctest/doctest.h>

#include <string>

#include "extract/employer_voice.h"

using namespace skillfit;

TEST_CASE("employer voice: the employer, its team or product as subject, asking no one") {
  struct Case {
    const char* sentence;
    bool employer;
  };
  const Case cases[] = {
      {"Our core mission is to bring machine learning to small farms.", true},
      {"Our platform team of twelve runs the payment systems in three regions.", true},
      {"- Our customers are banks and insurers across Europe.", true},
      {"<ORGANIZATION> is a consulting organization within a larger group.", true},
      {"The department is responsible for cloud migration across the group.", true},
      {"The company builds tools for logistics planners.", true},
      {"We are responsible for designing, building and operating the billing services.", true},
      {"We believe that good tooling changes how teams ship.", true},
      {"We truly care about accessibility in everything we ship.", true},
      {"We're a remote-first startup building payments software.", true},
      {"At <ORGANIZATION> we believe eyewear should be affordable.", true},
      {"With our omnichannel approach we are changing the optical market!", true},
      // A product as subject: what the employer makes, not what it asks.
      {"The Data Catalog platform distributes metadata for data governance.", true},
      {"The product includes features related to:", true},
      {"This product lets shops take card payments offline.", true},
      {"The app suite runs on Android and iOS tablets in stores.", true},
      {"The platform engineer will own the Terraform modules.", false},
      {"The products you build will run on Kubernetes.", false},
      {"The new platform needs someone who knows Terraform.", false},
      {"Platform work in Go and Rust.", false},
      {"At the core we build APIs in Go.", false},
      {"With your help we are building the next payments platform.", false},
      // Asks of someone: the candidate, "you", a person who ...
      {"Our ideal candidate has shipped Kotlin services.", false},
      {"Our team needs someone who knows Terraform.", false},
      {"We expect you to know Kubernetes.", false},
      {"We are happy to hear from people who have used Rust.", false},
      {"We want people to come with experience in the following: Go, Rust.", false},
      // "experience" and "ability" alone are no ask of the reader.
      {"We are committed to the best experience for anyone using government services.", true},
      {"We aspire to help partners solve problems with the ability to scale.", true},
      // "We" before a verb of practice: the team's way of working, shared by the person hired.
      {"We do daily standups over video calls.", false},
      {"We communicate mostly over Slack.", false},
      {"We build APIs in Go and deploy them on Kubernetes.", false},
      // Not the employer's voice at all.
      {"Experience with PostgreSQL.", false},
      {"Design and run data pipelines.", false},
      {"Ourselves-first thinking is not welcome here.", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    CHECK(SpeaksAsEmployer(c.sentence) == c.employer);
  }
}

TEST_CASE("narration: a statement outside any heading that asks nothing tells the setting") {
  struct Case {
    const char* sentence;
    bool narrates;
  };
  const Case cases[] = {
      {"Today machine learning and search are part of almost every product people use.", true},
      {"Logistics has changed more in ten years than in the fifty before that.", true},
      {"This means keeping one clean record of every supplier across the regions.", true},
      {"The platform has handled payments for three million shops since last spring.", true},
      // A modal tells what the job or its people do: "will", "can", "may".
      {"The platform will handle payments for three million shops by next spring.", false},
      {"The engineer may work on the payment flows of three million shops each day.", false},

      // Too short to be a statement of the setting: a list line or a fragment.
      {"Python, Go and Kubernetes are used.", false},
      {"Kafka is a plus.", false},
      // No verb of being, having or belief: a duty or a bare list.
      {"Design and operate data pipelines for the billing and fraud teams every day.", false},
      // Asks of someone, or for a skill.
      {"Good Danish knowledge is needed for every call in this busy team.", false},
      {"The person we hire will have shipped Rust services in production before.", false},
      {"You are the one who keeps the build green and the releases calm.", false},
      {"Experience with Terraform is what this small platform team has been missing.", false},
      // The team speaking of its own work, which the person hired shares.
      {"GitLab is our home for code and we plan the sprints on boards in Jira.", false},
      // What the person hired is, with the subject left out or said as "they".
      {"Is at ease running a small Kubernetes cluster and keeping its upgrades boring.", false},
      {"They are expected to write tests for every change they make to the billing code.", false},
      // The job's own tasks, and a duty in the gerund.
      {"Their assignment will be to design and build the Java services for the bank.", false},
      {"Ensuring the specifications are available for every current and future product.", false},
      // A label and its value, as in front matter or board metadata.
      {"title: Senior Platform Engineer for the payments team that is growing fast", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    CHECK(NarratesWithoutAsking(c.sentence) == c.narrates);
  }
  // A flattened run of list items (more than 70 words) is no statement, however it reads.
  std::string run = "The office is near the old harbour";
  CHECK(NarratesWithoutAsking(run + " and the coffee is good."));
  for (int i = 0; i < 10; ++i) run += " and the office is near the old harbour";
  CHECK_FALSE(NarratesWithoutAsking(run + "."));
}

TEST_CASE("given to the hire: training, support and the application process ask nothing") {
  struct Case {
    const char* sentence;
    bool given;
  };
  const Case cases[] = {
      {"Paid training courses each year (Kubernetes and Terraform).", true},
      {"A yearly learning budget for books and conferences on Rust.", true},
      {"We offer: a pension, a gym and Scrum training.", true},
      {"Your buddy will support you through pair programming in the first weeks.", true},
      {"This privacy notice covers the application process.", true},
      // More than 40 words: a flattened run of list items, of which this is one part.
      {"Python and Go are what we write in and the team has eight people and the office is in "
       "the old harbour and the coffee is good and the desks are standing desks and the weekly "
       "demo is on Friday and the lunch is paid and there are paid training courses each year.",
       false},
      // Asks and duties, and the employer's services as work.
      {"Experience with Kubernetes and Terraform.", false},
      {"Teach the team to write Terraform modules.", false},
      {"Improve the services and experiences we provide to the public.", false},
      {"The company offers you the chance to work in Swedish.", false},
      {"The job advertisement will be closed down once the post is filled.", true},
      {"The job ad closes when we have found the right candidate.", true},
      {"This posting stays open until the role is filled.", true},
      {"The job ads you write reach thousands of engineers.", false},
      {"Write job ads and screen candidates.", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    CHECK(TellsWhatIsGiven(c.sentence) == c.given);
  }
}

TEST_CASE("states the setting: what the employer does, with nothing of the job in it") {
  struct Case {
    const char* sentence;
    bool setting;
  };
  const Case cases[] = {
      {"We handle the trade of power from our solar parks to the grid operators.", true},
      {"Our systems settle card transactions for most banks in the region.", true},
      {"The group sells insurance to farmers in four countries.", true},
      {"Acme runs the largest online marketplace for used bicycles.", true},
      // The job, its people or an ask: a modal, a person, a search, work, a skill asked.
      {"You will build the trading tools for our solar parks.", false},
      {"Our team is looking for an engineer to work on 5G radio products.", false},
      {"Cloud, IoT and analytics will be part of your daily work.", false},
      {"We are hiring engineers for our payments platform.", false},
      {"Experience with online retail is required.", false},
      {"Our developers are working on the checkout of the web shop.", false},
      // A verb or gerund with the subject left out: a duty.
      {"Leads the digital transformation of the sales organisation.", false},
      {"Building a scalable online shop for second-hand goods.", false},
      {"Ensuring the insurance data is correct and complete.", false},
      {"Help customers move their banking to the cloud.", false},
      // An activity as subject of what it is or has, and the employer's aim offered to share.
      {"Selling used furniture online has its own logistics problems.", true},
      {"Running a marketplace for farm produce is a game of thin margins.", true},
      {"Help us make card payments safer across the Nordics.", true},
      {"Help us build the insurance platform, working in Go.", false},
      {"Help us bring banking to everyone: you will own the ledger.", false},
      // A call or a question to join the employer: the organisation joined is the setting.
      {"Join a growing team in the pharma industry.", true},
      {"Are you eager to join an international finance organisation in the global pharma industry?", true},
      {"Would you like to join the leading bank in the Nordics?", true},
      {"Join us if you have experience in the pharma industry.", false},
      {"Join our team and you will build trading tools for the energy sector.", false},
      {"Do you want to join us and work on our fintech platform?", false},
      {"We want you to join the insurance team.", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    CHECK(StatesTheSetting(c.sentence) == c.setting);
  }
}

TEST_CASE("employer clause: what the employer is, before 'and are looking for', is not asked") {
  struct Case {
    const char* sentence;
    const char* clause;  // the employer's clause; "" when the sentence has none apart
  } const cases[] = {
      {"We have a passion for an agile, data-driven approach and are looking for people who "
       "share our vision",
       "We have a passion for an agile, data-driven approach"},
      {"We are the leader in mobile payments and we're hiring a Kotlin engineer",
       "We are the leader in mobile payments"},
      {"Our platform runs on Kafka and is seeking a tech lead",
       "Our platform runs on Kafka"},
      // The first clause asks, or addresses the candidate: the hiring cue speaks for it too.
      {"We require Kafka experience and are looking for a team player", ""},
      {"You have built Kafka pipelines and are looking for a new challenge", ""},
      // No hiring clause after the conjunction.
      {"We are a fintech and are proud of our Kafka platform", ""},
      {"We are looking for a Go engineer", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    const std::string sentence = c.sentence;
    const size_t end = EmployerClauseEnd(sentence);
    CHECK((end == std::string_view::npos ? std::string() : sentence.substr(0, end)) == c.clause);
  }
}
