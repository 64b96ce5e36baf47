// Education: degrees read from resumes, degree asks read from JDs, and the education row.
// Every case is written here for the rule it shows.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "kb/degree_fields_file.h"
#include "skillfit/document.h"
#include "skillfit/engine.h"
#include "skillfit/education.h"
#include "skillfit/match.h"
#include "skillfit/profile.h"
#include "skillfit/sections.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::Kb;

namespace {

// The degrees of a resume whose education section holds `lines`.
std::vector<Degree> DegreesOf(const std::string& lines) {
  const std::string text = "Ana Ruiz\nana@example.com\n\nEducation\n" + lines + "\n";
  return ReadDegrees(text, SplitSections(text, DocKind::kResume), 2026);
}

// The asks of a JD whose requirements section holds `lines`.
std::vector<DegreeAsk> AsksOf(const std::string& lines) {
  const std::string text = "Data Engineer\n\nRequirements\n" + lines + "\n";
  return ReadDegreeAsks(text, SplitSections(text, DocKind::kJd));
}

const DegreeFieldTable& Fields() {
  static const DegreeFieldTable* t = [] {
    auto* table = new DegreeFieldTable;
    const std::vector<KbIssue> issues =
        LoadDegreeFields(skillfit::testing::SourceDir() + "/kb/degree_fields.yaml", table);
    REQUIRE(issues.empty());
    return table;
  }();
  return *t;
}

struct DegreeCase {
  const char* lines;  // the education section
  const char* level;  // DegreeLevelName of the first degree, or "none"
  const char* field;
  const char* institution;
  bool in_progress;
};

const DegreeCase kDegreeCases[] = {
    {"BE in Mechanical Engineering, Anna University, 2012", "bachelor", "Mechanical Engineering",
     "Anna University", false},
    {"B.E. Computer Engineering | Pune Institute of Technology | 2010 - 2014", "bachelor",
     "Computer Engineering", "Pune Institute of Technology", false},
    {"B.Tech in Computer Science, IIT Delhi, 2014-2018", "bachelor", "Computer Science",
     "IIT Delhi", false},
    {"BSc Physics, University of Leeds", "bachelor", "Physics", "University of Leeds", false},
    {"B.S. in Economics", "bachelor", "Economics", "", false},
    {"BA, Political Science, 2015", "bachelor", "Political Science", "", false},
    {"B.A. History", "bachelor", "History", "", false},
    {"MSc Data Science (2020)", "master", "Data Science", "", false},
    {"M.S. in Computer Science", "master", "Computer Science", "", false},
    {"MS in Statistics, 2019", "master", "Statistics", "", false},
    {"MA in English Literature", "master", "English Literature", "", false},
    {"MBA, Wharton School, 2019", "master", "Business Administration", "Wharton School", false},
    {"MBA in Finance", "master", "Finance", "", false},
    {"MEng Software Engineering", "master", "Software Engineering", "", false},
    {"M.Tech in VLSI Design", "master", "VLSI Design", "", false},
    {"PhD in Physics, Stanford University", "doctorate", "Physics", "Stanford University", false},
    {"Ph.D. Computational Biology, 2011", "doctorate", "Computational Biology", "", false},
    {"Bachelor of Arts in Economics", "bachelor", "Economics", "", false},
    {"Bachelor of Science, Computer Science", "bachelor", "Computer Science", "", false},
    {"Bachelor's in Information Technology", "bachelor", "Information Technology", "", false},
    {"Master's degree in Information Systems", "master", "Information Systems", "", false},
    {"Bachelor of Engineering", "bachelor", "Engineering", "", false},
    {"Diploma in Nursing, City College", "diploma/certificate", "Nursing", "City College", false},
    {"High School Diploma, Lincoln High School, 2008", "high school", "", "Lincoln High School",
     false},
    {"Associate of Applied Science in Networking", "associate", "Networking", "", false},
    // The field on the next line, or before the level.
    {"Bachelor of Science\nComputer Science\nStanford University, 2016", "bachelor",
     "Computer Science", "Stanford University", false},
    {"Computer Science, B.S.\nUniversity of Texas", "bachelor", "Computer Science",
     "University of Texas", false},
    {"University of Michigan\nB.S. Mathematics, 2015", "bachelor", "Mathematics",
     "University of Michigan", false},
    {"Bachelor of Science (BS)\u2014Media Design", "bachelor", "Media Design", "", false},
    {"Bachelor in Physics, Heidelberg University\n- bachelor thesis: waves in disks", "bachelor",
     "Physics", "Heidelberg University", false},
    {"Bachelor in Physics Universit\u00e4t Heidelberg", "bachelor", "Physics",
     "Universit\u00e4t Heidelberg", false},
    // In progress.
    {"B.S. Computer Science, expected May 2027", "bachelor", "Computer Science", "", true},
    {"PhD candidate in Physics", "doctorate", "Physics", "", true},
    {"Pursuing MSc in Artificial Intelligence", "master", "Artificial Intelligence", "", true},
    {"BS Computer Science 2023 - 2027", "bachelor", "Computer Science", "", true},
    {"MS in Computer Science\nCarnegie Mellon University, Aug 2024 - Present", "master",
     "Computer Science", "Carnegie Mellon University", true},
    {"MSc Robotics, Delft University of Technology, 2022 to date", "master", "Robotics",
     "Delft University of Technology", true},
    // "present" and "current" in the lines around a finished degree say nothing of it, and
    // the next item of a bulleted list is another entry.
    {"BSc Biology, 2014\nPresident of the current students' union", "bachelor", "Biology", "", false},
    {"\u2022 BA History, 2009\n\u2022 Portfolio to present on the Play Store (2021 - Present)",
     "bachelor", "History", "", false},
    // A field the line's end cuts after a joining word goes on below; a school below is no
    // part of it.
    {"B.Tech in Electronics and\nCommunication\nKalam Technical University", "bachelor",
     "Electronics and Communication", "Kalam Technical University", false},
    {"Master of Science in\nMechanical Engineering", "master", "Mechanical Engineering", "", false},
    {"BSc in Physics and\nUniversity of Leeds, 2019", "bachelor", "Physics and",
     "University of Leeds", false},
    // Never invented.
    {"Stanford University, 2014 - 2018", "none", "", "", false},
    {"Boston University, Boston, MA 02215", "none", "", "", false},
    {"Tools: MS Office, Excel", "none", "", "", false},
    {"Coursework in algorithms and data structures", "none", "", "", false},
    {"Certified Scrum Master, Scaled Agile", "none", "", "", false},
    {"Masters in Data Science, Aalto University", "master", "Data Science", "Aalto University", false},
    // A double degree shares the field after both, past an honours mark.
    {"Bachelor of Engineering (Honours) / Master of Engineering \u2014 Electrical Engineering",
     "bachelor", "Electrical Engineering", "", false},
    {"B.Sc. (Hons) & M.Sc. in Physics", "bachelor", "Physics", "", false},
    // The kind of certificate is no field of study; what was studied may stand before it.
    {"Certificate of Completion, General Assembly (2019)", "diploma/certificate", "", "", false},
    {"Web Development Bootcamp, Certificate of Completion (2019)", "diploma/certificate",
     "Web Development Bootcamp", "", false},
    // Engineering schools: a graduate's degree is at least a bachelor's, its field the words
    // before "Engineering School", never the school's name after it; the French engineering
    // diploma is a master's.
    {"\u2022 Graduate IT Engineering School Polytech Nice Sophia, France (2016)", "bachelor",
     "IT Engineering", "", false},
    {"Graduate of the Mechanical Engineering School, 2012", "bachelor",
     "Mechanical Engineering", "", false},
    {"Dipl\u00f4me d'ing\u00e9nieur, Informatique, INSA Lyon (2018)", "master", "Informatique",
     "", false},
    {"Taught graduate students at the engineering school, University of Leeds", "none", "", "",
     false},
};

}  // namespace

