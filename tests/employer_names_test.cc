// Skills inside an employer's name are no evidence (extract/employer_names.h).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "extract/employer_names.h"
#include "skillfit/profile.h"
#include "test_util.h"

using namespace skillfit;

namespace {

bool Has(const ResumeProfile& p, const std::string& name) {
  const auto& skills = testing::Matcher().kb().skills();
  return std::any_of(p.skills.begin(), p.skills.end(),
                     [&](const ResumeSkill& s) { return skills[s.skill].name == name; });
}


}  // namespace

TEST_CASE("employer names: what reads as an organisation's name") {
  const char* const organisations[] = {
      "Data & Knowledge Engineering Group", "Institute of Computer Graphics",
      "Samsung C&T Corporation, Mumbai",    "Cloud Computing Lab",
      "Acme Ltd.",                          "Department of Machine Learning",
      "Vodafone India Ltd, Pune",           "Stripe, Inc.",
  };
  for (const char* c : organisations) {
    CAPTURE(c);
    CHECK(NamesOrganisation(c));
  }
  const char* const others[] = {
      "Python, Django",  // a header's skills list taken for its company
      "Google", "Data Platform", "Kubernetes and Terraform", "grouping", "Labrador Systems",
  };
  for (const char* c : others) {
    CAPTURE(c);
    CHECK_FALSE(NamesOrganisation(c));
  }
}

TEST_CASE("employer names: a skill in the employer's name is no evidence; in a bullet it is") {
  const ResumeProfile p = testing::ResumeOf(
      "EXPERIENCE\n"
      "Research Intern, Data & Knowledge Engineering Group | Oct 2012 - Feb 2013\n"
      "\xE2\x80\xA2 Designed an image search index in C++\n"
      "Engineer, Samsung C&T Corporation | Jan 2022 - Aug 2023\n"
      "\xE2\x80\xA2 Wrote KPI reports in Excel\n");
  CHECK_FALSE(Has(p, "Data engineering"));
  CHECK_FALSE(Has(p, "C"));
  CHECK(Has(p, "C++"));
  CHECK(Has(p, "Microsoft Excel"));
  // The same skill named in a bullet still counts.
  const ResumeProfile q = testing::ResumeOf(
      "EXPERIENCE\n"
      "Research Intern, Data & Knowledge Engineering Group | Oct 2012 - Feb 2013\n"
      "\xE2\x80\xA2 Led the group's data engineering: ingestion and ETL pipelines\n");
  CHECK(Has(q, "Data engineering"));
  // A company part that is a list of skills is not an organisation: its skills stay.
  const ResumeProfile r = testing::ResumeOf(
      "EXPERIENCE\n"
      "Backend Engineer | Python, Django | Jan 2020 - Present\n"
      "\xE2\x80\xA2 Built the billing service\n");
  CHECK(Has(r, "Python"));
  CHECK(Has(r, "Django"));
}
