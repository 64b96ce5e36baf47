// Internal: what a JD sentence says about its skills: requirement cues and years asked.
#ifndef SKILLFIT_JD_CUES_H_
#define SKILLFIT_JD_CUES_H_

#include <string>
#include <string_view>
#include <vector>

namespace skillfit {

enum class Cue { kNone, kRequired, kPreferred };

// Lowercase, with each run of white space (a line break inside a wrapped sentence too) as one
// space, so that cue phrases match across lines: "you\n  will" -> "you will".
std::string LowerCueText(std::string_view s);

// The length of the bullet mark at the start of `s`, 0 when there is none: "\u2022", "\u00b7",
// and U+0095, the bullet of Windows-1252 text read as Latin-1.
size_t BulletMarkLength(std::string_view s);

// Lowercase with each white-space byte as a space, byte for byte: offsets into the result are
// those of `s` (LowerCueText folds runs of space and so moves them).
std::string LowerKeepingOffsets(std::string_view s);

// The cue a sentence carries. Preferred wins over required ("Go is required; Rust is a plus"
// is two sentences, split at ';', and each gets its own cue).
//   "Terraform experience is a plus" -> kPreferred; "must have production Kubernetes" ->
//   kRequired; "You will build APIs" -> kNone.
Cue SentenceCue(std::string_view sentence);

// Where a preferred cue that speaks only for what follows it ("preferably", "ideally") opens
// in a sentence with no other preferred cue before it: "solid B2B sales experience in retail,
// preferably from the furniture industry" prefers the industry, not the sales experience; so
// does "..., ideally from consulting; pharma would be an advantage" (a cue after it adds to the
// wish). npos when the sentence has no such cue, or a preferred cue before it.
size_t ForwardPreferredCue(std::string_view sentence);

// A sentence's first clause that closes on a cue of its own, and the different cue of the rest.
struct ClosedClause {
  size_t end = std::string_view::npos;  // npos: no such clause
  Cue cue = Cue::kNone;                 // the cue that closes the clause
  Cue rest = Cue::kNone;                // the cue of the words after it
};

// The first clause of `sentence` that closes on a cue before a conjunction, when the rest
// carries a different cue: "PowerPoint, Excel and English is a must and FMCG experience is a
// plus" -> {end of "... is a must", kRequired, kPreferred}; so for "Go is a plus, but Python
// is required". `end` is npos when no clause closes so, or the rest says nothing different.
ClosedClause FirstClosedClause(std::string_view sentence);

// True when the end of `before` (a line's text up to a mention) is a job board's metadata
// field: "Industry: E-Commerce", "Role: DevOps Embedded Developer", a "Technologies" tag
// list, within 100 bytes of the last of two labels at least and before the body ("Job description" without a
// colon, or a sentence's end). Skills named there are context, whatever the line says.
bool InBoardMetadata(std::string_view before);

// Where a posting's body starts on a line that holds a job board's metadata run: after the
// "Job description" (no colon) that ends the run. "Dev <ORGANIZATION> Job type: Full-time
// Role: Developer Technologies java Job description <ORGANIZATION> is a consultancy ." -> the
// offset of "<ORGANIZATION> is"; npos when the line has no such run.
size_t BoardBodyStart(std::string_view line);

// Whether `label` ("Industry:", "Company size") is one of the field names of that metadata run.
bool IsBoardField(std::string_view label);

// True when a sentence reads as asking for a skill even without a cue word
// ("experience with", "proficiency in", "knowledge of").
bool AsksForSkill(std::string_view sentence);

// True when a sentence describes duties rather than asks for a skill: "You will build",
// "Responsible for", or a line that opens with a duty verb ("Design and run...", "Builds...").
bool DescribesDuty(std::string_view sentence);

// True when a sentence says what the team itself works with rather than what it asks of the
// candidate: "We use PostgreSQL and DynamoDB", "current languages include Node.js and Java",
// "We are working with C# and AWS".
bool DescribesTeamStack(std::string_view sentence);

// True when a sentence describes the company, its product or its team rather than the job,
// and does not address the candidate: "The core product is open source, hosted in modern cloud
// infrastructure", "<Org> is a fintech company", "Our users include...". Skills it names are
// context.
bool DescribesCompany(std::string_view sentence);

// True when a sentence points back at the skills named in the sentence before it: "You should
// have experience with at least two of those languages", "... one of these".
bool RefersBack(std::string_view sentence);

// True when a sentence asks for any one of the skills named in the sentence before it:
// "Our languages are Ruby, Python and Go. You should know at least one of these well."
bool RefersBackToOne(std::string_view sentence);

// True when a line introduces a list of the competencies the candidate is rated on, so that
// the list below it is required wherever it stands: "You will be scored ... measuring your
// possession of each of the following competencies", "Knowledge, skills and abilities:".
bool IntroducesRequiredList(std::string_view line);

// A number of years asked, found in a sentence: "5+ years of Python" -> {5, begin, end}.
struct YearsAsked {
  double years = 0;
  size_t begin = 0;  // span of the phrase in the sentence
  size_t end = 0;
  bool overall = false;  // "... years of (professional) experience" with nothing after it
};
std::vector<YearsAsked> FindYearsAsked(std::string_view sentence);

// Splits a line, or a paragraph of wrapped lines, into sentences at ". ", "; ", "! ", "? "
// (a line break counts as the space; "e.g. " and "Node.js" stay whole). A line break without
// such a mark before it does not end a sentence. Returns [begin, end) ranges into `line`.
std::vector<std::pair<size_t, size_t>> SplitSentences(std::string_view line);

// Splits a sentence into the list items glued into it when a posting was flattened to one
// line without bullets: "... a plus You are a team player Experience with Agile is a plus".
// An item starts at a capitalised word that opens a demand ("Experience", "Ability", "You",
// "Knowledge", ...) right after a word ending in a lowercase letter that is not a function
// word ("in", "with", "of"...), so that "experience in Advanced Analytics" stays whole; or at a
// capitalised word or a name's placeholder ("<ORGANIZATION>") after a cue that closes the item
// ("... is a plus", "... would be ideal"); or, in a sentence that opens with a dash bullet, at
// a dash standing alone before a capitalised word ("- Good SQL - Python is preferred"); or at
// a bullet mark (BulletMarkLength) that starts a word after the first ("... Go \u2022 Rust is
// a plus", "... Go \u2022Rust is a plus"). Each
// item then carries its own cue. Returns [begin, end) ranges into `sentence`, covering it.
std::vector<std::pair<size_t, size_t>> SplitGluedItems(std::string_view sentence);

}  // namespace skillfit

#endif  // SKILLFIT_JD_CUES_H_
