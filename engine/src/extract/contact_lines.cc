#include "extract/contact_lines.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "extract/link_spans.h"
#include "util/ascii.h"

namespace skillfit {
namespace {

constexpr size_t kTopLines = 15;

// Sites a resume links its profile on, as their labels are written (lower case).
constexpr std::string_view kSites[] = {
    "github",  "gitlab",   "bitbucket",  "linkedin",  "kaggle",     "leetcode",   "hackerrank",
    "codeforces", "stackoverflow", "stack overflow", "medium", "behance", "dribbble", "twitter",
    "portfolio", "website", "blog",     "homepage",   "orcid",    "researchgate", "google scholar",
    "hugging face", "huggingface"};

struct Item {
  size_t begin = 0;  // offsets in the line
  size_t end = 0;
};

bool IsSeparator(std::string_view line, size_t i, size_t* width) {
  static constexpr std::string_view kMarks[] = {"|", ",", ";", "\u2022", "\u00b7", "\u2013",
                                                "\u2014", "  "};
  for (std::string_view m : kMarks) {
    if (line.substr(i, m.size()) == m) {
      *width = m.size();
      return true;
    }
  }
  return false;
}

// The line's items, trimmed of spaces; empty items left out.
std::vector<Item> ItemsOf(std::string_view line) {
  std::vector<Item> items;
  size_t begin = 0;
  auto close = [&](size_t end) {
    size_t b = begin, e = end;
    while (b < e && std::isspace(static_cast<unsigned char>(line[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(line[e - 1]))) --e;
    if (e > b) items.push_back({b, e});
  };
  for (size_t i = 0; i < line.size();) {
    size_t width = 0;
    if (IsSeparator(line, i, &width)) {
      close(i);
      i += width;
      begin = i;
    } else {
      ++i;
    }
  }
  close(line.size());
  return items;
}

// The length of the site's name an item opens with, when what follows it is nothing, or a
// handle after "/", ":" or a space ("github/3ilo", "GitHub: ana-r"); 0 when it is no label.
size_t SiteLabelLength(std::string_view item) {
  const std::string low = AsciiLowerCopy(item);
  for (std::string_view site : kSites) {
    if (low.compare(0, site.size(), site) != 0) continue;
    if (low.size() == site.size()) return site.size();
    const char next = low[site.size()];
    if (next != '/' && next != ':' && next != ' ') continue;
    // A handle is one token: "GitHub Actions pipelines" is no label.
    const std::string_view rest = std::string_view(low).substr(site.size() + 1);
    const size_t start = rest.find_first_not_of(' ');
    if (start != std::string_view::npos && rest.find(' ', start) == std::string_view::npos) {
      return site.size();
    }
  }
  return 0;
}

bool HasPhoneNumber(std::string_view line) {
  size_t digits = 0;
  for (char c : line) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      if (++digits >= 7) return true;
    } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.' && c != '+') {
      digits = 0;
    }
  }
  return false;
}

// Each token (a run of non-space bytes) is asked once, at its first byte: asking at every
// byte re-read the token each time, quadratic on a flattened line of one long token.
bool HasAddress(std::string_view line) {
  size_t i = 0;
  while (i < line.size()) {
    if (std::isspace(static_cast<unsigned char>(line[i]))) {
      ++i;
      continue;
    }
    if (InsideLink(line, i, i + 1)) return true;
    while (i < line.size() && !std::isspace(static_cast<unsigned char>(line[i]))) ++i;
  }
  return false;
}

}  // namespace

bool IsContactLine(std::string_view line) {
  const std::vector<Item> items = ItemsOf(line);
  if (items.empty()) return false;
  const bool all_labels = std::all_of(items.begin(), items.end(), [&](const Item& it) {
    return SiteLabelLength(line.substr(it.begin, it.end - it.begin)) > 0;
  });
  return all_labels || HasPhoneNumber(line) || HasAddress(line);
}

std::vector<Mention> WithoutContactLabels(std::string_view text,
                                          const std::vector<Section>& sections,
                                          std::vector<Mention> mentions) {
  size_t top = text.size();
  for (const Section& s : sections) {
    if (s.kind != SectionKind::kPreamble) {
      top = s.heading_begin;
      break;
    }
  }
  // The labels' spans on the contact lines of the top.
  std::vector<Item> labels;
  size_t begin = 0;
  for (size_t n = 0; n < kTopLines && begin < top; ++n) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos || end > top) end = std::min(top, text.size());
    const std::string_view line = text.substr(begin, end - begin);
    if (IsContactLine(line)) {
      for (const Item& it : ItemsOf(line)) {
        const size_t site = SiteLabelLength(line.substr(it.begin, it.end - it.begin));
        if (site > 0) labels.push_back({begin + it.begin, begin + it.begin + site});
      }
    }
    begin = end + 1;
  }
  if (labels.empty()) return mentions;
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                [&](const Mention& m) {
                                  return std::any_of(labels.begin(), labels.end(), [&](const Item& l) {
                                    return m.begin >= l.begin && m.end <= l.end;
                                  });
                                }),
                 mentions.end());
  return mentions;
}

}  // namespace skillfit
