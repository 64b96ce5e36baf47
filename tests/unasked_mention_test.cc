// Issue 13 item 4: a skill whose own phrase sets it outside the ask, a benchmark of a
// comparison or what a wish to learn names (engine/src/extract/unasked_mention.h).
#include <doctest/doctest.h>

#include <string>

#include "extract/unasked_mention.h"

using namespace skillfit;

namespace {

struct Case {
  const char* sentence;
  const char* skill;  // the skill's text, found in the sentence
  bool framed;
};

size_t OffsetOf(const Case& c) { return std::string(c.sentence).find(c.skill); }

}  // namespace

TEST_CASE("unasked mention: the benchmark of a comparison is not asked") {
  const Case cases[] = {
      {"Reliable systems with low latency, much like those of the best banks.", "banks", true},
      {"Our checkout is just like the one of a large online retailer.", "online retailer", true},
      {"A ledger similar to what insurers run in-house.", "insurers", true},
      {"Uptime on par with telecom operators", "telecom", true},
      {"A travel app that is more than just online booking", "online booking", true},
      {"We are not just a bank", "bank", true},
      {"More than 5 years in banking", "banking", false},
      // The comparison ends before the skill, comes after it, or is not one.
      {"Much like a start-up, we move fast; experience in banking is a must.", "banking", false},
      {"Experience in banking, much like ours.", "banking", false},
      {"Would you like to work in insurance?", "insurance", false},
      {"Tools like Jira and Confluence", "Jira", false},
  };
  for (const Case& c : cases) {
    const std::string sentence = c.sentence;
    CAPTURE(sentence);
    CHECK(NamedAsBenchmark(sentence, OffsetOf(c)) == c.framed);
  }
}

TEST_CASE("unasked mention: what a wish to learn names is not asked") {
  const Case cases[] = {
      {"Desire to learn modern technologies for big data/analytics", "analytics", true},
      {"Willingness to learn Kubernetes and Helm", "Helm", true},
      {"You are eager to learn new languages such as Rust.", "Rust", true},
      {"A chance to learn SAP from our consultants", "SAP", true},
      // The wish is in another clause, or nothing wishes to learn.
      {"Willingness to learn; solid Kubernetes experience", "Kubernetes", false},
      {"Eager to learn, with 3 years of Python", "Python", false},
      {"Experience with machine learning pipelines", "machine learning", false},
      {"You learn fast and know Terraform.", "Terraform", false},
  };
  for (const Case& c : cases) {
    const std::string sentence = c.sentence;
    CAPTURE(sentence);
    CHECK(NamedToLearn(sentence, OffsetOf(c)) == c.framed);
  }
}