TEST_CASE("education: a resume's degrees are read in the forms people write") {
  for (const DegreeCase& c : kDegreeCases) {
    CAPTURE(std::string(c.lines));
    const std::vector<Degree> d = DegreesOf(c.lines);
    if (std::string(c.level) == "none") {
      CHECK(d.empty());
      continue;
    }
    REQUIRE(d.size() >= 1);
    CHECK(std::string(DegreeLevelName(d[0].level)) == c.level);
    CHECK(d[0].field == c.field);
    CHECK(d[0].institution == c.institution);
    CHECK(d[0].in_progress == c.in_progress);
  }
}

TEST_CASE("education: no level is read from a summary or a role") {
  const std::string text =
      "Ana Ruiz\n\nSummary\nMBA and PhD holders on my team; taught at Lincoln High School.\n\n"
      "Experience\nTeacher, Lincoln High School | 2015 - 2020\n";
  CHECK(ReadDegrees(text, SplitSections(text, DocKind::kResume), 2026).empty());
}

TEST_CASE("education: one degree written twice is one; a thesis is no degree") {
  CHECK(DegreesOf("Bachelor of Science (BS)\u2014Media Design").size() == 1);
  CHECK(DegreesOf("Bachelor in Physics\n- bachelor thesis: waves in disks").size() == 1);
  CHECK(DegreesOf("High School Diploma\nBrighton High School, 2010").size() == 1);
}

