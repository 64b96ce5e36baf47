// ReadsAsEnglish: other languages are told apart from English, terse resumes included.
#include "extract/language.h"

#include <doctest/doctest.h>

#include <string>

#include "skillfit/document.h"
#include "test_util.h"

using skillfit::ReadsAsEnglish;
using skillfit::testing::CorpusDir;
using skillfit::testing::Exists;
using skillfit::testing::FilesIn;
using skillfit::testing::SourceDir;

TEST_CASE("language: French, German and Spanish postings and resumes do not read as English") {
  CHECK_FALSE(ReadsAsEnglish(
      "Marie Dupont, ingénieure logicielle. Expérience professionnelle : 2019 - 2024, "
      "développeuse chez une banque à Paris. J'ai conçu des services en Java et Python pour la "
      "gestion des paiements, avec une équipe de huit personnes. Compétences : Java, Python, SQL, "
      "Docker, Kubernetes. Langues : français, anglais. Formation : master en informatique, "
      "université de Lyon."));
  CHECK_FALSE(ReadsAsEnglish(
      "Wir suchen eine Softwareentwicklerin für unser Team in Berlin. Ihre Aufgaben: Sie "
      "entwickeln und betreiben Dienste in Go und Python auf Kubernetes und arbeiten eng mit dem "
      "Produktteam zusammen. Ihr Profil: mindestens drei Jahre Erfahrung mit verteilten Systemen, "
      "sehr gute Kenntnisse in SQL und der Cloud. Wir bieten flexible Arbeitszeiten."));
  CHECK_FALSE(ReadsAsEnglish(
      "Buscamos un ingeniero de datos con experiencia en Python, Spark y SQL para nuestro equipo "
      "en Madrid. Responsabilidades: diseñar y mantener los flujos de datos, colaborar con los "
      "analistas y mejorar la calidad de los datos. Requisitos: al menos tres años de "
      "experiencia con sistemas de datos en la nube, conocimientos de Airflow."));
}

TEST_CASE("language: a resume written in lists, with few function words, reads as English") {
  // Written like a real security resume: headings, lists of tools, one line of prose.
  CHECK(ReadsAsEnglish(
      "JANE ROE\nJUNIOR PENETRATION TESTER | WEB APPLICATION PENTESTING\nLos Angeles, CA | "
      "jane@example.com\nSUMMARY\nSecurity enthusiast, hands-on Active Directory and web "
      "application security, CTFs, binary exploitation.\nSKILLS\nProgramming: Python, "
      "JavaScript, Bash scripting, C/C++, x86 Assembly.\nWeb: HTML, CSS, SQL basics, MySQL.\n"
      "Security Tools: Burp Suite, Gobuster, Nmap, BloodHound, SharpHound, Evil-WinRM, PsExec, "
      "Wireshark, Metasploit, Impacket, Hashcat, Hydra, ffuf, Ghidra, x64dbg, dnSpy, gdb.\n"
      "PROJECTS\nHackTheBox machines and write-ups: web exploitation, privilege escalation "
      "(Windows/Linux), Active Directory pentesting.\nLANGUAGES\nArabic - Native\n"
      "English - Proficient"));
}

TEST_CASE("language: text in other scripts, or with a language's accents, is not English") {
  std::string chinese;  // "software engineer, five years of backend development", and tools
  for (int i = 0; i < 30; ++i) chinese += "软件工程师，五年后端开发 Java Kubernetes\n";
  CHECK_FALSE(ReadsAsEnglish(chinese));
  CHECK_FALSE(ReadsAsEnglish(
      "Programista z pięcioletnim doświadczeniem w tworzeniu usług sieciowych. Doświadczenie "
      "zawodowe: 2019 - 2024, programista w banku w Krakowie. Projektowałem usługi w języku Java "
      "i Python do obsługi płatności, w zespole ośmiu osób. Umiejętności: Java, Python, SQL, "
      "Docker, Kubernetes. Języki: polski, angielski. Wykształcenie: magister informatyki, "
      "Uniwersytet Jagielloński, Kraków, Łódź."));
}

TEST_CASE("language: the whole text counts, not how it begins") {
  // Long texts are decided before their end only when the rest cannot change the answer:
  // an English opening followed by much more German is not English, and the reverse is.
  const std::string english =
      "Site reliability engineer with ten years in operations and infrastructure. I ran the "
      "platform team that moved our services to Kubernetes on AWS, and I wrote the runbooks "
      "for the on-call rotation that we still use today. ";
  const std::string german =
      "Ich habe verteilte Systeme entworfen und betrieben, Dienste in Go geschrieben, die "
      "Überwachung mit Prometheus eingerichtet und Bereitschaftsdienste für das Team geleitet. ";
  std::string english_then_german = english, german_then_english = german;
  for (int i = 0; i < 40; ++i) english_then_german += german;
  for (int i = 0; i < 40; ++i) german_then_english += english;
  CHECK_FALSE(ReadsAsEnglish(english_then_german));
  CHECK(ReadsAsEnglish(german_then_english));
  std::string long_english;
  for (int i = 0; i < 100; ++i) long_english += english;
  CHECK(ReadsAsEnglish(long_english));
}

TEST_CASE("language: a text too short to tell counts as English") {
  CHECK(ReadsAsEnglish(""));
  CHECK(ReadsAsEnglish("Kubernetes, Terraform, Go"));
  CHECK(ReadsAsEnglish("Compétences : Java, Python, SQL, Docker"));
}

TEST_CASE("language: every sample and corpus JD and resume reads as English") {
  int read = 0;
  auto check_dir = [&](const std::string& dir, const std::string& suffix) {
    for (const std::string& f : FilesIn(dir, suffix)) {
      auto doc = skillfit::LoadDocument(dir + "/" + f);
      if (!doc.ok()) continue;  // loader failures are other tests' business
      CAPTURE(f);
      CHECK(ReadsAsEnglish(doc->text));
      ++read;
    }
  };
  check_dir(SourceDir() + "/samples/resumes", ".txt");
  check_dir(SourceDir() + "/samples/resumes/pdf", ".pdf");
  check_dir(SourceDir() + "/samples/jds", ".txt");
  CHECK(read >= 14);
  const std::string corpus = CorpusDir();
  if (!Exists(corpus)) {
    MESSAGE("corpus absent: " << corpus << " (skipped)");
    return;
  }
  const int before = read;
  check_dir(corpus + "/jd/18f-2015", ".md");
  check_dir(corpus + "/jd/tts-pages", ".md");
  check_dir(corpus + "/jd/synthetic", ".txt");
  check_dir(corpus + "/resumes/pdf", ".pdf");
  check_dir(corpus + "/resumes/pdf/github", ".pdf");
  CHECK(read - before >= 80);
}
