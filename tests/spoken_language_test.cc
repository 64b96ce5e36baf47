// Spoken languages: the CEFR table, the levels a JD asks and a resume holds, the matcher's
// comparison and the reports' fields.
#include <doctest/doctest.h>

#include "extract/spoken_language.h"
#include "skillfit/match.h"
#include "skillfit/profile.h"
#include "skillfit/report.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::Kb;
using skillfit::testing::Matcher;

namespace {

Document Doc(const std::string& text, const char* name) {
  auto doc = LoadDocumentFromBytes(text, name);
  REQUIRE(doc.ok());
  return std::move(*doc);
}

const JdSkill* JdLanguage(const JdProfile& p, const char* id) {
  for (const JdSkill& s : p.skills) {
    if (Kb().skills()[s.skill].id == id) return &s;
  }
  return nullptr;
}

const ResumeSkill* HeldLanguage(const ResumeProfile& p, const char* id) {
  for (const ResumeSkill& s : p.skills) {
    if (Kb().skills()[s.skill].id == id) return &s;
  }
  return nullptr;
}

// The verdict on `id` when `cv` is matched against `jd` (texts).
SkillVerdict VerdictOn(const std::string& jd, const std::string& cv, const char* id) {
  const JdProfile jp = ExtractJd(Doc(jd, "jd.txt"), Matcher(), {});
  const ResumeProfile rp = ExtractResume(Doc(cv, "cv.txt"), Matcher(), {});
  const MatchResult m = Match(jp, rp, Kb(), {});
  for (const SkillVerdict& v : m.skills) {
    if (Kb().skills()[v.skill].id == id) return v;
  }
  FAIL("no verdict on " << id);
  return {};
}

}  // namespace

TEST_CASE("spoken languages: words, CEFR and ILR levels map to one CEFR scale") {
  struct Case {
    const char* phrase;
    const char* cefr;
  } cases[] = {
      {"native", "C2"},         {"mother tongue", "C2"},  {"Bilingual", "C2"},
      {"near-native", "C2"},    {"fluent", "C1"},         {"fluency", "C1"},
      {"excellent", "C1"},      {"very good", "C1"},      {"full professional proficiency", "C1"},
      {"proficient", "B2"},     {"business", "B2"},       {"good", "B2"},
      {"upper-intermediate", "B2"}, {"conversational", "B1"}, {"working", "B1"},
      {"limited working proficiency", "B1"}, {"basic", "A2"}, {"elementary", "A2"},
      {"beginner", "A1"},       {"A1", "A1"},             {"b2", "B2"},
      {"C2", "C2"},             {"ILR 0+", "A1"},         {"ILR 1", "A2"},
      {"ILR 1+", "B1"},         {"ILR 2", "B2"},          {"ILR 2+", "B2"},
      {"ILR 3", "C1"},          {"ILR level 4", "C2"},    {"ILR 5", "C2"},
      {"ILR 0", ""},            {"team", ""},             {"preferred", ""}};
  for (const Case& c : cases) {
    CAPTURE(c.phrase);
    CHECK(std::string(CefrName(CefrOf(c.phrase))) == c.cefr);
  }
  CHECK(ProficiencyText(5, "fluent") == "C1 (fluent)");
  CHECK(ProficiencyText(4, "B2") == "B2");
  CHECK(ProficiencyText(0, "") == "");
}

TEST_CASE("spoken languages: a JD's level asked, required or preferred, and its proficiency") {
  const JdProfile p = ExtractJd(Doc("Data Analyst\n\nRequirements:\n"
                                    "- Fluent in German and English (C1)\n"
                                    "- 3+ years of SQL\n"
                                    "- Conversational French is a plus\n"
                                    "- Spanish ILR 2+ preferred\n",
                                    "jd.txt"),
                                Matcher(), {});
  const JdSkill* german = JdLanguage(p, "german");
  const JdSkill* english = JdLanguage(p, "english");
  const JdSkill* french = JdLanguage(p, "french");
  const JdSkill* spanish = JdLanguage(p, "spanish");
  REQUIRE(german);
  REQUIRE(english);
  REQUIRE(french);
  REQUIRE(spanish);
  CHECK(german->level == RequirementLevel::kRequired);
  CHECK(english->level == RequirementLevel::kRequired);
  // The list shares its words: both are fluent; the parenthesis names the higher of the two.
  CHECK(std::string(CefrName(german->cefr)) == "C1");
  CHECK(std::string(CefrName(english->cefr)) == "C1");
  CHECK(french->level == RequirementLevel::kPreferred);
  CHECK(std::string(CefrName(french->cefr)) == "B1");
  CHECK(french->proficiency == "Conversational");
  CHECK(spanish->level == RequirementLevel::kPreferred);
  CHECK(std::string(CefrName(spanish->cefr)) == "B2");
  REQUIRE(!french->mentions.empty());
  CHECK(french->mentions[0].cefr == 3);
}

