// Skill names inside web and e-mail addresses are not mentions (engine/src/extract/link_spans.h).
#include <doctest/doctest.h>

#include <cctype>
#include <string>
#include <vector>

#include "extract/link_spans.h"

using skillfit::InsideLink;

namespace {

// Whether the first occurrence of `word` in `text` lies inside a link.
bool WordInLink(const std::string& text, const std::string& word) {
  const size_t at = text.find(word);
  REQUIRE(at != std::string::npos);
  return InsideLink(text, at, at + word.size());
}

}  // namespace

TEST_CASE("links: names inside web and e-mail addresses") {
  struct Case {
    const char* text;
    const char* word;
    bool inside;
  } const cases[] = {
      {"Ana Ruiz | github.com/ana-ruiz | ana@mail.com", "github", true},
      {"Code: https://gitlab.com/ana/tools.", "gitlab", true},
      {"Portfolio www.behance.net/ana", "behance", true},
      {"kaggle.com/anaruiz (top 5%)", "kaggle", true},
      {"Write to jobs@docker.com with your CV", "docker", true},
      {"Apply at careers.google.com/jobs today", "google", true},
      {"Built APIs in Node.js/Express and Vue.js/Nuxt", "Express", false},
      {"Built APIs in Node.js/Express and Vue.js/Nuxt", "Nuxt", false},
      {"CI/CD with GitHub Actions", "GitHub", false},
      {"C/C++ and TCP/IP on Linux", "TCP", false},
      {"ASP.NET/C# services on Azure", "ASP.NET", false},
      {"Realtime with socket.io and Redis", "Redis", false},
      {"We host our code on GitHub.", "GitHub", false},
      {"Built the OSS page (ifttt.github.io)", "github", true},
      {"See docs.python.org for the API", "python", true},
      {"Deployed apps to cloud.gov", "cloud.gov", false},
      {"Realtime with socket.io and Redis", "socket.io", false},
      {"Python.Flask.Django without spaces", "Flask", false},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    CHECK(WordInLink(c.text, c.word) == c.inside);
  }
}

// WithoutLinkMentions reads a token once for all the mentions in it; what it keeps must be
// what asking InsideLink of each mention keeps, with mentions that hold a space, overlap, or
// sit in one long token beside a link.
TEST_CASE("links: WithoutLinkMentions keeps what InsideLink keeps, mention by mention") {
  const std::string text =
      "Google Cloud/github.com/ana Go,Python,Rust https://gitlab.com/x,Python "
      "Amazon Web Services www.aws.amazon.com AWS";
  std::vector<skillfit::Mention> mentions;
  // Every span of one to three words' length at every word start (a word: a run of letters).
  std::vector<size_t> starts, ends;
  for (size_t i = 0; i < text.size(); ++i) {
    const bool letter = std::isalpha(static_cast<unsigned char>(text[i])) != 0;
    if (letter && (i == 0 || !std::isalpha(static_cast<unsigned char>(text[i - 1])))) {
      starts.push_back(i);
    }
    if (letter && (i + 1 == text.size() || !std::isalpha(static_cast<unsigned char>(text[i + 1])))) {
      ends.push_back(i + 1);
    }
  }
  for (size_t w = 0; w < starts.size(); ++w) {
    for (size_t k = w; k < w + 3 && k < ends.size(); ++k) {
      mentions.push_back({static_cast<int>(w), starts[w], ends[k], false});
    }
  }
  std::vector<skillfit::Mention> expected;
  for (const skillfit::Mention& m : mentions) {
    if (!InsideLink(text, m.begin, m.end)) expected.push_back(m);
  }
  const std::vector<skillfit::Mention> kept = skillfit::WithoutLinkMentions(text, mentions);
  REQUIRE(kept.size() == expected.size());
  CHECK(kept.size() < mentions.size());  // some are inside links
  CHECK(kept.size() > 0);
  for (size_t i = 0; i < kept.size(); ++i) {
    CAPTURE(text.substr(expected[i].begin, expected[i].end - expected[i].begin));
    CHECK(kept[i].begin == expected[i].begin);
    CHECK(kept[i].end == expected[i].end);
  }
}
