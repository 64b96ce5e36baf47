// Claims found in resume bullets, and the study plan for the samples.
#include <doctest/doctest.h>

#include <set>

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
StudyPlan PlanFor(const char* resume, const char* jd, int limit) {
  auto r = LoadDocument(SourceDir() + "/" + resume);
  auto j = LoadDocument(SourceDir() + "/" + jd);
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
  PlanInput in{&r.value(), &rp, &jp, &m, &Kb(), bank->get()};
  return BuildStudyPlan(in, PlanOptions{limit});
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
