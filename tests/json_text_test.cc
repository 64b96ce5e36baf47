// JsonText writes what nlohmann's dump writes, faster (report/json_dump.h).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "report/json_dump.h"

using nlohmann::json;

namespace {

std::string Dumped(const json& j, int indent) {
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("json text: byte for byte what nlohmann writes") {
  const json trees[] = {
      json::object(),
      json::array(),
      json(nullptr),
      json("plain"),
      json{{"b", 1}, {"a", {1, 2.5, -3, true, false, nullptr}}, {"c", json::object()},
           {"d", json::array()}},
      json{{"floats", {0.1, 3.0, 1e-7, 1e21, -0.0, 45.1, 2.0 / 3.0, 100.0}},
           {"ints", {0, -1, 9007199254740993LL}},
           {"unsigned", json(18446744073709551615ULL)}},
      json{{"text", "quote \" backslash \\ slash / tab \t nl \n cr \r bs \b ff \f"},
           {"controls", std::string("\x01\x1f\x7f", 3)},
           {"unicode", "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80 \xE2\x80\xA2"},
           {"key \"quoted\"\n", {{"nested", {{"deeper", json::array({json::object()})}}}}}},
  };
  for (const json& j : trees) {
    for (int indent : {-1, 0, 2, 4}) {
      CAPTURE(indent);
      CHECK(skillfit::JsonText(j, indent) == Dumped(j, indent));
    }
  }
}

TEST_CASE("json text: bytes of no valid UTF-8 sequence become U+FFFD, as nlohmann's replace") {
  const std::vector<std::string> bad = {
      "\xFF",          "a\xC3",        "\xC3(",         "x\xE2\x82y",   "\xED\xA0\x80",
      "\xF4\x90\x80\x80", "\xC0\xAF",  "\xE0\x80\x80",  "\xF0\x80\x80\x80", "\x80\x80",
      "ok \xF8\x88\x80\x80\x80 end",   "\xE2\x82\xAC\xE2\x82",             "\xF0\x9F\x98",
  };
  for (const std::string& s : bad) {
    const json j = {{"file", s}, {s, 1}};
    CHECK(skillfit::JsonText(j, 2) == Dumped(j, 2));
  }
}

TEST_CASE("json text: random bytes, as nlohmann's replace writes them") {
  uint32_t state = 12345;  // a fixed linear congruential sequence: the same cases every run
  auto next = [&state] {
    state = state * 1103515245u + 12345u;
    return static_cast<unsigned char>(state >> 16);
  };
  for (int n = 0; n < 3000; ++n) {
    std::string s(1 + next() % 12, '\0');
    for (char& c : s) {
      const unsigned char r = next();
      // Mostly bytes of multi-byte sequences, where the cases are.
      c = static_cast<char>(r < 40 ? r % 0x80 : 0x80 | (r % 0x78));
    }
    const json j = {{"s", s}};
    if (skillfit::JsonText(j, -1) != Dumped(j, -1)) {
      FAIL_CHECK("differs at case " << n);
      break;
    }
  }
}
