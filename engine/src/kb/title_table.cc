#include "skillfit/title_table.h"
#include "util/ascii.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace skillfit {
namespace {

bool IsWordByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Whether `text` holds `phrase` with no letter or digit right before or after it.
bool HoldsWords(const std::string& text, const std::string& phrase) {
  for (size_t at = text.find(phrase); at != std::string::npos; at = text.find(phrase, at + 1)) {
    const size_t end = at + phrase.size();
    if ((at == 0 || !IsWordByte(text[at - 1])) && (end == text.size() || !IsWordByte(text[end]))) {
      return true;
    }
  }
  return false;
}

// The phrases `phrase` stands for: itself, or, when it holds "{category}", one phrase for the
// name and each alias of every kb skill of that category put in its place ("{programming-
// languages} developer" -> "java developer", "golang developer" ...). Lowercase.
std::vector<std::string> ExpandPhrase(const std::string& phrase, const KnowledgeBase& kb) {
  const size_t open = phrase.find('{');
  const size_t close = phrase.find('}', open);
  if (open == std::string::npos || close == std::string::npos) return {phrase};
  const std::string category = phrase.substr(open + 1, close - open - 1);
  std::vector<std::string> out;
  for (const Skill& s : kb.skills()) {
    if (s.category != category) continue;
    out.push_back(phrase.substr(0, open) + AsciiLowerCopy(s.name) + phrase.substr(close + 1));
    for (const std::string& a : s.aliases) {
      out.push_back(phrase.substr(0, open) + AsciiLowerCopy(a) + phrase.substr(close + 1));
    }
  }
  return out;
}

Status EntryError(const std::string& path, const YAML::Node& n, const std::string& what) {
  return Status::KbError(path + ":" + std::to_string(n.Mark().line + 1) + ": " + what);
}

}  // namespace

Result<TitleTable> TitleTable::Load(const std::string& path, const KnowledgeBase& kb) {
  TitleTable table;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return table;
  YAML::Node root;
  try {
    root = YAML::LoadFile(path);
  } catch (const YAML::Exception& e) {
    return Status::KbError(path + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
  const YAML::Node list = root["titles"];
  if (!list || !list.IsSequence()) return Status::KbError(path + ": no 'titles' list");
  for (const YAML::Node& n : list) {
    if (!n.IsMap() || !n["title"] || !n["skills"] || !n["skills"].IsSequence()) {
      return EntryError(path, n, "an entry needs 'title' and a 'skills' list");
    }
    Entry e;
    e.phrase = AsciiLowerCopy(n["title"].as<std::string>());
    for (const YAML::Node& id : n["skills"]) {
      const int skill = kb.IndexOf(id.as<std::string>());
      if (skill < 0) {
        return EntryError(path, id, "title '" + e.phrase + "': unknown skill '" + id.as<std::string>() + "'");
      }
      e.skills.push_back(skill);
    }
    const std::vector<std::string> phrases = ExpandPhrase(e.phrase, kb);
    if (phrases.empty()) return EntryError(path, n, "title '" + e.phrase + "': no skill of that category");
    for (const std::string& phrase : phrases) table.entries_.push_back({phrase, e.skills});
  }
  return table;
}

std::vector<int> TitleTable::SkillsOf(std::string_view title) const {
  const std::string low = AsciiLowerCopy(title);
  std::vector<int> out;
  for (const Entry& e : entries_) {
    if (!HoldsWords(low, e.phrase)) continue;
    for (int s : e.skills) {
      if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
    }
  }
  return out;
}

bool TitleTable::NamesSkill(int skill) const {
  for (const Entry& e : entries_) {
    if (std::find(e.skills.begin(), e.skills.end(), skill) != e.skills.end()) return true;
  }
  return false;
}

}  // namespace skillfit
