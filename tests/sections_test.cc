// Headings in every form, classified for JDs and resumes.
#include <doctest/doctest.h>

#include "skillfit/sections.h"

using namespace skillfit;

namespace {

// The kinds of `sections`, in order, by name.
std::vector<std::string> KindsOf(const std::vector<Section>& sections) {
  std::vector<std::string> kinds;
  for (const Section& x : sections) kinds.push_back(SectionKindName(x.kind));
  return kinds;
}

// The kind, by name, of the last section of `sections` whose heading starts at or before `at`.
std::string KindHolding(const std::vector<Section>& sections, size_t at) {
  std::string kind;
  for (const Section& sec : sections) {
    if (sec.heading_begin <= at) kind = SectionKindName(sec.kind);
  }
  return kind;
}

}  // namespace

TEST_CASE("headings: JD phrases classify to levels") {
  struct Case {
    const char* heading;
    SectionKind kind;
  } cases[] = {
      {"What you'll do", SectionKind::kResponsibilities},
      {"What You’ll Do", SectionKind::kResponsibilities},
      {"Responsibilities", SectionKind::kResponsibilities},
      {"You have", SectionKind::kRequired},
      {"Minimum qualifications", SectionKind::kRequired},
      {"Basic Qualifications", SectionKind::kRequired},
      {"Requirements", SectionKind::kRequired},
      {"What we're looking for", SectionKind::kRequired},
      {"Preferred qualifications", SectionKind::kPreferred},
      {"Nice to have", SectionKind::kPreferred},
      {"Nice-to-haves", SectionKind::kPreferred},
      {"Bonus points", SectionKind::kPreferred},
      {"Strong candidates will have", SectionKind::kPreferred},
      {"About us", SectionKind::kAbout},
      {"Who we are", SectionKind::kAbout},
      {"Teams hiring for this role", SectionKind::kAbout},
      {"Other open positions", SectionKind::kAbout},
      {"Benefits", SectionKind::kBenefits},
      {"Perks & benefits", SectionKind::kBenefits},
      {"Equal opportunity", SectionKind::kLegal},
      {"Equal Employment Opportunity", SectionKind::kLegal},
      {"How to apply", SectionKind::kLegal},
      // The candidate's profile asks; the company's describes; a bare "Profile" says neither.
      {"Your profile", SectionKind::kRequired},
      {"Candidate Profile", SectionKind::kRequired},
      {"Company profile", SectionKind::kAbout},
      {"Profile", SectionKind::kOther},
      {"What we do", SectionKind::kAbout},
      // "about" after a word of feeling names what the candidate cares about.
      {"Excited about domain-driven design", SectionKind::kOther},
      {"Passionate about testing", SectionKind::kOther},
      {"More about us", SectionKind::kAbout},
      {"All about <ORGANIZATION>", SectionKind::kAbout},
      {"Information about the company", SectionKind::kAbout},
      // A placeholder for a name taken out of the text names no section: "<LOCATION>" is a
      // place, not a "Location" heading.
      {"Finance <LOCATION> - <ORGANIZATION>", SectionKind::kOther},
      {"Sales <LOCATION>", SectionKind::kOther},
      {"Job location", SectionKind::kLegal},
      {"Location: <LOCATION>", SectionKind::kLegal},
      {"Benefits at <ORGANIZATION>", SectionKind::kBenefits},
  };
  for (const Case& c : cases) {
    CAPTURE(c.heading);
    CHECK(ClassifyHeading(c.heading, DocKind::kJd) == c.kind);
  }
}

