#include "extract/link_spans.h"

#include <algorithm>
#include <iterator>
#include <tuple>
#include <utility>

namespace skillfit {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

// Top-level domains people's links end in. A list, not any letters: "Vue.js/Nuxt" and
// "Node.js/Express" are skills, not addresses.
bool IsTopLevelDomain(std::string_view s) {
  static constexpr std::string_view kDomains[] = {
      "com", "org", "net", "io", "dev", "me", "co", "ai", "app", "edu", "gov", "info", "uk",
      "de", "fr", "in", "ca", "au", "us", "eu", "xyz", "tech", "page", "site", "so", "ly", "gg",
      "sh", "cc", "ch", "nl", "es", "it", "se", "pl", "br", "jp", "cn", "ru", "tv", "blog"};
  return std::find(std::begin(kDomains), std::end(kDomains), s) != std::end(kDomains);
}

// Whether `token` holds "label.tld/" or ends in "label.tld": a dot after at least one byte,
// a lowercase top-level domain, then a slash or the token's end.
bool HasDomain(std::string_view token) {
  for (size_t dot = token.find('.'); dot != std::string_view::npos; dot = token.find('.', dot + 1)) {
    if (dot == 0) continue;
    size_t i = dot + 1;
    while (i < token.size() && IsLower(token[i])) ++i;
    if ((i == token.size() || token[i] == '/') && IsTopLevelDomain(token.substr(dot + 1, i - dot - 1))) {
      return true;
    }
  }
  return false;
}

// Trailing punctuation a sentence puts after an address: "see github.com/ana."
std::string_view TrimEnd(std::string_view token) {
  while (!token.empty() && std::string_view(".,;:)]>\"'").find(token.back()) != std::string_view::npos) {
    token.remove_suffix(1);
  }
  return token;
}

// Whether `token` is a bare host name: labels of lowercase letters, digits and hyphens joined
// by dots, at least three of them ("ifttt.github.io", "docs.python.org"), the last a
// top-level domain.
bool IsHostName(std::string_view token) {
  size_t labels = 1;
  for (char c : token) {
    if (c == '.') {
      ++labels;
    } else if (!IsLower(c) && !(c >= '0' && c <= '9') && c != '-') {
      return false;
    }
  }
  const size_t dot = token.rfind('.');
  return labels >= 3 && dot != std::string_view::npos && dot > 0 &&
         token[dot - 1] != '.' && IsTopLevelDomain(token.substr(dot + 1));
}

// Opening punctuation before an address: "(ifttt.github.io)".
std::string_view TrimStart(std::string_view token) {
  while (!token.empty() && std::string_view("([<\"'").find(token.front()) != std::string_view::npos) {
    token.remove_prefix(1);
  }
  return token;
}

// Whether [begin, end) is a part of the host name `host` but not the whole of it: the
// address ("ifttt.github.io"), where a whole "socket.io" or "cloud.gov" may name a skill.
bool PartOfHost(std::pair<size_t, size_t> host, size_t begin, size_t end) {
  return host.first < host.second && (begin > host.first || end < host.second);
}

// The run of non-space bytes around [begin, end), as [first, second).
std::pair<size_t, size_t> TokenAround(std::string_view text, size_t begin, size_t end) {
  size_t from = begin;
  while (from > 0 && !IsSpace(text[from - 1])) --from;
  size_t to = std::max(begin, end);
  while (to < text.size() && !IsSpace(text[to])) ++to;
  return {from, to};
}

// Whether a run of non-space bytes, its punctuation trimmed, is a web or e-mail address.
bool IsLinkToken(std::string_view token) {
  if (token.find("://") != std::string_view::npos || token.rfind("www.", 0) == 0) return true;
  const size_t at = token.find('@');
  if (at != std::string_view::npos && at > 0 && HasDomain(token.substr(at + 1))) return true;
  return token.find('/') != std::string_view::npos && HasDomain(token);
}

// What the run of non-space bytes [from, to) of `text` is, its punctuation trimmed: a web or
// e-mail address (`link`), and where it is a bare host name (`host`; empty at `to` if not).
struct TokenReading {
  bool link = false;
  std::pair<size_t, size_t> host;
};

TokenReading ReadToken(std::string_view text, size_t from, size_t to) {
  const std::string_view token = TrimStart(TrimEnd(text.substr(from, to - from)));
  const size_t b = static_cast<size_t>(token.data() - text.data());
  TokenReading r;
  r.link = IsLinkToken(token);
  r.host = IsHostName(token) ? std::make_pair(b, b + token.size()) : std::make_pair(to, to);
  return r;
}

// Whether [begin, end), in a token read as `r`, lies inside an address.
bool InsideToken(const TokenReading& r, size_t begin, size_t end) {
  return r.link || PartOfHost(r.host, begin, end);
}

}  // namespace

bool InsideLink(std::string_view text, size_t begin, size_t end) {
  const auto [from, to] = TokenAround(text, begin, end);
  return InsideToken(ReadToken(text, from, to), begin, end);
}

// Mentions in one token share its answer: the token is found and read once, not once for each
// of them (a line of 300,000 "Python," without a space made that quadratic). The last token
// read is the one around a later mention when no space lies between them: the token holds
// spaces only inside the mention that found it ("Google Cloud"), between space_begin and
// space_end.
std::vector<Mention> WithoutLinkMentions(std::string_view text, std::vector<Mention> mentions) {
  size_t from = 1, to = 0, space_begin = 0, space_end = 0;  // no token read yet
  TokenReading reading;
  auto inside = [&](const Mention& m) {
    const size_t last = std::max(m.begin, m.end);
    if (!(from <= m.begin && m.begin <= space_begin && space_end <= last && last <= to)) {
      std::tie(from, to) = TokenAround(text, m.begin, m.end);
      reading = ReadToken(text, from, to);
      space_begin = to;
      space_end = from;
      for (size_t i = m.begin; i < last; ++i) {
        if (!IsSpace(text[i])) continue;
        space_begin = std::min(space_begin, i);
        space_end = i + 1;
      }
    }
    return InsideToken(reading, m.begin, m.end);
  };
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(), inside), mentions.end());
  return mentions;
}

}  // namespace skillfit
