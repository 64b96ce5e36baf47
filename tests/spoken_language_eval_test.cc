// Spoken-language requirements over every posting in ../shared/corpus/jd, against the hand
// labels in tests/eval/spoken_languages.tsv: recall >= 0.95 and no false language (a language
// found in a posting that has no required/preferred label for it).
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "skillfit/document.h"
#include "skillfit/profile.h"
#include "test_util.h"

using namespace skillfit;
using skillfit::testing::CorpusDir;
using skillfit::testing::Entries;
using skillfit::testing::Exists;
using skillfit::testing::Kb;
using skillfit::testing::Matcher;
using skillfit::testing::SourceDir;

namespace {

// A posting: "source" (path under corpus/jd) and "line" (of a jsonl; 0 for a whole file).
using PostingKey = std::pair<std::string, int>;

struct Label {
  std::string level;  // required | preferred
};

// posting -> language id -> label, from the labels file (rows marked `no` are left out).
std::map<PostingKey, std::map<std::string, Label>> ReadLabels() {
  std::ifstream in(SourceDir() + "/tests/eval/spoken_languages.tsv");
  REQUIRE_MESSAGE(in, "cannot read tests/eval/spoken_languages.tsv");
  std::map<PostingKey, std::map<std::string, Label>> labels;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {  // the column names
      header = false;
      continue;
    }
    std::vector<std::string> cols;
    std::stringstream ss(line);
    for (std::string c; std::getline(ss, c, '\t');) cols.push_back(c);
    REQUIRE_MESSAGE(cols.size() == 6, "bad row: " << line);
    if (cols[3] == "no") continue;
    REQUIRE_MESSAGE((cols[3] == "required" || cols[3] == "preferred"), "bad level: " << line);
    REQUIRE_MESSAGE(Kb().Find(cols[2]) != nullptr, "no language '" << cols[2] << "' in kb/");
    labels[{cols[0], std::stoi(cols[1])}][cols[2]] = {cols[3]};
  }
  return labels;
}

// Every posting under corpus/jd: the files of its folders (not the LICENSE files) and each
// line of the skillspan jsonl files.
std::map<PostingKey, Document> Postings() {
  const std::string root = CorpusDir() + "/jd";
  std::map<PostingKey, Document> out;
  for (const char* folder : {"18f-2015", "tts-pages", "synthetic"}) {
    for (const std::string& name : Entries(root + "/" + folder)) {
      if (name.rfind("LICENSE", 0) == 0) continue;
      auto doc = LoadDocument(root + "/" + folder + "/" + name);
      REQUIRE_MESSAGE(doc.ok(), doc.status().ToString());
      out.emplace(PostingKey{std::string(folder) + "/" + name, 0}, std::move(*doc));
    }
  }
  for (const char* split : {"train", "dev"}) {
    const std::string rel = std::string("skillspan/skillspan_") + split + "_postings.jsonl";
    std::ifstream in(root + "/" + rel);
    REQUIRE_MESSAGE(in, "cannot read " << root << "/" << rel);
    int n = 0;
    for (std::string line; std::getline(in, line);) {
      ++n;
      const auto j = nlohmann::json::parse(line);
      auto doc = LoadDocumentFromBytes(j["text"].get<std::string>(), "posting.txt");
      REQUIRE(doc.ok());
      out.emplace(PostingKey{rel, n}, std::move(*doc));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("spoken languages: recall >= 0.95 and no false language over every corpus posting") {
  REQUIRE_MESSAGE(Exists(CorpusDir() + "/jd"), "the corpus is not at " << CorpusDir());
  const auto labels = ReadLabels();
  const auto postings = Postings();
  CHECK(postings.size() >= 260);
  int asked = 0, found = 0, false_languages = 0, level_agrees = 0;
  for (const auto& [key, doc] : postings) {
    const auto it = labels.find(key);
    const std::map<std::string, Label> none;
    const std::map<std::string, Label>& want = it == labels.end() ? none : it->second;
    std::set<std::string> got;
    const JdProfile p = ExtractJd(doc, Matcher(), {});
    for (const JdSkill& s : p.skills) {
      const Skill& skill = Kb().skills()[s.skill];
      if (skill.kind != SkillKind::kLanguage) continue;
      got.insert(skill.id);
      const auto w = want.find(skill.id);
      if (w == want.end()) {
        ++false_languages;
        MESSAGE("false language " << skill.id << " in " << key.first << ":" << key.second);
      } else if (w->second.level == RequirementLevelName(s.level)) {
        ++level_agrees;
      }
    }
    for (const auto& [id, label] : want) {
      ++asked;
      if (got.count(id)) {
        ++found;
      } else {
        MESSAGE("missed " << id << " in " << key.first << ":" << key.second);
      }
    }
  }
  REQUIRE(asked >= 90);  // the labels file holds 96 requirements
  const double recall = static_cast<double>(found) / asked;
  MESSAGE("spoken languages: " << found << "/" << asked << " found (recall " << recall << "), "
          << false_languages << " false, level agrees on " << level_agrees);
  CHECK(recall >= 0.95);
  CHECK(false_languages == 0);
  // Levels are a second target: most found languages carry the labelled level.
  CHECK(level_agrees >= found * 8 / 10);
}