TEST_CASE("headings: resume phrases") {
  struct Case {
    const char* heading;
    SectionKind kind;
  } cases[] = {
      {"Summary", SectionKind::kSummary},
      {"PROFESSIONAL SUMMARY", SectionKind::kSummary},
      {"Technical Skills", SectionKind::kSkills},
      {"Work Experience", SectionKind::kExperience},
      {"EMPLOYMENT HISTORY", SectionKind::kExperience},
      {"Work", SectionKind::kExperience},
      {"Selected Open Source Work", SectionKind::kProjects},
      {"Projects", SectionKind::kProjects},
      {"Education", SectionKind::kEducation},
      {"Certifications", SectionKind::kCertifications},
      {"Licenses & Certifications", SectionKind::kCertifications},
      {"Awards", SectionKind::kOther},
  };
  for (const Case& c : cases) {
    CAPTURE(c.heading);
    CHECK(ClassifyHeading(c.heading, DocKind::kResume) == c.kind);
  }
}

TEST_CASE("sections: every heading style splits the text") {
  const std::string jd =
      "Senior SRE\nWe run payments.\n\n## What you'll do\n- Run Kubernetes\n\n**Requirements**\n"
      "- 5+ years of Go\nNICE TO HAVE\n- Rust\nBenefits:\n- Free lunch\n"
      "Qualifications: a degree in CS\n";
  const auto s = SplitSections(jd, DocKind::kJd);
  REQUIRE(s.size() == 6);
  CHECK(s[0].kind == SectionKind::kPreamble);
  CHECK(s[1].kind == SectionKind::kResponsibilities);
  CHECK(s[1].heading == "What you'll do");
  CHECK(s[2].kind == SectionKind::kRequired);
  CHECK(s[3].kind == SectionKind::kPreferred);
  CHECK(s[4].kind == SectionKind::kBenefits);
  CHECK(s[5].kind == SectionKind::kRequired);
  CHECK(jd.substr(s[5].begin, s[5].end - s[5].begin) == " a degree in CS\n");
  CHECK(SectionAt(s, jd.find("Rust")) == 3);
}

TEST_CASE("sections: an ATX heading without a space after its marks, but not a hashtag") {
  const std::string jd = "##Role: Data Architect\n\n###Role Summary\nWe run data.\n"
                         "#hiring #DataEngineering\n";
  const auto s = SplitSections(jd, DocKind::kJd);
  REQUIRE(s.size() == 2);
  CHECK(s[1].kind == SectionKind::kResponsibilities);
  CHECK(s[1].heading == "Role Summary");
  CHECK(SectionAt(s, jd.find("#hiring")) == 1);
}

TEST_CASE("sections: a resume's sub-headings inside skills do not end the section") {
  const std::string cv = "Ana Doe\nSKILLS\nLANGUAGES\nGo, Python\nEXPERIENCE\nSRE | 2020 - now\n";
  const auto s = SplitSections(cv, DocKind::kResume);
  REQUIRE(s.size() == 3);
  CHECK(s[1].kind == SectionKind::kSkills);
  CHECK(s[2].kind == SectionKind::kExperience);
}

TEST_CASE("sections: entry lines in capitals inside experience and education stay in them") {
  const std::string cv =
      "ANA RUIZ\n\nEXPERIENCE\nFACEBOOK | SOFTWARE ENGINEER\n06/15 - Now\n- Built services.\n"
      "GOOGLE \u2014 SITE RELIABILITY ENGINEER\n- Ran clusters.\nSTRIPE, PAYMENTS ENGINEER 2012\n"
      "\nEDUCATION\nMIT | BS COMPUTER SCIENCE\n\nAWARDS\nBest paper\n";
  const auto s = SplitSections(cv, DocKind::kResume);
  const std::vector<std::string> kinds = KindsOf(s);
  CHECK(kinds == std::vector<std::string>{"other", "experience", "education", "other"});
  CHECK(s.back().heading == "AWARDS");
}

