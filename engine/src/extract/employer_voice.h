// Internal: sentences in the employer's own voice (issue 13 item 4). A JD sentence whose
// subject is the employer, its team or its product, and that asks nothing of the candidate,
// describes the company: the skills it names are context, not asked.
//   "Our core charter is to help customers accelerate their digital transformation."   yes
//   "We are responsible for designing, developing, testing and operating the servers."  yes
//   "<ORGANIZATION> is a specialist software engineering organization."                 yes
//   "The team believes great design says a lot about one's approach."                    yes
//   "We are looking for a Java developer."            no: a demand (a requirement cue)
//   "We expect you to know Kubernetes."               no: it addresses the candidate
//   "Our ideal candidate has worked with Terraform."  no: it speaks of the candidate
//   "We want people with experience in Go."           no: an ask of a skill
//   "We do daily standups over Google Hangouts."       no: the team's practice, shared
//   "We use PostgreSQL and Redis."                    no here: DescribesTeamStack reads it
#ifndef SKILLFIT_EXTRACT_EMPLOYER_VOICE_H_
#define SKILLFIT_EXTRACT_EMPLOYER_VOICE_H_

#include <string_view>

namespace skillfit {

// True when `sentence` opens with the employer as its subject and names no one it asks of.
// The subject: "Our ...", "The company/team/department ...", a product ("The Data Catalog
// platform ...", "This product ..."; not "The platform engineer ..."), a placeholder such as
// "<ORGANIZATION> is ...", or "We" before a verb of being, belief or aim ("We are", "We
// believe", "We aim"), also after a phrase of place or means ("At <ORGANIZATION> we believe",
// "With our app we are changing"). No one asked of: no "you", candidate, applicant, someone
// or person who, and no ask of a skill ("experience in", "knowledge of"). "We" before a verb
// of practice ("We do daily standups", "We communicate over Slack") tells the work shared:
// not this.
bool SpeaksAsEmployer(std::string_view sentence);

// True when `sentence` is a statement (8 to 40 words, with a verb of being, having or belief,
// and no modal: "will", "can", "may" tell what the job or its people do) that names no one it
// asks of and asks for no skill: "Nowadays code and AI are at the center of everything", "This
// means creating the golden record for customers". Outside any heading that sorts it, such a
// sentence tells the setting of the job, not what it asks.
bool NarratesWithoutAsking(std::string_view sentence);

// True when `sentence` tells the setting of the job and nothing of the job itself: no modal,
// no one asked of, no ask of a skill, no word of hiring or of work, and not opening with a
// verb or gerund whose subject is left out, nor as a duty (DescribesDuty). "We handle the production from our wind farms and
// oil and gas fields", "Our systems are as reliable as those of the best financial
// institutions"; not "Our team is looking for an engineer to work on 5G products", "Leads
// digital transformation", "Cloud and IoT will be part of your day". A field of business named in
// such a sentence, where no heading sorts it, is the employer's market, not what is asked.
// So is a call or question to join the employer that asks no skill and names no work: "Are you
// eager to join an international finance organisation in the global pharma industry?".
bool StatesTheSetting(std::string_view sentence);

// True when `sentence` opens as the team ("We write things down.", "Our team ..."). When such
// a sentence tells the team's practice (it is not SpeaksAsEmployer), the next one in its
// paragraph goes on with it ("Every pipeline has an owner and a runbook"), which the person
// hired shares: no narration of the setting.
bool NamesTheTeam(std::string_view sentence);

// True when `sentence` tells what the employer gives the person hired (training courses, a
// learning budget, "we offer:", "support you through pair programming") or how it
// handles the application (the application process, a privacy or data protection notice, the
// posting itself as subject: "The job advertisement will be closed once ...").
// Skills it names are context: "High-impact training courses (Agile and Lean)" offers Lean,
// it does not ask for it. A run of more than 40 words (a flattened posting's list) is not read
// as one sentence here.
bool TellsWhatIsGiven(std::string_view sentence);

// Where a sentence's opening clause in the employer's voice (SpeaksAsEmployer, with no cue of
// its own) ends, when the clause after it hires: "We have a passion for an agile, data-driven
// approach and are looking for people who share our vision" -> the offset of " and are
// looking for"; so "We are Europe's leader in mobile payments and we're hiring engineers". The
// skills before that offset are the employer's, not asked: the hiring clause asks only what it
// names itself. npos when the sentence has no such shape.
size_t EmployerClauseEnd(std::string_view sentence);

}  // namespace skillfit

#endif  // SKILLFIT_EXTRACT_EMPLOYER_VOICE_H_
