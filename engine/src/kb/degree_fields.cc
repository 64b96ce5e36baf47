// The table of degree fields and its loader (kb/degree_fields.yaml).
#include <sys/stat.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

#include "kb/degree_fields_file.h"
#include "skillfit/education.h"
#include "util/ascii.h"

namespace skillfit {
namespace {

// Lowercase words of `s`: runs of letters, digits and '&'.
std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s) {
    if (IsAsciiAlnum(c) || c == '&' || static_cast<unsigned char>(c) >= 0x80) {
      w += AsciiLower(c);
    } else if (!w.empty()) {
      out.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

bool Shares(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const std::string& x : a) {
    if (std::find(b.begin(), b.end(), x) != b.end()) return true;
  }
  return false;
}

std::vector<std::string> Strings(const YAML::Node& n) {
  std::vector<std::string> out;
  if (n && n.IsSequence()) {
    for (const YAML::Node& i : n) out.push_back(i.as<std::string>());
  }
  return out;
}

}  // namespace

DegreeFieldTable::DegreeFieldTable(std::vector<DegreeField> fields) : fields_(std::move(fields)) {
  for (const DegreeField& f : fields_) {
    std::vector<std::vector<std::string>> s = {Words(f.name)};
    for (const std::string& a : f.aliases) s.push_back(Words(a));
    spellings_.push_back(std::move(s));
  }
}

std::vector<int> DegreeFieldTable::FindAll(std::string_view text) const {
  const std::vector<std::string> words = Words(text);
  std::vector<int> out;
  for (size_t i = 0; i < words.size();) {
    size_t best_len = 0;
    int best = -1;
    for (size_t f = 0; f < spellings_.size(); ++f) {
      for (const std::vector<std::string>& aw : spellings_[f]) {
        if (aw.empty() || aw.size() <= best_len || i + aw.size() > words.size()) continue;
        if (std::equal(aw.begin(), aw.end(), words.begin() + i)) {
          best_len = aw.size();
          best = static_cast<int>(f);
        }
      }
    }
    if (best >= 0 && std::find(out.begin(), out.end(), best) == out.end()) out.push_back(best);
    i += best_len ? best_len : 1;
  }
  return out;
}

bool DegreeFieldTable::Related(int a, int b) const {
  return a >= 0 && b >= 0 && Shares(fields_[a].families, fields_[b].families);
}

bool DegreeFieldTable::Covers(int a, int b) const {
  return a >= 0 && b >= 0 && Shares(fields_[a].covers, fields_[b].families);
}

std::vector<KbIssue> LoadDegreeFields(const std::string& file, DegreeFieldTable* table) {
  *table = DegreeFieldTable();
  struct stat st;
  if (stat(file.c_str(), &st) != 0) return {};
  std::vector<DegreeField> fields;
  auto issue = [&file](const YAML::Mark& m, std::string message) {
    return std::vector<KbIssue>{{{file, m.is_null() ? 0 : m.line + 1, m.is_null() ? 0 : m.column + 1},
                                 std::move(message)}};
  };
  try {
    const YAML::Node root = YAML::LoadFile(file);
    const YAML::Node list = root["fields"];
    if (!list || !list.IsSequence()) return issue(YAML::Mark::null_mark(), "'fields' must be a list");
    std::set<std::string> ids;
    for (const YAML::Node& n : list) {
      DegreeField f;
      if (!n.IsMap() || !n["id"] || !n["name"]) return issue(n.Mark(), "a field needs an 'id' and a 'name'");
      f.id = n["id"].as<std::string>();
      f.name = n["name"].as<std::string>();
      if (!ids.insert(f.id).second) return issue(n.Mark(), "field '" + f.id + "' is defined twice");
      f.aliases = Strings(n["aliases"]);
      f.families = Strings(n["families"]);
      f.covers = Strings(n["covers"]);
      fields.push_back(std::move(f));
    }
  } catch (const YAML::Exception& e) {
    return issue(e.mark, "invalid YAML: " + e.msg);
  }
  *table = DegreeFieldTable(std::move(fields));
  return {};
}

}  // namespace skillfit