TEST_CASE("sections: a heading in title case that only names a section stands under dated lines") {
  // "Teaching" and "Honors & Awards" below dated entries open their sections, so an award's
  // year makes no role; a post's name there ("Research Intern") stays an entry.
  const std::string cv =
      "Ana Ruiz\n\nProjects\nWeather app, 2019 - 2020\n- Built a forecast page.\n"
      "Research Intern\nGlobex, 2016 - 2017\n\n"
      "Teaching\nTeaching Assistant: Algorithms, State University, 2018\n\n"
      "Honors & Awards\nFirst Prize Scholarship, State University, 2017\n";
  const auto s = SplitSections(cv, DocKind::kResume);
  CHECK(KindsOf(s) == std::vector<std::string>{"preamble", "projects", "experience", "other"});
  REQUIRE(s.size() == 4);
  CHECK(s[2].heading == "Teaching");
  CHECK(s[3].heading == "Honors & Awards");
}

TEST_CASE("sections: a line under one cut mid-phrase goes on with it; section words joined by commas head") {
  // A bullet wrapped after "for", a list wrapped after "|": their last words name kinds
  // ("academic" education, "Project" projects) but are no headings.
  const std::string cv =
      "Ana Ruiz\n\nSkills\nExpertise: Mobile Development | Web Development |\nProject Management\n"
      "\nExperience\nApplication Developer | UC Davis | October 2023 - Present\n"
      "\xE2\x80\xA2 Maintained a platform for\nacademic personnel\n"
      "\xE2\x80\xA2 Moved JSP pages to Vue.js\n\n"
      // Under dated entries of experience, a heading of section words with commas between.
      "Teaching Experience\nTeaching Fellow, Harvard Economics, 2024-25\n"
      "Honors, Awards, & Fellowships\nJunior Fellowship Award (2024-25)\n";
  const auto s = SplitSections(cv, DocKind::kResume);
  // ("Expertise:" is an inline heading of its own; "Teaching Experience" goes on with the
  // experience above it.)
  CHECK(KindsOf(s) ==
        std::vector<std::string>{"preamble", "skills", "skills", "experience", "other"});
  REQUIRE(s.size() == 5);
  CHECK(s[4].heading == "Honors, Awards, & Fellowships");
  // A heading in capitals under a line cut mid-phrase is a heading still.
  const auto t = SplitSections(
      "Ana\n\nExperience\nEngineer | Acme | 2020 - 2022\n\xE2\x80\xA2 Built the billing tools for\n"
      "EDUCATION\nMIT, BS Physics, 2019\n",
      DocKind::kResume);
  REQUIRE(t.size() == 3);
  CHECK(t[2].heading == "EDUCATION");
}

TEST_CASE("sections: lowercase headings, and a list wrapped after a comma stays a list") {
  const std::string cv =
      "Ana Ruiz\n\neducation\nUniversity of Texas\nB.S, Mathematics\n3.7 GPA, Graduating May 2018\n"
      "\nskills\nLanguages: Scala, Go,\nRuby, SQL,\nHTML/CSS\n\nwork\nAcme\n"
      "Software Engineer 2019 - 2021\n\nsee below for more\nPROJECTS\nA thing\n";
  const auto s = SplitSections(cv, DocKind::kResume);
  const std::vector<std::string> kinds = KindsOf(s);
  CHECK(kinds == std::vector<std::string>{"preamble", "education", "skills", "experience", "projects"});
  // Neither a lowercase sentence nor a lowercase word that names no kind is a heading.
  CHECK(SplitSections("Ana\nsee below for more\nmisc\nGo\n", DocKind::kResume).size() == 1);
  // After a line that does not end in a comma, a line in capitals is a heading still.
  const auto t = SplitSections("Ana\nGo, SQL\nAWARDS\nBest paper\n", DocKind::kResume);
  REQUIRE(t.size() == 2);
  CHECK(t[1].heading == "AWARDS");
}