TEST_CASE("education: two degrees, each with its own line and field") {
  const std::vector<Degree> d =
      DegreesOf("M.S. Computer Science, Georgia Tech, 2018\nB.A. Economics, Rice University, 2014");
  REQUIRE(d.size() == 2);
  CHECK(d[0].level == DegreeLevel::kMaster);
  CHECK(d[1].level == DegreeLevel::kBachelor);
  CHECK(d[1].field == "Economics");
  CHECK(d[1].line == d[0].line + 1);
}

struct AskCase {
  const char* lines;
  const char* levels;  // DegreeLevelName of each level, joined by ','; "" for no ask
  const char* fields;  // joined by '|'
  bool related_ok;
  bool equivalent;
  bool required;
};

const AskCase kAskCases[] = {
    {"- Bachelor's degree in Computer Science, Electrical Engineering or a related field, or "
     "equivalent practical experience.",
     "bachelor", "Computer Science|Electrical Engineering", true, true, true},
    {"- BS or MS in Computer Science", "bachelor,master", "Computer Science", false, false, true},
    {"- BS/MS in CS, EE, or related technical field", "bachelor,master", "CS|EE", true, false, true},
    {"- Master's degree preferred", "master", "", false, false, false},
    // A sentence wrapped over lines, each going on in lowercase, is read as one.
    {"* Hold a relevant B.Sc .\nor M.Sc .\nin Software Engineering .", "bachelor,master",
     "Software Engineering", false, false, true},
    {"- PhD in Physics,\nchemistry or a related field", "doctorate", "Physics|chemistry", true,
     false, true},
    {"- MBA a plus", "master", "Business Administration", false, false, false},
    {"- PhD in Machine Learning or Statistics", "doctorate", "Machine Learning|Statistics", false,
     false, true},
    {"- Degree in Computer Science or related field", "bachelor", "Computer Science", true, false,
     true},
    {"- High school diploma or GED required", "high school", "", false, false, true},
    {"- Bachelor's degree and 5+ years of experience with Python", "bachelor", "", false, false,
     true},
    {"- BA/BS degree or equivalent experience", "bachelor", "", false, true, true},
    {"- BS/MS degree in Computer Science, Engineering, or a related subject.", "bachelor,master",
     "Computer Science|Engineering", true, false, true},
    {"- A high degree of autonomy and ownership", "", "", false, false, true},
    {"- 5 years of experience with Spark and Kafka", "", "", false, false, true},
    // A level that names a programme, its students or teaching asks no degree.
    {"The department teaches undergraduate, masters, executive and PhD programmes.", "", "",
     false, false, true},
    {"- Supervise master's and PhD students", "", "", false, false, true},
    // "master" the verb, and the nouns that are no degree.
    {"- Employ key design principles and master the requisite tools.", "", "", false, false, true},
    {"- Run the master node and its replicas", "", "", false, false, true},
    {"- Bachelor or Master in Economics", "bachelor,master", "Economics", false, false, true},
    {"- A PhD in Economics; you will teach in our MBA programme", "doctorate", "Economics",
     false, false, true},
    // Text from Windows-1252 read as Latin-1 writes the apostrophe as U+0092.
    {"- A Master\u0092s degree in Physics", "master", "Physics", false, false, true},
    // "ideally" speaks for what follows it, also when a later cue adds to the wish.
    {"- Bachelor's degree in Physics with years of analytics, ideally in consulting; pharma "
     "would be an advantage",
     "bachelor", "Physics", false, false, true},
    {"- Ideally a Master's degree in Physics", "master", "Physics", false, false, false},
    // An abbreviated level's "degree" is its own, not a bachelor's besides; a "degree" after
    // other words than spaces is one of its own.
    {"- A PhD degree in physics with a background in condensed matter", "doctorate", "physics",
     false, false, true},
    {"- MSc degree in Statistics", "master", "Statistics", false, false, true},
    {"- BS or MS degree in Computer Science", "bachelor,master", "Computer Science", false, false,
     true},
    {"- A PhD, or a degree in Physics", "bachelor,doctorate",
     "Physics", false, false, true},
};

