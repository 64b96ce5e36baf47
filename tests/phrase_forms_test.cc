// Skills named in forms no kb spelling has: coordinated phrases and paraphrases
// (engine/src/extract/coordination.h, paraphrase.h, phrase_forms.h).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/coordination.h"
#include "extract/list_case.h"
#include "extract/paraphrase.h"
#include "extract/phrase_candidates.h"
#include "extract/phrase_forms.h"
#include "extract/respelling.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::Kb;
using skillfit::testing::Matcher;

namespace {

// "id@begin-end" for every mention WithPhraseForms gives `text`, sorted by begin.
std::vector<std::string> FormsOf(const std::string& text) {
  std::vector<std::string> out;
  for (const Mention& m : WithPhraseForms(text, Matcher(), Matcher().Find(text))) {
    out.push_back(Kb().skills()[m.skill].id + "@" + std::to_string(m.begin) + "-" +
                  std::to_string(m.end));
  }
  return out;
}

bool Has(const std::vector<std::string>& found, const std::string& id_at) {
  for (const std::string& f : found) {
    if (f == id_at) return true;
  }
  return false;
}

// Whether any mention of `text` is of skill `id`.
bool Names(const std::string& text, const std::string& id) {
  for (const std::string& f : FormsOf(text)) {
    if (f.rfind(id + "@", 0) == 0) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("coordination: each item of a list that shares a head or a lead, with its span") {
  struct Case {
    const char* text;
    const char* id_at;  // "id@begin-end" that must be found
  } const cases[] = {
      {"network and endpoint security", "network-security@0-29"},
      {"network and endpoint security", "endpoint-security@12-29"},
      {"application, data and infrastructure architecture", "software-architecture@0-49"},
      {"application, data and infrastructure architecture", "data-architecture@13-49"},
      {"Write unit and integration tests.", "unit-testing@6-32"},
      {"Write unit and integration tests.", "integration-testing@15-32"},
      {"Azure Functions and Service Bus", "azure-service-bus@0-31"},
      {"Azure Functions and Service Bus", "azure-functions@0-15"},
      {"project and program management", "project-management@0-30"},
      {"unit and/or integration tests", "unit-testing@0-29"},
      {"Relational and non-relational database systems", "relational-databases@0-38"},
      // The last item hyphenated: the part after its hyphen is the shared head.
      {"Good project and time-management skills", "project-management@5-32"},
      {"Good project and time-management skills", "time-management@17-32"},
      {"people and project-management", "people-management@0-29"},
      // Capitals throughout, or in lowercase throughout: one phrase, its head shared.
      {"Network and Endpoint Security", "network-security@0-29"},
      {"Learn big data/analytics fluency in English", "data-literacy@10-32"},
      // An item back in the list that is a skill named whole is an entry of its own: the
      // items sharing the head start after it, and need no anchor before it.
      {"code review, static and dynamic code testing", "sast@13-44"},
      {"Jenkins, unit and integration tests", "unit-testing@9-35"},
      // A phrase wrapped over two lines is one phrase.
      {"static and dynamic code\ntesting", "sast@0-31"},
      {"network and endpoint\nsecurity", "network-security@0-29"},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const std::vector<std::string> found = FormsOf(c.text);
    CAPTURE(found);
    CHECK(Has(found, c.id_at));
  }
}

TEST_CASE("coordination: no skill where the items do not share the head or lead") {
  struct Case {
    const char* text;
    const char* id;  // must not be found
  } const cases[] = {
      // Three items whose first does not take the head: three things, not three kinds of one.
      {"product or services development, delivery and program management",
       "delivery-management"},
      // A function word is no item: not "cybersecurity awareness".
      {"a passion for cybersecurity and a sound awareness of threats", "security-awareness"},
      // The lead is shared only from a skill named as written: "technical requirements" is
      // none, and in "Azure Cloud infrastructure" the skill named is "Azure Cloud".
      {"define application and technical requirements and lead resources",
       "technical-leadership"},
      {"Azure Cloud infrastructure and services", "cloud-computing"},
      // The part after a hyphen is shared only as the head, after the joiner: no "time
      // management" from the first item's "project-based".
      {"project-based and time management", "project-management"},
      // A capital after a word in lowercase opens the next item of a flattened line: no
      // "data fluency" (data literacy) from "data/analytics" and "Fluency in English".
      {"Desire to learn big data/analytics Fluency in English", "data-literacy"},
      {"Knowledge of network and endpoint Security clearance required", "network-security"},
      // A break that starts a new item or line is no wrap: a bullet, a blank line, a capital.
      {"We run unit and integration\n- tests nightly", "unit-testing"},
      {"We run unit and integration\n\ntests nightly", "unit-testing"},
      {"Skills in network and endpoint\nSecurity clearance required", "network-security"},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    CHECK_FALSE(Names(c.text, c.id));
  }
}

TEST_CASE("coordination: candidates are rebuilt from the words, with their spans") {
  const std::string text = "network and endpoint security";
  bool seen = false;
  for (const PhraseCandidate& c : CoordinationCandidates(text, {})) {
    if (c.text == "network security") {
      seen = true;
      CHECK(c.begin == 0);
      CHECK(c.end == text.size());
    }
  }
  CHECK(seen);
  CHECK(CoordinationCandidates("", {}).empty());
  CHECK(CoordinationCandidates("and or , &", {}).empty());
  CHECK(CoordinationCandidates("Python", {}).empty());
}

TEST_CASE("phrase forms: a candidate counts only when one plain skill spells all of it") {
  // "Go" is guarded: a candidate has no context to vouch for it.
  CHECK(MatchCandidates({{"Go", 0, 2}}, Matcher()).empty());
  // Part of a candidate is not enough.
  CHECK(MatchCandidates({{"network security teams", 0, 10}}, Matcher()).empty());
  const std::vector<Mention> found = MatchCandidates({{"unit tests", 3, 30}}, Matcher());
  REQUIRE(found.size() == 1);
  CHECK(Kb().skills()[found[0].skill].id == "unit-testing");
  CHECK(found[0].begin == 3);
  CHECK(found[0].end == 30);
}

TEST_CASE("phrase forms: a skill already named on the span is not added twice") {
  const std::vector<std::string> found = FormsOf("unit tests and unit tests");
  size_t unit = 0;
  for (const std::string& f : found) unit += f.rfind("unit-testing@", 0) == 0;
  CHECK(unit == 2);
}

namespace {

// Skill ids that the paraphrase candidates of `text` name (verb and object read when `verbs`;
// "the N of X" read when `nouns`).
std::vector<std::string> ParaphrasedIds(const std::string& text, bool verbs, bool nouns = false,
                                        bool managed = false) {
  ParaphraseOptions opts;
  opts.verb_objects = verbs;
  opts.noun_of = nouns;
  opts.managed_objects = managed;
  std::vector<std::string> ids;
  for (const Mention& m : MatchCandidates(ParaphraseCandidates(text, opts), Matcher())) {
    ids.push_back(Kb().skills()[m.skill].id + "@" + std::to_string(m.begin) + "-" +
                  std::to_string(m.end));
  }
  return ids;
}

struct ReadingCase {
  const char* text;
  const char* id_at;  // "id@begin-end" that must be found; "" for no skill at all
};

// Checks each case against the paraphrases read with noun_of (`nouns`) or managed_objects
// (`managed`) on, verb_objects off.
template <size_t N>
void CheckReadings(const ReadingCase (&cases)[N], bool nouns, bool managed) {
  for (const ReadingCase& c : cases) {
    const std::string text = c.text;
    const std::vector<std::string> found = ParaphrasedIds(text, false, nouns, managed);
    CAPTURE(text);
    CAPTURE(found);
    if (*c.id_at == '\0') {
      CHECK(found.empty());
    } else {
      CHECK(Has(found, c.id_at));
    }
  }
}

}  // namespace

TEST_CASE("paraphrase: spellings the kb does not list, each with the span it was read from") {
  struct Case {
    const char* text;
    bool verbs;         // ParaphraseOptions::verb_objects
    const char* id_at;  // "id@begin-end" that must be found
  } const cases[] = {
      // Joined in camel case.
      {"Azure ServiceBus", false, "azure-service-bus@0-16"},
      {"Azure AppService", false, "azure-app-service@0-16"},
      {"streams on EventHubs", false, "azure-event-hubs@11-20"},
      // Hyphenated, and with another ending.
      {"multi-threaded servers", false, "concurrency@0-14"},
      // Joined by a soft hyphen: hyphenated or closed up, with the words after it.
      {"lean startup, user\xC2\xAD" "centered design, and agile", false, "human-centered-design@14-35"},
      {"multi\xC2\xADthreaded servers", false, "concurrency@0-15"},
      // Spacing left by text extraction.
      {"C # and . NET", false, "csharp@0-3"},
      {"C # and . NET", false, "dotnet@8-13"},
      {"built on ASP. NET", false, "aspnet@9-17"},
      {"APIs in Node. js", false, "nodejs@8-16"},
      {"C + + on Linux", false, "cpp@0-5"},
      // A dot parted from its word by a line break, after a joiner no sentence ends with.
      {"C# and .\nNET", false, "dotnet@7-12"},
      {"C#/ .\nNet development", false, "dotnet@4-9"},
      {"Java, .\r\n NET and Go", false, "dotnet@6-13"},
      // Verb and object.
      {"modeling data for reports", true, "data-modeling@0-13"},
      {"architect solutions on AWS", true, "solution-architecture@0-19"},
      {"gather, elicit or analyse requirements", true, "requirements-gathering@0-38"},
      {"optimise performance", true, "performance-engineering@0-20"},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    const std::vector<std::string> found = ParaphrasedIds(text, c.verbs);
    CAPTURE(text);
    CAPTURE(found);
    CHECK(Has(found, c.id_at));
  }
}

TEST_CASE("paraphrase: no skill from a word that is not the verb or object it looks like") {
  struct Case {
    const char* text;
    const char* id;  // must not be found
  } const cases[] = {
      // The object is "business requirements", not "business".
      {"Analyse business requirements with clients", "business-analysis"},
      // "thinking" modifies: no verb here.
      {"applying forward thinking design and development", "design-thinking"},
      {"applying forward\xC2\xAD thinking design and development", "design-thinking"},
      // A soft hyphen that only marks where a word may break joins it to nothing else.
      {"the develop\xC2\xADment of data\xC2\xAD" "bases", "software-development"},
      {"user\xC2\xAD" " centered design", "human-centered-design"},
      // Different forms are no list of verbs: not "integration testing".
      {"automated testing, continuous integration and deployment", "integration-testing"},
      // A hyphen with a number is no joined word.
      {"grades from GS-1 to GS-15", "barcode-systems"},
      // A dot before a line break ends a sentence unless a joiner comes before it.
      {"revenue grew .\nNet income rose", "dotnet"},
      {"We write Python.\nNET is new to us", "dotnet"},
      {"C# and .\n\nNET", "dotnet"},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    for (const std::string& f : ParaphrasedIds(text, true)) CHECK(f.rfind(std::string(c.id) + "@", 0) != 0);
  }
}

TEST_CASE("paraphrase: the noun of an activity, \"of\" and a noun phrase") {
  const ReadingCase cases[] = {
      {"analysis of data", "data-analysis@0-16"},
      {"Ensure high-quality analysis of agency transaction data", "data-analysis@20-55"},
      {"management of projects", "project-management@0-22"},
      {"management of people", "people-management@0-20"},
      {"analysis of requirements", "requirements-gathering@0-24"},
      {"design of databases", "database-design@0-19"},
      {"automation of tests", "test-automation@0-19"},
      {"the design of large databases", "database-design@4-29"},
      {"governance of the data we hold", "data-governance@0-22"},
      // No noun of an activity before "of", or no noun phrase after it.
      {"the use of data", ""},
      {"a lot of testing", ""},
      {"the knowledge of databases", ""},
      {"analysis of. Data", ""},
      // An adjective of kind stays in the reading: no "resource allocation"; nor, from a
      // participle, "system design" out of a physics post's "design of interacting systems".
      {"allocation of financial resources", ""},
      {"the design of interacting systems with anyons", ""},
  };
  CheckReadings(cases, /*nouns=*/true, /*managed=*/false);
}

TEST_CASE("paraphrase: a noun phrase after \"of\" ends before a verb or a long run") {
  // "using Python" is no part of the phrase: the reading is "data analysis", not "Python ...".
  CHECK(Has(ParaphrasedIds("analysis of data using Python", false, true), "data-analysis@0-16"));
  // Past four words the phrase's end is unclear: no reading.
  CHECK(ParaphrasedIds("management of very large complex multi team projects", false, true).empty());
  // Off (the default), no reading at all.
  CHECK(ParaphrasedIds("design of databases", false).empty());
}

TEST_CASE("paraphrase: a verb of managing and its plural object read as its management") {
  const ReadingCase cases[] = {
      {"managing ad hoc projects", "project-management@0-24"},
      {"You will manage projects across the company", "project-management@9-24"},
      {"oversee small to large projects where you supervise", "project-management@0-31"},
      {"Coordinating vendors", "vendor-management@0-20"},
      {"manage our vendors and contracts", "vendor-management@0-18"},
      {"overseeing supplier contracts", "contract-management@0-29"},
      // Objects joined by "and", "or" or a comma share the verb, each spanning from its own
      // first word; a plural inside a run that a lost full stop made long is a head too.
      {"managing suppliers and service contracts", "contract-management@23-40"},
      {"coordinate vendors ensuring timely delivery", "vendor-management@0-18"},
      // A participle or a mass noun: not a verb of managing here.
      {"our managed services", ""},
      {"manage sensitive personal data", ""},
      // No object, an object that names no management skill, or one past four words.
      {"manage to deliver", ""},
      {"manage the developers", ""},
      {"manage very large complex multi team projects", ""},
  };
  CheckReadings(cases, /*nouns=*/false, /*managed=*/true);
  // Off, no reading.
  CHECK(ParaphrasedIds("managing ad hoc projects", false, false, false).empty());
}

TEST_CASE("paraphrase: a verb of leading and an undertaking read as its management") {
  const ReadingCase cases[] = {
      {"You will lead complex data migration projects", "project-management@9-45"},
      {"Driving internal programmes", "program-management@0-27"},
      {"leading small teams and company-wide programs", "program-management@24-45"},
      // Led things that are no undertaking: a title, an adjective, people, a market.
      {"Lead Product Designer", ""},
      {"world leading products", ""},
      {"lead partner engagements", ""},
      {"leading small teams", ""},
      {"drive customer adoption", ""},
  };
  CheckReadings(cases, /*nouns=*/false, /*managed=*/true);
}

TEST_CASE("paraphrase: the nouns of a verb") {
  struct Case {
    const char* verb;
    const char* noun;
  } const cases[] = {
      {"modeling", "modeling"},     {"modelling", "modeling"},   {"architect", "architecture"},
      {"architecting", "architecture"}, {"analyse", "analysis"}, {"analyze", "analysis"},
      {"optimise", "optimization"}, {"optimise", "optimisation"}, {"optimized", "optimization"},
      {"gather", "gathering"},      {"manage", "management"},    {"Develop", "development"},
  };
  for (const Case& c : cases) {
    const std::vector<std::string> nouns = NounsOfVerb(c.verb);
    CAPTURE(std::string(c.verb));
    CAPTURE(nouns);
    CHECK(std::find(nouns.begin(), nouns.end(), c.noun) != nouns.end());
  }
  CHECK(NounsOfVerb("go").empty());
  CHECK(NounsOfVerb("").empty());
}

TEST_CASE("list case: a case-exact guard relaxes inside a list of other skills") {
  struct Case {
    const char* text;
    const char* id;
    bool found;
  } const cases[] = {
      {"Tests with cypress, jest, react and node.js", "jest", true},
      {"Languages (Java, Python, GO and PHP)", "go", true},
      // Not an item of a list: the guard keeps its case.
      {"We go and build things with Java, Python", "go", false},
      // No other skill around: the guard's context still holds it back.
      {"ready, set, go", "go", false},
      // A list whose commas were lost: a word right beside a skill, at the line's end or
      // between skills.
      {"Test and deployment automations: gitlab fastlane jest", "jest", true},
      {"Tools: gitlab jest fastlane", "jest", true},
      {"Technologies\npython go docker", "go", true},
      // Beside a skill but in a sentence on both sides: no list.
      {"We go Python first and then Java", "go", false},
      {"Our jest Python talk is on Friday with Java folks", "jest", false},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    bool found = false;
    for (const Mention& m : WithListCaseMentions(text, Matcher(), Matcher().Find(text))) {
      found = found || Kb().skills()[m.skill].id == c.id;
    }
    CHECK(found == c.found);
  }
}

TEST_CASE("phrase forms: a noun of an activity and 'of' is read by default") {
  // "analysis of sales data" is read as "data analysis" (and "sales data analysis"); "testing
  // of pumps" rebuilt is "pump testing", which the kb does not spell.
  const std::string text = "You lead the analysis of sales data and the testing of pumps.";
  const std::vector<std::string> found = FormsOf(text);
  std::string all;
  for (const std::string& f : found) all += f + " ";
  CAPTURE(all);
  CHECK(Has(found, "data-analysis@13-35"));
  for (const std::string& f : found) CHECK(f.rfind("pump", 0) != 0);
}

TEST_CASE("coordination: kinds in parentheses after the noun they qualify") {
  struct Case {
    const char* text;
    const char* id;  // must be found
    bool found;
  } const cases[] = {
      {"data modelling (normalised and/or dimensional)", "dimensional-modeling", true},
      {"Automated testing (e.g. unit, integration) is a must", "integration-testing", true},
      {"You will own management (people and budget) of the team", "people-management", true},
      {"databases ( relational or NoSQL )", "relational-databases", true},
      // Not kinds of the noun: years, examples of a platform, a sentence in brackets.
      {"testing (3 years at least)", "integration-testing", false},
      {"security (we run audits twice a year)", "application-security", false},
      {"management (people and budget", "people-management", false},  // never closed
      {"Oracle Database (PL/SQL a plus)", "relational-databases", false},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    CHECK(Names(c.text, c.id) == c.found);
  }
}

// Cases of {text, "id@begin-end"} each of whose texts must give that mention (`found`), or
// no mention of that skill id at all (!`found`).
void CheckCases(const std::vector<std::pair<std::string, std::string>>& cases, bool found) {
  for (const auto& c : cases) {
    const std::string text = c.first, expected = c.second;
    CAPTURE(text);
    CAPTURE(expected);
    CHECK((found ? Has(FormsOf(text), expected) : Names(text, expected)) == found);
  }
}

TEST_CASE("paraphrase: a plural head read as its singular and the nouns of its verb") {
  CheckCases(
      {
          // None of these is a kb spelling: the kb lists "fuzz testing", "feature testing",
          // "query optimization" and "build automation".
          {"Run fuzz tests nightly", "fuzzing@4-14"},
          {"using both unit and feature tests", "functional-testing@20-33"},
          // A participle before a noun: the noun, then the participle's noun in -ion.
          {"tuned and optimized queries for reporting", "database-performance-tuning@10-27"},
          {"automated builds on every push", "build-automation@0-16"},
      },
      true);
}

TEST_CASE("paraphrase: no reading of a head inside a longer phrase, or of a word that is no plural") {
  CheckCases(
      {
          // The longer reading is the skill; its shorter one is not found beside it.
          {"looking for site reliability engineers", "reliability-engineering"},
          // A reading inside a longer spelling the text already names gives way to it.
          {"Designing secure network architectures", "networking"},
          // "-ss", "-us" and "-is" words are no plurals: "process", "status", "analysis".
          {"the build process", "build-automation"},
          // A participle reads only as a noun in -ion: "managed" is no "management".
          {"managed projects for clients", "project-management"},
      },
      false);
}

TEST_CASE("respelling: the other spelling of a word by its ending") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"modelling", "modeling"},         {"modeling", "modelling"},
      {"containerized", "containerised"}, {"optimisation", "optimization"},
      {"analysed", "analyzed"},          {"centre", "center"},
      {"catalogue", "catalog"},          {"behaviour", "behavior"},
      {"programme", "program"},          {"licence", "license"},
      {"orientated", "oriented"},        {"Object-Orientated", "object-oriented"},
      {"oriented", ""},
      // No other spelling: too short before the ending, or no ending of the rules.
      {"selling", ""}, {"noise", ""}, {"size", ""}, {"center", ""}, {"python", ""},
  };
  for (const auto& c : cases) {
    const std::string word = c.first, other = c.second;
    CAPTURE(word);
    const std::vector<std::string> got = OtherSpellings(word);
    CHECK(got.size() == (other.empty() ? 0u : 1u));
    if (!got.empty()) CHECK(got[0] == other);
  }
}