TEST_CASE("sections: a JD clause left open for the items below opens a preferred list") {
  const std::string jd =
      "Engineering Manager\nYour skills\nHave 3+ years of people management\n"
      "Now it would be fantastic if you could also\nSpeak English\nHave web development "
      "experience\nThe interview process\nA call, then a home test\n";
  const auto s = SplitSections(jd, DocKind::kJd);
  const std::vector<std::string> kinds = KindsOf(s);
  REQUIRE(kinds.size() >= 3);
  CHECK(kinds[1] == "required");
  CHECK(kinds[2] == "preferred");
  CHECK(s[2].heading == "Now it would be fantastic if you could also");
  // A sentence that asks outright is no lead-in.
  const auto t = SplitSections(
      "Title\nRequirements\nIt would be great if you know Go.\nDocker in production\n", DocKind::kJd);
  CHECK(t.back().kind == SectionKind::kRequired);
}

TEST_CASE("sections: a lead-in that adds to what was asked, or to the odds, opens a preferred list") {
  struct Case {
    const char* lead_in;
    const char* kind;  // of the section the list below it is in
  };
  const Case cases[] = {
      {"Earn extra respect by also knowing these:", "preferred"},
      {"Additionally, it helps to know:", "preferred"},
      {"In addition, any of these gets you noticed:", "preferred"},
      {"Also good to know:", "preferred"},
      // A demand or duties added: not a wish.
      {"You should also have:", "required"},
      {"You must also know:", "required"},
      {"You will also:", "responsibilities"},
      {"Also responsible for:", "required"},
      // No "also": a plain lead-in line stays in its section.
      {"Site reliability engineers on our team are:", "required"},
      // What adds to a candidate's odds is a wish; "chance" as an opportunity is none.
      {"Any of these will increase your chances:", "preferred"},
      {"Each of the following improves your chances:", "preferred"},
      {"Things that boost your chances:", "preferred"},
      {"This is your chance to build:", "required"},
  };
  for (const Case& c : cases) {
    const std::string jd = std::string("Backend Developer\nRequirements\n- Node.js\n") +
                           c.lead_in + "\n- Docker\n- React\n";
    CAPTURE(jd);
    CHECK(KindHolding(SplitSections(jd, DocKind::kJd), jd.find("Docker")) == c.kind);
  }
}

TEST_CASE("sections: a demand cut short before its items goes on in the list above") {
  struct Case {
    const char* lead_in;
    const char* kind;  // of the section the items below it are in
  };
  const Case cases[] = {
      // A qualified noun of demand that stops on its link: the list's own lead-in.
      {"Working experience with", "preferred"},
      {"Solid knowledge of", "preferred"},
      {"Hands-on experience in", "preferred"},
      {"Experience with", "preferred"},
      // Words after the link, or no link: still a heading when short and capitalised.
      {"Required Skills", "required"},
      {"Core Skills In Brief", "required"},
  };
  for (const Case& c : cases) {
    const std::string jd = std::string("Mobile Developer\nNice to have\n- Kotlin\n") + c.lead_in +
                           "\n- Room\n- Hilt\n";
    CAPTURE(jd);
    CHECK(KindHolding(SplitSections(jd, DocKind::kJd), jd.find("Room")) == c.kind);
  }
}

TEST_CASE("sections: a JD line that opens as the line above it is an item of its list") {
  struct Case {
    const char* above;
    const char* line;
    const char* kind;  // of the section "Docker" (below the line) is in
  };
  const Case cases[] = {
      // Items open alike: the line goes on with the preferred list.
      {"Experience with Kafka in production", "Experience Federal and NGO clients", "preferred"},
      {"Knowledge of Kafka internals", "Knowledge Management Skills", "preferred"},
      // Another first word, a colon, a line in capitals or a blank line: still a heading.
      {"Experience with Kafka in production", "Required Skills", "required"},
      {"Experience with Kafka in production", "Experience Required:", "required"},
      {"Experience with Kafka in production", "EXPERIENCE AND SKILLS", "required"},
      {"", "Experience and Skills", "required"},
  };
  for (const Case& c : cases) {
    const std::string jd = std::string("Platform Engineer\nDesired Experience\n") + c.above + "\n" +
                           c.line + "\nDocker in production\n";
    CAPTURE(jd);
    CHECK(KindHolding(SplitSections(jd, DocKind::kJd), jd.find("Docker")) == c.kind);
  }
}

