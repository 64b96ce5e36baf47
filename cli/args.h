// A small command-line parser: "--flag value", "--flag=value", "-o value", boolean flags and
// positionals, checked against what a command declares so typos are usage errors.
#ifndef SKILLFIT_CLI_ARGS_H_
#define SKILLFIT_CLI_ARGS_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "skillfit/status.h"

namespace skillfit {
namespace cli {

struct ArgSpec {
  std::set<std::string> with_value;   // e.g. {"--resume", "--jd", "--format", "-o", "--kb"}
  std::set<std::string> booleans;     // e.g. {"--help", "--no-color"}
  std::set<std::string> repeatable;   // flags with values that may be given more than once
};

class Args {
 public:
  // Parses argv[first..]; "-" alone and anything after "--" are positionals.
  static Result<Args> Parse(int argc, char** argv, int first, const ArgSpec& spec,
                            const std::string& command);

  bool Has(const std::string& flag) const { return values_.count(flag) > 0; }
  std::string Get(const std::string& flag, const std::string& fallback = "") const;
  const std::vector<std::string>& All(const std::string& flag) const;
  const std::vector<std::string>& positionals() const { return positionals_; }

  // The value of `flag`, which must be one of `choices`; the first when the flag is absent.
  // Otherwise a usage error: "match: --format must be text, json, md or html".
  Result<std::string> OneOf(const std::string& flag, const std::vector<std::string>& choices,
                            const std::string& command) const;

 private:
  std::map<std::string, std::vector<std::string>> values_;
  std::vector<std::string> positionals_;
};

}  // namespace cli
}  // namespace skillfit

#endif  // SKILLFIT_CLI_ARGS_H_