TEST_CASE("respelling: a skill found in the other spelling, with the words around it") {
  CheckCases(
      {
          // The kb spells these the American way only.
          {"Experience in causal modelling", "causal-inference@14-30"},
          {"SQL optimisation and indexing", "database-performance-tuning@0-16"},
          {"model quantisation for edge devices", "model-optimization@0-18"},
          {"a randomised controlled trial", "experimental-design@2-29"},
          {"Service Orientated Architecture", "service-oriented-architecture@0-31"},
      },
      true);
  CheckCases(
      {
          // A respelled word alone names nothing the kb guards or lacks: "selling" stays as it is.
          {"enterprise software selling", "enterprise-architecture"},
          {"the noise of a busy office", "noise-control"},
      },
      false);
}

TEST_CASE("respelling: an \"&\" between words read as \"and\"") {
  CheckCases(
      {
          // The kb spells these with "and" only.
          {"Own backup & restore", "backup-and-recovery@4-20"},
          {"clients in state & local government", "government-public-sector@11-35"},
          {"cost & schedule control on projects", "project-controls@0-23"},
      },
      true);
  CheckCases(
      {
          // An "&" at the edge of a run joins nothing: no reading from it.
          {"backup & ", "backup-and-recovery"},
          // Words the kb does not join stay apart: "sales & restore" is no "backup and restore".
          {"sales & restore", "backup-and-recovery"},
      },
      false);
}