TEST_CASE("sections: a lead-in line ending in a colon is not a heading") {
  const std::string jd = "Requirements\nSite reliability engineers on our team are:\n- fluent in Go\n";
  const auto s = SplitSections(jd, DocKind::kJd);
  REQUIRE(s.size() == 1);
  CHECK(s[0].kind == SectionKind::kRequired);
}

TEST_CASE("sections: a heading set beside its first line in a two-column PDF opens the section") {
  const std::string cv =
      "John Doe\nSummary Innovative developer with 5 years\nExperience Acme Inc. January 2019 to Present\n"
      "Built things\nExperience with Go is listed here too\n";
  const auto s = SplitSections(cv, DocKind::kResume);
  REQUIRE(s.size() == 3);
  CHECK(s[1].kind == SectionKind::kSummary);
  CHECK(cv.substr(s[1].begin, 10) == "Innovative");
  CHECK(s[2].kind == SectionKind::kExperience);
  CHECK(cv.substr(s[2].begin, 4) == "Acme");
}

TEST_CASE("headings: a verb of demand names a required list, before 'the role'") {
  CHECK(ClassifyHeading("The role requires", DocKind::kJd) == SectionKind::kRequired);
  CHECK(ClassifyHeading("What this position will require", DocKind::kJd) == SectionKind::kRequired);
  CHECK(ClassifyHeading("The role", DocKind::kJd) == SectionKind::kResponsibilities);
}

TEST_CASE("headings: a short label before a colon classifies a sentence heading") {
  CHECK(ClassifyHeading("Key objective #3: Practice customer service, a tailored experience",
                        DocKind::kJd) == SectionKind::kResponsibilities);
  CHECK(ClassifyHeading("You should apply if…", DocKind::kJd) == SectionKind::kPreferred);
}

TEST_CASE("sections: JD list lines, lead-ins and headings glued to a line") {
  const std::string jd =
      "Who we are looking for\nExperience with Java\nYou will get extra points for the following\n"
      "Experience in DevOps\nExperience with compliance ( HIPAA FISMA ) Desired Experience\n"
      "Experience with DHIS2\n";
  const auto s = SplitSections(jd, DocKind::kJd);
  REQUIRE(s.size() == 3);
  CHECK(s[0].kind == SectionKind::kRequired);  // five words; "Experience with Java" is no heading
  CHECK(s[1].kind == SectionKind::kPreferred);
  CHECK(s[1].heading == "You will get extra points for the following");
  CHECK(s[2].kind == SectionKind::kPreferred);
  CHECK(s[2].heading == "Desired Experience");
  CHECK(SectionAt(s, jd.find("HIPAA")) == 1);
  CHECK(SectionAt(s, jd.find("DHIS2")) == 2);
}

TEST_CASE("sections: a cue closing a list line is no heading glued to it") {
  // "Core-Java/Spring/Spring-Boot are desirable" is three words, the first capitalised after a
  // lowercase one, and names a preferred kind: the shape of a glued heading, but a clause.
  const char* const kLines[] = {
      "- Experience with Core-Java/Spring/Spring-Boot are desirable",
      "- Knowledge of Apache-Kafka is desirable", "- Familiarity with Rust is helpful",
      "- Hands-on work with Kubernetes is preferred",
      // The tail after an article or a preposition is the sentence's object.
      "- You will thrive working in a Dev/Sec Ops culture", "- Experience building our Company Culture"};
  for (const char* line : kLines) {
    const std::string jd = std::string("Requirements:\n- Python\n") + line + "\n- Git\n";
    const auto s = SplitSections(jd, DocKind::kJd);
    CAPTURE(std::string(line));
    CHECK(s.size() == 1);
  }
}

