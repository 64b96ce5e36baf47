// Skill names inside web and e-mail addresses are not mentions (engine/src/extract/link_spans.h).
#include <doctest/doctest.h>

#include <string>

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