TEST_CASE("paraphrase: a plural head of people or an -ion reading of a plural noun names no activity") {
  CheckCases(
      {
          // People, not the activity: whether the role is asked is for the requirement cues.
          {"We hire software engineers", "software-development"},
          // "values" is no verb here: no "company valuation".
          {"our company values", "business-valuation"},
      },
      false);
}

TEST_CASE("paraphrase: a verb in -ize or -ise read as its noun in -ization") {
  CheckCases(
      {
          // None of these verb forms is a kb spelling; the nouns are.
          {"in order to localize and create the best experience", "localization@12-20"},
          {"by containerising our delivery systems", "containers@3-17"},
          {"we virtualise the test rigs", "virtualization@3-13"},
          {"we internationalize the web app", "i18n@3-19"},
      },
      true);
  CheckCases(
      {
          // A past participle is mostly an adjective of place or state.
          {"Centrally localized offices", "localization"},
          {"a virtualized lab", "virtualization"},
          // A third person's "-s": what a company or product does.
          {"an environment that localizes content", "localization"},
          // Under four letters before the ending: no noun of the kind.
          {"we size the cluster", "virtualization"},
          // A noun in -ise is no verb of the kind, and its reading names nothing.
          {"deep expertise in finance", "localization"},
      },
      false);
}