TEST_CASE("sections: a JD line that opens with its list's heading, flattened into it") {
  struct Case {
    const char* line;
    const char* kind;  // of the section the line's body is in
    const char* body;  // where that body starts ("" when the line opens no section)
  };
  const Case cases[] = {
      {"Preferred skills and background Solid grasp of Kafka and event sourcing .", "preferred",
       "Solid grasp"},
      {"Qualifications You hold a degree in physics and know Fortran .", "required", "You hold"},
      {"Your responsibilities Keep the billing service healthy and on call .", "responsibilities",
       "Keep the"},
      {"Nice to have Terraform and some Ansible in production .", "preferred", "Terraform"},
      // "About" and lowercase words that name the company, before a sentence.
      {"About us Working with us you run Kafka for a betting company .", "about", "Working"},
      {"About the department You will join the HR Business Partners .", "about", "You will"},
      {"Responsibilities and Duties Run the billing service on call .", "responsibilities",
       "Run the"},
      // A bullet after the heading ends it, whatever the case of the next word; U+0095 is the
      // bullet of Windows-1252 text read as Latin-1.
      {"Preferred background \u2022 some Kafka and event sourcing .", "preferred", "some Kafka"},
      {"Preferred background and experience\u0095Some Kafka in production .", "preferred",
       "Some Kafka"},
      // A demand, a sentence with no heading words and a capitalised word after more than
      // five words stay in the preamble above.
      {"Experience with Kafka and event sourcing is needed .", "preamble", ""},
      {"Strong Kafka skills are needed here .", "preamble", ""},
      {"We would rather see a bit of background in Kafka .", "preamble", ""},
      // A sentence's opening before a capitalised name is no heading.
      {"We are looking for a Kafka Engineer to join us .", "preamble", ""},
      {"Then the role as Platform Engineer might suit you .", "preamble", ""},
      {"Deep experience with Kafka is needed .", "preamble", ""},
      {"Solid knowledge of Kafka and Flink .", "preamble", ""},
      // A short lead before whom the employer hires heads the role: its own kind, or none.
      {"Your role in the team We are hiring a Kafka engineer .", "responsibilities", "We are hiring"},
      {"Data Ops team We are looking for a Kafka engineer .", "other", "We are looking"},
      {"Requirements We are looking for 5 years of Kafka .", "required", "We are looking"},
      {"We are hiring a Kafka engineer for the team .", "preamble", ""},
      {"Our team of six engineers in Oslo We are hiring .", "preamble", ""},
      // "About us" heads the company's section (GluedLeadHeading), not the role's.
      {"About us We are hiring a Kafka engineer .", "about", "We are hiring"},
      // "About" that is no heading: a quantity, or a sentence ("you" speaks to the reader).
      {"About half of our Kafka Team works remotely .", "preamble", ""},
      {"About 5 years of Kafka is needed .", "preamble", ""},
      {"About you You know Kafka and Flink well .", "preamble", ""},
      // A lead in title case ends at a bullet or a sentence to the reader; one that names no
      // list stays text.
      {"Nice to Have \u2022 Kafka and event sourcing in production .", "preferred", "Kafka and"},
      {"Your Tasks You keep the billing service healthy .", "responsibilities", "You keep"},
      {"Senior Python Developer You will join the payments team .", "preamble", ""},
      {"Nice to Have Kafka and event sourcing in production .", "preamble", ""},
      // A lead that speaks to the reader or for the employer, at the line's start or inside it.
      {"Who we are looking for To be considered you know Kafka .", "required", "To be"},
      {"Run the billing service What you'll bring 4+ years of Kafka .", "required", "4+ years"},
      {"What you\u2019ll do Run the billing service on call .", "responsibilities", "Run the"},
      {"Keep the billing service healthy Your Profile You know Kafka well .", "required",
       "You know"},
      {"Run the billing service and what you bring is Kafka .", "preamble", ""},
      // A lead naming the employer's terms, with "of" and "and" in it (TermsLeadHeading).
      {"Terms of salary and employment Employment follows the collective agreement .", "benefits",
       "Employment follows"},
      {"Salary and terms of employment The salary follows the agreement .", "legal", "The salary"},
      {"To apply please open the link Apply online with a CV .", "legal", "Apply online"},
      // ... but not one that speaks ("we offer"), nor a lead of another kind.
      {"The position we offer The team runs Kafka for payments .", "preamble", ""},
      {"Head of data platform The team runs Kafka for payments .", "preamble", ""},
  };
  for (const Case& c : cases) {
    const std::string jd =
        std::string("Backend Developer\n\nYou join a team of six that runs payments.\n") + c.line +
        "\n";
    CAPTURE(jd);
    const auto s = SplitSections(jd, DocKind::kJd);
    const size_t at = jd.find(c.line) + std::string(c.line).size() - 2;
    std::string kind;
    size_t begin = 0;
    for (const Section& sec : s) {
      if (sec.begin <= at) {
        kind = SectionKindName(sec.kind);
        begin = sec.begin;
      }
    }
    if (*c.body == '\0') {
      CHECK(kind == "preamble");
      continue;
    }
    CHECK(kind == c.kind);
    CHECK(jd.substr(begin, std::string(c.body).size()) == c.body);
  }
}