TEST_CASE("education: a JD's degree ask is read as one requirement") {
  for (const AskCase& c : kAskCases) {
    CAPTURE(std::string(c.lines));
    const std::vector<DegreeAsk> asks = AsksOf(c.lines);
    if (*c.levels == '\0') {
      CHECK(asks.empty());
      continue;
    }
    REQUIRE(asks.size() == 1);
    std::string levels, fields;
    for (DegreeLevel l : asks[0].levels) levels += (levels.empty() ? "" : ",") + std::string(DegreeLevelName(l));
    for (const std::string& f : asks[0].fields) fields += (fields.empty() ? "" : "|") + f;
    CHECK(levels == c.levels);
    CHECK(fields == c.fields);
    CHECK(asks[0].related_ok == c.related_ok);
    CHECK(asks[0].equivalent_experience == c.equivalent);
    CHECK(asks[0].required == c.required);
  }
}

TEST_CASE("education: a level in parentheses is an ask of its own, with its own cue") {
  const std::vector<DegreeAsk> asks = AsksOf("- Bachelor\u2019s degree (MBA preferred).");
  REQUIRE(asks.size() == 2);
  CHECK(asks[0].required);
  CHECK(asks[0].levels == std::vector<DegreeLevel>{DegreeLevel::kBachelor});
  CHECK(asks[0].fields.empty());
  CHECK_FALSE(asks[1].required);
  CHECK(asks[1].levels == std::vector<DegreeLevel>{DegreeLevel::kMaster});
  CHECK(asks[1].fields == std::vector<std::string>{"Business Administration"});
}

TEST_CASE("education: a preferred section makes its degree preferred; a company section asks none") {
  const std::string text =
      "Data Engineer\n\nAbout us\nOur founders hold PhDs in physics.\n\nRequirements\n"
      "- Bachelor's degree in Computer Science\n\nNice to have\n- Master's degree in Statistics\n";
  const std::vector<DegreeAsk> asks = ReadDegreeAsks(text, SplitSections(text, DocKind::kJd));
  REQUIRE(asks.size() == 2);
  CHECK(asks[0].required);
  CHECK(asks[0].MinLevel() == DegreeLevel::kBachelor);
  CHECK_FALSE(asks[1].required);
  CHECK(asks[1].MinLevel() == DegreeLevel::kMaster);
  CHECK(asks[1].line == 10);
}

struct OutcomeCase {
  const char* name;
  const char* jd;      // requirement lines
  const char* resume;  // education lines, "" for none
  double years;        // of dated roles
  const char* outcome;  // EducationOutcomeName of the headline
};

const OutcomeCase kOutcomeCases[] = {
    {"level and field", "- BS in Computer Science", "B.S. Computer Science, 2016", 3, "meets"},
    {"a master's meets a bachelor's ask", "- Bachelor's degree in Computer Science",
     "M.S. in Computer Science", 3, "meets"},
    {"a field of the same family", "- BS in Computer Science", "B.Tech in Information Technology",
     3, "meets_related_field"},
    {"a field named as the JD's synonym", "- BS in CS or EE", "BSc Computer Science", 3, "meets"},
    {"a broad field covers its families", "- Bachelor's degree in a technical field",
     "BSc Physics", 3, "meets"},
    {"Bachelor of Art Economics does not meet CS or EE (regression, issue 15)",
     "- BS in Computer Science or Electrical Engineering", "Bachelor of Arts in Economics", 3,
     "other_field"},
    {"below the level", "- Master's degree in Statistics", "BS in Statistics", 3, "below"},
    // "PhD degree in physics" asks a doctorate only: the astronomer's doctorate is at the level,
    // in a field of the physicist's families, and the economist's in another.
    {"a sibling science at the level", "- A PhD degree in physics",
     "Doctor of Science: Astronomy, University of Copenhagen", 3, "meets_related_field"},
    {"another field at the level", "- A PhD degree in physics", "Ph.D. in Economics", 3,
     "other_field"},
    {"no degree stated", "- Bachelor's degree in Computer Science", "", 3, "unknown"},
    {"a level with no field", "- Bachelor's degree in Computer Science", "Bachelor's degree, 2012",
     3, "unknown"},
    {"equivalent experience", "- BS in Computer Science or equivalent experience", "", 7,
     "equivalent_experience"},
    {"too few years for equivalent experience", "- BS in Computer Science or equivalent experience",
     "", 2, "unknown"},
    {"no ask", "- 5 years of Python", "B.S. Computer Science", 3, "not_asked"},
};

