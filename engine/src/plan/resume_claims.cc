// FindClaims: the bullets of a resume an interviewer will ask the candidate to defend.
#include <re2/re2.h>

#include <cctype>
#include <set>

#include "extract/date_range.h"
#include "util/ascii.h"
#include "skillfit/study_plan.h"
#include "util/gated_re2.h"

namespace skillfit {

const char* ClaimKindName(ClaimKind k) {
  switch (k) {
    case ClaimKind::kCost: return "cost";
    case ClaimKind::kSpeed: return "speed";
    case ClaimKind::kReliability: return "reliability";
    case ClaimKind::kScale: return "scale";
    case ClaimKind::kPeople: return "people";
    case ClaimKind::kQuality: return "quality";
    case ClaimKind::kProject: return "project";
    case ClaimKind::kFunding: return "funding";
    case ClaimKind::kTeamGrowth: return "team-growth";
    case ClaimKind::kShare: return "share";
    case ClaimKind::kAvailability: return "availability";
    case ClaimKind::kMigration: return "migration";
    case ClaimKind::kUpgrade: return "upgrade";
    case ClaimKind::kEffect: return "effect";
  }
  return "scale";
}

namespace {

bool StartsBullet(std::string_view l) {
  return l.substr(0, 3) == "\xE2\x80\xA2" || l.substr(0, 2) == "- " || l.substr(0, 2) == "* ";
}

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// A count of what a system or a service carries: "2 billion events", "40,000 requests",
// "1000+ people", "12 TB". Shared by Quantified and CarriesVolume.
constexpr char kVolumeCount[] =
    "\\b\\d[\\d,.]*\\+?\\s*(?:k|m|million|billion|thousand)?\\s*(?:[a-z-]+\\s+)?(?:users|customers|"
    "requests|events|transactions|services|clusters|servers|hosts|nodes|engineers|people|"
    "developers|accounts|records|rows|messages|queries|tb|gb|pb|qps|rps|tps|pages|"
    "applications|apps|teams|countries|stores|sites|patients|students|repositories|repos|"
    "microservices|pipelines|dashboards|incidents|tickets)\\b";

// A unit of time after a figure: "40 minutes", "5+ hr", "200ms".
constexpr char kTimeUnit[] =
    "(?:ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\\b";

bool Quantified(const std::string& s) {
  static const RE2 kMeasure(
      std::string("(?i)(?:\\d+(?:\\.\\d+)?\\s?%|\\bpercent\\b|\\b\\d+(?:\\.\\d+)?\\s?[x×](?:\\s|$|[^a-z0-9])|"
      "\\b(?:two|three|four|five|ten)fold\\b|\\bfrom\\s+[~$€£]?\\d[\\d,.]*\\+?\\s*[a-z]*\\s+(?:down\\s+|up\\s+)?to\\s+[~$€£]?\\d|"
      "[$€£]\\s?\\d|") + kVolumeCount + "|\\b\\d+(?:\\.\\d+)?\\+?\\s*" + kTimeUnit + ")");
  return RE2::PartialMatch(s, kMeasure);
}

// Whether lowercase `s` measures a volume carried ("served 40,000 requests per second",
// "scaled the pipeline to 2 billion events") rather than a change made ("cut print error by
// 30%"): only the first is asked how it held up as the volume grew.
bool CarriesVolume(const std::string& s) {
  static const RE2 kVolume(std::string("\\bscal(?:ed|ing)\\b|") + kVolumeCount);
  return RE2::PartialMatch(s, kVolume);
}

bool NamesProject(const std::string& s) {
  static const RE2 kProject(
      "(?i)\\b(?:migrat\\w+|rollout|rolled\\s+out|led\\s+the|launched|introduced|replatform\\w*|"
      "rewrote|re-?architect\\w*|built\\s+the|designed\\s+the|moved\\s+(?:\\w+\\s+){0,4}from|"
      "replaced\\s+\\w+)");
  return RE2::PartialMatch(s, kProject);
}

// The kinds that say what a bullet is about before what it measures: a round raised, a team
// grown, an upgrade without downtime, a migration, an availability figure, a share of a whole.
// ClaimKind::kScale when none applies.
ClaimKind SubjectKind(const std::string& s) {
  static const GatedRE2 kFunding("\\b(?:raised|closed|secured)\\b.*\\b(?:round|seed|series\\s+[a-e]|funding|"
                            "investment|from\\s+investors)\\b|\\bseries\\s+[a-e]\\b|\\bseed\\s+round\\b");
  static const GatedRE2 kGrowth("\\b(?:grew|grown|scaled|expanded|built)\\s+(?:the\\s+|my\\s+|our\\s+)?"
                           "(?:\\w+\\s+)?(?:team|teams|organi[sz]ation|department|headcount)\\b.*\\b\\d|"
                           "\\bheadcount\\b");
  static const GatedRE2 kAvailability(
      "\\b9\\d(?:\\.\\d+)?\\s?%.*\\b(?:availability|uptime|sla|slo)\\b|"
      "\\b(?:availability|uptime|sla|slo)\\b.*\\b9\\d(?:\\.\\d+)?\\s?%");
  static const GatedRE2 kShare(
      "\\b\\d+(?:\\.\\d+)?\\s?%\\s+of\\s+(?:the\\s+|our\\s+|all\\s+)?[a-z]");
  const RE2* funding = kFunding.For(s);
  if (funding && RE2::PartialMatch(s, *funding)) return ClaimKind::kFunding;
  const RE2* growth = kGrowth.For(s);
  if (growth && RE2::PartialMatch(s, *growth)) return ClaimKind::kTeamGrowth;
  if (s.find("upgrad") != std::string::npos && s.find("downtime") != std::string::npos) {
    return ClaimKind::kUpgrade;
  }
  if (s.find("migrat") != std::string::npos) return ClaimKind::kMigration;
  const RE2* availability = kAvailability.For(s);
  if (availability && RE2::PartialMatch(s, *availability)) return ClaimKind::kAvailability;
  const RE2* share = kShare.For(s);
  if (share && RE2::PartialMatch(s, *share)) return ClaimKind::kShare;
  return ClaimKind::kScale;
}

// Whether lowercase `s` names how long something takes: "cycle time", "lead times", "time to
// market", "time-to-hire". Not the phrases where "time" is no duration of the work: real
// time, full time, part time, on time, over time, at a time...
bool NamesDuration(const std::string& s) {
  static const GatedRE2 kTimeTo("\\btime[ -]to[ -][a-z]");
  const RE2* time_to = kTimeTo.For(s);
  if (time_to && RE2::PartialMatch(s, *time_to)) return true;
  static const RE2 kXTime("\\b([a-z]+)[ -]times?\\b");
  static const std::set<std::string> kNotDuration = {
      "real", "full", "part", "on", "over", "any", "some", "every", "one", "first", "long",
      "short", "spare", "peak", "same", "a", "the", "this", "that", "each", "at", "in", "free",
      "prime", "up", "down", "half", "three", "two", "many", "several", "multiple", "all"};
  re2::StringPiece in(s);
  std::string word;
  while (RE2::FindAndConsume(&in, kXTime, &word)) {
    if (!kNotDuration.count(word)) return true;
  }
  return false;
}

// Whether lowercase `s` gives a time before and after: "from 5+ hr to 15 min", "from a week to
// 40 minutes". Such a claim is about speed even when it calls the time a cost.
bool TimesBeforeAndAfter(const std::string& s) {
  static const RE2 kFromTo(std::string("\\bfrom\\s+(?:~?\\d[\\d,.]*\\+?\\s*|an?\\s+)") + kTimeUnit +
                           "\\s+(?:down\\s+)?to\\s+~?\\d[\\d,.]*\\s*" + kTimeUnit);
  return RE2::PartialMatch(s, kFromTo);
}

// Whether lowercase `s` says what changed and by how much: a before and after ("from 40 to
// 12"), a change by a figure ("by 30%", "3x"), or a verb of change ("cut", "reduced",
// "doubled"). "Served 30,000 requests per second" measures a load, not a change.
bool SaysChange(const std::string& s) {
  static const RE2 kChange(
      "\\bfrom\\s+\\S+.*\\bto\\s+[~$€£]?\\d|\\bby\\s+(?:about\\s+|roughly\\s+|over\\s+|~)?[$€£]?\\d|"
      "\\b\\d+(?:\\.\\d+)?\\s?[x×](?:\\s|$|[^a-z0-9])|\\b(?:two|three|four|five|ten)fold\\b|"
      "\\b(?:cut|cutting|reduc\\w*|decreas\\w*|lower\\w*|improv\\w*|increas\\w*|boost\\w*|"
      "accelerat\\w*|sped|speed\\w*\\s+up|sav(?:ed|ing)|halv\\w*|doubl\\w*|tripl\\w*|shr[au]nk|"
      "trimm\\w*|slash\\w*|rais(?:ed|ing)|grew|grow\\w*|eliminat\\w*)\\b");
  return RE2::PartialMatch(s, kChange);
}

// The kind of claim lowercase `s` makes.
ClaimKind KindOf(const std::string& s) {
  const ClaimKind subject = SubjectKind(s);
  if (subject != ClaimKind::kScale) return subject;
  if (TimesBeforeAndAfter(s)) return ClaimKind::kSpeed;
  auto has = [&](std::initializer_list<const char*> words) {
    for (const char* w : words) {
      if (s.find(w) != std::string::npos) return true;
    }
    return false;
  };
  if (has({"spend", "cost", "saving", "saved $", "budget", "$", "€", "£", "bill ", "bill.", "bill,", "revenue", "fee",
           "licen", "price", "pricing"})) {
    return ClaimKind::kCost;
  }
  if (has({"mttr", "uptime", "availability", "incident", "outage", "downtime", "error rate", "errors",
           "failure", "slo", "alert", "pages", "on-call", "reliab"})) {
    return ClaimKind::kReliability;
  }
  if (NamesDuration(s)) return ClaimKind::kSpeed;
  if (has({"latency", "faster", "p99", "p95", "response time", "build time", "deploy time", " ms",
           "milliseconds", "seconds", "minutes", "hours", "speed", "performance", "throughput", "delay"})) {
    // "1000+ TPS low-latency systems" gives a load carried, not a time or a change of one.
    static const RE2 kTimeFigure(std::string("\\d\\+?\\s*") + kTimeUnit);
    const bool load_only = CarriesVolume(s) && !SaysChange(s) && !RE2::PartialMatch(s, kTimeFigure);
    return load_only ? ClaimKind::kScale : ClaimKind::kSpeed;
  }
  if (has({"mentor", "hired", "hiring", "onboard", "coached", "trained", "managed a team", "led a team",
           "team of", "engineers", "direct reports"})) {
    return ClaimKind::kPeople;
  }
  if (has({"bug", "defect", "coverage", "test", "quality", "regression"})) return ClaimKind::kQuality;
  return CarriesVolume(s) ? ClaimKind::kScale : ClaimKind::kEffect;
}

}  // namespace

std::vector<ResumeClaim> FindClaims(const Document& doc, const ResumeProfile& profile) {
  std::vector<ResumeClaim> out;
  const std::string_view text = doc.text;
  for (const Section& s : profile.sections) {
    if (s.kind != SectionKind::kExperience && s.kind != SectionKind::kProjects) continue;
    // Bullets, joined across wrapped lines.
    size_t pos = s.begin;
    ResumeClaim cur;
    bool open = false;
    auto flush = [&] {
      if (!open) return;
      open = false;
      const bool q = Quantified(cur.text);
      const std::string lower = AsciiLowerCopy(cur.text);
      cur.kind = KindOf(lower);
      // A round raised, a migration or an upgrade is a claim with or without a number.
      const bool named = cur.kind == ClaimKind::kFunding || cur.kind == ClaimKind::kMigration ||
                         cur.kind == ClaimKind::kUpgrade;
      if (!q && !named && !NamesProject(cur.text)) return;
      cur.quantified = q;
      cur.says_change = q && SaysChange(lower);
      if (!q && !named) cur.kind = ClaimKind::kProject;
      for (size_t r = 0; r < profile.roles.size(); ++r) {
        const size_t at = doc.line_starts[cur.line - 1];
        if (at >= profile.roles[r].begin && at < profile.roles[r].end) cur.role = static_cast<int>(r);
      }
      out.push_back(cur);
    };
    while (pos < s.end) {
      size_t eol = text.find('\n', pos);
      if (eol == std::string_view::npos || eol > s.end) eol = s.end;
      std::string_view line = TrimView(text.substr(pos, eol - pos));
      DateRange r;
      const bool header = FindDateRange(line, 0, &r);
      if (line.empty() || header) {
        flush();
      } else if (StartsBullet(line)) {
        flush();
        line.remove_prefix(line.substr(0, 3) == "\xE2\x80\xA2" ? 3 : 1);
        cur = ResumeClaim();
        cur.text = std::string(TrimView(line));
        cur.line = doc.LineOf(pos);
        open = true;
      } else if (open && !cur.text.empty() && cur.text.back() != '.') {
        // A wrapped line: "...with zero customer-" + "visible downtime".
        if (cur.text.back() == '-') {
          cur.text += std::string(line);
        } else {
          cur.text += " " + std::string(line);
        }
      } else {
        flush();
      }
      pos = eol + 1;
    }
    flush();
  }
  return out;
}

}  // namespace skillfit