TEST_CASE("spoken languages: each clause carries its own level") {
  const JdProfile p = ExtractJd(
      Doc("Fluent English both written and spoken is a must while German and Italian are "
          "considered an advantage.\n",
          "jd.txt"),
      Matcher(), {});
  REQUIRE(JdLanguage(p, "english"));
  REQUIRE(JdLanguage(p, "german"));
  REQUIRE(JdLanguage(p, "italian"));
  CHECK(JdLanguage(p, "english")->level == RequirementLevel::kRequired);
  CHECK(JdLanguage(p, "german")->level == RequirementLevel::kPreferred);
  CHECK(JdLanguage(p, "italian")->level == RequirementLevel::kPreferred);
  CHECK(JdLanguage(p, "german")->cefr == 0);
}

TEST_CASE("spoken languages: a resume's level held, from text, a languages section or JSON Resume") {
  SUBCASE("a languages section") {
    const ResumeProfile p = ExtractResume(Doc("Ana Silva\n\nEXPERIENCE\nAnalyst, Foo  2020 - 2024\n"
                                              "- Built reports in SQL\n\nLANGUAGES\n"
                                              "Portuguese: native\nEnglish: C1\nGerman\n",
                                              "cv.txt"),
                                          Matcher(), {});
    REQUIRE(HeldLanguage(p, "portuguese"));
    REQUIRE(HeldLanguage(p, "english"));
    REQUIRE(HeldLanguage(p, "german"));
    CHECK(std::string(CefrName(HeldLanguage(p, "portuguese")->cefr)) == "C2");
    CHECK(std::string(CefrName(HeldLanguage(p, "english")->cefr)) == "C1");
    CHECK(HeldLanguage(p, "german")->cefr == 0);
  }
  SUBCASE("a languages section with each level on the line below, as LinkedIn writes it") {
    const ResumeProfile p = ExtractResume(
        Doc("Ana Silva\n\nEXPERIENCE\nAnalyst, Foo  2020 - 2024\n- Built reports in SQL\n\n"
            "LANGUAGES\nEnglish\nFull Professional Proficiency\nSpanish\n"
            "Native or Bilingual Proficiency\nGerman\nElementary Proficiency\n"
            "Italian\nWorked two summers in Milan and learned a great deal there\n"
            "Dutch    Polish\nNative Speaker    Intermediate\n",
            "cv.txt"),
        Matcher(), {});
    for (const char* id : {"english", "spanish", "german", "italian"}) {
      CAPTURE(id);
      REQUIRE(HeldLanguage(p, id));
    }
    CHECK(std::string(CefrName(HeldLanguage(p, "english")->cefr)) == "C1");
    CHECK(std::string(CefrName(HeldLanguage(p, "spanish")->cefr)) == "C2");
    CHECK(std::string(CefrName(HeldLanguage(p, "german")->cefr)) == "A2");
    CHECK(HeldLanguage(p, "italian")->cefr == 0);  // a long line below is no level
    // Two languages in a row, their levels in a row below: whose is whose is not told.
    REQUIRE(HeldLanguage(p, "dutch"));
    CHECK(HeldLanguage(p, "dutch")->cefr == 0);
    REQUIRE(HeldLanguage(p, "polish"));
    CHECK(HeldLanguage(p, "polish")->cefr == 0);
  }
  SUBCASE("a sentence and a Languages: line") {
    const ResumeProfile p =
        ExtractResume(Doc("Summary\nNative Spanish speaker, conversational Japanese.\n"
                          "Languages: Dutch (B2), Swedish (basic)\nWorked with the German market.\n",
                          "cv.txt"),
                      Matcher(), {});
    REQUIRE(HeldLanguage(p, "spanish"));
    CHECK(std::string(CefrName(HeldLanguage(p, "spanish")->cefr)) == "C2");
    REQUIRE(HeldLanguage(p, "japanese"));
    CHECK(std::string(CefrName(HeldLanguage(p, "japanese")->cefr)) == "B1");
    REQUIRE(HeldLanguage(p, "dutch"));
    CHECK(std::string(CefrName(HeldLanguage(p, "dutch")->cefr)) == "B2");
    REQUIRE(HeldLanguage(p, "swedish"));
    CHECK(std::string(CefrName(HeldLanguage(p, "swedish")->cefr)) == "A2");
    CHECK(HeldLanguage(p, "german") == nullptr);  // "the German market" is no language
  }
  SUBCASE("JSON Resume languages") {
    const ResumeProfile p = ExtractResume(
        Doc(R"({"basics": {"name": "Ana"}, "work": [],
                "languages": [{"language": "German", "fluency": "Professional working proficiency"},
                              {"language": "Mandarin Chinese", "fluency": "Elementary"}]})",
            "cv.json"),
        Matcher(), {});
    REQUIRE(HeldLanguage(p, "german"));
    CHECK(std::string(CefrName(HeldLanguage(p, "german")->cefr)) == "C1");
    REQUIRE(HeldLanguage(p, "mandarin"));
    CHECK(std::string(CefrName(HeldLanguage(p, "mandarin")->cefr)) == "A2");
  }
}