TEST_CASE("education: each outcome of the row") {
  for (const OutcomeCase& c : kOutcomeCases) {
    CAPTURE(std::string(c.name));
    const EducationRow row =
        JudgeEducation(AsksOf(c.jd), *c.resume ? DegreesOf(c.resume) : std::vector<Degree>{},
                       c.years, true, &Fields());
    CHECK(std::string(EducationOutcomeName(row.outcome)) == c.outcome);
    CHECK_FALSE(row.reason.empty());
  }
}

TEST_CASE("education: with no ask, the row names the resume's highest finished degree") {
  const EducationRow row = JudgeEducation(
      AsksOf("- 5 years of Python"),
      DegreesOf("Bootcamp, Certificate of Completion (2019)\nB.S. Mechanical Engineering, 2018\n"
                "M.S. in Physics, expected 2027"),
      3, true, &Fields());
  CHECK(row.outcome == EducationOutcome::kNotAsked);
  CHECK(row.reason == "the JD asks for no degree; the resume states B.S. in Mechanical Engineering");
}

TEST_CASE("education: a certificate's level reads without the word that joins it to a field") {
  const std::vector<Degree> d = DegreesOf("Certificate of Completion, General Assembly (2019)");
  REQUIRE(d.size() == 1);
  CHECK(d[0].level_text == "Certificate");
}

TEST_CASE("education: one MBA does not meet two degree asks (regression, issue 15)") {
  const EducationRow row = JudgeEducation(AsksOf("- Bachelor's degree required\n- Master's degree required"),
                                          DegreesOf("MBA, Wharton School, 2019"), 3, true, &Fields());
  REQUIRE(row.verdicts.size() == 2);
  CHECK(row.verdicts[0].outcome == EducationOutcome::kMeets);
  CHECK(row.verdicts[1].outcome == EducationOutcome::kUnknown);
  CHECK(row.verdicts[1].degree == -1);
}

TEST_CASE("education: a degree that meets one ask is still below another") {
  const EducationRow row = JudgeEducation(AsksOf("- Bachelor\u2019s degree (MBA preferred)."),
                                          DegreesOf("Bachelor of Science in Computer Science"), 3,
                                          true, &Fields());
  REQUIRE(row.verdicts.size() == 2);
  CHECK(row.verdicts[0].outcome == EducationOutcome::kMeets);
  CHECK(row.verdicts[1].outcome == EducationOutcome::kBelow);
}

TEST_CASE("education: a state between commas is no degree") {
  const std::vector<Degree> d =
      DegreesOf("Master of Science in Computer Science, MIT,\nCambridge, MA, USA");
  REQUIRE(d.size() == 1);
  CHECK(d[0].level == DegreeLevel::kMaster);
  CHECK(d[0].institution == "MIT");
}

TEST_CASE("education: a bachelor's and a master's meet a bachelor's and a master's ask") {
  const EducationRow row =
      JudgeEducation(AsksOf("- BS in Computer Science\n- MS in Computer Science preferred"),
                     DegreesOf("M.S. Computer Science, 2018\nB.S. Computer Science, 2016"), 3, true,
                     &Fields());
  REQUIRE(row.verdicts.size() == 2);
  CHECK(row.verdicts[0].outcome == EducationOutcome::kMeets);
  CHECK(row.verdicts[0].degree == 1);  // the bachelor's, keeping the master's for the master's ask
  CHECK(row.verdicts[1].outcome == EducationOutcome::kMeets);
  CHECK(row.verdicts[1].degree == 0);
}

