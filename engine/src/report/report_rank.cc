// `skillfit rank` reports: the ranked rows as text, JSON, JSON lines and CSV.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "skillfit/report.h"
#include "report/json_dump.h"
#include "report/report_common.h"

namespace skillfit {
namespace {

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string s;
  for (size_t i = 0; i < v.size(); ++i) s += (i ? sep : "") + v[i];
  return s;
}

// A row; `rank` 0 leaves the rank out (failed rows, streamed rows).
nlohmann::json RowJson(const RankRow& r, int rank) {
  nlohmann::json j;
  if (rank > 0) j["rank"] = rank;
  j["id"] = r.id;
  if (!r.status.ok()) {
    j["error"] = r.status.message();
    return j;
  }
  j["score"] = std::round(r.score * 10) / 10;
  j["required_coverage"] = std::round(r.required_coverage * 10) / 10;
  j["preferred_coverage"] = std::round(r.preferred_coverage * 10) / 10;
  j["required_count"] = r.required_count;  // 0: the JD asks nothing at that level
  j["preferred_count"] = r.preferred_count;
  j["missing_required"] = r.missing_required;
  j["weak_required"] = r.weak_required;
  j["core_unmet"] = r.core_unmet;
  j["warnings"] = r.warnings;
  return j;
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

}  // namespace

std::string RankJsonReport(const RankReportInput& in) {
  const std::vector<RankRow>& rows = *in.rows;
  nlohmann::json j;
  j["schema"] = "skillfit.rank/1";
  j[in.fixed_is_jd ? "jd" : "resume"] = in.fixed_path;
  j["score_version"] = std::to_string(in.score_version);
  j["rows"] = nlohmann::json::array();
  int rank = 0;
  for (size_t i : *in.order) {
    j["rows"].push_back(RowJson(rows[i], rows[i].status.ok() ? ++rank : 0));
  }
  return JsonText(j, 2) + "\n";
}

std::string RankJsonLinesReport(const RankReportInput& in) {
  const std::vector<RankRow>& rows = *in.rows;
  std::string out;
  int rank = 0;
  for (size_t i : *in.order) {
    out += JsonText(RowJson(rows[i], rows[i].status.ok() ? ++rank : 0), -1) + "\n";
  }
  return out;
}

std::string RankRowJsonLine(const RankRow& row) { return JsonText(RowJson(row, 0), -1) + "\n"; }

std::string RankCsvReport(const RankReportInput& in) {
  std::ostringstream out;
  out << "rank,id,score,required_coverage,preferred_coverage,missing_required,weak_required,error,"
         "warnings,core_unmet\n";
  int rank = 0;
  char buf[64];
  for (size_t i : *in.order) {
    const RankRow& r = (*in.rows)[i];
    if (!r.status.ok()) {
      out << "," << CsvField(r.id) << ",,,,,," << CsvField(r.status.message()) << ",,\n";
      continue;
    }
    std::snprintf(buf, sizeof buf, "%.1f,%.1f,%.1f", r.score, r.required_coverage,
                  r.preferred_coverage);
    out << ++rank << "," << CsvField(r.id) << "," << buf << ","
        << CsvField(Join(r.missing_required, "; ")) << "," << CsvField(Join(r.weak_required, "; "))
        << ",," << CsvField(Join(r.warnings, "; ")) << "," << CsvField(Join(r.core_unmet, "; "))
        << "\n";
  }
  return out.str();
}

namespace {

// A coverage column `width` wide, right-aligned: "72%", or "none" when the JD asks nothing
// at that level (not 100% of nothing).
std::string CoverageCell(double coverage, int count, int width) {
  const std::string text = CoverageText(coverage, count, /*brief=*/true);
  return std::string(std::max(0, width - static_cast<int>(text.size())), ' ') + text;
}
}  // namespace

std::string RankTextReport(const RankReportInput& in) {
  std::ostringstream out;
  out << (in.fixed_is_jd ? "Resumes ranked against " : "JDs ranked for ") << in.fixed_path
      << "\n\n";
  out << "rank  score  required  preferred  file  (missing required skills)\n";
  int rank = 0;
  char buf[96];
  for (size_t i : *in.order) {
    const RankRow& r = (*in.rows)[i];
    if (!r.status.ok()) {
      out << "   -      -         -          -  " << r.id << "  (error: " << r.status.message()
          << ")\n";
      continue;
    }
    std::snprintf(buf, sizeof buf, "%4d  %5.1f  %s  %s  ", ++rank, r.score,
                  CoverageCell(r.required_coverage, r.required_count, 8).c_str(),
                  CoverageCell(r.preferred_coverage, r.preferred_count, 9).c_str());
    out << buf << r.id;
    std::vector<std::string> why;
    if (!r.core_unmet.empty()) why.push_back("core not shown: " + Join(r.core_unmet, ", "));
    if (!r.missing_required.empty()) why.push_back("missing: " + Join(r.missing_required, ", "));
    if (!why.empty()) out << "  (" << Join(why, "; ") << ")";
    out << "\n";
    for (const std::string& w : r.warnings) {
      out << "                                  warning: " << w << "\n";
    }
  }
  return out.str();
}

}  // namespace skillfit
