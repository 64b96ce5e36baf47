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
