// An old resume's "Present": the month its file says it was written (Document::written_month)
// ends its current roles, and a match judges recency from there (profile.h, as_of).
#include <doctest/doctest.h>

#include <string>

#include "documents/written_month.h"
#include "skillfit/match.h"
#include "skillfit/profile.h"
#include "test_util.h"

using namespace skillfit;

namespace {

const char kOldResume[] =
    "EXPERIENCE\n"
    "Software Engineer, Acme | Jan 2013 - Present\n"
    "• Built billing services in Python and PostgreSQL\n"
    "Intern, Initech | Jun 2012 - Sep 2012\n"
    "• Wrote Java tests\n";

}  // namespace

TEST_CASE("as of: the dates files store") {
  struct Case {
    const char* date;
    int year, month;  // 0: no month
  };
  const Case cases[] = {
      {"D:20160226142732Z", 2016, 2},      // PDF ModDate
      {"D:201607", 2016, 7},               // PDF, month precision only
      {"20211231235959+01'00'", 2021, 12}, // PDF date without its "D:"
      {"2021-07-08T14:37:39Z", 2021, 7},   // DOCX dcterms:modified
      {"2019-03", 2019, 3},                // JSON Resume meta.lastModified, short
      {"D:2016", 0, 0},                    // no month
      {"D:20161301", 0, 0},                // month 13
      {"D:00000101", 0, 0},                // an unset clock
      {"D:19700101000000Z", 0, 0},         // the epoch: an unset clock too
      {"yesterday", 0, 0},
      {"", 0, 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.date);
    CHECK(WrittenMonth(c.date) == (c.year ? MonthIndex(c.year, c.month) : -1));
  }
}

TEST_CASE("as of: an old file's date ends its current roles") {
  const ResumeProfile p = testing::ResumeOf(kOldResume, MonthIndex(2016, 2));
  CHECK(p.as_of == MonthIndex(2016, 2));
  REQUIRE(p.roles.size() == 2);
  CHECK(p.roles[0].current);
  CHECK(p.roles[0].finish == MonthIndex(2016, 2));
  CHECK(p.roles[1].finish == MonthIndex(2012, 9));
  CHECK(p.total_years == doctest::Approx(3.5).epsilon(0.02));  // Jun-Sep 2012, Jan 2013-Feb 2016

  const ResumeProfile today = testing::ResumeOf(kOldResume, -1);  // a text file: no date
  CHECK(today.as_of == -1);
  CHECK(today.roles[0].finish == MonthIndex(2026, 11));
}

TEST_CASE("as of: when the file's date is not the resume's") {
  // Written last month: read as of today.
  CHECK(testing::ResumeOf(kOldResume, MonthIndex(2026, 10)).as_of == -1);
  // A role that begins after the file's date: the date is a template's.
  CHECK(testing::ResumeOf(kOldResume, MonthIndex(2012, 12)).as_of == -1);
  // A role that ended in a later year than the file's date.
  const std::string ended =
      "EXPERIENCE\nEngineer, Acme | Jan 2013 - Present\nAnalyst, Initech | 2010 - 2019\n";
  CHECK(testing::ResumeOf(ended, MonthIndex(2016, 2)).as_of == -1);
  // A year alone ends in December, which is no contradiction within that year; the role is
  // ended at the file's date.
  const std::string year_only =
      "EXPERIENCE\nEngineer, Acme | Jan 2013 - Present\nTeaching Assistant, Tsinghua, 2016\n";
  const ResumeProfile y = testing::ResumeOf(year_only, MonthIndex(2016, 2));
  CHECK(y.as_of == MonthIndex(2016, 2));
  REQUIRE(y.roles.size() == 2);
  CHECK(y.roles[1].finish == MonthIndex(2016, 2));
  // No current role: still read as of its month, so recency counts from when it was written,
  // and its roles keep the ends they state, even one after the file's month in its year.
  CHECK(testing::ResumeOf("EXPERIENCE\nEngineer, Acme | Jan 2013 - Mar 2015\n", MonthIndex(2016, 2)).as_of ==
        MonthIndex(2016, 2));
  const ResumeProfile summer =
      testing::ResumeOf("EXPERIENCE\nIntern, Acme | Jun 2017 - Aug 2017\n", MonthIndex(2017, 7));
  CHECK(summer.as_of == MonthIndex(2017, 7));
  REQUIRE(summer.roles.size() == 1);
  CHECK(summer.roles[0].finish == MonthIndex(2017, 8));
}

TEST_CASE("as of: a match judges recency from the resume's month") {
  auto jd = LoadDocumentFromBytes("Requirements\n- 3+ years of Python\n- PostgreSQL\n", "jd.txt");
  REQUIRE(jd.ok());
  ExtractOptions opts;
  opts.today_year = 2026;
  opts.today_month = 11;
  const JdProfile jp = ExtractJd(*jd, testing::Matcher(), opts);
  MatchOptions mo;
  mo.today = opts;
  for (int written : {MonthIndex(2016, 2), -1}) {
    CAPTURE(written);
    const ResumeProfile rp = testing::ResumeOf(kOldResume, written);
    const MatchResult m = Match(jp, rp, testing::Matcher().kb(), mo);
    CHECK(m.resume_as_of == rp.as_of);
    bool python = false;
    for (const SkillVerdict& v : m.skills) {
      if (testing::Matcher().kb().skills()[v.skill].name != "Python") continue;
      python = true;
      CHECK(v.label == EvidenceLabel::kStrong);  // current either way: as of 2016 or of today
      CHECK(v.years_shown == doctest::Approx(written >= 0 ? 3.1 : 13.9).epsilon(0.03));
    }
    CHECK(python);
  }
}

TEST_CASE("as of: a real PDF's date and a JSON Resume's meta.lastModified") {
  // Written in February 2016 (its ModDate); its research post reads "September 2014 - Present".
  auto pdf = LoadDocument(testing::CorpusDir() +
                          "/resumes/pdf/github/bichengluo-resume_bichengluo.pdf");
  REQUIRE(pdf.ok());
  CHECK(pdf->written_month == MonthIndex(2016, 2));
  ExtractOptions opts;
  opts.today_year = 2026;
  opts.today_month = 11;
  const ResumeProfile p = ExtractResume(*pdf, testing::Matcher(), opts);
  CHECK(p.as_of == MonthIndex(2016, 2));
  CHECK(p.total_years < 4);  // October 2012 to February 2016, not to today

  const char kJson[] =
      R"({"basics": {"name": "Jane Roe"}, "meta": {"lastModified": "2019-03-04T10:00:00"},
          "work": [{"position": "SRE", "name": "Acme", "startDate": "2017-01-01"}]})";
  auto json = LoadDocumentFromBytes(kJson, "cv.json");
  REQUIRE(json.ok());
  CHECK(json->written_month == MonthIndex(2019, 3));
  CHECK(ExtractResume(*json, testing::Matcher(), opts).as_of == MonthIndex(2019, 3));
}