TEST_CASE("education: without a field table, fields are compared as written") {
  const EducationRow same = JudgeEducation(AsksOf("- BS in Computer Science"),
                                           DegreesOf("BS in computer science"), 3, true, nullptr);
  CHECK(same.outcome == EducationOutcome::kMeets);
  const EducationRow other = JudgeEducation(AsksOf("- BS in Computer Science"),
                                            DegreesOf("BS in Software Engineering"), 3, true, nullptr);
  CHECK(other.outcome == EducationOutcome::kOtherField);
}

TEST_CASE("education: the field table's families, from kb/degree_fields.yaml") {
  const DegreeFieldTable& t = Fields();
  const std::vector<int> cs = t.FindAll("Computer Science");
  const std::vector<int> se = t.FindAll("software engineering");
  const std::vector<int> econ = t.FindAll("Economics");
  REQUIRE(cs.size() == 1);
  REQUIRE(se.size() == 1);
  REQUIRE(econ.size() == 1);
  CHECK(t.Related(cs[0], se[0]));
  CHECK_FALSE(t.Related(cs[0], econ[0]));
  CHECK(t.FindAll("Math and Physics").size() == 2);
  CHECK(t.FindAll("Underwater Basket Weaving").empty());
}

TEST_CASE("education: a degree field file with problems is an issue naming the file and line") {
  const std::string dir = skillfit::testing::TempDir();
  const std::string file = dir + "/degree_fields.yaml";
  {
    FILE* f = std::fopen(file.c_str(), "w");
    REQUIRE(f != nullptr);
    std::fputs("fields:\n  - id: cs\n    name: Computer Science\n  - id: cs\n    name: CS again\n", f);
    std::fclose(f);
  }
  DegreeFieldTable t;
  const std::vector<KbIssue> issues = LoadDegreeFields(file, &t);
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].ToString().find("degree_fields.yaml:4:") != std::string::npos);
  CHECK(issues[0].message.find("'cs' is defined twice") != std::string::npos);
  CHECK(LoadDegreeFields(dir + "/none.yaml", &t).empty());
  CHECK(t.fields().empty());
}

TEST_CASE("education: the engine has the field families with the kb cache off, cold and warm") {
  const std::string cache = skillfit::testing::TempDir();
  for (const std::string& cache_dir : {std::string(), cache, cache}) {
    CAPTURE(cache_dir);
    EngineOptions options;
    options.kb_root = skillfit::testing::SourceDir() + "/kb";
    options.cache_dir = cache_dir;
    options.load_question_bank = false;
    auto engine = Engine::Open(options);
    REQUIRE(engine.ok());
    MatchRun run;
    const Status s = (*engine)->Match(
        DocumentInput::Bytes("cv.txt", "Ana Ruiz\n\nExperience\nEngineer, Acme | 2019 - 2025\n"
                                       "- Built Python services on AWS.\n\nEducation\n"
                                       "B.Tech in Information Technology, 2015\n"),
        DocumentInput::Bytes("jd.txt", "Engineer\n\nRequirements\n- Python and AWS\n"
                                       "- BS in Computer Science\n"),
        {}, &run);
    REQUIRE(s.ok());
    // Information technology is in computer science's family only through the kb table.
    CHECK(run.match.education.outcome == EducationOutcome::kMeetsRelatedField);
    for (const SkillVerdict& v : run.match.skills) {
      CHECK(Kb().skills()[v.skill].category != "degrees");
    }
  }
}

TEST_CASE("education: with no education section, a degree beside a school line still counts") {
  const std::string text =
      "Ian Doe\n\neducation work\n\nUniversity of Texas at Austin\nB.S, Pure Mathematics\n"
      "3.7 GPA, Graduating May 2018\n\nSummary\nLed a team of MBA holders.\n";
  const std::vector<Degree> d = ReadDegrees(text, SplitSections(text, DocKind::kResume), 2026);
  REQUIRE(d.size() == 1);
  CHECK(d[0].level == DegreeLevel::kBachelor);
  CHECK(d[0].field == "Pure Mathematics");
  CHECK(d[0].institution == "University of Texas at Austin");
}