TEST_CASE("spoken languages: the matcher compares the level held with the level asked") {
  const std::string jd = "Requirements:\n- Fluent German (C1)\n- 3+ years of SQL\n";
  SUBCASE("held above the level asked: strong") {
    const SkillVerdict v = VerdictOn(jd, "Languages: German (native)\n", "german");
    CHECK(v.label == EvidenceLabel::kStrong);
    CHECK(v.cefr_asked == 5);
    CHECK(v.cefr_held == 6);
    CHECK(v.reason == "C2 (native) held, C1 asked");
  }
  SUBCASE("held below the level asked: weak, with the levels") {
    const SkillVerdict v = VerdictOn(jd, "Languages: German (B1)\n", "german");
    CHECK(v.label == EvidenceLabel::kWeak);
    CHECK(v.weak_reason == WeakReason::kLowerLevel);
    CHECK(v.reason == "B1 held, C1 asked");
  }
  SUBCASE("named without a level: weak, as a skill only listed, with the reason") {
    const SkillVerdict v = VerdictOn(jd, "Languages: German, English\n", "german");
    CHECK(v.label == EvidenceLabel::kWeak);
    CHECK(v.weak_reason == WeakReason::kNoLevel);
    CHECK(v.reason.find("without a level") != std::string::npos);
    CHECK(v.reason.find("C1 asked") != std::string::npos);
  }
  SUBCASE("no level asked: any level held is strong") {
    const SkillVerdict v =
        VerdictOn("Requirements:\n- Written and spoken German\n", "Languages: German (B1)\n", "german");
    CHECK(v.label == EvidenceLabel::kStrong);
  }
  SUBCASE("not on the resume: missing, with the level asked") {
    const SkillVerdict v = VerdictOn(jd, "Languages: French (C2)\n", "german");
    CHECK(v.label == EvidenceLabel::kMissing);
    CHECK(v.reason.find("C1") != std::string::npos);
  }
}

TEST_CASE("spoken languages: the kb holds at least 45 languages, each of kind language") {
  int languages = 0;
  for (const Skill& s : Kb().skills()) {
    if (s.kind != SkillKind::kLanguage) continue;
    ++languages;
    CHECK(s.category == "spoken-languages");
    CHECK(!s.description.empty());
  }
  CHECK(languages >= 45);
  CHECK(std::string(SkillKindName(SkillKind::kLanguage)) == "language");
}

TEST_CASE("spoken languages: extract and match JSON carry the proficiency, additively") {
  const Document jd_doc = Doc("Requirements:\n- Fluent German (C1)\n- 3+ years of SQL\n", "jd.txt");
  const Document cv_doc = Doc("Languages: German (B1)\n", "cv.txt");
  const JdProfile jp = ExtractJd(jd_doc, Matcher(), {});
  const ResumeProfile rp = ExtractResume(cv_doc, Matcher(), {});
  ExtractReportInput ein;
  ein.doc = &jd_doc;
  ein.kb = &Kb();
  ein.kind = DocKind::kJd;
  ein.jd = &jp;
  const std::string extract = ExtractJsonReport(ein);
  CHECK(extract.find("\"schema\": \"skillfit.extract/1\"") != std::string::npos);
  CHECK(extract.find("\"kind\": \"language\"") != std::string::npos);
  CHECK(extract.find("\"cefr\": \"C1\"") != std::string::npos);
  const MatchResult m = Match(jp, rp, Kb(), {});
  MatchReportInput min;
  min.resume_doc = &cv_doc;
  min.jd_doc = &jd_doc;
  min.kb = &Kb();
  min.match = &m;
  const std::string match = MatchJsonReport(min);
  CHECK(match.find("\"proficiency_asked\"") != std::string::npos);
  CHECK(match.find("\"cefr\": \"B1\"") != std::string::npos);
  CHECK(match.find("B1 held, C1 asked") != std::string::npos);
  CHECK(MatchTextReport(min).find("B1 held, C1 asked") != std::string::npos);
  CHECK(MatchMarkdownReport(min).find("B1 held, C1 asked") != std::string::npos);
  CHECK(MatchHtmlReport(min).find("B1 held, C1 asked") != std::string::npos);
}