TEST_CASE("paraphrase: a participle of kind before a built thing read as that kind of system") {
  CheckCases(
      {
          // None of these is a kb spelling: the kb lists "distributed systems",
          // "distributed architecture" and "multi-tier architecture".
          {"operation of our highly available and distributed platform", "distributed-systems@38-58"},
          {"designing and implementing of distributed components", "distributed-systems@30-52"},
          {"multi-tiered infrastructures", "multi-tier-architecture@0-28"},
      },
      true);
  CheckCases(
      {
          // A participle of a team or a place, or of the past, is no kind of system.
          {"a distributed team to identify needs", "distributed-systems"},
          {"distributed version control such as git", "distributed-systems"},
          // A noun of no built thing: "environment" is a workplace here.
          {"a distributed environment", "distributed-systems"},
          // Not before the noun: "services distributed across regions".
          {"services distributed across regions", "distributed-systems"},
      },
      false);
}

TEST_CASE("paraphrase: an adjective in -able of a built thing read as its quality noun") {
  CheckCases(
      {
          // The kb spells the qualities "scalability" and "accessibility", not these adjectives.
          {"design scalable software architecture", "scalability@7-15"},
          {"conception of scalable services", "scalability@14-22"},
          {"building accessible web applications", "web-accessibility@9-19"},
      },
      true);
  CheckCases(
      {
          // No built thing right after, or one word later: people, places, plans.
          {"a scalable business model for growth", "scalability"},
          {"an accessible office near the station", "web-accessibility"},
          {"results that are scalable", "scalability"},
          // The built thing too far away: "scalable, highly available and robust services".
          {"scalable highly available and robust services", "scalability"},
      },
      false);
}