TEST_CASE("education: a school's name stops before its dates") {
  const std::vector<Degree> d = DegreesOf(
      "Bachelor of Technology in Information and Communication Technology,\n"
      "Pandit Energy University Expected 2027\nB.Sc. in Physics, University of Regina (2005)");
  REQUIRE(d.size() == 2);
  CHECK(d[0].institution == "Pandit Energy University");
  CHECK(d[0].in_progress);
  CHECK(d[1].institution == "University of Regina");
}

TEST_CASE("education: every match report format carries the row and its lines") {
  EngineOptions options;
  options.kb_root = skillfit::testing::SourceDir() + "/kb";
  options.load_question_bank = false;
  auto engine = Engine::Open(options);
  REQUIRE(engine.ok());
  MatchRun run;
  REQUIRE((*engine)
              ->Match(DocumentInput::Bytes("cv.txt", "Ana Ruiz\n\nExperience\nEngineer, Acme | 2019 - 2025\n"
                                                     "- Built Python services.\n\nEducation\n"
                                                     "Bachelor of Arts in Economics, Rice University\n"),
                      DocumentInput::Bytes("jd.txt", "Engineer\n\nRequirements\n- Python\n"
                                                     "- BS in Computer Science or Electrical Engineering\n"),
                      {}, &run)
              .ok());
  const std::string json = (*engine)->MatchReport(run, ReportFormat::kJson);
  CHECK(json.find("\"education\"") != std::string::npos);
  CHECK(json.find("\"outcome\": \"other_field\"") != std::string::npos);
  CHECK(json.find("\"text\": \"Bachelor of Arts in Economics, Rice University\"") != std::string::npos);
  CHECK(json.find("\"text\": \"- BS in Computer Science or Electrical Engineering\"") != std::string::npos);
  CHECK(json.find("bachelors-computer-science") == std::string::npos);
  const std::string text = (*engine)->MatchReport(run, ReportFormat::kText);
  CHECK(text.find("Education: other field") != std::string::npos);
  CHECK(text.find("resume line 8: Bachelor of Arts in Economics") != std::string::npos);
  CHECK((*engine)->MatchReport(run, ReportFormat::kMarkdown).find("## Education") != std::string::npos);
  CHECK((*engine)->MatchReport(run, ReportFormat::kHtml).find("<h2>Education</h2>") != std::string::npos);
}

TEST_CASE("education: each degree ask counts in the score as one requirement, by its outcome") {
  EngineOptions options;
  options.kb_root = skillfit::testing::SourceDir() + "/kb";
  options.load_question_bank = false;
  options.score_version = 1;  // v1's rule; score_v2_test.cc has v2's education part
  auto engine = Engine::Open(options);
  REQUIRE(engine.ok());
  const std::string jd = "Engineer\n\nRequirements\n- Python\n- BS in Computer Science\n";
  // The score of a resume that uses Python in a role and states `degree`.
  auto score_with = [&](const std::string& degree) {
    MatchRun run;
    const Status s = (*engine)->Match(
        DocumentInput::Bytes("cv.txt", "Ana Ruiz\n\nExperience\nEngineer, Acme | 2019 - 2025\n"
                                       "- Built Python services.\n\nEducation\n" + degree + "\n"),
        DocumentInput::Bytes("jd.txt", jd), {}, &run);
    REQUIRE(s.ok());
    REQUIRE(run.match.required_count == 2);  // Python and the degree
    return run.match.score;
  };
  // Python strong (weight 3, credit 1) beside the degree ask (weight 3).
  CHECK(score_with("BS in Computer Science, Rice University") == doctest::Approx(100.0));
  CHECK(score_with("Bachelor of Arts in Economics, Rice University") == doctest::Approx(62.5));
  CHECK(score_with("High School Diploma, Lincoln High School") == doctest::Approx(50.0));
}

TEST_CASE("education: a line that opens with a capital or a list mark is an ask of its own") {
  const char* const cases[] = {
      "- Bachelor's degree in Physics\n- Master's degree in Chemistry",
      "Bachelor's degree in Physics\nMaster's degree in Chemistry",
  };
  for (const char* lines : cases) {
    const std::string text = lines;
    CAPTURE(text);
    const std::vector<DegreeAsk> asks = AsksOf(text);
    REQUIRE(asks.size() == 2);
    CHECK(asks[0].fields == std::vector<std::string>{"Physics"});
    CHECK(asks[1].fields == std::vector<std::string>{"Chemistry"});
  }
}
