// Honest unknowns in the match reports: years the resume does not date read "unknown", a
// level the JD asks nothing at has no coverage figure, and headers name files, not paths.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "report/report_common.h"
#include "skillfit/document.h"
#include "test_util.h"

using skillfit::testing::RunCli;
using skillfit::testing::TempDir;

namespace {

struct Pair {
  std::string resume;
  std::string jd;
};

// A resume whose one role has no dates, and a JD that asks years but prefers nothing.
Pair WriteUndatedPair() {
  const std::string dir = TempDir() + "/deep/folder";
  std::filesystem::create_directories(dir);
  Pair p{dir + "/undated.txt", dir + "/platform.txt"};
  std::ofstream(p.resume) << "Ana Ruiz\n\nExperience\nPlatform Engineer, Acme\n"
                             "- Ran Kubernetes and Terraform on AWS.\n- Wrote Python tooling.\n";
  std::ofstream(p.jd) << "Platform Engineer\n\nRequirements\n"
                         "- 5+ years of professional experience\n- Kubernetes, Terraform and AWS\n- Python\n";
  return p;
}

std::string Report(const Pair& p, const char* format) {
  const auto r = RunCli({"match", "--resume", p.resume, "--jd", p.jd, "--format", format},
                        "", {"SKILLFIT_TODAY=2026-11"});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  return r.out;
}

}  // namespace

TEST_CASE("report: undated years read unknown and an empty level has no coverage figure") {
  const Pair p = WriteUndatedPair();
  const std::string text = Report(p, "text");
  CHECK(text.find("your dated roles span unknown") != std::string::npos);
  CHECK(text.find("preferred coverage none asked") != std::string::npos);
  CHECK(text.find("100% (0)") == std::string::npos);
  const std::string md = Report(p, "md");
  CHECK(md.find("roles span unknown") != std::string::npos);
  CHECK(md.find("none asked of 0") != std::string::npos);
  const std::string html = Report(p, "html");
  CHECK(html.find("<b>unknown / 5</b>") != std::string::npos);
  CHECK(html.find("<b>none asked</b><span>preferred coverage") != std::string::npos);
  const auto j = nlohmann::json::parse(Report(p, "json"));
  CHECK(j["years"]["asked"] == 5);
  CHECK(j["years"]["shown"].is_null());
}

TEST_CASE("report: headers give file names and the JD's title, not folders") {
  const Pair p = WriteUndatedPair();
  const std::string text = Report(p, "text");
  const std::string first = text.substr(0, text.find('\n'));
  CHECK(first.find("undated.txt against platform.txt (Platform Engineer)") != std::string::npos);
  CHECK(first.find("/deep/folder") == std::string::npos);
  const std::string md = Report(p, "md");
  CHECK(md.find("**Job description:** Platform Engineer `platform.txt`") != std::string::npos);
  CHECK(md.substr(0, md.find("\n\n", md.find("**Resume:**"))).find("/deep/folder") ==
        std::string::npos);
  const std::string html = Report(p, "html");
  CHECK(html.find("<h1>Match report: Platform Engineer</h1>") != std::string::npos);
}

TEST_CASE("report: the JD's title comes without Markdown marks or a label before it") {
  auto title = [](const std::string& text) {
    auto doc = skillfit::LoadDocumentFromBytes(text, "jd.md");
    REQUIRE(doc.ok());
    return skillfit::JdTitle(*doc);
  };
  CHECK(title("## **Data Engineer II - Marketplace Data**\n\nWe build...\n") ==
        "Data Engineer II - Marketplace Data");
  CHECK(title("Job Description: Product Manager (10+ Years of Experience)\n") ==
        "Product Manager (10+ Years of Experience)");
  CHECK(title("_Senior Nurse_\n") == "Senior Nurse");
  CHECK(title("We are hiring engineers. Join us.\n").empty());  // a sentence is no title
  // Nor a question or an exclamation that names no post.
  CHECK(title("Ready for your next big challenge?\n").empty());
  CHECK(title("Come build the future with Acme!\n").empty());
  // A lead sentence that names the title.
  CHECK(title("We are looking for a Senior Backend Engineer to join our platform team. You "
              "will build.\n") == "Senior Backend Engineer");
  CHECK(title("We're hiring an Engineering Manager, Payments and Risk, in Berlin.\n") ==
        "Engineering Manager");
  CHECK(title("As a Director of Sales and Marketing, you will lead the team.\n") ==
        "Director of Sales and Marketing");
  // The lead sentence may wrap before its full stop; a prose line without a named title is
  // no title either.
  CHECK(title("We are hiring a Senior Frontend Engineer to lead the development of our web\n"
              "application.\n") == "Senior Frontend Engineer");
  CHECK(title("Join our team as we build the future of payments for everyone\n").empty());
  CHECK(title("Senior Data Engineer - Payments Platform (Remote, EU)\n") ==
        "Senior Data Engineer - Payments Platform (Remote, EU)");
  // A note the line's end cut open is left out; one that closes on the line stays.
  CHECK(title("Job Description: Senior Full Stack Engineer (5+ Years of\nExperience)\n") ==
        "Senior Full Stack Engineer");
  CHECK(title("Software Engineer (Front-End\n") == "Software Engineer");
  CHECK(title("(Contract) Data Analyst\n") == "(Contract) Data Analyst");
  // Front matter the loader left in the text (a blank line above it) gives its title.
  CHECK(title("\n---\ntitle: \"Technical Account Manager\"\nteam: Cloud\n---\n\n### Role\n") ==
        "Technical Account Manager");
  CHECK(title("\n---\nteam: Cloud\n---\nData Analyst\n") == "Data Analyst");
  // A skill before a common noun, or a lowercase role, is no title.
  CHECK(title("We are looking for a Python developer to join us. Apply.\n").empty());
  CHECK(title("We need a passionate engineer who ships. Apply.\n").empty());
  // Words praising the candidate or counting posts stand between the article and the title;
  // a post for several people is named singular.
  CHECK(title("Are you a self-driven Embedded Software Engineer with a high degree of knowledge?\n") ==
        "Embedded Software Engineer");
  CHECK(title("Acme is growing and we are looking for a number of Mechanical Engineers for our "
              "lab.\n") == "Mechanical Engineer");
  CHECK(title("We are looking for a highly motivated Data Scientist to join us.\n") == "Data Scientist");
  CHECK(title("We are seeking a talented individual to join Acme.\n").empty());
  CHECK(title("We are looking for a highly motivated Python developer to join us.\n").empty());
  CHECK(title("We are hiring a Head of Sales to grow the team.\n") == "Head of Sales");
}