TEST_CASE("sections: a lead-in that names the duties and ends in a colon opens their list") {
  struct Case {
    const char* lead_in;
    const char* kind;  // of the section the list below it is in
  };
  const Case cases[] = {
      {"Your responsibilities will include but are not limited to:", "responsibilities"},
      {"Day to day, your main tasks will be:", "responsibilities"},
      // Names no duties: the list stays in the section above.
      {"To enjoy the job you should feel at home with:", "other"},
  };
  for (const Case& c : cases) {
    const std::string jd = std::string("Backend Developer\nJob description\nWe run payments.\n") +
                           c.lead_in + "\n- Debugging services in production\n";
    CAPTURE(jd);
    CHECK(KindHolding(SplitSections(jd, DocKind::kJd), jd.find("Debugging")) == c.kind);
  }
}

TEST_CASE("sections: a skills-list item that names a kind inside a field's name is no heading") {
  // Each case: a resume's lines after "UX SKILLS" / "Design Thinking", and the kinds of its
  // sections. An item right under another ("User Experience Research", "Project Management")
  // stays in the list; a heading that ends on its kind's word opens its section, as does one
  // after a blank line, in capitals or marked.
  struct Case {
    const char* lines;
    std::vector<std::string> kinds;
  } cases[] = {
      {"User Experience Research\nDesign Personas\n", {"other", "skills"}},
      {"Project Management\nBudgeting\n", {"other", "skills"}},
      {"Customer Experience Strategy\nBudgeting\n", {"other", "skills"}},
      {"Work Experience\nDesigner | Acme | 2019 - 2021\n", {"other", "skills", "experience"}},
      {"Professional Experience\nDesigner | Acme | 2019 - 2021\n", {"other", "skills", "experience"}},
      {"Work History\nDesigner | Acme | 2019 - 2021\n", {"other", "skills", "experience"}},
      {"Relevant Projects\nA weather app\n", {"other", "skills", "projects"}},
      {"\nUser Experience Research\nDesign Personas\n", {"other", "skills", "experience"}},
      {"USER EXPERIENCE RESEARCH\nDesign Personas\n", {"other", "skills", "experience"}},
  };
  for (const Case& c : cases) {
    const std::string cv = std::string("ANA RUIZ\nUX SKILLS\nDesign Thinking\n") + c.lines;
    CAPTURE(cv);
    const std::vector<std::string> kinds = KindsOf(SplitSections(cv, DocKind::kResume));
    const std::string got = kinds.empty() ? "" : kinds.back();
    CAPTURE(got);
    CHECK(kinds == c.kinds);
  }
}
