#include "args.h"

namespace skillfit {
namespace cli {

Result<Args> Args::Parse(int argc, char** argv, int first, const ArgSpec& spec,
                         const std::string& command) {
  Args args;
  bool only_positionals = false;
  for (int i = first; i < argc; ++i) {
    std::string a = argv[i];
    if (only_positionals || a == "-" || a.empty() || a[0] != '-') {
      args.positionals_.push_back(a);
      continue;
    }
    if (a == "--") {
      only_positionals = true;
      continue;
    }
    std::string value;
    bool has_inline = false;
    const size_t eq = a.find('=');
    if (a.rfind("--", 0) == 0 && eq != std::string::npos) {
      value = a.substr(eq + 1);
      a = a.substr(0, eq);
      has_inline = true;
    }
    if (a == "-h") a = "--help";
    if (spec.booleans.count(a)) {
      if (has_inline) return Status::UsageError(command + ": " + a + " takes no value");
      args.values_[a].push_back("1");
      continue;
    }
    if (spec.with_value.count(a)) {
      if (!has_inline) {
        if (i + 1 >= argc) return Status::UsageError(command + ": " + a + " needs a value");
        value = argv[++i];
      }
      auto& v = args.values_[a];
      if (!v.empty() && !spec.repeatable.count(a)) {
        return Status::UsageError(command + ": " + a + " given twice");
      }
      v.push_back(value);
      continue;
    }
    return Status::UsageError(command + ": unknown option '" + a + "' (see 'skillfit " +
                              command + " --help')");
  }
  return args;
}

std::string Args::Get(const std::string& flag, const std::string& fallback) const {
  auto it = values_.find(flag);
  if (it == values_.end() || it->second.empty()) return fallback;
  return it->second.back();
}

const std::vector<std::string>& Args::All(const std::string& flag) const {
  static const std::vector<std::string> kEmpty;
  auto it = values_.find(flag);
  return it == values_.end() ? kEmpty : it->second;
}

Result<std::string> Args::OneOf(const std::string& flag, const std::vector<std::string>& choices,
                                const std::string& command) const {
  const std::string value = Get(flag, choices.front());
  for (const std::string& c : choices) {
    if (c == value) return value;
  }
  std::string list;
  for (size_t i = 0; i < choices.size(); ++i) {
    list += (i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ") + choices[i];
  }
  return Status::UsageError(command + ": " + flag + " must be " + list);
}

}  // namespace cli
}  // namespace skillfit
