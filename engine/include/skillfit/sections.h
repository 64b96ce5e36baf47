// Sections: a document split at its headings, each section given a kind.
//
//   std::vector<skillfit::Section> s = skillfit::SplitSections(doc.text, skillfit::DocKind::kJd);
//   // "## Nice to have\n- Terraform\n" -> {kind: kPreferred, heading: "Nice to have", ...}
//
// Headings are found in every form postings and resumes use: Markdown '#', a bold line,
// ALL CAPS, a short line ending in ':', or a short line that is a known heading phrase
// ("What you'll do", "Minimum qualifications", "Work Experience"). A known phrase followed by
// a colon and text ("Requirements: 5+ years of Go") opens its section on that same line.
#ifndef SKILLFIT_SECTIONS_H_
#define SKILLFIT_SECTIONS_H_

#include <string>
#include <string_view>
#include <vector>

namespace skillfit {

enum class DocKind { kResume, kJd };
const char* DocKindName(DocKind k);  // "resume", "jd"

enum class SectionKind {
  kPreamble,  // before the first heading: name and contact, or the JD's title and intro
  kOther,     // a heading we do not classify (awards, interests, "How to apply"...)
  // Resume sections.
  kSummary,
  kSkills,
  kExperience,
  kProjects,
  kEducation,
  kCertifications,
  // JD sections.
  kRequired,
  kPreferred,
  kResponsibilities,
  kAbout,     // company, team or product description
  kBenefits,  // pay, perks, benefits
  kLegal,     // equal opportunity, accommodation, eligibility, how to apply
};
const char* SectionKindName(SectionKind k);  // "summary", "required", ...

struct Section {
  SectionKind kind = SectionKind::kPreamble;
  std::string heading;      // as written, without markup; empty for the preamble
  size_t heading_begin = 0;  // byte offset of the heading line (== begin for the preamble)
  size_t begin = 0;          // byte range of the body in the text
  size_t end = 0;
};

// Splits `text` (a Document's text) into sections, in order, covering the whole text.
std::vector<Section> SplitSections(std::string_view text, DocKind kind);

// The kind a heading names for this kind of document, or kOther when it is not a heading we
// know. Exposed for tests: "Nice-to-haves" -> kPreferred, "WORK HISTORY" -> kExperience.
SectionKind ClassifyHeading(std::string_view heading, DocKind kind);

// Index of the section holding byte `offset`.
size_t SectionAt(const std::vector<Section>& sections, size_t offset);

}  // namespace skillfit

#endif  // SKILLFIT_SECTIONS_H_
